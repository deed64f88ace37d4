#pragma once

#include "choroplethmetric.h"
#include "classification.h"
#include "commandresult.h"
#include "export/imageexporter.h"
#include "parkfilter.h"
#include "parkrecord.h"
#include "reportfigures.h"

#include <QList>
#include <QSize>
#include <QString>

#include <optional>

// The province map for the command line: the records a filter lets
// through, classed and coloured as in the Map tab, written to a PNG, SVG or
// PDF file (by its extension). Needs a QGuiApplication (fonts), which may
// run on the offscreen platform. Texts follow the installed translation;
// ENGLISH picks the province names.
namespace MapCommand {

struct Request
{
    MapMetric metric = MapMetric::ParkCount;
    Classification::Method method = Classification::Method::Jenks;
    int classes = 5;
    // Whether the sums take in the values the sources qualify.
    Aggregations::QualifiedValues qualified = Aggregations::QualifiedValues::Exclude;
    QString outPath;
    QSize sizePx{2400, 1800};
    int dpi = ImageExportSettings::ScreenDpi;
    bool english = false;
    ParkFilter filter;
    // The store's report figures: provinces the report counts parks in
    // that the dataset lacks are hatched apart from those without parks.
    QList<ReportFigure> reportFigures;
    // Printed under the figure (coverage and source lines).
    FigureNotes notes;
    // Level::City with a province: the map of that province's cities, with
    // its parks marked;
    // without one, the map of China with a circle for each city's parks.
    enum class Level
    {
        Province,
        City
    };
    Level level = Level::Province;
    // The full name of the province whose cities a city map shows.
    QString province;
};

// ExitCode::Ok when the file was written; WriteFailed when it could not be
// (the message names the file and the reason); Usage for a request that
// makes no sense (unknown extension, classes outside 3–5, size or dpi out of
// range). RECORDS are freed as the file is written: pass them by moving
// when nothing else needs them, which spares the caller freeing them.
CommandResult run(const Request &request, QList<ParkRecord> records);

// "parks", "government", "enterprise", "enterprises", "area", "fund".
std::optional<MapMetric> metricFromId(const QString &id);
// "equal", "quantile", "jenks".
std::optional<Classification::Method> methodFromId(const QString &id);

// The records FILTER lets through, exactly as ParkFilterProxy decides.
Aggregations::Records filtered(const QList<ParkRecord> &records, const ParkFilter &filter);

} // namespace MapCommand
