#include "parksnapshot.h"

#include "twohalves.h"

ParkSnapshot::ParkSnapshot()
    : ParkSnapshot(SharedRecords())
{}

ParkSnapshot::ParkSnapshot(QList<ParkRecord> records)
    : ParkSnapshot(SharedRecords(std::move(records)))
{}

ParkSnapshot::ParkSnapshot(SharedRecords records)
{
    auto data = std::make_shared<Data>();
    data->shared = std::move(records);
    data->pointers.reserve(data->shared.size());
    for (const ParkRecord &r : data->shared)
        data->pointers.append(&r);
    d = std::move(data);
}

ParkSnapshot::ParkSnapshot(SharedRecords records, const std::vector<int> &rows)
{
    auto data = std::make_shared<Data>();
    data->shared = std::move(records);
    // Filled in two halves: a million pointers looked up through the
    // shared chunks took 20 ms.
    data->pointers.resize(qsizetype(rows.size()));
    const ParkRecord **pointers = data->pointers.data();
    const SharedRecords &shared = data->shared;
    inTwoHalves(qsizetype(rows.size()), Aggregations::ParallelRecords,
                [&](qsizetype begin, qsizetype end) {
                    for (qsizetype i = begin; i < end; ++i) {
                        const int row = rows[size_t(i)];
                        Q_ASSERT(row >= 0 && row < shared.size());
                        pointers[i] = &shared.at(row);
                    }
                });
    d = std::move(data);
}

QStringList ParkSnapshot::ids() const
{
    QStringList list;
    list.reserve(d->pointers.size());
    for (const ParkRecord *r : d->pointers)
        list.append(r->id);
    return list;
}

const QMap<QString, Aggregations::ProvinceCount> &ParkSnapshot::byProvinceAndCity() const
{
    std::call_once(d->counted,
                   [this] { d->byProvinceAndCity = Aggregations::byProvinceAndCity(d->pointers); });
    return d->byProvinceAndCity;
}
