#pragma once

#include "editing/parkeditdialog.h"
#include "parkrecord.h"
#include "result.h"

#include <QObject>

#include <functional>

class DocumentSession;
class NonParkEntryDialog;
class ParkEditDialog;
class ParkFilterProxy;
class ParkTableView;
class QAction;
class QMenu;
class QUndoStack;
class QWidget;

// Turns every edit of the parks into commands on one undo stack: the form
// (new, edit), duplicate, delete, bulk edit and in-table edits. The stack's
// clean state is what "modified" means for the window.
class EditController : public QObject
{
    Q_OBJECT

public:
    // Edits go onto stack, which belongs to the document.
    EditController(DocumentSession *session, QUndoStack *stack, ParkFilterProxy *proxy,
                   ParkTableView *table, QWidget *window);

    QUndoStack *undoStack() const { return m_stack; }
    // Adds the edit actions to menu; again after a language change, which
    // replaces the earlier ones.
    void addActions(QMenu *menu);
    // Recreates the undo and redo actions with texts in the new language.
    void retranslate();
    void setEditable(bool editable);

    // Asks yes/no questions (delete confirmation); replaceable in tests.
    void setConfirm(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // Asks what to do on OK when the park changed under its open form;
    // replaceable in tests.
    void setConflictPrompt(ParkEditDialog::ConflictPrompt prompt)
    {
        m_conflictPrompt = std::move(prompt);
    }

    // Asks whether to drop a form's changes (Esc or Cancel in a changed
    // form); replaceable in tests. Unset: the form asks itself.
    void setDiscardPrompt(std::function<bool(const QString &)> prompt)
    {
        m_discardPrompt = std::move(prompt);
    }

    // The open form, if any (forms are window-modal, not blocking). A form
    // is bound to its park's key (ParkTableModel::RecordKey), not its row:
    // it is followed through inserts, removals, undo and reloads (by its id
    // after a reload), and OK writes to that park or to no other.
    ParkEditDialog *openDialog() const { return m_dialog; }
    // Shown instead of the form for an entry of the file that is not a park
    // (not a JSON object): offers to delete it or replace it with a new park.
    NonParkEntryDialog *openEntryDialog() const { return m_entryDialog; }

    void newPark();
    void editCurrent();
    void editRow(int sourceRow);
    void duplicateSelected();
    void deleteSelected();
    // Sets one column of every selected park to a value, as one undo step.
    // Fails for a value some park cannot take (the message says which), and
    // without a message when nothing is selected or the data are read-only.
    Result setValueForSelection(int column, const QVariant &value);
    void bulkEditDialog();
    // Commits an in-table edit at a view index.
    bool commitCell(const QModelIndex &viewIndex, const QVariant &value);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

signals:
    void message(const QString &text);

private:
    // Tells the open form what became of its park after a change to the
    // table (RESET: all records were replaced, as by a reload).
    void followOpenForm(bool reset);
    void commitForm(ParkEditDialog *dialog);
    // The form, bound to the park at ROW (REPLACING: a new park for an
    // entry that is not one), opened on RECORD.
    void openForm(int row, const ParkRecord &record, bool replacing);
    void showEntryThatIsNotAPark(int row);
    void selectSourceRow(int row);
    QList<int> selectedRowsOrCurrent() const;
    QStringList knownCities() const;

    DocumentSession *m_session;
    ParkFilterProxy *m_proxy;
    ParkTableView *m_table;
    QWidget *m_window;
    QUndoStack *m_stack;
    ParkEditDialog *m_dialog = nullptr;
    // The park the open form edits: its key, its current version as last
    // seen, and its last row (where it comes back if added again).
    quint64 m_formKey = 0;
    ParkRecord m_formSeen;
    int m_formRow = -1;
    bool m_formReloaded = false;
    bool m_formReplacing = false;
    NonParkEntryDialog *m_entryDialog = nullptr;
    ParkEditDialog::ConflictPrompt m_conflictPrompt;
    std::function<bool(const QString &)> m_discardPrompt;
    std::function<bool(const QString &)> m_confirm;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QAction *> m_editActions;
};
