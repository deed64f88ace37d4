#include "parkcommands.h"

#include "parktablemodel.h"
#include "translations.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

EditParkCommand::EditParkCommand(ParkTableModel *model, int row, const ParkRecord &before,
                                 const ParkRecord &after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_row(row)
    , m_before(before)
    , m_after(after)
{}

void EditParkCommand::undo()
{
    m_model->setRecord(m_row, m_before);
}

void EditParkCommand::redo()
{
    m_model->setRecord(m_row, m_after);
}

InsertParksCommand::InsertParksCommand(ParkTableModel *model, const QList<int> &rows,
                                       const QList<ParkRecord> &records, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_rows(rows)
    , m_records(records)
{
    Q_ASSERT(rows.size() == records.size());
}

void InsertParksCommand::redo()
{
    const bool first = m_keys.isEmpty();
    for (int i = 0; i < m_rows.size(); ++i) {
        const quint64 key =
            m_model->insertRecord(m_rows.at(i), m_records.at(i), first ? 0 : m_keys.at(i));
        if (first)
            m_keys.append(key);
    }
}

void InsertParksCommand::undo()
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i)
        m_model->removeRows(m_rows.at(i), 1);
}

RemoveParksCommand::RemoveParksCommand(ParkTableModel *model, QList<int> rows, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_rows = rows;
    for (int row : std::as_const(m_rows)) {
        m_records.append(model->record(row));
        m_keys.append(model->keyOf(row));
    }
}

void RemoveParksCommand::redo()
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i)
        m_model->removeRows(m_rows.at(i), 1);
}

void RemoveParksCommand::undo()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_model->insertRecord(m_rows.at(i), m_records.at(i), m_keys.at(i));
}

CellEdit pushCellEdit(QUndoStack *stack, ParkTableModel *model, int row, int column,
                      const QVariant &value, QString *why)
{
    ParkRecord after;
    if (!model->recordWithValue(row, column, value, &after, why))
        return CellEdit::Refused;
    const ParkRecord before = model->record(row);
    if (after == before)
        return CellEdit::Unchanged;
    const bool english = Translations::isEnglish();
    stack->push(new EditParkCommand(
        model, row, before, after,
        QCoreApplication::translate("EditController", "Edit %1 of %2")
            .arg(ParkTableModel::columnTitle(column), after.displayName(english))));
    return CellEdit::Pushed;
}
