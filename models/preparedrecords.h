#pragma once

#include "searchindex.h"
#include "sharedrecords.h"

#include <QHash>
#include <QList>
#include <QString>

// A store's records made ready for ParkTableModel on the thread that loaded
// them: held by shared pointers (SharedRecords), with the number of records
// with each id, and the search text of each unless the model is to make it
// after (SearchIndex). The window's thread then only takes them over: making
// these there stood it still for 70 ms at 100,000 parks, at the end of
// every load.
struct PreparedRecords
{
    SharedRecords records;
    // One per record (ParkFilter::searchText), or none yet: the model then
    // makes them as it takes the records (SearchIndex::of).
    SearchIndex searchText;
    QHash<QString, int> idCount;

    // RECORDS, validated together (ParkValidator::validateAll), with their
    // SEARCHTEXT (left to the model unless it has one text per record) and
    // their IDCOUNT (counted anew when empty for records).
    static PreparedRecords make(SharedRecords records, QList<QString> searchText = {},
                                QHash<QString, int> idCount = {});
    // How many of RECORDS have each id.
    static QHash<QString, int> countIds(const SharedRecords &records);
};
