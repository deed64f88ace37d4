#include "summary.h"

#include <QJsonArray>

namespace Summary {

namespace {

QJsonObject countObject(const Aggregations::Count &c)
{
    return QJsonObject{{QStringLiteral("total"), c.total},
                       {QStringLiteral("government"), c.government},
                       {QStringLiteral("enterprise"), c.enterprise},
                       {QStringLiteral("unknown"), c.unknownLeadership}};
}

QJsonValue largest(const Aggregations::Records &records, Aggregations::Metric metric,
                   Aggregations::QualifiedValues qualified)
{
    using namespace Aggregations;
    const MetricStats stats = metricStats(records, metric, qualified);
    QJsonArray leftOut;
    if (stats.leftOut > 0) {
        for (const ParkRecord *r : records) {
            const Qualifier q = qualifier(*r, metric);
            if (q == Qualifier::None)
                continue;
            leftOut.append(QJsonObject{{QStringLiteral("id"), r->id},
                                       {QStringLiteral("value"), *metricValue(*r, metric)},
                                       {QStringLiteral("qualifier"), qualifierKey(q)}});
        }
    }
    if (!stats.max && leftOut.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    if (stats.max) {
        o = QJsonObject{{QStringLiteral("id"), stats.max->id},
                        {QStringLiteral("nameZh"), stats.max->nameZh},
                        {QStringLiteral("nameEn"), stats.max->nameEn},
                        {QStringLiteral("value"), *stats.maxValue}};
        if (stats.maxQualifier != Qualifier::None)
            o.insert(QStringLiteral("qualifier"), qualifierKey(stats.maxQualifier));
    }
    o.insert(QStringLiteral("known"), stats.known);
    o.insert(QStringLiteral("unknown"), stats.unknown);
    o.insert(QStringLiteral("leftOut"), stats.leftOut);
    if (!leftOut.isEmpty())
        o.insert(QStringLiteral("leftOutValues"), leftOut);
    return o;
}

QJsonObject scopeObject(const FigureScope &s)
{
    QJsonObject o;
    if (s.leadership != Leadership::Unknown)
        o.insert(QStringLiteral("leadership"), ParkEnums::toString(s.leadership));
    if (!s.province.isEmpty())
        o.insert(QStringLiteral("province"), s.province);
    if (!s.city.isEmpty())
        o.insert(QStringLiteral("city"), s.city);
    if (s.foundedFrom)
        o.insert(QStringLiteral("foundedFrom"), s.foundedFrom);
    if (s.foundedTo)
        o.insert(QStringLiteral("foundedTo"), s.foundedTo);
    if (!s.foundedMonths.isEmpty()) {
        QJsonArray months;
        for (int m : s.foundedMonths)
            months.append(m);
        o.insert(QStringLiteral("foundedMonths"), months);
    }
    return o;
}

} // namespace

QJsonObject build(const Aggregations::Records &records, const QList<ReportFigure> &figures,
                  Aggregations::QualifiedValues qualified)
{
    using namespace Aggregations;
    QJsonObject out;
    out.insert(QStringLiteral("total"), int(records.size()));

    const QMap<Leadership, int> leadership = byLeadership(records);
    out.insert(QStringLiteral("byLeadership"),
               QJsonObject{{QStringLiteral("government"), leadership.value(Leadership::Government)},
                           {QStringLiteral("enterprise"), leadership.value(Leadership::Enterprise)},
                           {QStringLiteral("unknown"), leadership.value(Leadership::Unknown)}});

    const QMap<CarrierType, int> types = byCarrierType(records);
    out.insert(QStringLiteral("byCarrierType"),
               QJsonObject{{QStringLiteral("park"), types.value(CarrierType::Park)},
                           {QStringLiteral("base"), types.value(CarrierType::Base)},
                           {QStringLiteral("incubator"), types.value(CarrierType::Incubator)},
                           {QStringLiteral("unknown"), types.value(CarrierType::Unknown)}});

    const QMap<QString, Count> provinces = byProvince(records);
    QJsonObject byProvinceJson;
    QJsonObject byProvinceLeadershipJson;
    for (auto it = provinces.constBegin(); it != provinces.constEnd(); ++it) {
        byProvinceJson.insert(it.key(), it->total);
        byProvinceLeadershipJson.insert(it.key(), countObject(*it));
    }
    out.insert(QStringLiteral("byProvince"), byProvinceJson);
    out.insert(QStringLiteral("byProvinceLeadership"), byProvinceLeadershipJson);
    out.insert(QStringLiteral("provinces"), int(provinces.size()));

    QJsonObject byCityJson;
    const QMap<QString, Count> cities = byCity(records);
    for (auto it = cities.constBegin(); it != cities.constEnd(); ++it)
        byCityJson.insert(it.key(), it->total);
    out.insert(QStringLiteral("byCity"), byCityJson);

    QJsonObject byYearJson;
    int knownYear = 0;
    const QMap<int, Count> years = byYear(records);
    for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
        byYearJson.insert(QString::number(it.key()), it->total);
        knownYear += it->total;
    }
    out.insert(QStringLiteral("byYear"), byYearJson);
    out.insert(QStringLiteral("unknownYear"), int(records.size()) - knownYear);

    out.insert(QStringLiteral("largestArea"), largest(records, Metric::AreaKm2, qualified));
    out.insert(QStringLiteral("mostEnterprises"), largest(records, Metric::Enterprises, qualified));
    out.insert(QStringLiteral("largestFund"), largest(records, Metric::FundCny100m, qualified));

    QJsonObject unknown;
    const QMap<QString, int> unknownCounts = unknownByField(records);
    for (auto it = unknownCounts.constBegin(); it != unknownCounts.constEnd(); ++it)
        unknown.insert(it.key(), it.value());
    out.insert(QStringLiteral("unknownByField"), unknown);

    QJsonArray report;
    const QList<FigureComparison> comparisons = compareFigures(figures, records);
    int conflicts = 0;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const ReportFigure &f = figures.at(i);
        const FigureComparison &c = comparisons.at(i);
        QJsonObject o{{QStringLiteral("key"), f.key},
                      {QStringLiteral("scope"), scopeObject(f.scope)},
                      {QStringLiteral("label"), f.labelEn.isEmpty() ? f.label(true) : f.labelEn},
                      {QStringLiteral("report"), f.value}};
        const std::optional<double> dataset = c.dataset;
        o.insert(QStringLiteral("dataset"), dataset ? QJsonValue(*dataset) : QJsonValue());
        o.insert(QStringLiteral("conflict"), c.conflict);
        if (c.conflict) {
            ++conflicts;
            QJsonArray ids;
            for (const ParkRecord *r : c.conflictRecords)
                ids.append(r->id);
            o.insert(QStringLiteral("conflictRecords"), ids);
            o.insert(QStringLiteral("conflictRecordCount"), c.conflictRecordCount);
        }
        if (!f.qualifier.isEmpty())
            o.insert(QStringLiteral("qualifier"), f.qualifier);
        if (!f.parkId.isEmpty())
            o.insert(QStringLiteral("park"), f.parkId);
        if (dataset && f.value > 0 &&
            (f.key == QLatin1String("parks") || f.key == QLatin1String("provinces")))
            o.insert(QStringLiteral("coverage"), *dataset / f.value);
        report.append(o);
    }
    out.insert(QStringLiteral("report"), report);
    out.insert(QStringLiteral("conflicts"), conflicts);
    return out;
}

} // namespace Summary
