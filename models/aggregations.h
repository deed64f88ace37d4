#pragma once

#include "parkrecord.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// Pure functions that turn a set of records into the figures the charts, the
// map, the summary and the command line show. They take the records a view
// currently shows, so every figure follows the active filter.
namespace Aggregations {

using Records = QList<const ParkRecord *>;

// Calls VISIT(record) for each of RECORDS, in order. Records in the table's
// order (sorted by area, say) lie all over memory, and reading each is a
// cache miss: asking for the province and leadership of the record some
// steps ahead lets the misses overlap. Counting a million parks by province
// went from 35 to 17 ms in the file's order, from 49 to 29 ms in a sorted
// table's (parkbench, agg_byProvince).
// BEGIN and END, when given, visit only those records of RECORDS.
template <typename Visit>
void forEachRecord(const Records &records, Visit visit, qsizetype begin = 0, qsizetype end = -1)
{
    constexpr qsizetype Ahead = 32;
    const qsizetype n = end < 0 ? records.size() : end;
    const ParkRecord *const *p = records.constData();
    for (qsizetype i = begin; i < n; ++i) {
#if defined(__GNUC__)
        if (i + Ahead < n) {
            __builtin_prefetch(&p[i + Ahead]->province);
            __builtin_prefetch(&p[i + Ahead]->leadership);
        }
#endif
        visit(*p[i]);
    }
}

// From this many records up, counts are made in two halves on two threads
// and added up: counting a million parks by province took 46 ms on one.
constexpr qsizetype ParallelRecords = 100000;

// Parks counted by leadership.
struct Count
{
    int total = 0;
    int government = 0;
    int enterprise = 0;
    int unknownLeadership = 0;

    void add(const ParkRecord &r);
    Count &operator+=(const Count &o)
    {
        total += o.total;
        government += o.government;
        enterprise += o.enterprise;
        unknownLeadership += o.unknownLeadership;
        return *this;
    }
    bool operator==(const Count &o) const
    {
        return total == o.total && government == o.government && enterprise == o.enterprise &&
               unknownLeadership == o.unknownLeadership;
    }
};

// Keyed by full province name; records without a province are not counted.
QMap<QString, Count> byProvince(const Records &records);
// Keyed by city name; records without a city are not counted.
QMap<QString, Count> byCity(const Records &records);
// A province's parks, and its cities' (as byCity() counts them).
struct ProvinceCount
{
    Count count;
    QMap<QString, Count> cities;
    bool operator==(const ProvinceCount &o) const { return count == o.count && cities == o.cities; }
    bool operator!=(const ProvinceCount &o) const { return !(*this == o); }
};
// byProvince() with each province's byCity(), in one pass. Unlike
// byProvince(), records without a province are counted too, under "".
QMap<QString, ProvinceCount> byProvinceAndCity(const Records &records);
// byProvince() as byProvinceAndCity() gave it (COUNTED), without counting
// the records again.
QMap<QString, Count> byProvinceFrom(const QMap<QString, ProvinceCount> &counted);
QMap<Leadership, int> byLeadership(const Records &records);
QMap<CarrierType, int> byCarrierType(const Records &records);
// Keyed by founding year; records with an unknown date are not counted.
QMap<int, Count> byYear(const Records &records);
// Keyed by founding month (1-12) over all years; only records whose date is
// known to the month are counted.
QMap<int, Count> byMonth(const Records &records);
// Running total of byYear, for the cumulative line.
QMap<int, int> cumulativeByYear(const Records &records);

enum class Metric
{
    AreaKm2,
    Enterprises,
    FundCny100m
};
std::optional<double> metricValue(const ParkRecord &r, Metric metric);

// What a known value of a metric is when it is not simply the park's own
// figure: a lower bound ("more than 100", 10余家: enterprisesQualifier
// atLeast), an approximation (approx), the area of the zone that hosts the
// park (areaScope hostZone) or an enterprise's investment plan the report
// lists as a fund (fundKind investmentPlan).
enum class Qualifier
{
    None,
    AtLeast,
    Approx,
    HostZone,
    InvestmentPlan
};
// The qualifier of R's value of METRIC; None when the value is unknown or plain.
Qualifier qualifier(const ParkRecord &r, Metric metric);
// "atLeast", "approx", "hostZone", "investmentPlan" as in the file; "" for None.
QString qualifierKey(Qualifier q);
// VALUE, a figure already written out (with its unit, if any), with what its
// source says of it: "≥100", "~40", "41.48 km² (host zone)", "2 (investment
// plan)". The one wording of the table's summary, the map and the report.
QString qualifiedText(const QString &value, Qualifier q);

// Whether qualified values go into sums and largest values. Left out by
// default: "more than 100" is not 100, and a host zone's area is not the
// park's.
enum class QualifiedValues
{
    Exclude,
    Include
};

struct MetricStats
{
    int known = 0;   // values summed and ranked
    int unknown = 0; // records without a value
    int leftOut = 0; // qualified values left out (0 when included)
    // Qualified values among the known ones (when included), by qualifier.
    QMap<Qualifier, int> qualified;
    double sum = 0;
    const ParkRecord *max = nullptr; // first of the largest, nullptr if none known
    std::optional<double> maxValue;
    Qualifier maxQualifier = Qualifier::None;
};
MetricStats metricStats(const Records &records, Metric metric,
                        QualifiedValues qualified = QualifiedValues::Exclude);

// The n records with the largest known value, largest first; ties keep the
// records' order. Records with an unknown value are left out, and so are
// qualified values when QUALIFIED says so. Ranked charts mark qualified
// values rather than drop them, hence the default.
Records topBy(const Records &records, Metric metric, int n,
              QualifiedValues qualified = QualifiedValues::Include);

// How many records leave each field unknown, keyed by JSON field name.
QMap<QString, int> unknownByField(const Records &records);

// Sorted by count, descending, then by key; for "top provinces".
QList<QPair<QString, Count>> rankedByCount(const QMap<QString, Count> &counts);

} // namespace Aggregations
