#pragma once

#include "result.h"

#include "result.h"

#include <QByteArray>
#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QGeoRectangle>
#include <QHash>
#include <QList>
#include <QString>

// One feature of the province outlines: a provincial-level division, or the
// South China Sea islands inset, which is drawn beside the map but is not a
// place a point can fall in.
struct ProvinceShape
{
    int code = 0;     // GB/T 2260; 0 for the inset
    QString name;     // 浙江
    QString fullName; // 浙江省
    QString nameEn;   // Zhejiang
    bool inset = false;
    // One per part of a MultiPolygon, with its holes. The closing position
    // of each GeoJSON ring is dropped: QGeoPolygon closes itself.
    QList<QGeoPolygon> polygons;
    // Parallel to polygons, so that point look-ups skip most parts cheaply.
    QList<QGeoRectangle> polygonBounds;
    QGeoRectangle bounds;
    QGeoCoordinate labelPoint;

    bool contains(const QGeoCoordinate &coordinate) const;
};

// The outlines of China's provincial-level divisions, read from GeoJSON: a
// FeatureCollection of Polygon or MultiPolygon features whose properties
// carry adcode, name, fullname, name_en and center ([lon, lat]), and
// optionally "inset": true. The data are checked as they are read; a file
// with any fault is refused as a whole, since a half-drawn map misleads.
// The one leniency: rings collapsed to a line (three positions, there and
// back), which the embedded outlines contain, are skipped.
class ProvinceGeometry
{
public:
    // The outlines compiled into the application.
    static const QString EmbeddedPath;

    // sourceName only names the data in the failure message, which reads
    // like "SOURCE: feature #3 (河北): geometry: expected ..." or, for syntax
    // errors, "SOURCE:LINE:COLUMN: not JSON: ...".
    static ResultOf<ProvinceGeometry> load(const QByteArray &geoJson, const QString &sourceName);
    static ResultOf<ProvinceGeometry> loadFile(const QString &path);
    static ResultOf<ProvinceGeometry> loadEmbedded();

    // Every feature in file order, the inset included.
    const QList<ProvinceShape> &shapes() const { return m_shapes; }
    // The divisions without the inset. The pointers stay valid as long as
    // this object (or a copy of it) lives.
    QList<const ProvinceShape *> provinces() const;
    const ProvinceShape *inset() const;

    // By short or full Chinese name, English name in any case (including
    // the alternative spellings Provinces::find knows) or code as digits.
    const ProvinceShape *find(const QString &nameOrCode) const;
    const ProvinceShape *byCode(int code) const;

    // The division a point lies in, or nullptr at sea, abroad or on the
    // inset. Where the simplified outlines overlap (Macao lies within
    // Guangdong's), the division with the smaller extent wins: an enclave is
    // the more specific answer.
    const ProvinceShape *provinceAt(const QGeoCoordinate &coordinate) const;

    // The box around all divisions, without the inset.
    QGeoRectangle bounds() const { return m_bounds; }

private:
    explicit ProvinceGeometry(QList<ProvinceShape> shapes);

    QList<ProvinceShape> m_shapes;
    QHash<int, int> m_indexByCode;
    QList<int> m_lookupOrder; // divisions by ascending extent
    QGeoRectangle m_bounds;
};
