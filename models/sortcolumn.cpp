#include "sortcolumn.h"

#include "collationkeys.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <cstring>
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
    m_values.resize(size_t(rows));
    m_keys.resize(size_t(rows));
    m_prefix.resize(size_t(rows));
    m_rank.resize(size_t(rows));
    read(0, rows - 1, rows >= ParallelRows);
    rank();
}

void SortColumn::update(int first, int last)
{
    first = std::max(0, first);
    last = std::min(last, rowCount() - 1);
    if (first > last)
        return;
    read(first, last, false);
    for (int row = first; row <= last; ++row) {
        if (m_rank[size_t(row)] != Unknown) {
            m_rank[size_t(row)] = Changed;
            ++m_changed;
        }
    }
    if (m_changed > rowCount() / 16)
        rank();
}

void SortColumn::read(int first, int last, bool inParallel)
{
    // The model is read here, on the calling thread; only the collation
    // keys, most of the work, are shared with a second thread.
    std::vector<int> texts;
    for (int row = first; row <= last; ++row) {
        QVariant value = m_model.index(row, m_column).data(m_role);
        m_rank[size_t(row)] = value.isValid() ? Changed : Unknown;
        m_keys[size_t(row)].clear();
        m_prefix[size_t(row)] = 0;
        if (value.typeId() == QMetaType::QString)
            texts.push_back(row);
        m_values[size_t(row)] = std::move(value);
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
    // Sorted by prefix in one contiguous array; the keys themselves are
    // read only where two prefixes tie.
    struct Entry
    {
        uint64_t prefix;
        int row;
    };
    std::vector<Entry> order;
    order.reserve(m_values.size());
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rank[size_t(row)] != Unknown)
            order.push_back({m_prefix[size_t(row)], row});
    }
    std::sort(order.begin(), order.end(), [this](const Entry &l, const Entry &r) {
        if (l.prefix != r.prefix)
            return l.prefix < r.prefix;
        return compare(l.row, r.row) < 0;
    });
    int64_t rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && compare(order[i - 1].row, order[i].row) != 0)
            ++rank;
        m_rank[size_t(order[i].row)] = rank;
    }
    m_changed = 0;
}

int SortColumn::compare(int l, int r) const
{
    const QByteArray &lKey = m_keys[size_t(l)];
    const QByteArray &rKey = m_keys[size_t(r)];
    const bool lText = m_values[size_t(l)].typeId() == QMetaType::QString;
    const bool rText = m_values[size_t(r)].typeId() == QMetaType::QString;
    if (lText && rText) {
        const uint64_t lPrefix = m_prefix[size_t(l)];
        const uint64_t rPrefix = m_prefix[size_t(r)];
        if (lPrefix != rPrefix)
            return lPrefix < rPrefix ? -1 : 1;
        const int common = int(std::min(lKey.size(), rKey.size()));
        const int bytes = std::memcmp(lKey.constData(), rKey.constData(), size_t(common));
        if (bytes != 0)
            return bytes;
        return lKey.size() == rKey.size() ? 0 : (lKey.size() < rKey.size() ? -1 : 1);
    }
    const QPartialOrdering order = QVariant::compare(m_values[size_t(l)], m_values[size_t(r)]);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}
