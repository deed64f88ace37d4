#pragma once

#include "aggregations.h"
#include "flatsortfilterproxy.h"
#include "parkfilter.h"
#include "parksnapshot.h"

#include <QCollator>
#include <QFutureWatcher>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

class ParkTableModel;
class QTimer;
class SortColumn;

// The view of the park table that every window shows. It filters by a
// typed ParkFilter (QGIS's attribute-table filter model is the pattern) and
// sorts on typed values, unknown values last in both directions and Chinese
// text in pinyin order in a Chinese UI.
//
// It is also the one door through which the views read records: charts,
// map and summary read the records it lets through, so they all follow one
// filter, and the views that describe the whole dataset (the filter bar's
// choices, the province tree, the summary's "of N") read all of them here
// too. Records come out as snapshots, which no later change of the model
// can invalidate; editing goes through the undo stack, not through here.
class ParkFilterProxy : public FlatSortFilterProxy
{
    Q_OBJECT

public:
    explicit ParkFilterProxy(QObject *parent = nullptr);
    ~ParkFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;

    // The filter of the rows shown: what views describe them by.
    const ParkFilter &filter() const { return m_filter; }
    // The filter last asked for: the one shown, or one whose text is being
    // searched for (setBackgroundSearch()). A change of one criterion
    // starts from it, so that nothing typed meanwhile is lost.
    const ParkFilter &requestedFilter() const { return m_requested ? *m_requested : m_filter; }
    // Re-filters once, and only if the filter changed.
    void setFilter(const ParkFilter &filter);
    // In a table of MINIMUMROWS rows or more, a change of the search text
    // alone is searched on worker threads: the rows shown stay as they are
    // until the matches are found, then change at once (filterChanged()).
    // Searching a million parks takes 50 ms of two cores, the window
    // standing still. -1 (the default): always searched at once.
    void setBackgroundSearch(int minimumRows);
    bool isSearching() const { return m_searchRunning; }
    void setText(const QString &text);
    void setProvinces(const QSet<QString> &provinces);
    void setCities(const QSet<QString> &cities);
    void clearFilter() { setFilter(ParkFilter()); }

    // The locale whose collation orders text (zh_CN sorts Chinese by pinyin).
    void setCollationLocale(const QLocale &locale);

    // COLUMN is made ready for sorting on a worker thread whenever its
    // ranks are missing (after the records are replaced, rows come or go,
    // or the collation changes), so that the first sort by it does not
    // stop the window: collating the Chinese names of 100,000 parks takes
    // about 100 ms. -1: none. Tables of fewer than MINIMUMROWS rows are
    // left to be ranked when sorted.
    //
    // In a table of MINIMUMROWS rows or more, a sort by any other column not
    // yet ranked is made the same way: the column is ranked on the worker
    // and the rows are sorted once it is ready (at a million parks, ranking
    // the areas took 250 ms, the window standing still).
    void setPreparedSortColumn(int column, int minimumRows = 20000);
    // Whether a column is being made ready on a worker thread.
    bool isPreparingSortColumn() const;
    // The column a sort waits for (its ranks are being made), or -1.
    int pendingSortColumn() const { return m_pendingSort ? m_pendingSort->first : -1; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The columns ranked and kept, the latest sorted first (for tests).
    QList<int> rankedColumns() const;

    // The records that pass the filter, in view order.
    ParkSnapshot visibleRecords() const;
    // The records that pass the filter, in source order: for counts, which
    // do not depend on the order, read faster than in a sorted table's
    // order, where each record lies elsewhere in memory.
    ParkSnapshot shownRecordsInSourceOrder() const;
    // Every record of the source, whatever the filter, in source order.
    ParkSnapshot allRecords() const;
    // The records of the source that FILTER accepts (the proxy's own filter
    // aside), in source order; the map shows every criterion but the
    // provinces this way.
    ParkSnapshot recordsAcceptedBy(const ParkFilter &filter) const;
    // Whether a change of the columns FIRSTCOLUMN to LASTCOLUMN (as
    // sourceRecordsChanged() gives them) touches any of COLUMNS.
    static bool touches(int firstColumn, int lastColumn, std::initializer_list<int> columns)
    {
        return std::any_of(columns.begin(), columns.end(), [&](int column) {
            return column >= firstColumn && column <= lastColumn;
        });
    }

    // How many records the source holds, whatever the filter.
    int sourceRecordCount() const;
    int sourceRow(int proxyRow) const;

signals:
    void filterChanged(const ParkFilter &filter);
    // A search in the background began (true) or ended (false): see
    // isSearching().
    void searchingChanged(bool searching);
    // The column set by setPreparedSortColumn() is ranked and kept.
    void sortColumnPrepared(int column);
    // The source's records changed (rows added, removed, moved or edited,
    // or all of them replaced), whether or not the filter lets them through.
    // Only the model's columns FIRSTCOLUMN to LASTCOLUMN may differ (all of
    // them unless values were edited): a view that shows none of them has
    // nothing to count again.
    void sourceRecordsChanged(int firstColumn, int lastColumn);
    // The records the filter lets through changed: rows added or removed,
    // edited, all replaced, or another filter. Not sent for a sort (the same
    // records in another order). Several may come for one change.
    void shownRecordsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    // From the kept flags, on two threads.
    std::vector<char> acceptedSourceRows() const override;
    // From the column's ranks, without comparing pairs.
    void sortedSourceRows(int column, Qt::SortOrder order, std::vector<int> &rows) const override;

private:
    void ensureStructured() const;
    void matchText();
    bool searchesInBackground(const ParkFilter &filter) const;
    void startSearch();
    void keepSearch();
    // Sends searchingChanged() when isSearching() differs from what it said.
    void sayWhetherSearching();
    void updateTextMatches(int first, int last);
    void updateStructured(int first, int last) const;
    void dropStructured() const { m_structuredValid = false; }
    // COLUMN's values ranked, made when missing.
    const SortColumn &rankedColumn(int column) const;
    void updateSortColumn(int first, int last) const;
    void dropSortColumn() const;
    // Ranks on the worker what is wanted next: the column a sort waits for,
    // else the prepared column; sorts once the column waited for is ready.
    void rankNext();
    void startRanking(int column);
    void keepPreparedSortColumn();

    ParkTableModel *m_model = nullptr;
    ParkFilter m_filter;
    QString m_foldedText;
    QCollator m_collator;
    // ParkFilter::acceptsStructured() per source row. Typing changes only
    // the text, so a keystroke re-filters 100,000 rows without looking up
    // provinces, cities and ranges again. Rebuilt when the structured part
    // of the filter or the rows change. Implicitly shared: a background
    // search takes it as it is, and copying a million flags (a megabyte of
    // fresh pages) at each keystroke stood the window still.
    mutable QList<char> m_structured;
    // Whether each source row's search text holds the filter's text, found
    // on two threads when the text changes (searching a million parks takes
    // 60 ms on one), updated for edited rows. Empty below TextMatchRows
    // rows, and after rows come or go until the text changes again: rows
    // are then searched one by one as they are filtered.
    std::vector<char> m_textMatches;
    // The filter asked for while its text is searched on a worker.
    std::optional<ParkFilter> m_requested;
    int m_backgroundSearchRows = -1;
    bool m_searchRunning = false;
    bool m_searchingSaid = false; // what searchingChanged() last said
    QString m_searchingFor;
    QFutureWatcher<std::vector<char>> *m_searching = nullptr;
    // Counts the times rows came, went or were replaced: matches found
    // for other rows are not kept.
    quint64 m_rowsChanged = 0;
    quint64 m_searchStartedAt = 0;
    // The rows edited while the text is searched, matched again after.
    int m_searchEditedFirst = -1;
    int m_searchEditedLast = -1;
    static constexpr int TextMatchRows = 20000;
    mutable bool m_structuredValid = false;
    // The columns sorted last, ranked (the latest first): a sort compares
    // 100,000 rows about 1.7 million times, and collating two strings each
    // time was most of its cost. Kept across sorts, updated for edited rows,
    // made again when rows come or go or the collation changes.
    static constexpr size_t KeptSortColumns = 4;
    // The records shown, copied once per change: the charts, the map and
    // the summary each asked for their own copy of 100,000 records.
    mutable std::optional<ParkSnapshot> m_visible;
    mutable std::optional<ParkSnapshot> m_shownInSourceOrder;
    mutable std::optional<ParkSnapshot> m_all; // kept until the records change
    mutable std::vector<std::shared_ptr<SortColumn>> m_sortColumns;
    // Counts the times the kept columns were dropped: a column prepared
    // from records that have since been replaced is not kept.
    mutable quint64 m_sortColumnsDropped = 0;
    int m_preparedColumn = -1;
    int m_preparedMinimumRows = 0;
    std::optional<std::pair<int, Qt::SortOrder>> m_pendingSort;
    bool m_isPreparing = false;
    QTimer *m_prepareTimer = nullptr;
    QFutureWatcher<std::shared_ptr<SortColumn>> *m_preparing = nullptr;
    quint64 m_preparingFor = 0; // m_sortColumnsDropped when it started
    // The rows edited while it is made, read again when it is kept.
    mutable int m_editedFirst = -1;
    mutable int m_editedLast = -1;
};
