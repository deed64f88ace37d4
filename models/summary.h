#pragma once

#include "aggregations.h"
#include "reportfigures.h"

#include <QJsonObject>

// The headline figures of a set of records, with the report's stated figures
// beside the dataset's, as one JSON object (for --summary and for copying).
namespace Summary {

QJsonObject build(const Aggregations::Records &records, const QList<ReportFigure> &figures);

} // namespace Summary
