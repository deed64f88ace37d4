#pragma once

#include "aggregations.h"
#include "parkfilter.h"
#include "parkrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// What part of the parks a figure speaks of: all of them, or those of one
// leadership, province, city or founding period.
struct FigureScope
{
    Leadership leadership = Leadership::Unknown; // Unknown: any
    QString province;                            // full name; empty: any
    QString city;
    int foundedFrom = 0; // year; 0: open
    int foundedTo = 0;
    QList<int> foundedMonths; // 1-12; empty: any

    bool isEverything() const;
    bool matches(const ParkRecord &record) const;
    // "government-led · 浙江省 · 2017–2018" in the UI language (translation
    // context "FigureScope").
    QString describe(bool english) const;
    // Whether FILTER lets every park of this scope through, so that the
    // figure still speaks of parks the view shows (a filter on 广州市 keeps
    // the report's "6 parks in 广州市"). Only place, leadership and founding
    // year criteria can; a city's province is read from RECORDS (the city
    // names no province of its own).
    bool isWithin(const ParkFilter &filter, const QList<const ParkRecord *> &records) const;
    // The same with the provinces of each city gathered once
    // (cityProvinces()), for many scopes.
    bool isWithin(const ParkFilter &filter,
                  const QHash<QString, QSet<QString>> &provincesByCity) const;
    static QHash<QString, QSet<QString>> cityProvinces(const QList<const ParkRecord *> &records);
};

// A figure the report states (44 parks, 23 government-led, ...), read from
// the store's about.reportFigures, and how to compute the same figure from
// the dataset so that the two can stand side by side.
struct ReportFigure
{
    QString key; // parks, provinces, maxAreaKm2, maxEnterprises, maxFundCny100m, ...
    FigureScope scope;
    double value = 0;
    QString labelEn;
    QString quoteZh;
    QString parkId;    // the park the figure is about, if any
    QString qualifier; // e.g. "more than"

    // The same figure computed over the given records; nullopt when the key
    // is not one the app knows how to compute or no record has the value.
    std::optional<double> datasetValue(const QList<const ParkRecord *> &records) const;
    // A label in the UI language.
    QString label(bool english) const;

    // Whether the figure counts parks or provinces (parks,
    // parksWithPublishedFund, provinces) or names a largest value (max...).
    bool isCount() const;
    bool isLargest() const;
    // The measure a largest-value figure names (area, enterprises, fund).
    std::optional<Aggregations::Metric> largestMetric() const;
    // Whether the dataset's value for the same scope contradicts the
    // report: the dataset holds a subset of the report's parks, so its count
    // or its largest value can never exceed the report's. A figure the report
    // qualifies ("more than 100") rules out nothing above it.
    bool isContradictedBy(const std::optional<double> &dataset) const;
    // Whether a record of the scope stands behind a contradiction: for a
    // count every record counted, for a largest value those above the
    // report's.
    bool isBehindConflict(const ParkRecord &record) const;
};

// A report figure set against the dataset.
struct FigureComparison
{
    std::optional<double> dataset;
    bool conflict = false;
    // The records behind a conflict: how many, and the first of them (at
    // most the maxListed asked for), in the records' order within each
    // founding period.
    int conflictRecordCount = 0;
    QList<const ParkRecord *> conflictRecords;
};

QList<ReportFigure> parseReportFigures(const QJsonObject &about);

// The figures whose scope FILTER lets through in full (FigureScope::isWithin),
// in their order: those a view under FILTER can set beside its data. ALL are
// the records before filtering, where a city's province is read.
QList<ReportFigure> figuresWithin(const QList<ReportFigure> &figures, const ParkFilter &filter,
                                  const QList<const ParkRecord *> &all);

// ReportFigure::datasetValue() of each of FIGURES, in their order, without
// going through the records once per figure: the records are gathered once
// into cells by leadership, province, city, year and month, and each
// distinct scope adds up the cells it covers. The work is O(records +
// figures × cells of one place), where the cells of one place are at most
// 13 per founding year present (README, "Command line": --summary).
QList<std::optional<double>> datasetValues(const QList<ReportFigure> &figures,
                                           const QList<const ParkRecord *> &records);
// The same pass, with each figure's conflict and the records behind it (at
// most MAXLISTED listed per figure).
QList<FigureComparison> compareFigures(const QList<ReportFigure> &figures,
                                       const QList<const ParkRecord *> &records,
                                       int maxListed = 50);
