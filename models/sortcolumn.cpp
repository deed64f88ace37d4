#include "sortcolumn.h"

#include "collationkeys.h"
#include "twohalves.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <thread>

namespace {

uint64_t prefixOf(const QByteArray &key)
{
    uint64_t prefix = 0;
    const int n = int(std::min<qsizetype>(8, key.size()));
    for (int i = 0; i < n; ++i)
        prefix |= uint64_t(uchar(key.at(i))) << (56 - 8 * i);
    return prefix;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// A double's bits as an unsigned integer in the double's order: the sign
// bit set for positive numbers, every bit flipped for negative ones.
uint64_t orderedBits(double d)
{
    if (d == 0)
        d = 0; // -0 and 0 are equal
    uint64_t bits = 0;
    std::memcpy(&bits, &d, sizeof bits);
    return (bits & (uint64_t(1) << 63)) ? ~bits : bits | (uint64_t(1) << 63);
}

// Below this many rows a second thread costs more than it saves.
constexpr int ParallelRows = 20000;

} // namespace

SortColumn::SortColumn(const QAbstractItemModel &model, int column, int role,
                       const QCollator &collator)
    : m_model(model)
    , m_column(column)
    , m_role(role)
    , m_collator(collator)
{
    const int rows = model.rowCount();
    allocate(rows);
    readValues(0, rows - 1);
    makeKeys(0, rows - 1, rows >= ParallelRows);
    rank();
}

SortColumn::SortColumn(const QAbstractItemModel &model, int column, int role,
                       const QCollator &collator, std::vector<QVariant> values)
    : m_model(model)
    , m_column(column)
    , m_role(role)
    , m_collator(collator)
{
    const int rows = int(values.size());
    allocate(rows);
    m_values = std::move(values);
    for (int row = 0; row < rows; ++row)
        m_rank[size_t(row)] = m_values[size_t(row)].isValid() ? Changed : Unknown;
    makeKeys(0, rows - 1, rows >= ParallelRows);
    rank();
}

void SortColumn::allocate(int rows)
{
    m_values.resize(size_t(rows));
    m_keys.resize(size_t(rows));
    m_prefix.resize(size_t(rows));
    m_rank.resize(size_t(rows));
}

void SortColumn::update(int first, int last)
{
    first = std::max(0, first);
    last = std::min(last, rowCount() - 1);
    if (first > last)
        return;
    readValues(first, last);
    makeKeys(first, last, false);
    for (int row = first; row <= last; ++row) {
        if (m_rank[size_t(row)] != Unknown) {
            m_rank[size_t(row)] = Changed;
            ++m_changed;
        }
    }
    if (m_changed > rowCount() / 16)
        rank();
}

void SortColumn::readValues(int first, int last)
{
    m_readSinceRanked = true;
    for (int row = first; row <= last; ++row) {
        QVariant value = m_model.index(row, m_column).data(m_role);
        m_rank[size_t(row)] = value.isValid() ? Changed : Unknown;
        m_values[size_t(row)] = std::move(value);
    }
}

void SortColumn::makeKeys(int first, int last, bool inParallel)
{
    // Only the collation keys, most of the work, are shared with a second
    // thread.
    std::vector<int> texts;
    for (int row = first; row <= last; ++row) {
        const QVariant &value = m_values[size_t(row)];
        m_keys[size_t(row)].clear();
        m_prefix[size_t(row)] = isNumber(value) ? orderedBits(value.toDouble()) : 0;
        if (value.typeId() == QMetaType::QString)
            texts.push_back(row);
    }
    const auto makeKeys = [this, &texts](const CollationKeys &keys, size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            const size_t row = size_t(texts[i]);
            m_keys[row] = keys.sortKey(m_values[row].toString());
            m_prefix[row] = prefixOf(m_keys[row]);
        }
    };
    const CollationKeys keys(m_collator);
    // Both halves must come from the same kind of collator: a copy that
    // ICU could not clone would make keys of another order.
    const CollationKeys otherKeys(keys);
    if (inParallel && texts.size() > 1 && otherKeys.isValid() == keys.isValid()) {
        const size_t half = texts.size() / 2;
        std::thread other(makeKeys, std::cref(otherKeys), half, texts.size());
        makeKeys(keys, 0, half);
        other.join();
    } else {
        makeKeys(keys, 0, texts.size());
    }
}

void SortColumn::rank()
{
    // Sorted by kind and prefix in one contiguous array, each entry with
    // its key's bytes at hand: where two prefixes tie, as the first
    // characters of names often do, the keys are compared without reading
    // the values again.
    struct Entry
    {
        uint64_t prefix;
        const char *key;
        int keySize;
        int row;
        Kind kind;
    };
    const auto compareEntries = [this](const Entry &l, const Entry &r) {
        if (l.kind != r.kind)
            return l.kind < r.kind ? -1 : 1;
        if (l.prefix != r.prefix)
            return l.prefix < r.prefix ? -1 : 1;
        if (l.kind == Kind::Number)
            return 0; // the same bits: the same number
        if (l.kind == Kind::Other)
            return compare(l.row, r.row);
        const int bytes = std::memcmp(l.key, r.key, size_t(std::min(l.keySize, r.keySize)));
        if (bytes != 0)
            return bytes;
        return l.keySize == r.keySize ? 0 : (l.keySize < r.keySize ? -1 : 1);
    };
    const auto before = [&compareEntries](const Entry &l, const Entry &r) {
        const int values = compareEntries(l, r);
        return values != 0 ? values < 0 : l.row < r.row;
    };
    std::vector<Entry> order;
    order.reserve(m_values.size());
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rank[size_t(row)] != Unknown) {
            const QByteArray &key = m_keys[size_t(row)];
            order.push_back(
                {m_prefix[size_t(row)], key.constData(), int(key.size()), row, kindOf(row)});
        }
    }
    // A large column is sorted in two halves at once, then merged at the
    // middle inTwoHalves() splits at: the order is total (ties go by row),
    // so the merge gives the same order.
    const auto count = qsizetype(order.size());
    inTwoHalves(count, ParallelRows, [&order, &before](qsizetype from, qsizetype to) {
        std::sort(order.begin() + from, order.begin() + to, before);
    });
    if (count >= ParallelRows)
        std::inplace_merge(order.begin(), order.begin() + count / 2, order.end(), before);
    m_byRank.resize(order.size());
    m_rankOf.resize(order.size());
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && compareEntries(order[i - 1], order[i]) != 0)
            ++rank;
        m_rank[size_t(order[i].row)] = rank;
        m_byRank[i] = order[i].row;
        m_rankOf[i] = rank;
    }
    m_changed = 0;
    m_readSinceRanked = false;
}

SortColumn::Kind SortColumn::kindOf(int row) const
{
    const QVariant &value = m_values[size_t(row)];
    if (value.typeId() == QMetaType::QString)
        return Kind::Text;
    return isNumber(value) ? Kind::Number : Kind::Other;
}

int SortColumn::compare(int l, int r) const
{
    const Kind lKind = kindOf(l);
    const Kind rKind = kindOf(r);
    if (lKind != rKind)
        return lKind < rKind ? -1 : 1;
    if (lKind == Kind::Other) {
        const QPartialOrdering order = QVariant::compare(m_values[size_t(l)], m_values[size_t(r)]);
        if (order == QPartialOrdering::Less)
            return -1;
        if (order == QPartialOrdering::Greater)
            return 1;
        return 0;
    }
    const uint64_t lPrefix = m_prefix[size_t(l)];
    const uint64_t rPrefix = m_prefix[size_t(r)];
    if (lPrefix != rPrefix)
        return lPrefix < rPrefix ? -1 : 1;
    if (lKind == Kind::Number)
        return 0; // the same bits: the same number
    const QByteArray &lKey = m_keys[size_t(l)];
    const QByteArray &rKey = m_keys[size_t(r)];
    const int common = int(std::min(lKey.size(), rKey.size()));
    const int bytes = std::memcmp(lKey.constData(), rKey.constData(), size_t(common));
    if (bytes != 0)
        return bytes;
    return lKey.size() == rKey.size() ? 0 : (lKey.size() < rKey.size() ? -1 : 1);
}

std::vector<int> SortColumn::sortedRows(Qt::SortOrder order) const
{
    std::vector<int> rows;
    sortedRows(order, rows);
    return rows;
}

void SortColumn::sortedRows(Qt::SortOrder order, std::vector<int> &rows) const
{
    const bool ascending = order == Qt::AscendingOrder;
    rows.clear();
    rows.reserve(m_rank.size());
    std::vector<int> changed;
    std::vector<int> unknown;
    for (int row = 0; row < rowCount(); ++row) {
        const int64_t rank = m_rank[size_t(row)];
        if (rank == Changed)
            changed.push_back(row);
        else if (rank == Unknown)
            unknown.push_back(row);
    }
    // The ranked rows: those read again since are no longer where their
    // old rank put them (they are changed or unknown now).
    const auto add = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            const int row = m_byRank[i];
            if (!m_readSinceRanked || m_rank[size_t(row)] >= 0)
                rows.push_back(row);
        }
    };
    if (ascending) {
        add(0, m_byRank.size());
    } else {
        // The ranks from the highest, each rank's rows in row order.
        for (size_t end = m_byRank.size(); end > 0;) {
            size_t begin = end - 1;
            while (begin > 0 && m_rankOf[begin - 1] == m_rankOf[end - 1])
                --begin;
            add(begin, end);
            end = begin;
        }
    }
    if (!changed.empty()) {
        const auto before = [this, ascending](int l, int r) {
            if (ascending ? less(l, r) : less(r, l))
                return true;
            if (ascending ? less(r, l) : less(l, r))
                return false;
            return l < r;
        };
        std::sort(changed.begin(), changed.end(), before);
        const auto ranked = qsizetype(rows.size());
        rows.insert(rows.end(), changed.begin(), changed.end());
        std::inplace_merge(rows.begin(), rows.begin() + ranked, rows.end(), before);
    }
    rows.insert(rows.end(), unknown.begin(), unknown.end());
}
