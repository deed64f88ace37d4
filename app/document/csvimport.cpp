#include "csvimport.h"

#include "documentsession.h"
#include "editing/parkcommands.h"
#include "fieldregistry.h"
#include "parktablemodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace {

QString parkName(const ParkRecord &r)
{
    return r.nameZh.isEmpty() ? r.id : QStringLiteral("%1 (%2)").arg(r.id, r.nameZh);
}

} // namespace

CsvImport::Outcome CsvImport::run(const QString &path, DocumentSession *session, QUndoStack *stack,
                                  const DocumentPrompts &prompts)
{
    Outcome outcome;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile()) {
        outcome.errorText = tr("%1 is not a file that can be read.").arg(shown);
        return outcome;
    }
    if (info.size() > MaxFileSize) {
        outcome.errorText = tr("%1 is larger than %2 MB: it is not read.")
                                .arg(shown)
                                .arg(MaxFileSize / (1024 * 1024));
        return outcome;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.errorText = tr("%1 cannot be read: %2").arg(shown, file.errorString());
        return outcome;
    }
    const StableCsv::ReadResult read = StableCsv::read(file.readAll(), info.fileName());
    if (!read.ok()) {
        outcome.errorText = tr("Nothing was imported from %1.").arg(shown);
        for (const Problem &p : read.errors)
            outcome.errorDetails << p.toString();
        return outcome;
    }
    ParkTableModel *model = session->model();
    ParkValidator::Context context = model->editContext(-1);
    // Rows are matched by id: a row never takes another park's id.
    context.ownerOfId = nullptr;
    const StableCsv::Plan plan = StableCsv::plan(model->records(), read, context);
    const QString text = summary(plan, info.fileName());
    if (plan.added.isEmpty() && plan.updated.isEmpty()) {
        outcome.message = text;
        if (!plan.refused.isEmpty())
            outcome.errorDetails = details(plan, model->records());
        return outcome;
    }
    if (!prompts.confirmImport || !prompts.confirmImport(text, details(plan, model->records())))
        return outcome;

    stack->beginMacro(tr("Import %1").arg(info.fileName()));
    for (const StableCsv::Update &u : plan.updated) {
        stack->push(new EditParkCommand(model, u.existingIndex, model->record(u.existingIndex),
                                        u.after, tr("Import %1").arg(info.fileName())));
    }
    if (!plan.added.isEmpty()) {
        QList<int> rows;
        for (int i = 0; i < plan.added.size(); ++i)
            rows << model->rowCount() + i;
        stack->push(
            new InsertParksCommand(model, rows, plan.added, tr("Import %1").arg(info.fileName())));
    }
    stack->endMacro();
    outcome.applied = true;
    outcome.message = text;
    return outcome;
}

QString CsvImport::summary(const StableCsv::Plan &plan, const QString &fileName)
{
    QStringList parts;
    parts << tr("%n park(s) updated", "", int(plan.updated.size()))
          << tr("%n added", "", int(plan.added.size())) << tr("%n unchanged", "", plan.unchanged);
    if (!plan.refused.isEmpty())
        parts << tr("%n row(s) refused", "", int(plan.refused.size()));
    return QStringLiteral("%1: %2.").arg(fileName, parts.join(QStringLiteral(", ")));
}

QStringList CsvImport::details(const StableCsv::Plan &plan, const QList<ParkRecord> &existing)
{
    QStringList lines;
    for (const StableCsv::Update &u : plan.updated) {
        QStringList fields;
        for (ParkField f : u.changedFields)
            fields << FieldRegistry::label(f);
        lines << tr("Updated %1: %2")
                     .arg(parkName(existing.at(u.existingIndex)),
                          fields.join(QStringLiteral(", ")));
    }
    for (const ParkRecord &r : plan.added)
        lines << tr("Added %1").arg(parkName(r));
    for (const StableCsv::Refusal &r : plan.refused) {
        lines << (r.id.isEmpty() ? tr("Refused %1").arg(r.toString())
                                 : tr("Refused %1 on %2").arg(r.id, r.toString()));
    }
    for (const Problem &p : plan.warnings)
        lines << p.toString();
    return lines;
}
