#pragma once

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>

#include <vector>

// A sorting and filtering proxy for a flat table (rows without children)
// that works on whole rows at once: the filter is asked for every row in
// one call (acceptedSourceRows()), and the order of all rows in one call
// (sortedSourceRows()), each of which a subclass may answer from what it
// keeps (flags, ranks) and on several threads. The proxy keeps the order
// of all rows, so a change of the filter only walks that order again.
//
// QSortFilterProxyModel asks per row and compares per pair through model
// indexes: at a million rows its sort alone took 250 ms with the values
// already ranked, and each change of the filter rebuilt its mapping row by
// row. The rest of its behaviour is kept: the sort and the filter are
// dynamic (an edited row moves to its place, appears or disappears), rows
// that compare equal keep their source order, a sort is a layout change
// with VerticalSortHint, and persistent indexes follow their rows.
class FlatSortFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit FlatSortFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // -1: the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The role lessThan() compares by default.
    int sortRole() const { return m_sortRole; }
    void setSortRole(int role);

    // The source row shown at PROXYROW, and the proxy row of SOURCEROW (-1
    // when the filter hides it), without making model indexes.
    int sourceRowAt(int proxyRow) const { return m_shown[size_t(proxyRow)]; }
    int proxyRowOf(int sourceRow) const;
    // The source rows shown, in view order.
    const std::vector<int> &shownSourceRows() const { return m_shown; }
    // Per source row: whether the filter lets it through.
    const std::vector<char> &acceptedSourceRowFlags() const { return m_accepted; }

protected:
    // Filters and sorts every row again.
    void invalidate();
    // Filters every row again, keeping the order.
    void invalidateRowsFilter();

    virtual bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const;
    // Whether source row LEFT's value comes before RIGHT's (same column).
    virtual bool lessThan(const QModelIndex &left, const QModelIndex &right) const;
    // One flag per source row: whether the filter lets it through. By
    // default filterAcceptsRow() for each.
    virtual std::vector<char> acceptedSourceRows() const;
    // Every source row, in the order of COLUMN, into ROWS (whose memory is
    // used again; what it held is not read): by default a stable sort by
    // lessThan(). Rows that compare equal keep their source order.
    virtual void sortedSourceRows(int column, Qt::SortOrder order, std::vector<int> &rows) const;

private:
    // Whether source row L goes before R in the current order.
    bool goesBefore(int l, int r) const;
    // Where source row ROW goes in m_order (which does not hold it).
    size_t orderPosition(int row) const;
    // The rows shown, made from m_order and m_accepted, into SHOWN (whose
    // memory is used again: a million rows are four megabytes of fresh
    // pages at each sort otherwise).
    void shownFromOrder(std::vector<int> &shown) const;
    void rebuildProxyRows();
    void resetOrder();

    void beginLayout(QAbstractItemModel::LayoutChangeHint hint);
    void endLayout(QAbstractItemModel::LayoutChangeHint hint);

    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    // ROW's value changed: it is filtered again, and placed again when
    // SORTCHANGED.
    void rowChanged(int row, bool sortChanged);

    std::vector<int> m_order;     // every source row, in the current order
    std::vector<char> m_accepted; // per source row
    std::vector<int> m_shown;     // the source row of each proxy row
    std::vector<int> m_proxyRow;  // per source row: its proxy row, or -1
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_sortRole = Qt::DisplayRole;

    // Across a layout change: the proxy's persistent indexes, and the
    // source indexes they stood for.
    QModelIndexList m_layoutProxyIndexes;
    QList<QPersistentModelIndex> m_layoutSourceIndexes;
    bool m_removalAsLayout = false;
};
