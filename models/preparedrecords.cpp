#include "preparedrecords.h"

PreparedRecords PreparedRecords::make(SharedRecords records, QList<QString> searchText,
                                      QHash<QString, int> idCount)
{
    PreparedRecords prepared;
    prepared.records = std::move(records);
    if (searchText.size() == prepared.records.size())
        prepared.searchText = SearchIndex(std::move(searchText));
    prepared.idCount = idCount.isEmpty() && !prepared.records.isEmpty() ? countIds(prepared.records)
                                                                        : std::move(idCount);
    return prepared;
}

QHash<QString, int> PreparedRecords::countIds(const SharedRecords &records)
{
    QHash<QString, int> count;
    count.reserve(records.size()); // growing it step by step costs twice as much
    for (const ParkRecord &r : records)
        count[r.id]++;
    return count;
}
