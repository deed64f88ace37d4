#include "parksnapshot.h"

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
    data->pointers.reserve(qsizetype(rows.size()));
    for (const int row : rows) {
        Q_ASSERT(row >= 0 && row < data->shared.size());
        data->pointers.append(&data->shared.at(row));
    }
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
