#pragma once

#include <QTableView>

class ParkItemDelegate;
class QUndoStack;

// The park table: sortable, row-selecting, with a column chooser on the
// header, a warning icon on records with problems, and Ctrl+C copying the
// selected cells as TSV and as an HTML table.
class ParkTableView : public QTableView
{
    Q_OBJECT

public:
    // In-table edits go onto UNDOSTACK (see ParkItemDelegate).
    explicit ParkTableView(QUndoStack *undoStack, QWidget *parent = nullptr);

    ParkItemDelegate *parkDelegate() const { return m_delegate; }

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

private:
    void showColumnMenu(const QPoint &pos);

    ParkItemDelegate *m_delegate = nullptr;
};
