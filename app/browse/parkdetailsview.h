#pragma once

#include <QTextBrowser>

struct ParkRecord;

// Every field of the selected park with its label, the sources as links
// that open in the system browser, the confidence mark explained and the
// record's problems. Data are escaped: a name containing "<b>" shows "<b>".
class ParkDetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ParkDetailsView(QWidget *parent = nullptr);

    // nullptr shows a hint instead.
    void showRecord(const ParkRecord *record);

    static QString confidenceExplanation(int confidence);
    // Escaped HTML of a source: URLs inside it become links.
    static QString linkifiedSource(const QString &source);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_shownId;
    bool m_hasRecord = false;
};
