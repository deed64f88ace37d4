#pragma once

#include "parkrecord.h"

#include <QUndoCommand>

class ParkTableModel;

// Every change to the parks is one of these commands on the window's undo
// stack, so that anything can be undone in order and the stack's clean state
// says whether the file on disk is up to date.

// Replaces one record (a form edit, an in-table edit, one part of a bulk edit).
class EditParkCommand : public QUndoCommand
{
public:
    EditParkCommand(ParkTableModel *model, int row, const ParkRecord &before,
                    const ParkRecord &after, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ParkTableModel *m_model;
    int m_row;
    ParkRecord m_before;
    ParkRecord m_after;
};

// Inserts records at given rows (new, duplicated or restored parks). Redo
// after undo brings back the same records: they keep the keys
// (ParkTableModel::RecordKey) they were first given.
class InsertParksCommand : public QUndoCommand
{
public:
    // rows are the positions the records take after insertion, ascending.
    InsertParksCommand(ParkTableModel *model, const QList<int> &rows,
                       const QList<ParkRecord> &records, const QString &text);
    void undo() override;
    void redo() override;

private:
    ParkTableModel *m_model;
    QList<int> m_rows;
    QList<ParkRecord> m_records;
    QList<quint64> m_keys; // set by the first redo
};

// Removes records; undo puts each back at its old position, under its old
// key, so that a form open on a removed park finds it again.
class RemoveParksCommand : public QUndoCommand
{
public:
    RemoveParksCommand(ParkTableModel *model, QList<int> rows, const QString &text);
    void undo() override;
    void redo() override;

private:
    ParkTableModel *m_model;
    QList<int> m_rows; // ascending
    QList<ParkRecord> m_records;
    QList<quint64> m_keys;
};

class QUndoStack;
class QVariant;

// What became of an in-table edit.
enum class CellEdit
{
    Refused,   // the model would not take the value; nothing changed
    Unchanged, // the record already holds the value; nothing pushed
    Pushed     // an EditParkCommand is on the stack and done
};
// Sets one cell, COLUMN of the record at ROW, as a command on STACK. WHY,
// when given, says why a refused value was refused.
CellEdit pushCellEdit(QUndoStack *stack, ParkTableModel *model, int row, int column,
                      const QVariant &value, QString *why = nullptr);
