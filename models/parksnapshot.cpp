#include "parksnapshot.h"

ParkSnapshot::ParkSnapshot()
    : ParkSnapshot(QList<ParkRecord>())
{}

ParkSnapshot::ParkSnapshot(QList<ParkRecord> records)
{
    auto data = std::make_shared<Data>();
    data->shared = std::move(records);
    data->pointers.reserve(data->shared.size());
    for (const ParkRecord &r : std::as_const(data->shared))
        data->pointers.append(&r);
    d = std::move(data);
}

ParkSnapshot::ParkSnapshot(QList<ParkRecord> records, const std::vector<int> &rows)
{
    auto data = std::make_shared<Data>();
    data->shared = std::move(records);
    data->pointers.reserve(qsizetype(rows.size()));
    const ParkRecord *first = data->shared.constData();
    for (const int row : rows) {
        Q_ASSERT(row >= 0 && row < data->shared.size());
        data->pointers.append(first + row);
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
