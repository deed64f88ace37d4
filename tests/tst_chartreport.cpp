#include "charts/chartbarmarks.h"
#include "charts/chartcommand.h"
#include "charts/chartreportfigures.h"
#include "charts/charttooltips.h"
#include "charts/chartvaluelabels.h"
#include "charts/parkchartfactory.h"
#include "parkstore.h"
#include "provinces.h"
#include "reportfigures.h"
#include "translations.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

// The report's figures on the charts, and qualified values drawn as such.
// The records are tests/data/store-small.json; the figures are made up for
// each test, so that each mark can be checked against a count by hand.
namespace {

QList<ReportFigure> figures(const char *json)
{
    const QJsonArray array = QJsonDocument::fromJson(QByteArray(json)).array();
    return parseReportFigures(QJsonObject{{QStringLiteral("reportFigures"), array}});
}

ChartBarMarks *marksOf(QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *marks = dynamic_cast<ChartBarMarks *>(item))
            return marks;
    }
    return nullptr;
}

QAbstractBarSeries *barSeries(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars;
    }
    return nullptr;
}

QStringList categories(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    }
    return {};
}

QStringList valueTexts(QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *labels = dynamic_cast<ChartValueLabels *>(item)) {
            QStringList texts;
            for (const ChartValueLabels::Label &l : labels->labels())
                texts << l.text;
            return texts;
        }
    }
    return {};
}

QString svgText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
    }
    return text.simplified();
}

} // namespace

class TestChartReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<ParkRecord> m_parks;

    Aggregations::Records records(const ParkFilter &filter = ParkFilter()) const
    {
        return ChartCommand::filtered(m_parks, filter);
    }

    // store-small.json with Hainan's enterprises "more than" 100, zj-a's
    // about 40, Xingsha's area its host zone's and zj-b's fund an
    // investment plan.
    QList<ParkRecord> qualifiedParks() const
    {
        QList<ParkRecord> parks = m_parks;
        for (ParkRecord &r : parks) {
            if (r.id == QLatin1String("hi-a"))
                r.enterprisesQualifier = QStringLiteral("atLeast");
            if (r.id == QLatin1String("zj-a"))
                r.enterprisesQualifier = QStringLiteral("approx");
            if (r.id == QLatin1String("hn-a"))
                r.areaScope = QStringLiteral("hostZone");
            if (r.id == QLatin1String("zj-b"))
                r.fundKind = QStringLiteral("investmentPlan");
        }
        return parks;
    }

    static Aggregations::Records pointers(const QList<ParkRecord> &parks)
    {
        Aggregations::Records recs;
        for (const ParkRecord &r : parks)
            recs << &r;
        return recs;
    }

    std::unique_ptr<QChart> build(ChartKind kind, const QList<ReportFigure> &all,
                                  const ParkFilter &filter = ParkFilter(),
                                  ChartInfo *info = nullptr)
    {
        ChartOptions options;
        options.english = true;
        Aggregations::Records everything = records();
        options.reportFigures = figuresWithin(all, filter, everything);
        BuiltChart built = buildChart(kind, records(filter), options);
        if (info)
            *info = built.info;
        return std::unique_ptr<QChart>(built.chart);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Translations::install(QStringLiteral("en")));
        const LoadResult loaded =
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QVERIFY(loaded.isUsable());
        m_parks = loaded.document.parks;
    }

    void provinceBarsCarryTheReportsCounts()
    {
        // Guangdong: 3 parks in the dataset, 5 in the report. Zhejiang: 2
        // government-led in the dataset, 1 in the report, which the dataset
        // (a part of the report's parks) cannot exceed. Jiangsu: none in the
        // dataset, 2 in the report.
        const auto chart = build(ChartKind::ByProvince, figures(R"([
            {"key": "parks", "scope": {"province": "广东省"}, "value": 5},
            {"key": "parks", "scope": {"province": "浙江省", "leadership": "government"},
             "value": 1},
            {"key": "parks", "scope": {"province": "江苏省"}, "value": 2}])"));
        const QStringList names = categories(chart.get());
        // Jiangsu keeps an empty bar beside the report's outline.
        QVERIFY2(names.contains(QStringLiteral("Jiangsu")), qPrintable(names.join(u',')));
        ChartBarMarks *marks = marksOf(chart.get());
        QVERIFY(marks);
        QCOMPARE(marks->barMarks().size(), 3);
        QHash<QString, ChartBarMarks::BarMark> byName;
        for (const ChartBarMarks::BarMark &m : marks->barMarks())
            byName.insert(names.at(m.category), m);
        QCOMPARE(byName.value(QStringLiteral("Guangdong")).outlineTo, 5.0);
        QCOMPARE(byName.value(QStringLiteral("Guangdong")).tickAt, -1.0);
        QCOMPARE(byName.value(QStringLiteral("Guangdong")).value, 3.0);
        QCOMPARE(byName.value(QStringLiteral("Guangdong")).text, QStringLiteral("Report: 5"));
        QCOMPARE(byName.value(QStringLiteral("Zhejiang")).tickAt, 1.0);
        QCOMPARE(byName.value(QStringLiteral("Zhejiang")).outlineTo, -1.0);
        QCOMPARE(byName.value(QStringLiteral("Zhejiang")).text,
                 QStringLiteral("Report: 1 government-led · conflict"));
        QCOMPARE(byName.value(QStringLiteral("Jiangsu")).value, 0.0);
        QCOMPARE(byName.value(QStringLiteral("Jiangsu")).text, QStringLiteral("Report: 2"));
        // Tooltips and the description carry the report's figure too.
        const int guangdong = int(names.indexOf(QStringLiteral("Guangdong")));
        QVERIFY(ChartToolTips::text(barSeries(chart.get())->barSets().first(), guangdong)
                    .endsWith(QStringLiteral("\nReport: 5")));

        // The legend names the outline; the set adds nothing to any stack.
        QAbstractBarSeries *series = barSeries(chart.get());
        QBarSet *reportSet = series->barSets().last();
        QCOMPARE(reportSet->label(), QStringLiteral("Report's figure"));
        QCOMPARE(reportSet->sum(), 0.0);
        // (The legend entry itself is checked in an export: commandDrawsTheStoresFigures.)
    }

    void bothCountsOnOneBar()
    {
        ChartInfo info;
        const auto chart = build(ChartKind::ByProvince, figures(R"([
            {"key": "parks", "scope": {"province": "浙江省"}, "value": 4},
            {"key": "parks", "scope": {"province": "浙江省", "leadership": "government"},
             "value": 3}])"),
                                 ParkFilter(), &info);
        QVERIFY2(info.description.contains(QStringLiteral("Report: 4 (3 government-led)")),
                 qPrintable(info.description));
        ChartBarMarks *marks = marksOf(chart.get());
        QVERIFY(marks);
        QCOMPARE(marks->barMarks().size(), 1);
        const ChartBarMarks::BarMark mark = marks->barMarks().first();
        QCOMPARE(mark.outlineTo, 4.0);
        QCOMPARE(mark.tickAt, 3.0);
        QCOMPARE(mark.text, QStringLiteral("Report: 4 (3 government-led)"));
    }

    void onlyFiguresTheFilterCovers()
    {
        const QList<ReportFigure> all = figures(R"([
            {"key": "parks", "scope": {"province": "广东省"}, "value": 5},
            {"key": "parks", "scope": {"city": "广州市"}, "value": 4}])");
        // Under a filter on Guangdong the report's figure for it still holds.
        ParkFilter guangdong;
        guangdong.provinces = {QStringLiteral("广东省")};
        auto chart = build(ChartKind::ByProvince, all, guangdong);
        QVERIFY(marksOf(chart.get()));
        QCOMPARE(marksOf(chart.get())->barMarks().first().text, QStringLiteral("Report: 5"));
        // Under a filter on enterprise-led parks it speaks of parks the view
        // leaves out: not drawn, and no legend entry for it.
        ParkFilter enterprise;
        enterprise.leadership = Leadership::Enterprise;
        chart = build(ChartKind::ByProvince, all, enterprise);
        QVERIFY(!marksOf(chart.get()));
        QCOMPARE(barSeries(chart.get())->barSets().size(), 3);
        // Cities: the city chart marks Guangzhou (dataset 2, report 4).
        chart = build(ChartKind::ByCity, all);
        QVERIFY(marksOf(chart.get()));
        const ChartBarMarks::BarMark mark = marksOf(chart.get())->barMarks().first();
        QCOMPARE(categories(chart.get()).at(mark.category), QStringLiteral("Guangzhou"));
        QCOMPARE(mark.outlineTo, 4.0);
        QCOMPARE(mark.value, 2.0);
    }

    void yearsSpanGetsABracket()
    {
        // Founded 2017: zj-a, gd-a; 2018: zj-b, zj-c, gd-b, hn-a, hi-a.
        ChartInfo info;
        const auto chart = build(ChartKind::ByYear, figures(R"([
            {"key": "parks", "scope": {"foundedFrom": 2017, "foundedTo": 2018}, "value": 10},
            {"key": "parks", "scope": {"foundedFrom": 2015, "foundedTo": 2016}, "value": 3}])"),
                                 ParkFilter(), &info);
        ChartBarMarks *marks = marksOf(chart.get());
        QVERIFY(marks);
        // 2015-2016 lies outside the axis (2017-2020): half a bracket would
        // mislead, so none.
        QCOMPARE(marks->brackets().size(), 1);
        const ChartBarMarks::Bracket bracket = marks->brackets().first();
        QCOMPARE(info.categoryKeys.at(bracket.first), QStringLiteral("2017"));
        QCOMPARE(info.categoryKeys.at(bracket.last), QStringLiteral("2018"));
        QCOMPARE(bracket.text, QStringLiteral("Report: 10 · dataset: 7"));
    }

    void monthsSpanFlagsAContradiction()
    {
        // zj-a, government-led, was founded in April.
        const auto chart = build(ChartKind::ByMonth, figures(R"([
            {"key": "parks", "scope": {"leadership": "government", "foundedMonths": [4, 5]},
             "value": 0}])"));
        ChartBarMarks *marks = marksOf(chart.get());
        QVERIFY(marks);
        QCOMPARE(marks->brackets().size(), 1);
        QCOMPARE(marks->brackets().first().first, 3);
        QCOMPARE(marks->brackets().first().last, 4);
        QCOMPARE(marks->brackets().first().text,
                 QStringLiteral("Report, government-led: 0 · dataset: 1 · conflict"));
    }

    void leadershipShowsTheReportsSplit()
    {
        const QList<ReportFigure> all = figures(R"([
            {"key": "parks", "scope": {}, "value": 20},
            {"key": "parks", "scope": {"leadership": "government"}, "value": 9}])");
        ChartInfo info;
        auto chart = build(ChartKind::Leadership, all, ParkFilter(), &info);
        const QList<QAbstractSeries *> series = chart->series();
        QCOMPARE(series.size(), 2);
        auto *report = qobject_cast<QPieSeries *>(series.at(1));
        QVERIFY(report);
        QVERIFY(report->property(ChartReportFigures::ReportSeriesProperty).toBool());
        QVERIFY(!series.at(0)->property(ChartReportFigures::ReportSeriesProperty).toBool());
        QCOMPARE(report->slices().size(), 2);
        QCOMPARE(report->slices().at(0)->value(), 9.0);
        QCOMPARE(report->slices().at(1)->value(), 11.0);
        QCOMPARE(report->slices().at(0)->label(), QStringLiteral("Government-led: 9 (45.0%)"));
        QCOMPARE(report->slices().at(1)->label(), QStringLiteral("Not government-led: 11 (55.0%)"));
        // The clicks filter by the dataset's slices only: three categories.
        QCOMPARE(info.categoryKeys.size(), 3);
        QVERIFY(info.description.contains(QStringLiteral("The report: 20 parks")));

        // The dataset's five government-led parks exceed a report's four.
        chart = build(ChartKind::Leadership, figures(R"([
            {"key": "parks", "scope": {}, "value": 20},
            {"key": "parks", "scope": {"leadership": "government"}, "value": 4}])"));
        report = qobject_cast<QPieSeries *>(chart->series().at(1));
        QVERIFY(report->slices().at(0)->label().endsWith(QStringLiteral("· conflict")));

        // A filter on Zhejiang leaves the national split out.
        ParkFilter zhejiang;
        zhejiang.provinces = {QStringLiteral("浙江省")};
        chart = build(ChartKind::Leadership, all, zhejiang);
        QCOMPARE(chart->series().size(), 1);
    }

    void topChartsShowQualifiersAndTheReportsLargest()
    {
        const QList<ParkRecord> parks = qualifiedParks();
        const Aggregations::Records recs = pointers(parks);
        ChartOptions options;
        options.english = true;
        options.reportFigures = figures(R"([
            {"key": "maxEnterprises", "park": "hi-a", "qualifier": "more than",
             "scope": {"leadership": "government"}, "value": 100}])");

        BuiltChart built = buildChart(ChartKind::TopEnterprises, recs, options);
        std::unique_ptr<QChart> chart(built.chart);
        // Bottom-up: hn-a 10, zj-c 12, zj-a ~40, gd-a 60, hi-a ≥100.
        QCOMPARE(valueTexts(chart.get()),
                 QStringList({QStringLiteral("10"), QStringLiteral("12"), QStringLiteral("~40"),
                              QStringLiteral("60"), QStringLiteral("≥100")}));
        ChartBarMarks *marks = marksOf(chart.get());
        QVERIFY(marks);
        QCOMPARE(marks->barMarks().size(), 1);
        QCOMPARE(marks->barMarks().first().category, 4);
        QCOMPARE(marks->barMarks().first().tickAt, 100.0);
        QCOMPARE(marks->barMarks().first().text, QStringLiteral("Report: more than 100"));
        QVERIFY2(built.info.footnote.contains(QStringLiteral("≥: at least")),
                 qPrintable(built.info.footnote));
        QVERIFY(built.info.footnote.contains(QStringLiteral("~: approximately")));
        QVERIFY(built.info.description.contains(QStringLiteral("≥100")));

        built = buildChart(ChartKind::TopArea, recs, options);
        chart.reset(built.chart);
        marks = marksOf(chart.get());
        QVERIFY(marks);
        // hn-a, the largest, is on top: the last category.
        QCOMPARE(marks->hatches().size(), 1);
        QCOMPARE(built.info.categoryKeys.at(marks->hatches().first().category),
                 QStringLiteral("hn-a"));
        QCOMPARE(marks->hatches().first().to, 41.48);
        QVERIFY2(built.info.footnote.contains(
                     QStringLiteral("hatched: area of the zone that hosts the park (1)")),
                 qPrintable(built.info.footnote));

        built = buildChart(ChartKind::TopFund, recs, options);
        chart.reset(built.chart);
        QVERIFY(marksOf(chart.get()));
        QCOMPARE(built.info.categoryKeys.at(marksOf(chart.get())->hatches().first().category),
                 QStringLiteral("zj-b"));
        QVERIFY(built.info.footnote.contains(QStringLiteral("investment plan")));
    }

    void hatchIsPaintedOnTheBar()
    {
        const QList<ParkRecord> parks = qualifiedParks();
        const Aggregations::Records recs = pointers(parks);
        ChartOptions options;
        BuiltChart built = buildChart(ChartKind::TopArea, recs, options);
        QGraphicsScene scene;
        scene.addItem(built.chart);
        built.chart->resize(1000, 700);
        QImage image(1000, 700, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            scene.render(&painter, QRectF(0, 0, 1000, 700), QRectF(0, 0, 1000, 700));
        }
        QAbstractBarSeries *series = barSeries(built.chart);
        const int hatched = int(built.info.categoryKeys.indexOf(QStringLiteral("hn-a")));
        const int plain = int(built.info.categoryKeys.indexOf(QStringLiteral("hi-a")));
        // The spread of grey levels along a line through the bar's middle:
        // the hatch crosses it with light lines, a plain bar is one colour.
        const auto spread = [&](int category, double value) {
            const QPointF from = built.chart->mapToPosition(QPointF(0.2 * value, category), series);
            const QPointF to = built.chart->mapToPosition(QPointF(0.8 * value, category), series);
            int lowest = 255;
            int highest = 0;
            for (int x = int(from.x()); x <= int(to.x()); ++x) {
                const int g = qGray(image.pixel(x, int(from.y())));
                lowest = qMin(lowest, g);
                highest = qMax(highest, g);
            }
            return highest - lowest;
        };
        QVERIFY2(spread(hatched, 41.48) > 100, qPrintable(QString::number(spread(hatched, 41.48))));
        QVERIFY2(spread(plain, 14.5) < 10, qPrintable(QString::number(spread(plain, 14.5))));
    }

    void commandDrawsTheStoresFigures()
    {
        // store-small.json states 4 parks in Zhejiang; the dataset has 3.
        ChartCommand::Request request;
        request.kind = ChartKind::ByProvince;
        request.english = true;
        request.outPath = m_dir.filePath(QStringLiteral("report.svg"));
        const LoadResult loaded =
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        request.reportFigures = parseReportFigures(loaded.document.about);
        QCOMPARE(ChartCommand::run(request, m_parks).exitCode, ExitCode::Ok);
        QString text = svgText(request.outPath);
        QVERIFY2(text.contains(QStringLiteral("Report: 4")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Report's figure")));

        request.kind = ChartKind::Leadership;
        request.outPath = m_dir.filePath(QStringLiteral("leadership.svg"));
        QCOMPARE(ChartCommand::run(request, m_parks).exitCode, ExitCode::Ok);
        text = svgText(request.outPath);
        QVERIFY2(text.contains(QStringLiteral("The report (2020): 20 parks")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Not government-led: 11")));
    }
};

QTEST_MAIN(TestChartReport)
#include "tst_chartreport.moc"
