#pragma once

#include "southchinaseainset.h"

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <QGeoCoordinate>
#include <QGeoPolygon>

class ProvinceGeometry;

// The province outlines projected once, in kilometres east and south of the
// projection's origin (Albers equal-area, 25°N/47°N, 105°E; y grows
// southwards as on screen, so north is up). Everything the map draws is
// built from these cached paths; nothing is projected while painting.
class MapGeometry
{
public:
    struct Province
    {
        int code = 0;
        QString fullName; // 浙江省
        QString name;     // 浙江
        QString nameEn;   // Zhejiang
        QPainterPath path;
        // The parts that are more than specks at map scales: what a thick
        // outline (selection, highlight) goes round, as outlining every
        // islet of a coast would blot it out.
        QPainterPath mainParts;
        QPointF labelPoint;
        QRectF bounds;
        double areaKm2 = 0;
    };

    explicit MapGeometry(const ProvinceGeometry &geometry);

    // The prefecture-level cities of a province as areas (a municipality
    // as one area made of its districts), each keyed by the city's full
    // name as park records store it, projected once and kept for the rest
    // of the run; nullptr for a name that is not a province's full name
    // or a province the city gazetteer has no city of.
    static const MapGeometry *citiesOf(const QString &provinceFullName);

    // The embedded outlines, projected on first use. Empty (with error())
    // only if the embedded data cannot be read, which the tests rule out.
    static const MapGeometry &embedded();
    // Starts reading and projecting the embedded outlines on another thread,
    // so that the window is built meanwhile (the map panel needs them, and
    // its first use waits for them if they are not done).
    static void readEmbeddedInBackground();

    QString error() const { return m_error; }
    const QList<Province> &provinces() const { return m_provinces; }
    const Province *find(const QString &fullName) const;
    // The province whose outline holds POINT (map kilometres), or nullptr.
    // Enclaves win over the province around them (Macao's outline lies
    // within Guangdong's).
    const Province *provinceAt(const QPointF &point) const;

    // Longitude and latitude in degrees to map kilometres.
    static QPointF project(double lon, double lat);

    // The box around the provinces.
    QRectF bounds() const { return m_bounds; }
    const SouthChinaSeaInset &inset() const { return m_inset; }
    // Where the South China Sea inset goes, in map kilometres: in the open
    // sea to the right of Taiwan, its foot level with the map's.
    QRectF insetBox() const { return m_insetBox; }
    // bounds() and insetBox() together: what a layout fits to its page.
    QRectF contentBounds() const { return m_bounds.united(m_insetBox); }
    // The province a city map is of; empty for the map of the provinces.
    QString provinceFullName() const { return m_province; }
    bool isCityMap() const { return !m_province.isEmpty(); }
    // Turns the map so that the middle meridian of its areas points north:
    // a conic projection leans the meridians far from its central one (by
    // some 9° at Zhejiang), and turning the drawing about the cone's apex
    // is the same projection with that meridian as its central one.
    // Identity for the map of the provinces.
    const QTransform &orientation() const { return m_orientation; }
    // contentBounds() as turned by orientation().
    QRectF orientedBounds() const { return m_orientedBounds; }

private:
    MapGeometry() = default;
    // An area of polygons projected, with its label point.
    static Province projectArea(const QList<QGeoPolygon> &polygons,
                                const QGeoCoordinate &labelPoint);
    void indexAreas();

    QString m_error;
    QList<Province> m_provinces;
    QList<int> m_lookupOrder; // by ascending area
    QRectF m_bounds;
    SouthChinaSeaInset m_inset;
    QRectF m_insetBox;
    QString m_province;
    QTransform m_orientation;
    QRectF m_orientedBounds;
};
