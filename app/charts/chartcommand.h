#pragma once

#include "charts/parkchartfactory.h"
#include "parkfilter.h"
#include "parkrecord.h"

#include <QList>
#include <QSize>
#include <QString>

// Writes a chart to a file without a window, for the command line. It needs
// a QGuiApplication (the offscreen platform will do) for fonts and painting.
namespace ChartCommand {

struct Request
{
    ChartKind kind = ChartKind::ByProvince;
    QString outPath; // the extension (.png, .svg, .pdf) chooses the format
    QSize sizePx{1600, 1000};
    int dpi = 96;
    bool english = false;
    ParkFilter filter;
    int topN = 10;
};

enum ExitCode
{
    Success = 0,
    ExportFailed = 1, // the file could not be written
    BadArguments = 2, // unknown format, impossible size or resolution
};

// The records the filter lets through, in their order; the same test as the
// table's filter.
Aggregations::Records filtered(const QList<ParkRecord> &records, const ParkFilter &filter);

// Returns an ExitCode; on failure ERRORMESSAGE (if given) names the file
// and the reason.
int run(const Request &request, const QList<ParkRecord> &records, QString *errorMessage);

} // namespace ChartCommand
