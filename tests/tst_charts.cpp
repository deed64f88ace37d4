#include "charts/chartcommand.h"
#include "charts/chartspanel.h"
#include "charts/chartstyle.h"
#include "charts/charttooltips.h"
#include "charts/chartvaluelabels.h"
#include "charts/parkchartfactory.h"
#include "export/exportimagedialog.h"
#include "filter/filterdescription.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "translations.h"

#include "places.h"
#include "provinces.h"
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMessageBox>
#include <QMimeData>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <cmath>

#include <algorithm>
#include <memory>
#include <numeric>

namespace {

using Records = Aggregations::Records;

// The fixed leadership colours, written out rather than taken from
// ChartStyle so that a change there is noticed.
const QColor governmentBlue(0x1d, 0x4f, 0x91);
const QColor enterpriseOrange(0xf2, 0x8e, 0x2b);
const QColor unknownGrey(0xe0, 0xe0, 0xe0);

// What a stacked chart shows: its categories in axis order and, per
// category, the values of the government, enterprise and unknown sets.
struct Stacks
{
    QStringList categories;
    QList<QList<double>> values; // [category][set]

    QList<double> column(int set) const
    {
        QList<double> list;
        for (const QList<double> &v : values)
            list << v.value(set);
        return list;
    }
    QList<double> totals() const
    {
        QList<double> list;
        for (const QList<double> &v : values)
            list << std::accumulate(v.begin(), v.end(), 0.0);
        return list;
    }
};

// The colour a brush fills with: its own, or a hatch's ground colour.
QColor fillColour(const QBrush &brush)
{
    if (const QGradient *g = brush.gradient())
        return g->stops().value(0).second;
    return brush.color();
}

QAbstractBarSeries *barSeries(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars;
    }
    return nullptr;
}

QBarCategoryAxis *categoryAxis(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories;
    }
    return nullptr;
}

Stacks stacks(QChart *chart)
{
    Stacks s;
    QAbstractBarSeries *series = barSeries(chart);
    QBarCategoryAxis *axis = categoryAxis(chart);
    if (!series || !axis)
        return s;
    s.categories = axis->categories();
    for (int c = 0; c < s.categories.size(); ++c) {
        QList<double> v;
        for (QBarSet *set : series->barSets())
            v << set->at(c);
        s.values << v;
    }
    return s;
}

QValueAxis *valueAxis(QChart *chart, Qt::Alignment alignment)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (axis->alignment() == alignment)
            return qobject_cast<QValueAxis *>(axis);
    }
    return nullptr;
}

QList<ChartValueLabels *> valueLabels(QChart *chart)
{
    QList<ChartValueLabels *> list;
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *labels = dynamic_cast<ChartValueLabels *>(item))
            list << labels;
    }
    return list;
}

QStringList texts(const ChartValueLabels *labels)
{
    QStringList list;
    for (const ChartValueLabels::Label &l : labels->labels())
        list << l.text;
    return list;
}

QList<double> doubles(std::initializer_list<double> values)
{
    return QList<double>(values);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// The text drawn in an SVG, without the document title.
QString svgText(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    QString text;
    bool inTitle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            inTitle = xml.name() == QLatin1String("title");
        else if (xml.isEndElement())
            inTitle = false;
        else if (xml.isCharacters() && !inTitle)
            text += xml.text();
    }
    return text.simplified();
}

// CIELAB lightness of a grey level, as a grey print shows it.
double lightness(double grey)
{
    const double c = grey / 255.0;
    const double y = c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    const double f = y > 0.008856 ? std::cbrt(y) : 7.787 * y + 16.0 / 116.0;
    return 116.0 * f - 16.0;
}

// The mean and the spread of the grey levels in a square round CENTRE.
struct GreyPatch
{
    double mean = 0;
    int spread = 0;
};
GreyPatch greyPatch(const QImage &grey, QPoint centre, int radius)
{
    GreyPatch patch;
    int lowest = 255;
    int highest = 0;
    int n = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y) {
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x) {
            const int g = qGray(grey.pixel(x, y));
            patch.mean += g;
            lowest = qMin(lowest, g);
            highest = qMax(highest, g);
            ++n;
        }
    }
    patch.mean /= qMax(1, n);
    patch.spread = highest - lowest;
    return patch;
}

// TEXT without any white space, for comparing wrapped lines with a name.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

const QString Zhejiang = QStringLiteral("浙江省");

} // namespace

// A built chart that deletes its QChart.
struct OwnedChart
{
    explicit OwnedChart(BuiltChart built)
        : chart(built.chart)
        , info(std::move(built.info))
    {}
    std::unique_ptr<QChart> chart;
    ChartInfo info;
    QChart *get() const { return chart.get(); }
    QChart *operator->() const { return chart.get(); }
};

// Expected values are counted by hand from tests/data/store-small.json.
class TestCharts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QList<ParkRecord> m_parks;
    ParkTableModel *m_model = nullptr;
    ParkFilterProxy *m_proxy = nullptr;

    ParkSnapshot all() const { return m_proxy->visibleRecords(); }

    OwnedChart build(ChartKind kind, const ParkFilter &filter = ParkFilter(), bool english = false,
                     int topN = 10)
    {
        m_proxy->setFilter(filter);
        ChartOptions options;
        options.english = english;
        options.topN = topN;
        options.filterText = FilterDescription::summary(filter);
        return OwnedChart(buildChart(kind, m_proxy->visibleRecords().pointers(), options));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ParkExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_charts"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        const LoadResult loaded =
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QVERIFY(loaded.isUsable());
        m_parks = loaded.document.parks;
        QCOMPARE(m_parks.size(), 10);
    }

    void init()
    {
        QSettings().clear();
        m_model = new ParkTableModel;
        m_model->setRecords(m_parks);
        m_proxy = new ParkFilterProxy;
        m_proxy->setSourceModel(m_model);
    }

    void cleanup()
    {
        delete m_proxy;
        delete m_model;
        m_proxy = nullptr;
        m_model = nullptr;
    }

    // Kinds and ids -------------------------------------------------------

    void kindIds()
    {
        const QStringList expected = {
            QStringLiteral("by-province"), QStringLiteral("by-city"),
            QStringLiteral("top-area"),    QStringLiteral("top-enterprises"),
            QStringLiteral("top-fund"),    QStringLiteral("by-year"),
            QStringLiteral("by-month"),    QStringLiteral("leadership")};
        QStringList ids;
        for (ChartKind kind : allChartKinds()) {
            ids << chartKindId(kind);
            QCOMPARE(chartKindFromId(chartKindId(kind)), std::optional<ChartKind>(kind));
            QVERIFY(!chartKindName(kind).isEmpty());
        }
        QCOMPARE(ids, expected);
        QCOMPARE(chartKindFromId(QStringLiteral(" Top-Area ")),
                 std::optional<ChartKind>(ChartKind::TopArea));
        QVERIFY(!chartKindFromId(QStringLiteral("pie")).has_value());
        QVERIFY(!chartKindFromId(QString()).has_value());
        QVERIFY(chartKindUsesTopN(ChartKind::ByCity));
        QVERIFY(chartKindUsesTopN(ChartKind::TopFund));
        QVERIFY(!chartKindUsesTopN(ChartKind::ByProvince));
        QVERIFY(!chartKindUsesTopN(ChartKind::Leadership));
    }

    // Axis scales -----------------------------------------------------------

    void integerScalesHaveWholeSteps()
    {
        for (int max = 0; max <= 500; ++max) {
            const ChartStyle::IntegerScale s = ChartStyle::integerScale(max);
            QVERIFY2(s.top > max, qPrintable(QString::number(max)));
            QCOMPARE(s.top % s.step, 0);
            QVERIFY(s.tickCount() - 1 <= 8);
            QVERIFY(s.step >= 1);
        }
        QCOMPARE(ChartStyle::integerScale(3).top, 4);
        QCOMPARE(ChartStyle::integerScale(3).step, 1);
        QCOMPARE(ChartStyle::integerScale(8).top, 10);
        QCOMPARE(ChartStyle::integerScale(8).step, 2);

        const ChartStyle::IntegerScale right = ChartStyle::integerScaleWithIntervals(8, 6);
        QCOMPARE(right.tickCount(), 7);
        QVERIFY(right.top > 8);
        QCOMPARE(right.top % right.step, 0);
    }

    void valueScalesHaveRoomForLabels()
    {
        for (double max : {0.005, 0.12, 1.0, 3.1, 41.48, 100.0, 2000.0, 12345.0}) {
            const ChartStyle::ValueScale s = ChartStyle::valueScale(max);
            QVERIFY2(s.top >= max * 1.15, qPrintable(QString::number(max)));
            QVERIFY(s.tickCount() <= 9);
            QVERIFY(qAbs(s.top / s.step - qRound(s.top / s.step)) < 1e-6);
        }
        QCOMPARE(ChartStyle::valueScale(41.48).top, 50.0);
        QCOMPARE(ChartStyle::valueScale(41.48).labelFormat(), QStringLiteral("%d"));
        QCOMPARE(ChartStyle::valueScale(0.12).labelFormat(), QStringLiteral("%.2f"));
    }

    // The charts ------------------------------------------------------------

    void byProvince()
    {
        const auto chart = build(ChartKind::ByProvince);
        const Stacks s = stacks(chart.get());
        // By count, ties in pinyin order (Guangdong before Zhejiang, Hainan
        // before Hunan), the first at the top: horizontal bars, whose axis
        // runs bottom-up, so that names have the room to be read in full.
        QCOMPARE(s.categories,
                 QStringList({QStringLiteral("湖南省"), QStringLiteral("海南省"),
                              QStringLiteral("上海市"), Zhejiang, QStringLiteral("广东省")}));
        QCOMPARE(s.column(0), doubles({1, 1, 1, 2, 1})); // government
        QCOMPARE(s.column(1), doubles({0, 0, 0, 1, 2})); // enterprise
        QCOMPARE(s.column(2), doubles({0, 0, 1, 0, 0})); // unknown
        QVERIFY(qobject_cast<QHorizontalStackedBarSeries *>(barSeries(chart.get())));
        QVERIFY(!categoryAxis(chart.get())->truncateLabels());

        const ChartInfo info = chart.info;
        QCOMPARE(info.kind, ChartKind::ByProvince);
        QCOMPARE(info.categoryKeys.last(), QStringLiteral("广东省"));
        QCOMPARE(info.recordCount, 10);
        QCOMPARE(info.notShown, 0);
        QVERIFY(info.footnote.isEmpty());
        QVERIFY(chart->title().contains(QStringLiteral("Parks by province")));
        QVERIFY(chart->title().contains(QStringLiteral("10 park")));

        QValueAxis *x = valueAxis(chart.get(), Qt::AlignBottom);
        QVERIFY(x);
        QCOMPARE(x->labelFormat(), QStringLiteral("%d"));
        QCOMPARE(x->min(), 0.0);
        QCOMPARE(x->max(), 4.0);
        QCOMPARE(x->tickCount(), 5);
        QVERIFY(!x->titleText().isEmpty());
        QCOMPARE(chart->animationOptions(), QChart::NoAnimation);

        // Totals above the bars; segment labels only inside mixed bars.
        const QList<ChartValueLabels *> labels = valueLabels(chart.get());
        QCOMPARE(labels.size(), 2);
        QCOMPARE(texts(labels.at(0)),
                 QStringList({QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2"),
                              QStringLiteral("3"), QStringLiteral("3")}));
        QCOMPARE(texts(labels.at(1)).size(), 6);

        // Fixed colours per leadership, and a legend for the stacks.
        const QList<QBarSet *> sets = barSeries(chart.get())->barSets();
        QCOMPARE(sets.at(0)->color(), governmentBlue);
        QCOMPARE(sets.at(1)->color(), enterpriseOrange);
        QCOMPARE(fillColour(sets.at(2)->brush()), unknownGrey);
        QVERIFY(chart->legend()->isVisible());
        QCOMPARE(chart->legend()->markers().size(), 3);
    }

    void byProvinceEnglish()
    {
        const auto chart = build(ChartKind::ByProvince, ParkFilter(), true);
        QCOMPARE(stacks(chart.get()).categories,
                 QStringList({QStringLiteral("Hunan"), QStringLiteral("Hainan"),
                              QStringLiteral("Shanghai"), QStringLiteral("Zhejiang"),
                              QStringLiteral("Guangdong")}));
        // Clicks still filter on the full Chinese name.
        QCOMPARE(chart.info.categoryKeys.at(3), Zhejiang);
    }

    void byProvinceFiltered()
    {
        ParkFilter filter;
        filter.provinces = {Zhejiang};
        const auto chart = build(ChartKind::ByProvince, filter);
        const Stacks s = stacks(chart.get());
        QCOMPARE(s.categories, QStringList{Zhejiang});
        QCOMPARE(s.values.first(), doubles({2, 1, 0}));
        const QString filterText = FilterDescription::summary(filter);
        QVERIFY(filterText.contains(QStringLiteral("Zhejiang")));
        QVERIFY2(chart->title().contains(filterText), qPrintable(chart->title()));
        QVERIFY(chart->title().contains(QStringLiteral("3 park")));
        QVERIFY(chart.info.subtitle.contains(filterText));
        // The empty stack has no legend entry (markers count as visible only
        // once the chart is laid out in a scene).
        ChartExport laidOut(chart.get());
        laidOut.layoutFor(QSizeF(800, 500));
        const QList<QLegendMarker *> markers = chart->legend()->markers();
        QCOMPARE(markers.size(), 3);
        QVERIFY(markers.at(0)->isVisible());
        QVERIFY(markers.at(1)->isVisible());
        QVERIFY(!markers.at(2)->isVisible());
    }

    void byCity()
    {
        const auto chart = build(ChartKind::ByCity);
        const Stacks s = stacks(chart.get());
        QCOMPARE(s.categories.size(), 7);
        QMap<QString, QList<double>> byName;
        for (int i = 0; i < s.categories.size(); ++i)
            byName.insert(s.categories.at(i), s.values.at(i));
        QCOMPARE(byName.value(QStringLiteral("杭州市")), doubles({2, 0, 0}));
        QCOMPARE(byName.value(QStringLiteral("广州市")), doubles({0, 2, 0}));
        QCOMPARE(byName.value(QStringLiteral("上海市")), doubles({1, 0, 1}));
        QCOMPARE(byName.value(QStringLiteral("宁波市")), doubles({0, 1, 0}));
        QCOMPARE(byName.value(QStringLiteral("佛山市")), doubles({1, 0, 0}));
        QCOMPARE(byName.value(QStringLiteral("长沙市")), doubles({1, 0, 0}));
        QCOMPARE(byName.value(QStringLiteral("澄迈县")), doubles({1, 0, 0}));
        QCOMPARE(s.totals(), doubles({1, 1, 1, 1, 2, 2, 2}));
        QCOMPARE(chart.info.notShown, 0);

        // Top 3: the cities with two parks, in pinyin order.
        const auto top3 = build(ChartKind::ByCity, ParkFilter(), false, 3);
        QCOMPARE(stacks(top3.get()).categories,
                 QStringList({QStringLiteral("上海市"), QStringLiteral("杭州市"),
                              QStringLiteral("广州市")}));
        const ChartInfo info = top3.info;
        QCOMPARE(info.notShown, 4);
        QVERIFY2(info.footnote.contains(QStringLiteral("4 park")), qPrintable(info.footnote));
        QVERIFY(info.footnote.contains(QStringLiteral("4 other cities")));
        QVERIFY(info.title.contains(QStringLiteral("3")));
    }

    void topArea()
    {
        const auto chart = build(ChartKind::TopArea);
        QVERIFY(qobject_cast<QHorizontalStackedBarSeries *>(barSeries(chart.get())));
        const ChartInfo info = chart.info;
        // The largest at the top, which on a horizontal bar axis is last.
        QCOMPARE(info.categoryKeys, QStringList({QStringLiteral("gd-b"), QStringLiteral("sh-a"),
                                                 QStringLiteral("zj-a"), QStringLiteral("zj-b"),
                                                 QStringLiteral("hi-a"), QStringLiteral("hn-a")}));
        const Stacks s = stacks(chart.get());
        QCOMPARE(s.totals(), doubles({0.02, 0.12, 3.1, 8.42, 14.5, 41.48}));
        QCOMPARE(s.categories.last(), QStringLiteral("星沙区块链产业园"));
        // All six are government-led: only that stack holds values.
        QCOMPARE(s.column(1), doubles({0, 0, 0, 0, 0, 0}));
        QCOMPARE(info.notShown, 4);
        QVERIFY2(info.footnote.contains(QStringLiteral("4 parks with unknown planned area")),
                 qPrintable(info.footnote));
        QValueAxis *x = valueAxis(chart.get(), Qt::AlignBottom);
        QVERIFY(x);
        QVERIFY(x->max() > 41.48);
        QCOMPARE(texts(valueLabels(chart.get()).first()).last(), QStringLiteral("41.48"));

        const auto top3 = build(ChartKind::TopArea, ParkFilter(), true, 3);
        QCOMPARE(
            top3.info.categoryKeys,
            QStringList({QStringLiteral("zj-b"), QStringLiteral("hi-a"), QStringLiteral("hn-a")}));
        QCOMPARE(stacks(top3.get()).categories.last(), QStringLiteral("Xingsha Blockchain Park"));
        QCOMPARE(top3.info.notShown, 4);
    }

    void topEnterprises()
    {
        const auto chart = build(ChartKind::TopEnterprises);
        const ChartInfo info = chart.info;
        QCOMPARE(info.categoryKeys, QStringList({QStringLiteral("hn-a"), QStringLiteral("zj-c"),
                                                 QStringLiteral("zj-a"), QStringLiteral("gd-a"),
                                                 QStringLiteral("hi-a")}));
        const Stacks s = stacks(chart.get());
        QCOMPARE(s.totals(), doubles({10, 12, 40, 60, 100}));
        QCOMPARE(s.column(0), doubles({10, 0, 40, 0, 100})); // government-led
        QCOMPARE(s.column(1), doubles({0, 12, 0, 60, 0}));   // enterprise-led
        QCOMPARE(info.notShown, 5);
        QCOMPARE(valueAxis(chart.get(), Qt::AlignBottom)->labelFormat(), QStringLiteral("%d"));
    }

    void topFund()
    {
        const auto chart = build(ChartKind::TopFund);
        const ChartInfo info = chart.info;
        QCOMPARE(info.categoryKeys, QStringList({QStringLiteral("hi-a"), QStringLiteral("zj-a"),
                                                 QStringLiteral("zj-b")}));
        QCOMPARE(stacks(chart.get()).totals(), doubles({10, 100, 2000}));
        QCOMPARE(info.notShown, 7);
        QVERIFY(info.footnote.contains(QStringLiteral("7 parks")));
        QCOMPARE(texts(valueLabels(chart.get()).first()).last(), QStringLiteral("2000"));
    }

    void longNamesAreWrappedNotCut()
    {
        QList<ParkRecord> parks = m_parks;
        const QString longName = QStringLiteral(
            "Guangzhou City Investment x Zhongguancun e-Valley Blockchain Incubation Park "
            "(Huangpu Chain Valley)");
        parks[0].nameEn = longName;
        parks[1].nameEn = longName; // the same name twice must still give two bars
        parks[1].nameZh = parks[0].nameZh;
        Records records;
        for (const ParkRecord &r : parks)
            records << &r;
        ChartOptions options;
        options.english = true;
        const OwnedChart chart(buildChart(ChartKind::TopArea, records, options));
        const Stacks s = stacks(chart.get());
        QCOMPARE(s.categories.size(), 6);
        const qsizetype zjA = chart.info.categoryKeys.indexOf(QStringLiteral("zj-a"));
        QVERIFY(zjA >= 0);
        // Wrapped onto lines, never cut: the lines make up the whole name.
        const QString label = s.categories.at(zjA);
        QVERIFY2(label.contains(QStringLiteral("<br/>")), qPrintable(label));
        QVERIFY(!label.contains(QChar(0x2026)));
        QCOMPARE(QString(label).replace(QStringLiteral("<br/>"), QStringLiteral(" ")), longName);
        QVERIFY(!categoryAxis(chart.get())->truncateLabels());
        QBarSet *government = barSeries(chart.get())->barSets().first();
        QVERIFY(ChartToolTips::text(government, int(zjA)).contains(longName));
        QVERIFY(ChartToolTips::text(government, int(zjA)).contains(QStringLiteral("3.1")));
    }

    void byYear()
    {
        const auto chart = build(ChartKind::ByYear);
        const Stacks s = stacks(chart.get());
        // 2019 had no foundings and stays on the time line.
        QCOMPARE(s.categories, QStringList({QStringLiteral("2017"), QStringLiteral("2018"),
                                            QStringLiteral("2019"), QStringLiteral("2020")}));
        QCOMPARE(s.column(0), doubles({1, 4, 0, 1}));
        QCOMPARE(s.column(1), doubles({1, 1, 0, 0}));
        QCOMPARE(s.column(2), doubles({0, 0, 0, 0}));

        QLineSeries *line = nullptr;
        for (QAbstractSeries *series : chart->series()) {
            if (auto *l = qobject_cast<QLineSeries *>(series))
                line = l;
        }
        QVERIFY(line);
        QList<double> cumulative;
        for (const QPointF &p : line->points())
            cumulative << p.y();
        QCOMPARE(cumulative, doubles({2, 7, 7, 8}));
        // One count axis for bars and line: no second scale beside the first.
        QValueAxis *left = valueAxis(chart.get(), Qt::AlignLeft);
        QVERIFY(left);
        QVERIFY(!valueAxis(chart.get(), Qt::AlignRight));
        QCOMPARE(chart->axes(Qt::Vertical).size(), 1);
        QVERIFY(line->attachedAxes().contains(left));
        QVERIFY(barSeries(chart.get())->attachedAxes().contains(left));
        QVERIFY(left->max() > 8);
        // The line ends at the parks the bars show, and says how many.
        const QList<double> totals = s.totals();
        QCOMPARE(line->points().last().y(), std::accumulate(totals.begin(), totals.end(), 0.0));
        QCOMPARE(int(line->points().last().y()), chart.info.recordCount - chart.info.notShown);
        QVERIFY2(line->name().contains(QStringLiteral("known founding year: 8")),
                 qPrintable(line->name()));

        const ChartInfo info = chart.info;
        QCOMPARE(info.notShown, 2);
        QVERIFY(info.footnote.contains(QStringLiteral("2 parks with unknown founding date")));
        QCOMPARE(info.categoryKeys.first(), QStringLiteral("2017"));
    }

    void byYearMarkersKeepClearOfBarLabels_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("800x500") << QSize(800, 500);
    }

    void byYearMarkersKeepClearOfBarLabels()
    {
        QFETCH(QSize, size);
        const auto chart = build(ChartKind::ByYear);
        ChartExport laidOut(chart.get());
        laidOut.layoutFor(QSizeF(size));
        QLineSeries *line = nullptr;
        for (QAbstractSeries *series : chart->series()) {
            if (auto *l = qobject_cast<QLineSeries *>(series))
                line = l;
        }
        QVERIFY(line);
        QList<QRectF> barTexts;
        QList<QRectF> lineTexts;
        for (ChartValueLabels *labels : valueLabels(chart.get())) {
            const QList<QRectF> rects = labels->textRects(QFontMetricsF(labels->style().font));
            QVERIFY(!rects.isEmpty());
            (labels->labels().first().value == line->points().first() ? lineTexts : barTexts)
                << rects;
        }
        QCOMPARE(lineTexts.size(), line->points().size());
        QVERIFY(barTexts.size() >= 4);
        const qreal marker = line->markerSize();
        for (const QPointF &p : line->points()) {
            const QPointF at = chart->mapToPosition(p, line);
            const QRectF dot(at.x() - marker / 2, at.y() - marker / 2, marker, marker);
            QVERIFY(chart->plotArea().contains(dot.center()));
            for (const QRectF &text : std::as_const(barTexts))
                QVERIFY2(!dot.intersects(text), qPrintable(QStringLiteral("point %1").arg(p.x())));
        }
        for (const QRectF &cumulative : std::as_const(lineTexts)) {
            for (const QRectF &text : std::as_const(barTexts))
                QVERIFY(!cumulative.intersects(text));
        }
    }

    void byYearGovernmentLed()
    {
        ParkFilter filter;
        filter.leadership = Leadership::Government;
        const auto chart = build(ChartKind::ByYear, filter);
        const Stacks s = stacks(chart.get());
        QCOMPARE(s.categories.first(), QStringLiteral("2017"));
        QCOMPARE(s.totals(), doubles({1, 4, 0, 1}));
        QCOMPARE(s.column(1), doubles({0, 0, 0, 0}));
        QVERIFY(chart->title().contains(FilterDescription::summary(filter)));
        QVERIFY(chart->title().contains(QStringLiteral("6 park")));
    }

    void byMonth()
    {
        const auto chart = build(ChartKind::ByMonth, ParkFilter(), true);
        const Stacks s = stacks(chart.get());
        QCOMPARE(s.categories.size(), 12);
        QCOMPARE(s.categories.first(), QStringLiteral("Jan"));
        QCOMPARE(s.column(0), doubles({0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 1}));
        QCOMPARE(s.column(1), doubles({0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0}));
        QCOMPARE(s.column(2), doubles({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(chart.info.notShown, 4);
        QCOMPARE(chart.info.categoryKeys.at(3), QStringLiteral("4"));

        const auto chinese = build(ChartKind::ByMonth);
        QCOMPARE(stacks(chinese.get()).categories.first(), QStringLiteral("1月"));
    }

    void leadership()
    {
        const auto chart = build(ChartKind::Leadership);
        QPieSeries *pie = qobject_cast<QPieSeries *>(chart->series().value(0));
        QVERIFY(pie);
        QList<double> values;
        for (QPieSlice *slice : pie->slices())
            values << slice->value();
        QCOMPARE(values, doubles({6, 3, 1}));
        QVERIFY2(pie->slices().at(0)->label().contains(QStringLiteral("60.0%")),
                 qPrintable(pie->slices().at(0)->label()));
        QVERIFY(pie->slices().at(2)->label().contains(QStringLiteral("10.0%")));
        QCOMPARE(pie->slices().at(0)->color(), governmentBlue);
        QCOMPARE(pie->slices().at(1)->color(), enterpriseOrange);
        QCOMPARE(fillColour(pie->slices().at(2)->brush()), unknownGrey);
        QVERIFY(pie->slices().at(2)->brush().gradient()); // hatched
        QCOMPARE(chart.info.categoryKeys,
                 QStringList({QStringLiteral("government"), QStringLiteral("enterprise"),
                              QStringLiteral("unknown")}));
    }

    void everyKindCopesWithNoRecords()
    {
        ParkFilter filter;
        filter.text = QStringLiteral("火星");
        for (ChartKind kind : allChartKinds()) {
            const auto chart = build(kind, filter);
            const ChartInfo info = chart.info;
            QCOMPARE(info.recordCount, 0);
            QVERIFY2(info.footnote.contains(QStringLiteral("No parks")),
                     qPrintable(chartKindId(kind)));
            QVERIFY(chart->title().contains(QStringLiteral("火星")));
        }
    }

    void sameInputSameChart()
    {
        const ParkSnapshot shown = all();
        Records reversed = shown.pointers();
        std::reverse(reversed.begin(), reversed.end());
        for (ChartKind kind : allChartKinds()) {
            ChartOptions options;
            options.filterText = QStringLiteral("x");
            const OwnedChart a(buildChart(kind, shown.pointers(), options));
            const OwnedChart b(buildChart(kind, reversed, options));
            QCOMPARE(a->title(), b->title());
            QCOMPARE(a.info.categoryKeys, b.info.categoryKeys);
            QCOMPARE(a.info.description, b.info.description);
            QCOMPARE(stacks(a.get()).values, stacks(b.get()).values);
        }
    }

    void dataIsNeverMarkup()
    {
        QList<ParkRecord> parks = m_parks;
        parks[0].city = QStringLiteral("<i>Hang</i>zhou & co");
        Records records;
        for (const ParkRecord &r : parks)
            records << &r;
        ChartOptions options;
        options.filterText = QStringLiteral("Text: “<b>bold</b>”");
        const OwnedChart chart(buildChart(ChartKind::ByCity, records, options));
        QVERIFY(!chart->title().contains(QStringLiteral("<b>bold")));
        QVERIFY(chart->title().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
        QVERIFY(chart.info.subtitle.contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(categoryAxis(chart.get())
                    ->categories()
                    .contains(QStringLiteral("&lt;i&gt;Hang&lt;/i&gt;zhou &amp; co")));
        QVERIFY(chart.info.categoryKeys.contains(parks[0].city));
    }

    void themes()
    {
        ChartOptions options;
        options.dark = true;
        const OwnedChart dark(buildChart(ChartKind::ByProvince, all().pointers(), options));
        QCOMPARE(dark->theme(), QChart::ChartThemeDark);
        // The stack colours survive the theme.
        QCOMPARE(barSeries(dark.get())->barSets().at(1)->color(), enterpriseOrange);
        options.dark = false;
        const OwnedChart light(buildChart(ChartKind::ByProvince, all().pointers(), options));
        QCOMPARE(light->theme(), QChart::ChartThemeLight);
        QVERIFY(light->titleFont().families().contains(QStringLiteral("Noto Sans CJK SC")));
    }

    // The panel ---------------------------------------------------------------

    void panelFollowsTheFilter()
    {
        ChartsPanel panel(m_proxy);
        panel.setKind(ChartKind::ByProvince);
        QCOMPARE(stacks(panel.chart()).categories.size(), 5);
        m_proxy->setProvinces({Zhejiang});
        QTRY_COMPARE(stacks(panel.chart()).categories.size(), 1);
        QVERIFY(panel.chart()->title().contains(FilterDescription::summary(m_proxy->filter())));
        QCOMPARE(stacks(panel.chart()).values.first(), doubles({2, 1, 0}));

        // Data edits rebuild too.
        QList<ParkRecord> parks = m_parks;
        parks[2].leadership = Leadership::Government; // zj-c
        m_model->setRecords(parks);
        QTRY_COMPARE(stacks(panel.chart()).values.first(), doubles({3, 0, 0}));
        QCOMPARE(panel.chartView()->chart(), panel.chart());
        QVERIFY(panel.chartView()->accessibleName().contains(QStringLiteral("Parks by province")));
        QVERIFY(panel.chartView()->accessibleDescription().contains(QStringLiteral("Zhejiang")));
    }

    void panelCountsInTheFilesOrderAndRanksInTheTables()
    {
        // Counts read the records shown in the file's order (quicker in a
        // sorted table); rankings keep the table's order for ties. Either
        // way the chart is the one the records shown make.
        m_proxy->sort(ParkTableModel::AreaColumn, Qt::DescendingOrder);
        ParkFilter filter;
        filter.text = QStringLiteral("a");
        m_proxy->setFilter(filter);
        QVERIFY(m_proxy->rowCount() > 1);
        QVERIFY(m_proxy->visibleRecords().ids() !=
                m_proxy->shownRecordsInSourceOrder().ids()); // the orders differ
        QStringList sorted = m_proxy->visibleRecords().ids();
        QStringList inFileOrder = m_proxy->shownRecordsInSourceOrder().ids();
        sorted.sort();
        inFileOrder.sort();
        QCOMPARE(inFileOrder, sorted); // the same records
        ChartsPanel panel(m_proxy);
        for (const ChartKind kind :
             {ChartKind::ByProvince, ChartKind::ByCity, ChartKind::TopArea,
              ChartKind::TopEnterprises, ChartKind::TopFund, ChartKind::ByYear, ChartKind::ByMonth,
              ChartKind::Leadership}) {
            panel.setKind(kind);
            const ChartInfo info = panel.chartInfo();
            ChartOptions options;
            options.english = true;
            options.filterText = FilterDescription::summary(m_proxy->filter());
            const OwnedChart expected(
                buildChart(kind, m_proxy->visibleRecords().pointers(), options));
            QCOMPARE(info.categoryKeys, expected.info.categoryKeys);
            QCOMPARE(info.recordCount, expected.info.recordCount);
            QCOMPARE(info.notShown, expected.info.notShown);
            QCOMPARE(info.description, expected.info.description);
        }
    }

    // A panel not shown (the Charts tab behind the table, at start) builds
    // no chart until it is shown or asked for one.
    void aHiddenPanelBuildsItsChartWhenShown()
    {
        ChartsPanel panel(m_proxy);
        const QChartView *view = panel.findChild<QChartView *>();
        QVERIFY(view);
        QVERIFY(view->chart()->series().isEmpty());
        panel.show();
        QVERIFY(!view->chart()->series().isEmpty());
        QCOMPARE(stacks(panel.chart()).categories.size(), 5);
    }

    void panelRebuildsOncePerBurst()
    {
        ChartsPanel panel(m_proxy);
        panel.show(); // a hidden panel waits until it is shown
        panel.setKind(ChartKind::ByProvince);
        // Several signals in a row; the chart waits for the last of them.
        ParkFilter filter;
        filter.leadership = Leadership::Government;
        m_proxy->setFilter(filter);
        m_proxy->setProvinces({Zhejiang});
        QCOMPARE(stacks(panel.chart()).categories.size(), 5);
        QTRY_COMPARE(stacks(panel.chart()).categories.size(), 1);
        QCOMPARE(stacks(panel.chart()).values.first(), doubles({2, 0, 0}));
    }

    void panelKeepsItsInfoWhileTheModelGrows()
    {
        ChartsPanel panel(m_proxy);
        panel.show(); // a hidden panel waits until it is shown or asked
        panel.setKind(ChartKind::TopArea);
        QCOMPARE(panel.chartInfo().kind, ChartKind::TopArea);
        const ChartInfo before = panel.chartInfo();
        QBarSet *set = barSeries(panel.chart())->barSets().first();
        const QString tipBefore = ChartToolTips::text(set, 0);
        QVERIFY(!tipBefore.isEmpty());

        // Many inserts move the model's records elsewhere; the panel hears
        // of them but rebuilds only at the next turn of the event loop. Till
        // then it answers from what it built, and a click still names a park.
        for (int i = 0; i < 500; ++i) {
            ParkRecord r = m_parks.at(i % m_parks.size());
            r.id = QStringLiteral("copy-%1").arg(i);
            m_model->insertRecord(0, r);
        }
        QCOMPARE(panel.chartInfo().recordCount, before.recordCount);
        QCOMPARE(panel.chartInfo().categoryKeys, before.categoryKeys);
        QCOMPARE(ChartToolTips::text(set, 0), tipBefore);
        QSignalSpy activated(&panel, &ChartsPanel::parkActivated);
        emit set->clicked(0);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), before.categoryKeys.first());

        QTRY_COMPARE(panel.chartInfo().recordCount, before.recordCount + 500);
        QCOMPARE(panel.chartInfo().kind, ChartKind::TopArea);
    }

    void clickingAProvinceFilters()
    {
        ChartsPanel panel(m_proxy);
        panel.setKind(ChartKind::ByProvince);
        ParkFilter start;
        start.leadership = Leadership::Government;
        m_proxy->setFilter(start);
        QTRY_COMPARE(panel.chartInfo().recordCount, 6);
        const int index = int(panel.chartInfo().categoryKeys.indexOf(Zhejiang));
        QVERIFY(index >= 0);
        QBarSet *set = barSeries(panel.chart())->barSets().first();
        emit set->clicked(index);
        QCOMPARE(m_proxy->filter().provinces, QSet<QString>{Zhejiang});
        // The rest of the filter stays.
        QCOMPARE(m_proxy->filter().leadership, std::optional<Leadership>(Leadership::Government));
        QTRY_COMPARE(stacks(panel.chart()).categories.size(), 1);
    }

    void clickingACityOrYearFilters()
    {
        ChartsPanel panel(m_proxy);
        panel.setKind(ChartKind::ByCity);
        const int city = int(panel.chartInfo().categoryKeys.indexOf(QStringLiteral("广州市")));
        QVERIFY(city >= 0);
        emit barSeries(panel.chart())->barSets().at(1)->clicked(city);
        QCOMPARE(m_proxy->filter().cities, QSet<QString>{QStringLiteral("广州市")});

        m_proxy->clearFilter();
        panel.setKind(ChartKind::ByYear);
        const int year = int(panel.chartInfo().categoryKeys.indexOf(QStringLiteral("2018")));
        QVERIFY(year >= 0);
        emit barSeries(panel.chart())->barSets().first()->clicked(year);
        QCOMPARE(m_proxy->filter().yearFrom, 2018);
        QCOMPARE(m_proxy->filter().yearTo, 2018);
        QCOMPARE(m_proxy->rowCount(), 5);

        m_proxy->clearFilter();
        panel.setKind(ChartKind::ByMonth);
        emit barSeries(panel.chart())->barSets().first()->clicked(3);
        QVERIFY(m_proxy->filter().isEmpty());
    }

    void clickingAParkNamesIt()
    {
        ChartsPanel panel(m_proxy);
        QSignalSpy activated(&panel, &ChartsPanel::parkActivated);
        panel.setKind(ChartKind::TopArea);
        const int top = int(panel.chartInfo().categoryKeys.size()) - 1;
        emit barSeries(panel.chart())->barSets().first()->clicked(top);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("hn-a"));
        QVERIFY(m_proxy->filter().isEmpty());
    }

    void clickingASliceFiltersLeadership()
    {
        ChartsPanel panel(m_proxy);
        panel.setKind(ChartKind::Leadership);
        auto *pie = qobject_cast<QPieSeries *>(panel.chart()->series().value(0));
        QVERIFY(pie);
        emit pie->slices().at(1)->clicked();
        QCOMPARE(m_proxy->filter().leadership, std::optional<Leadership>(Leadership::Enterprise));
        QCOMPARE(m_proxy->rowCount(), 3);
        QTRY_COMPARE(panel.chartInfo().recordCount, 3);
        pie = qobject_cast<QPieSeries *>(panel.chart()->series().value(0));
        emit pie->slices().at(2)->clicked();
        QCOMPARE(m_proxy->filter().leadership, std::optional<Leadership>(Leadership::Unknown));
        QCOMPARE(m_proxy->rowCount(), 1);
    }

    void panelRemembersKindAndTopN()
    {
        {
            ChartsPanel panel(m_proxy);
            QCOMPARE(panel.kind(), ChartKind::ByProvince);
            QVERIFY(!panel.topNSpinBox()->isVisibleTo(&panel));
            panel.setKind(ChartKind::TopEnterprises);
            QVERIFY(panel.topNSpinBox()->isVisibleTo(&panel));
            panel.topNSpinBox()->setValue(4);
            QCOMPARE(panel.topN(), 4);
            QCOMPARE(panel.chartInfo().categoryKeys.size(), 4);
            panel.setTopN(500);
            QCOMPARE(panel.topN(), ChartsPanel::MaximumTopN);
            panel.setTopN(4);
        }
        QCOMPARE(QSettings().value(QStringLiteral("charts/kind")).toString(),
                 QStringLiteral("top-enterprises"));
        QCOMPARE(QSettings().value(QStringLiteral("charts/topN")).toInt(), 4);
        ChartsPanel again(m_proxy);
        QCOMPARE(again.kind(), ChartKind::TopEnterprises);
        QCOMPARE(again.topN(), 4);
        QCOMPARE(again.kindCombo()->currentData().toInt(), int(ChartKind::TopEnterprises));
        QCOMPARE(again.chartInfo().kind, ChartKind::TopEnterprises);

        // The combo box switches the chart.
        again.kindCombo()->setCurrentIndex(again.kindCombo()->findData(int(ChartKind::ByYear)));
        emit again.kindCombo()->activated(again.kindCombo()->currentIndex());
        QCOMPARE(again.kind(), ChartKind::ByYear);
        QCOMPARE(again.chartInfo().kind, ChartKind::ByYear);
    }

    void panelExportsInTheChosenTheme()
    {
        ChartsPanel panel(m_proxy);
        const QString path = m_dir.filePath(QStringLiteral("panel-dark.png"));
        ImageExportSettings settings;
        settings.sizePx = QSize(900, 600);
        settings.dpi = 96;
        const ExportResult result = panel.exportTo(path, settings, true);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QImage image;
        QVERIFY(image.load(path));
        QCOMPARE(image.size(), QSize(900, 600));
        // Dark background right to the edges.
        QVERIFY(qGray(image.pixel(2, 2)) < 80);
        QVERIFY(qGray(image.pixel(450, 590)) < 80);
        // The chart on screen keeps its theme.
        QCOMPARE(panel.chart()->theme(), QChart::ChartThemeLight);
    }

    void exportDialogWritesTheFile()
    {
        ChartsPanel panel(m_proxy);
        QSignalSpy exported(&panel, &ChartsPanel::exported);
        panel.exportWithDialog();
        auto *dialog = panel.findChild<ExportImageDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->path().endsWith(QStringLiteral("parks-by-province.png")));
        const QString path = m_dir.filePath(QStringLiteral("dialog.svg"));
        dialog->setPath(path);
        QCOMPARE(dialog->format(), ImageExportSettings::Svg);
        dialog->accept();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.first().first().toString(), path);
        QVERIFY(svgText(readAll(path)).contains(QStringLiteral("Parks by province")));
    }

    void exportFailureIsShown()
    {
        ChartsPanel panel(m_proxy);
        panel.exportWithDialog();
        auto *dialog = panel.findChild<ExportImageDialog *>();
        QVERIFY(dialog);
        const QString path = m_dir.filePath(QStringLiteral("missing/folder/chart.png"));
        dialog->setPath(path);
        dialog->accept();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = panel.findChild<QMessageBox *>()) != nullptr);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY2(box->text().contains(path), qPrintable(box->text()));
        box->close();
    }

    void copyPutsASharpImageOnTheClipboard()
    {
        ChartsPanel panel(m_proxy);
        panel.resize(800, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QSizeF onScreen = panel.chart()->size();
        QVERIFY(onScreen.width() > 100);
        panel.copyToClipboard();
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QVERIFY(data->hasImage());
        const QImage image = qvariant_cast<QImage>(data->imageData());
        QCOMPARE(image.size(), (onScreen * 2).toSize());
        // The chart on screen is left as it was.
        QCOMPARE(panel.chart()->size(), onScreen);
    }

    void retranslates()
    {
        ChartsPanel panel(m_proxy);
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QEvent toChinese(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&panel, &toChinese);
        const QString chinese = panel.chart()->title();
        QVERIFY(stacks(panel.chart()).categories.contains(Zhejiang));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QEvent toEnglish(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&panel, &toEnglish);
        QVERIFY(panel.chart()->title().contains(QStringLiteral("Parks by province")));
        // Chinese names in the Chinese UI, English ones in the English UI.
        QVERIFY(stacks(panel.chart()).categories.contains(QStringLiteral("Zhejiang")));
        QVERIFY(chinese != panel.chart()->title());
    }

    // Labels never cut --------------------------------------------------------

    void exportsShowEveryCategoryInFull_data()
    {
        QTest::addColumn<QString>("kindId");
        QTest::addColumn<bool>("english");
        QTest::addColumn<QSize>("size");
        const QList<ChartKind> kinds = {ChartKind::ByProvince, ChartKind::ByCity,
                                        ChartKind::TopArea, ChartKind::TopEnterprises,
                                        ChartKind::TopFund};
        for (ChartKind kind : kinds) {
            for (bool english : {true, false}) {
                for (const QSize &size : {QSize(1600, 1000), QSize(1280, 800), QSize(800, 500)}) {
                    const QString name = QStringLiteral("%1 %2 %3x%4")
                                             .arg(chartKindId(kind), english ? QStringLiteral("en")
                                                                             : QStringLiteral("zh"))
                                             .arg(size.width())
                                             .arg(size.height());
                    QTest::newRow(qPrintable(name)) << chartKindId(kind) << english << size;
                }
            }
        }
    }

    void exportsShowEveryCategoryInFull()
    {
        QFETCH(QString, kindId);
        QFETCH(bool, english);
        QFETCH(QSize, size);
        const ChartKind kind = *chartKindFromId(kindId);
        QList<ParkRecord> parks = m_parks;
        parks[0].nameEn = QStringLiteral(
            "Guangzhou City Investment x Zhongguancun e-Valley Blockchain Incubation Park "
            "(Huangpu Chain Valley)");
        parks[0].nameZh = QStringLiteral("广州城投·中关村e谷区块链孵化园（黄埔链谷）");
        parks[0].enterprises = 500;
        parks[0].fundCny100m = 50;
        // Ten provinces, among them long names and Jiangsu and Jiangxi, which
        // once both read "Jian…".
        if (kind == ChartKind::ByProvince) {
            const QStringList provinces = {
                QStringLiteral("江苏省"),           QStringLiteral("江西省"),
                QStringLiteral("黑龙江省"),         QStringLiteral("内蒙古自治区"),
                QStringLiteral("新疆维吾尔自治区"), QStringLiteral("广西壮族自治区"),
                QStringLiteral("重庆市"),           QStringLiteral("宁夏回族自治区"),
                QStringLiteral("广东省"),           QStringLiteral("浙江省")};
            for (int i = 1; i < parks.size() && i <= provinces.size(); ++i)
                parks[i].province = provinces.at(i - 1);
        }
        ChartCommand::Request request;
        request.kind = kind;
        request.english = english;
        request.sizePx = size;
        request.outPath =
            m_dir.filePath(QStringLiteral("full-%1.svg")
                               .arg(QString::fromUtf8(QTest::currentDataTag())
                                        .replace(QLatin1Char(' '), QLatin1Char('_'))));
        QCOMPARE(ChartCommand::run(request, parks).exitCode, ExitCode::Ok);
        const QString text = squeezed(svgText(readAll(request.outPath)));
        QVERIFY(!text.contains(QChar(0x2026)));

        Records records;
        for (const ParkRecord &r : parks)
            records << &r;
        ChartOptions options;
        options.english = english;
        const OwnedChart chart(buildChart(kind, records, options));
        QVERIFY(!chart.info.categoryKeys.isEmpty());
        for (const QString &key : chart.info.categoryKeys) {
            QString expected = key;
            if (kind == ChartKind::ByProvince) {
                expected = Provinces::displayName(key, english);
            } else if (kind == ChartKind::ByCity) {
                expected = Places::cityName(QString(), key, english);
            } else {
                for (const ParkRecord &r : parks) {
                    if (r.id == key)
                        expected = r.displayName(english);
                }
            }
            QVERIFY2(text.contains(squeezed(expected)),
                     qPrintable(expected + QStringLiteral(" in ") + text));
        }
    }

    // Grey print ----------------------------------------------------------------

    void leadershipSeriesDifferInGrey()
    {
        // Shanghai: government-led and unknown; Guangdong: government- and
        // enterprise-led.
        const auto chart = build(ChartKind::ByProvince);
        ChartExport exportable(chart.get());
        ImageExportSettings settings;
        settings.format = ImageExportSettings::Png;
        settings.sizePx = QSize(1600, 1000);
        settings.dpi = 192;
        const QString path = m_dir.filePath(QStringLiteral("grey.png"));
        QVERIFY(ImageExporter::exportToFile(exportable, settings, path).ok());
        QImage image;
        QVERIFY(image.load(path));
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);

        exportable.layoutFor(settings.logicalSize());
        const double scale = settings.sizePx.width() / settings.logicalSize().width();
        QAbstractBarSeries *series = barSeries(chart.get());
        const Stacks s = stacks(chart.get());
        QList<GreyPatch> patches;
        for (int set = 0; set < 3; ++set) {
            int category = 0;
            while (category < s.categories.size() && s.values.at(category).at(set) == 0)
                ++category;
            QVERIFY(category < s.categories.size());
            double base = 0;
            for (int before = 0; before < set; ++before)
                base += s.values.at(category).at(before);
            // Beside the segment's centre, clear of its value label.
            const QPointF at = chart->mapToPosition(
                QPointF(base + s.values.at(category).at(set) * 0.25, category), series);
            patches << greyPatch(grey, (chart->mapToScene(at) * scale).toPoint(), 8);
        }
        const auto difference = [&](int a, int b) {
            return qAbs(lightness(patches.at(a).mean) - lightness(patches.at(b).mean));
        };
        QVERIFY2(difference(0, 1) >= 15, qPrintable(QString::number(difference(0, 1))));
        QVERIFY2(difference(1, 2) >= 15, qPrintable(QString::number(difference(1, 2))));
        QVERIFY2(difference(0, 2) >= 15, qPrintable(QString::number(difference(0, 2))));
        // Unknown is hatched, the others are flat.
        QVERIFY2(patches.at(2).spread > 40, qPrintable(QString::number(patches.at(2).spread)));
        QVERIFY(patches.at(0).spread < 10);
        QVERIFY(patches.at(1).spread < 10);
        QCOMPARE(barSeries(chart.get())->barSets().at(2)->brush().style(),
                 Qt::LinearGradientPattern);
    }

    // Log scale -----------------------------------------------------------------

    void logScaleForTopCharts()
    {
        ChartOptions options;
        options.logScale = true;
        const OwnedChart fund(buildChart(ChartKind::TopFund, all().pointers(), options));
        auto *log = qobject_cast<QLogValueAxis *>(fund->axes(Qt::Horizontal).value(0));
        QVERIFY(log);
        QCOMPARE(log->base(), 10.0);
        // From the power of ten below the smallest value (10) past the largest.
        QCOMPARE(log->min(), 10.0);
        QVERIFY(log->max() > 2000);
        QVERIFY(log->titleText().contains(QStringLiteral("logarithmic")));
        QCOMPARE(stacks(fund.get()).totals(), doubles({10, 100, 2000}));
        QCOMPARE(
            texts(valueLabels(fund.get()).first()),
            QStringList({QStringLiteral("10"), QStringLiteral("100"), QStringLiteral("2000")}));

        // Small bars stay visible: 0.02 km² beside 41.48.
        const OwnedChart area(buildChart(ChartKind::TopArea, all().pointers(), options));
        QVERIFY(qobject_cast<QLogValueAxis *>(area->axes(Qt::Horizontal).value(0)));
        ChartExport laidOut(area.get());
        laidOut.layoutFor(QSizeF(1280, 800));
        QAbstractBarSeries *series = barSeries(area.get());
        const qreal origin = area->plotArea().left();
        const qreal smallest = area->mapToPosition(QPointF(0.02, 0), series).x() - origin;
        const qreal largest = area->mapToPosition(QPointF(41.48, 5), series).x() - origin;
        QVERIFY2(smallest > 0.05 * largest, // 0.0005 on a linear axis

                 qPrintable(QStringLiteral("%1 / %2").arg(smallest).arg(largest)));

        // Only the top-N charts of measured values have one.
        const OwnedChart provinces(buildChart(ChartKind::ByProvince, all().pointers(), options));
        QVERIFY(!qobject_cast<QLogValueAxis *>(provinces->axes(Qt::Horizontal).value(0)));
        QVERIFY(chartKindCanUseLogScale(ChartKind::TopEnterprises));
        QVERIFY(!chartKindCanUseLogScale(ChartKind::ByCity));
        options.logScale = false;
        const OwnedChart linear(buildChart(ChartKind::TopFund, all().pointers(), options));
        QVERIFY(qobject_cast<QValueAxis *>(linear->axes(Qt::Horizontal).value(0)));
    }

    void logScaleLeavesZeroOutAndSaysSo()
    {
        QList<ParkRecord> parks = m_parks;
        int zero = -1;
        for (int i = 0; i < parks.size(); ++i) {
            if (!parks.at(i).fundCny100m && zero < 0) {
                parks[i].fundCny100m = 0.0;
                zero = i;
            }
        }
        QVERIFY(zero >= 0);
        Records records;
        for (const ParkRecord &r : parks)
            records << &r;
        ChartOptions options;
        options.logScale = true;
        const OwnedChart chart(buildChart(ChartKind::TopFund, records, options));
        const qsizetype row = chart.info.categoryKeys.indexOf(parks.at(zero).id);
        QVERIFY(row >= 0);
        // No bar for it (a log axis has no zero), but its value is written.
        QCOMPARE(stacks(chart.get()).totals().at(row), 0.0);
        QCOMPARE(texts(valueLabels(chart.get()).first()).at(row), QStringLiteral("0"));
        auto *log = qobject_cast<QLogValueAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(log);
        QCOMPARE(valueLabels(chart.get()).first()->labels().at(row).value.x(), log->min());
        QVERIFY2(chart.info.footnote.contains(QStringLiteral("cannot be drawn on a logarithmic")),
                 qPrintable(chart.info.footnote));
        QVERIFY(chart.info.footnote.contains(QStringLiteral("without a bar: 1")));
        // Unknown is still unknown, not zero.
        QCOMPARE(chart.info.notShown, 6);
        // On a linear axis zero is a value like any other.
        options.logScale = false;
        const OwnedChart linear(buildChart(ChartKind::TopFund, records, options));
        QVERIFY(!linear.info.footnote.contains(QStringLiteral("logarithmic")));
    }

    void panelHasALogScaleSwitch()
    {
        ChartsPanel panel(m_proxy);
        panel.setKind(ChartKind::ByProvince);
        QVERIFY(!panel.logScaleCheckBox()->isVisibleTo(&panel));
        panel.setKind(ChartKind::TopFund);
        QVERIFY(panel.logScaleCheckBox()->isVisibleTo(&panel));
        QVERIFY(!qobject_cast<QLogValueAxis *>(panel.chart()->axes(Qt::Horizontal).value(0)));
        panel.logScaleCheckBox()->click();
        QVERIFY(panel.logScale());
        QVERIFY(qobject_cast<QLogValueAxis *>(panel.chart()->axes(Qt::Horizontal).value(0)));
        const QString path = m_dir.filePath(QStringLiteral("panel-log.svg"));
        ImageExportSettings settings;
        settings.format = ImageExportSettings::Svg;
        settings.sizePx = QSize(1200, 800);
        QVERIFY(panel.exportTo(path, settings, false).ok());
        QVERIFY(svgText(readAll(path)).contains(QStringLiteral("logarithmic")));
    }

    void commandLineLogOption()
    {
        const QString out = m_dir.filePath(QStringLiteral("cli-log.svg"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PARKEXPLORER_BINARY),
                      {QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("--export-chart"), QStringLiteral("top-area"),
                       QStringLiteral("--log"), QStringLiteral("--out"), out,
                       QStringLiteral(TESTDATA_DIR "/store-small.json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(!err.contains(QStringLiteral("Logarithm")), qPrintable(err));
        const QString text = svgText(readAll(out));
        QVERIFY2(text.contains(QStringLiteral("logarithmic scale")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("0.02")));
    }

    void hatchSurvivesSvg()
    {
        // SVG drops texture brushes, which would leave "unknown" segments
        // empty; the hatch is a gradient whose ground colour SVG keeps.
        ChartCommand::Request request;
        request.kind = ChartKind::ByProvince;
        request.outPath = m_dir.filePath(QStringLiteral("hatch.svg"));
        QCOMPARE(ChartCommand::run(request, m_parks).exitCode, ExitCode::Ok);
        const QByteArray svg = readAll(request.outPath);
        QVERIFY(svg.contains("stop-color=\"#e0e0e0\""));
        QVERIFY(svg.contains("fill=\"url(#gradient"));
    }

    // The command ---------------------------------------------------------------

    void commandWritesPngWithSizeAndDpi()
    {
        ChartCommand::Request request;
        request.kind = ChartKind::ByYear;
        request.outPath = m_dir.filePath(QStringLiteral("years.png"));
        request.sizePx = QSize(1200, 800);
        request.dpi = 300;
        CommandResult result = ChartCommand::run(request, m_parks);
        QCOMPARE(result.exitCode, ExitCode::Ok);
        QVERIFY(result.message.isEmpty());
        QImage image;
        QVERIFY(image.load(request.outPath));
        QCOMPARE(image.size(), QSize(1200, 800));
        QVERIFY(qAbs(image.dotsPerMeterX() - 300 / 0.0254) < 2);
    }

    void commandWritesSvgWithTitleAndFilter()
    {
        ChartCommand::Request request;
        request.kind = ChartKind::ByProvince;
        request.outPath = m_dir.filePath(QStringLiteral("provinces.svg"));
        request.english = true;
        request.filter.text = QStringLiteral("杭州");
        CommandResult result = ChartCommand::run(request, m_parks);
        QCOMPARE(result.exitCode, ExitCode::Ok);
        const QString text = svgText(readAll(request.outPath));
        QVERIFY2(text.contains(QStringLiteral("Parks by province")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("杭州")));
        QVERIFY(text.contains(QStringLiteral("2 park")));
        QVERIFY(text.contains(QStringLiteral("Zhejiang")));
        QVERIFY(!text.contains(QStringLiteral("Guangdong")));
        QCOMPARE(ChartCommand::filtered(m_parks, request.filter).size(), 2);
    }

    void commandWritesPdf()
    {
        ChartCommand::Request request;
        request.kind = ChartKind::Leadership;
        request.outPath = m_dir.filePath(QStringLiteral("leadership.PDF"));
        CommandResult result = ChartCommand::run(request, m_parks);
        QCOMPARE(result.exitCode, ExitCode::Ok);
        QVERIFY(readAll(request.outPath).startsWith("%PDF"));
    }

    void commandRefusesBadArguments()
    {
        ChartCommand::Request request;
        request.outPath = m_dir.filePath(QStringLiteral("chart.gif"));
        CommandResult result = ChartCommand::run(request, m_parks);
        QCOMPARE(result.exitCode, ExitCode::Usage);
        QVERIFY2(result.message.contains(QStringLiteral("chart.gif")), qPrintable(result.message));
        QVERIFY(!QFile::exists(request.outPath));

        request.outPath = m_dir.filePath(QStringLiteral("tiny.png"));
        request.sizePx = QSize(4, 4);
        result = ChartCommand::run(request, m_parks);
        QCOMPARE(result.exitCode, ExitCode::Usage);
        QVERIFY(result.message.contains(QStringLiteral("tiny.png")));
    }

    void commandReportsUnwritableFile()
    {
        ChartCommand::Request request;
        request.outPath = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
        CommandResult result = ChartCommand::run(request, m_parks);
        QCOMPARE(result.exitCode, ExitCode::WriteFailed);
        QVERIFY2(result.message.contains(request.outPath), qPrintable(result.message));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
