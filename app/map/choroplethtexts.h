#pragma once

#include "choroplethclasses.h"
#include "parkmarkers.h"

#include <QString>

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
QString markerToolTip(const ParkMarker &marker, bool english);
QString leadershipText(Leadership leadership);
// TITLE and SUBTITLE, then the provinces with a value, largest first.
QString summary(const ChoroplethClasses &classes, const QString &title, const QString &subtitle,
                bool english);

} // namespace ChoroplethTexts
