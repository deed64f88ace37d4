#include "parkstore.h"
#include "provincegeometry.h"
#include "provinces.h"

#include <QSet>
#include <QTest>

namespace {

const QString Source = QStringLiteral("china.geojson");

const QByteArray ZhejiangProperties =
    R"({"adcode":330000,"name":"浙江","fullname":"浙江省","name_en":"Zhejiang","center":[120,30]})";
const QByteArray Square =
    R"({"type":"MultiPolygon","coordinates":[[[[119,29],[121,29],[121,31],[119,31],[119,29]]]]})";

QByteArray feature(const QByteArray &properties, const QByteArray &geometry)
{
    return R"({"type":"Feature","properties":)" + properties + R"(,"geometry":)" + geometry + "}";
}

QByteArray collection(const QByteArray &features)
{
    return R"({"type":"FeatureCollection","features":[)" + features + "]}";
}

// A collection of one feature with the given geometry.
QByteArray withGeometry(const QByteArray &geometry)
{
    return collection(feature(ZhejiangProperties, geometry));
}

// A collection of one feature whose properties are the given members plus
// a valid geometry.
QByteArray withProperties(const QByteArray &members)
{
    return collection(feature("{" + members + "}", Square));
}

} // namespace

class TestProvinceGeometry : public QObject
{
    Q_OBJECT

private:
    std::optional<ProvinceGeometry> m_geometry;

private slots:
    void initTestCase()
    {
        const ResultOf<ProvinceGeometry> loaded = ProvinceGeometry::loadEmbedded();
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.status, Result::Status::Ok);
        QVERIFY(loaded.message.isEmpty());
        m_geometry = loaded.value;
    }

    void embeddedHasAllDivisionsAndTheInset()
    {
        QCOMPARE(m_geometry->shapes().size(), 35);
        const QList<const ProvinceShape *> provinces = m_geometry->provinces();
        QCOMPARE(provinces.size(), 34);

        QSet<int> codes;
        for (const ProvinceShape *shape : provinces) {
            QVERIFY(!shape->inset);
            codes.insert(shape->code);
            // The file's names agree with the app's list of divisions.
            const ProvinceInfo *info = Provinces::byCode(shape->code);
            QVERIFY2(info, qPrintable(shape->fullName));
            QCOMPARE(shape->fullName, info->fullName);
            QCOMPARE(shape->name, info->shortName);
            QCOMPARE(shape->nameEn, info->englishName);
        }
        QCOMPARE(codes.size(), 34);

        const ProvinceShape *inset = m_geometry->inset();
        QVERIFY(inset);
        QVERIFY(inset->inset);
        QCOMPARE(inset->code, 0);
        QCOMPARE(inset->name, QStringLiteral("南海诸岛"));
        QCOMPARE(inset->nameEn, QStringLiteral("South China Sea Islands"));
    }

    void everyShapeHasValidPolygonsAndBounds()
    {
        for (const ProvinceShape &shape : m_geometry->shapes()) {
            const char *name = qPrintable(shape.fullName);
            QVERIFY2(!shape.polygons.isEmpty(), name);
            QCOMPARE(shape.polygonBounds.size(), shape.polygons.size());
            QVERIFY2(shape.bounds.isValid(), name);
            QVERIFY2(shape.labelPoint.isValid(), name);
            for (int i = 0; i < shape.polygons.size(); ++i) {
                const QGeoPolygon &polygon = shape.polygons.at(i);
                QVERIFY2(polygon.isValid(), name);
                QVERIFY2(polygon.size() >= 3, name);
                // The closing position of the GeoJSON ring is not repeated.
                QVERIFY2(polygon.perimeter().constFirst() != polygon.perimeter().constLast(), name);
                for (const QGeoCoordinate &c : polygon.perimeter()) {
                    QVERIFY2(shape.polygonBounds.at(i).contains(c), name);
                    QVERIFY2(shape.bounds.contains(c), name);
                }
            }
            if (!shape.inset)
                QVERIFY2(shape.bounds.contains(shape.labelPoint), name);
        }
        const QGeoRectangle china = m_geometry->bounds();
        QVERIFY(china.isValid());
        QVERIFY(china.contains(QGeoCoordinate(39.9042, 116.4074)));
        // From the Pamirs to the Wusuli, from the Nansha islands to the Heilong.
        QVERIFY(china.topLeft().longitude() < 74);
        QVERIFY(china.bottomRight().longitude() > 134);
        QVERIFY(china.topLeft().latitude() > 53);
    }

    void provinceAt_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("code"); // 0 for none

        QTest::newRow("Hangzhou") << 30.27 << 120.15 << 330000;
        QTest::newRow("Guangzhou") << 23.13 << 113.26 << 440000;
        QTest::newRow("Haikou") << 20.04 << 110.20 << 460000;
        QTest::newRow("Beijing") << 39.9042 << 116.4074 << 110000;
        QTest::newRow("Shanghai") << 31.23 << 121.47 << 310000;
        QTest::newRow("Lhasa") << 29.65 << 91.10 << 540000;
        QTest::newRow("Urumqi") << 43.83 << 87.62 << 650000;
        QTest::newRow("Harbin") << 45.75 << 126.63 << 230000;
        QTest::newRow("Taipei") << 25.03 << 121.56 << 710000;
        QTest::newRow("Hong Kong") << 22.28 << 114.16 << 810000;
        // Inside Guangdong's simplified outline too: the enclave wins.
        QTest::newRow("Macao") << 22.19 << 113.54 << 820000;
        QTest::newRow("East China Sea") << 30.0 << 125.0 << 0;
        QTest::newRow("Seoul") << 37.57 << 126.98 << 0;
        QTest::newRow("Hanoi") << 21.03 << 105.85 << 0;
        QTest::newRow("Ulaanbaatar") << 47.92 << 106.92 << 0;
        QTest::newRow("south pole") << -90.0 << 0.0 << 0;
    }

    void provinceAt()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, code);
        const ProvinceShape *shape = m_geometry->provinceAt(QGeoCoordinate(lat, lon));
        QCOMPARE(shape ? shape->code : 0, code);
    }

    void provinceAtLeavesOutTheInset()
    {
        // An island drawn inside the inset's frame.
        const QGeoCoordinate onInset(23.65, 127.4);
        QVERIFY(m_geometry->inset()->contains(onInset));
        QCOMPARE(m_geometry->provinceAt(onInset), nullptr);
        QCOMPARE(m_geometry->provinceAt(QGeoCoordinate()), nullptr);
    }

    void find_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("fullName"); // empty for no match

        const QString zhejiang = QStringLiteral("浙江省");
        QTest::newRow("short") << QStringLiteral("浙江") << zhejiang;
        QTest::newRow("full") << QStringLiteral("浙江省") << zhejiang;
        QTest::newRow("English") << QStringLiteral("Zhejiang") << zhejiang;
        QTest::newRow("English any case") << QStringLiteral(" zheJIANG ") << zhejiang;
        QTest::newRow("code") << QStringLiteral("330000") << zhejiang;
        QTest::newRow("alternative spelling")
            << QStringLiteral("Macau") << QStringLiteral("澳门特别行政区");
        QTest::newRow("inset Chinese") << QStringLiteral("南海诸岛") << QStringLiteral("南海诸岛");
        QTest::newRow("inset English")
            << QStringLiteral("south china sea islands") << QStringLiteral("南海诸岛");
        QTest::newRow("unknown") << QStringLiteral("火星") << QString();
        QTest::newRow("unknown code") << QStringLiteral("990000") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void find()
    {
        QFETCH(QString, query);
        QFETCH(QString, fullName);
        const ProvinceShape *shape = m_geometry->find(query);
        QCOMPARE(shape ? shape->fullName : QString(), fullName);
    }

    void byCode()
    {
        QCOMPARE(m_geometry->byCode(440000)->name, QStringLiteral("广东"));
        QCOMPARE(m_geometry->byCode(820000)->nameEn, QStringLiteral("Macao"));
        QCOMPARE(m_geometry->byCode(0), nullptr); // the inset has no code
        QCOMPARE(m_geometry->byCode(990000), nullptr);
    }

    void parksLieInTheirOwnProvince()
    {
        const LoadResult parks = ParkStore::loadFile(ParkStore::EmbeddedPath);
        QVERIFY(parks.isUsable());
        int located = 0;
        for (const ParkRecord &park : parks.document.parks) {
            if (!park.hasLocation())
                continue;
            ++located;
            const ProvinceShape *shape =
                m_geometry->provinceAt(QGeoCoordinate(*park.lat, *park.lon));
            const QString found = shape ? shape->fullName : QStringLiteral("nowhere");
            QVERIFY2(found == park.province,
                     qPrintable(QStringLiteral("%1 (%2, %3) is in %4, its record says %5")
                                    .arg(park.id)
                                    .arg(*park.lat)
                                    .arg(*park.lon)
                                    .arg(found, park.province)));
        }
        QVERIFY(located >= 20);
    }

    void readsPolygonsWithHoles()
    {
        const QByteArray json = withGeometry(R"({"type":"Polygon","coordinates":[)"
                                             R"([[100,20],[110,20],[110,30],[100,30],[100,20]],)"
                                             R"([[104,24],[106,24],[106,26],[104,26],[104,24]]]})");
        const ResultOf<ProvinceGeometry> g = ProvinceGeometry::load(json, Source);
        QVERIFY2(g.ok(), qPrintable(g.message));
        const ProvinceShape &shape = g->shapes().constFirst();
        QCOMPARE(shape.polygons.size(), 1);
        QCOMPARE(shape.polygons.constFirst().size(), 4);
        QCOMPARE(shape.polygons.constFirst().holesCount(), 1);
        QCOMPARE(shape.bounds, QGeoRectangle(QGeoCoordinate(30, 100), QGeoCoordinate(20, 110)));
        QCOMPARE(shape.labelPoint, QGeoCoordinate(30, 120));
        QCOMPARE(g->provinceAt(QGeoCoordinate(22, 102)), &shape);
        QCOMPARE(g->provinceAt(QGeoCoordinate(25, 105)), nullptr); // in the hole
        QCOMPARE(g->provinceAt(QGeoCoordinate(35, 105)), nullptr);
    }

    void skipsCollapsedRings()
    {
        // Three positions running to a point and back, as coordinate
        // rounding leaves of small islands.
        const QByteArray json = withGeometry(R"({"type":"MultiPolygon","coordinates":[)"
                                             R"([[[121.5,28.07],[121.53,28.1],[121.5,28.07]]],)"
                                             R"([[[100,20],[110,20],[110,30],[100,30],[100,20]],)"
                                             R"([[104,24],[106,24],[104,24]]]]})");
        const ResultOf<ProvinceGeometry> g = ProvinceGeometry::load(json, Source);
        QVERIFY2(g.ok(), qPrintable(g.message));
        const ProvinceShape &shape = g->shapes().constFirst();
        QCOMPARE(shape.polygons.size(), 1);
        QCOMPARE(shape.polygonBounds.size(), 1);
        QCOMPARE(shape.polygons.constFirst().holesCount(), 0);
        QCOMPARE(shape.bounds, QGeoRectangle(QGeoCoordinate(30, 100), QGeoCoordinate(20, 110)));
    }

    void acceptsByteOrderMark()
    {
        const ResultOf<ProvinceGeometry> g =
            ProvinceGeometry::load("\xEF\xBB\xBF" + withGeometry(Square), Source);
        QVERIFY2(g.ok(), qPrintable(g.message));
        QCOMPARE(g->shapes().size(), 1);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");

        const QByteArray beijing = feature(
            R"({"adcode":110000,"name":"北京","fullname":"北京市","name_en":"Beijing","center":[116.4,39.9]})",
            Square);
        const QByteArray tianjin = feature(
            R"({"adcode":120000,"name":"天津","fullname":"天津市","name_en":"Tianjin","center":[117.2,39.1]})",
            Square);
        const QByteArray hebeiAsPoint = feature(
            R"({"adcode":130000,"name":"河北","fullname":"河北省","name_en":"Hebei","center":[114.5,38]})",
            R"({"type":"Point","coordinates":[114.5,38]})");
        const QByteArray zhejiang = feature(ZhejiangProperties, Square);
        const QByteArray zjPrefix = R"("name":"浙江","fullname":"浙江省","name_en":"Zhejiang")";

        // The unquoted name is taken for a number; line 2, column 11 is its F.
        QTest::newRow("not JSON") << QByteArray("{\n  \"type\": FeatureCollection,\n"
                                                "  \"features\": []\n}")
                                  << QStringLiteral("china.geojson:2:11: not JSON: illegal number");
        // Qt places this error just after the x; the column counts 浙江 as
        // two characters, not six bytes (which would give 21).
        QTest::newRow("not JSON after multibyte text")
            << QByteArray("{\"name\": \"浙江\", x}")
            << QStringLiteral("china.geojson:1:17: not JSON: unterminated object");
        QTest::newRow("top level array")
            << QByteArray("[]")
            << QStringLiteral("china.geojson: expected \"FeatureCollection\", "
                              "found []");
        QTest::newRow("single feature")
            << zhejiang
            << QStringLiteral("china.geojson: expected \"FeatureCollection\", found \"Feature\"");
        QTest::newRow("no type") << QByteArray("{}")
                                 << QStringLiteral("china.geojson: expected \"FeatureCollection\", "
                                                   "found no \"type\"");
        QTest::newRow("features not an array")
            << QByteArray(R"({"type":"FeatureCollection","features":{}})")
            << QStringLiteral("china.geojson: \"features\": expected an array, found an object");
        QTest::newRow("no features")
            << collection({}) << QStringLiteral("china.geojson: \"features\": no features");
        QTest::newRow("feature not an object")
            << collection(zhejiang + ",5")
            << QStringLiteral("china.geojson: feature #2: expected \"Feature\", found 5");
        QTest::newRow("wrong feature type")
            << collection(R"({"type":"Feture","properties":{"name":"浙江"}})")
            << QStringLiteral("china.geojson: feature #1 (浙江): expected \"Feature\", found "
                              "\"Feture\"");
        QTest::newRow("geometry is a point")
            << collection(beijing + "," + tianjin + "," + hebeiAsPoint)
            << QStringLiteral("china.geojson: feature #3 (河北): geometry: expected \"Polygon\" or "
                              "\"MultiPolygon\", found \"Point\"");
        QTest::newRow("no properties")
            << collection(R"({"type":"Feature","geometry":null})")
            << QStringLiteral("china.geojson: feature #1: properties: expected an object, found "
                              "nothing");
        QTest::newRow("no name")
            << withProperties(R"("adcode":330000,"fullname":"浙江省")")
            << QStringLiteral("china.geojson: feature #1: properties: \"name\": expected a "
                              "string, found nothing");
        QTest::newRow("empty name")
            << withProperties(R"("adcode":330000,"name":" ")")
            << QStringLiteral("china.geojson: feature #1: properties: \"name\": is empty");
        QTest::newRow("no full name")
            << withProperties(R"("adcode":330000,"name":"浙江","name_en":"Zhejiang")")
            << QStringLiteral("china.geojson: feature #1 (浙江): properties: \"fullname\": "
                              "expected a string, found nothing");
        QTest::newRow("English name not a string")
            << withProperties(R"("adcode":330000,"name":"浙江","fullname":"浙江省","name_en":42)")
            << QStringLiteral("china.geojson: feature #1 (浙江): properties: \"name_en\": "
                              "expected a string, found 42");
        QTest::newRow("no code") << withProperties(zjPrefix + R"(,"center":[120,30])")
                                 << QStringLiteral(
                                        "china.geojson: feature #1 (浙江): properties: \"adcode\": "
                                        "expected a GB/T 2260 code, found nothing");
        QTest::newRow("null code outside the inset")
            << withProperties(zjPrefix + R"(,"adcode":null,"center":[120,30])")
            << QStringLiteral("china.geojson: feature #1 (浙江): properties: \"adcode\": "
                              "expected a GB/T 2260 code, found null");
        QTest::newRow("code as a string")
            << withProperties(zjPrefix + R"(,"adcode":"330000","center":[120,30])")
            << QStringLiteral("china.geojson: feature #1 (浙江): properties: \"adcode\": "
                              "expected a GB/T 2260 code, found \"330000\"");
        QTest::newRow("unknown code")
            << withProperties(zjPrefix + R"(,"adcode":990000,"center":[120,30])")
            << QStringLiteral("china.geojson: feature #1 (浙江): properties: \"adcode\": "
                              "990000 is not the code of a provincial-level division");
        QTest::newRow("fractional code")
            << withProperties(zjPrefix + R"(,"adcode":330000.5,"center":[120,30])")
            << QStringLiteral("china.geojson: feature #1 (浙江): properties: \"adcode\": "
                              "330000.5 is not the code of a provincial-level division");
        QTest::newRow("repeated code")
            << collection(zhejiang + "," + zhejiang)
            << QStringLiteral("china.geojson: feature #2 (浙江): properties: \"adcode\": "
                              "330000 repeats feature #1");
        QTest::newRow("inset not a boolean")
            << withProperties(zjPrefix + R"(,"adcode":330000,"inset":"yes","center":[120,30])")
            << QStringLiteral("china.geojson: feature #1 (浙江): properties: \"inset\": "
                              "expected true or false, found \"yes\"");
        QTest::newRow("no center")
            << withProperties(zjPrefix + R"(,"adcode":330000)")
            << QStringLiteral("china.geojson: feature #1 (浙江): properties: \"center\": "
                              "expected [longitude, latitude], found nothing");
        QTest::newRow("center out of range")
            << withProperties(zjPrefix + R"(,"adcode":330000,"center":[200,30])")
            << QStringLiteral("china.geojson: feature #1 (浙江): properties: \"center\": "
                              "longitude 200 is out of range [-180, 180]");
        QTest::newRow("no geometry")
            << collection(R"({"type":"Feature","properties":)" + ZhejiangProperties + "}")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: expected an object, "
                              "found nothing");
        QTest::newRow("no coordinates")
            << withGeometry(R"({"type":"MultiPolygon"})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: \"coordinates\": "
                              "expected an array, found nothing");
        QTest::newRow("no polygons")
            << withGeometry(R"({"type":"MultiPolygon","coordinates":[]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: \"coordinates\": no "
                              "polygons");
        QTest::newRow("polygon not an array")
            << withGeometry(R"({"type":"MultiPolygon","coordinates":[5]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: polygon #1: expected "
                              "an array of rings, found 5");
        QTest::newRow("polygon without rings")
            << withGeometry(R"({"type":"MultiPolygon","coordinates":[[]]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: polygon #1: no rings");
        QTest::newRow("ring not an array")
            << withGeometry(R"({"type":"Polygon","coordinates":[true]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: ring #1: expected an "
                              "array of positions, found true");
        QTest::newRow("short ring in second polygon")
            << withGeometry(R"({"type":"MultiPolygon","coordinates":[)"
                            R"([[[119,29],[121,29],[121,31],[119,29]]],)"
                            R"([[[119,29],[121,29],[121,31]]]]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: polygon #2, ring #1: "
                              "a ring needs at least 4 positions, found 3");
        QTest::newRow("short hole")
            << withGeometry(R"({"type":"Polygon","coordinates":[)"
                            R"([[119,29],[121,29],[121,31],[119,29]],)"
                            R"([[120,30],[120.5,30]]]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: ring #2: a ring needs "
                              "at least 4 positions, found 2");
        QTest::newRow("only collapsed polygons")
            << withGeometry(R"({"type":"MultiPolygon","coordinates":[)"
                            R"([[[119,29],[121,29],[119,29]]]]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: no polygon encloses an "
                              "area");
        QTest::newRow("text coordinate")
            << withGeometry(R"({"type":"Polygon","coordinates":[)"
                            R"([[119,29],[121,"29"],[121,31],[119,29]]]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: ring #1, position #2: "
                              "expected [longitude, latitude], found [121,\"29\"]");
        QTest::newRow("position with one number")
            << withGeometry(R"({"type":"Polygon","coordinates":[)"
                            R"([[119,29],[121,29],[121],[119,29]]]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: ring #1, position #3: "
                              "expected [longitude, latitude], found [121]");
        QTest::newRow("latitude out of range")
            << withGeometry(R"({"type":"MultiPolygon","coordinates":[)"
                            R"([[[119,29],[121,29],[121,95],[119,29]]]]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: polygon #1, ring #1, "
                              "position #3: latitude 95 is out of range [-90, 90]");
        QTest::newRow("longitude out of range")
            << withGeometry(R"({"type":"MultiPolygon","coordinates":[)"
                            R"([[[119,29],[190.5,29],[121,31],[119,29]]]]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: polygon #1, ring #1, "
                              "position #2: longitude 190.5 is out of range [-180, 180]");
        QTest::newRow("ring not closed")
            << withGeometry(R"({"type":"MultiPolygon","coordinates":[)"
                            R"([[[119,29],[121,29],[121,31],[119,31]]]]})")
            << QStringLiteral("china.geojson: feature #1 (浙江): geometry: polygon #1, ring #1: "
                              "not closed: the last position differs from the first");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const ResultOf<ProvinceGeometry> g = ProvinceGeometry::load(json, Source);
        QVERIFY(!g.value.has_value());
        QCOMPARE(g.status, Result::Status::Failed);
        QCOMPARE(g.message, message);
    }

    void unreadableFile()
    {
        const QString path = QStringLiteral("/nonexistent/china.geojson");
        const ResultOf<ProvinceGeometry> g = ProvinceGeometry::loadFile(path);
        QVERIFY(!g.ok());
        QVERIFY2(g.message.startsWith(path + QStringLiteral(": cannot be read: ")),
                 qPrintable(g.message));
    }

    void insetMayHaveNoCode()
    {
        const QByteArray json = collection(
            feature(R"({"adcode":null,"name":"南海诸岛","fullname":"南海诸岛",)"
                    R"("name_en":"South China Sea Islands","inset":true,"center":[126,25]})",
                    Square));
        const ResultOf<ProvinceGeometry> g = ProvinceGeometry::load(json, Source);
        QVERIFY2(g.ok(), qPrintable(g.message));
        QVERIFY(g->inset());
        QVERIFY(g->provinces().isEmpty());
        QCOMPARE(g->provinceAt(QGeoCoordinate(30, 120)), nullptr);
    }
};

QTEST_APPLESS_MAIN(TestProvinceGeometry)
#include "tst_provincegeometry.moc"
