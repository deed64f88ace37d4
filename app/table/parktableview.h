#pragma once

#include "parkitemdelegate.h"

#include <QTableView>

class FrozenColumnView;
class QUndoStack;

// The park table: sortable, row-selecting, with a column chooser on the
// header, the park's name frozen in the first column while the others
// scroll, a warning icon on records with problems, and Ctrl+C copying the
// selected cells as TSV and as an HTML table.
class ParkTableView : public QTableView
{
    Q_OBJECT

public:
    // In-table edits go onto UNDOSTACK (see ParkItemDelegate).
    explicit ParkTableView(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ParkTableView() override;

    // Rows measured, those in sight first, when a column is fitted to its
    // contents.
    static constexpr int FitSampleRows = 150;

    ParkItemDelegate *parkDelegate() const { return m_delegate; }
    // What a cell edit is handed to (ParkItemDelegate::setCommitHandler),
    // in the table and in its frozen column.
    void setCommitHandler(const ParkItemDelegate::CommitHandler &handler);
    void setModel(QAbstractItemModel *model) override;

    // The column that stays while the others scroll (the park's name in
    // the language of the interface); always shown, always first.
    void setFrozenColumn(int column);
    int frozenColumn() const;
    QTableView *frozenView() const;

    // Widths to fit the contents (long texts capped), except the columns
    // the user has sized by hand.
    void fitColumns();
    // The width fitColumns() gives a column.
    int fittedWidth(int column) const;
    // The columns sized by hand, kept by fitColumns() and across restarts.
    QList<int> userSizedColumns() const { return m_userSized; }
    void setUserSizedColumns(const QList<int> &columns) { m_userSized = columns; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

    // Source-model rows of the selected rows, in view order.
    QList<int> selectedSourceRows() const;
    // Logical columns in the order shown, hidden ones left out.
    QList<int> visibleColumns() const;
    void setColumnShown(int column, bool shown);

    // Puts the selected cells on the clipboard (text/plain TSV and text/html).
    void copySelection();

    // Column order, widths and visibility, to and from settings.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);
    // Hides the columns that are rarely wanted at first sight.
    void applyDefaultLayout();

signals:
    void layoutEdited();
    // Enter or Return on a row: open the park's form.
    void editRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateGeometries() override;
    // The frozen column's cells are edited in the frozen view, over them.
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;

private:
    void showColumnMenu(const QPoint &pos);
    void keepFrozenColumnFirst();
    // Scrolls so that INDEX's cell is not hidden under the frozen column.
    void uncoverFromFrozen(const QModelIndex &index);

    ParkItemDelegate *m_delegate = nullptr;
    ParkItemDelegate *m_frozenDelegate = nullptr;
    FrozenColumnView *m_frozen = nullptr;
    QList<int> m_userSized;
    bool m_resizingByHand = false;
    bool m_frozenChosen = false; // setFrozenColumn() has been called
};
