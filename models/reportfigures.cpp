#include "reportfigures.h"

#include "provinces.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportFigure", text);
}

} // namespace

bool FigureScope::isEverything() const
{
    return leadership == Leadership::Unknown && province.isEmpty() && city.isEmpty() &&
           foundedFrom == 0 && foundedTo == 0 && foundedMonths.isEmpty();
}

bool FigureScope::matches(const ParkRecord &r) const
{
    if (leadership != Leadership::Unknown && r.leadership != leadership)
        return false;
    if (!province.isEmpty() && r.province != province)
        return false;
    if (!city.isEmpty() && r.city != city)
        return false;
    if (foundedFrom || foundedTo) {
        const int y = r.established.year();
        if (!r.established.isKnown() || (foundedFrom && y < foundedFrom) ||
            (foundedTo && y > foundedTo))
            return false;
    }
    if (!foundedMonths.isEmpty() &&
        (r.established.month() == 0 || !foundedMonths.contains(r.established.month())))
        return false;
    return true;
}

QString FigureScope::describe(bool english) const
{
    QStringList parts;
    if (leadership == Leadership::Government)
        parts << tr("government-led");
    else if (leadership == Leadership::Enterprise)
        parts << tr("enterprise-led");
    if (!province.isEmpty())
        parts << Provinces::displayName(province, english);
    if (!city.isEmpty())
        parts << city;
    if (foundedFrom || foundedTo) {
        if (foundedFrom == foundedTo)
            parts << tr("founded in %1").arg(foundedFrom);
        else
            parts << tr("founded %1–%2").arg(foundedFrom).arg(foundedTo);
    }
    if (!foundedMonths.isEmpty()) {
        QStringList months;
        for (int m : foundedMonths)
            months << QString::number(m);
        parts << tr("founded in months %1").arg(months.join(QLatin1Char(',')));
    }
    return parts.join(QStringLiteral(" · "));
}

std::optional<double> ReportFigure::datasetValue(const QList<const ParkRecord *> &records) const
{
    int count = 0;
    std::optional<double> max;
    QSet<QString> provinces;
    for (const ParkRecord *r : records) {
        if (!scope.matches(*r))
            continue;
        ++count;
        if (!r->province.isEmpty())
            provinces.insert(r->province);
        std::optional<double> v;
        if (key == QLatin1String("maxAreaKm2"))
            v = r->areaKm2;
        else if (key == QLatin1String("maxFundCny100m"))
            v = r->fundCny100m;
        else if (key == QLatin1String("maxEnterprises") && r->enterprises)
            v = double(*r->enterprises);
        if (v && (!max || *v > *max))
            max = v;
        if (key == QLatin1String("parksWithPublishedFund") && !r->fundCny100m)
            --count;
    }
    if (key == QLatin1String("parks") || key == QLatin1String("parksWithPublishedFund"))
        return count;
    if (key == QLatin1String("provinces"))
        return double(provinces.size());
    if (key.startsWith(QLatin1String("max")))
        return max;
    return std::nullopt;
}

QString ReportFigure::label(bool english) const
{
    QString what;
    if (key == QLatin1String("parks"))
        what = tr("Parks");
    else if (key == QLatin1String("provinces"))
        what = tr("Provincial-level divisions with parks");
    else if (key == QLatin1String("maxAreaKm2"))
        what = tr("Largest planned area (km²)");
    else if (key == QLatin1String("maxEnterprises"))
        what = tr("Most enterprises settled");
    else if (key == QLatin1String("maxFundCny100m"))
        what = tr("Largest support fund (亿元)");
    else if (key == QLatin1String("parksWithPublishedFund"))
        what = tr("Parks that published their fund size");
    else
        return english && !labelEn.isEmpty() ? labelEn : key;
    const QString scopeText = scope.describe(english);
    return scopeText.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, scopeText);
}

QList<ReportFigure> parseReportFigures(const QJsonObject &about)
{
    QList<ReportFigure> figures;
    for (const QJsonValue &v : about.value(QStringLiteral("reportFigures")).toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("value")).isDouble())
            continue;
        ReportFigure f;
        f.key = o.value(QStringLiteral("key")).toString();
        f.value = o.value(QStringLiteral("value")).toDouble();
        f.labelEn = o.value(QStringLiteral("labelEn")).toString();
        f.quoteZh = o.value(QStringLiteral("quoteZh")).toString();
        f.parkId = o.value(QStringLiteral("park")).toString();
        f.qualifier = o.value(QStringLiteral("qualifier")).toString();
        const QJsonObject s = o.value(QStringLiteral("scope")).toObject();
        f.scope.leadership =
            ParkEnums::leadershipFromString(s.value(QStringLiteral("leadership")).toString())
                .value_or(Leadership::Unknown);
        f.scope.province = s.value(QStringLiteral("province")).toString();
        f.scope.city = s.value(QStringLiteral("city")).toString();
        f.scope.foundedFrom = s.value(QStringLiteral("foundedFrom")).toInt();
        f.scope.foundedTo = s.value(QStringLiteral("foundedTo")).toInt();
        for (const QJsonValue &m : s.value(QStringLiteral("foundedMonths")).toArray())
            f.scope.foundedMonths.append(m.toInt());
        figures.append(f);
    }
    return figures;
}
