#include "provincegeometry.h"

#include "geojsonfeatures.h"
#include "provinces.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

const QString ProvinceGeometry::EmbeddedPath = QStringLiteral(":/geo/china-provinces.geojson");

namespace {

// The properties of a province's feature: names, code, label point and
// whether it is the South China Sea inset.
Result readProvince(const QString &source, const GeoJson::Feature &feature, ProvinceShape *shape)
{
    for (const auto &[key, out] : {std::pair{QStringLiteral("name"), &shape->name},
                                   std::pair{QStringLiteral("fullname"), &shape->fullName},
                                   std::pair{QStringLiteral("name_en"), &shape->nameEn}}) {
        const ResultOf<QString> text = GeoJson::stringProperty(source, feature, key);
        if (!text.ok())
            return text;
        *out = *text;
    }
    const QJsonValue inset = feature.properties.value(QStringLiteral("inset"));
    if (!inset.isUndefined() && !inset.isNull() && !inset.isBool()) {
        return GeoJson::propertyProblem(
            source, feature, QStringLiteral("inset"),
            QCoreApplication::translate("ProvinceGeometry", "expected true or false, found %1")
                .arg(GeoJson::describe(inset)));
    }
    shape->inset = inset.toBool(false);

    const QJsonValue code = feature.properties.value(QStringLiteral("adcode"));
    if ((code.isNull() || code.isUndefined()) && shape->inset) {
        shape->code = 0;
    } else if (!code.isDouble()) {
        return GeoJson::propertyProblem(
            source, feature, QStringLiteral("adcode"),
            QCoreApplication::translate("ProvinceGeometry", "expected a GB/T 2260 code, found %1")
                .arg(GeoJson::describe(code)));
    } else {
        const double number = code.toDouble();
        const bool whole = number == std::floor(number) && std::abs(number) < 1e9;
        if (!whole || !Provinces::byCode(int(number))) {
            return GeoJson::propertyProblem(
                source, feature, QStringLiteral("adcode"),
                QCoreApplication::translate("ProvinceGeometry",
                                            "%1 is not the code of a provincial-level division")
                    .arg(GeoJson::describe(code)));
        }
        shape->code = int(number);
    }

    const ResultOf<QGeoCoordinate> centre =
        GeoJson::positionProperty(source, feature, QStringLiteral("center"));
    if (!centre.ok())
        return centre;
    shape->labelPoint = *centre;
    shape->polygons = feature.area.polygons;
    shape->polygonBounds = feature.area.polygonBounds;
    shape->bounds = feature.area.bounds;
    return Result();
}

ResultOf<QList<ProvinceShape>> readCollection(const QByteArray &bytes, const QString &source)
{
    const ResultOf<QList<GeoJson::Feature>> features = GeoJson::readFeatures(bytes, source);
    if (!features.ok())
        return Result(features);
    QList<ProvinceShape> shapes;
    shapes.reserve(features.value->size());
    QHash<int, int> indexByCode;
    for (const GeoJson::Feature &feature : *features.value) {
        ProvinceShape shape;
        const Result read = readProvince(source, feature, &shape);
        if (!read.ok())
            return read;
        if (shape.code != 0 && indexByCode.contains(shape.code)) {
            return GeoJson::propertyProblem(
                source, feature, QStringLiteral("adcode"),
                QCoreApplication::translate("ProvinceGeometry", "%1 repeats feature #%2")
                    .arg(shape.code)
                    .arg(indexByCode.value(shape.code) + 1));
        }
        indexByCode.insert(shape.code, feature.index);
        shapes.append(shape);
    }
    return shapes;
}

} // namespace

bool ProvinceShape::contains(const QGeoCoordinate &coordinate) const
{
    if (!bounds.contains(coordinate))
        return false;
    for (int i = 0; i < polygons.size(); ++i) {
        if (polygonBounds.at(i).contains(coordinate) && polygons.at(i).contains(coordinate))
            return true;
    }
    return false;
}

ProvinceGeometry::ProvinceGeometry(QList<ProvinceShape> shapes)
    : m_shapes(std::move(shapes))
{
    for (int i = 0; i < m_shapes.size(); ++i) {
        const ProvinceShape &shape = m_shapes.at(i);
        if (shape.inset)
            continue;
        if (shape.code != 0)
            m_indexByCode.insert(shape.code, i);
        m_lookupOrder.append(i);
        m_bounds = GeoJson::united(m_bounds, shape.bounds);
    }
    const auto extentOf = [this](int i) {
        const QGeoRectangle &b = m_shapes.at(i).bounds;
        return b.width() * b.height();
    };
    std::stable_sort(m_lookupOrder.begin(), m_lookupOrder.end(),
                     [&](int a, int b) { return extentOf(a) < extentOf(b); });
}

ResultOf<ProvinceGeometry> ProvinceGeometry::load(const QByteArray &geoJson,
                                                  const QString &sourceName)
{
    ResultOf<QList<ProvinceShape>> shapes = readCollection(geoJson, sourceName);
    if (!shapes.ok())
        return Result(shapes);
    return ProvinceGeometry(std::move(*shapes.value));
}

ResultOf<ProvinceGeometry> ProvinceGeometry::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result::failure(QStringLiteral("%1: %2").arg(
            path, QCoreApplication::translate("ProvinceGeometry", "cannot be read: %1")
                      .arg(file.errorString())));
    }
    return load(file.readAll(), path);
}

ResultOf<ProvinceGeometry> ProvinceGeometry::loadEmbedded()
{
    return loadFile(EmbeddedPath);
}

QList<const ProvinceShape *> ProvinceGeometry::provinces() const
{
    QList<const ProvinceShape *> list;
    list.reserve(m_shapes.size());
    for (const ProvinceShape &shape : m_shapes) {
        if (!shape.inset)
            list.append(&shape);
    }
    return list;
}

const ProvinceShape *ProvinceGeometry::inset() const
{
    for (const ProvinceShape &shape : m_shapes) {
        if (shape.inset)
            return &shape;
    }
    return nullptr;
}

const ProvinceShape *ProvinceGeometry::find(const QString &nameOrCode) const
{
    const QString query = nameOrCode.trimmed();
    if (query.isEmpty())
        return nullptr;
    // The file's own spellings first: they also name the inset, which
    // Provinces does not know.
    for (const ProvinceShape &shape : m_shapes) {
        if (shape.name == query || shape.fullName == query ||
            shape.nameEn.compare(query, Qt::CaseInsensitive) == 0) {
            return &shape;
        }
    }
    const ProvinceInfo *info = Provinces::find(query);
    return info ? byCode(info->code) : nullptr;
}

const ProvinceShape *ProvinceGeometry::byCode(int code) const
{
    const auto it = m_indexByCode.constFind(code);
    return it == m_indexByCode.constEnd() ? nullptr : &m_shapes.at(*it);
}

const ProvinceShape *ProvinceGeometry::provinceAt(const QGeoCoordinate &coordinate) const
{
    if (!coordinate.isValid() || !m_bounds.contains(coordinate))
        return nullptr;
    for (int i : m_lookupOrder) {
        const ProvinceShape &shape = m_shapes.at(i);
        if (shape.contains(coordinate))
            return &shape;
    }
    return nullptr;
}
