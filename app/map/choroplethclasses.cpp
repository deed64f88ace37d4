#include "choroplethclasses.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChoroplethClasses", text);
}

} // namespace

namespace ClassificationMethods {

QList<Classification::Method> all()
{
    return {Classification::Method::EqualInterval, Classification::Method::Quantile,
            Classification::Method::Jenks};
}

QString id(Classification::Method method)
{
    switch (method) {
    case Classification::Method::EqualInterval:
        return QStringLiteral("equal");
    case Classification::Method::Quantile:
        return QStringLiteral("quantile");
    case Classification::Method::Jenks:
        return QStringLiteral("jenks");
    }
    return QString();
}

std::optional<Classification::Method> fromId(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (Classification::Method method : all()) {
        if (id(method) == wanted)
            return method;
    }
    return std::nullopt;
}

QString label(Classification::Method method)
{
    switch (method) {
    case Classification::Method::EqualInterval:
        return QCoreApplication::translate("ClassificationMethods", "Equal intervals");
    case Classification::Method::Quantile:
        return QCoreApplication::translate("ClassificationMethods", "Quantiles");
    case Classification::Method::Jenks:
        return QCoreApplication::translate("ClassificationMethods", "Natural breaks (Jenks)");
    }
    return QString();
}

} // namespace ClassificationMethods

ChoroplethClasses::ChoroplethClasses(MapMetric metric, const Aggregations::Records &records,
                                     Classification::Method method, int classes)
    : m_metric(metric)
    , m_method(method)
    , m_figures(provinceFigures(metric, records))
{
    QList<double> values;
    for (const ProvinceFigures &f : std::as_const(m_figures)) {
        m_parkCount += f.parks.total;
        if (f.value)
            values.append(*f.value);
    }
    m_ramp = Classification::colorRamp(method, values, classes);
    if (!values.isEmpty())
        m_minimum = *std::min_element(values.cbegin(), values.cend());
}

ChoroplethClasses::State ChoroplethClasses::stateOf(const QString &fullName) const
{
    const auto it = m_figures.constFind(fullName);
    if (it == m_figures.constEnd() || it->parks.total == 0)
        return State::NoParks;
    return it->value ? State::Classified : State::NoData;
}

int ChoroplethClasses::classOf(const QString &fullName) const
{
    const auto it = m_figures.constFind(fullName);
    if (it == m_figures.constEnd() || !it->value)
        return -1;
    return Classification::classOf(*it->value, m_ramp.breaks);
}

QColor ChoroplethClasses::colorOf(const QString &fullName) const
{
    const int i = classOf(fullName);
    return i < 0 || i >= m_ramp.colors.size() ? Classification::noDataColor() : m_ramp.colors.at(i);
}

ProvinceFigures ChoroplethClasses::figuresOf(const QString &fullName) const
{
    return m_figures.value(fullName);
}

QString ChoroplethClasses::rangeText(int classIndex) const
{
    const QList<double> &breaks = m_ramp.breaks;
    double lower = classIndex == 0 ? m_minimum : breaks.at(classIndex - 1);
    double upper = breaks.at(classIndex);
    if (MapMetrics::isInteger(m_metric)) {
        // A class holds the values above the previous break: with whole
        // numbers, the first of them is the next integer.
        if (classIndex > 0)
            lower = std::floor(lower) + 1;
        upper = std::floor(upper);
    }
    const QString upperText = MapMetrics::formatValue(m_metric, upper);
    if (lower >= upper)
        return upperText;
    return QStringLiteral("%1 – %2").arg(MapMetrics::formatValue(m_metric, lower), upperText);
}

QList<ChoroplethClasses::LegendEntry> ChoroplethClasses::legend(const QStringList &provinces) const
{
    QList<int> perClass(m_ramp.classCount(), 0);
    int noData = 0;
    int noParks = 0;
    for (const QString &name : provinces) {
        switch (stateOf(name)) {
        case State::Classified: {
            const int i = classOf(name);
            if (i >= 0 && i < perClass.size())
                ++perClass[i];
            break;
        }
        case State::NoData:
            ++noData;
            break;
        case State::NoParks:
            ++noParks;
            break;
        }
    }

    QList<LegendEntry> entries;
    for (int i = 0; i < m_ramp.classCount(); ++i) {
        LegendEntry e;
        e.classIndex = i;
        e.color = m_ramp.colors.value(i, Classification::noDataColor());
        e.range = rangeText(i);
        e.provinces = perClass.at(i);
        e.text = QStringLiteral("%1 (%2)").arg(e.range).arg(e.provinces);
        entries.append(e);
    }
    if (noData > 0) {
        LegendEntry e;
        e.state = State::NoData;
        e.color = Classification::noDataColor();
        e.provinces = noData;
        e.text = tr("No data (%1)").arg(noData);
        entries.append(e);
    }
    LegendEntry e;
    e.state = State::NoParks;
    e.color = Classification::noDataColor();
    e.provinces = noParks;
    e.text = tr("No parks (%1)").arg(noParks);
    entries.append(e);
    return entries;
}
