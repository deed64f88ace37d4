#pragma once

#include "aggregations.h"

#include <QList>
#include <QMap>
#include <QString>

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

} // namespace MapMetrics

// What one province contributes to the map.
struct ProvinceFigures
{
    Aggregations::Count parks;
    // Parks whose value of the metric is known (all of them for counts).
    int known = 0;
    // The count or the sum over the known values; nullopt when no park of
    // the province has a known value.
    std::optional<double> value;
};

// Keyed by full province name; provinces without parks have no entry.
QMap<QString, ProvinceFigures> provinceFigures(MapMetric metric,
                                               const Aggregations::Records &records);

// The value each province is coloured by, keyed by full province name.
// Provinces without parks have no entry (the map shows them as "no parks",
// not as the lowest class), and neither do provinces whose parks all lack
// the summed value (shown as "no data"); provinceFigures() tells the two
// apart.
QMap<QString, double> metricByProvince(MapMetric metric, const Aggregations::Records &records);
