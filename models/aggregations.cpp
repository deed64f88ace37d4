#include "aggregations.h"

#include <QJsonArray>

#include <algorithm>

namespace Aggregations {

void Count::add(const ParkRecord &r)
{
    ++total;
    switch (r.leadership) {
    case Leadership::Government:
        ++government;
        break;
    case Leadership::Enterprise:
        ++enterprise;
        break;
    case Leadership::Unknown:
        ++unknownLeadership;
        break;
    }
}

QMap<QString, Count> byProvince(const Records &records)
{
    QMap<QString, Count> counts;
    for (const ParkRecord *r : records) {
        if (!r->province.isEmpty())
            counts[r->province].add(*r);
    }
    return counts;
}

QMap<QString, Count> byCity(const Records &records)
{
    QMap<QString, Count> counts;
    for (const ParkRecord *r : records) {
        if (!r->city.isEmpty())
            counts[r->city].add(*r);
    }
    return counts;
}

QMap<Leadership, int> byLeadership(const Records &records)
{
    QMap<Leadership, int> counts;
    for (const ParkRecord *r : records)
        ++counts[r->leadership];
    return counts;
}

QMap<CarrierType, int> byCarrierType(const Records &records)
{
    QMap<CarrierType, int> counts;
    for (const ParkRecord *r : records)
        ++counts[r->carrierType];
    return counts;
}

QMap<int, Count> byYear(const Records &records)
{
    QMap<int, Count> counts;
    for (const ParkRecord *r : records) {
        if (r->established.isKnown())
            counts[r->established.year()].add(*r);
    }
    return counts;
}

QMap<int, Count> byMonth(const Records &records)
{
    QMap<int, Count> counts;
    for (const ParkRecord *r : records) {
        if (r->established.month() > 0)
            counts[r->established.month()].add(*r);
    }
    return counts;
}

QMap<int, int> cumulativeByYear(const Records &records)
{
    QMap<int, int> cumulative;
    int running = 0;
    const QMap<int, Count> perYear = byYear(records);
    for (auto it = perYear.constBegin(); it != perYear.constEnd(); ++it) {
        running += it->total;
        cumulative.insert(it.key(), running);
    }
    return cumulative;
}

std::optional<double> metricValue(const ParkRecord &r, Metric metric)
{
    switch (metric) {
    case Metric::AreaKm2:
        return r.areaKm2;
    case Metric::Enterprises:
        return r.enterprises ? std::optional<double>(double(*r.enterprises)) : std::nullopt;
    case Metric::FundCny100m:
        return r.fundCny100m;
    }
    return std::nullopt;
}

MetricStats metricStats(const Records &records, Metric metric)
{
    MetricStats stats;
    for (const ParkRecord *r : records) {
        const std::optional<double> v = metricValue(*r, metric);
        if (!v) {
            ++stats.unknown;
            continue;
        }
        ++stats.known;
        stats.sum += *v;
        if (!stats.maxValue || *v > *stats.maxValue) {
            stats.maxValue = v;
            stats.max = r;
        }
    }
    return stats;
}

Records topBy(const Records &records, Metric metric, int n)
{
    Records known;
    for (const ParkRecord *r : records) {
        if (metricValue(*r, metric))
            known.append(r);
    }
    std::stable_sort(known.begin(), known.end(),
                     [metric](const ParkRecord *a, const ParkRecord *b) {
                         return *metricValue(*a, metric) > *metricValue(*b, metric);
                     });
    if (n >= 0 && known.size() > n)
        known.resize(n);
    return known;
}

QMap<QString, int> unknownByField(const Records &records)
{
    QMap<QString, int> counts;
    for (ParkField f : ParkFields::all())
        counts.insert(ParkFields::key(f), 0);
    for (const ParkRecord *r : records) {
        for (ParkField f : ParkFields::all()) {
            const QJsonValue v = r->value(f);
            if (v.isNull() || (v.isArray() && v.toArray().isEmpty()))
                ++counts[ParkFields::key(f)];
        }
    }
    return counts;
}

QList<QPair<QString, Count>> rankedByCount(const QMap<QString, Count> &counts)
{
    QList<QPair<QString, Count>> list;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        list.append({it.key(), it.value()});
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.second.total > b.second.total; });
    return list;
}

} // namespace Aggregations
