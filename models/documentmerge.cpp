// What the document controller does when another program changes or removes
// the open file: reload it when there is nothing unsaved, merge it with the
// unsaved edits otherwise.
#include "documentcontroller.h"

#include "documentsession.h"
#include "parkmerge.h"
#include "parkstore.h"

#include <QDir>
#include <QUndoStack>

namespace {

// The merged records in place of mine, as one undoable step.
class MergeParksCommand : public QUndoCommand
{
public:
    MergeParksCommand(ParkTableModel *model, QList<ParkRecord> after, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(model->sharedRecords())
        , m_after(ParkTableModel::validated(std::move(after)))
    {}
    void undo() override { m_model->setRecords(m_before); }
    void redo() override { m_model->setRecords(m_after); }

private:
    ParkTableModel *m_model;
    SharedRecords m_before; // the model's records as they were: shared, not copied
    SharedRecords m_after;
};

} // namespace

void DocumentController::takeExternalChange()
{
    const QString shown = QDir::toNativeSeparators(m_session->path());
    LoadResult theirs = ParkStore::loadFile(m_session->path());
    if (!theirs.isUsable() || theirs.readOnly) {
        // Perhaps caught half written: the next change is reported again.
        // Until then, saving asks before overwriting.
        m_watcher->setKeepingMine(true);
        m_watcher->rearm();
        emit message(tr("%1 was changed by another program, but its new version cannot be "
                        "used (%2). Your version is still open; saving asks before "
                        "overwriting.")
                         .arg(shown, theirs.readOnly ? theirs.readOnlyReason : theirs.message));
        return;
    }
    if (!isModified()) {
        m_session->replaceWith(theirs);
        const int problems = m_session->model()->problemRecordCount();
        if (problems == 0)
            emit message(tr("Reloaded %1: changed by another program").arg(shown));
        else
            emit message(tr("Reloaded %1: changed by another program; %n record(s) have "
                            "problems, marked in the table",
                            "", problems)
                             .arg(shown));
        return;
    }
    QString summary;
    if (mergeExternal(theirs, &summary))
        emit message(summary);
    else
        emit message(tr("Kept your version of %1 as it is; saving asks again about the changes "
                        "another program made.")
                         .arg(shown));
}

bool DocumentController::mergeExternal(const LoadResult &theirs, QString *summary, int *taken)
{
    if (m_merging)
        return false;
    m_merging = true;
    const ParkDocument mine = m_session->toDocument();
    MergeResult merged = ParkMerge::merge(m_session->base(), theirs.document, mine);
    const qsizetype conflicts = merged.conflicts.size();
    if (merged.hasConflicts()) {
        const std::optional<QList<MergeSide>> choices =
            m_prompts.resolveConflicts ? m_prompts.resolveConflicts(merged.conflicts)
                                       : std::nullopt;
        if (!choices) {
            m_watcher->setKeepingMine(true);
            m_merging = false;
            return false;
        }
        merged = ParkMerge::merge(m_session->base(), theirs.document, mine, *choices);
    }
    m_stack->push(new MergeParksCommand(m_session->model(), std::move(merged.records),
                                        tr("Merge Changes by Another Program")));
    // Nothing in the history is what the file holds now.
    m_stack->resetClean();
    m_session->rebase(theirs, merged.about, merged.unknownMembers);
    m_watcher->watch(m_session->path(), theirs.contentHash);
    if (taken)
        *taken = merged.takenFromTheirs;
    if (merged.takenFromTheirs == 0)
        *summary = tr("Merged the changes another program made to %1 with yours; every park "
                      "keeps your version")
                       .arg(QDir::toNativeSeparators(m_session->path()));
    else if (conflicts == 0)
        *summary = tr("Merged %n park(s) changed by another program with your changes", "",
                      merged.takenFromTheirs);
    else
        *summary = tr("Merged %n park(s) changed by another program with your changes, "
                      "settling the conflicts as you chose",
                      "", merged.takenFromTheirs);
    m_merging = false;
    return true;
}

void DocumentController::externalRemoval()
{
    emit removedExternally(m_session->path());
    emit failed(tr("File deleted or moved"),
                tr("%1 was deleted or moved by another program; your version is still open; "
                   "Save writes it back.")
                    .arg(QDir::toNativeSeparators(m_session->path())),
                {});
}
