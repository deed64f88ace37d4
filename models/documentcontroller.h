#pragma once

#include "documentguard.h"
#include "parkmerge.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class DocumentSession;
class ExternalChangeWatcher;
class QUndoStack;
class RecoveryAutosave;
struct LoadResult;

// The questions the document controller asks. The window answers them with
// message boxes; tests answer them from a script. Unset answers are the safe
// ones: Cancel and No.
struct DocumentPrompts
{
    std::function<UnsavedChoice()> unsavedChanges;
    std::function<bool(const QString &question)> confirm;
    // Whether to restore the edits a session that ended early left behind;
    // declining discards them, so the answer offered first is to restore.
    // Unset: confirm() is asked.
    std::function<bool(const QString &question)> restoreRecovery = nullptr;
    // Another program changed the file while there are unsaved edits, and
    // both changed the same things: which side each conflict takes, one
    // choice per conflict in their order, or nullopt to cancel (keep mine
    // unmerged; saving then asks again). Unset: cancel.
    std::function<std::optional<QList<MergeSide>>(const QList<MergeConflict> &conflicts)>
        resolveConflicts = nullptr;
};

// The life of the open document, without any widget: open, save, save as,
// revert, the unsaved-changes question, changes made by other programs and
// the recovery file. Its undo stack's clean state is what "modified" means.
// Problems are reported through failed() and message(); questions go through
// the prompts.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    explicit DocumentController(QObject *parent = nullptr);

    DocumentSession *session() const { return m_session; }
    QUndoStack *undoStack() const { return m_stack; }
    ExternalChangeWatcher *changeWatcher() const { return m_watcher; }
    RecoveryAutosave *recovery() const { return m_recovery; }

    void setPrompts(const DocumentPrompts &prompts);
    const DocumentPrompts &prompts() const { return m_prompts; }

    bool isModified() const;
    // Whether the open document may be dropped, asking to save if modified.
    bool mayDrop();

    // Opens FILE, or when empty: edits left by a session that did not end
    // normally (if the user wants them), the user's data file, or the
    // embedded dataset.
    void openAtStartup(const QString &file);
    // Opens a file after mayDrop(); false if refused or unreadable.
    bool open(const QString &path);
    // Saves to the current file (the user data file for the embedded
    // dataset). If another program changed it, its changes are merged in
    // first (asking only about conflicts); a file that is gone is written
    // back.
    bool save();
    bool saveAs(const QString &path);
    // Where a Save As dialog starts.
    QString saveAsStartPath() const;
    // Reloads the file from disk, dropping the edits (after confirmation).
    bool revertToSaved();

    // Writes the unsaved edits to the recovery file now.
    bool writeRecoveryFile();
    // Offers to restore edits left by a session that did not end normally.
    bool offerRecovery();
    // The session ends normally: no recovery file is kept.
    void close();

signals:
    // Another document replaced the open one; the undo stack is empty.
    void opened();
    void saved(const QString &path);
    void modifiedChanged(bool modified);
    // Another program changed the open file (before it is reloaded or
    // merged).
    void changedExternally(const QString &path);
    // Another program deleted or moved the open file; it stays open.
    void removedExternally(const QString &path);
    // Something worth a line in the status bar.
    void message(const QString &text);
    // Something the user must read: a refused file, a failed save.
    void failed(const QString &title, const QString &text, const QStringList &details);

private:
    bool saveTo(const QString &path);
    bool reload();
    void externalChange();
    void report(const LoadResult &result, const QString &path);
    // In documentmerge.cpp: another program's version of the file.
    void takeExternalChange();
    void externalRemoval();
    // Merges THEIRS into the unsaved edits as one undoable step, asking
    // about conflicts; false if the user cancelled. SUMMARY says what came
    // in, TAKEN how many parks.
    bool mergeExternal(const LoadResult &theirs, QString *summary, int *taken = nullptr);

    DocumentSession *m_session;
    QUndoStack *m_stack;
    ExternalChangeWatcher *m_watcher;
    RecoveryAutosave *m_recovery;
    DocumentPrompts m_prompts;
    bool m_askingAboutExternalChange = false;
    bool m_merging = false;
};
