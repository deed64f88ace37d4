#include "chartreportfigures.h"

#include <QCoreApplication>

#include <algorithm>

namespace ChartReportFigures {

namespace {

// The translation context of these texts.
class ParkCharts
{
    Q_DECLARE_TR_FUNCTIONS(ParkCharts)
};

QString number(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

// A figure that counts parks and narrows by nothing but, at most, PLACE and
// leadership.
bool isPlaceCount(const ReportFigure &f, Place place)
{
    if (f.key != QLatin1String("parks"))
        return false;
    const FigureScope &s = f.scope;
    if (s.foundedFrom || s.foundedTo || !s.foundedMonths.isEmpty())
        return false;
    if (s.leadership == Leadership::Enterprise)
        return false;
    return place == Place::Province ? !s.province.isEmpty() && s.city.isEmpty() : !s.city.isEmpty();
}

QString withConflict(const QString &text, bool conflict)
{
    return conflict ? ParkCharts::tr("%1 · conflict").arg(text) : text;
}

} // namespace

QString reportValueText(const ReportFigure &figure, const QLocale &locale)
{
    const QString value = number(figure.value, locale);
    return figure.qualifier.isEmpty() ? ParkCharts::tr("Report: %1").arg(value)
                                      : ParkCharts::tr("Report: more than %1").arg(value);
}

QMap<QString, BarFigures> perPlace(const QList<ReportFigure> &figures, Place place)
{
    QMap<QString, BarFigures> result;
    for (const ReportFigure &f : figures) {
        if (!isPlaceCount(f, place))
            continue;
        BarFigures &bar = result[place == Place::Province ? f.scope.province : f.scope.city];
        if (f.scope.leadership == Leadership::Government)
            bar.government = &f;
        else
            bar.total = &f;
    }
    return result;
}

QList<ChartBarMarks::BarMark>
barMarks(const QList<Bar> &bars, const QMap<QString, BarFigures> &figures, const QLocale &locale)
{
    QList<ChartBarMarks::BarMark> marks;
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        const auto it = figures.constFind(bar.key);
        if (it == figures.constEnd())
            continue;
        ChartBarMarks::BarMark mark;
        mark.category = i;
        mark.value = bar.count.total;
        mark.valueText = bar.count.total > 0 ? locale.toString(bar.count.total) : QString();
        bool conflict = false;
        QString text;
        if (const ReportFigure *total = it->total) {
            mark.outlineTo = total->value;
            conflict = total->isContradictedBy(double(bar.count.total));
            text = reportValueText(*total, locale);
        }
        if (const ReportFigure *government = it->government) {
            mark.tickAt = government->value;
            conflict = conflict || government->isContradictedBy(double(bar.count.government));
            const QString value = number(government->value, locale);
            text = text.isEmpty() ? ParkCharts::tr("Report: %1 government-led").arg(value)
                                  : ParkCharts::tr("%1 (%2 government-led)").arg(text, value);
        }
        mark.text = withConflict(text, conflict);
        marks << mark;
    }
    return marks;
}

QList<ChartBarMarks::Bracket> brackets(const QList<ReportFigure> &figures, Period period,
                                       int firstOnAxis, int lastOnAxis,
                                       const Aggregations::Records &records, const QLocale &locale)
{
    QList<ChartBarMarks::Bracket> result;
    for (const ReportFigure &f : figures) {
        const FigureScope &s = f.scope;
        if (f.key != QLatin1String("parks") || !s.province.isEmpty() || !s.city.isEmpty() ||
            s.leadership == Leadership::Enterprise)
            continue;
        int from = 0;
        int to = 0;
        if (period == Period::Year) {
            if (!(s.foundedFrom || s.foundedTo) || !s.foundedMonths.isEmpty())
                continue;
            from = s.foundedFrom ? s.foundedFrom : firstOnAxis;
            to = s.foundedTo ? s.foundedTo : lastOnAxis;
        } else {
            if (s.foundedMonths.isEmpty() || s.foundedFrom || s.foundedTo)
                continue;
            from = *std::min_element(s.foundedMonths.cbegin(), s.foundedMonths.cend());
            to = *std::max_element(s.foundedMonths.cbegin(), s.foundedMonths.cend());
        }
        // Only a run the axis shows in full: half a bracket would mislead.
        if (from < firstOnAxis || to > lastOnAxis || from > to)
            continue;
        const std::optional<double> dataset = f.datasetValue(records);
        const QString report = f.qualifier.isEmpty()
                                   ? number(f.value, locale)
                                   : ParkCharts::tr("more than %1").arg(number(f.value, locale));
        const QString mine = number(dataset.value_or(0), locale);
        const QString text =
            s.leadership == Leadership::Government
                ? ParkCharts::tr("Report, government-led: %1 · dataset: %2").arg(report, mine)
                : ParkCharts::tr("Report: %1 · dataset: %2").arg(report, mine);
        result.append({from - firstOnAxis, to - firstOnAxis,
                       withConflict(text, f.isContradictedBy(dataset.value_or(0)))});
    }
    return result;
}

BarFigures nationalSplit(const QList<ReportFigure> &figures)
{
    BarFigures split;
    for (const ReportFigure &f : figures) {
        if (f.key != QLatin1String("parks"))
            continue;
        FigureScope rest = f.scope;
        rest.leadership = Leadership::Unknown;
        if (!rest.isEverything())
            continue;
        if (f.scope.leadership == Leadership::Unknown)
            split.total = &f;
        else if (f.scope.leadership == Leadership::Government)
            split.government = &f;
    }
    return split;
}

const ReportFigure *largest(const QList<ReportFigure> &figures, Aggregations::Metric metric)
{
    const QString key = metric == Aggregations::Metric::AreaKm2 ? QStringLiteral("maxAreaKm2")
                        : metric == Aggregations::Metric::Enterprises
                            ? QStringLiteral("maxEnterprises")
                            : QStringLiteral("maxFundCny100m");
    for (const ReportFigure &f : figures) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace ChartReportFigures
