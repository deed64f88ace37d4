#include "citygazetteer.h"
#include "fieldregistry.h"
#include "geojsonskim.h"
#include "parkstore.h"
#include "parkvalidator.h"
#include "places.h"
#include "provinces.h"

#include <QTest>

// The embedded city gazetteer: its contents, every way of naming a city,
// the municipalities, point look-ups and the refusal of broken data.
class TestCityGazetteer : public QObject
{
    Q_OBJECT

private:
    static const CityGazetteer &gazetteer() { return CityGazetteer::embedded(); }

    static QByteArray feature(const QString &properties)
    {
        return QStringLiteral(
                   R"({"type": "FeatureCollection", "features": [{"type": "Feature",
                   "properties": %1, "geometry": {"type": "MultiPolygon", "coordinates":
                   [[[[120, 30], [121, 30], [121, 31], [120, 31], [120, 30]]]]}}]})")
            .arg(properties)
            .toUtf8();
    }

private slots:
    void embeddedHoldsEveryDivision()
    {
        const CityGazetteer &g = gazetteer();
        QVERIFY(!g.isEmpty());
        // 451 features and the four municipalities as cities of their own.
        QCOMPARE(g.all().size(), 455);
        QCOMPARE(g.citiesIn(330000).size(), 11); // Zhejiang's 11 prefecture-level cities
        const QList<const CityInfo *> shanghai = g.citiesIn(310000);
        QCOMPARE(shanghai.size(), 1);
        QCOMPARE(shanghai.first()->fullName, QStringLiteral("上海市"));
        QCOMPARE(shanghai.first()->level, CityInfo::Level::Municipality);
        QCOMPARE(g.partsOf(*shanghai.first()).size(), 16);
        QCOMPARE(g.partsOf(*g.find(QStringLiteral("重庆市"), 500000)).size(), 38);
    }

    void findsByEverySpelling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("province");
        QTest::addColumn<int>("code");
        QTest::newRow("full name") << QStringLiteral("杭州市") << 330000 << 330100;
        QTest::newRow("short name") << QStringLiteral("杭州") << 330000 << 330100;
        QTest::newRow("English") << QStringLiteral("Hangzhou") << 330000 << 330100;
        QTest::newRow("lower case") << QStringLiteral("hangzhou") << 0 << 330100;
        QTest::newRow("code") << QStringLiteral("330100") << 0 << 330100;
        QTest::newRow("spaces round") << QStringLiteral("  杭州市 ") << 330000 << 330100;
        QTest::newRow("accent dropped") << QStringLiteral("urumqi") << 0 << 650100;
        QTest::newRow("accent kept") << QStringLiteral("ÜRÜMQI") << 650000 << 650100;
        QTest::newRow("apostrophe dropped") << QStringLiteral("xian") << 0 << 610100;
        QTest::newRow("apostrophe kept") << QStringLiteral("Xi'an") << 0 << 610100;
        QTest::newRow("municipality") << QStringLiteral("上海市") << 310000 << 310000;
        QTest::newRow("municipality English") << QStringLiteral("shanghai") << 0 << 310000;
        QTest::newRow("county under a province") << QStringLiteral("澄迈县") << 460000 << 469023;
        QTest::newRow("prefecture")
            << QStringLiteral("Dali Bai Autonomous Prefecture") << 0 << 532900;
    }

    void findsByEverySpelling()
    {
        QFETCH(QString, text);
        QFETCH(int, province);
        QFETCH(int, code);
        const CityInfo *city = gazetteer().find(text, province);
        QVERIFY2(city, qPrintable(text));
        QCOMPARE(city->code, code);
    }

    void namesThatAreNotCities()
    {
        const CityGazetteer &g = gazetteer();
        // A district of a municipality is not a city a park can name.
        QVERIFY(!g.find(QStringLiteral("黄浦区"), 310000));
        QVERIFY(g.byCode(310101));
        QCOMPARE(g.byCode(310101)->level, CityInfo::Level::District);
        // In the wrong province, or nowhere.
        QVERIFY(!g.find(QStringLiteral("杭州市"), 440000));
        QVERIFY(!g.find(QStringLiteral("Atlantis")));
        QVERIFY(!g.find(QString()));
    }

    void suggestionsForNearMisses()
    {
        const CityGazetteer &g = gazetteer();
        QCOMPARE(g.suggestions(QStringLiteral("杭州"), 330000).value(0), QStringLiteral("杭州市"));
        QCOMPARE(g.suggestions(QStringLiteral("Hangzou"), 0).value(0), QStringLiteral("Hangzhou"));
        QCOMPARE(g.suggestions(QStringLiteral("广州"), 440000, 1),
                 QStringList{QStringLiteral("广州市")});
        QVERIFY(g.suggestions(QStringLiteral("Zzzzzzzzzzzz"), 0).isEmpty());
    }

    void everyParkLiesInItsCity()
    {
        const LoadResult loaded = ParkStore::loadFile(ParkStore::EmbeddedPath);
        QVERIFY(loaded.isUsable());
        int checked = 0;
        for (const ParkRecord &r : loaded.document.parks) {
            const ProvinceInfo *province = Provinces::find(r.province);
            QVERIFY(province);
            const CityInfo *city = gazetteer().find(r.city, province->code);
            QVERIFY2(city, qPrintable(r.id + QLatin1Char(' ') + r.city));
            if (r.lat && r.lon) {
                const QGeoCoordinate point(*r.lat, *r.lon);
                QVERIFY2(city->area.contains(point), qPrintable(r.id));
                QCOMPARE(gazetteer().cityAt(point), city);
                ++checked;
            }
        }
        QVERIFY(checked >= 20);
    }

    void municipalityCentreIsItsCentralDistrict()
    {
        const CityInfo *shanghai = gazetteer().find(QStringLiteral("Shanghai"));
        QVERIFY(shanghai);
        QCOMPARE(shanghai->labelPoint, gazetteer().byCode(310101)->labelPoint);
        QCOMPARE(shanghai->nameEn, QStringLiteral("Shanghai"));
        // The Bund is in 黄浦区: the point gives the municipality, not the district.
        QCOMPARE(gazetteer().cityAt(QGeoCoordinate(31.2400, 121.4900)), shanghai);
        QVERIFY(!gazetteer().cityAt(QGeoCoordinate(0, 0)));
    }

    void validatorNamesTheNearestCities()
    {
        ParkRecord r;
        r.id = QStringLiteral("t");
        r.nameZh = QStringLiteral("测试园");
        r.province = QStringLiteral("浙江省");
        ParkValidator::Context context;
        context.cities = &gazetteer();
        // Warnings only: a store naming a city the gazetteer lacks still loads.
        const auto cityMessages = [&](const ParkRecord &record) {
            QStringList list;
            for (const FieldProblem &p : ParkValidator::validate(record, context)) {
                if (p.field == QLatin1String("city") || p.field == QLatin1String("lat"))
                    list << (p.isError() ? QStringLiteral("error: ") : QString()) + p.message;
            }
            return list;
        };
        r.city = QStringLiteral("杭州市");
        QCOMPARE(cityMessages(r), QStringList());
        r.city = QStringLiteral("杭州");
        QCOMPARE(cityMessages(r),
                 QStringList{QStringLiteral("write the city's full name \"杭州市\" rather than "
                                            "\"杭州\"")});
        r.city = QStringLiteral("杭洲市");
        QCOMPARE(cityMessages(r), QStringList{QStringLiteral(
                                      "\"杭洲市\" is not a city of 浙江省 in the gazetteer; did "
                                      "you mean 杭州市?")});
        r.city = QStringLiteral("Atlantis City");
        QCOMPARE(cityMessages(r),
                 QStringList{QStringLiteral("\"Atlantis City\" is not a city of 浙江省 in the "
                                            "gazetteer")});
        // A municipality is its own city.
        r.province = QStringLiteral("上海市");
        r.city = QStringLiteral("上海市");
        QCOMPARE(cityMessages(r), QStringList());
        // A point in Zhejiang but outside Hangzhou (Ningbo).
        r.province = QStringLiteral("浙江省");
        r.city = QStringLiteral("杭州市");
        r.lat = 29.87;
        r.lon = 121.55;
        QCOMPARE(cityMessages(r),
                 QStringList{QStringLiteral("the point 29.87, 121.55 lies outside 杭州市")});
        context.englishNames = true;
        QCOMPARE(cityMessages(r),
                 QStringList{QStringLiteral("the point 29.87, 121.55 lies outside Hangzhou")});
    }

    void placesInWords()
    {
        const auto words = [](const char *province, const char *city, const char *district,
                              bool english) {
            return Places::placeInWords(QString::fromUtf8(province), QString::fromUtf8(city),
                                        QString::fromUtf8(district), english);
        };
        QCOMPARE(words("上海市", "上海市", "宝山区", true),
                 QStringLiteral("Baoshan District, Shanghai"));
        QCOMPARE(words("上海市", "上海市", "宝山区", false), QStringLiteral("上海市宝山区"));
        // A district of a prefecture-level city has no English name here.
        QCOMPARE(words("浙江省", "杭州市", "西湖区", true),
                 QStringLiteral("西湖区, Hangzhou, Zhejiang"));
        QCOMPARE(words("浙江省", "杭州市", "", false), QStringLiteral("浙江省杭州市"));
        QCOMPARE(words("重庆市", "重庆市", "渝中区", true),
                 QStringLiteral("Yuzhong District, Chongqing"));
        QCOMPARE(words("", "", "", true), QString());
    }

    // The table's District column in English: municipality districts get
    // their English names; the rest, and all of Chinese, stay as written.
    void districtColumnInEnglish()
    {
        ParkRecord r;
        r.province = QStringLiteral("上海市");
        r.city = QStringLiteral("上海市");
        r.district = QStringLiteral("宝山区");
        QCOMPARE(FieldRegistry::displayText(r, ParkField::District, true),
                 QStringLiteral("Baoshan District"));
        QCOMPARE(FieldRegistry::displayText(r, ParkField::District, false),
                 QStringLiteral("宝山区"));
        QCOMPARE(FieldRegistry::sortValue(r, ParkField::District, true).toString(),
                 QStringLiteral("Baoshan District"));
        r.province = QStringLiteral("浙江省");
        r.city = QStringLiteral("杭州市");
        r.district = QStringLiteral("西湖区");
        QCOMPARE(FieldRegistry::displayText(r, ParkField::District, true),
                 QStringLiteral("西湖区"));
        r.district.clear();
        QCOMPARE(FieldRegistry::displayText(r, ParkField::District, true),
                 FieldRegistry::unknownText());
    }

    void refusesBrokenData_data()
    {
        QTest::addColumn<QString>("properties");
        QTest::addColumn<QString>("message");
        const QString good = QStringLiteral(
            R"("name": "测试", "fullname": "测试市", "name_en": "Ceshi", "city": "测试市",
            "center": [120.5, 30.5], "level": "city", "province_adcode": 330000)");
        QTest::newRow("no code") << QStringLiteral("{%1}").arg(good)
                                 << QStringLiteral("t.geojson: feature #1 (测试): properties: "
                                                   "\"adcode\": expected a six-digit GB/T 2260 "
                                                   "code, found nothing");
        QTest::newRow("bad level")
            << QStringLiteral(R"({%1, "adcode": 330199})")
                   .arg(QString(good).replace(QStringLiteral("\"city\", \"province"),
                                              QStringLiteral("\"town\", \"province")))
            << QStringLiteral("t.geojson: feature #1 (测试): properties: \"level\": expected "
                              "city, prefecture, league, county, district or province, found "
                              "\"town\"");
        QTest::newRow("unknown province")
            << QStringLiteral(R"({%1, "adcode": 330199})")
                   .arg(QString(good).replace(QStringLiteral("330000"), QStringLiteral("990000")))
            << QStringLiteral("t.geojson: feature #1 (测试): properties: \"province_adcode\": "
                              "990000 is not the code of a provincial-level division");
        QTest::newRow("empty name")
            << QStringLiteral(R"({%1, "adcode": 330199})")
                   .arg(QString(good).replace(QStringLiteral("\"Ceshi\""), QStringLiteral("\"\"")))
            << QStringLiteral("t.geojson: feature #1 (测试): properties: \"name_en\": is empty");
    }

    void refusesBrokenData()
    {
        QFETCH(QString, properties);
        QFETCH(QString, message);
        for (const auto outlines : {CityGazetteer::Outlines::Read, CityGazetteer::Outlines::Skip}) {
            const ResultOf<CityGazetteer> loaded =
                CityGazetteer::load(feature(properties), QStringLiteral("t.geojson"), outlines);
            QVERIFY(!loaded.ok());
            QCOMPARE(loaded.message, message);
        }
    }

    // The names without the outlines are the gazetteer's own, city by city.
    void namesWithoutOutlinesAreTheWholeGazetteersNames()
    {
        const CityGazetteer &names = CityGazetteer::embeddedNames();
        const CityGazetteer &whole = gazetteer();
        QCOMPARE(names.all().size(), whole.all().size());
        for (int i = 0; i < whole.all().size(); ++i) {
            const CityInfo &n = names.all().at(i);
            const CityInfo &w = whole.all().at(i);
            QCOMPARE(n.code, w.code);
            QCOMPARE(n.name, w.name);
            QCOMPARE(n.fullName, w.fullName);
            QCOMPARE(n.nameEn, w.nameEn);
            QCOMPARE(n.searchSpellings, w.searchSpellings);
            QCOMPARE(n.provinceCode, w.provinceCode);
            QCOMPARE(n.level, w.level);
            QCOMPARE(n.cityFullName, w.cityFullName);
            QCOMPARE(n.labelPoint, w.labelPoint);
            QVERIFY(n.area.polygons.isEmpty()); // skimmed past, not read
            QVERIFY(!w.area.polygons.isEmpty());
        }
        const CityInfo *shanghai = names.find(QStringLiteral("上海市"), 310000);
        QVERIFY(shanghai);
        QCOMPARE(shanghai->level, CityInfo::Level::Municipality);
        QCOMPARE(names.partsOf(*shanghai).size(), 16);
        QCOMPARE(names.cityAt(QGeoCoordinate(30.25, 120.17)), nullptr);
        QCOMPARE(whole.cityAt(QGeoCoordinate(30.25, 120.17))->fullName, QStringLiteral("杭州市"));
    }

    // What the skim cannot take is read whole: the same fault named at the
    // same place, or the same cities.
    void skimmingFallsBackToTheWholeRead_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message"); // empty: read
        QTest::addColumn<bool>("skims");      // taken by the skim itself
        const QByteArray good = feature(QStringLiteral(
            R"({"name": "测试", "fullname": "测试市", "name_en": "Ceshi", "city": "测试市",
            "center": [120.5, 30.5], "level": "city", "province_adcode": 330000,
            "adcode": 330199})"));
        QTest::newRow("cut short")
            << good.left(good.size() - 20)
            << QStringLiteral("t.geojson:5:63: not JSON: invalid termination by number") << false;
        QTest::newRow("trailing bytes")
            << good + "x"
            << QStringLiteral("t.geojson:5:83: not JSON: garbage at the end of the document")
            << false;
        QTest::newRow("not a feature")
            << QByteArray(good).replace("\"Feature\"", "\"Point\"")
            << QStringLiteral("t.geojson: feature #1 (测试): expected \"Feature\", found \"Point\"")
            << false;
        QTest::newRow("geometry first, strings with brackets")
            << QByteArray("{\"features\": [{\"geometry\": {\"type\": \"MultiPolygon\", "
                          "\"note\": \"]}\\\"[\", \"coordinates\": [[[[120, 30], [121, 30], "
                          "[121, 31], [120, 31], [120, 30]]]]}, \"type\": \"Feature\", "
                          "\"properties\": {\"name\": \"Ceshi\", \"fullname\": \"Ceshi City\", "
                          "\"name_en\": \"Ceshi\", \"city\": \"Ceshi City\", \"center\": "
                          "[120.5, 30.5], \"level\": \"city\", \"province_adcode\": 330000, "
                          "\"adcode\": 330199}}], \"type\": \"FeatureCollection\"}")
            << QString() << true;
        QTest::newRow("escaped member name")
            << QByteArray(good).replace("\"properties\"", "\"propert\\u0069es\"") << QString()
            << false;
        QTest::newRow("as written") << good << QString() << true;
    }

    void skimmingFallsBackToTheWholeRead()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(bool, skims);
        QCOMPARE(GeoJson::skimFeatures(json).has_value(), skims);
        const ResultOf<CityGazetteer> whole =
            CityGazetteer::load(json, QStringLiteral("t.geojson"), CityGazetteer::Outlines::Read);
        const ResultOf<CityGazetteer> skimmed =
            CityGazetteer::load(json, QStringLiteral("t.geojson"), CityGazetteer::Outlines::Skip);
        QCOMPARE(whole.message, message);
        QCOMPARE(skimmed.message, message);
        if (message.isEmpty()) {
            QCOMPARE(skimmed.value->all().size(), 1);
            QCOMPARE(skimmed.value->all().first().nameEn, QStringLiteral("Ceshi"));
            QCOMPARE(skimmed.value->all().first().labelPoint, QGeoCoordinate(30.5, 120.5));
        }
    }

    void readsAGoodFeature()
    {
        const ResultOf<CityGazetteer> loaded = CityGazetteer::load(
            feature(QStringLiteral(R"({"name": "测试", "fullname": "测试市", "name_en": "Ceshi",
                "city": "测试市", "center": [120.5, 30.5], "level": "city",
                "province_adcode": 330000, "adcode": 330199})")),
            QStringLiteral("t.geojson"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.value->all().size(), 1);
        QCOMPARE(loaded.value->find(QStringLiteral("ceshi"))->code, 330199);
        QCOMPARE(loaded.value->cityAt(QGeoCoordinate(30.5, 120.5))->fullName,
                 QStringLiteral("测试市"));
    }
};

QTEST_GUILESS_MAIN(TestCityGazetteer)
#include "tst_citygazetteer.moc"
