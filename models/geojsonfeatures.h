#pragma once

#include "result.h"

#include <QByteArray>
#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QGeoRectangle>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// An area made of polygons with holes, as a GeoJSON Polygon or MultiPolygon
// describes it, with the boxes that let point look-ups skip most parts.
struct GeoArea
{
    // One per part of a MultiPolygon, with its holes. The closing position
    // of each GeoJSON ring is dropped: QGeoPolygon closes itself.
    QList<QGeoPolygon> polygons;
    // Parallel to polygons.
    QList<QGeoRectangle> polygonBounds;
    QGeoRectangle bounds;

    bool contains(const QGeoCoordinate &coordinate) const;
    // The parts of OTHER added to this area.
    void add(const GeoArea &other);
};

// Reading the features of a GeoJSON FeatureCollection whose geometries are
// areas: the outlines of provinces and of cities. The geometry is checked
// as it is read; the properties are left to the caller, who reports its
// findings through FeatureProblem so that every message names the place:
// "SOURCE: feature #3 (河北): properties: \"adcode\": ..." or, for syntax
// errors, "SOURCE:LINE:COLUMN: not JSON: ...". The one leniency: rings
// collapsed to a line (three positions, there and back), which the embedded
// outlines contain, are skipped.
namespace GeoJson {

struct Feature
{
    int index = 0; // in the collection, from 0
    QString name;  // properties.name, for messages
    QJsonObject properties;
    GeoArea area;
    QString label() const; // "feature #3 (河北)"
};

// Every feature of the collection, or the first fault found.
ResultOf<QList<Feature>> readFeatures(const QByteArray &bytes, const QString &source);

// The box round both A and B; an invalid box adds nothing.
QGeoRectangle united(const QGeoRectangle &a, const QGeoRectangle &b);

// How a value shows in a message: strings quoted, short arrays as JSON,
// other containers by kind.
QString describe(const QJsonValue &value);

// The message for a fault in a feature's property KEY.
Result propertyProblem(const QString &source, const Feature &feature, const QString &key,
                       const QString &message);

// A property that must be a non-empty string; the message otherwise.
ResultOf<QString> stringProperty(const QString &source, const Feature &feature, const QString &key);
// A [longitude, latitude] property.
ResultOf<QGeoCoordinate> positionProperty(const QString &source, const Feature &feature,
                                          const QString &key);

} // namespace GeoJson
