#pragma once

#include "charts/parkchartfactory.h"
#include "figurenotes.h"
#include "parkfilter.h"
#include "parkrecord.h"
#include "reportcontent.h"
#include "reportfigures.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The charts and maps of a report pack, drawn as SVG documents by the same
// code as --export-chart and --export-map. Needs a QGuiApplication (the
// offscreen platform will do).
namespace ReportGraphics {

struct Graphic
{
    ReportContent::Section section = ReportContent::Charts;
    QString title;
    QByteArray svg; // a whole SVG document
};

struct Request
{
    // Every park of the store; FILTER chooses those drawn.
    const QList<ParkRecord> *records = nullptr;
    ParkFilter filter;
    QList<ReportFigure> reportFigures; // all of the store's
    FigureNotes notes;                 // coverage and source lines
    bool english = false;
    ReportContent::Sections sections;
    QList<ChartKind> charts{ChartKind::ByProvince, ChartKind::ByYear, ChartKind::Leadership};
};

// The charts (when sections has Charts), then the national map and a map
// of the cities of each province the filter names (when it has Map).
QList<Graphic> draw(const Request &request);

} // namespace ReportGraphics
