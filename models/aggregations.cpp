#include "aggregations.h"

#include "fieldregistry.h"
#include "textlookup.h"
#include "twohalves.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <vector>

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

namespace {

// Records counted by the text at MEMBER; records where it is empty are not.
QMap<QString, Count> byText(const Records &records, QString ParkRecord::*member)
{
    QMap<QString, Count> halves[2];
    inTwoHalves(records.size(), ParallelRecords, [&](qsizetype begin, qsizetype end) {
        QMap<QString, Count> &counts = halves[begin == 0 ? 0 : 1];
        TextLookup<Count> lookup;
        forEachRecord(
            records,
            [&](const ParkRecord &r) {
                if (!(r.*member).isEmpty())
                    lookup.in(counts, r.*member).add(r);
            },
            begin, end);
    });
    for (auto it = halves[1].cbegin(); it != halves[1].cend(); ++it)
        halves[0][it.key()] += it.value();
    return halves[0];
}

} // namespace

QMap<QString, Count> byProvince(const Records &records)
{
    return byText(records, &ParkRecord::province);
}

QMap<QString, Count> byCity(const Records &records)
{
    return byText(records, &ParkRecord::city);
}

QMap<QString, ProvinceCount> byProvinceAndCity(const Records &records)
{
    QMap<QString, ProvinceCount> halves[2];
    inTwoHalves(records.size(), ParallelRecords, [&](qsizetype begin, qsizetype end) {
        QMap<QString, ProvinceCount> &counts = halves[begin == 0 ? 0 : 1];
        TextLookup<ProvinceCount> provinces;
        TextLookup<Count> cities;
        forEachRecord(
            records,
            [&](const ParkRecord &r) {
                ProvinceCount &province = provinces.in(counts, r.province);
                province.count.add(r);
                if (!r.city.isEmpty())
                    cities.in(province.cities, r.city).add(r);
            },
            begin, end);
    });
    for (auto it = halves[1].cbegin(); it != halves[1].cend(); ++it) {
        ProvinceCount &province = halves[0][it.key()];
        province.count += it->count;
        for (auto city = it->cities.cbegin(); city != it->cities.cend(); ++city)
            province.cities[city.key()] += city.value();
    }
    return halves[0];
}

QMap<QString, Count> byProvinceFrom(const QMap<QString, ProvinceCount> &counted)
{
    QMap<QString, Count> provinces;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (!it.key().isEmpty())
            provinces.insert(it.key(), it->count);
    }
    return provinces;
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

Qualifier qualifier(const ParkRecord &r, Metric metric)
{
    switch (metric) {
    case Metric::AreaKm2:
        if (r.areaKm2 && r.areaScope == QLatin1String("hostZone"))
            return Qualifier::HostZone;
        break;
    case Metric::Enterprises:
        if (r.enterprises && r.enterprisesQualifier == QLatin1String("atLeast"))
            return Qualifier::AtLeast;
        if (r.enterprises && r.enterprisesQualifier == QLatin1String("approx"))
            return Qualifier::Approx;
        break;
    case Metric::FundCny100m:
        if (r.fundCny100m && r.fundKind == QLatin1String("investmentPlan"))
            return Qualifier::InvestmentPlan;
        break;
    }
    return Qualifier::None;
}

QString qualifiedText(const QString &value, Qualifier q)
{
    switch (q) {
    case Qualifier::None:
        break;
    case Qualifier::AtLeast:
        return QStringLiteral("≥") + value;
    case Qualifier::Approx:
        return QStringLiteral("~") + value;
    case Qualifier::HostZone:
        return QCoreApplication::translate("Aggregations", "%1 (host zone)").arg(value);
    case Qualifier::InvestmentPlan:
        return QCoreApplication::translate("Aggregations", "%1 (investment plan)").arg(value);
    }
    return value;
}

QString qualifierKey(Qualifier q)
{
    switch (q) {
    case Qualifier::None:
        break;
    case Qualifier::AtLeast:
        return QStringLiteral("atLeast");
    case Qualifier::Approx:
        return QStringLiteral("approx");
    case Qualifier::HostZone:
        return QStringLiteral("hostZone");
    case Qualifier::InvestmentPlan:
        return QStringLiteral("investmentPlan");
    }
    return QString();
}

MetricStats metricStats(const Records &records, Metric metric, QualifiedValues qualified)
{
    MetricStats stats;
    for (const ParkRecord *r : records) {
        const std::optional<double> v = metricValue(*r, metric);
        if (!v) {
            ++stats.unknown;
            continue;
        }
        const Qualifier q = qualifier(*r, metric);
        if (q != Qualifier::None) {
            if (qualified == QualifiedValues::Exclude) {
                ++stats.leftOut;
                continue;
            }
            ++stats.qualified[q];
        }
        ++stats.known;
        stats.sum += *v;
        if (!stats.maxValue || *v > *stats.maxValue) {
            stats.maxValue = v;
            stats.max = r;
            stats.maxQualifier = q;
        }
    }
    return stats;
}

Records topBy(const Records &records, Metric metric, int n, QualifiedValues qualified)
{
    // The values are read once into a flat list and ties are broken by
    // position, which keeps the records' order as a stable sort would; the
    // charts ask for ten of 100,000, so only those ten are put in order.
    struct Entry
    {
        double value;
        qsizetype index;
    };
    std::vector<Entry> known;
    known.reserve(size_t(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ParkRecord &r = *records.at(i);
        if (const std::optional<double> v = metricValue(r, metric)) {
            if (qualified == QualifiedValues::Exclude && qualifier(r, metric) != Qualifier::None)
                continue;
            known.push_back({*v, i});
        }
    }
    const auto larger = [](const Entry &a, const Entry &b) {
        return a.value > b.value || (a.value == b.value && a.index < b.index);
    };
    const size_t count = n >= 0 ? std::min(known.size(), size_t(n)) : known.size();
    std::partial_sort(known.begin(), known.begin() + qsizetype(count), known.end(), larger);
    Records top;
    top.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        top.append(records.at(known[i].index));
    return top;
}

QMap<QString, int> unknownByField(const Records &records)
{
    // Counted by field index, named at the end: a lookup by name per field
    // and park, and a JSON value made for each, took 1.5 s at 100,000 parks.
    const std::array<qsizetype, ParkFieldCount> byIndex =
        FieldRegistry::countNullOrEmptyLists(records);
    QMap<QString, int> counts;
    for (ParkField f : ParkFields::all())
        counts.insert(ParkFields::key(f), int(byIndex[size_t(f)]));
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
