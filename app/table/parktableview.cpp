#include "parktableview.h"

#include "parkitemdelegate.h"
#include "parktablemodel.h"
#include "tableexport.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>

ParkTableView::ParkTableView(QUndoStack *undoStack, QWidget *parent)
    : QTableView(parent)
{
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    // Double-click and Enter open the form; F2 edits the cell in place.
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_delegate = new ParkItemDelegate(undoStack, this);
    setItemDelegate(m_delegate);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultSectionSize(110);
    horizontalHeader()->setMaximumSectionSize(420);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setToolTip(tr("Click to sort; right-click to choose columns"));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ParkTableView::showColumnMenu);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &ParkTableView::layoutEdited);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &ParkTableView::layoutEdited);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setAccessibleName(tr("Park table"));
}

QList<int> ParkTableView::selectedSourceRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : selected) {
        const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
        rows.append(source.row());
    }
    return rows;
}

QList<int> ParkTableView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void ParkTableView::setColumnShown(int column, bool shown)
{
    setColumnHidden(column, !shown);
    emit layoutEdited();
}

void ParkTableView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    if (!model())
        return;
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction *action = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(c));
        // The last visible column cannot be hidden: an empty table helps no one.
        action->setEnabled(isColumnHidden(c) || visibleColumns().size() > 1);
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this] {
        horizontalHeader()->reset();
        for (int visual = 0; visual < horizontalHeader()->count(); ++visual)
            horizontalHeader()->moveSection(horizontalHeader()->visualIndex(visual), visual);
        applyDefaultLayout();
        resizeColumnsToContents();
        emit layoutEdited();
    });
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

void ParkTableView::applyDefaultLayout()
{
    if (!model())
        return;
    for (int c = 0; c < model()->columnCount(); ++c) {
        const FieldRegistry::Field &field = FieldRegistry::field(ParkTableModel::fieldOf(c));
        setColumnHidden(c, field.has(FieldRegistry::HiddenByDefault));
    }
}

QByteArray ParkTableView::saveLayout() const
{
    return horizontalHeader()->saveState();
}

bool ParkTableView::restoreLayout(const QByteArray &state)
{
    return !state.isEmpty() && horizontalHeader()->restoreState(state);
}

void ParkTableView::copySelection()
{
    if (!selectionModel() || !model())
        return;
    QList<int> rows;
    QList<int> columnsSelected;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows << index.row();
        if (!columnsSelected.contains(index.column()))
            columnsSelected << index.column();
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Columns in the order the user sees them.
    QList<int> columns;
    for (int c : visibleColumns()) {
        if (columnsSelected.contains(c))
            columns << c;
    }
    auto *mime = new QMimeData;
    mime->setText(TableExport::toTsv(*model(), rows, columns));
    mime->setHtml(TableExport::toHtml(*model(), rows, columns));
    QApplication::clipboard()->setMimeData(mime);
}

void ParkTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        state() != QAbstractItemView::EditingState) {
        emit editRequested();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
