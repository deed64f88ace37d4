#pragma once

#include "aggregations.h"
#include "parkrecord.h"
#include "sharedrecords.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

// A read-only copy of some records, taken at one moment. Views keep and
// compute from snapshots, never from pointers into ParkTableModel's list,
// which any change may reallocate. A snapshot shares the records it is
// taken from (SharedRecords: a change to the table replaces the records it
// changes, and the snapshot keeps the ones it had) and points at the ones it
// shows: copying the records themselves, field by field, took 90 ms at
// 100,000 parks, each time a view asked. Copying a snapshot copies a
// reference.
class ParkSnapshot
{
public:
    ParkSnapshot();
    // All of RECORDS, in their order.
    explicit ParkSnapshot(QList<ParkRecord> records);
    explicit ParkSnapshot(SharedRecords records);
    // The records of RECORDS at ROWS, in that order.
    ParkSnapshot(SharedRecords records, const std::vector<int> &rows);

    qsizetype size() const { return d->pointers.size(); }
    bool isEmpty() const { return d->pointers.isEmpty(); }
    const ParkRecord &at(qsizetype i) const { return *d->pointers.at(i); }
    // The record ids, in order: stable handles to look a record up again
    // (ParkTableModel::rowOfId) after the model has changed.
    QStringList ids() const;

    // Pointers into this snapshot, for Aggregations and the chart factory.
    // They stay valid while this snapshot, or a copy of it, lives: the
    // records are never changed after construction.
    const Aggregations::Records &pointers() const { return d->pointers; }

    // Aggregations::byProvinceAndCity() of these records, counted on first
    // ask (from any thread) and kept with the snapshot and its copies: the
    // province tree, the filter bar, the charts and the map count the same
    // records by province, and counting a million parks takes 20 ms each.
    const QMap<QString, Aggregations::ProvinceCount> &byProvinceAndCity() const;

private:
    struct Data
    {
        SharedRecords shared; // holds the records the pointers point at
        Aggregations::Records pointers;
        mutable std::once_flag counted;
        mutable QMap<QString, Aggregations::ProvinceCount> byProvinceAndCity;
    };
    std::shared_ptr<const Data> d;
};
