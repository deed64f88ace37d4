#pragma once

#include "charts/parkchartfactory.h"
#include "commandresult.h"
#include "export/imageexporter.h"
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
    int dpi = ImageExportSettings::ScreenDpi;
    bool english = false;
    ParkFilter filter;
    int topN = 10;
    // Printed under the figure (coverage and source lines).
    FigureNotes notes;
    bool logScale = false; // ChartOptions::logScale
    // The store's report figures; those the filter covers are drawn.
    QList<ReportFigure> reportFigures;
};

// The records the filter lets through, in their order; the same test as the
// table's filter.
Aggregations::Records filtered(const QList<ParkRecord> &records, const ParkFilter &filter);

// ExitCode::WriteFailed when the file could not be written, ExitCode::Usage
// for an unknown format or an impossible size or resolution; the message
// names the file and the reason.
CommandResult run(const Request &request, const QList<ParkRecord> &records);

} // namespace ChartCommand
