#include "parkmarkers.h"

#include "mapgeometry.h"

#include <QLineF>

#include <algorithm>
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

QList<QList<int>> clusters(const QList<QPointF> &positions, double radius, int minSize)
{
    const int n = int(positions.size());
    QList<int> group(n, -1);
    QList<QList<int>> groups;
    for (int i = 0; i < n; ++i) {
        if (group.at(i) >= 0)
            continue;
        // Everything within reach of the group so far.
        QList<int> members{i};
        group[i] = int(groups.size());
        for (int k = 0; k < members.size(); ++k) {
            for (int j = 0; j < n; ++j) {
                if (group.at(j) < 0 &&
                    QLineF(positions.at(members.at(k)), positions.at(j)).length() < 2.2 * radius) {
                    group[j] = group.at(i);
                    members.append(j);
                }
            }
        }
        std::sort(members.begin(), members.end());
        groups.append(members);
    }
    QList<QList<int>> result;
    for (const QList<int> &g : std::as_const(groups)) {
        if (g.size() >= minSize)
            result.append(g);
    }
    return result;
}

} // namespace ParkMarkers
