#pragma once

#include "documentguard.h"
#include "parkmerge.h"
#include "unreadablestore.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class DocumentSession;
namespace RecoveryFile {
struct Claim;
}
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
    // Whether to restore the edits a session that ended early left for the
    // document being opened. The question says which parks they change, when
    // they were kept, and that declining moves them to the discarded folder
    // (deleted a week later), so the answer offered first is to restore.
    // Unset: confirm() is asked.
    std::function<bool(const QString &question)> restoreRecovery = nullptr;
    // What to do about a file that exists but could not be read: restore
    // its backup under a new name, start from the embedded dataset (at
    // start only) or keep the open document. The file itself is never
    // written whatever the answer. Unset: the failure is reported, and the
    // start falls back to the embedded dataset.
    std::function<UnreadableStoreChoice(const UnreadableStore &store, bool atStartup)>
        unreadableStore = nullptr;
    // Another program changed the file while there are unsaved edits, and
    // both changed the same things: which side each conflict takes, one
    // choice per conflict in their order, or nullopt to cancel (keep mine
    // unmerged; saving then asks again). Unset: cancel.
    std::function<std::optional<QList<MergeSide>>(const QList<MergeConflict> &conflicts)>
        resolveConflicts = nullptr;
    // Whether to apply a CSV import: SUMMARY says what it changes, DETAILS
    // list each park updated or added and each row refused. Unset: no.
    std::function<bool(const QString &summary, const QStringList &details)> confirmImport = nullptr;
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

    // Deletes discarded edits older than a week, then opens FILE, or when
    // empty: the document of edits left by a session that did not end
    // normally (if the user restores them), the user's data file, or the
    // embedded dataset. Like open(), it offers the edits left for the
    // document it opens.
    void openAtStartup(const QString &file);
    // Opens a file after mayDrop(), and offers to restore the edits left for
    // it by a session that did not end normally; false if refused or
    // unreadable. While another instance has the file open, it is opened
    // read-only, the reason naming that instance.
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

    // Writes the unsaved edits to the open document's recovery file now;
    // false when there are none or another instance has the document open.
    bool writeRecoveryFile();
    // Offers to restore the edits left for the open document by a session
    // that did not end normally: true if restored (one undoable step).
    // Declined edits are moved to the discarded folder.
    bool offerRecovery();
    // The session ends normally: the document's recovery file is removed,
    // unless it holds unsaved edits the user did not choose to discard, and
    // is no longer this instance's.
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
    bool openDocument(const QString &path, bool *restored = nullptr);
    bool restoreLeftBehind();
    void followSavedDocument();
    void reportOtherInstance(const QString &path, const RecoveryFile::Claim &other);
    bool saveTo(const QString &path);
    // A file that could not be read is offered a replacement (see
    // DocumentPrompts::unreadableStore); true when one was opened.
    bool replaceUnreadable(const QString &path, const LoadResult &result);
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
    bool m_startingUp = false;
    // The user chose to discard the unsaved edits (and nothing changed since).
    bool m_editsDiscarded = false;
    bool m_merging = false;
    bool m_lastOpenCancelled = false;
    bool m_externalChangeWaiting = false;
};
