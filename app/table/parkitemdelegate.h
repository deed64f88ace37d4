#pragma once

#include <QStyledItemDelegate>

#include <functional>

// Draws the park table's cells (a warning icon on records with problems)
// and edits them in place: lists for provinces and enumerations, and every
// committed value handed to a handler, which turns it into an undoable
// command instead of writing the model directly.
class ParkItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Receives the view's index and the new value; returns false to refuse.
    using CommitHandler = std::function<bool(const QModelIndex &, const QVariant &)>;

    explicit ParkItemDelegate(QObject *parent = nullptr);
    void setCommitHandler(CommitHandler handler) { m_commit = std::move(handler); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    CommitHandler m_commit;
};
