#include "sharedrecords.h"

SharedRecords::SharedRecords(QList<ParkRecord> records)
{
    m_records.reserve(records.size());
    for (ParkRecord &record : records)
        m_records.append(std::make_shared<ParkRecord>(std::move(record)));
}

void SharedRecords::replace(qsizetype i, const ParkRecord &record)
{
    Pointer copy = std::make_shared<ParkRecord>(record);
    m_records[i] = std::move(copy);
}

void SharedRecords::insert(qsizetype i, const ParkRecord &record)
{
    Pointer copy = std::make_shared<ParkRecord>(record);
    m_records.insert(i, std::move(copy));
}

ParkRecord &SharedRecords::modify(qsizetype i)
{
    // The list is detached first (operator[]); a record still shared after
    // that is held by another list too.
    Pointer &record = m_records[i];
    if (record.use_count() > 1)
        record = std::make_shared<ParkRecord>(*record);
    return *record;
}

QList<ParkRecord> SharedRecords::toList() const
{
    QList<ParkRecord> records;
    records.reserve(m_records.size());
    for (const Pointer &record : m_records)
        records.append(*record);
    return records;
}
