#include "choroplethmetric.h"

#include "fieldregistry.h"
#include "textlookup.h"
#include "twohalves.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

std::optional<Aggregations::Metric> summedField(MapMetric metric)
{
    switch (metric) {
    case MapMetric::Enterprises:
        return Aggregations::Metric::Enterprises;
    case MapMetric::AreaKm2:
        return Aggregations::Metric::AreaKm2;
    case MapMetric::FundCny100m:
        return Aggregations::Metric::FundCny100m;
    case MapMetric::ParkCount:
    case MapMetric::GovernmentCount:
    case MapMetric::EnterpriseCount:
        break;
    }
    return std::nullopt;
}

} // namespace

namespace MapMetrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MapMetrics", text);
}

} // namespace

QList<MapMetric> all()
{
    return {MapMetric::ParkCount,   MapMetric::GovernmentCount, MapMetric::EnterpriseCount,
            MapMetric::Enterprises, MapMetric::AreaKm2,         MapMetric::FundCny100m};
}

QString id(MapMetric metric)
{
    switch (metric) {
    case MapMetric::ParkCount:
        return QStringLiteral("parks");
    case MapMetric::GovernmentCount:
        return QStringLiteral("government");
    case MapMetric::EnterpriseCount:
        return QStringLiteral("enterprise");
    case MapMetric::Enterprises:
        return QStringLiteral("enterprises");
    case MapMetric::AreaKm2:
        return QStringLiteral("area");
    case MapMetric::FundCny100m:
        return QStringLiteral("fund");
    }
    return QString();
}

std::optional<MapMetric> fromId(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (MapMetric metric : all()) {
        if (id(metric) == wanted)
            return metric;
    }
    return std::nullopt;
}

QString label(MapMetric metric)
{
    switch (metric) {
    case MapMetric::ParkCount:
        return tr("Number of parks");
    case MapMetric::GovernmentCount:
        return tr("Government-led parks");
    case MapMetric::EnterpriseCount:
        return tr("Enterprise-led parks");
    case MapMetric::Enterprises:
        return FieldRegistry::label(ParkField::Enterprises);
    case MapMetric::AreaKm2:
        return FieldRegistry::label(ParkField::AreaKm2);
    case MapMetric::FundCny100m:
        return FieldRegistry::label(ParkField::FundCny100m);
    }
    return QString();
}

QString title(MapMetric metric)
{
    switch (metric) {
    case MapMetric::ParkCount:
        return tr("Blockchain industrial parks by province");
    case MapMetric::GovernmentCount:
        return tr("Government-led parks by province");
    case MapMetric::EnterpriseCount:
        return tr("Enterprise-led parks by province");
    case MapMetric::Enterprises:
        return tr("Enterprises settled in parks by province");
    case MapMetric::AreaKm2:
        return tr("Planned area of parks by province");
    case MapMetric::FundCny100m:
        return tr("Support funds of parks by province");
    }
    return QString();
}

bool isParkCount(MapMetric metric)
{
    return !summedField(metric).has_value();
}

bool isInteger(MapMetric metric)
{
    return isParkCount(metric) || metric == MapMetric::Enterprises;
}

QString formatValue(MapMetric metric, double value)
{
    const QLocale locale;
    if (isInteger(metric) && value == std::floor(value))
        return locale.toString(qint64(value));
    // Three significant digits at most below 100: planned areas run from
    // 0.005 km² to hundreds, and a fixed number of decimals would print the
    // small ones as zero.
    const double magnitude = std::abs(value);
    int decimals = 0;
    if (magnitude > 0 && magnitude < 100)
        decimals = std::min(3, 2 - int(std::floor(std::log10(magnitude))));
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        // 12.50 reads as more precise than the data are.
        const QChar point = locale.decimalPoint().at(0);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString formatQualifiedValue(MapMetric metric, double value, Aggregations::Qualifier qualifier)
{
    // The value as the source gives it ("41.48", not the map's "41.5"): it
    // names one park's figure, not a class.
    QString number = QLocale().toString(value, 'g', 12);
    if (metric == MapMetric::AreaKm2)
        number = tr("%1 km²").arg(number);
    return Aggregations::qualifiedText(number, qualifier);
}

QString formatSum(MapMetric metric, double value,
                  const QMap<Aggregations::Qualifier, int> &qualified)
{
    const QString number = formatValue(metric, value);
    if (qualified.value(Aggregations::Qualifier::AtLeast) > 0)
        return QStringLiteral("≥") + number;
    if (qualified.value(Aggregations::Qualifier::Approx) > 0)
        return QStringLiteral("~") + number;
    return number;
}

QString qualifierName(Aggregations::Qualifier qualifier)
{
    using Aggregations::Qualifier;
    switch (qualifier) {
    case Qualifier::None:
        break;
    case Qualifier::AtLeast:
        return tr("lower bound");
    case Qualifier::Approx:
        return tr("approximate");
    case Qualifier::HostZone:
        return tr("host-zone area");
    case Qualifier::InvestmentPlan:
        return tr("investment plan");
    }
    return QString();
}

} // namespace MapMetrics

namespace {

// The figures of RECORDS BEGIN to END, added into FIGURES.
template <typename AreaOf>
void addFigures(QMap<QString, ProvinceFigures> &figures, MapMetric metric,
                const Aggregations::Records &records, Aggregations::QualifiedValues qualified,
                const AreaOf &areaOf, qsizetype begin = 0, qsizetype end = -1)
{
    TextLookup<ProvinceFigures> lookup;
    Aggregations::forEachRecord(
        records,
        [&](const ParkRecord &record) {
            const ParkRecord *r = &record;
            const QString &area = areaOf(*r); // no copy: pooled texts are shared across threads
            if (area.isEmpty())
                return;
            ProvinceFigures &f = lookup.in(figures, area);
            f.parks.add(*r);
            double add = 0;
            switch (metric) {
            case MapMetric::ParkCount:
                add = 1;
                break;
            case MapMetric::GovernmentCount:
                add = r->leadership == Leadership::Government ? 1 : 0;
                break;
            case MapMetric::EnterpriseCount:
                add = r->leadership == Leadership::Enterprise ? 1 : 0;
                break;
            case MapMetric::Enterprises:
            case MapMetric::AreaKm2:
            case MapMetric::FundCny100m: {
                const Aggregations::Metric field = *summedField(metric);
                const std::optional<double> v = Aggregations::metricValue(*r, field);
                if (!v)
                    return;
                const Aggregations::Qualifier q = Aggregations::qualifier(*r, field);
                if (q != Aggregations::Qualifier::None) {
                    f.qualifiedValues.append({*v, q});
                    if (qualified == Aggregations::QualifiedValues::Exclude) {
                        ++f.leftOut;
                        return;
                    }
                    ++f.qualified[q];
                }
                add = *v;
                break;
            }
            }
            ++f.known;
            f.value = f.value.value_or(0.0) + add;
        },
        begin, end);
}

} // namespace

QMap<QString, ProvinceFigures> provinceFigures(MapMetric metric,
                                               const Aggregations::Records &records,
                                               Aggregations::QualifiedValues qualified)
{
    // In two halves on two threads for a large table, then added up: the
    // first half's qualified values stay before the second's.
    QMap<QString, ProvinceFigures> halves[2];
    inTwoHalves(records.size(), Aggregations::ParallelRecords, [&](qsizetype begin, qsizetype end) {
        addFigures(
            halves[begin == 0 ? 0 : 1], metric, records, qualified,
            [](const ParkRecord &r) -> const QString & { return r.province; }, begin, end);
    });
    for (auto it = halves[1].cbegin(); it != halves[1].cend(); ++it) {
        ProvinceFigures &f = halves[0][it.key()];
        f.parks += it->parks;
        f.known += it->known;
        f.leftOut += it->leftOut;
        for (auto q = it->qualified.cbegin(); q != it->qualified.cend(); ++q)
            f.qualified[q.key()] += q.value();
        f.qualifiedValues.append(it->qualifiedValues);
        if (it->value)
            f.value = f.value.value_or(0.0) + *it->value;
    }
    return halves[0];
}

std::optional<QMap<QString, ProvinceFigures>>
provinceFiguresFromCounts(MapMetric metric,
                          const QMap<QString, Aggregations::ProvinceCount> &counted)
{
    if (!MapMetrics::isParkCount(metric))
        return std::nullopt;
    QMap<QString, ProvinceFigures> figures;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        const Aggregations::Count &parks = it->count;
        if (it.key().isEmpty() || parks.total == 0)
            continue;
        ProvinceFigures f;
        f.parks = parks;
        // Every park counts, with 1 or 0 (addFigures()).
        f.known = parks.total;
        f.value = metric == MapMetric::GovernmentCount   ? parks.government
                  : metric == MapMetric::EnterpriseCount ? parks.enterprise
                                                         : parks.total;
        figures.insert(it.key(), f);
    }
    return figures;
}

QMap<QString, ProvinceFigures> areaFigures(MapMetric metric, const Aggregations::Records &records,
                                           Aggregations::QualifiedValues qualified,
                                           const AreaOfRecord &areaOf)
{
    QMap<QString, ProvinceFigures> figures;
    addFigures(figures, metric, records, qualified, areaOf);
    return figures;
}

QMap<QString, double> metricByProvince(MapMetric metric, const Aggregations::Records &records,
                                       Aggregations::QualifiedValues qualified)
{
    QMap<QString, double> values;
    const QMap<QString, ProvinceFigures> figures = provinceFigures(metric, records, qualified);
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
        if (it->value)
            values.insert(it.key(), *it->value);
    }
    return values;
}
