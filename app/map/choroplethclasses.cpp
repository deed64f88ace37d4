#include "choroplethclasses.h"

#include "provinces.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChoroplethClasses", text);
}

// The leadership a count metric counts; Unknown for all parks (and for
// sums, which no report figure of a province's parks speaks of).
Leadership countedLeadership(MapMetric metric)
{
    switch (metric) {
    case MapMetric::GovernmentCount:
        return Leadership::Government;
    case MapMetric::EnterpriseCount:
        return Leadership::Enterprise;
    case MapMetric::ParkCount:
    case MapMetric::Enterprises:
    case MapMetric::AreaKm2:
    case MapMetric::FundCny100m:
        break;
    }
    return Leadership::Unknown;
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
                                     Classification::Method method, int classes,
                                     const QList<ReportFigure> &report,
                                     Aggregations::QualifiedValues qualified,
                                     const AreaOfRecord &areaOf)
    : ChoroplethClasses(metric,
                        areaOf ? areaFigures(metric, records, qualified, areaOf)
                               : provinceFigures(metric, records, qualified),
                        method, classes, report, qualified)
{}

ChoroplethClasses::ChoroplethClasses(MapMetric metric, QMap<QString, ProvinceFigures> figures,
                                     Classification::Method method, int classes,
                                     const QList<ReportFigure> &report,
                                     Aggregations::QualifiedValues qualified)
    : m_metric(metric)
    , m_method(method)
    , m_figures(std::move(figures))
    , m_qualified(qualified)
{
    for (const ProvinceFigures &f : std::as_const(m_figures)) {
        m_parkCount += f.parks.total;
        if (f.value)
            m_values.append(*f.value);
    }
    m_ramp = Classification::colorRamp(method, m_values, classes);
    std::sort(m_values.begin(), m_values.end());
    for (const ReportFigure &f : report) {
        if (f.key != QLatin1String("parks") && f.key != QLatin1String("provinces"))
            continue;
        const FigureScope &s = f.scope;
        if (!s.city.isEmpty() || s.foundedFrom != 0 || s.foundedTo != 0 ||
            !s.foundedMonths.isEmpty())
            continue;
        if (f.key == QLatin1String("provinces")) {
            if (s.isEverything())
                m_reportedProvinces = int(std::lround(f.value));
        } else if (!s.province.isEmpty()) {
            // Any leadership: some parks of it are some parks.
            if (f.value > 0)
                m_reported.insert(s.province);
            if (s.leadership == countedLeadership(metric))
                m_reportCounts.append({s.province, f.value});
        }
    }
    if (!MapMetrics::isParkCount(metric))
        m_reportCounts.clear();
}

QString ChoroplethClasses::qualifiedValuesText() const
{
    // Counted from what the sums did, and named from the values.
    int count = 0;
    QMap<Aggregations::Qualifier, bool> kinds; // in the qualifiers' order
    for (const ProvinceFigures &f : m_figures) {
        count += f.leftOut;
        for (int n : f.qualified)
            count += n;
        for (const QualifiedValue &v : f.qualifiedValues)
            kinds.insert(v.qualifier, true);
    }
    if (count == 0)
        return QString();
    QStringList names;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        names.append(MapMetrics::qualifierName(it.key()));
    const QString list = names.join(tr(", "));
    if (m_qualified == Aggregations::QualifiedValues::Include) {
        return count == 1 ? tr("Sums include 1 qualified value (%1)").arg(list)
                          : tr("Sums include %1 qualified values (%2)").arg(count).arg(list);
    }
    return count == 1 ? tr("1 qualified value left out of the sums (%1)").arg(list)
                      : tr("%1 qualified values left out of the sums (%2)").arg(count).arg(list);
}

std::optional<double> ChoroplethClasses::reportCountOf(const QString &fullName) const
{
    for (const auto &c : m_reportCounts) {
        if (c.first == fullName)
            return c.second;
    }
    return std::nullopt;
}

QString ChoroplethClasses::reportCountsText(bool english, const QStringList &known) const
{
    QStringList parts;
    for (const auto &c : m_reportCounts) {
        if (known.contains(c.first)) {
            parts.append(QCoreApplication::translate("ChoroplethClasses", "%1 %2",
                                                     "a province and the report's count there")
                             .arg(Provinces::displayName(c.first, english),
                                  MapMetrics::formatValue(m_metric, c.second)));
        }
    }
    if (parts.isEmpty())
        return QString();
    return tr("Report's count where stated: %1").arg(parts.join(tr(", ")));
}

ChoroplethClasses::State ChoroplethClasses::stateOf(const QString &fullName) const
{
    const auto it = m_figures.constFind(fullName);
    if (it == m_figures.constEnd() || it->parks.total == 0)
        return m_reported.contains(fullName) ? State::NotInDataset : State::NoParks;
    return it->value ? State::Classified : State::NoData;
}

QString ChoroplethClasses::methodText() const
{
    const QString method = ClassificationMethods::label(m_method);
    const int produced = m_ramp.classCount();
    if (produced < m_ramp.requestedClasses) {
        return tr("%1: %2 classes requested, %3 produced")
            .arg(method)
            .arg(m_ramp.requestedClasses)
            .arg(produced);
    }
    return produced == 1 ? tr("%1, 1 class").arg(method)
                         : tr("%1, %2 classes").arg(method).arg(produced);
}

QString ChoroplethClasses::provinceCoverageText() const
{
    if (!m_reportedProvinces)
        return QString();
    int withParks = 0;
    for (const ProvinceFigures &f : m_figures) {
        if (f.parks.total > 0)
            ++withParks;
    }
    return tr("The report counts parks in %1 provinces, the dataset in %2")
        .arg(*m_reportedProvinces)
        .arg(withParks);
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
    // From the smallest value the class holds to the next class's smallest,
    // left open ("10 – <20"), or to the largest value in the last class:
    // no two classes share a bound, and no value lies between classes.
    // Whole numbers close both ends ("10–19").
    const QList<double> &breaks = m_ramp.breaks;
    const auto smallestAbove = [this](double bound) {
        const auto it = std::upper_bound(m_values.cbegin(), m_values.cend(), bound);
        return it == m_values.cend() ? bound : *it;
    };
    const double lower = classIndex == 0 ? (m_values.isEmpty() ? breaks.at(0) : m_values.first())
                                         : smallestAbove(breaks.at(classIndex - 1));
    const bool last = classIndex == breaks.size() - 1;
    const auto format = [this](double v) { return MapMetrics::formatValue(m_metric, v); };
    if (last) {
        const double upper = breaks.at(classIndex);
        if (lower >= upper)
            return format(upper);
        return MapMetrics::isInteger(m_metric)
                   ? QStringLiteral("%1–%2").arg(format(lower), format(upper))
                   : QStringLiteral("%1 – %2").arg(format(lower), format(upper));
    }
    const double next = smallestAbove(breaks.at(classIndex));
    if (MapMetrics::isInteger(m_metric)) {
        const double upper = std::ceil(next) - 1;
        if (lower >= upper)
            return format(lower);
        return QStringLiteral("%1–%2").arg(format(lower), format(upper));
    }
    return QStringLiteral("%1 – <%2").arg(format(lower), format(next));
}

QList<ChoroplethClasses::LegendEntry> ChoroplethClasses::legend(const QStringList &provinces) const
{
    QList<int> perClass(m_ramp.classCount(), 0);
    int noData = 0;
    int noParks = 0;
    int notInDataset = 0;
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
        case State::NotInDataset:
            ++notInDataset;
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
    if (notInDataset > 0) {
        LegendEntry e;
        e.state = State::NotInDataset;
        e.color = Classification::noDataColor();
        e.provinces = notInDataset;
        e.text = tr("Parks in the report, not in the dataset (%1)").arg(notInDataset);
        entries.append(e);
    }
    // The dataset holds part of the report's parks: a province without any
    // may have parks the dataset lacks.
    LegendEntry e;
    e.state = State::NoParks;
    e.color = Classification::noDataColor();
    e.provinces = noParks;
    e.text = tr("None in the dataset (%1)").arg(noParks);
    entries.append(e);
    return entries;
}
