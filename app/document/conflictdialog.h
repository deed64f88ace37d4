#pragma once

#include "parkmerge.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QPlainTextEdit;
class QTableWidget;

// Another program changed the open file where the user changed it too: one
// row per park and field with its value as loaded, as the user has it and
// as the other program wrote it, and which of the last two to keep. All
// values are shown as plain text.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const QList<MergeConflict> &conflicts, QWidget *parent = nullptr);

    // Asks modally; nullopt when cancelled.
    static std::optional<QList<MergeSide>> ask(QWidget *parent,
                                               const QList<MergeConflict> &conflicts);

    QList<MergeSide> choices() const;
    void setChoice(int row, MergeSide side);
    void setAll(MergeSide side);
    QTableWidget *table() const { return m_table; }
    // The full values of the current row.
    QPlainTextEdit *details() const { return m_details; }

    enum Column
    {
        ParkColumn,
        FieldColumn,
        BaseColumn,
        MineColumn,
        TheirsColumn,
        ChoiceColumn,
        ColumnCount
    };

    enum class Version
    {
        Base,
        Mine,
        Theirs
    };
    // How one version of a conflict reads in the table (one line) and in
    // the details (complete).
    static QString shortText(const MergeConflict &conflict, Version version, bool english);
    static QString fullText(const MergeConflict &conflict, Version version, bool english);
    static QString fieldText(const MergeConflict &conflict);

private:
    void showDetails(int row);

    QList<MergeConflict> m_conflicts;
    QTableWidget *m_table;
    QPlainTextEdit *m_details;
    QList<QComboBox *> m_choices;
    bool m_english;
};
