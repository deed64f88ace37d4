#pragma once

#include "sharedrecords.h"

#include <QHash>
#include <QList>
#include <QString>

// A store's records made ready for ParkTableModel on the thread that loaded
// them: held by shared pointers (SharedRecords), with the search text of
// each and the number of records with each id. The window's thread then
// only takes them over: making these there stood it still for 70 ms at
// 100,000 parks, at the end of every load.
struct PreparedRecords
{
    SharedRecords records;
    QList<QString> searchText; // one per record (ParkFilter::searchText)
    QHash<QString, int> idCount;

    // RECORDS, validated together (ParkValidator::validateAll), with their
    // SEARCHTEXT (made anew when it has not one text per record) and their
    // IDCOUNT (counted anew when empty for records).
    static PreparedRecords make(SharedRecords records, QList<QString> searchText = {},
                                QHash<QString, int> idCount = {});
    // How many of RECORDS have each id.
    static QHash<QString, int> countIds(const SharedRecords &records);
};
