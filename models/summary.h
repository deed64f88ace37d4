#pragma once

#include "aggregations.h"
#include "reportfigures.h"

#include <QJsonObject>

// The headline figures of a set of records, with the report's stated figures
// beside the dataset's, as one JSON object (for --summary and for copying).
namespace Summary {

// Largest values leave qualified values out unless QUALIFIED includes them;
// each says how many it left out and which. A report figure the dataset
// contradicts carries "conflict": true and the ids of the records behind it.
QJsonObject build(const Aggregations::Records &records, const QList<ReportFigure> &figures,
                  Aggregations::QualifiedValues qualified = Aggregations::QualifiedValues::Exclude);

} // namespace Summary
