#pragma once

#include "parkrecord.h"

#include <QList>
#include <QPointF>
#include <QString>

// A park on the map.
struct ParkMarker
{
    QString name; // in the map's language
    QString province;
    Leadership leadership = Leadership::Unknown;
    QPointF mapPos; // map kilometres
};

namespace ParkMarkers {

// Markers for the records with a location.
QList<ParkMarker> fromRecords(const QList<const ParkRecord *> &records, bool english);

// Where to draw markers of RADIUS at POSITIONS (same order): markers that
// would overlap their place (several parks stand at a city's centre) are
// set in a ring around it, so that every one can be seen and pointed at.
QList<QPointF> spread(const QList<QPointF> &positions, double radius);

// Markers of RADIUS at POSITIONS that overlap, gathered by chains of
// overlaps, in groups of at least MINSIZE (indices in order); such a group
// is drawn as one marker with its count rather than a pile or a ring that
// spills into the neighbours (Shanghai's five parks covered it and reached
// into Jiangsu).
QList<QList<int>> clusters(const QList<QPointF> &positions, double radius, int minSize = 3);

} // namespace ParkMarkers
