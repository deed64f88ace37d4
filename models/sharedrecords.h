#pragma once

#include "parkrecord.h"

#include <QList>

#include <iterator>
#include <memory>

// The records of a table, each held by a shared pointer. Copying the list
// (a snapshot for the views, a worker's copy) copies pointers, never
// records, and changing a record replaces that record alone: every copy of
// the list keeps the record it had. When the table held the records
// themselves, the first change after any snapshot copied every one of them,
// field by field (about 40 ms at 100,000 parks, for each edit and undo).
class SharedRecords
{
    using Pointer = std::shared_ptr<ParkRecord>;

public:
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = ParkRecord;
        using difference_type = qsizetype;
        using pointer = const ParkRecord *;
        using reference = const ParkRecord &;

        explicit const_iterator(QList<Pointer>::const_iterator it)
            : m_it(it)
        {}
        reference operator*() const { return **m_it; }
        pointer operator->() const { return m_it->get(); }
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_it == other.m_it; }
        bool operator!=(const const_iterator &other) const { return m_it != other.m_it; }

    private:
        QList<Pointer>::const_iterator m_it;
    };

    SharedRecords() = default;
    explicit SharedRecords(QList<ParkRecord> records);

    qsizetype size() const { return m_records.size(); }
    bool isEmpty() const { return m_records.isEmpty(); }
    const ParkRecord &at(qsizetype i) const { return *m_records.at(i); }
    const_iterator begin() const { return const_iterator(m_records.cbegin()); }
    const_iterator end() const { return const_iterator(m_records.cend()); }

    // RECORD may be one of this list's: it is copied before anything moves
    // (but after replace(), a reference to the record replaced dangles).
    void replace(qsizetype i, const ParkRecord &record);
    void insert(qsizetype i, const ParkRecord &record);
    void removeAt(qsizetype i) { m_records.removeAt(i); }
    // Record I, to be changed in place; copied first when another list
    // shares it, so that no copy of the list sees the change.
    ParkRecord &modify(qsizetype i);

    // The records themselves, copied (for a file to be written, a document
    // to be kept whole).
    QList<ParkRecord> toList() const;

private:
    QList<Pointer> m_records;
};
