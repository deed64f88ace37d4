#pragma once

#include "choroplethmetric.h"
#include "classification.h"
#include "reportfigures.h"

#include <QColor>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Names of the classification methods.
namespace ClassificationMethods {

QList<Classification::Method> all();
// "equal", "quantile", "jenks": for settings and the command line.
QString id(Classification::Method method);
std::optional<Classification::Method> fromId(const QString &id);
QString label(Classification::Method method);

} // namespace ClassificationMethods

// The classes of a province choropleth: which provinces have a value, which
// class each value falls in, its colour, and the legend that explains them.
// Kept apart from drawing so that the numbers can be checked on their own.
class ChoroplethClasses
{
public:
    enum class State
    {
        Classified,
        NoParks,     // no park of the dataset passes the filter in the province
        NoData,      // parks, but none with a known value of the summed field
        NotInDataset // none in the dataset, though the report counts parks there
    };

    struct LegendEntry
    {
        State state = State::Classified;
        int classIndex = -1; // for classified entries
        QColor color;
        QString range; // "3–9", "10 – <20"; empty for the other states
        // As the legend shows it: "3–9 (2)", "None in the dataset (21)".
        QString text;
        int provinces = 0;
    };

    ChoroplethClasses() = default;
    // REPORT: the report's figures (DocumentSession::reportFigures()); a
    // province it counts parks in that has none in RECORDS is NotInDataset
    // rather than NoParks.
    // QUALIFIED: whether the sums take in the values the sources qualify.
    // AREAOF: the area a park counts in (a city for a province's map); its
    // province when not given.
    ChoroplethClasses(
        MapMetric metric, const Aggregations::Records &records, Classification::Method method,
        int classes, const QList<ReportFigure> &report = {},
        Aggregations::QualifiedValues qualified = Aggregations::QualifiedValues::Exclude,
        const AreaOfRecord &areaOf = {});
    // The same classes of FIGURES already made (provinceFigures(),
    // provinceFiguresFromCounts()).
    ChoroplethClasses(
        MapMetric metric, QMap<QString, ProvinceFigures> figures, Classification::Method method,
        int classes, const QList<ReportFigure> &report = {},
        Aggregations::QualifiedValues qualified = Aggregations::QualifiedValues::Exclude);

    MapMetric metric() const { return m_metric; }
    Classification::Method method() const { return m_method; }
    const Classification::ColorRamp &ramp() const { return m_ramp; }
    int parkCount() const { return m_parkCount; }
    // The classes the method produced and how: "Quantiles, 3 classes", or
    // "Quantiles: 3 classes requested, 2 produced" when it made fewer.
    QString methodText() const;
    Aggregations::QualifiedValues qualifiedValues() const { return m_qualified; }
    // How many qualified values the sums leave out, or take in, and of what
    // kind: "2 qualified values left out of the sums (host-zone area,
    // investment plan)", "Sums include 3 qualified values (lower bound,
    // approximate)"; empty when there are none.
    QString qualifiedValuesText() const;
    // The report's count of parks in a province for the metric (all parks
    // for ParkCount, the government-led for GovernmentCount, ...), where it
    // states one; always nullopt for sums.
    std::optional<double> reportCountOf(const QString &fullName) const;
    // The provinces the report states such a count for, in its order.
    const QList<QPair<QString, double>> &reportCounts() const { return m_reportCounts; }
    // "Report's count where stated: Guangdong 7, Zhejiang 7", province names
    // in the map's language; empty when the report states none. Only the
    // provinces in KNOWN are named (the report's text is data).
    QString reportCountsText(bool english, const QStringList &known) const;
    // The report's count of provinces with parks set against the dataset's:
    // "The report counts parks in 19 provinces, the dataset in 13"; empty
    // when the report gives no such count.
    QString provinceCoverageText() const;

    State stateOf(const QString &fullName) const;
    // -1 unless the province is classified.
    int classOf(const QString &fullName) const;
    // The class colour, or Classification::noDataColor() for provinces
    // without a value.
    QColor colorOf(const QString &fullName) const;
    ProvinceFigures figuresOf(const QString &fullName) const;
    const QMap<QString, ProvinceFigures> &figures() const { return m_figures; }

    // One entry per class, lowest first, then "no data" and "not in the
    // dataset" (only if a province is in that state) and "none in the
    // dataset", counting the PROVINCES given (the provinces the map draws).
    QList<LegendEntry> legend(const QStringList &provinces) const;

private:
    QString rangeText(int classIndex) const;

    MapMetric m_metric = MapMetric::ParkCount;
    Classification::Method m_method = Classification::Method::Jenks;
    QMap<QString, ProvinceFigures> m_figures;
    Classification::ColorRamp m_ramp;
    QList<double> m_values;   // sorted
    QSet<QString> m_reported; // provinces the report counts parks in
    std::optional<int> m_reportedProvinces;
    QList<QPair<QString, double>> m_reportCounts;
    Aggregations::QualifiedValues m_qualified = Aggregations::QualifiedValues::Exclude;
    int m_parkCount = 0;
};
