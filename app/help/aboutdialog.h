#pragma once

#include <QDialog>

class DocumentSession;

// Help > About: the version, the report the data come from, how much of it
// the dataset covers, the map data's attribution and Qt's licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const DocumentSession *session, QWidget *parent = nullptr);

    static QString aboutText(const DocumentSession *session);
};
