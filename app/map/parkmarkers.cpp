#include "parkmarkers.h"

#include "mapgeometry.h"

#include <QLineF>

#include <cmath>

namespace ParkMarkers {

namespace {

constexpr double Pi = 3.14159265358979323846;

} // namespace

QList<ParkMarker> fromRecords(const QList<const ParkRecord *> &records, bool english)
{
    QList<ParkMarker> markers;
    for (const ParkRecord *r : records) {
        if (!r->hasLocation())
            continue;
        ParkMarker m;
        m.name = r->displayName(english);
        m.province = r->province;
        m.leadership = r->leadership;
        m.mapPos = MapGeometry::project(*r->lon, *r->lat);
        markers.append(m);
    }
    return markers;
}

QList<QPointF> spread(const QList<QPointF> &positions, double radius)
{
    QList<QPointF> result = positions;
    QList<bool> placed(positions.size(), false);
    for (int i = 0; i < positions.size(); ++i) {
        if (placed.at(i))
            continue;
        QList<int> group{i};
        for (int j = i + 1; j < positions.size(); ++j) {
            if (!placed.at(j) && QLineF(positions.at(i), positions.at(j)).length() < radius * 1.5)
                group.append(j);
        }
        QPointF centre;
        for (int k : group)
            centre += positions.at(k);
        centre /= double(group.size());
        const int n = int(group.size());
        // Neighbours on the ring just clear each other.
        const double ring = n > 1 ? radius * 1.15 / std::sin(Pi / n) : 0.0;
        for (int k = 0; k < n; ++k) {
            const double angle = -Pi / 2 + 2 * Pi * k / n;
            result[group.at(k)] = centre + ring * QPointF(std::cos(angle), std::sin(angle));
            placed[group.at(k)] = true;
        }
    }
    return result;
}

} // namespace ParkMarkers
