#include "preparedrecords.h"

#include "parkfilter.h"

PreparedRecords PreparedRecords::make(SharedRecords records, QList<QString> searchText,
                                      QHash<QString, int> idCount)
{
    PreparedRecords prepared;
    prepared.records = std::move(records);
    if (searchText.size() == prepared.records.size()) {
        prepared.searchText = std::move(searchText);
    } else {
        prepared.searchText.reserve(prepared.records.size());
        for (const ParkRecord &r : prepared.records)
            prepared.searchText.append(ParkFilter::searchText(r));
    }
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
