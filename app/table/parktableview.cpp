#include "parktableview.h"

#include <QAbstractProxyModel>
#include <QHeaderView>

ParkTableView::ParkTableView(QWidget *parent)
    : QTableView(parent)
{
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultSectionSize(110);
    horizontalHeader()->setMaximumSectionSize(420);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setAccessibleName(tr("Park table"));
}

QList<int> ParkTableView::selectedSourceRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
        rows.append(source.row());
    }
    return rows;
}
