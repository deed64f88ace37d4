#include "parkchartfactory.h"

#include "safetext.h"

#include "fieldregistry.h"

#include "chartbarmarks.h"
#include "chartcaption.h"
#include "chartfootnote.h"
#include "chartreportfigures.h"
#include "chartstyle.h"
#include "charttooltips.h"
#include "chartvaluelabels.h"
#include "places.h"
#include "provinces.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCollator>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace {

// The translation context of every text the charts draw.
class ParkCharts
{
    Q_DECLARE_TR_FUNCTIONS(ParkCharts)
};

// Stacks and slices always come in this order, so that a colour sits in
// the same place in every chart.
constexpr std::array<Leadership, 3> LeadershipOrder = {Leadership::Government,
                                                       Leadership::Enterprise, Leadership::Unknown};

// Qt Charts lays out a stacked bar on a logarithmic axis from zero and warns
// about the logarithm of zero for every segment, although it draws the bars
// from the axis' start. The warning says nothing to a user (and would flood
// the command line's error output); every other message passes on.
QtMessageHandler previousMessageHandler = nullptr;

void withoutLogOfZeroWarning(QtMsgType type, const QMessageLogContext &context,
                             const QString &message)
{
    if (type == QtWarningMsg &&
        message == QLatin1String("Logarithms of zero and negative values are undefined."))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
    else
        qt_message_output(type, context, message);
}

void silenceLogOfZeroWarning()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousMessageHandler = qInstallMessageHandler(withoutLogOfZeroWarning);
}

// Where on its year the cumulative line's point sits: right of the bar
// (at most 0.35 wide each side), inside the plot.
constexpr qreal CumulativeOffset = 0.42;

// Park names wider than this (in logical pixels at the label font) are
// wrapped onto more lines on the axis, never cut.
constexpr qreal MaxParkLineWidth = 300;

struct KindId
{
    ChartKind kind;
    const char *id;
};
constexpr std::array<KindId, 8> KindIds = {{
    {ChartKind::ByProvince, "by-province"},
    {ChartKind::ByCity, "by-city"},
    {ChartKind::TopArea, "top-area"},
    {ChartKind::TopEnterprises, "top-enterprises"},
    {ChartKind::TopFund, "top-fund"},
    {ChartKind::ByYear, "by-year"},
    {ChartKind::ByMonth, "by-month"},
    {ChartKind::Leadership, "leadership"},
}};

QString leadershipLabel(Leadership leadership)
{
    switch (leadership) {
    case Leadership::Government:
        return ParkCharts::tr("Government-led");
    case Leadership::Enterprise:
        return ParkCharts::tr("Enterprise-led");
    case Leadership::Unknown:
        break;
    }
    return ParkCharts::tr("Leadership unknown");
}

// The JSON spelling, and "unknown" for the value JSON leaves null.
QString leadershipKey(Leadership leadership)
{
    return leadership == Leadership::Unknown ? QStringLiteral("unknown")
                                             : ParkEnums::toString(leadership);
}

int countOf(const Aggregations::Count &count, Leadership leadership)
{
    switch (leadership) {
    case Leadership::Government:
        return count.government;
    case Leadership::Enterprise:
        return count.enterprise;
    case Leadership::Unknown:
        break;
    }
    return count.unknownLeadership;
}

QLocale localeFor(bool english)
{
    QLocale locale = english ? QLocale(QLocale::English, QLocale::UnitedStates)
                             : QLocale(QLocale::Chinese, QLocale::China);
    // The axes print plain numbers; a value label must read the same.
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString pair(const QString &label, const QString &value)
{
    return ParkCharts::tr("%1: %2").arg(label, value);
}

// Qt Charts draws titles and axis labels as HTML; data must not become markup.
// Text from the store as rich text: without control characters, which would
// make an SVG export invalid XML.
QString html(const QString &plain)
{
    return SafeText::withoutControls(plain).toHtmlEscaped();
}

// A category axis drops repeated labels, which would shift every bar after
// the repeat; two parks may share a name, or an elided one.
QStringList distinct(QStringList labels)
{
    QSet<QString> seen;
    for (QString &label : labels) {
        while (seen.contains(label))
            label += QChar(0x200B); // zero-width space: looks the same
        seen.insert(label);
    }
    return labels;
}

// TEXT in lines of at most WIDTH, broken between words where it has spaces
// and between characters where it has none (Chinese), joined by '\n'.
QString wrapped(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    QStringList lines;
    QString line;
    const bool words = text.contains(QLatin1Char(' '));
    const QStringList pieces =
        words ? text.split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
    const auto add = [&](const QString &piece, const QString &separator) {
        const QString candidate = line.isEmpty() ? piece : line + separator + piece;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines << line;
            line = piece;
        } else {
            line = candidate;
        }
    };
    if (words) {
        for (const QString &piece : pieces)
            add(piece, QStringLiteral(" "));
    } else {
        for (const QChar c : text)
            add(QString(c), QString());
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

// One bar of a chart stacked by leadership.
struct StackRow
{
    QString key;   // what a click filters on
    QString label; // axis text
    QString name;  // full text for tooltips
    Aggregations::Count count;
};

// State shared by the parts of one chart while it is built.
struct Build
{
    Build(ChartKind kind, const Aggregations::Records &records, const ChartOptions &options)
        : records(records)
        , options(options)
        , locale(localeFor(options.english))
        , chart(new QChart)
    {
        info.kind = kind;
        info.recordCount = int(records.size());
        chart->setTheme(options.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        // The dark theme's gradient would show behind value boxes and
        // separators, which are drawn in one flat colour.
        chart->setBackgroundBrush(ChartStyle::backgroundColour(options.dark));
        // The background fills the whole figure, without a frame of paper
        // round it.
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->setDropShadowEnabled(false);
        chart->setMargins(QMargins(16, 10, 24, 10));
        chart->setLocale(locale);
        chart->setLocalizeNumbers(false);
    }

    QString count(int n) const { return locale.toString(n); }
    QString value(double v) const
    {
        return locale.toString(v, 'f', QLocale::FloatingPointShortest);
    }

    const Aggregations::Records &records;
    // The snapshot RECORDS are the pointers of, if given: its counts by
    // province are kept with it, made once for every view.
    const ParkSnapshot *snapshot = nullptr;
    const ChartOptions &options;
    QLocale locale;
    QChart *chart;
    ChartInfo info;
    QStringList notes; // footnote parts
    QStringList descriptionLines;
};

// Bars as wide as their category would turn one or two values into blocks.
qreal barWidth(int bars)
{
    if (bars <= 2)
        return 0.35;
    if (bars <= 4)
        return 0.5;
    return 0.7;
}

QBarCategoryAxis *categoryAxis(const QStringList &plainLabels, const QString &title)
{
    auto *axis = new QBarCategoryAxis;
    QStringList labels;
    // Cut before Qt Charts sees them: its elision is quadratic in the length.
    // A line break in a label (from wrapped()) becomes one in the axis text.
    for (const QString &label : plainLabels) {
        QStringList lines;
        for (const QString &line : SafeText::elided(label).split(QLatin1Char('\n')))
            lines << html(line);
        labels << lines.join(QStringLiteral("<br/>"));
    }
    axis->append(distinct(labels));
    // Labels are never cut short: the charts with long ones lay them out
    // where they have the room (horizontal bars, wrapped lines).
    axis->setTruncateLabels(false);
    axis->setTitleText(html(title));
    // Qt Charts draws the title of an empty category axis in the corner.
    axis->setTitleVisible(!labels.isEmpty() && !title.isEmpty());
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis *countAxis(const ChartStyle::IntegerScale &scale, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, scale.top);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(scale.tickCount());
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(html(title));
    return axis;
}

QValueAxis *measureAxis(const ChartStyle::ValueScale &scale, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, scale.top);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(scale.tickCount());
    axis->setMinorTickCount(0);
    axis->setLabelFormat(scale.labelFormat());
    axis->setTitleText(html(title));
    return axis;
}

void colourSet(QBarSet *set, Leadership leadership, bool dark)
{
    set->setBrush(ChartStyle::leadershipBrush(leadership));
    // A thin line in the background colour keeps the segments of a stack apart.
    set->setPen(QPen(ChartStyle::backgroundColour(dark), 1));
}

// Legend entries of empty stacks would name categories the chart does not
// show.
void hideEmptyLegendEntries(QChart *chart, QAbstractBarSeries *series)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < markers.size() && i < sets.size(); ++i)
        markers.at(i)->setVisible(sets.at(i)->sum() > 0);
}

// Totals and bar values: bold, in the text colour, straight on the plot.
ChartValueLabels::Style valueLabelStyle(bool dark)
{
    return {ChartStyle::textColour(dark), ChartStyle::font(10, true), 4, QColor()};
}

QString stackToolTip(const Build &b, const StackRow &row, Leadership leadership)
{
    return QStringList{row.name,
                       pair(leadershipLabel(leadership), b.count(countOf(row.count, leadership))),
                       ParkCharts::tr("Total: %1").arg(b.count(row.count.total))}
        .join(QLatin1Char('\n'));
}

QString stackDescription(const Build &b, const StackRow &row)
{
    QStringList parts;
    for (Leadership l : LeadershipOrder) {
        if (countOf(row.count, l) > 0)
            parts << pair(leadershipLabel(l), b.count(countOf(row.count, l)));
    }
    if (parts.isEmpty())
        return pair(row.name, b.count(row.count.total));
    return ParkCharts::tr("%1: %2 (%3)")
        .arg(row.name, b.count(row.count.total), parts.join(ParkCharts::tr(", ")));
}

// Bars, one per row, stacked by leadership, with the total at the end of
// each bar. Horizontal bars list their categories down the left, first at
// the top, where a long name has the room to be read in full.
enum class Bars
{
    Vertical,
    Horizontal
};

// The marks over a chart's bars, in the style every chart shares.
ChartBarMarks *barMarks(const Build &b, QAbstractBarSeries *series, Bars direction)
{
    ChartBarMarks::Style style;
    style.ink = ChartStyle::textColour(b.options.dark);
    style.hatch = ChartStyle::backgroundColour(b.options.dark);
    style.font = ChartStyle::font(9.5);
    style.valueFont = valueLabelStyle(b.options.dark).font;
    style.barWidth = series->barWidth();
    return new ChartBarMarks(b.chart, series,
                             direction == Bars::Horizontal ? ChartBarMarks::Direction::Horizontal
                                                           : ChartBarMarks::Direction::Vertical,
                             style);
}

// A legend entry for the report's figures: an empty set drawn as the dashed
// outline the marks use. It holds no value, so it adds nothing to a stack.
void addReportLegendEntry(Build &b, QAbstractBarSeries *series, int categories)
{
    auto *set = new QBarSet(ParkCharts::tr("Report's figure"));
    for (int i = 0; i < categories; ++i)
        set->append(0.0);
    set->setBrush(Qt::NoBrush);
    set->setPen(QPen(ChartStyle::textColour(b.options.dark), 1.5, Qt::DashLine));
    series->append(set);
    // Qt Charts hides the marker of a set whose values are all zero.
    const QList<QLegendMarker *> markers = b.chart->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        if (marker->label() == set->label())
            marker->setVisible(true);
    }
}

using PlaceFigures = QMap<QString, ChartReportFigures::BarFigures>;

QAbstractBarSeries *addStackedBars(Build &b, QList<StackRow> rows, const QString &categoryTitle,
                                   Bars direction = Bars::Vertical,
                                   QValueAxis **valueAxisOut = nullptr,
                                   const PlaceFigures &reportFigures = {})
{
    const bool horizontal = direction == Bars::Horizontal;
    // Described in the order given, largest first as people read the chart.
    const qsizetype firstLine = b.descriptionLines.size();
    for (const StackRow &row : std::as_const(rows))
        b.descriptionLines << stackDescription(b, row);
    // A vertical category axis runs bottom-up: the first row goes last.
    if (horizontal)
        std::reverse(rows.begin(), rows.end());
    QAbstractBarSeries *series =
        horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                   : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    int maxTotal = 0;
    for (const StackRow &row : rows) {
        maxTotal = qMax(maxTotal, row.count.total);
        const ChartReportFigures::BarFigures figures = reportFigures.value(row.key);
        for (const ReportFigure *f : {figures.total, figures.government}) {
            if (f)
                maxTotal = qMax(maxTotal, int(std::ceil(f->value)));
        }
    }
    QList<ChartReportFigures::Bar> bars;
    for (const StackRow &row : std::as_const(rows))
        bars.append({row.key, row.count});
    const QList<ChartBarMarks::BarMark> marks =
        ChartReportFigures::barMarks(bars, reportFigures, b.locale);
    // A report's text after a bar needs more room than a number: the axis
    // runs on by half the length of the longest marked bar.
    int axisMax = maxTotal;
    for (const ChartBarMarks::BarMark &mark : marks) {
        const double end = std::max({mark.value, mark.outlineTo, mark.tickAt});
        axisMax = qMax(axisMax, int(std::ceil(end * (horizontal ? 1.5 : 1.0))));
    }
    // The report's figure goes into the bar's tooltip and description too.
    QHash<int, QString> reportTexts;
    for (const ChartBarMarks::BarMark &mark : marks) {
        reportTexts.insert(mark.category, mark.text);
        const qsizetype line =
            firstLine + (horizontal ? rows.size() - 1 - mark.category : mark.category);
        b.descriptionLines[line] += ParkCharts::tr("; %1").arg(mark.text);
    }
    for (Leadership l : LeadershipOrder) {
        auto *set = new QBarSet(leadershipLabel(l));
        QStringList tips;
        for (int i = 0; i < rows.size(); ++i) {
            set->append(countOf(rows.at(i).count, l));
            QString tip = stackToolTip(b, rows.at(i), l);
            if (reportTexts.contains(i))
                tip += QLatin1Char('\n') + reportTexts.value(i);
            tips << tip;
        }
        ChartToolTips::setTexts(set, tips);
        series->append(set);
    }
    series->setBarWidth(barWidth(int(rows.size())));
    b.chart->addSeries(series);

    QStringList labels;
    for (const StackRow &row : rows) {
        labels << row.label;
        b.info.categoryKeys << row.key;
    }
    QBarCategoryAxis *categories = categoryAxis(labels, categoryTitle);
    b.chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *values =
        countAxis(ChartStyle::integerScale(axisMax), ParkCharts::tr("Number of parks"));
    b.chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
    if (valueAxisOut)
        *valueAxisOut = values;

    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < sets.size(); ++i)
        colourSet(sets.at(i), LeadershipOrder.at(i), b.options.dark);
    hideEmptyLegendEntries(b.chart, series);

    if (!marks.isEmpty()) {
        barMarks(b, series, direction)->setBarMarks(marks);
        addReportLegendEntry(b, series, int(rows.size()));
    }

    const auto at = [horizontal](int category, double value) {
        return horizontal ? QPointF(value, category) : QPointF(category, value);
    };
    QList<ChartValueLabels::Label> totals;
    QList<ChartValueLabels::Label> segments;
    for (int i = 0; i < rows.size(); ++i) {
        const Aggregations::Count &count = rows.at(i).count;
        if (count.total > 0)
            totals.append({at(i, count.total), b.count(count.total)});
        // A bar of one colour needs no inner label: its total says it all.
        int base = 0;
        for (Leadership l : LeadershipOrder) {
            const int n = countOf(count, l);
            if (n > 0 && n < count.total)
                segments.append({at(i, base + n / 2.0), b.count(n), ChartStyle::labelColourOn(l)});
            base += n;
        }
    }
    new ChartValueLabels(b.chart, series,
                         horizontal ? ChartValueLabels::After : ChartValueLabels::Above, totals,
                         valueLabelStyle(b.options.dark));
    new ChartValueLabels(
        b.chart, series, ChartValueLabels::Centred, segments,
        {ChartStyle::textColour(b.options.dark), ChartStyle::font(9), 0, QColor()});
    return series;
}

// Rows sorted by count, largest first; ties in the collation order of the
// labels (pinyin for Chinese), so that the order never depends on how the
// table happens to be sorted.
QList<StackRow> ranked(QList<StackRow> rows, const QLocale &collation)
{
    QCollator collator(collation);
    collator.setNumericMode(true);
    std::stable_sort(rows.begin(), rows.end(), [&collator](const StackRow &a, const StackRow &b) {
        if (a.count.total != b.count.total)
            return a.count.total > b.count.total;
        const int order = collator.compare(a.label, b.label);
        return order != 0 ? order < 0 : a.key < b.key;
    });
    return rows;
}

QString titleFor(ChartKind kind, int shown)
{
    switch (kind) {
    case ChartKind::ByProvince:
        return ParkCharts::tr("Parks by province");
    case ChartKind::ByCity:
        return ParkCharts::tr("Cities with the most parks (top %1)").arg(shown);
    case ChartKind::TopArea:
        return ParkCharts::tr("Largest parks by planned area (top %1)").arg(shown);
    case ChartKind::TopEnterprises:
        return ParkCharts::tr("Parks with the most enterprises settled (top %1)").arg(shown);
    case ChartKind::TopFund:
        return ParkCharts::tr("Parks with the largest support fund (top %1)").arg(shown);
    case ChartKind::ByYear:
        return ParkCharts::tr("Parks founded per year");
    case ChartKind::ByMonth:
        return ParkCharts::tr("Parks founded per calendar month");
    case ChartKind::Leadership:
        return ParkCharts::tr("Parks by leadership");
    }
    return QString();
}

void buildByProvince(Build &b)
{
    const QMap<QString, Aggregations::Count> counts =
        b.snapshot ? Aggregations::byProvinceFrom(b.snapshot->byProvinceAndCity())
                   : Aggregations::byProvince(b.records);
    QList<StackRow> rows;
    int placed = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const QString name = Provinces::displayName(it.key(), b.options.english);
        rows.append({it.key(), name, name, it.value()});
        placed += it->total;
    }
    // A province the report counts parks in keeps its bar when the dataset
    // has none there: an empty bar beside the report's outline.
    const PlaceFigures figures =
        ChartReportFigures::perPlace(b.options.reportFigures, ChartReportFigures::Place::Province);
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
        if (!counts.contains(it.key())) {
            const QString name = Provinces::displayName(it.key(), b.options.english);
            rows.append({it.key(), name, name, Aggregations::Count()});
        }
    }
    rows = ranked(rows, b.locale);
    addStackedBars(b, rows, ParkCharts::tr("Province"), Bars::Horizontal, nullptr, figures);
    const int unplaced = int(b.records.size()) - placed;
    b.info.notShown = unplaced;
    if (unplaced > 0)
        b.notes << ParkCharts::tr("%n park(s) without a province not shown", "", unplaced);
    b.info.title = titleFor(ChartKind::ByProvince, int(rows.size()));
}

void buildByCity(Build &b)
{
    const QMap<QString, Aggregations::Count> counts = Aggregations::byCity(b.records);
    QList<StackRow> rows;
    int placed = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const QString name = Places::cityName(QString(), it.key(), b.options.english);
        rows.append({it.key(), SafeText::elided(name), name, it.value()});
        placed += it->total;
    }
    // Ties in the order of the names shown: pinyin for Chinese ones.
    rows = ranked(rows, b.locale);
    const int topN = qMax(1, b.options.topN);
    int hiddenParks = 0;
    const int hiddenCities = qMax(0, int(rows.size()) - topN);
    for (int i = topN; i < rows.size(); ++i)
        hiddenParks += rows.at(i).count.total;
    if (rows.size() > topN)
        rows.resize(topN);
    addStackedBars(
        b, rows, ParkCharts::tr("City"), Bars::Horizontal, nullptr,
        ChartReportFigures::perPlace(b.options.reportFigures, ChartReportFigures::Place::City));

    const int unplaced = int(b.records.size()) - placed;
    b.info.notShown = unplaced + hiddenParks;
    if (hiddenCities > 0) {
        b.notes << ParkCharts::tr("%n park(s) in %1 other cities not shown", "", hiddenParks)
                       .arg(b.count(hiddenCities));
    }
    if (unplaced > 0)
        b.notes << ParkCharts::tr("%n park(s) without a city not shown", "", unplaced);
    b.info.title = titleFor(ChartKind::ByCity, int(rows.size()));
}

void buildByYear(Build &b)
{
    const QMap<int, Aggregations::Count> perYear = Aggregations::byYear(b.records);
    QList<StackRow> rows;
    int dated = 0;
    if (!perYear.isEmpty()) {
        // Every year in the range, so that a year without foundings shows as
        // a gap rather than vanishing from the time line.
        for (int year = perYear.firstKey(); year <= perYear.lastKey(); ++year) {
            const Aggregations::Count count = perYear.value(year);
            dated += count.total;
            const QString label = QString::number(year);
            rows.append({label, label, label, count});
        }
    }
    QValueAxis *leftAxis = nullptr;
    QAbstractBarSeries *series =
        addStackedBars(b, rows, ParkCharts::tr("Year founded"), Bars::Vertical, &leftAxis);
    const QList<ChartBarMarks::Bracket> brackets =
        perYear.isEmpty()
            ? QList<ChartBarMarks::Bracket>()
            : ChartReportFigures::brackets(b.options.reportFigures,
                                           ChartReportFigures::Period::Year, perYear.firstKey(),
                                           perYear.lastKey(), b.records, b.locale);
    if (!brackets.isEmpty())
        barMarks(b, series, Bars::Vertical)->setBrackets(brackets);

    // One count axis for the bars and the cumulative line: two scales side
    // by side would let a reader compare heights that mean different things.
    // A bracket of the report's takes the top of the plot.
    const ChartStyle::IntegerScale scale =
        ChartStyle::integerScale(brackets.isEmpty() ? dated : int(std::ceil(dated * 1.2)));
    if (leftAxis) {
        leftAxis->setRange(0, scale.top);
        leftAxis->setTickCount(scale.tickCount());
    }

    auto *line = new QLineSeries;
    // The line ends at the parks with a known founding year, which are all
    // the chart shows; the name says so, since the subtitle counts them all.
    line->setName(ParkCharts::tr("Cumulative total (parks with a known founding year: %1)")
                      .arg(b.count(dated)));
    QStringList tips;
    QList<ChartValueLabels::Label> labels;
    int running = 0;
    for (int i = 0; i < rows.size(); ++i) {
        running += rows.at(i).count.total;
        // At the end of the year, beside its bar: the marker never sits on
        // the bar's own labels.
        const QPointF point(i + CumulativeOffset, running);
        line->append(point);
        labels.append({point, b.count(running)});
        tips << QStringList{rows.at(i).name, pair(ParkCharts::tr("Founded by the end of the year"),
                                                  b.count(running))}
                    .join(QLatin1Char('\n'));
        b.descriptionLines[i] +=
            QLatin1Char(' ') + ParkCharts::tr("(cumulative %1)").arg(b.count(running));
    }
    ChartToolTips::setTexts(line, tips);
    b.chart->addSeries(line);
    line->attachAxis(b.chart->axes(Qt::Horizontal).value(0));
    if (leftAxis)
        line->attachAxis(leftAxis);

    const QColor lineColour = ChartStyle::lineColour(b.options.dark);
    line->setPen(QPen(lineColour, 2.5));
    line->setPointsVisible(true);
    line->setMarkerSize(8);
    // Qt's point labels sit on the markers; these keep clear of them and of
    // the bars they cross.
    new ChartValueLabels(
        b.chart, line, ChartValueLabels::Above, labels,
        {lineColour, ChartStyle::font(9.5), 8, ChartStyle::backgroundColour(b.options.dark)});

    const int undated = int(b.records.size()) - dated;
    b.info.notShown = undated;
    if (undated > 0)
        b.notes << ParkCharts::tr("%n park(s) with unknown founding date not shown", "", undated);
    b.info.title = titleFor(ChartKind::ByYear, int(rows.size()));
}

void buildByMonth(Build &b)
{
    const QMap<int, Aggregations::Count> perMonth = Aggregations::byMonth(b.records);
    QList<StackRow> rows;
    int placed = 0;
    // All twelve months, empty ones included: a season without foundings is
    // a finding too.
    for (int month = 1; month <= 12; ++month) {
        const Aggregations::Count count = perMonth.value(month);
        placed += count.total;
        rows.append({QString::number(month),
                     b.locale.standaloneMonthName(month, QLocale::ShortFormat),
                     b.locale.standaloneMonthName(month, QLocale::LongFormat), count});
    }
    QValueAxis *valueAxis = nullptr;
    QAbstractBarSeries *series =
        addStackedBars(b, rows, ParkCharts::tr("Month founded"), Bars::Vertical, &valueAxis);
    const QList<ChartBarMarks::Bracket> brackets = ChartReportFigures::brackets(
        b.options.reportFigures, ChartReportFigures::Period::Month, 1, 12, b.records, b.locale);
    if (!brackets.isEmpty()) {
        barMarks(b, series, Bars::Vertical)->setBrackets(brackets);
        // The bracket takes the top of the plot, clear of the bars' totals.
        int highest = 0;
        for (const StackRow &row : std::as_const(rows))
            highest = qMax(highest, row.count.total);
        const ChartStyle::IntegerScale scale = ChartStyle::integerScale(highest + 1);
        if (valueAxis) {
            valueAxis->setRange(0, scale.top);
            valueAxis->setTickCount(scale.tickCount());
        }
    }
    const int unplaced = int(b.records.size()) - placed;
    b.info.notShown = unplaced;
    if (unplaced > 0) {
        b.notes << ParkCharts::tr("%n park(s) without a known founding month not shown", "",
                                  unplaced);
    }
    b.info.title = titleFor(ChartKind::ByMonth, 12);
}

struct MetricTexts
{
    Aggregations::Metric metric;
    QString axisTitle;
    QString valueName;
    QString unknownNote; // %n: parks not shown
};

MetricTexts metricTexts(ChartKind kind, int unknown)
{
    switch (kind) {
    case ChartKind::TopEnterprises:
        return {
            Aggregations::Metric::Enterprises, ParkCharts::tr("Number of enterprises settled"),
            FieldRegistry::label(ParkField::Enterprises),
            ParkCharts::tr("%n park(s) with unknown number of enterprises not shown", "", unknown)};
    case ChartKind::TopFund:
        return {Aggregations::Metric::FundCny100m, FieldRegistry::label(ParkField::FundCny100m),
                FieldRegistry::label(ParkField::FundCny100m),
                ParkCharts::tr("%n park(s) with unknown support fund not shown", "", unknown)};
    default:
        break;
    }
    return {Aggregations::Metric::AreaKm2, FieldRegistry::label(ParkField::AreaKm2),
            FieldRegistry::label(ParkField::AreaKm2),
            ParkCharts::tr("%n park(s) with unknown planned area not shown", "", unknown)};
}

// A value as its source qualifies it: "≥100" for "more than 100", "~40"
// for an approximation; host-zone areas and investment plans are hatched
// instead, their number is the source's.
QString qualifiedValue(const Build &b, double value, Aggregations::Qualifier qualifier)
{
    switch (qualifier) {
    case Aggregations::Qualifier::AtLeast:
        return ParkCharts::tr("≥%1").arg(b.value(value));
    case Aggregations::Qualifier::Approx:
        return ParkCharts::tr("~%1").arg(b.value(value));
    case Aggregations::Qualifier::None:
    case Aggregations::Qualifier::HostZone:
    case Aggregations::Qualifier::InvestmentPlan:
        break;
    }
    return b.value(value);
}

// What a qualified value is, for tooltips; empty when it is plain.
QString qualifierMeaning(Aggregations::Qualifier qualifier)
{
    switch (qualifier) {
    case Aggregations::Qualifier::AtLeast:
        return ParkCharts::tr("a lower bound: the source says \"more than\"");
    case Aggregations::Qualifier::Approx:
        return ParkCharts::tr("approximate");
    case Aggregations::Qualifier::HostZone:
        return ParkCharts::tr("the area of the zone that hosts the park, not the park's own");
    case Aggregations::Qualifier::InvestmentPlan:
        return ParkCharts::tr("an enterprise's investment plan, not a support fund");
    case Aggregations::Qualifier::None:
        break;
    }
    return QString();
}

// The footnote parts that explain the qualified values shown.
QStringList qualifierNotes(const QMap<Aggregations::Qualifier, int> &shown)
{
    QStringList notes;
    if (shown.value(Aggregations::Qualifier::AtLeast) > 0)
        notes << ParkCharts::tr("≥: at least (the source gives a lower bound)");
    if (shown.value(Aggregations::Qualifier::Approx) > 0)
        notes << ParkCharts::tr("~: approximately");
    if (const int n = shown.value(Aggregations::Qualifier::HostZone))
        notes << ParkCharts::tr("hatched: area of the zone that hosts the park (%1)").arg(n);
    if (const int n = shown.value(Aggregations::Qualifier::InvestmentPlan))
        notes << ParkCharts::tr("hatched: an enterprise's investment plan, not a support fund (%1)")
                     .arg(n);
    return notes;
}

// Horizontal bars of the N largest values, the largest at the top, coloured
// by leadership.
void buildTop(Build &b, ChartKind kind)
{
    const Aggregations::Metric metric = metricTexts(kind, 0).metric;
    // By id first, so that ties do not follow the table's sort order.
    Aggregations::Records sorted = b.records;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ParkRecord *l, const ParkRecord *r) { return l->id < r->id; });
    Aggregations::Records top = Aggregations::topBy(sorted, metric, qMax(1, b.options.topN));
    const Aggregations::MetricStats stats = Aggregations::metricStats(b.records, metric);
    const MetricTexts texts = metricTexts(kind, stats.unknown);
    // Largest first in reading order: a horizontal bar axis runs bottom-up.
    std::reverse(top.begin(), top.end());

    const QFont labelFont = ChartStyle::font(10);
    const QFontMetricsF metrics(labelFont);
    auto *series = new QHorizontalStackedBarSeries;
    QStringList labels;
    double maxValue = 0;
    for (const ParkRecord *r : std::as_const(top)) {
        const QString name = r->displayName(b.options.english);
        labels << wrapped(SafeText::elided(name), metrics, MaxParkLineWidth);
        b.info.categoryKeys << r->id;
        maxValue = qMax(maxValue, *Aggregations::metricValue(*r, metric));
    }
    const bool log = b.options.logScale && chartKindCanUseLogScale(kind);
    // The axis starts at the power of ten below the smallest positive value.
    double minPositive = 0;
    int notDrawable = 0;
    for (const ParkRecord *r : std::as_const(top)) {
        const double v = *Aggregations::metricValue(*r, metric);
        if (v > 0)
            minPositive = minPositive > 0 ? qMin(minPositive, v) : v;
        else
            ++notDrawable;
    }
    const double logMin =
        minPositive > 0 ? std::pow(10.0, std::floor(std::log10(minPositive))) : 1.0;
    // Room for the value label after the longest bar.
    const double logMax = std::pow(10.0, std::ceil(std::log10(qMax(maxValue * 4, logMin * 10))));
    for (Leadership l : LeadershipOrder) {
        auto *set = new QBarSet(leadershipLabel(l));
        QStringList tips;
        for (const ParkRecord *r : std::as_const(top)) {
            const double v = *Aggregations::metricValue(*r, metric);
            // A log axis has no place for zero: no bar rather than a made-up one.
            const bool drawn = r->leadership == l && (!log || v > 0);
            set->append(drawn ? v : 0.0);
            QString place = Provinces::displayName(r->province, b.options.english);
            if (!r->city.isEmpty() && r->city != r->province)
                place +=
                    QLatin1Char(' ') + Places::cityName(r->province, r->city, b.options.english);
            const Aggregations::Qualifier qualifier = Aggregations::qualifier(*r, metric);
            QStringList tip{r->displayName(b.options.english),
                            pair(texts.valueName, qualifiedValue(b, v, qualifier))};
            if (qualifier != Aggregations::Qualifier::None)
                tip << qualifierMeaning(qualifier);
            tip << leadershipLabel(r->leadership) << place;
            tips << tip.join(QLatin1Char('\n'));
        }
        ChartToolTips::setTexts(set, tips);
        series->append(set);
    }
    series->setBarWidth(barWidth(int(top.size())));
    b.chart->addSeries(series);

    QBarCategoryAxis *yAxis = categoryAxis(labels, QString());
    b.chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    QAbstractAxis *xAxis = nullptr;
    if (log) {
        silenceLogOfZeroWarning();
        auto *axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setRange(logMin, logMax);
        axis->setMinorTickCount(8);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setTitleText(html(ParkCharts::tr("%1, logarithmic scale").arg(texts.axisTitle)));
        xAxis = axis;
    } else {
        // The report's figure is written after its park's bar, which may be
        // the longest: room for a text rather than a number.
        const ReportFigure *reported = ChartReportFigures::largest(b.options.reportFigures, metric);
        const bool reportedShown =
            reported && std::any_of(top.cbegin(), top.cend(), [reported](const ParkRecord *r) {
                return r->id == reported->parkId;
            });
        const double room = reportedShown ? maxValue * 1.3 : maxValue;
        xAxis = metric == Aggregations::Metric::Enterprises
                    ? countAxis(ChartStyle::integerScale(int(std::ceil(room))), texts.axisTitle)
                    : measureAxis(ChartStyle::valueScale(room), texts.axisTitle);
    }
    b.chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);

    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < sets.size(); ++i)
        colourSet(sets.at(i), LeadershipOrder.at(i), b.options.dark);
    hideEmptyLegendEntries(b.chart, series);

    QList<ChartValueLabels::Label> values;
    QList<ChartBarMarks::Hatch> hatches;
    QList<ChartBarMarks::BarMark> reportMarks;
    QMap<Aggregations::Qualifier, int> qualifiedShown;
    const ReportFigure *reportLargest =
        ChartReportFigures::largest(b.options.reportFigures, metric);
    bool reportParkShown = false;
    for (int i = 0; i < top.size(); ++i) {
        const ParkRecord *r = top.at(i);
        const double v = *Aggregations::metricValue(*r, metric);
        const Aggregations::Qualifier qualifier = Aggregations::qualifier(*r, metric);
        if (qualifier != Aggregations::Qualifier::None)
            ++qualifiedShown[qualifier];
        const double drawnAt = log && v <= 0 ? logMin : v;
        const QString text = qualifiedValue(b, v, qualifier);
        // A value the log axis cannot place is written at its start.
        values.append({QPointF(drawnAt, i), text});
        if (qualifier == Aggregations::Qualifier::HostZone ||
            qualifier == Aggregations::Qualifier::InvestmentPlan)
            hatches.append({i, log ? logMin : 0.0, drawnAt});
        if (reportLargest && reportLargest->parkId == r->id) {
            reportParkShown = true;
            ChartBarMarks::BarMark mark;
            mark.category = i;
            mark.tickAt = reportLargest->value;
            mark.value = drawnAt;
            mark.valueText = text;
            mark.text = ChartReportFigures::reportValueText(*reportLargest, b.locale);
            reportMarks << mark;
        }
    }
    new ChartValueLabels(b.chart, series, ChartValueLabels::After, values,
                         valueLabelStyle(b.options.dark));
    if (!hatches.isEmpty() || !reportMarks.isEmpty()) {
        ChartBarMarks *marks = barMarks(b, series, Bars::Horizontal);
        marks->setHatches(hatches);
        marks->setBarMarks(reportMarks);
    }

    // Largest first in the description, as people read the chart.
    for (int i = int(top.size()) - 1; i >= 0; --i) {
        const ParkRecord *r = top.at(i);
        const Aggregations::Qualifier qualifier = Aggregations::qualifier(*r, metric);
        QString value = qualifiedValue(b, *Aggregations::metricValue(*r, metric), qualifier);
        if (qualifier == Aggregations::Qualifier::HostZone ||
            qualifier == Aggregations::Qualifier::InvestmentPlan)
            value = ParkCharts::tr("%1 (%2)").arg(value, qualifierMeaning(qualifier));
        b.descriptionLines << pair(r->displayName(b.options.english), value);
    }
    b.info.notShown = stats.unknown;
    if (stats.unknown > 0)
        b.notes << texts.unknownNote;
    b.notes << qualifierNotes(qualifiedShown);
    if (!reportMarks.isEmpty()) {
        b.notes << ParkCharts::tr("tick: the report's figure");
    } else if (reportLargest && !reportParkShown) {
        b.notes << ParkCharts::tr("%1 in the report: %2")
                       .arg(reportLargest->label(b.options.english), b.value(reportLargest->value));
    }
    if (log && notDrawable > 0) {
        b.notes << ParkCharts::tr("values of 0 cannot be drawn on a logarithmic scale (parks "
                                  "without a bar: %1); their values are written")
                       .arg(b.count(notDrawable));
    }
    b.info.title = titleFor(kind, int(top.size()));
}

// The donuts' ring: the hole is this part of the pie. Side by side, the
// dataset's and the report's donuts are smaller, with room for the slice
// labels that go out to the left and right.
constexpr qreal HoleRatio = 0.62;
constexpr qreal SplitPieSize = 0.38;
constexpr qreal DatasetPiePosition = 0.3;
constexpr qreal ReportPiePosition = 0.68;

void styleSlices(const Build &b, QPieSeries *series, const QList<Leadership> &colours)
{
    const QList<QPieSlice *> slices = series->slices();
    for (int i = 0; i < slices.size() && i < colours.size(); ++i) {
        QPieSlice *slice = slices.at(i);
        slice->setBrush(ChartStyle::leadershipBrush(colours.at(i)));
        slice->setBorderColor(ChartStyle::backgroundColour(b.options.dark));
        slice->setBorderWidth(2);
        slice->setLabelVisible(slice->value() > 0);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        slice->setLabelFont(ChartStyle::font(11));
        slice->setLabelColor(ChartStyle::textColour(b.options.dark));
    }
}

// Side by side, each donut turns its government-led slice to the bottom
// and the rest to the top, so that the labels go above and below rather
// than into the other donut or off the figure's edge, and the two
// government-led shares face the reader the same way.
void governmentAtTheBottom(QPieSeries *series, int government, int total)
{
    const qreal angle = total > 0 ? 360.0 * government / total : 0;
    series->setPieStartAngle(180 - angle / 2);
    series->setPieEndAngle(540 - angle / 2);
}

QString shareText(const Build &b, const QString &label, int n, int total)
{
    if (total <= 0)
        return pair(label, b.count(n));
    const QString share = b.locale.toString(100.0 * n / total, 'f', 1) + QLatin1Char('%');
    return ParkCharts::tr("%1: %2 (%3)").arg(label, b.count(n), share);
}

// The report's split beside the dataset's: its total and government-led
// count, the rest "not government-led" (the report names no other kind).
// Its slices carry no category: a click on them filters nothing.
void addReportSplit(Build &b, const ChartReportFigures::BarFigures &split, int datasetGovernment)
{
    const int total = int(split.total->value);
    const int government = int(split.government->value);
    auto *series = new QPieSeries;
    series->setProperty(ChartReportFigures::ReportSeriesProperty, true);
    series->setPieSize(SplitPieSize);
    series->setHoleSize(SplitPieSize * HoleRatio);
    series->setHorizontalPosition(ReportPiePosition);
    governmentAtTheBottom(series, government, total);
    QString governmentText =
        shareText(b, leadershipLabel(Leadership::Government), government, total);
    if (split.government->isContradictedBy(double(datasetGovernment)))
        governmentText = ParkCharts::tr("%1 · conflict").arg(governmentText);
    const QString restText =
        shareText(b, ParkCharts::tr("Not government-led"), total - government, total);
    for (const QString &text : {governmentText, restText})
        ChartToolTips::setTexts(
            series->append(text, text == governmentText ? government : total - government), {text});
    b.chart->addSeries(series);
    styleSlices(b, series, {Leadership::Government, Leadership::Enterprise});
    b.descriptionLines << ParkCharts::tr("The report: %n park(s)", "", total) << governmentText
                       << restText;
    new ChartCaption(b.chart, ParkCharts::tr("The report (2020): %n park(s)", "", total),
                     ReportPiePosition, SplitPieSize, ChartStyle::textColour(b.options.dark),
                     ChartStyle::font(12, true));
}

void buildLeadership(Build &b)
{
    const QMap<Leadership, int> counts = Aggregations::byLeadership(b.records);
    const int total = int(b.records.size());
    const ChartReportFigures::BarFigures split =
        ChartReportFigures::nationalSplit(b.options.reportFigures);
    const bool withReport = split.total && split.government && total > 0;
    auto *series = new QPieSeries;
    const qreal pieSize = withReport ? SplitPieSize : 0.72;
    series->setPieSize(pieSize);
    series->setHoleSize(pieSize * HoleRatio);
    if (withReport) {
        series->setHorizontalPosition(DatasetPiePosition);
        governmentAtTheBottom(series, counts.value(Leadership::Government), total);
    }
    for (Leadership l : LeadershipOrder) {
        const QString text = shareText(b, leadershipLabel(l), counts.value(l), total);
        QPieSlice *slice = series->append(text, counts.value(l));
        ChartToolTips::setTexts(slice, {text});
        b.info.categoryKeys << leadershipKey(l);
        b.descriptionLines << text;
    }
    b.chart->addSeries(series);
    styleSlices(b, series, {LeadershipOrder.cbegin(), LeadershipOrder.cend()});
    if (withReport) {
        new ChartCaption(b.chart, ParkCharts::tr("The dataset: %n park(s)", "", total),
                         DatasetPiePosition, SplitPieSize, ChartStyle::textColour(b.options.dark),
                         ChartStyle::font(12, true));
        addReportSplit(b, split, counts.value(Leadership::Government));
    }
    // The slice labels name every share already.
    b.chart->legend()->hide();
    b.info.title = titleFor(ChartKind::Leadership, int(series->count()));
}

void applyFonts(QChart *chart)
{
    chart->setTitleFont(ChartStyle::font(15, true));
    chart->legend()->setFont(ChartStyle::font(10));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(ChartStyle::font(10));
        axis->setTitleFont(ChartStyle::font(10.5, true));
    }
}

QString titleHtml(const QString &title, const QString &subtitle)
{
    // The subtitle carries the filter, which can be long: it comes last, so
    // that it is the part Qt elides when the title does not fit.
    return QStringLiteral("<div align=\"center\">%1<br/><span style=\"font-size:11pt; "
                          "font-weight:normal;\">%2</span></div>")
        .arg(html(title), html(SafeText::elided(subtitle, 2 * SafeText::MaxLabelLength)));
}

} // namespace

QString chartKindId(ChartKind kind)
{
    for (const KindId &k : KindIds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    }
    return QString();
}

std::optional<ChartKind> chartKindFromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (const KindId &k : KindIds) {
        if (wanted == QLatin1String(k.id))
            return k.kind;
    }
    return std::nullopt;
}

QList<ChartKind> allChartKinds()
{
    QList<ChartKind> kinds;
    for (const KindId &k : KindIds)
        kinds << k.kind;
    return kinds;
}

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::ByProvince:
        return ParkCharts::tr("Parks by province");
    case ChartKind::ByCity:
        return ParkCharts::tr("Parks by city");
    case ChartKind::TopArea:
        return ParkCharts::tr("Largest planned area");
    case ChartKind::TopEnterprises:
        return ParkCharts::tr("Most enterprises settled");
    case ChartKind::TopFund:
        return ParkCharts::tr("Largest support fund");
    case ChartKind::ByYear:
        return ParkCharts::tr("Founded per year");
    case ChartKind::ByMonth:
        return ParkCharts::tr("Founded per month");
    case ChartKind::Leadership:
        return ParkCharts::tr("Leadership");
    }
    return QString();
}

bool chartKindCanUseLogScale(ChartKind kind)
{
    return kind == ChartKind::TopArea || kind == ChartKind::TopEnterprises ||
           kind == ChartKind::TopFund;
}

bool chartKindUsesTopN(ChartKind kind)
{
    return kind == ChartKind::ByCity || kind == ChartKind::TopArea ||
           kind == ChartKind::TopEnterprises || kind == ChartKind::TopFund;
}

namespace {

BuiltChart build(ChartKind kind, const Aggregations::Records &records, const ParkSnapshot *snapshot,
                 const ChartOptions &options)
{
    Build b(kind, records, options);
    b.snapshot = snapshot;
    switch (kind) {
    case ChartKind::ByProvince:
        buildByProvince(b);
        break;
    case ChartKind::ByCity:
        buildByCity(b);
        break;
    case ChartKind::TopArea:
    case ChartKind::TopEnterprises:
    case ChartKind::TopFund:
        buildTop(b, kind);
        break;
    case ChartKind::ByYear:
        buildByYear(b);
        break;
    case ChartKind::ByMonth:
        buildByMonth(b);
        break;
    case ChartKind::Leadership:
        buildLeadership(b);
        break;
    }
    applyFonts(b.chart);

    const QString countText = ParkCharts::tr("%n park(s)", "", b.info.recordCount);
    b.info.subtitle = options.filterText.isEmpty()
                          ? countText
                          : ParkCharts::tr("%1 — %2").arg(countText, options.filterText);
    b.chart->setTitle(titleHtml(b.info.title, b.info.subtitle));

    if (records.isEmpty()) {
        // A legend of nothing would suggest that something is drawn.
        b.chart->legend()->hide();
        b.notes.prepend(options.filterText.isEmpty() ? ParkCharts::tr("No parks to show")
                                                     : ParkCharts::tr("No parks match the filter"));
    }
    b.info.footnote = b.notes.join(ParkCharts::tr("; "));
    if (!b.info.footnote.isEmpty()) {
        new ChartFootnote(b.chart, b.info.footnote, ChartStyle::mutedTextColour(options.dark),
                          ChartStyle::font(9.5));
    }

    QStringList description{b.info.title + QLatin1Char('.'), b.info.subtitle + QLatin1Char('.')};
    description << b.descriptionLines;
    if (!b.info.footnote.isEmpty())
        description << b.info.footnote + QLatin1Char('.');
    b.info.description = description.join(QLatin1Char('\n'));
    return {b.chart, b.info};
}

} // namespace

BuiltChart buildChart(ChartKind kind, const Aggregations::Records &records,
                      const ChartOptions &options)
{
    return build(kind, records, nullptr, options);
}

BuiltChart buildChart(ChartKind kind, const ParkSnapshot &records, const ChartOptions &options)
{
    return build(kind, records.pointers(), &records, options);
}
