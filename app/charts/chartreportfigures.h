#pragma once

#include "aggregations.h"
#include "reportfigures.h"

#include "chartbarmarks.h"

#include <QList>
#include <QLocale>
#include <QString>

// Which of the report's figures a chart can show, and the marks and texts
// that show them: the report states parks per province and per city (some
// of them government-led only), parks founded in a span of years or months,
// the split by leadership and the largest values of a few parks. The
// figures given are those whose scope the view's filter covers in full
// (figuresWithin()), so a figure is only drawn beside data that can be
// compared with it.
namespace ChartReportFigures {

// A boolean property on a series that shows the report's figures rather
// than the dataset's: its parts stand for no category a click could filter.
inline constexpr char ReportSeriesProperty[] = "parkexplorerReportSeries";

// One bar of a chart stacked by leadership: its key (full province name,
// city) and the dataset's count.
struct Bar
{
    QString key;
    Aggregations::Count count;
};

// The report's park count for a bar, in total and for government-led parks.
struct BarFigures
{
    const ReportFigure *total = nullptr;
    const ReportFigure *government = nullptr;
};

enum class Place
{
    Province,
    City
};

// The figures that speak of one province or city (and of nothing else but,
// at most, government-led parks), keyed by the full name.
QMap<QString, BarFigures> perPlace(const QList<ReportFigure> &figures, Place place);

// A dashed outline to the report's total and a tick at its government-led
// count on each bar with a figure, the text after the bar saying both and
// flagging a dataset value above the report's.
QList<ChartBarMarks::BarMark>
barMarks(const QList<Bar> &bars, const QMap<QString, BarFigures> &figures, const QLocale &locale);

// Park counts over a run of founding years or months: brackets over the
// bars of the run, keyed by the first year (or month) on the axis.
enum class Period
{
    Year,
    Month
};
QList<ChartBarMarks::Bracket> brackets(const QList<ReportFigure> &figures, Period period,
                                       int firstOnAxis, int lastOnAxis,
                                       const Aggregations::Records &records, const QLocale &locale);

// The report's total and government-led counts for the whole country, for
// the leadership chart; nullptr where it states none.
BarFigures nationalSplit(const QList<ReportFigure> &figures);

// The report's largest value of METRIC (key maxAreaKm2, ...), nullptr if
// it states none.
const ReportFigure *largest(const QList<ReportFigure> &figures, Aggregations::Metric metric);

// "Report: 7", "Report: more than 100", in the UI language.
QString reportValueText(const ReportFigure &figure, const QLocale &locale);

} // namespace ChartReportFigures
