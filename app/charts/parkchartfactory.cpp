#include "parkchartfactory.h"

#include "safetext.h"

#include "fieldregistry.h"

#include "chartfootnote.h"
#include "chartstyle.h"
#include "charttooltips.h"
#include "chartvaluelabels.h"
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

QAbstractBarSeries *addStackedBars(Build &b, QList<StackRow> rows, const QString &categoryTitle,
                                   Bars direction = Bars::Vertical,
                                   QValueAxis **valueAxisOut = nullptr)
{
    const bool horizontal = direction == Bars::Horizontal;
    // Described in the order given, largest first as people read the chart.
    for (const StackRow &row : std::as_const(rows))
        b.descriptionLines << stackDescription(b, row);
    // A vertical category axis runs bottom-up: the first row goes last.
    if (horizontal)
        std::reverse(rows.begin(), rows.end());
    QAbstractBarSeries *series =
        horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                   : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    int maxTotal = 0;
    for (const StackRow &row : rows)
        maxTotal = qMax(maxTotal, row.count.total);
    for (Leadership l : LeadershipOrder) {
        auto *set = new QBarSet(leadershipLabel(l));
        QStringList tips;
        for (const StackRow &row : rows) {
            set->append(countOf(row.count, l));
            tips << stackToolTip(b, row, l);
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
        countAxis(ChartStyle::integerScale(maxTotal), ParkCharts::tr("Number of parks"));
    b.chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
    if (valueAxisOut)
        *valueAxisOut = values;

    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < sets.size(); ++i)
        colourSet(sets.at(i), LeadershipOrder.at(i), b.options.dark);
    hideEmptyLegendEntries(b.chart, series);

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
    const QMap<QString, Aggregations::Count> counts = Aggregations::byProvince(b.records);
    QList<StackRow> rows;
    int placed = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const QString name = Provinces::displayName(it.key(), b.options.english);
        rows.append({it.key(), name, name, it.value()});
        placed += it->total;
    }
    rows = ranked(rows, b.locale);
    addStackedBars(b, rows, ParkCharts::tr("Province"), Bars::Horizontal);
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
        rows.append({it.key(), SafeText::elided(it.key()), it.key(), it.value()});
        placed += it->total;
    }
    // City names are Chinese in any UI language: order them by pinyin.
    rows = ranked(rows, QLocale(QLocale::Chinese, QLocale::China));
    const int topN = qMax(1, b.options.topN);
    int hiddenParks = 0;
    const int hiddenCities = qMax(0, int(rows.size()) - topN);
    for (int i = topN; i < rows.size(); ++i)
        hiddenParks += rows.at(i).count.total;
    if (rows.size() > topN)
        rows.resize(topN);
    addStackedBars(b, rows, ParkCharts::tr("City"), Bars::Horizontal);

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
    addStackedBars(b, rows, ParkCharts::tr("Year founded"), Bars::Vertical, &leftAxis);

    // One count axis for the bars and the cumulative line: two scales side
    // by side would let a reader compare heights that mean different things.
    const ChartStyle::IntegerScale scale = ChartStyle::integerScale(dated);
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
    addStackedBars(b, rows, ParkCharts::tr("Month founded"));
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
                place += QLatin1Char(' ') + r->city;
            tips << QStringList{r->displayName(b.options.english),
                                pair(texts.valueName, b.value(v)), leadershipLabel(r->leadership),
                                place}
                        .join(QLatin1Char('\n'));
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
        xAxis = metric == Aggregations::Metric::Enterprises
                    ? countAxis(ChartStyle::integerScale(int(maxValue)), texts.axisTitle)
                    : measureAxis(ChartStyle::valueScale(maxValue), texts.axisTitle);
    }
    b.chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);

    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < sets.size(); ++i)
        colourSet(sets.at(i), LeadershipOrder.at(i), b.options.dark);
    hideEmptyLegendEntries(b.chart, series);

    QList<ChartValueLabels::Label> values;
    for (int i = 0; i < top.size(); ++i) {
        const double v = *Aggregations::metricValue(*top.at(i), metric);
        // A value the log axis cannot place is written at its start.
        values.append({QPointF(log && v <= 0 ? logMin : v, i), b.value(v)});
    }
    new ChartValueLabels(b.chart, series, ChartValueLabels::After, values,
                         valueLabelStyle(b.options.dark));

    // Largest first in the description, as people read the chart.
    for (int i = int(top.size()) - 1; i >= 0; --i) {
        const ParkRecord *r = top.at(i);
        b.descriptionLines << pair(r->displayName(b.options.english),
                                   b.value(*Aggregations::metricValue(*r, metric)));
    }
    b.info.notShown = stats.unknown;
    if (stats.unknown > 0)
        b.notes << texts.unknownNote;
    if (log && notDrawable > 0) {
        b.notes << ParkCharts::tr("values of 0 cannot be drawn on a logarithmic scale (parks "
                                  "without a bar: %1); their values are written")
                       .arg(b.count(notDrawable));
    }
    b.info.title = titleFor(kind, int(top.size()));
}

void buildLeadership(Build &b)
{
    const QMap<Leadership, int> counts = Aggregations::byLeadership(b.records);
    const int total = int(b.records.size());
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.72);
    for (Leadership l : LeadershipOrder) {
        const int n = counts.value(l);
        const QString share =
            total > 0 ? b.locale.toString(100.0 * n / total, 'f', 1) + QLatin1Char('%') : QString();
        const QString text =
            total > 0 ? ParkCharts::tr("%1: %2 (%3)").arg(leadershipLabel(l), b.count(n), share)
                      : pair(leadershipLabel(l), b.count(n));
        QPieSlice *slice = series->append(text, n);
        ChartToolTips::setTexts(slice, {text});
        b.info.categoryKeys << leadershipKey(l);
        b.descriptionLines << text;
    }
    b.chart->addSeries(series);
    const QList<QPieSlice *> slices = series->slices();
    for (int i = 0; i < slices.size(); ++i) {
        QPieSlice *slice = slices.at(i);
        slice->setBrush(ChartStyle::leadershipBrush(LeadershipOrder.at(i)));
        slice->setBorderColor(ChartStyle::backgroundColour(b.options.dark));
        slice->setBorderWidth(2);
        slice->setLabelVisible(slice->value() > 0);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        slice->setLabelFont(ChartStyle::font(11));
        slice->setLabelColor(ChartStyle::textColour(b.options.dark));
    }
    // The slice labels name every share already.
    b.chart->legend()->hide();
    b.info.title = titleFor(ChartKind::Leadership, int(slices.size()));
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

BuiltChart buildChart(ChartKind kind, const Aggregations::Records &records,
                      const ChartOptions &options)
{
    Build b(kind, records, options);
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
