#pragma once

#include "choroplethclasses.h"
#include "parkmarkers.h"

#include <QString>

#include <functional>
#include <optional>

// What the map says in words: its subtitle, what hovering a province or a
// park tells, and the description for screen readers. Plain text, in the
// UI language; province names in the map's language.
namespace ChoroplethTexts {

// "All 28 parks", or the filter and the count.
QString subtitle(int parks, const QString &filterText);
// Name, value (or why there is none), counts by leadership. FILTERED: the
// counts are of the parks a filter lets through.
QString provinceToolTip(const ChoroplethClasses &classes, const QString &fullName, bool english,
                        bool filtered);
// The same for any area the classes are keyed by (a province or a city),
// headed by DISPLAYNAME.
QString areaToolTip(const ChoroplethClasses &classes, const QString &key,
                    const QString &displayName, bool filtered);
// "Number of parks by city: Zhejiang".
QString cityTitle(MapMetric metric, const QString &provinceName);
// "Parks in 5 of the 11 cities" and, where the report states its count of
// the province's parks, that count beside the dataset's.
QString cityCoverage(int citiesWithParks, int cities, std::optional<double> reportParks, int parks,
                     const QString &provinceName);
// "2 parks in cities the gazetteer does not know not shown".
QString unknownCitiesNote(int parks);
QString markerToolTip(const ParkMarker &marker, bool english);
QString leadershipText(Leadership leadership);
// TITLE and SUBTITLE, then the provinces with a value, largest first.
QString summary(const ChoroplethClasses &classes, const QString &title, const QString &subtitle,
                bool english);
// The same with the areas named by NAMEOF.
QString summary(const ChoroplethClasses &classes, const QString &title, const QString &subtitle,
                const std::function<QString(const QString &)> &nameOf);

} // namespace ChoroplethTexts
