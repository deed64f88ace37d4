#pragma once

#include <QDialog>
#include <QJsonValue>

class QPlainTextEdit;
class QPushButton;

// Shows an entry of the file's "parks" that is not a park record at all (a
// string, a number, a list: anything but a JSON object) as its JSON, read
// only, and offers what can be done with it: delete it, or replace it with
// a new park. The entry itself is kept as it is until one of them is done.
class NonParkEntryDialog : public QDialog
{
    Q_OBJECT

public:
    // What finished() reports besides QDialog::Rejected (closed).
    enum Choice
    {
        DeleteEntry = 2,
        ReplaceEntry = 3,
    };

    // NUMBER is the entry's 1-based position; EDITABLE is false for a
    // read-only document (nothing but Close is offered).
    NonParkEntryDialog(const QJsonValue &entry, int number, bool editable,
                       QWidget *parent = nullptr);

    QPlainTextEdit *jsonView() const { return m_json; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *replaceButton() const { return m_replace; }

private:
    QPlainTextEdit *m_json = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_replace = nullptr;
};
