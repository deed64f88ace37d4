#include "citygazetteer.h"
#include "mapgeometry.h"
#include "provinces.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

#include <cmath>
#include <memory>

namespace {

// The name a map label shows in English, short as the Chinese short name
// is (阿坝 for 阿坝藏族羌族自治州): an autonomous prefecture by its first word
// ("Ngawa Tibetan and Qiang Autonomous Prefecture" is Ngawa), a prefecture
// or league without the word. Tooltips keep the full name.
QString englishLabel(const QString &nameEn)
{
    if (nameEn.endsWith(QLatin1String(" Autonomous Prefecture")))
        return nameEn.section(QLatin1Char(' '), 0, 0);
    for (const QLatin1String suffix : {QLatin1String(" Prefecture"), QLatin1String(" League")}) {
        if (nameEn.endsWith(suffix) && nameEn.size() > suffix.size())
            return nameEn.chopped(suffix.size());
    }
    return nameEn;
}

} // namespace

const MapGeometry *MapGeometry::citiesOf(const QString &provinceFullName)
{
    // Built on first use and kept: scenes hold on to their geometry, and a
    // province's cities take a moment to project.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const MapGeometry>> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(provinceFullName); it != cache.constEnd())
        return it->get();

    const ProvinceInfo *province = Provinces::find(provinceFullName);
    if (!province || province->fullName != provinceFullName)
        return nullptr;
    const QList<const CityInfo *> cities = CityGazetteer::embedded().citiesIn(province->code);
    if (cities.isEmpty())
        return nullptr;

    auto geometry = std::shared_ptr<MapGeometry>(new MapGeometry);
    geometry->m_province = province->fullName;
    double west = 180;
    double east = -180;
    double south = 90;
    double north = -90;
    for (const CityInfo *city : cities) {
        Province p = projectArea(city->area.polygons, city->labelPoint);
        // A municipality, Hong Kong and Macao carry the province's code,
        // which would give them the national map's callouts.
        p.code = city->code == province->code ? 0 : city->code;
        p.fullName = city->fullName;
        // A municipality's own name is the province's; its short name reads
        // as well on a map of it alone.
        p.name = city->name;
        p.nameEn = englishLabel(city->nameEn);
        geometry->m_bounds = geometry->m_bounds.united(p.bounds);
        geometry->m_provinces.append(p);
        const QGeoRectangle box = city->area.bounds;
        west = std::min(west, box.topLeft().longitude());
        east = std::max(east, box.bottomRight().longitude());
        north = std::max(north, box.topLeft().latitude());
        south = std::min(south, box.bottomRight().latitude());
    }
    geometry->indexAreas();

    // The province's middle meridian, measured as the projection draws it,
    // turned to point north (up on the page).
    const double middle = (west + east) / 2;
    const QPointF top = project(middle, north);
    const QPointF foot = project(middle, south);
    const double lean = std::atan2(foot.x() - top.x(), foot.y() - top.y()) * 180.0 / M_PI;
    QTransform orientation;
    orientation.rotate(lean);
    geometry->m_orientation = orientation;
    QRectF oriented;
    for (const Province &p : std::as_const(geometry->m_provinces))
        oriented = oriented.united(orientation.map(p.path).boundingRect());
    geometry->m_orientedBounds = oriented;

    cache.insert(provinceFullName, geometry);
    return geometry.get();
}
