#include "aggregations.h"
#include "fieldregistry.h"
#include "parksnapshot.h"
#include "parkstore.h"
#include "reportfigures.h"
#include "summary.h"
#include "textlookup.h"

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

    void largeCountsAreAddedUpFromTwoHalves()
    {
        // Over ParallelRecords, so that each half is counted on its own.
        Aggregations::Records big;
        for (int i = 0; big.size() <= Aggregations::ParallelRecords; ++i)
            big.append(&doc.parks.at(i % doc.parks.size()));
        QMap<QString, Aggregations::Count> provinces;
        QMap<QString, Aggregations::Count> cities;
        for (const ParkRecord *r : std::as_const(big)) {
            if (!r->province.isEmpty())
                provinces[r->province].add(*r);
            if (!r->city.isEmpty())
                cities[r->city].add(*r);
        }
        QCOMPARE(Aggregations::byProvince(big), provinces);
        QCOMPARE(Aggregations::byCity(big), cities);
        const auto both = Aggregations::byProvinceAndCity(big);
        for (auto it = provinces.cbegin(); it != provinces.cend(); ++it)
            QCOMPARE(both.value(it.key()).count, it.value());
        int inCities = 0;
        for (const auto &province : both) {
            for (const Aggregations::Count &city : province.cities)
                inCities += city.total;
        }
        int expectedInCities = 0;
        for (const Aggregations::Count &city : std::as_const(cities))
            expectedInCities += city.total;
        QCOMPARE(inCities, expectedInCities);
    }

    // A snapshot counts its records once, for every view and every copy,
    // as byProvinceAndCity() counts them; byProvinceFrom() reads byProvince()
    // off those counts.
    void aSnapshotKeepsItsCountsByProvince()
    {
        QList<ParkRecord> records = doc.parks;
        ParkRecord noProvince = doc.parks.at(0);
        noProvince.province.clear();
        records.append(noProvince);
        const ParkSnapshot snapshot(records);
        const ParkSnapshot copy = snapshot;
        const auto &counted = snapshot.byProvinceAndCity();
        QCOMPARE(counted, Aggregations::byProvinceAndCity(snapshot.pointers()));
        QVERIFY(counted.contains(QString()));
        QCOMPARE(&copy.byProvinceAndCity(), &counted);
        QCOMPARE(Aggregations::byProvinceFrom(counted),
                 Aggregations::byProvince(snapshot.pointers()));

        // Some of the records: counted apart, as they are.
        const ParkSnapshot some(SharedRecords(records), std::vector<int>{0, 1, 2});
        QCOMPARE(some.byProvinceAndCity(), Aggregations::byProvinceAndCity(some.pointers()));
        QVERIFY(some.byProvinceAndCity() != counted);
    }

    void byProvinceAndCityCountsAsByProvinceAndByCity()
    {
        // Records read from a file share their province and city texts;
        // records made or edited since do not. Both are counted alike, and
        // a record without a province under "".
        QList<ParkRecord> records = doc.parks;
        for (int i = 0; i < 3; ++i) {
            ParkRecord copy = doc.parks.at(i);
            // The same texts in data of their own.
            copy.province = QString(copy.province.constData(), copy.province.size());
            copy.city = QString(copy.city.constData(), copy.city.size());
            records.append(copy);
        }
        ParkRecord noProvince = doc.parks.at(0);
        noProvince.province.clear();
        noProvince.city = QStringLiteral("无省市");
        records.append(noProvince);
        Aggregations::Records pointers;
        for (const ParkRecord &r : std::as_const(records))
            pointers.append(&r);

        const auto counts = Aggregations::byProvinceAndCity(pointers);
        const auto provinces = Aggregations::byProvince(pointers);
        QCOMPARE(counts.size(), provinces.size() + 1);
        for (auto it = provinces.cbegin(); it != provinces.cend(); ++it) {
            QCOMPARE(counts.value(it.key()).count, it.value());
            Aggregations::Records inProvince;
            for (const ParkRecord *r : std::as_const(pointers)) {
                if (r->province == it.key())
                    inProvince.append(r);
            }
            QCOMPARE(counts.value(it.key()).cities, Aggregations::byCity(inProvince));
        }
        QCOMPARE(counts.value(QString()).count.total, 1);
        QCOMPARE(counts.value(QString()).cities.keys(), QStringList{QStringLiteral("无省市")});
        QCOMPARE(counts.value(QStringLiteral("浙江省")).count, count(6, 4, 2, 0));
        QCOMPARE(
            counts.value(QStringLiteral("浙江省")).cities.value(QStringLiteral("杭州市")).total, 4);
    }

    void textLookupNeverTakesOneTextForAnother()
    {
        // Texts made one after the other may be given the same memory once
        // the one before is freed; the lookup keeps what it compares by
        // address alive, so each lands on its own entry.
        QMap<QString, int> map;
        TextLookup<int> lookup;
        for (int i = 0; i < 1000; ++i) {
            const QString text = QString::number(i % 7).repeated(3);
            ++lookup.in(map, text);
        }
        QCOMPARE(map.size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(map.value(QString::number(i).repeated(3)), i < 1000 % 7 ? 143 : 142);

        // One text in two maps: each map has its own entry.
        QMap<QString, int> other;
        const QString shared = QStringLiteral("广东省");
        ++lookup.in(map, shared);
        ++lookup.in(other, shared);
        ++lookup.in(map, shared);
        QCOMPARE(map.value(shared), 2);
        QCOMPARE(other.value(shared), 1);
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

    // The quick test the counts use says what the JSON value says, for
    // every field of every park, and of a park with nothing known.
    void nullOrEmptyListAgreesWithTheJsonValue()
    {
        QList<const ParkRecord *> records = all;
        const ParkRecord blank;
        records.append(&blank);
        for (const ParkRecord *r : std::as_const(records)) {
            for (ParkField f : ParkFields::all()) {
                const QJsonValue v = FieldRegistry::value(*r, f);
                const bool expected = v.isNull() || (v.isArray() && v.toArray().isEmpty());
                QVERIFY2(FieldRegistry::isNullOrEmptyList(*r, f) == expected,
                         qPrintable(r->id + QLatin1Char('/') + ParkFields::key(f)));
            }
        }
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

    // Issue 14, finding 3: "more than 100" is not 100, a host zone's area is
    // not the park's and an investment plan is not a fund; they stay out of
    // sums and largest values unless asked for.
    void qualifiedValuesLeftOutUnlessIncluded()
    {
        using namespace Aggregations;
        QList<ParkRecord> list(5);
        list[0].id = QStringLiteral("hainan");
        list[0].enterprises = 100;
        list[0].enterprisesQualifier = QStringLiteral("atLeast");
        list[0].areaKm2 = 14.5;
        list[0].areaScope = QStringLiteral("hostZone");
        list[1].id = QStringLiteral("loudi");
        list[1].enterprises = 10;
        list[1].enterprisesQualifier = QStringLiteral("atLeast");
        list[2].id = QStringLiteral("chongqing");
        list[2].enterprises = 40;
        list[2].enterprisesQualifier = QStringLiteral("approx");
        list[2].fundCny100m = 10;
        list[2].fundKind = QStringLiteral("fund");
        list[3].id = QStringLiteral("plain");
        list[3].enterprises = 30;
        list[3].enterprisesQualifier = QStringLiteral("exact");
        list[3].areaKm2 = 3.1;
        list[3].areaScope = QStringLiteral("park");
        list[4].id = QStringLiteral("xiaoshan");
        list[4].fundCny100m = 2000;
        list[4].fundKind = QStringLiteral("investmentPlan");
        list[4].areaKm2 = 41.48;
        list[4].areaScope = QStringLiteral("hostZone");
        Records records;
        for (const ParkRecord &r : list)
            records.append(&r);

        QCOMPARE(qualifier(list[0], Metric::Enterprises), Qualifier::AtLeast);
        QCOMPARE(qualifier(list[2], Metric::Enterprises), Qualifier::Approx);
        QCOMPARE(qualifier(list[4], Metric::AreaKm2), Qualifier::HostZone);
        QCOMPARE(qualifier(list[4], Metric::FundCny100m), Qualifier::InvestmentPlan);
        QCOMPARE(qualifier(list[3], Metric::Enterprises), Qualifier::None);
        QCOMPARE(qualifier(list[3], Metric::AreaKm2), Qualifier::None);

        MetricStats e = metricStats(records, Metric::Enterprises);
        QCOMPARE(e.known, 1);
        QCOMPARE(e.leftOut, 3);
        QCOMPARE(e.unknown, 1);
        QCOMPARE(e.sum, 30.0);
        QCOMPARE(e.max->id, QStringLiteral("plain"));
        QCOMPARE(e.maxQualifier, Qualifier::None);
        e = metricStats(records, Metric::Enterprises, QualifiedValues::Include);
        QCOMPARE(e.known, 4);
        QCOMPARE(e.leftOut, 0);
        QCOMPARE(e.sum, 180.0);
        QCOMPARE(e.max->id, QStringLiteral("hainan"));
        QCOMPARE(e.maxQualifier, Qualifier::AtLeast);
        QCOMPARE(e.qualified.value(Qualifier::AtLeast), 2);
        QCOMPARE(e.qualified.value(Qualifier::Approx), 1);

        const MetricStats area = metricStats(records, Metric::AreaKm2);
        QCOMPARE(area.known, 1);
        QCOMPARE(area.leftOut, 2);
        QCOMPARE(*area.maxValue, 3.1);
        const MetricStats fund = metricStats(records, Metric::FundCny100m);
        QCOMPARE(fund.sum, 10.0);
        QCOMPARE(fund.leftOut, 1);
        QCOMPARE(fund.max->id, QStringLiteral("chongqing"));

        QCOMPARE(topBy(records, Metric::FundCny100m, 1, QualifiedValues::Exclude).at(0)->id,
                 QStringLiteral("chongqing"));
        QCOMPARE(topBy(records, Metric::FundCny100m, 1).at(0)->id, QStringLiteral("xiaoshan"));

        // --summary says what it left out, and which.
        const QJsonObject s = Summary::build(records, {});
        const QJsonObject largestFund = s.value(QStringLiteral("largestFund")).toObject();
        QCOMPARE(largestFund.value(QStringLiteral("value")).toDouble(), 10.0);
        QCOMPARE(largestFund.value(QStringLiteral("leftOut")).toInt(), 1);
        const QJsonObject leftOut =
            largestFund.value(QStringLiteral("leftOutValues")).toArray().at(0).toObject();
        QCOMPARE(leftOut.value(QStringLiteral("id")).toString(), QStringLiteral("xiaoshan"));
        QCOMPARE(leftOut.value(QStringLiteral("value")).toDouble(), 2000.0);
        QCOMPARE(leftOut.value(QStringLiteral("qualifier")).toString(),
                 QStringLiteral("investmentPlan"));
        const QJsonObject most = s.value(QStringLiteral("mostEnterprises")).toObject();
        QCOMPARE(most.value(QStringLiteral("id")).toString(), QStringLiteral("plain"));
        QCOMPARE(most.value(QStringLiteral("leftOut")).toInt(), 3);
        const QJsonObject included = Summary::build(records, {}, QualifiedValues::Include)
                                         .value(QStringLiteral("mostEnterprises"))
                                         .toObject();
        QCOMPARE(included.value(QStringLiteral("id")).toString(), QStringLiteral("hainan"));
        QCOMPARE(included.value(QStringLiteral("qualifier")).toString(), QStringLiteral("atLeast"));
    }

    // Issue 14, finding 12: the dataset holds a part of the report's parks,
    // so a count or a largest value above the report's for the same scope
    // is a contradiction, with the records behind it.
    void contradictionsAreFlagged()
    {
        QList<ParkRecord> list(4);
        list[0].id = QStringLiteral("yn");
        list[0].leadership = Leadership::Government;
        list[0].established = FoundingDate::fromString(QStringLiteral("2020-03-15"));
        list[0].enterprises = 120;
        list[1].id = QStringLiteral("gz");
        list[1].city = QStringLiteral("广州市");
        list[1].leadership = Leadership::Government;
        list[1].established = FoundingDate::fromString(QStringLiteral("2018-07"));
        list[1].areaKm2 = 50;
        list[2].id = QStringLiteral("gz2");
        list[2].city = QStringLiteral("广州市");
        list[2].leadership = Leadership::Enterprise;
        list[2].established = FoundingDate::fromString(QStringLiteral("2019-02"));
        list[3].id = QStringLiteral("hn");
        list[3].leadership = Leadership::Government;
        list[3].areaKm2 = 41.48;
        Aggregations::Records records;
        for (const ParkRecord &r : list)
            records.append(&r);

        QList<ReportFigure> figures(5);
        figures[0].key = QStringLiteral("parks");
        figures[0].scope.leadership = Leadership::Government;
        figures[0].scope.foundedMonths = {1, 2, 3};
        figures[0].value = 0;
        figures[1].key = QStringLiteral("parks");
        figures[1].scope.city = QStringLiteral("广州市");
        figures[1].value = 6;
        figures[2].key = QStringLiteral("maxAreaKm2");
        figures[2].scope.leadership = Leadership::Government;
        figures[2].value = 41.48;
        figures[3].key = QStringLiteral("maxEnterprises");
        figures[3].qualifier = QStringLiteral("more than");
        figures[3].value = 100;
        figures[4].key = QStringLiteral("parks");
        figures[4].scope.city = QStringLiteral("广州市");
        figures[4].value = 1;

        const QList<FigureComparison> c = compareFigures(figures, records);
        QCOMPARE(c.size(), 5);
        QCOMPARE(c.at(0).dataset, std::optional<double>(1));
        QVERIFY(c.at(0).conflict);
        QCOMPARE(c.at(0).conflictRecordCount, 1);
        QCOMPARE(c.at(0).conflictRecords.value(0)->id, QStringLiteral("yn"));
        QVERIFY(!c.at(1).conflict); // 2 of the report's 6
        QVERIFY(c.at(1).conflictRecords.isEmpty());
        QVERIFY(c.at(2).conflict); // 50 km² above the report's largest
        QCOMPARE(c.at(2).conflictRecordCount, 1);
        QCOMPARE(c.at(2).conflictRecords.value(0)->id, QStringLiteral("gz"));
        QVERIFY(!c.at(3).conflict); // "more than 100" allows 120
        QVERIFY(c.at(4).conflict);  // 2 parks where the report counts 1
        QCOMPARE(c.at(4).conflictRecordCount, 2);
        QCOMPARE(compareFigures(figures, records, 1).at(4).conflictRecords.size(), 1);
        QCOMPARE(compareFigures(figures, records, 1).at(4).conflictRecordCount, 2);

        const QJsonObject s = Summary::build(records, figures);
        QCOMPARE(s.value(QStringLiteral("conflicts")).toInt(), 3);
        const QJsonArray report = s.value(QStringLiteral("report")).toArray();
        const QJsonObject months = report.at(0).toObject();
        QCOMPARE(months.value(QStringLiteral("conflict")).toBool(), true);
        QCOMPARE(months.value(QStringLiteral("report")).toInt(), 0);
        QCOMPARE(months.value(QStringLiteral("dataset")).toInt(), 1);
        QCOMPARE(months.value(QStringLiteral("conflictRecords")).toArray(),
                 QJsonArray{QStringLiteral("yn")});
        QCOMPARE(report.at(1).toObject().value(QStringLiteral("conflict")).toBool(), false);
        QVERIFY(!report.at(1).toObject().contains(QStringLiteral("conflictRecords")));
    }

    // Issue 14, finding 11: a figure stays beside the dataset's under a
    // filter that shows all the parks of its scope.
    void figureScopeWithinFilter()
    {
        const ParkFilter none;
        FigureScope guangzhou;
        guangzhou.city = QStringLiteral("广州市");
        ParkFilter tree; // what clicking 广州市 in the province tree sets
        tree.provinces = {QStringLiteral("广东省")};
        tree.cities = {QStringLiteral("广州市")};
        ParkRecord gz;
        gz.city = QStringLiteral("广州市");
        gz.province = QStringLiteral("广东省");
        const Aggregations::Records records{&gz};
        QVERIFY(guangzhou.isWithin(none, records));
        QVERIFY(guangzhou.isWithin(tree, records));
        QVERIFY(guangzhou.isWithin(tree, FigureScope::cityProvinces(records)));
        ParkFilter otherProvince = tree;
        otherProvince.provinces = {QStringLiteral("浙江省")};
        QVERIFY(!guangzhou.isWithin(otherProvince, FigureScope::cityProvinces(records)));
        ParkFilter cityOnly;
        cityOnly.cities = {QStringLiteral("广州市")};
        QVERIFY(guangzhou.isWithin(cityOnly, records));
        ParkFilter zhejiang;
        zhejiang.provinces = {QStringLiteral("浙江省")};
        QVERIFY(!guangzhou.isWithin(zhejiang, records));
        QVERIFY(!FigureScope().isWithin(tree, records)); // 44 parks: not all shown

        FigureScope governmentEarly;
        governmentEarly.leadership = Leadership::Government;
        governmentEarly.foundedMonths = {1, 2, 3};
        ParkFilter government;
        government.leadership = Leadership::Government;
        QVERIFY(governmentEarly.isWithin(government, records));
        QVERIFY(!guangzhou.isWithin(government, records));
        ParkFilter text = tree;
        text.text = QStringLiteral("链");
        QVERIFY(!guangzhou.isWithin(text, records));

        FigureScope peak;
        peak.foundedFrom = 2017;
        peak.foundedTo = 2018;
        ParkFilter years;
        years.yearFrom = 2016;
        years.yearTo = 2018;
        QVERIFY(peak.isWithin(years, records));
        years.yearFrom = 2018;
        QVERIFY(!peak.isWithin(years, records));
        QVERIFY(!governmentEarly.isWithin(years, records));
    }
};

QTEST_GUILESS_MAIN(TestAggregations)
#include "tst_aggregations.moc"
