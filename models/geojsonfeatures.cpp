#include "geojsonfeatures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

QString describeType(const QJsonValue &value)
{
    if (!value.isObject())
        return GeoJson::describe(value);
    const QJsonValue type = value.toObject().value(QStringLiteral("type"));
    return type.isUndefined() ? QCoreApplication::translate("GeoJson", "no \"type\"")
                              : GeoJson::describe(type);
}

// Line and column (1-based, columns in characters) of a byte offset.
QString textPosition(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const qsizetype column =
        QString::fromUtf8(bytes.constData() + lineStart, offset - lineStart).size() + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

// What is wrong with a GeoJSON position, or an empty string if nothing is.
// Kept apart from the reader so that the place of a position is only
// spelled out when there is something to report.
QString parsePosition(const QJsonValue &value, QGeoCoordinate *position)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() < 2 || !array.at(0).isDouble() ||
        !array.at(1).isDouble()) {
        return QCoreApplication::translate("GeoJson", "expected [longitude, latitude], found %1")
            .arg(GeoJson::describe(value));
    }
    const double lon = array.at(0).toDouble();
    const double lat = array.at(1).toDouble();
    // Written so that NaN and infinity fail too.
    if (!(std::abs(lon) <= 180.0))
        return QCoreApplication::translate("GeoJson", "longitude %1 is out of range [-180, 180]")
            .arg(GeoJson::describe(array.at(0)));
    if (!(std::abs(lat) <= 90.0))
        return QCoreApplication::translate("GeoJson", "latitude %1 is out of range [-90, 90]")
            .arg(GeoJson::describe(array.at(1)));
    *position = QGeoCoordinate(lat, lon);
    return {};
}

// Collects the extent of positions as plain numbers; building a
// QGeoRectangle per position would cost more than the reading itself.
struct Extent
{
    double west = std::numeric_limits<double>::infinity();
    double east = -std::numeric_limits<double>::infinity();
    double south = std::numeric_limits<double>::infinity();
    double north = -std::numeric_limits<double>::infinity();

    void add(double lon, double lat)
    {
        west = std::min(west, lon);
        east = std::max(east, lon);
        south = std::min(south, lat);
        north = std::max(north, lat);
    }
    void add(const Extent &o)
    {
        add(o.west, o.south);
        add(o.east, o.north);
    }
    void add(const QGeoRectangle &r)
    {
        if (r.isValid()) {
            add(r.topLeft().longitude(), r.topLeft().latitude());
            add(r.bottomRight().longitude(), r.bottomRight().latitude());
        }
    }
    bool isEmpty() const { return west > east; }
    QGeoRectangle rectangle() const
    {
        if (isEmpty())
            return {};
        return QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east));
    }
};

// Reads the geometry of one feature. Every failure is reported with the
// place it was found at, so that a hand-edited file can be fixed without
// guessing.
class GeometryReader
{
public:
    GeometryReader(const QString &source, const GeoJson::Feature &feature)
        : m_source(source)
        , m_feature(feature)
    {}

    bool read(const QJsonValue &value, GeoArea *area);
    QString error() const { return m_error; }

private:
    bool fail(const QString &where, const QString &message);
    bool readPolygon(const QJsonValue &value, const QString &part, QGeoPolygon *polygon,
                     Extent *extent);
    bool readRing(const QJsonValue &value, const QString &where, QList<QGeoCoordinate> *ring,
                  Extent *extent);

    QString m_source;
    const GeoJson::Feature &m_feature;
    QString m_error;
};

bool GeometryReader::fail(const QString &where, const QString &message)
{
    m_error = QStringLiteral("%1: %2: %3: %4").arg(m_source, m_feature.label(), where, message);
    return false;
}

bool GeometryReader::read(const QJsonValue &value, GeoArea *area)
{
    const QString where = QStringLiteral("geometry");
    if (!value.isObject())
        return fail(where, QCoreApplication::translate("GeoJson", "expected an object, found %1")
                               .arg(GeoJson::describe(value)));
    const QString type = value[QStringLiteral("type")].toString();
    const bool multi = type == QLatin1String("MultiPolygon");
    if (!multi && type != QLatin1String("Polygon")) {
        return fail(where, QCoreApplication::translate(
                               "GeoJson", "expected \"Polygon\" or \"MultiPolygon\", found %1")
                               .arg(describeType(value)));
    }
    const QJsonValue coordinates = value[QStringLiteral("coordinates")];
    const QString coordinatesWhere = QStringLiteral("geometry: \"coordinates\"");
    if (!coordinates.isArray()) {
        return fail(coordinatesWhere,
                    QCoreApplication::translate("GeoJson", "expected an array, found %1")
                        .arg(GeoJson::describe(coordinates)));
    }

    const QJsonArray parts = multi ? coordinates.toArray() : QJsonArray{coordinates};
    if (parts.isEmpty())
        return fail(coordinatesWhere, QCoreApplication::translate("GeoJson", "no polygons"));
    Extent areaExtent;
    for (int i = 0; i < parts.size(); ++i) {
        const QString part =
            multi ? QCoreApplication::translate("GeoJson", "polygon #%1").arg(i + 1) : QString();
        QGeoPolygon polygon;
        Extent extent;
        if (!readPolygon(parts.at(i), part, &polygon, &extent))
            return false;
        if (polygon.perimeter().isEmpty())
            continue; // collapsed
        // contains() fills its projected-path cache on first use, writing
        // through a const object; doing that now keeps look-ups read-only.
        polygon.contains(polygon.perimeter().constFirst());
        area->polygons.append(polygon);
        area->polygonBounds.append(extent.rectangle());
        areaExtent.add(extent);
    }
    if (area->polygons.isEmpty())
        return fail(where, QCoreApplication::translate("GeoJson", "no polygon encloses an area"));
    area->bounds = areaExtent.rectangle();
    return true;
}

// Leaves the polygon empty when its outer ring is collapsed.
bool GeometryReader::readPolygon(const QJsonValue &value, const QString &part, QGeoPolygon *polygon,
                                 Extent *extent)
{
    const QString where =
        part.isEmpty() ? QStringLiteral("geometry") : QStringLiteral("geometry: %1").arg(part);
    if (!value.isArray())
        return fail(where,
                    QCoreApplication::translate("GeoJson", "expected an array of rings, found %1")
                        .arg(GeoJson::describe(value)));
    const QJsonArray rings = value.toArray();
    if (rings.isEmpty())
        return fail(where, QCoreApplication::translate("GeoJson", "no rings"));
    for (int r = 0; r < rings.size(); ++r) {
        const QString ring = QCoreApplication::translate("GeoJson", "ring #%1").arg(r + 1);
        const QString ringWhere = part.isEmpty()
                                      ? QStringLiteral("geometry: %1").arg(ring)
                                      : QStringLiteral("geometry: %1, %2").arg(part, ring);
        QList<QGeoCoordinate> path;
        Extent ringExtent;
        if (!readRing(rings.at(r), ringWhere, &path, &ringExtent))
            return false;
        if (r == 0 && path.isEmpty())
            return true;
        if (r == 0) {
            polygon->setPerimeter(path);
            *extent = ringExtent;
        } else if (!path.isEmpty()) {
            polygon->addHole(path);
        }
    }
    return true;
}

// Leaves the ring empty when it is collapsed: three positions that run to a
// point and back, enclosing nothing. GeoJSON does not allow such rings, but
// the embedded outlines hold some where the source's coordinate rounding
// shrank small islands to a line; they are skipped rather than refused.
bool GeometryReader::readRing(const QJsonValue &value, const QString &where,
                              QList<QGeoCoordinate> *ring, Extent *extent)
{
    if (!value.isArray())
        return fail(where, QCoreApplication::translate("GeoJson",
                                                       "expected an array of positions, found %1")
                               .arg(GeoJson::describe(value)));
    const QJsonArray positions = value.toArray();
    ring->reserve(positions.size());
    for (int i = 0; i < positions.size(); ++i) {
        QGeoCoordinate c;
        const QString problem = parsePosition(positions.at(i), &c);
        if (!problem.isEmpty())
            return fail(
                QStringLiteral("%1, %2").arg(
                    where, QCoreApplication::translate("GeoJson", "position #%1").arg(i + 1)),
                problem);
        ring->append(c);
        extent->add(c.longitude(), c.latitude());
    }
    const bool closed = !ring->isEmpty() && ring->constFirst() == ring->constLast();
    if (ring->size() == 3 && closed) {
        ring->clear();
        *extent = Extent();
        return true;
    }
    if (ring->size() < 4)
        return fail(where, QCoreApplication::translate(
                               "GeoJson", "a ring needs at least 4 positions, found %1")
                               .arg(ring->size()));
    if (!closed)
        return fail(where, QCoreApplication::translate(
                               "GeoJson", "not closed: the last position differs from the first"));
    ring->removeLast();
    return true;
}

} // namespace

bool GeoArea::contains(const QGeoCoordinate &coordinate) const
{
    if (!bounds.isValid() || !bounds.contains(coordinate))
        return false;
    for (int i = 0; i < polygons.size(); ++i) {
        if (polygonBounds.at(i).contains(coordinate) && polygons.at(i).contains(coordinate))
            return true;
    }
    return false;
}

void GeoArea::add(const GeoArea &other)
{
    polygons += other.polygons;
    polygonBounds += other.polygonBounds;
    bounds = GeoJson::united(bounds, other.bounds);
}

namespace GeoJson {

QString Feature::label() const
{
    if (name.isEmpty())
        return QCoreApplication::translate("GeoJson", "feature #%1").arg(index + 1);
    return QCoreApplication::translate("GeoJson", "feature #%1 (%2)").arg(index + 1).arg(name);
}

QGeoRectangle united(const QGeoRectangle &a, const QGeoRectangle &b)
{
    Extent extent;
    extent.add(a);
    extent.add(b);
    return extent.rectangle();
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(value.toString());
    case QJsonValue::Array: {
        // A short array, such as a broken position, is clearest shown as is.
        const QByteArray json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return json.size() <= 40 ? QString::fromUtf8(json)
                                 : QCoreApplication::translate("GeoJson", "an array");
    }
    case QJsonValue::Object:
        return QCoreApplication::translate("GeoJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("GeoJson", "nothing");
}

Result propertyProblem(const QString &source, const Feature &feature, const QString &key,
                       const QString &message)
{
    return Result::failure(QStringLiteral("%1: %2: properties: \"%3\": %4")
                               .arg(source, feature.label(), key, message));
}

ResultOf<QString> stringProperty(const QString &source, const Feature &feature, const QString &key)
{
    const QJsonValue value = feature.properties.value(key);
    if (!value.isString())
        return propertyProblem(source, feature, key,
                               QCoreApplication::translate("GeoJson", "expected a string, found %1")
                                   .arg(describe(value)));
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return propertyProblem(source, feature, key,
                               QCoreApplication::translate("GeoJson", "is empty"));
    return text;
}

ResultOf<QGeoCoordinate> positionProperty(const QString &source, const Feature &feature,
                                          const QString &key)
{
    QGeoCoordinate position;
    const QString problem = parsePosition(feature.properties.value(key), &position);
    if (!problem.isEmpty())
        return propertyProblem(source, feature, key, problem);
    return position;
}

ResultOf<QList<Feature>> readFeatures(const QByteArray &rawBytes, const QString &source)
{
    const bool hasBom = rawBytes.startsWith("\xEF\xBB\xBF");
    const QByteArray bytes = hasBom ? rawBytes.mid(3) : rawBytes;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result::failure(QStringLiteral("%1:%2: %3")
                                   .arg(source, textPosition(bytes, parseError.offset),
                                        QCoreApplication::translate("GeoJson", "not JSON: %1")
                                            .arg(parseError.errorString())));
    }
    const QJsonValue top = json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
    if (top[QStringLiteral("type")].toString() != QLatin1String("FeatureCollection")) {
        return Result::failure(QStringLiteral("%1: %2").arg(
            source,
            QCoreApplication::translate("GeoJson", "expected \"FeatureCollection\", found %1")
                .arg(describeType(top))));
    }
    const QJsonValue features = top[QStringLiteral("features")];
    if (!features.isArray() || features.toArray().isEmpty()) {
        const QString problem =
            features.isArray()
                ? QCoreApplication::translate("GeoJson", "no features")
                : QCoreApplication::translate("GeoJson", "expected an array, found %1")
                      .arg(describe(features));
        return Result::failure(QStringLiteral("%1: \"features\": %2").arg(source, problem));
    }

    const QJsonArray array = features.toArray();
    QList<Feature> list;
    list.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const QJsonObject object = value.toObject();
        Feature feature;
        feature.index = i;
        // Name the feature in every message, even one about its type.
        feature.name =
            object.value(QStringLiteral("properties"))[QStringLiteral("name")].toString().trimmed();
        if (object.value(QStringLiteral("type")).toString() != QLatin1String("Feature")) {
            return Result::failure(
                QStringLiteral("%1: %2: %3")
                    .arg(source, feature.label(),
                         QCoreApplication::translate("GeoJson", "expected \"Feature\", found %1")
                             .arg(describeType(value))));
        }
        const QJsonValue properties = object.value(QStringLiteral("properties"));
        if (!properties.isObject()) {
            return Result::failure(
                QStringLiteral("%1: %2: properties: %3")
                    .arg(source, feature.label(),
                         QCoreApplication::translate("GeoJson", "expected an object, found %1")
                             .arg(describe(properties))));
        }
        feature.properties = properties.toObject();
        GeometryReader reader(source, feature);
        if (!reader.read(object.value(QStringLiteral("geometry")), &feature.area))
            return Result::failure(reader.error());
        list.append(std::move(feature));
    }
    return list;
}

} // namespace GeoJson
