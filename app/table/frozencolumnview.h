#pragma once

#include <QTableView>

// The column that stays put while the table scrolls sideways, as a
// spreadsheet's frozen pane: a second view over the same model and
// selection, laid over the left edge of the table's viewport and showing
// only that column. The table keeps the column at its first visual place
// underneath, so that widths and row positions match exactly.
class FrozenColumnView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnView(QTableView *table);

    // Follows the table's model and selection; call after the table's setModel.
    void follow();
    void setColumn(int column);
    int column() const { return m_column; }
    // Places the view over the table's first column.
    void reposition();
    // Opens the editor of INDEX, a cell of the frozen column, here, where
    // it can be seen: the table's own editor would be under this view.
    bool editFrozenCell(const QModelIndex &index, EditTrigger trigger, QEvent *event);

protected:
    void paintEvent(QPaintEvent *event) override;
    // Keyboard focus goes back to the table when an edit ends.
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void showOnlyFrozenColumn();
    void sortFromHeader(int section);

    QTableView *m_table;
    int m_column = 0;
};
