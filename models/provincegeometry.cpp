#include "provincegeometry.h"

#include "provinces.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <limits>

const QString ProvinceGeometry::EmbeddedPath = QStringLiteral(":/geo/china-provinces.geojson");

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProvinceGeometry", text);
}

// How a value shows in a message: strings quoted, short arrays as JSON,
// other containers by kind.
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
        return json.size() <= 40 ? QString::fromUtf8(json) : tr("an array");
    }
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString describeType(const QJsonValue &value)
{
    if (!value.isObject())
        return describe(value);
    const QJsonValue type = value.toObject().value(QStringLiteral("type"));
    return type.isUndefined() ? tr("no \"type\"") : describe(type);
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
        return tr("expected [longitude, latitude], found %1").arg(describe(value));
    }
    const double lon = array.at(0).toDouble();
    const double lat = array.at(1).toDouble();
    // Written so that NaN and infinity fail too.
    if (!(std::abs(lon) <= 180.0))
        return tr("longitude %1 is out of range [-180, 180]").arg(describe(array.at(0)));
    if (!(std::abs(lat) <= 90.0))
        return tr("latitude %1 is out of range [-90, 90]").arg(describe(array.at(1)));
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
    bool isEmpty() const { return west > east; }
    QGeoRectangle rectangle() const
    {
        if (isEmpty())
            return {};
        return QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east));
    }
};

// Reads one feature. Every failure is reported with the place it was found
// at, so that a hand-edited file can be fixed without guessing.
class FeatureReader
{
public:
    FeatureReader(const QString &source, int index)
        : m_source(source)
        , m_index(index)
    {}

    bool read(const QJsonValue &feature, ProvinceShape *shape);
    QString error() const { return m_error; }
    QString label() const;

private:
    bool fail(const QString &where, const QString &message);
    bool readString(const QJsonObject &properties, const QString &key, QString *out);
    bool readProperties(const QJsonValue &value, ProvinceShape *shape);
    bool readCode(const QJsonObject &properties, bool inset, int *code);
    bool readGeometry(const QJsonValue &value, ProvinceShape *shape);
    bool readPolygon(const QJsonValue &value, const QString &part, QGeoPolygon *polygon,
                     Extent *extent);
    bool readRing(const QJsonValue &value, const QString &where, QList<QGeoCoordinate> *ring,
                  Extent *extent);
    bool readPosition(const QJsonValue &value, const QString &where, QGeoCoordinate *position);

    QString m_source;
    int m_index = 0;
    QString m_name;
    QString m_error;
};

QString FeatureReader::label() const
{
    if (m_name.isEmpty())
        return tr("feature #%1").arg(m_index + 1);
    return tr("feature #%1 (%2)").arg(m_index + 1).arg(m_name);
}

bool FeatureReader::fail(const QString &where, const QString &message)
{
    if (where.isEmpty())
        m_error = QStringLiteral("%1: %2: %3").arg(m_source, label(), message);
    else
        m_error = QStringLiteral("%1: %2: %3: %4").arg(m_source, label(), where, message);
    return false;
}

bool FeatureReader::read(const QJsonValue &feature, ProvinceShape *shape)
{
    const QJsonObject object = feature.toObject();
    // Name the feature in every message, even one about its type.
    const QJsonValue name = object.value(QStringLiteral("properties"))[QStringLiteral("name")];
    m_name = name.toString().trimmed();

    if (object.value(QStringLiteral("type")).toString() != QLatin1String("Feature"))
        return fail({}, tr("expected \"Feature\", found %1").arg(describeType(feature)));
    return readProperties(object.value(QStringLiteral("properties")), shape) &&
           readGeometry(object.value(QStringLiteral("geometry")), shape);
}

bool FeatureReader::readString(const QJsonObject &properties, const QString &key, QString *out)
{
    const QJsonValue value = properties.value(key);
    const QString where = QStringLiteral("properties: \"%1\"").arg(key);
    if (!value.isString())
        return fail(where, tr("expected a string, found %1").arg(describe(value)));
    *out = value.toString().trimmed();
    if (out->isEmpty())
        return fail(where, tr("is empty"));
    return true;
}

bool FeatureReader::readProperties(const QJsonValue &value, ProvinceShape *shape)
{
    if (!value.isObject()) {
        return fail(QStringLiteral("properties"),
                    tr("expected an object, found %1").arg(describe(value)));
    }
    const QJsonObject properties = value.toObject();
    if (!readString(properties, QStringLiteral("name"), &shape->name) ||
        !readString(properties, QStringLiteral("fullname"), &shape->fullName) ||
        !readString(properties, QStringLiteral("name_en"), &shape->nameEn)) {
        return false;
    }

    const QJsonValue inset = properties.value(QStringLiteral("inset"));
    if (!inset.isUndefined() && !inset.isNull() && !inset.isBool()) {
        return fail(QStringLiteral("properties: \"inset\""),
                    tr("expected true or false, found %1").arg(describe(inset)));
    }
    shape->inset = inset.toBool(false);
    if (!readCode(properties, shape->inset, &shape->code))
        return false;

    return readPosition(properties.value(QStringLiteral("center")),
                        QStringLiteral("properties: \"center\""), &shape->labelPoint);
}

bool FeatureReader::readCode(const QJsonObject &properties, bool inset, int *code)
{
    const QJsonValue value = properties.value(QStringLiteral("adcode"));
    const QString where = QStringLiteral("properties: \"adcode\"");
    if ((value.isNull() || value.isUndefined()) && inset) {
        *code = 0;
        return true;
    }
    if (!value.isDouble())
        return fail(where, tr("expected a GB/T 2260 code, found %1").arg(describe(value)));
    const double number = value.toDouble();
    const bool whole = number == std::floor(number) && std::abs(number) < 1e9;
    if (!whole || !Provinces::byCode(int(number))) {
        return fail(where,
                    tr("%1 is not the code of a provincial-level division").arg(describe(value)));
    }
    *code = int(number);
    return true;
}

bool FeatureReader::readGeometry(const QJsonValue &value, ProvinceShape *shape)
{
    const QString where = QStringLiteral("geometry");
    if (!value.isObject())
        return fail(where, tr("expected an object, found %1").arg(describe(value)));
    const QString type = value[QStringLiteral("type")].toString();
    const bool multi = type == QLatin1String("MultiPolygon");
    if (!multi && type != QLatin1String("Polygon")) {
        return fail(
            where,
            tr("expected \"Polygon\" or \"MultiPolygon\", found %1").arg(describeType(value)));
    }
    const QJsonValue coordinates = value[QStringLiteral("coordinates")];
    const QString coordinatesWhere = QStringLiteral("geometry: \"coordinates\"");
    if (!coordinates.isArray()) {
        return fail(coordinatesWhere, tr("expected an array, found %1").arg(describe(coordinates)));
    }

    const QJsonArray parts = multi ? coordinates.toArray() : QJsonArray{coordinates};
    if (parts.isEmpty())
        return fail(coordinatesWhere, tr("no polygons"));
    Extent shapeExtent;
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = multi ? tr("polygon #%1").arg(i + 1) : QString();
        QGeoPolygon polygon;
        Extent extent;
        if (!readPolygon(parts.at(i), part, &polygon, &extent))
            return false;
        if (polygon.perimeter().isEmpty())
            continue; // collapsed
        // contains() fills its projected-path cache on first use, writing
        // through a const object; doing that now keeps look-ups read-only.
        polygon.contains(polygon.perimeter().constFirst());
        shape->polygons.append(polygon);
        shape->polygonBounds.append(extent.rectangle());
        shapeExtent.add(extent);
    }
    if (shape->polygons.isEmpty())
        return fail(where, tr("no polygon encloses an area"));
    shape->bounds = shapeExtent.rectangle();
    return true;
}

// Leaves the polygon empty when its outer ring is collapsed.
bool FeatureReader::readPolygon(const QJsonValue &value, const QString &part, QGeoPolygon *polygon,
                                Extent *extent)
{
    const QString where =
        part.isEmpty() ? QStringLiteral("geometry") : QStringLiteral("geometry: %1").arg(part);
    if (!value.isArray())
        return fail(where, tr("expected an array of rings, found %1").arg(describe(value)));
    const QJsonArray rings = value.toArray();
    if (rings.isEmpty())
        return fail(where, tr("no rings"));
    for (int r = 0; r < rings.size(); ++r) {
        const QString ring = tr("ring #%1").arg(r + 1);
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
bool FeatureReader::readRing(const QJsonValue &value, const QString &where,
                             QList<QGeoCoordinate> *ring, Extent *extent)
{
    if (!value.isArray())
        return fail(where, tr("expected an array of positions, found %1").arg(describe(value)));
    const QJsonArray positions = value.toArray();
    ring->reserve(positions.size());
    for (int i = 0; i < positions.size(); ++i) {
        QGeoCoordinate c;
        const QString problem = parsePosition(positions.at(i), &c);
        if (!problem.isEmpty())
            return fail(QStringLiteral("%1, %2").arg(where, tr("position #%1").arg(i + 1)),
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
        return fail(where, tr("a ring needs at least 4 positions, found %1").arg(ring->size()));
    if (!closed)
        return fail(where, tr("not closed: the last position differs from the first"));
    ring->removeLast();
    return true;
}

bool FeatureReader::readPosition(const QJsonValue &value, const QString &where,
                                 QGeoCoordinate *position)
{
    const QString problem = parsePosition(value, position);
    return problem.isEmpty() || fail(where, problem);
}

ResultOf<QList<ProvinceShape>> readCollection(const QByteArray &rawBytes, const QString &source)
{
    const bool hasBom = rawBytes.startsWith("\xEF\xBB\xBF");
    const QByteArray bytes = hasBom ? rawBytes.mid(3) : rawBytes;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result::failure(QStringLiteral("%1:%2: %3")
                                   .arg(source, textPosition(bytes, parseError.offset),
                                        tr("not JSON: %1").arg(parseError.errorString())));
    }
    const QJsonValue top = json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
    if (top[QStringLiteral("type")].toString() != QLatin1String("FeatureCollection")) {
        return Result::failure(QStringLiteral("%1: %2").arg(
            source, tr("expected \"FeatureCollection\", found %1").arg(describeType(top))));
    }
    const QJsonValue features = top[QStringLiteral("features")];
    if (!features.isArray() || features.toArray().isEmpty()) {
        const QString problem = features.isArray()
                                    ? tr("no features")
                                    : tr("expected an array, found %1").arg(describe(features));
        return Result::failure(QStringLiteral("%1: \"features\": %2").arg(source, problem));
    }

    const QJsonArray array = features.toArray();
    QList<ProvinceShape> shapes;
    shapes.reserve(array.size());
    QHash<int, int> indexByCode;
    for (int i = 0; i < array.size(); ++i) {
        FeatureReader reader(source, i);
        ProvinceShape shape;
        if (!reader.read(array.at(i), &shape))
            return Result::failure(reader.error());
        if (shape.code != 0 && indexByCode.contains(shape.code)) {
            return Result::failure(QStringLiteral("%1: %2: properties: \"adcode\": %3")
                                       .arg(source, reader.label(),
                                            tr("%1 repeats feature #%2")
                                                .arg(shape.code)
                                                .arg(indexByCode.value(shape.code) + 1)));
        }
        indexByCode.insert(shape.code, i);
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
    Extent extent;
    for (int i = 0; i < m_shapes.size(); ++i) {
        const ProvinceShape &shape = m_shapes.at(i);
        if (shape.inset)
            continue;
        if (shape.code != 0)
            m_indexByCode.insert(shape.code, i);
        m_lookupOrder.append(i);
        const QGeoRectangle &b = shape.bounds;
        extent.add(b.topLeft().longitude(), b.topLeft().latitude());
        extent.add(b.bottomRight().longitude(), b.bottomRight().latitude());
    }
    m_bounds = extent.rectangle();
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
        return Result::failure(
            QStringLiteral("%1: %2").arg(path, tr("cannot be read: %1").arg(file.errorString())));
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
