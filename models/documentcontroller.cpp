#include "documentcontroller.h"

#include "documentsession.h"
#include "parkstore.h"
#include "recoveryautosave.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
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
        , m_before(model->records())
        , m_after(after)
    {}
    void undo() override { m_model->setRecords(m_before); }
    void redo() override { m_model->setRecords(m_after); }

private:
    ParkTableModel *m_model;
    QList<ParkRecord> m_before;
    QList<ParkRecord> m_after;
};

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

    connect(m_session, &DocumentSession::documentReplaced, this, [this] {
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
}

void DocumentController::setPrompts(const DocumentPrompts &prompts)
{
    // An answer left unset stays the safe one.
    if (prompts.unsavedChanges)
        m_prompts.unsavedChanges = prompts.unsavedChanges;
    if (prompts.confirm)
        m_prompts.confirm = prompts.confirm;
    m_prompts.restoreRecovery = prompts.restoreRecovery;
    m_prompts.resolveConflicts = prompts.resolveConflicts;
}

bool DocumentController::isModified() const
{
    return !m_stack->isClean();
}

bool DocumentController::mayDrop()
{
    return mayDropDocument(isModified(), m_prompts.unsavedChanges, [this] { return save(); });
}

void DocumentController::openAtStartup(const QString &file)
{
    if (file.isEmpty() && offerRecovery())
        return;
    if (!file.isEmpty() && open(file))
        return;
    const QString path = DocumentSession::startupPath();
    if (path != ParkStore::EmbeddedPath && open(path))
        return;
    const LoadResult result = m_session->openEmbedded();
    report(result, ParkStore::EmbeddedPath);
}

bool DocumentController::open(const QString &path)
{
    if (!mayDrop())
        return false;
    const LoadResult result = m_session->open(path);
    report(result, path);
    return result.isUsable();
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
    const ResultOf<RecoveryFile::Recovered> recovered = m_recovery->leftBehind();
    if (!recovered.ok())
        return false;
    // ISO date and time: "12/1/26 8:23 PM" reads differently across locales.
    const QString when =
        recovered->savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString what = recovered->documentPath == ParkStore::EmbeddedPath
                             ? tr("the embedded dataset")
                             : QDir::toNativeSeparators(recovered->documentPath);
    const auto ask = m_prompts.restoreRecovery ? m_prompts.restoreRecovery : m_prompts.confirm;
    if (!ask(tr("Park Explorer did not close normally. Restore the unsaved changes to %1, "
                "kept at %2? If you do not restore them, they are discarded.")
                 .arg(what, when))) {
        m_recovery->remove();
        return false;
    }
    const LoadResult result = m_session->open(recovered->documentPath);
    if (!result.isUsable())
        m_session->openEmbedded();
    m_stack->push(new ReplaceAllParksCommand(m_session->model(), recovered->document.parks,
                                             tr("Restore Recovered Changes")));
    emit message(tr("Restored the unsaved changes; save to keep them."));
    return true;
}

void DocumentController::close()
{
    m_recovery->stop();
    m_recovery->remove();
}
