#pragma once

#include "aggregations.h"
#include "parkrecord.h"

#include <QList>
#include <QStringList>

#include <memory>

// A read-only copy of some records, taken at one moment. Views keep and
// compute from snapshots, never from pointers into ParkTableModel's list,
// which any insert may reallocate. Copying records is cheap (their strings
// are shared), and copying a snapshot copies a reference.
class ParkSnapshot
{
public:
    ParkSnapshot();
    explicit ParkSnapshot(QList<ParkRecord> records);

    const QList<ParkRecord> &records() const { return d->records; }
    qsizetype size() const { return d->records.size(); }
    bool isEmpty() const { return d->records.isEmpty(); }
    const ParkRecord &at(qsizetype i) const { return d->records.at(i); }
    // The record ids, in order: stable handles to look a record up again
    // (ParkTableModel::rowOfId) after the model has changed.
    QStringList ids() const;

    // Pointers into this snapshot, for Aggregations and the chart factory.
    // They stay valid while this snapshot, or a copy of it, lives: the
    // records are never changed after construction.
    const Aggregations::Records &pointers() const { return d->pointers; }

private:
    struct Data
    {
        QList<ParkRecord> records;
        Aggregations::Records pointers;
    };
    std::shared_ptr<const Data> d;
};
