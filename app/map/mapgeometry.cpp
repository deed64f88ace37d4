#include "mapgeometry.h"

#include "albersprojection.h"
#include "backgroundpriority.h"
#include "provincegeometry.h"

#include <QThreadPool>

#include <algorithm>
#include <cmath>

namespace {

const AlbersProjection &projection()
{
    static const AlbersProjection albers;
    return albers;
}

QPolygonF projectRing(const QList<QGeoCoordinate> &ring)
{
    QPolygonF polygon;
    polygon.reserve(ring.size() + 1);
    for (const QGeoCoordinate &c : ring)
        polygon.append(MapGeometry::project(c.longitude(), c.latitude()));
    if (!polygon.isEmpty())
        polygon.append(polygon.constFirst());
    return polygon;
}

// Shoelace formula; the sign depends on the ring's direction.
double signedArea(const QPolygonF &ring)
{
    double twice = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        twice += ring.at(i).x() * ring.at(i + 1).y() - ring.at(i + 1).x() * ring.at(i).y();
    return twice / 2;
}

} // namespace

QPointF MapGeometry::project(double lon, double lat)
{
    const QPointF metres = projection().forward(lon, lat);
    return {metres.x() / 1000.0, -metres.y() / 1000.0};
}

MapGeometry::MapGeometry(const ProvinceGeometry &geometry)
{
    for (const ProvinceShape *shape : geometry.provinces()) {
        Province p = projectArea(shape->polygons, shape->labelPoint);
        p.code = shape->code;
        p.fullName = shape->fullName;
        p.name = shape->name;
        p.nameEn = shape->nameEn;
        m_bounds = m_bounds.united(p.bounds);
        m_provinces.append(p);
    }
    indexAreas();

    if (const ProvinceShape *shape = geometry.inset())
        m_inset = SouthChinaSeaInset::fromShape(*shape);
    if (!m_inset.isEmpty()) {
        // To the right of Taiwan, whose east coast is the easternmost land
        // that low; a little wider than a sixth of the map, as usual.
        const Province *taiwan = find(QStringLiteral("台湾省"));
        const double gap = 0.02 * m_bounds.width();
        const double left = taiwan ? taiwan->bounds.right() + gap : m_bounds.right() - gap;
        const double width = 0.16 * m_bounds.width();
        const double height = width * m_inset.bounds.height() / m_inset.bounds.width();
        m_insetBox = QRectF(left, m_bounds.bottom() - height, width, height);
    }
    m_orientedBounds = contentBounds();
}

MapGeometry::Province MapGeometry::projectArea(const QList<QGeoPolygon> &polygons,
                                               const QGeoCoordinate &labelPoint)
{
    Province p;
    // Odd-even filling leaves the holes open.
    p.path.setFillRule(Qt::OddEvenFill);
    p.mainParts.setFillRule(Qt::OddEvenFill);
    QList<QPainterPath> parts;
    QList<double> areas;
    for (const QGeoPolygon &polygon : polygons) {
        QPainterPath part;
        const QPolygonF outer = projectRing(polygon.perimeter());
        part.addPolygon(outer);
        part.closeSubpath();
        double area = std::abs(signedArea(outer));
        for (int h = 0; h < polygon.holesCount(); ++h) {
            const QPolygonF hole = projectRing(polygon.holePath(h));
            part.addPolygon(hole);
            part.closeSubpath();
            area -= std::abs(signedArea(hole));
        }
        p.path.addPath(part);
        p.areaKm2 += area;
        parts.append(part);
        areas.append(area);
    }
    const double largest = areas.isEmpty() ? 0 : *std::max_element(areas.cbegin(), areas.cend());
    for (int i = 0; i < parts.size(); ++i) {
        if (areas.at(i) >= 0.02 * largest)
            p.mainParts.addPath(parts.at(i));
    }
    p.bounds = p.path.boundingRect();
    if (labelPoint.isValid())
        p.labelPoint = project(labelPoint.longitude(), labelPoint.latitude());
    else
        p.labelPoint = p.bounds.center();
    return p;
}

void MapGeometry::indexAreas()
{
    m_lookupOrder.clear();
    for (int i = 0; i < m_provinces.size(); ++i)
        m_lookupOrder.append(i);
    std::stable_sort(m_lookupOrder.begin(), m_lookupOrder.end(), [this](int a, int b) {
        return m_provinces.at(a).areaKm2 < m_provinces.at(b).areaKm2;
    });
}

const MapGeometry &MapGeometry::embedded()
{
    static const MapGeometry geometry = [] {
        const ResultOf<ProvinceGeometry> loaded = ProvinceGeometry::loadEmbedded();
        if (!loaded.ok()) {
            MapGeometry empty;
            empty.m_error = loaded.message;
            return empty;
        }
        return MapGeometry(*loaded);
    }();
    return geometry;
}

void MapGeometry::readEmbeddedInBackground()
{
    // The pool is waited for when the application quits, and a static's
    // first use waits for an initialisation under way (C++11).
    BackgroundPriority::start(QThreadPool::globalInstance(), [] { embedded(); });
}

const MapGeometry::Province *MapGeometry::find(const QString &fullName) const
{
    for (const Province &p : m_provinces) {
        if (p.fullName == fullName)
            return &p;
    }
    return nullptr;
}

const MapGeometry::Province *MapGeometry::provinceAt(const QPointF &point) const
{
    for (int i : m_lookupOrder) {
        const Province &p = m_provinces.at(i);
        if (p.bounds.contains(point) && p.path.contains(point))
            return &p;
    }
    return nullptr;
}
