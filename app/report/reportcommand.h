#pragma once

#include "charts/parkchartfactory.h"
#include "commandresult.h"
#include "fieldregistry.h"
#include "parkfilter.h"
#include "parkstore.h"
#include "report/reportrenderer.h"
#include "reportcontent.h"

#include <QDate>
#include <QPageSize>
#include <QString>

#include <optional>

// --export-report: a report pack of a store, as a PDF or an HTML file (by
// the output's extension). Needs a QGuiApplication (the offscreen platform
// will do).
namespace ReportCommand {

// By province, by year, leadership.
QList<ChartKind> defaultCharts();

struct Request
{
    QString outPath; // .pdf or .html (.htm)
    bool english = false;
    QPageSize::PageSizeId paper = QPageSize::A4;
    ReportContent::Sections sections = ReportContent::defaultSections();
    // Fact sheets even above ReportContent::FactSheetLimit parks (asked for
    // by name).
    bool factSheetsAtAnySize = false;
    // The charts of the Charts section, in this order.
    QList<ChartKind> charts = defaultCharts();
    // The park table's columns; empty: ReportContent::defaultColumns().
    QList<ParkField> columns;
    QString title;
    QString subtitle;
    ParkFilter filter;
    // Default: ReportContent::reportDate().
    std::optional<QDate> date;
};

// The content the report is made of, for the renderers and for tests.
ReportContent::Document content(const Request &request, const ParkDocument &document);

// The file's bytes; empty when they could not be produced or PROGRESS said
// stop.
QByteArray render(const Request &request, const ParkDocument &document,
                  const ReportRenderer::Progress &progress = {});

// Writes the file atomically. ExitCode::Usage for an unknown extension,
// WriteFailed when the file cannot be written (the message names it).
CommandResult run(const Request &request, const ParkDocument &document);

// "title,headline,…": the sections named; a message naming the unknown one.
ResultOf<ReportContent::Sections> sectionsFromList(const QString &list);
// "by-province,by-year": the chart kinds named (chartKindId()), in order.
ResultOf<QList<ChartKind>> chartsFromList(const QString &list);
// "nameZh,province,…": the fields named by their JSON keys, in order.
ResultOf<QList<ParkField>> columnsFromList(const QString &list);
// "a4" or "letter".
std::optional<QPageSize::PageSizeId> paperFromId(const QString &id);

} // namespace ReportCommand
