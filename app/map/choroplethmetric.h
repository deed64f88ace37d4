#pragma once

#include "aggregations.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

// What the province map colours by.
enum class MapMetric
{
    ParkCount,
    GovernmentCount,
    EnterpriseCount,
    Enterprises,
    AreaKm2,
    FundCny100m
};

// Names, labels and number formats of the map metrics.
namespace MapMetrics {

QList<MapMetric> all();
// "parks", "government", "enterprise", "enterprises", "area", "fund": stable
// spellings for settings and the command line.
QString id(MapMetric metric);
std::optional<MapMetric> fromId(const QString &id);
// The translated name with its unit, for the legend and the metric choice.
QString label(MapMetric metric);
// The map's title for the metric.
QString title(MapMetric metric);
// Counts of parks: every province with parks has a value. The other
// metrics are sums of a field that may be unknown.
bool isParkCount(MapMetric metric);
// Whole numbers, shown without decimals.
bool isInteger(MapMetric metric);
// A value in the UI locale, with as many decimals as its size needs.
QString formatValue(MapMetric metric, double value);
// One park's value with what qualifies it, as it stands in the data:
// "≥100", "~40", "41.48 km² (host zone)", "2,000 (investment plan)".
QString formatQualifiedValue(MapMetric metric, double value, Aggregations::Qualifier qualifier);
// A sum as shown: "≥N" when a lower bound went into it, "~N" when an
// approximate value did (and no lower bound); plain otherwise. QUALIFIED
// counts the qualified values summed, by qualifier.
QString formatSum(MapMetric metric, double value,
                  const QMap<Aggregations::Qualifier, int> &qualified);
// What a kind of qualified value is, for a list: "lower bound",
// "approximate", "host-zone area", "investment plan".
QString qualifierName(Aggregations::Qualifier qualifier);

} // namespace MapMetrics

// A value the sources qualify, as one park holds it.
struct QualifiedValue
{
    double value = 0;
    Aggregations::Qualifier qualifier = Aggregations::Qualifier::None;

    bool operator==(const QualifiedValue &o) const
    {
        return value == o.value && qualifier == o.qualifier;
    }
};

// What one province contributes to the map.
struct ProvinceFigures
{
    Aggregations::Count parks;
    // Parks whose value of the metric is summed (all of them for counts).
    int known = 0;
    // Known values left out of the sum because the sources qualify them
    // ("more than 100" is not 100, a host zone's area is not the park's);
    // 0 when they are included.
    int leftOut = 0;
    // Qualified values in the sum, by qualifier; empty unless included.
    QMap<Aggregations::Qualifier, int> qualified;
    // The qualified values of the province's parks, left out or summed, in
    // the records' order.
    QList<QualifiedValue> qualifiedValues;
    // The count or the sum over the known values; nullopt when no park of
    // the province has a value that is summed.
    std::optional<double> value;
};

// Keyed by full province name; provinces without parks have no entry.
// Counts of parks have no qualified values; sums leave them out unless
// QUALIFIED includes them.
QMap<QString, ProvinceFigures>
provinceFigures(MapMetric metric, const Aggregations::Records &records,
                Aggregations::QualifiedValues qualified = Aggregations::QualifiedValues::Exclude);
// provinceFigures() of a count METRIC (isParkCount) from the records'
// counts by province (COUNTED, as Aggregations::byProvinceAndCity() gives
// them), without reading the records again; nullopt for a sum, which needs
// them.
std::optional<QMap<QString, ProvinceFigures>>
provinceFiguresFromCounts(MapMetric metric,
                          const QMap<QString, Aggregations::ProvinceCount> &counted);

// The area (province or city) a park counts in, as the map keys it; empty
// for a park the map does not show.
using AreaOfRecord = std::function<QString(const ParkRecord &)>;

// provinceFigures() for areas AREAOF names: a province's cities.
QMap<QString, ProvinceFigures> areaFigures(MapMetric metric, const Aggregations::Records &records,
                                           Aggregations::QualifiedValues qualified,
                                           const AreaOfRecord &areaOf);

// The value each province is coloured by, keyed by full province name.
// Provinces without parks have no entry (the map shows them as "no parks",
// not as the lowest class), and neither do provinces whose parks all lack
// the summed value (shown as "no data"); provinceFigures() tells the two
// apart.
QMap<QString, double>
metricByProvince(MapMetric metric, const Aggregations::Records &records,
                 Aggregations::QualifiedValues qualified = Aggregations::QualifiedValues::Exclude);
