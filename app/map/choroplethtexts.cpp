#include "choroplethtexts.h"

#include "parktablemodel.h"
#include "provinces.h"
#include "safetext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace ChoroplethTexts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChoroplethTexts", text);
}

} // namespace

QString subtitle(int parks, const QString &filterText)
{
    if (filterText.isEmpty())
        return parks == 1 ? tr("1 park") : tr("All %1 parks").arg(parks);
    // The filter names what was typed: cut, and without control characters
    // (an SVG export would not be XML).
    return QStringLiteral("%1 · %2").arg(SafeText::label(filterText, 2 * SafeText::MaxLabelLength),
                                         parks == 1 ? tr("1 park") : tr("%1 parks").arg(parks));
}

QString provinceToolTip(const ChoroplethClasses &classes, const QString &fullName, bool english,
                        bool filtered)
{
    return areaToolTip(classes, fullName, Provinces::displayName(fullName, english), filtered);
}

QString cityTitle(MapMetric metric, const QString &provinceName)
{
    return QCoreApplication::translate("ChoroplethTexts", "%1 by city: %2",
                                       "the metric's label and a province")
        .arg(MapMetrics::label(metric), provinceName);
}

QString cityCoverage(int citiesWithParks, int cities, std::optional<double> reportParks, int parks,
                     const QString &provinceName)
{
    // A municipality is one city: counting its cities says nothing.
    QStringList parts;
    if (cities > 1)
        parts.append(tr("Parks in %1 of the %2 cities").arg(citiesWithParks).arg(cities));
    if (reportParks) {
        parts.append(
            tr("the report counts %1 parks in %2, the dataset %3")
                .arg(MapMetrics::formatValue(MapMetric::ParkCount, *reportParks), provinceName)
                .arg(parks));
    }
    QString text = parts.join(tr("; "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString unknownCitiesNote(int parks)
{
    return parks == 1 ? tr("1 park in a city the gazetteer does not know not shown")
                      : tr("%1 parks in cities the gazetteer does not know not shown").arg(parks);
}

QString areaToolTip(const ChoroplethClasses &classes, const QString &fullName,
                    const QString &displayName, bool filtered)
{
    const MapMetric metric = classes.metric();
    QStringList lines{displayName};
    const ProvinceFigures f = classes.figuresOf(fullName);
    const QString label = MapMetrics::label(metric);
    switch (classes.stateOf(fullName)) {
    case ChoroplethClasses::State::NoParks:
        // The dataset holds part of the report's parks: none here is none
        // known to it, not none at all.
        lines.append(filtered ? tr("No park in the dataset matches the filter")
                              : tr("None in the dataset"));
        return lines.join(QLatin1Char('\n'));
    case ChoroplethClasses::State::NotInDataset:
        lines.append(filtered ? tr("No park in the dataset matches the filter")
                              : tr("None in the dataset"));
        lines.append(tr("The report counts parks here"));
        return lines.join(QLatin1Char('\n'));
    case ChoroplethClasses::State::NoData:
        // Values the sources qualify, left out of the sum, are known: the
        // line below says which.
        lines.append(f.leftOut > 0 ? tr("%1: no data").arg(label)
                                   : tr("%1: not known for any of its parks").arg(label));
        break;
    case ChoroplethClasses::State::Classified: {
        QString value =
            tr("%1: %2").arg(label, MapMetrics::formatSum(metric, *f.value, f.qualified));
        // Only a filter can make the map's count differ in kind from the
        // report's, which counts all parks of the province.
        if (const std::optional<double> report = classes.reportCountOf(fullName);
            report && !filtered)
            value += QStringLiteral(" · ") +
                     tr("Report: %1").arg(MapMetrics::formatValue(metric, *report));
        const int withValue = f.known + f.leftOut;
        if (withValue < f.parks.total)
            value += QLatin1Char(' ') +
                     tr("(known for %1 of %2 parks)").arg(withValue).arg(f.parks.total);
        lines.append(value);
        break;
    }
    }
    if (!f.qualifiedValues.isEmpty()) {
        QStringList values;
        for (const QualifiedValue &v : f.qualifiedValues)
            values.append(MapMetrics::formatQualifiedValue(metric, v.value, v.qualifier));
        const int n = int(values.size());
        const QString list = values.join(tr(", "));
        if (f.leftOut > 0) {
            lines.append(n == 1 ? tr("1 qualified value left out: %1").arg(list)
                                : tr("%1 qualified values left out: %2").arg(n).arg(list));
        } else {
            lines.append(n == 1 ? tr("Includes 1 qualified value: %1").arg(list)
                                : tr("Includes %1 qualified values: %2").arg(n).arg(list));
        }
    }
    QString counts = tr("Parks: %1 · government-led: %2 · enterprise-led: %3")
                         .arg(f.parks.total)
                         .arg(f.parks.government)
                         .arg(f.parks.enterprise);
    if (f.parks.unknownLeadership > 0)
        counts +=
            QStringLiteral(" · ") + tr("leadership unknown: %1").arg(f.parks.unknownLeadership);
    lines.append(counts);
    if (filtered)
        lines.append(tr("Counting the parks that match the filter"));
    return lines.join(QLatin1Char('\n'));
}

QString leadershipText(Leadership leadership)
{
    return leadership == Leadership::Unknown ? tr("Leadership unknown")
                                             : ParkTableModel::leadershipText(leadership);
}

QString markerToolTip(const ParkMarker &marker, bool english)
{
    return QStringLiteral("%1\n%2 · %3")
        .arg(marker.name, Provinces::displayName(marker.province, english),
             leadershipText(marker.leadership));
}

QString summary(const ChoroplethClasses &classes, const QString &title, const QString &subtitle,
                bool english)
{
    return summary(classes, title, subtitle, [english](const QString &name) {
        return Provinces::displayName(name, english);
    });
}

QString summary(const ChoroplethClasses &classes, const QString &title, const QString &subtitle,
                const std::function<QString(const QString &)> &nameOf)
{
    QList<QPair<double, QString>> values;
    for (auto it = classes.figures().cbegin(); it != classes.figures().cend(); ++it) {
        if (it->value)
            values.append({*it->value, it.key()});
    }
    std::stable_sort(values.begin(), values.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &v : std::as_const(values)) {
        parts.append(tr("%1: %2").arg(
            nameOf(v.second), MapMetrics::formatSum(classes.metric(), v.first,
                                                    classes.figuresOf(v.second).qualified)));
    }
    QString text = QStringLiteral("%1. %2.").arg(title, subtitle);
    if (!parts.isEmpty())
        text += QLatin1Char(' ') + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    const QString qualified = classes.qualifiedValuesText();
    if (!qualified.isEmpty())
        text += QLatin1Char(' ') + qualified + QLatin1Char('.');
    return text;
}

} // namespace ChoroplethTexts
