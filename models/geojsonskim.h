#pragma once

#include "geojsonfeatures.h"

#include <optional>

namespace GeoJson {

// The features of a FeatureCollection with their properties and without
// their geometry, skimmed in one pass over the bytes: a geometry is skipped
// by its brackets, never parsed, so a collection of outlines is read in a
// few milliseconds where parsing it whole takes a tenth of a second. Only
// for well-formed input: nothing is reported, and anything unexpected (not
// a FeatureCollection, a feature whose type is not "Feature" or whose
// properties are not an object, bytes out of place) gives nullopt, for the
// caller to read the collection whole, which says what is wrong and where.
std::optional<QList<Feature>> skimFeatures(const QByteArray &bytes);

} // namespace GeoJson
