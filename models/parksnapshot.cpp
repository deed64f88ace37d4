#include "parksnapshot.h"

ParkSnapshot::ParkSnapshot()
    : ParkSnapshot(QList<ParkRecord>())
{}

ParkSnapshot::ParkSnapshot(QList<ParkRecord> records)
{
    auto data = std::make_shared<Data>();
    data->records = std::move(records);
    data->pointers.reserve(data->records.size());
    for (const ParkRecord &r : std::as_const(data->records))
        data->pointers.append(&r);
    d = std::move(data);
}

QStringList ParkSnapshot::ids() const
{
    QStringList list;
    list.reserve(d->records.size());
    for (const ParkRecord &r : d->records)
        list.append(r.id);
    return list;
}
