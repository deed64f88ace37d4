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
//
// The pointers are kept in chunks of ChunkSize, each shared on its own: a
// change copies the chunk it falls in, not every pointer (copying a million
// of them took 25 ms at each edit while a snapshot or the merge base held
// the list). Inserting or removing a record moves one pointer from each
// later chunk to its neighbour.
class SharedRecords
{
    using Pointer = std::shared_ptr<ParkRecord>;
    using Chunk = QList<Pointer>;
    static constexpr int ChunkBits = 12;

public:
    static constexpr qsizetype ChunkSize = qsizetype(1) << ChunkBits;

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = ParkRecord;
        using difference_type = qsizetype;
        using pointer = const ParkRecord *;
        using reference = const ParkRecord &;

        const_iterator(const SharedRecords *records, qsizetype i)
            : m_records(records)
            , m_i(i)
        {}
        reference operator*() const { return m_records->at(m_i); }
        pointer operator->() const { return &m_records->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_i == other.m_i; }
        bool operator!=(const const_iterator &other) const { return m_i != other.m_i; }

    private:
        const SharedRecords *m_records;
        qsizetype m_i;
    };

    SharedRecords() = default;
    explicit SharedRecords(QList<ParkRecord> records);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const ParkRecord &at(qsizetype i) const
    {
        return *m_chunks.at(i >> ChunkBits).at(i & (ChunkSize - 1));
    }
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_size); }

    // RECORD may be one of this list's: it is copied before anything moves
    // (but after replace(), a reference to the record replaced dangles).
    void replace(qsizetype i, const ParkRecord &record);
    void insert(qsizetype i, const ParkRecord &record);
    void removeAt(qsizetype i);
    // Record I, to be changed in place; copied first when another list
    // shares it, so that no copy of the list sees the change.
    ParkRecord &modify(qsizetype i);

    // The records themselves, copied (for a file to be written, a document
    // to be kept whole).
    QList<ParkRecord> toList() const;

    // Where the pointer to record I is kept: two lists that give the same
    // address share that part of the list (for tests).
    const void *storageOf(qsizetype i) const
    {
        return &m_chunks.at(i >> ChunkBits).at(i & (ChunkSize - 1));
    }

private:
    Pointer &pointer(qsizetype i) { return m_chunks[i >> ChunkBits][i & (ChunkSize - 1)]; }

    // Every chunk full but the last.
    QList<Chunk> m_chunks;
    qsizetype m_size = 0;
};
