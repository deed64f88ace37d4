#include "southchinaseainset.h"

#include "provincegeometry.h"

#include <cmath>
#include <iterator>

namespace {

constexpr double KmPerDegree = 111.195; // on the authalic sphere
constexpr double DegToRad = 3.14159265358979323846 / 180.0;

// Real positions of the islands, reefs and the shoal that mark Hainan's
// island groups in the inset (degrees east, north).
struct Island
{
    double lon;
    double lat;
};
constexpr Island HainanIslands[] = {
    // Xisha
    {112.33, 16.83},
    {112.73, 16.66},
    {111.73, 16.45},
    {111.20, 15.78},
    {111.50, 17.08},
    // Zhongsha: Huangyan Dao, the group's only land above water
    {117.76, 15.15},
    // Nansha, down to Zengmu Ansha
    {114.37, 10.38},
    {112.89, 9.55},
    {115.53, 9.90},
    {111.92, 8.65},
    {114.28, 11.05},
    {113.84, 7.38},
    {112.28, 3.97},
};

// The schematic squeezes the sea into its frame unevenly. This maps real
// positions onto it, fitted to where its dashes stand for the dashes of
// the line (western dashes at 108.1°E, the southernmost at 3.5°N, and so
// on); good to a fraction of a degree, which is all a dot in the inset
// shows.
QPointF schematicOf(const Island &island)
{
    return {126.7 + (island.lon - 108.1) / 2.56, 19.2 + (island.lat - 3.5) / 3.52};
}

} // namespace

SouthChinaSeaInset SouthChinaSeaInset::fromShape(const ProvinceShape &shape)
{
    SouthChinaSeaInset inset;
    const double west = shape.bounds.topLeft().longitude();
    const double east = shape.bounds.bottomRight().longitude();
    const double north = shape.bounds.topLeft().latitude();
    const double south = shape.bounds.bottomRight().latitude();
    const double centreLat = (north + south) / 2;
    const double kmPerLon = KmPerDegree * std::cos(centreLat * DegToRad);
    const auto toKm = [&](double lon, double lat) {
        return QPointF((lon - west) * kmPerLon, (north - lat) * KmPerDegree);
    };

    const double width = east - west;
    const double height = north - south;
    for (int i = 0; i < shape.polygons.size(); ++i) {
        const QGeoRectangle &b = shape.polygonBounds.at(i);
        QPainterPath ring;
        const QList<QGeoCoordinate> perimeter = shape.polygons.at(i).perimeter();
        for (int p = 0; p < perimeter.size(); ++p) {
            const QPointF point = toKm(perimeter.at(p).longitude(), perimeter.at(p).latitude());
            if (p == 0)
                ring.moveTo(point);
            else
                ring.lineTo(point);
        }
        ring.closeSubpath();
        // The parts are told apart by their extent: the frame spans the
        // whole inset, the coast its top, the dashes are small.
        if (b.width() > 0.9 * width && b.height() > 0.9 * height)
            inset.frame.addPath(ring);
        else if (b.width() > 0.5 * width)
            inset.coast.addPath(ring);
        else
            inset.dashes.addPath(ring);
    }
    inset.bounds = QRectF(QPointF(0, 0), QSizeF(width * kmPerLon, height * KmPerDegree));

    const double radius = inset.bounds.height() * 0.012;
    for (const Island &island : HainanIslands) {
        const QPointF s = schematicOf(island);
        inset.hainanIslands.addEllipse(toKm(s.x(), s.y()), radius, radius);
    }
    return inset;
}
