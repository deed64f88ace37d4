#pragma once

#include <QStyledItemDelegate>

#include <functional>

class QUndoStack;

// Draws the park table's cells (a warning icon on records with problems)
// and edits them in place: lists for provinces and enumerations. Every
// committed value becomes an undoable command, never a direct write to the
// model: on the undo stack the delegate is made with, or through a handler
// that does the same and reports refused values.
class ParkItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Receives the view's index and the new value; returns false to refuse.
    // It must put the edit on the undo stack (EditController::commitCell).
    using CommitHandler = std::function<bool(const QModelIndex &, const QVariant &)>;

    // STACK receives the edits while no handler is set; it must outlive
    // the delegate's edits.
    explicit ParkItemDelegate(QUndoStack *stack, QObject *parent = nullptr);
    QUndoStack *undoStack() const { return m_stack; }
    void setCommitHandler(CommitHandler handler) { m_commit = std::move(handler); }
    // A column that carries the warning icon besides the ID's (the frozen name).
    void setMarkedColumn(int column) { m_markedColumn = column; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QUndoStack *m_stack;
    CommitHandler m_commit;
    int m_markedColumn = -1;
};
