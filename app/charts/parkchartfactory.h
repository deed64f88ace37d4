#pragma once

#include "aggregations.h"
#include "parksnapshot.h"
#include "reportfigures.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QChart;

enum class ChartKind
{
    ByProvince,
    ByCity,
    TopArea,
    TopEnterprises,
    TopFund,
    ByYear,
    ByMonth,
    Leadership
};

// The stable names used on the command line and in the settings
// ("by-province", "top-area", ...).
QString chartKindId(ChartKind kind);
std::optional<ChartKind> chartKindFromId(const QString &id);
QList<ChartKind> allChartKinds();
// The translated name for menus and combo boxes.
QString chartKindName(ChartKind kind);
// Whether the chart shows only the N largest entries.
bool chartKindUsesTopN(ChartKind kind);
// Whether the chart can draw its values on a logarithmic axis (the top-N
// charts of measured values: area, enterprises, fund).
bool chartKindCanUseLogScale(ChartKind kind);

struct ChartOptions
{
    int topN = 10;
    // Park and province names in English rather than Chinese. The chart's
    // own texts follow the installed translation.
    bool english = false;
    // FilterDescription::summary() of the filter that chose the records,
    // shown under the title; empty when nothing is filtered.
    QString filterText;
    bool dark = false;
    // A logarithmic value axis, for values over orders of magnitude; only
    // where chartKindCanUseLogScale(). Values of zero or less have no place
    // on it: their bars are left out, their values still written.
    bool logScale = false;
    // The report's figures whose scope the filter covers in full
    // (figuresWithin()): drawn where the chart has a place for them, as a
    // dashed outline or tick on a bar, a bracket over a run of years or
    // months, or the report's own split beside the leadership chart.
    QList<ReportFigure> reportFigures;
};

// What a built chart stands for, beyond what QChart can say: the record
// behind each category (for clicks), and the texts in plain form (the
// chart's own title is HTML).
struct ChartInfo
{
    ChartKind kind = ChartKind::ByProvince;
    // One per category in axis order (per slice for the leadership chart):
    // full province name, city, year, month number (1-12), park id, or the
    // JSON leadership value ("government", "enterprise", "unknown").
    QStringList categoryKeys;
    QString title;
    QString subtitle; // record count and filter
    QString footnote; // what is left out; empty when nothing is
    int recordCount = 0;
    // Records the chart cannot place: unknown value, date or place, or
    // beyond the top N cities.
    int notShown = 0;
    // Every value in words, for screen readers and the accessible
    // description of the view.
    QString description;
};

// A chart and what it stands for, as buildChart() makes them. The chart
// keeps no reference to the records it was built from.
struct BuiltChart
{
    QChart *chart = nullptr; // owned by the caller
    ChartInfo info;
};

// Builds a chart of RECORDS; the same input always gives the same chart.
// The records are read only during the call.
BuiltChart buildChart(ChartKind kind, const Aggregations::Records &records,
                      const ChartOptions &options);
// The same chart of a snapshot's records, counted through what the snapshot
// keeps (ParkSnapshot::byProvinceAndCity).
BuiltChart buildChart(ChartKind kind, const ParkSnapshot &records, const ChartOptions &options);
