#pragma once

#include "parkrecord.h"

#include <QJsonObject>
#include <QList>
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
    // "government-led · 浙江省 · 2017–2018" in the UI language.
    QString describe(bool english) const;
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
};

QList<ReportFigure> parseReportFigures(const QJsonObject &about);

// ReportFigure::datasetValue() of each of FIGURES, in their order, without
// going through the records once per figure: the records are gathered once
// into cells by leadership, province, city, year and month, and each
// distinct scope adds up the cells it covers. The work is O(records +
// figures × cells of one place), where the cells of one place are at most
// 13 per founding year present (README, "Command line": --summary).
QList<std::optional<double>> datasetValues(const QList<ReportFigure> &figures,
                                           const QList<const ParkRecord *> &records);
