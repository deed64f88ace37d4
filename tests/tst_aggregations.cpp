#include "aggregations.h"
#include "parkstore.h"
#include "reportfigures.h"
#include "summary.h"

#include <QJsonArray>
#include <QTest>

// Every expected number below is counted by hand from tests/data/store-small.json.
class TestAggregations : public QObject
{
    Q_OBJECT

private:
    ParkDocument doc;
    Aggregations::Records all;

    Aggregations::Count count(int total, int government, int enterprise, int unknown)
    {
        Aggregations::Count c;
        c.total = total;
        c.government = government;
        c.enterprise = enterprise;
        c.unknownLeadership = unknown;
        return c;
    }

private slots:
    void initTestCase()
    {
        doc = ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/store-small.json")).document;
        QCOMPARE(doc.parks.size(), 10);
        for (const ParkRecord &r : std::as_const(doc.parks))
            all.append(&r);
    }

    void byProvince()
    {
        const auto provinces = Aggregations::byProvince(all);
        QCOMPARE(provinces.size(), 5);
        QCOMPARE(provinces.value(QStringLiteral("浙江省")), count(3, 2, 1, 0));
        QCOMPARE(provinces.value(QStringLiteral("广东省")), count(3, 1, 2, 0));
        QCOMPARE(provinces.value(QStringLiteral("湖南省")), count(1, 1, 0, 0));
        QCOMPARE(provinces.value(QStringLiteral("上海市")), count(2, 1, 0, 1));
        QCOMPARE(provinces.value(QStringLiteral("海南省")), count(1, 1, 0, 0));

        const auto ranked = Aggregations::rankedByCount(provinces);
        QCOMPARE(ranked.first().second.total, 3);
        QCOMPARE(ranked.last().second.total, 1);
    }

    void byCity()
    {
        const auto cities = Aggregations::byCity(all);
        QCOMPARE(cities.size(), 7);
        QCOMPARE(cities.value(QStringLiteral("杭州市")).total, 2);
        QCOMPARE(cities.value(QStringLiteral("广州市")), count(2, 0, 2, 0));
        QCOMPARE(cities.value(QStringLiteral("上海市")).total, 2);
        QCOMPARE(cities.value(QStringLiteral("澄迈县")).total, 1);
    }

    void byLeadershipAndType()
    {
        const auto leadership = Aggregations::byLeadership(all);
        QCOMPARE(leadership.value(Leadership::Government), 6);
        QCOMPARE(leadership.value(Leadership::Enterprise), 3);
        QCOMPARE(leadership.value(Leadership::Unknown), 1);
        const auto types = Aggregations::byCarrierType(all);
        QCOMPARE(types.value(CarrierType::Park), 3);
        QCOMPARE(types.value(CarrierType::Base), 4);
        QCOMPARE(types.value(CarrierType::Incubator), 3);
    }

    void byYearAndMonth()
    {
        const auto years = Aggregations::byYear(all);
        QCOMPARE(years.keys(), (QList<int>{2017, 2018, 2020}));
        QCOMPARE(years.value(2017), count(2, 1, 1, 0));
        QCOMPARE(years.value(2018), count(5, 4, 1, 0));
        QCOMPARE(years.value(2020), count(1, 1, 0, 0));
        const auto cumulative = Aggregations::cumulativeByYear(all);
        QCOMPARE(cumulative.value(2017), 2);
        QCOMPARE(cumulative.value(2018), 7);
        QCOMPARE(cumulative.value(2020), 8);

        const auto months = Aggregations::byMonth(all);
        QCOMPARE(months.keys(), (QList<int>{4, 8, 9, 10, 11, 12}));
        QCOMPARE(months.value(9), count(1, 0, 1, 0));
        QCOMPARE(months.value(4), count(1, 1, 0, 0));
        // Nothing founded in January to March: those months are absent.
        QVERIFY(!months.contains(1) && !months.contains(2) && !months.contains(3));
    }

    void metrics()
    {
        const auto area = Aggregations::metricStats(all, Aggregations::Metric::AreaKm2);
        QCOMPARE(area.known, 6);
        QCOMPARE(area.unknown, 4);
        QVERIFY(qFuzzyCompare(area.sum, 67.64));
        QCOMPARE(area.max->id, QStringLiteral("hn-a"));

        const auto enterprises = Aggregations::metricStats(all, Aggregations::Metric::Enterprises);
        QCOMPARE(enterprises.known, 5);
        QCOMPARE(enterprises.sum, 222.0);
        QCOMPARE(enterprises.max->id, QStringLiteral("hi-a"));

        const auto fund = Aggregations::metricStats(all, Aggregations::Metric::FundCny100m);
        QCOMPARE(fund.known, 3);
        QCOMPARE(fund.max->id, QStringLiteral("zj-b"));
        QCOMPARE(*fund.maxValue, 2000.0);

        const auto top = Aggregations::topBy(all, Aggregations::Metric::AreaKm2, 3);
        QCOMPARE(top.size(), 3);
        QCOMPARE(top.at(0)->id, QStringLiteral("hn-a"));
        QCOMPARE(top.at(1)->id, QStringLiteral("hi-a"));
        QCOMPARE(top.at(2)->id, QStringLiteral("zj-b"));
        // Asking for more than are known gives only the known ones.
        QCOMPARE(Aggregations::topBy(all, Aggregations::Metric::FundCny100m, 10).size(), 3);
    }

    void emptyInput()
    {
        const Aggregations::Records none;
        QVERIFY(Aggregations::byProvince(none).isEmpty());
        const auto stats = Aggregations::metricStats(none, Aggregations::Metric::AreaKm2);
        QCOMPARE(stats.known, 0);
        QVERIFY(stats.max == nullptr);
        QVERIFY(!stats.maxValue);
    }

    void unknownByField()
    {
        const auto unknown = Aggregations::unknownByField(all);
        QCOMPARE(unknown.value(QStringLiteral("areaKm2")), 4);
        QCOMPARE(unknown.value(QStringLiteral("established")), 2);
        QCOMPARE(unknown.value(QStringLiteral("leadership")), 1);
        QCOMPARE(unknown.value(QStringLiteral("nameEn")), 1);
        QCOMPARE(unknown.value(QStringLiteral("id")), 0);
    }

    void reportFigures()
    {
        const QList<ReportFigure> figures = parseReportFigures(doc.about);
        QCOMPARE(figures.size(), 5);
        QCOMPARE(figures.at(0).value, 20.0);
        QCOMPARE(figures.at(0).datasetValue(all).value_or(-1), 10.0);
        QCOMPARE(figures.at(1).scope.leadership, Leadership::Government);
        QCOMPARE(figures.at(1).datasetValue(all).value_or(-1), 6.0);
        QCOMPARE(figures.at(2).datasetValue(all).value_or(-1), 3.0);
        QCOMPARE(figures.at(3).key, QStringLiteral("provinces"));
        QCOMPARE(figures.at(3).datasetValue(all).value_or(-1), 5.0);
        QCOMPARE(figures.at(4).datasetValue(all).value_or(-1), 41.48);
    }

    void summaryJson()
    {
        const QJsonObject s = Summary::build(all, parseReportFigures(doc.about));
        QCOMPARE(s.value(QStringLiteral("total")).toInt(), 10);
        QCOMPARE(s.value(QStringLiteral("provinces")).toInt(), 5);
        QCOMPARE(s.value(QStringLiteral("byProvince"))
                     .toObject()
                     .value(QStringLiteral("浙江省"))
                     .toInt(),
                 3);
        QCOMPARE(s.value(QStringLiteral("byLeadership"))
                     .toObject()
                     .value(QStringLiteral("government"))
                     .toInt(),
                 6);
        QCOMPARE(s.value(QStringLiteral("byYear")).toObject().value(QStringLiteral("2018")).toInt(),
                 5);
        QCOMPARE(s.value(QStringLiteral("unknownYear")).toInt(), 2);
        QCOMPARE(s.value(QStringLiteral("largestFund"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("zj-b"));
        const QJsonArray report = s.value(QStringLiteral("report")).toArray();
        QCOMPARE(report.size(), 5);
        QCOMPARE(report.at(0).toObject().value(QStringLiteral("report")).toInt(), 20);
        QCOMPARE(report.at(0).toObject().value(QStringLiteral("dataset")).toInt(), 10);
        QCOMPARE(report.at(0).toObject().value(QStringLiteral("coverage")).toDouble(), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestAggregations)
#include "tst_aggregations.moc"
