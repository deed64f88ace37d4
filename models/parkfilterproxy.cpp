#include "parkfilterproxy.h"

#include "backgroundpriority.h"
#include "parktablemodel.h"
#include "sortcolumn.h"
#include "twohalves.h"

#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

namespace {

// What the model's SortRole gives for COLUMN of each record, read from the
// records themselves: quicker than a model index and a data() call per row,
// and possible on another thread.
std::vector<QVariant> sortValues(const SharedRecords &records, int column, bool english)
{
    std::vector<QVariant> values;
    values.reserve(size_t(records.size()));
    for (const ParkRecord &record : records)
        values.push_back(ParkTableModel::sortValue(record, column, english));
    return values;
}

// Whether each row's search text holds TEXT, among the rows STRUCTURED lets
// through (the others are left unmatched), on two threads. Reads only what
// it is given: the background search runs it on copies.
std::vector<char> matchRows(const QList<char> &structured, const QList<QString> &texts,
                            const QString &text, qsizetype minimumToSplit)
{
    std::vector<char> matches(size_t(structured.size()), 0);
    inTwoHalves(qsizetype(matches.size()), minimumToSplit, [&](qsizetype begin, qsizetype end) {
        for (qsizetype row = begin; row < end; ++row) {
            if (structured.at(row))
                matches[size_t(row)] = texts.at(row).contains(text);
        }
    });
    return matches;
}

// The rows whose flag is set, in order.
std::vector<int> rowsWhere(const std::vector<char> &flags)
{
    std::vector<int> rows;
    rows.reserve(size_t(std::count(flags.begin(), flags.end(), char(1))));
    for (size_t row = 0; row < flags.size(); ++row) {
        if (flags[row])
            rows.push_back(int(row));
    }
    return rows;
}

} // namespace

ParkFilterProxy::~ParkFilterProxy() = default;

ParkFilterProxy::ParkFilterProxy(QObject *parent)
    : FlatSortFilterProxy(parent)
{
    m_prepareTimer = new QTimer(this);
    m_prepareTimer->setSingleShot(true);
    m_prepareTimer->setInterval(0); // once the change that dropped the ranks is over
    connect(m_prepareTimer, &QTimer::timeout, this, &ParkFilterProxy::rankNext);
    m_preparing = new QFutureWatcher<std::shared_ptr<SortColumn>>(this);
    connect(m_preparing, &QFutureWatcherBase::finished, this,
            &ParkFilterProxy::keepPreparedSortColumn);
    m_searching = new QFutureWatcher<std::vector<char>>(this);
    connect(m_searching, &QFutureWatcherBase::finished, this, &ParkFilterProxy::keepSearch);

    setSortRole(ParkTableModel::SortRole);
    setCollationLocale(QLocale());
    // Connected first, so the copy is gone before any view hears of a change.
    const auto forget = [this] {
        m_visible.reset();
        m_shownInSourceOrder.reset();
    };
    connect(this, &QAbstractItemModel::modelReset, this, forget);
    connect(this, &QAbstractItemModel::rowsInserted, this, forget);
    connect(this, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(this, &QAbstractItemModel::rowsMoved, this, forget);
    connect(this, &QAbstractItemModel::layoutChanged, this, forget);
    connect(this, &QAbstractItemModel::dataChanged, this, forget);

    // What the views that follow the records shown (charts, map, summary)
    // redraw on: every change of them, but not a sort, which changes only
    // their order.
    const auto shownChanged = [this] { emit shownRecordsChanged(); };
    connect(this, &QAbstractItemModel::modelReset, this, shownChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, shownChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, shownChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, shownChanged);
    connect(this, &ParkFilterProxy::filterChanged, this, shownChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this,
            [this](const QList<QPersistentModelIndex> &, LayoutChangeHint hint) {
                if (hint != VerticalSortHint)
                    emit shownRecordsChanged();
            });
}

void ParkFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<ParkTableModel *>(model);
    Q_ASSERT_X(m_model || !model, "ParkFilterProxy", "the source must be a ParkTableModel");
    dropStructured();
    dropSortColumn();
    m_all.reset();
    m_textMatches.clear();
    ++m_rowsChanged;
    if (m_model) {
        m_model->setSearchShown(!m_foldedText.isEmpty());
        // Connected before the base class connects its own handlers, so
        // that the cache is current when they call filterAcceptsRow().
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    m_all.reset();
                    if (topLeft.isValid() && bottomRight.isValid()) {
                        updateStructured(topLeft.row(), bottomRight.row());
                        updateTextMatches(topLeft.row(), bottomRight.row());
                        updateSortColumn(topLeft.row(), bottomRight.row());
                        if (m_searchRunning) {
                            m_searchEditedFirst =
                                m_searchEditedFirst < 0
                                    ? topLeft.row()
                                    : std::min(m_searchEditedFirst, topLeft.row());
                            m_searchEditedLast = std::max(m_searchEditedLast, bottomRight.row());
                        }
                    }
                });
        const auto drop = [this] {
            ++m_rowsChanged;
            m_all.reset();
            m_textMatches.clear();
            dropStructured();
            dropSortColumn();
        };
        connect(m_model, &QAbstractItemModel::rowsInserted, this, drop);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, drop);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, drop);
        connect(m_model, &QAbstractItemModel::modelReset, this, drop);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, drop);
    }
    FlatSortFilterProxy::setSourceModel(model);
    if (m_model) {
        // After the base class's handlers, so that the proxy's rows are
        // current when a view reacts.
        const auto all = [this] { emit sourceRecordsChanged(0, ParkTableModel::ColumnCount - 1); };
        connect(m_model, &QAbstractItemModel::rowsInserted, this, all);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, all);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, all);
        connect(m_model, &QAbstractItemModel::modelReset, this, all);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, all);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    emit sourceRecordsChanged(topLeft.column(), bottomRight.column());
                });
    }
    emit sourceRecordsChanged(0, ParkTableModel::ColumnCount - 1);
}

void ParkFilterProxy::setFilter(const ParkFilter &filter)
{
    if (filter == requestedFilter())
        return;
    if (searchesInBackground(filter)) {
        m_requested = filter;
        startSearch();
        return;
    }
    m_requested.reset(); // a search under way is dropped when it ends
    if (filter == m_filter)
        return;
    ParkFilter structured = filter;
    structured.text = m_filter.text;
    if (structured != m_filter) {
        dropStructured();
        m_textMatches.clear();
    }
    m_filter = filter;
    const QString foldedText = filter.text.trimmed().toCaseFolded();
    if (foldedText != m_foldedText || m_textMatches.empty()) {
        m_foldedText = foldedText;
        if (m_model)
            m_model->setSearchShown(!m_foldedText.isEmpty());
        matchText();
    }
    // One layout change, not one signal per range of rows shown or hidden:
    // a keystroke at 100,000 parks hid thousands of ranges, and the views
    // and headers did work over every row for each (ten seconds frozen).
    // The order is kept: the rows shown are the sorted rows filtered.
    invalidateRowsFilter();
    emit filterChanged(m_filter);
}

void ParkFilterProxy::setBackgroundSearch(int minimumRows)
{
    m_backgroundSearchRows = minimumRows;
}

bool ParkFilterProxy::searchesInBackground(const ParkFilter &filter) const
{
    if (m_backgroundSearchRows < 0 || !m_model ||
        m_model->rowCount() < std::max(m_backgroundSearchRows, TextMatchRows))
        return false;
    ParkFilter structured = filter;
    structured.text = m_filter.text;
    const QString folded = filter.text.trimmed().toCaseFolded();
    // Clearing the search needs no search, and the rest of the filter
    // is applied at once.
    return structured == m_filter && !folded.isEmpty() && folded != m_foldedText;
}

void ParkFilterProxy::startSearch()
{
    if (m_searchRunning)
        return; // keepSearch() starts the next one
    m_searchRunning = true;
    m_searchingFor = m_requested->text.trimmed().toCaseFolded();
    m_searchStartedAt = m_rowsChanged;
    m_searchEditedFirst = m_searchEditedLast = -1;
    ensureStructured();
    // The worker reads copies, never the model or this proxy. It starts
    // once the search text is there: a large store's is still being made
    // just after it is opened (a continuation holds no thread meanwhile).
    const QList<char> structured = m_structured;
    const QString text = m_searchingFor;
    m_searching->setFuture(m_model->searchTextsLater().then(
        QThreadPool::globalInstance(), [structured, text](const QList<QString> &texts) {
            BackgroundPriority::lowerThisThread();
            return matchRows(structured, texts, text, TextMatchRows);
        }));
    sayWhetherSearching();
}

void ParkFilterProxy::sayWhetherSearching()
{
    if (m_searchingSaid == m_searchRunning)
        return;
    m_searchingSaid = m_searchRunning;
    emit searchingChanged(m_searchRunning);
}

void ParkFilterProxy::keepSearch()
{
    m_searchRunning = false;
    QFuture<std::vector<char>> future = m_searching->future();
    std::vector<char> matches =
        future.isValid() && future.resultCount() > 0 ? future.takeResult() : std::vector<char>();
    if (!m_requested) {
        sayWhetherSearching();
        return; // another filter was applied meanwhile
    }
    if (m_requested->text.trimmed().toCaseFolded() != m_searchingFor ||
        m_searchStartedAt != m_rowsChanged || !m_model ||
        matches.size() != size_t(m_model->rowCount())) {
        startSearch(); // typed on, or the rows changed: search again
        return;
    }
    m_filter = *m_requested;
    m_requested.reset();
    m_foldedText = m_searchingFor;
    m_model->setSearchShown(!m_foldedText.isEmpty());
    m_textMatches = std::move(matches);
    if (m_searchEditedFirst >= 0)
        updateTextMatches(m_searchEditedFirst, m_searchEditedLast);
    invalidateRowsFilter();
    sayWhetherSearching();
    emit filterChanged(m_filter);
}

void ParkFilterProxy::setText(const QString &text)
{
    ParkFilter f = requestedFilter();
    f.text = text;
    setFilter(f);
}

void ParkFilterProxy::setProvinces(const QSet<QString> &provinces)
{
    ParkFilter f = requestedFilter();
    f.provinces = provinces;
    setFilter(f);
}

void ParkFilterProxy::setCities(const QSet<QString> &cities)
{
    ParkFilter f = requestedFilter();
    f.cities = cities;
    setFilter(f);
}

void ParkFilterProxy::setCollationLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    dropSortColumn();
    if (sortColumn() >= 0)
        invalidate();
}

bool ParkFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    ensureStructured();
    if (!m_structured.at(sourceRow))
        return false;
    if (!m_foldedText.isEmpty() && size_t(sourceRow) < m_textMatches.size())
        return m_textMatches[size_t(sourceRow)];
    return m_foldedText.isEmpty() || m_model->searchText(sourceRow).contains(m_foldedText);
}

std::vector<char> ParkFilterProxy::acceptedSourceRows() const
{
    if (!m_model)
        return FlatSortFilterProxy::acceptedSourceRows();
    ensureStructured();
    std::vector<char> accepted(size_t(m_structured.size()), 0);
    const bool matched =
        !m_foldedText.isEmpty() && m_textMatches.size() == size_t(m_structured.size());
    inTwoHalves(qsizetype(accepted.size()), TextMatchRows, [&](qsizetype begin, qsizetype end) {
        for (qsizetype row = begin; row < end; ++row) {
            if (!m_structured.at(row))
                continue;
            if (m_foldedText.isEmpty())
                accepted[size_t(row)] = 1;
            else if (matched)
                accepted[size_t(row)] = m_textMatches[size_t(row)];
            else
                accepted[size_t(row)] = m_model->searchText(int(row)).contains(m_foldedText);
        }
    });
    return accepted;
}

void ParkFilterProxy::sortedSourceRows(int column, Qt::SortOrder order,
                                       std::vector<int> &rows) const
{
    if (!m_model || sortRole() != ParkTableModel::SortRole)
        FlatSortFilterProxy::sortedSourceRows(column, order, rows);
    else
        rankedColumn(column).sortedRows(order, rows);
}

void ParkFilterProxy::ensureStructured() const
{
    const int rows = m_model->rowCount();
    if (m_structuredValid && m_structured.size() == rows)
        return;
    // Made anew, so that the halves below write to a list no search shares.
    m_structured = QList<char>(rows, 0);
    m_structuredValid = true;
    inTwoHalves(rows, TextMatchRows, [this](qsizetype begin, qsizetype end) {
        updateStructured(int(begin), int(end) - 1);
    });
}

void ParkFilterProxy::matchText()
{
    m_textMatches.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    if (m_foldedText.isEmpty() || rows < TextMatchRows)
        return;
    // Only the rows the rest of the filter lets through are searched; the
    // matches are made again when the rest of the filter changes.
    ensureStructured();
    m_textMatches = matchRows(m_structured, m_model->searchTexts(), m_foldedText, TextMatchRows);
}

void ParkFilterProxy::updateTextMatches(int first, int last)
{
    last = std::min(last, int(m_textMatches.size()) - 1);
    for (int row = std::max(first, 0); row <= last; ++row)
        m_textMatches[size_t(row)] = m_model->searchText(row).contains(m_foldedText);
}

void ParkFilterProxy::updateStructured(int first, int last) const
{
    if (!m_structuredValid || !m_model)
        return;
    last = std::min(last, int(m_structured.size()) - 1);
    if (last < first)
        return;
    // Copied first if a search under way shares the flags.
    char *const flags = m_structured.data();
    for (int row = std::max(first, 0); row <= last; ++row)
        flags[row] = m_filter.acceptsStructured(m_model->record(row));
}

bool ParkFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() != right.column() || left.model() != m_model)
        return FlatSortFilterProxy::lessThan(left, right);
    const SortColumn &sorted = rankedColumn(left.column());
    const int l = left.row();
    const int r = right.row();
    if (l >= sorted.rowCount() || r >= sorted.rowCount())
        return FlatSortFilterProxy::lessThan(left, right);
    const bool lUnknown = sorted.isUnknown(l);
    const bool rUnknown = sorted.isUnknown(r);
    if (lUnknown || rUnknown) {
        // Unknown values go last whichever way the column is sorted.
        if (lUnknown == rUnknown)
            return false; // equal: the stable sort keeps the source order

        return sortOrder() == Qt::AscendingOrder ? rUnknown : lUnknown;
    }
    return sorted.less(l, r);
}

const SortColumn &ParkFilterProxy::rankedColumn(int column) const
{
    // Asked once per comparison, a million times and more for one sort: the
    // column sorted by is the first kept, and is found without a search.
    const int rows = m_model ? int(m_model->sharedRecords().size()) : 0;
    if (!m_sortColumns.empty() && m_sortColumns.front()->column() == column &&
        m_sortColumns.front()->rowCount() == rows)
        return *m_sortColumns.front();
    auto found = std::find_if(
        m_sortColumns.begin(), m_sortColumns.end(),
        [column](const std::shared_ptr<SortColumn> &ranked) { return ranked->column() == column; });
    if (found != m_sortColumns.end() && (*found)->rowCount() != rows) {
        m_sortColumns.erase(found);
        found = m_sortColumns.end();
    }
    if (found == m_sortColumns.end()) {
        // The columns sorted last are kept: going back to one is quick.
        if (m_sortColumns.size() >= KeptSortColumns) {
            m_sortColumns.pop_back();
        }
        m_sortColumns.insert(
            m_sortColumns.begin(),
            sortRole() == ParkTableModel::SortRole
                ? std::make_shared<SortColumn>(
                      *m_model, column, sortRole(), m_collator,
                      sortValues(m_model->sharedRecords(), column, m_model->isEnglish()))
                : std::make_shared<SortColumn>(*m_model, column, sortRole(), m_collator));
        return *m_sortColumns.front();
    }
    std::rotate(m_sortColumns.begin(), found, found + 1);
    return *m_sortColumns.front();
}

void ParkFilterProxy::updateSortColumn(int first, int last) const
{
    for (const std::shared_ptr<SortColumn> &ranked : m_sortColumns)
        ranked->update(first, last);
    if (m_isPreparing) {
        m_editedFirst = m_editedFirst < 0 ? first : std::min(m_editedFirst, first);
        m_editedLast = std::max(m_editedLast, last);
    }
}

void ParkFilterProxy::dropSortColumn() const
{
    m_sortColumns.clear();
    ++m_sortColumnsDropped;
    if (m_preparedColumn >= 0)
        m_prepareTimer->start();
}

void ParkFilterProxy::setPreparedSortColumn(int column, int minimumRows)
{
    m_preparedColumn = column;
    m_preparedMinimumRows = minimumRows;
    if (column >= 0)
        m_prepareTimer->start();
}

bool ParkFilterProxy::isPreparingSortColumn() const
{
    return m_isPreparing || m_prepareTimer->isActive();
}

QList<int> ParkFilterProxy::rankedColumns() const
{
    QList<int> columns;
    for (const std::shared_ptr<SortColumn> &ranked : m_sortColumns)
        columns.append(ranked->column());
    return columns;
}

void ParkFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_pendingSort.reset();
    if (column >= 0 && m_model && m_preparedColumn >= 0 && column < m_model->columnCount() &&
        sortRole() == ParkTableModel::SortRole &&
        m_model->rowCount() >= std::max(1, m_preparedMinimumRows) &&
        !rankedColumns().contains(column)) {
        m_pendingSort = std::pair(column, order);
        rankNext();
        return;
    }
    FlatSortFilterProxy::sort(column, order);
}

void ParkFilterProxy::rankNext()
{
    if (m_pendingSort) {
        if (!rankedColumns().contains(m_pendingSort->first)) {
            startRanking(m_pendingSort->first);
            return;
        }
        const auto [column, order] = *m_pendingSort;
        m_pendingSort.reset();
        FlatSortFilterProxy::sort(column, order);
    }
    startRanking(m_preparedColumn);
}

void ParkFilterProxy::startRanking(int column)
{
    if (!m_model || column < 0 || column >= m_model->columnCount() ||
        sortRole() != ParkTableModel::SortRole ||
        m_model->rowCount() < std::max(1, m_preparedMinimumRows) ||
        rankedColumns().contains(column))
        return;
    if (m_isPreparing && m_preparingFor == m_sortColumnsDropped)
        return; // one under way for these records; rankNext() follows it
    m_isPreparing = true;
    m_preparingFor = m_sortColumnsDropped;
    m_editedFirst = m_editedLast = -1;

    // The worker reads its own copy of the list (pointers to records that
    // no change alters), never the model itself.
    const SharedRecords records = m_model->sharedRecords();
    const bool english = m_model->isEnglish();
    const QCollator collator = m_collator;
    const int role = sortRole();
    const QAbstractItemModel *model = m_model;
    auto promise = std::make_shared<QPromise<std::shared_ptr<SortColumn>>>();
    m_preparing->setFuture(promise->future());
    BackgroundPriority::start(
        QThreadPool::globalInstance(), [promise, records, english, collator, role, model, column] {
            promise->start();
            promise->addResult(std::make_shared<SortColumn>(*model, column, role, collator,
                                                            sortValues(records, column, english)));
            promise->finish();
        });
}

void ParkFilterProxy::keepPreparedSortColumn()
{
    m_isPreparing = false;
    QFuture<std::shared_ptr<SortColumn>> future = m_preparing->future();
    // Taken out of the future, which would otherwise keep it alive.
    std::shared_ptr<SortColumn> prepared = future.isValid() && future.resultCount() > 0
                                               ? future.takeResult()
                                               : std::shared_ptr<SortColumn>();
    if (!prepared || m_preparingFor != m_sortColumnsDropped || !m_model ||
        prepared->rowCount() != m_model->rowCount()) {
        rankNext(); // the records changed meanwhile
        return;
    }
    if (rankedColumns().contains(prepared->column())) {
        rankNext(); // sorted by it meanwhile
        return;
    }
    if (m_editedFirst >= 0)
        prepared->update(m_editedFirst, m_editedLast);
    if (m_sortColumns.size() >= KeptSortColumns) {
        m_sortColumns.pop_back();
    }
    // Behind the columns sorted by: it has not been sorted by yet.
    m_sortColumns.push_back(std::move(prepared));
    emit sortColumnPrepared(m_sortColumns.back()->column());
    rankNext();
}

ParkSnapshot ParkFilterProxy::visibleRecords() const
{
    if (!m_model)
        return ParkSnapshot();
    if (m_visible)
        return *m_visible;
    m_visible = ParkSnapshot(m_model->sharedRecords(), shownSourceRows());
    return *m_visible;
}

ParkSnapshot ParkFilterProxy::shownRecordsInSourceOrder() const
{
    if (!m_model)
        return ParkSnapshot();
    // Every park shown (no filter, most often): the snapshot of all of them,
    // which the province tree keeps too, rather than a second list of a
    // million rows and pointers made anew for each view that asks.
    if (rowCount() == m_model->rowCount())
        return allRecords();
    if (!m_shownInSourceOrder)
        m_shownInSourceOrder =
            ParkSnapshot(m_model->sharedRecords(), rowsWhere(acceptedSourceRowFlags()));
    return *m_shownInSourceOrder;
}

ParkSnapshot ParkFilterProxy::allRecords() const
{
    if (!m_model)
        return ParkSnapshot();
    if (!m_all)
        m_all = ParkSnapshot(m_model->sharedRecords());
    return *m_all;
}

ParkSnapshot ParkFilterProxy::recordsAcceptedBy(const ParkFilter &filter) const
{
    if (!m_model)
        return ParkSnapshot();
    if (filter == m_filter)
        return shownRecordsInSourceOrder();
    const QString text = filter.text.trimmed().toCaseFolded();
    std::vector<char> accepted(size_t(m_model->rowCount()), 0);
    inTwoHalves(qsizetype(accepted.size()), TextMatchRows, [&](qsizetype begin, qsizetype end) {
        for (qsizetype row = begin; row < end; ++row) {
            accepted[size_t(row)] =
                filter.acceptsStructured(m_model->record(int(row))) &&
                (text.isEmpty() || m_model->searchText(int(row)).contains(text));
        }
    });
    return ParkSnapshot(m_model->sharedRecords(), rowsWhere(accepted));
}

int ParkFilterProxy::sourceRecordCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

int ParkFilterProxy::sourceRow(int proxyRow) const
{
    return proxyRow >= 0 && proxyRow < rowCount() ? sourceRowAt(proxyRow) : -1;
}
