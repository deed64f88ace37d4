#include "documentcontroller.h"

#include "documentsession.h"
#include "parkstore.h"
#include "recoveryautosave.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSysInfo>
#include <QTimer>
#include <QUndoStack>

namespace {

// Replaces every record at once, as one undoable step (restoring recovered
// edits).
class ReplaceAllParksCommand : public QUndoCommand
{
public:
    ReplaceAllParksCommand(ParkTableModel *model, const QList<ParkRecord> &after,
                           const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(model->sharedRecords())
        , m_after(ParkTableModel::validated(after))
    {}
    void undo() override { m_model->setRecords(m_before); }
    void redo() override { m_model->setRecords(m_after); }

private:
    ParkTableModel *m_model;
    SharedRecords m_before; // the model's records as they were: shared, not copied
    SharedRecords m_after;
};

// How the question and messages name a document.
QString shownName(const QString &path)
{
    return path == ParkStore::EmbeddedPath ? DocumentController::tr("the embedded dataset")
                                           : QDir::toNativeSeparators(path);
}

// How many parks a question names before "and N more".
constexpr int NamesShown = 5;

} // namespace

DocumentController::DocumentController(QObject *parent)
    : QObject(parent)
    , m_session(new DocumentSession(this))
    , m_stack(new QUndoStack(this))
    , m_watcher(new ExternalChangeWatcher(this))
    , m_recovery(new RecoveryAutosave(m_session, m_stack, this))
{
    m_prompts.unsavedChanges = [] { return UnsavedChoice::Cancel; };
    m_prompts.confirm = [](const QString &) { return false; };

    connect(m_session, &DocumentSession::loadingFinished, this, [this] {
        // After the open that ended with it: the change of the file still
        // open, if the load did not replace it.
        QTimer::singleShot(0, this, [this] {
            if (std::exchange(m_externalChangeWaiting, false))
                externalChange();
        });
    });
    connect(m_session, &DocumentSession::documentReplaced, this, [this] {
        m_externalChangeWaiting = false;
        m_stack->clear();
        m_watcher->watch(m_session->path(), m_session->contentHash());
        emit opened();
    });
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            m_recovery->remove();
        emit modifiedChanged(!clean);
    });
    connect(m_watcher, &ExternalChangeWatcher::changed, this, &DocumentController::externalChange);
    connect(m_watcher, &ExternalChangeWatcher::removed, this, &DocumentController::externalRemoval);
    connect(m_recovery, &RecoveryAutosave::writeFailed, this, [this](const QString &error) {
        emit message(tr("Could not write the recovery file: %1").arg(error));
    });
    connect(m_stack, &QUndoStack::indexChanged, this, [this] { m_editsDiscarded = false; });
    connect(this, &DocumentController::saved, this, &DocumentController::followSavedDocument);
}

void DocumentController::setPrompts(const DocumentPrompts &prompts)
{
    // An answer left unset stays the safe one.
    if (prompts.unsavedChanges)
        m_prompts.unsavedChanges = prompts.unsavedChanges;
    if (prompts.confirm)
        m_prompts.confirm = prompts.confirm;
    m_prompts.restoreRecovery = prompts.restoreRecovery;
    m_prompts.unreadableStore = prompts.unreadableStore;
    m_prompts.resolveConflicts = prompts.resolveConflicts;
    m_prompts.confirmImport = prompts.confirmImport;
}

bool DocumentController::isModified() const
{
    return !m_stack->isClean();
}

bool DocumentController::mayDrop()
{
    bool discarding = false;
    const bool mayGo = mayDropDocument(
        isModified(),
        [this, &discarding] {
            const UnsavedChoice choice = m_prompts.unsavedChanges();
            discarding = choice == UnsavedChoice::Discard;
            return choice;
        },
        [this] { return save(); });
    m_editsDiscarded = mayGo && discarding;
    return mayGo;
}

void DocumentController::openAtStartup(const QString &file)
{
    const QScopedValueRollback<bool> startingUp(m_startingUp, true);
    const QString folder = m_recovery->folder();
    RecoveryFile::pruneDiscarded(folder);
    RecoveryFile::migrateLegacy(folder);
    // A load the user cancelled is not followed by the next candidate: the
    // embedded dataset opens instead.
    m_lastOpenCancelled = false;
    if (!file.isEmpty() && openDocument(file))
        return;
    if (file.isEmpty() && !m_lastOpenCancelled && restoreLeftBehind())
        return;
    const QString path = DocumentSession::startupPath();
    if (path != ParkStore::EmbeddedPath && !m_lastOpenCancelled && openDocument(path))
        return;
    openDocument(ParkStore::EmbeddedPath);
}

bool DocumentController::open(const QString &path)
{
    return mayDrop() && openDocument(path);
}

// Opens PATH and takes a recovery file for it that is this instance's own.
// Another instance may have the same document open: both may edit it (each
// merges the other's saved changes), and each keeps its own recovery file.
// On failure the open document and its file stay as they were.
bool DocumentController::openDocument(const QString &path, bool *restored)
{
    if (restored)
        *restored = false;
    const QString folder = m_recovery->folder();
    // Opening this instance's document again: its recovery file is held already.
    const bool holding =
        !m_recovery->path().isEmpty() && RecoveryFile::isSlotOf(folder, path, m_recovery->path());
    RecoveryFile::SlotClaim claimed;
    if (!holding)
        claimed = RecoveryFile::claimSlot(folder, path);
    const LoadResult result = m_session->open(path);
    m_lastOpenCancelled = result.cancelled;
    // A file that is there but could not be read holds the user's work in
    // some form: it is offered a way out that never writes to it.
    if (!result.isUsable() && !result.cancelled && m_prompts.unreadableStore &&
        QFileInfo(path).isFile())
        return replaceUnreadable(path, result);
    report(result, path);
    if (!result.isUsable())
        return false;
    if (!holding) {
        if (!claimed.lock)
            emit message(tr("Could not lock %1; another Park Explorer opening the same file "
                            "could overwrite its unsaved changes.")
                             .arg(QDir::toNativeSeparators(claimed.path)));
        m_recovery->hold(claimed.path, std::move(claimed.lock));
        if (claimed.otherHolder.pid > 0)
            reportOtherInstance(path, claimed.otherHolder);
    }
    const bool wasRestored = offerRecovery();
    if (restored)
        *restored = wasRestored;
    return true;
}

void DocumentController::reportOtherInstance(const QString &path, const RecoveryFile::Claim &other)
{
    QString text =
        tr("%1 is also open in another Park Explorer (%2, process %3 on %4). You can "
           "both edit it: when one of you saves, the other merges those changes with "
           "its own and asks only where both changed the same thing.")
            .arg(shownName(path), other.appName, QString::number(other.pid), other.hostName);
    // Whether a process on another computer still runs cannot be told.
    if (other.hostName != QSysInfo::machineHostName())
        text += QLatin1Char(' ') +
                tr("If Park Explorer no longer runs there, delete %1: the unsaved changes it "
                   "kept are then offered when the file is opened again.")
                    .arg(QDir::toNativeSeparators(
                        RecoveryFile::lockPath(RecoveryFile::pathFor(m_recovery->folder(), path))));
    emit failed(tr("Open in another window"), text, {});
}

// At a start without a file: the document of the newest edits no running
// instance holds, if the user restores them.
bool DocumentController::restoreLeftBehind()
{
    const QString document = RecoveryFile::newestLeftBehind(m_recovery->folder());
    bool restored = false;
    return !document.isEmpty() && openDocument(document, &restored) && restored;
}

// After saving under another name, the recovery file follows the document.
void DocumentController::followSavedDocument()
{
    const QString folder = m_recovery->folder();
    if (RecoveryFile::isSlotOf(folder, m_session->path(), m_recovery->path()))
        return;
    RecoveryFile::SlotClaim claimed = RecoveryFile::claimSlot(folder, m_session->path());
    // Edits kept for the file that was just replaced no longer apply to it.
    if (claimed.lock && QFileInfo::exists(claimed.path))
        RecoveryFile::discard(claimed.path, folder);
    m_recovery->hold(claimed.path, std::move(claimed.lock));
}

bool DocumentController::replaceUnreadable(const QString &path, const LoadResult &result)
{
    const UnreadableStore store = UnreadableStore::describe(path, result);
    const UnreadableStoreChoice choice = m_prompts.unreadableStore(store, m_startingUp);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (choice == UnreadableStoreChoice::RestoreBackup) {
        const Result copied = store.restoreBackup();
        if (copied.ok()) {
            if (openDocument(store.restoreTarget)) {
                emit message(tr("Restored the backup %1 as %2; %3 was left as it is.")
                                 .arg(QDir::toNativeSeparators(store.backupPath),
                                      QDir::toNativeSeparators(store.restoreTarget), shownPath));
                return true;
            }
        } else {
            emit failed(tr("Cannot restore the backup"), tr("%1 was not changed.").arg(shownPath),
                        {copied.message});
        }
    }
    if (choice == UnreadableStoreChoice::KeepCurrent || !m_startingUp)
        return false;
    if (!openDocument(ParkStore::EmbeddedPath))
        return false;
    emit message(
        tr("Opened the embedded dataset; saving writes it to %1, and %2 is left as it is.")
            .arg(QDir::toNativeSeparators(DocumentSession::embeddedSaveTarget()), shownPath));
    return true;
}

bool DocumentController::reload()
{
    const LoadResult result = m_session->open(m_session->path());
    report(result, m_session->path());
    return result.isUsable();
}

void DocumentController::report(const LoadResult &result, const QString &path)
{
    QStringList lines;
    for (const Problem &p : result.problems)
        lines << p.toString();
    const QString shownPath = QDir::toNativeSeparators(path);
    if (result.cancelled) {
        // At start nothing is open yet: what opens instead says so itself.
        emit message(m_session->path().isEmpty()
                         ? tr("Opening %1 was cancelled.").arg(shownPath)
                         : tr("Opening %1 was cancelled; %2 stays open.")
                               .arg(shownPath, shownName(m_session->path())));
        return;
    }
    if (!result.isUsable()) {
        emit failed(tr("Cannot open file"),
                    tr("%1 could not be opened. The file was not changed.").arg(shownPath), lines);
        return;
    }
    if (result.readOnly)
        emit failed(tr("Opened read-only"), result.readOnlyReason, {});
    if (!result.problems.isEmpty()) {
        emit failed(tr("Problems in the data"),
                    tr("%1 was opened with problems in %n record(s). They are marked in the "
                       "table; nothing was dropped or changed.",
                       "", m_session->model()->problemRecordCount())
                        .arg(shownPath),
                    lines);
    }
}

bool DocumentController::save()
{
    return saveTo(QString());
}

bool DocumentController::saveAs(const QString &path)
{
    return !path.isEmpty() && saveTo(path);
}

QString DocumentController::saveAsStartPath() const
{
    return m_session->isEmbedded() ? DocumentSession::embeddedSaveTarget() : m_session->path();
}

bool DocumentController::saveTo(const QString &requested)
{
    const bool wasEmbedded = m_session->isEmbedded();
    const bool sameFile = requested.isEmpty() || requested == m_session->path();
    // Never overwrite someone else's change, however it was noticed: the
    // hash is checked again now. Their changes are merged in first; a file
    // that is gone is written back.
    int merged = -1; // parks merged in from their version
    if (sameFile && !wasEmbedded && m_watcher->changedOnDisk() &&
        QFileInfo::exists(m_session->path())) {
        const QString shown = QDir::toNativeSeparators(m_session->path());
        const LoadResult theirs = ParkStore::loadFile(m_session->path());
        if (theirs.isUsable() && !theirs.readOnly) {
            QString summary;
            int taken = 0;
            if (!mergeExternal(theirs, &summary, &taken)) {
                emit message(tr("Not saved: %1 was changed by another program and you kept "
                                "your version unmerged.")
                                 .arg(shown));
                return false;
            }
            merged = taken;
        } else if (!m_prompts.confirm(
                       tr("%1 was changed by another program since it was opened, and its new "
                          "version cannot be used (%2). Overwrite that change with your version?")
                           .arg(shown, theirs.readOnly ? theirs.readOnlyReason : theirs.message))) {
            return false;
        }
    }
    const SaveResult result = m_session->save(requested);
    if (!result.ok()) {
        emit failed(tr("Cannot save"),
                    tr("The parks were not saved; your changes are still open and nothing on "
                       "disk was damaged."),
                    {result.message});
        return false;
    }
    m_stack->setClean();
    m_watcher->watch(m_session->path(), m_session->contentHash());
    m_recovery->remove();
    const QString where = QDir::toNativeSeparators(m_session->path());
    emit saved(m_session->path());
    if (merged > 0)
        emit message(
            tr("Saved to %1 after merging %n park(s) changed by another program", "", merged)
                .arg(where));
    else if (!wasEmbedded)
        emit message(tr("Saved to %1").arg(where));
    else if (m_session->path() == DocumentSession::userDataPath())
        emit message(tr("Saved a copy of the embedded dataset to %1; "
                        "Park Explorer opens it next time.")
                         .arg(where));
    else
        emit message(tr("Saved a copy of the embedded dataset to %1; %2 was left as it is.")
                         .arg(where, QDir::toNativeSeparators(DocumentSession::userDataPath())));
    return true;
}

bool DocumentController::revertToSaved()
{
    if (m_session->isEmbedded() && !isModified())
        return false;
    if (isModified() && !m_prompts.confirm(tr("Drop all unsaved changes and reload %1?")
                                               .arg(QDir::toNativeSeparators(m_session->path()))))
        return false;
    if (!reload())
        return false;
    m_recovery->remove();
    return true;
}

void DocumentController::externalChange()
{
    if (m_askingAboutExternalChange || m_merging)
        return;
    // Another file is being opened: the change is taken once it is in, if
    // this file is still the open one (the watcher follows the new one).
    if (m_session->isLoading()) {
        m_externalChangeWaiting = true;
        return;
    }
    m_askingAboutExternalChange = true;
    emit changedExternally(m_session->path());
    // Reloaded quietly when nothing is unsaved, merged otherwise.
    takeExternalChange();
    m_askingAboutExternalChange = false;
    // Changed again while the user chose (a report then is not taken in):
    // once more, unless the user keeps their version.
    if (!m_watcher->isKeepingMine() && m_watcher->changedOnDisk() &&
        QFileInfo::exists(m_session->path()))
        QMetaObject::invokeMethod(this, &DocumentController::externalChange, Qt::QueuedConnection);
}

bool DocumentController::writeRecoveryFile()
{
    return m_recovery->writeNow();
}

bool DocumentController::offerRecovery()
{
    const QString file = m_recovery->path();
    if (file.isEmpty() || m_session->isReadOnly() || !QFileInfo::exists(file))
        return false;
    const QString folder = m_recovery->folder();
    const QString discarded = QDir::toNativeSeparators(RecoveryFile::discardedFolder(folder));
    const ResultOf<RecoveryFile::Recovered> recovered = m_recovery->leftBehind();
    if (!recovered.ok()) {
        const QString moved = RecoveryFile::discard(file, folder);
        emit message(tr("Unsaved changes kept for %1 could not be read (%2); the file was moved "
                        "to %3.")
                         .arg(shownName(m_session->path()), recovered.message,
                              moved.isEmpty() ? discarded : QDir::toNativeSeparators(moved)));
        return false;
    }
    ParkTableModel *model = m_session->model();
    const RecoveryFile::Difference difference =
        RecoveryFile::compare(model->records(), recovered->document.parks, model->isEnglish());
    if (difference.isEmpty()) {
        // Nothing that is not in the file already.
        m_recovery->remove();
        return false;
    }
    QStringList counts;
    if (difference.changed > 0)
        counts << tr("%n park(s) changed", "", difference.changed);
    if (difference.added > 0)
        counts << tr("%n park(s) added", "", difference.added);
    if (difference.deleted > 0)
        counts << tr("%n park(s) deleted", "", difference.deleted);
    QString names = difference.names.mid(0, NamesShown).join(tr(", "));
    if (difference.names.size() > NamesShown)
        names = tr("%1 and %n more", "", int(difference.names.size() - NamesShown)).arg(names);
    // ISO date and time: "12/1/26 8:23 PM" reads differently across locales.
    const QString when =
        recovered->savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const auto ask = m_prompts.restoreRecovery ? m_prompts.restoreRecovery : m_prompts.confirm;
    if (!ask(tr("Park Explorer did not close normally. Unsaved changes to %1 were kept at %2: "
                "%3 (%4).\n\nRestore them? If you do not restore them, they are discarded: "
                "moved to %5 and deleted from there after %6 days.")
                 .arg(shownName(m_session->path()), when, counts.join(tr(", ")), names, discarded,
                      QString::number(RecoveryFile::DiscardedKeptDays)))) {
        const QString moved = RecoveryFile::discard(file, folder);
        if (moved.isEmpty())
            emit message(
                tr("Could not move %1 to %2.").arg(QDir::toNativeSeparators(file), discarded));
        else
            emit message(
                tr("The unsaved changes were moved to %1.").arg(QDir::toNativeSeparators(moved)));
        return false;
    }
    m_stack->push(new ReplaceAllParksCommand(model, recovered->document.parks,
                                             tr("Restore Recovered Changes")));
    emit message(tr("Restored the unsaved changes; save to keep them."));
    return true;
}

void DocumentController::close()
{
    m_recovery->stop();
    if (isModified() && !m_editsDiscarded)
        m_recovery->writeNow();
    else
        m_recovery->remove();
    m_recovery->release();
}
