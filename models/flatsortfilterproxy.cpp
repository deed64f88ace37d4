#include "flatsortfilterproxy.h"

#include <algorithm>
#include <numeric>

namespace {

// Above this many rows changed at once (a change of language re-reads every
// row), the rows are filtered and sorted again in one pass instead of one
// by one.
constexpr int RowsChangedOneByOne = 64;
// Above this many ranges of proxy rows to remove, a removal is sent as one
// layout change: each range costs a pass over the rows shown.
constexpr size_t RangesRemovedOneByOne = 16;

} // namespace

FlatSortFilterProxy::FlatSortFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void FlatSortFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &FlatSortFilterProxy::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this, &FlatSortFilterProxy::sourceReset);
        connect(model, &QAbstractItemModel::dataChanged, this,
                &FlatSortFilterProxy::sourceDataChanged);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &FlatSortFilterProxy::sourceRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                &FlatSortFilterProxy::sourceRowsRemoved);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &FlatSortFilterProxy::sourceRowsInserted);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &FlatSortFilterProxy::sourceLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this,
                &FlatSortFilterProxy::sourceLayoutChanged);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
                &FlatSortFilterProxy::sourceLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::rowsMoved, this,
                &FlatSortFilterProxy::sourceLayoutChanged);
        // Columns come and go only with a new table: the views start again.
        for (auto about : {&QAbstractItemModel::columnsAboutToBeInserted,
                           &QAbstractItemModel::columnsAboutToBeRemoved})
            connect(model, about, this, &FlatSortFilterProxy::beginResetModel);
        for (auto done :
             {&QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
            connect(model, done, this, &FlatSortFilterProxy::sourceReset);
        connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this,
                &FlatSortFilterProxy::beginResetModel);
        connect(model, &QAbstractItemModel::columnsMoved, this, &FlatSortFilterProxy::sourceReset);
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        emit headerDataChanged(orientation, first, last);
                    else if (!m_shown.empty())
                        emit headerDataChanged(orientation, 0, int(m_shown.size()) - 1);
                });
    }
    resetOrder();
    endResetModel();
}

QModelIndex FlatSortFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this ||
        size_t(proxyIndex.row()) >= m_shown.size())
        return QModelIndex();
    return sourceModel()->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex FlatSortFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        sourceIndex.parent().isValid())
        return QModelIndex();
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

int FlatSortFilterProxy::proxyRowOf(int sourceRow) const
{
    return sourceRow >= 0 && size_t(sourceRow) < m_proxyRow.size() ? m_proxyRow[size_t(sourceRow)]
                                                                   : -1;
}

QModelIndex FlatSortFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || size_t(row) >= m_shown.size() || column < 0 ||
        column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex FlatSortFilterProxy::parent(const QModelIndex &) const
{
    return QModelIndex();
}

QModelIndex FlatSortFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int FlatSortFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int FlatSortFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool FlatSortFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty();
}

QVariant FlatSortFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return QVariant();
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    // Rows keep the number they have in the source, as in
    // QSortFilterProxyModel.
    if (section < 0 || size_t(section) >= m_shown.size())
        return QVariant();
    return sourceModel()->headerData(m_shown[size_t(section)], orientation, role);
}

void FlatSortFilterProxy::sort(int column, Qt::SortOrder order)
{
    beginLayout(VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    if (column >= 0 && sourceModel() && column < sourceModel()->columnCount()) {
        sortedSourceRows(column, order, m_order);
    } else {
        m_order.resize(m_accepted.size());
        std::iota(m_order.begin(), m_order.end(), 0);
    }
    rebuildProxyRows();
    endLayout(VerticalSortHint);
}

void FlatSortFilterProxy::setSortRole(int role)
{
    if (role == m_sortRole)
        return;
    m_sortRole = role;
    if (m_sortColumn >= 0)
        invalidate();
}

void FlatSortFilterProxy::invalidate()
{
    beginLayout(NoLayoutChangeHint);
    resetOrder();
    endLayout(NoLayoutChangeHint);
}

void FlatSortFilterProxy::invalidateRowsFilter()
{
    beginLayout(NoLayoutChangeHint);
    m_accepted = sourceModel() ? acceptedSourceRows() : std::vector<char>();
    rebuildProxyRows();
    endLayout(NoLayoutChangeHint);
}

bool FlatSortFilterProxy::filterAcceptsRow(int, const QModelIndex &) const
{
    return true;
}

bool FlatSortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return QVariant::compare(left.data(m_sortRole), right.data(m_sortRole)) ==
           QPartialOrdering::Less;
}

std::vector<char> FlatSortFilterProxy::acceptedSourceRows() const
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    std::vector<char> accepted(size_t(rows), 0);
    for (int row = 0; row < rows; ++row)
        accepted[size_t(row)] = filterAcceptsRow(row, QModelIndex());
    return accepted;
}

void FlatSortFilterProxy::sortedSourceRows(int column, Qt::SortOrder order,
                                           std::vector<int> &rows) const
{
    rows.resize(size_t(sourceModel() ? sourceModel()->rowCount() : 0));
    std::iota(rows.begin(), rows.end(), 0);
    const QAbstractItemModel *model = sourceModel();
    std::stable_sort(rows.begin(), rows.end(), [&](int l, int r) {
        const QModelIndex left = model->index(l, column);
        const QModelIndex right = model->index(r, column);
        return order == Qt::AscendingOrder ? lessThan(left, right) : lessThan(right, left);
    });
}

bool FlatSortFilterProxy::goesBefore(int l, int r) const
{
    if (m_sortColumn < 0)
        return l < r;
    const QModelIndex left = sourceModel()->index(l, m_sortColumn);
    const QModelIndex right = sourceModel()->index(r, m_sortColumn);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (ascending ? lessThan(left, right) : lessThan(right, left))
        return true;
    if (ascending ? lessThan(right, left) : lessThan(left, right))
        return false;
    return l < r; // equal values keep their source order
}

size_t FlatSortFilterProxy::orderPosition(int row) const
{
    return size_t(std::lower_bound(m_order.begin(), m_order.end(), row,
                                   [this](int in, int row) { return goesBefore(in, row); }) -
                  m_order.begin());
}

void FlatSortFilterProxy::shownFromOrder(std::vector<int> &shown) const
{
    shown.clear();
    shown.reserve(size_t(std::count(m_accepted.begin(), m_accepted.end(), char(1))));
    for (int row : m_order) {
        if (m_accepted[size_t(row)])
            shown.push_back(row);
    }
}

void FlatSortFilterProxy::rebuildProxyRows()
{
    shownFromOrder(m_shown);
    m_proxyRow.assign(m_accepted.size(), -1);
    for (size_t i = 0; i < m_shown.size(); ++i)
        m_proxyRow[size_t(m_shown[i])] = int(i);
}

void FlatSortFilterProxy::resetOrder()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_accepted = rows > 0 ? acceptedSourceRows() : std::vector<char>();
    if (m_sortColumn >= 0 && rows > 0 && m_sortColumn < sourceModel()->columnCount()) {
        sortedSourceRows(m_sortColumn, m_sortOrder, m_order);
    } else {
        m_order.resize(size_t(rows));
        std::iota(m_order.begin(), m_order.end(), 0);
    }
    rebuildProxyRows();
}

void FlatSortFilterProxy::beginLayout(QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    m_layoutSourceIndexes.reserve(m_layoutProxyIndexes.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxyIndexes))
        m_layoutSourceIndexes.append(QPersistentModelIndex(mapToSource(index)));
}

void FlatSortFilterProxy::endLayout(QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList moved;
    moved.reserve(m_layoutSourceIndexes.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSourceIndexes))
        moved.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxyIndexes, moved);
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    emit layoutChanged({}, hint);
}

void FlatSortFilterProxy::sourceReset()
{
    resetOrder();
    endResetModel();
}

void FlatSortFilterProxy::sourceLayoutAboutToBeChanged()
{
    beginLayout(NoLayoutChangeHint);
}

void FlatSortFilterProxy::sourceLayoutChanged()
{
    resetOrder();
    endLayout(NoLayoutChangeHint);
}

void FlatSortFilterProxy::sourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = std::min(bottomRight.row(), int(m_accepted.size()) - 1);
    const bool sortChanged = m_sortColumn >= topLeft.column() &&
                             m_sortColumn <= bottomRight.column() &&
                             (roles.isEmpty() || roles.contains(m_sortRole));
    if (last - first + 1 > RowsChangedOneByOne) {
        std::vector<char> accepted = acceptedSourceRows();
        std::vector<int> order;
        if (sortChanged)
            sortedSourceRows(m_sortColumn, m_sortOrder, order);
        else
            order = m_order;
        if (accepted != m_accepted || order != m_order) {
            beginLayout(NoLayoutChangeHint);
            m_accepted = std::move(accepted);
            m_order = std::move(order);
            rebuildProxyRows();
            endLayout(NoLayoutChangeHint);
        }
        if (!m_shown.empty())
            emit dataChanged(index(0, topLeft.column()),
                             index(int(m_shown.size()) - 1, bottomRight.column()), roles);
        return;
    }
    for (int row = first; row <= last; ++row) {
        rowChanged(row, sortChanged);
        const int shown = proxyRowOf(row);
        if (shown >= 0)
            emit dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()),
                             roles);
    }
}

void FlatSortFilterProxy::rowChanged(int row, bool sortChanged)
{
    const int wasAt = proxyRowOf(row);
    const bool accepted = filterAcceptsRow(row, QModelIndex());
    m_accepted[size_t(row)] = accepted;
    if (sortChanged && m_sortColumn >= 0) {
        m_order.erase(std::find(m_order.begin(), m_order.end(), row));
        m_order.insert(m_order.begin() + qsizetype(orderPosition(row)), row);
    }
    const auto renumberFrom = [this](size_t from, size_t to) {
        for (size_t i = from; i < std::min(to, m_shown.size()); ++i)
            m_proxyRow[size_t(m_shown[i])] = int(i);
    };
    const auto before = [this](int l, int r) { return goesBefore(l, r); };
    if (wasAt < 0) {
        if (!accepted)
            return;
        const auto at = std::lower_bound(m_shown.begin(), m_shown.end(), row, before);
        const int place = int(at - m_shown.begin());
        beginInsertRows(QModelIndex(), place, place);
        m_shown.insert(at, row);
        renumberFrom(size_t(place), m_shown.size());
        endInsertRows();
        return;
    }
    if (!accepted) {
        beginRemoveRows(QModelIndex(), wasAt, wasAt);
        m_shown.erase(m_shown.begin() + wasAt);
        m_proxyRow[size_t(row)] = -1;
        renumberFrom(size_t(wasAt), m_shown.size());
        endRemoveRows();
        return;
    }
    if (!sortChanged || m_sortColumn < 0)
        return;
    // Its place among the other rows shown, found without taking it out.
    int place = int(std::lower_bound(m_shown.begin(), m_shown.begin() + wasAt, row, before) -
                    m_shown.begin());
    if (place == wasAt) {
        place = int(std::lower_bound(m_shown.begin() + wasAt + 1, m_shown.end(), row, before) -
                    m_shown.begin()) -
                1;
    }
    if (place == wasAt)
        return;
    beginMoveRows(QModelIndex(), wasAt, wasAt, QModelIndex(), place > wasAt ? place + 1 : place);
    m_shown.erase(m_shown.begin() + wasAt);
    m_shown.insert(m_shown.begin() + place, row);
    renumberFrom(size_t(std::min(place, wasAt)), size_t(std::max(place, wasAt)) + 1);
    endMoveRows();
}

void FlatSortFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> removed;
    for (int row = first; row <= last; ++row) {
        const int shown = proxyRowOf(row);
        if (shown >= 0)
            removed.push_back(shown);
    }
    std::sort(removed.begin(), removed.end());
    std::vector<std::pair<int, int>> ranges;
    for (int shown : removed) {
        if (!ranges.empty() && ranges.back().second + 1 == shown)
            ranges.back().second = shown;
        else
            ranges.emplace_back(shown, shown);
    }
    m_removalAsLayout = ranges.size() > RangesRemovedOneByOne;
    if (m_removalAsLayout) {
        beginLayout(NoLayoutChangeHint);
        return;
    }
    // From the last range up, so the ranges before keep their numbers. The
    // rows left keep the source numbers they have until the source has
    // removed its rows (sourceRowsRemoved() renumbers them).
    for (auto range = ranges.rbegin(); range != ranges.rend(); ++range) {
        beginRemoveRows(QModelIndex(), range->first, range->second);
        for (int shown = range->first; shown <= range->second; ++shown)
            m_proxyRow[size_t(m_shown[size_t(shown)])] = -1;
        m_shown.erase(m_shown.begin() + range->first, m_shown.begin() + range->second + 1);
        for (size_t i = size_t(range->first); i < m_shown.size(); ++i)
            m_proxyRow[size_t(m_shown[i])] = int(i);
        endRemoveRows();
    }
}

void FlatSortFilterProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto renumber = [first, last, count](std::vector<int> &rows) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [first, last](int row) { return row >= first && row <= last; }),
                   rows.end());
        for (int &row : rows) {
            if (row > last)
                row -= count;
        }
    };
    renumber(m_order);
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    if (m_removalAsLayout) {
        m_removalAsLayout = false;
        rebuildProxyRows();
        endLayout(NoLayoutChangeHint);
        return;
    }
    renumber(m_shown);
    m_proxyRow.assign(m_accepted.size(), -1);
    for (size_t i = 0; i < m_shown.size(); ++i)
        m_proxyRow[size_t(m_shown[i])] = int(i);
}

void FlatSortFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (std::vector<int> *rows : {&m_order, &m_shown}) {
        for (int &row : *rows) {
            if (row >= first)
                row += count;
        }
    }
    m_accepted.insert(m_accepted.begin() + first, size_t(count), char(0));
    for (int row = first; row <= last; ++row)
        m_accepted[size_t(row)] = filterAcceptsRow(row, QModelIndex());
    if (m_sortColumn < 0) {
        m_order.resize(m_accepted.size());
        std::iota(m_order.begin(), m_order.end(), 0);
    } else if (count > RowsChangedOneByOne) {
        sortedSourceRows(m_sortColumn, m_sortOrder, m_order);
    } else {
        for (int row = first; row <= last; ++row)
            m_order.insert(m_order.begin() + qsizetype(orderPosition(row)), row);
    }
    // The proxy rows are m_shown renumbered until the new rows are in.
    m_proxyRow.assign(m_accepted.size(), -1);
    for (size_t i = 0; i < m_shown.size(); ++i)
        m_proxyRow[size_t(m_shown[i])] = int(i);

    std::vector<int> shown;
    shownFromOrder(shown);
    std::vector<int> places;
    for (size_t i = 0; i < shown.size(); ++i) {
        if (shown[i] >= first && shown[i] <= last)
            places.push_back(int(i));
    }
    if (places.empty()) {
        m_shown = std::move(shown); // the same rows
        return;
    }
    if (places.back() - places.front() + 1 == int(places.size())) {
        beginInsertRows(QModelIndex(), places.front(), places.back());
        m_shown = std::move(shown);
        for (size_t i = size_t(places.front()); i < m_shown.size(); ++i)
            m_proxyRow[size_t(m_shown[i])] = int(i);
        endInsertRows();
        return;
    }
    beginLayout(NoLayoutChangeHint);
    rebuildProxyRows();
    endLayout(NoLayoutChangeHint);
}
