#include "sharedrecords.h"

SharedRecords::SharedRecords(QList<ParkRecord> records)
{
    // The records stay where the list has them, in one block that every
    // pointer shares (std::shared_ptr's aliasing constructor). Moving each
    // into an allocation of its own took 40 ms at 100,000 parks and held the
    // list and the moved records at once: 50 MB more at the peak of a load.
    // A record changed later gets an allocation of its own (modify() sees
    // the block shared, replace() makes a new one); the block goes with the
    // last of its records.
    m_size = records.size();
    const auto block = std::make_shared<QList<ParkRecord>>(std::move(records));
    ParkRecord *const data = block->data(); // not shared: no copy
    m_chunks.reserve((m_size + ChunkSize - 1) / ChunkSize);
    for (qsizetype i = 0; i < m_size; ++i) {
        if ((i & (ChunkSize - 1)) == 0) {
            m_chunks.append(Chunk());
            m_chunks.last().reserve(std::min(ChunkSize, m_size - i));
        }
        m_chunks.last().append(Pointer(block, data + i));
    }
}

void SharedRecords::replace(qsizetype i, const ParkRecord &record)
{
    Pointer copy = std::make_shared<ParkRecord>(record);
    pointer(i) = std::move(copy);
}

void SharedRecords::insert(qsizetype i, const ParkRecord &record)
{
    Pointer moving = std::make_shared<ParkRecord>(record);
    // Each chunk from I's on passes its last pointer to the next; moving
    // pointers changes no count, and a chunk no other list shares moves
    // its ends in place.
    qsizetype c = i >> ChunkBits;
    qsizetype at = i & (ChunkSize - 1);
    while (true) {
        if (c == m_chunks.size())
            m_chunks.append(Chunk());
        Chunk &chunk = m_chunks[c];
        chunk.insert(at, std::move(moving));
        if (chunk.size() <= ChunkSize)
            break;
        moving = std::move(chunk.last());
        chunk.removeLast();
        ++c;
        at = 0;
    }
    ++m_size;
}

void SharedRecords::removeAt(qsizetype i)
{
    qsizetype c = i >> ChunkBits;
    m_chunks[c].removeAt(i & (ChunkSize - 1));
    // Each later chunk passes its first pointer to the one before.
    for (++c; c < m_chunks.size(); ++c) {
        Chunk &chunk = m_chunks[c];
        m_chunks[c - 1].append(std::move(chunk.first()));
        chunk.removeFirst();
    }
    if (!m_chunks.isEmpty() && m_chunks.last().isEmpty())
        m_chunks.removeLast();
    --m_size;
}

ParkRecord &SharedRecords::modify(qsizetype i)
{
    // The chunk is detached first; a record still shared after that is
    // held by another list too.
    Pointer &record = pointer(i);
    if (record.use_count() > 1)
        record = std::make_shared<ParkRecord>(*record);
    return *record;
}

QList<ParkRecord> SharedRecords::toList() const
{
    QList<ParkRecord> records;
    records.reserve(m_size);
    for (const ParkRecord &record : *this)
        records.append(record);
    return records;
}
