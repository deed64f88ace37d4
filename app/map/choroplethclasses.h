#pragma once

#include "choroplethmetric.h"
#include "classification.h"

#include <QColor>
#include <QList>
#include <QMap>
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
        NoParks, // no park passes the filter in the province
        NoData   // parks, but none with a known value of the summed field
    };

    struct LegendEntry
    {
        State state = State::Classified;
        int classIndex = -1; // for classified entries
        QColor color;
        QString range; // "3 – 4"; empty for the other states
        QString text;  // as the legend shows it: "3 – 4 (2)", "No parks (21)"
        int provinces = 0;
    };

    ChoroplethClasses() = default;
    ChoroplethClasses(MapMetric metric, const Aggregations::Records &records,
                      Classification::Method method, int classes);

    MapMetric metric() const { return m_metric; }
    Classification::Method method() const { return m_method; }
    const Classification::ColorRamp &ramp() const { return m_ramp; }
    int parkCount() const { return m_parkCount; }

    State stateOf(const QString &fullName) const;
    // -1 unless the province is classified.
    int classOf(const QString &fullName) const;
    // The class colour, or Classification::noDataColor() for provinces
    // without a value.
    QColor colorOf(const QString &fullName) const;
    ProvinceFigures figuresOf(const QString &fullName) const;
    const QMap<QString, ProvinceFigures> &figures() const { return m_figures; }

    // One entry per class, lowest first, then "no data" (only if a province
    // is in that state) and "no parks", counting the PROVINCES given (the
    // provinces the map draws).
    QList<LegendEntry> legend(const QStringList &provinces) const;

private:
    QString rangeText(int classIndex) const;

    MapMetric m_metric = MapMetric::ParkCount;
    Classification::Method m_method = Classification::Method::Jenks;
    QMap<QString, ProvinceFigures> m_figures;
    Classification::ColorRamp m_ramp;
    double m_minimum = 0;
    int m_parkCount = 0;
};
