#include "map/choroplethscene.h"
#include "map/mapgeometry.h"
#include "map/parkmarkers.h"

#include <QGraphicsEllipseItem>
#include <QLineF>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double Pi = 3.14159265358979323846;

// The first versions of ParkMarkers::spread and ParkMarkers::clusters,
// which compare every pair: the reference the grid versions must match.
namespace Reference {

QList<QPointF> spread(const QList<QPointF> &positions, double radius)
{
    QList<QPointF> result = positions;
    QList<bool> placed(positions.size(), false);
    for (int i = 0; i < positions.size(); ++i) {
        if (placed.at(i))
            continue;
        QList<int> group{i};
        for (int j = i + 1; j < positions.size(); ++j) {
            if (!placed.at(j) && QLineF(positions.at(i), positions.at(j)).length() < radius * 1.5)
                group.append(j);
        }
        QPointF centre;
        for (int k : group)
            centre += positions.at(k);
        centre /= double(group.size());
        const int n = int(group.size());
        const double ring = n > 1 ? radius * 1.15 / std::sin(Pi / n) : 0.0;
        for (int k = 0; k < n; ++k) {
            const double angle = -Pi / 2 + 2 * Pi * k / n;
            result[group.at(k)] = centre + ring * QPointF(std::cos(angle), std::sin(angle));
            placed[group.at(k)] = true;
        }
    }
    return result;
}

QList<QList<int>> clusters(const QList<QPointF> &positions, double radius, int minSize)
{
    const int n = int(positions.size());
    QList<int> group(n, -1);
    QList<QList<int>> groups;
    for (int i = 0; i < n; ++i) {
        if (group.at(i) >= 0)
            continue;
        QList<int> members{i};
        group[i] = int(groups.size());
        for (int k = 0; k < members.size(); ++k) {
            for (int j = 0; j < n; ++j) {
                if (group.at(j) < 0 &&
                    QLineF(positions.at(members.at(k)), positions.at(j)).length() < 2.2 * radius) {
                    group[j] = group.at(i);
                    members.append(j);
                }
            }
        }
        std::sort(members.begin(), members.end());
        groups.append(members);
    }
    QList<QList<int>> result;
    for (const QList<int> &g : std::as_const(groups)) {
        if (g.size() >= minSize)
            result.append(g);
    }
    return result;
}

} // namespace Reference

// Points like parks on a 1600×1200 map: piled around a few dozen centres
// (some exactly on them, as parks placed at their city's centre are), or
// spread evenly.
QList<QPointF> points(quint32 seed, int count, bool clustered)
{
    QRandomGenerator random(seed);
    QList<QPointF> centres;
    for (int i = 0; i < 40; ++i)
        centres.append(QPointF(random.bounded(1600.0), random.bounded(1200.0)));
    QList<QPointF> result;
    for (int i = 0; i < count; ++i) {
        if (!clustered) {
            result.append(QPointF(random.bounded(1600.0), random.bounded(1200.0)));
            continue;
        }
        const QPointF centre = centres.at(int(random.bounded(quint32(centres.size()))));
        if (random.bounded(4) == 0) {
            result.append(centre);
            continue;
        }
        // Roughly normal, from the sum of three uniform offsets.
        const auto offset = [&random] {
            return (random.bounded(2.0) + random.bounded(2.0) + random.bounded(2.0) - 3.0) * 12.0;
        };
        result.append(centre + QPointF(offset(), offset()));
    }
    return result;
}

int ellipseItems(const QGraphicsScene &scene)
{
    int count = 0;
    for (const QGraphicsItem *item : scene.items()) {
        if (item->type() == QGraphicsEllipseItem::Type)
            ++count;
    }
    return count;
}

} // namespace

class TestParkMarkers : public QObject
{
    Q_OBJECT

private slots:
    void sameAsReference_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("clustered");
        QTest::addColumn<double>("radius");
        for (double radius : {0.8, 2.5, 4.8, 9.0}) {
            QTest::addRow("clustered r=%g", radius) << quint32(11) << true << radius;
            QTest::addRow("uniform r=%g", radius) << quint32(29) << false << radius;
        }
        QTest::addRow("clustered r=20 other seed") << quint32(5) << true << 20.0;
    }

    void sameAsReference()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, clustered);
        QFETCH(double, radius);
        const QList<QPointF> positions = points(seed, 3000, clustered);

        const QList<QPointF> expectedSpread = Reference::spread(positions, radius);
        const QList<QPointF> spread = ParkMarkers::spread(positions, radius);
        QCOMPARE(spread.size(), positions.size());
        int moved = 0;
        for (int i = 0; i < positions.size(); ++i) {
            // Exactly (QCOMPARE would compare fuzzily): the same groups in
            // the same order give the same sums.
            QVERIFY2(spread.at(i).x() == expectedSpread.at(i).x() &&
                         spread.at(i).y() == expectedSpread.at(i).y(),
                     qPrintable(QStringLiteral("marker %1").arg(i)));
            if (spread.at(i) != positions.at(i))
                ++moved;
        }
        // The sets are dense enough for rings to form.
        QVERIFY2(moved > 0, "no marker was spread: the test set proves nothing");

        // Every group once (the reference's pairwise search is slow), then
        // those of each least size, as the reference would have kept them.
        const QList<QList<int>> all = Reference::clusters(positions, radius, 1);
        int members = 0;
        for (const QList<int> &group : all)
            members += int(group.size());
        QCOMPARE(members, int(positions.size()));
        for (int minSize : {1, 2, 3}) {
            QList<QList<int>> expected;
            for (const QList<int> &group : all) {
                if (group.size() >= minSize)
                    expected.append(group);
            }
            const QList<QList<int>> clusters = ParkMarkers::clusters(positions, radius, minSize);
            QCOMPARE(clusters, expected);
            if (clustered && minSize > 1)
                QVERIFY(!clusters.isEmpty());
        }
    }

    void edgeCases()
    {
        const double nan = std::nan("");
        const double inf = std::numeric_limits<double>::infinity();
        const QList<QPointF> positions{{0, 0},   {0, 0},   {1, 0},     {nan, 0}, {inf, 0},
                                       {inf, 0}, {3e9, 0}, {3e9, 1.0}, {-5, -5}, {0, 0}};
        for (double radius : {0.0, -1.0, 1.0, 2.0, nan, inf}) {
            const QList<QPointF> expected = Reference::spread(positions, radius);
            const QList<QPointF> spread = ParkMarkers::spread(positions, radius);
            for (int i = 0; i < positions.size(); ++i) {
                const QPointF a = spread.at(i);
                const QPointF b = expected.at(i);
                const auto same = [](double x, double y) {
                    return (std::isnan(x) && std::isnan(y)) || x == y;
                };
                QVERIFY2(same(a.x(), b.x()) && same(a.y(), b.y()),
                         qPrintable(QStringLiteral("radius %1, point %2").arg(radius).arg(i)));
            }
            QCOMPARE(ParkMarkers::clusters(positions, radius, 2),
                     Reference::clusters(positions, radius, 2));
        }
        QVERIFY(ParkMarkers::spread({}, 3).isEmpty());
        QVERIFY(ParkMarkers::clusters({}, 3).isEmpty());
        // Three at one place, a fourth within reach of the third only: a
        // chain of overlaps is one cluster.
        const QList<QList<int>> chain =
            ParkMarkers::clusters({{0, 0}, {100, 100}, {0, 0}, {0, 5}, {0, 10}}, 3.0);
        QCOMPARE(chain, QList<QList<int>>({{0, 2, 3, 4}}));
    }

    void hiddenMarkersBuildNothing()
    {
        // 10,000 parks spread over the provinces' label points.
        const MapGeometry &geometry = MapGeometry::embedded();
        QList<ParkRecord> records;
        QRandomGenerator random(3);
        const QList<MapGeometry::Province> &provinces = geometry.provinces();
        for (int i = 0; i < 10000; ++i) {
            const MapGeometry::Province &p =
                provinces.at(int(random.bounded(quint32(provinces.size()))));
            ParkRecord r;
            r.id = QString::number(i);
            r.nameZh = QStringLiteral("园区%1").arg(i);
            r.nameEn = QStringLiteral("Park %1").arg(i);
            r.province = p.fullName;
            r.leadership = i % 2 ? Leadership::Government : Leadership::Enterprise;
            r.lon = 100.0 + random.bounded(20.0);
            r.lat = 22.0 + random.bounded(20.0);
            records.append(r);
        }
        Aggregations::Records pointers;
        for (const ParkRecord &r : std::as_const(records))
            pointers.append(&r);

        ChoroplethScene scene(geometry);
        QVERIFY(!scene.parkMarkersVisible());
        const int itemsWithoutParks = int(scene.items().size());
        scene.setData(pointers, MapMetric::ParkCount, Classification::Method::Jenks, 5, QString(),
                      false, false);
        scene.layoutFor(QSizeF(1600, 1200));
        QCOMPARE(ellipseItems(scene), 0);
        QVERIFY(scene.markers().isEmpty());
        QVERIFY(scene.markerClusters().isEmpty());
        QCOMPARE(scene.markerAt(scene.labelAnchorOf(provinces.constFirst().fullName)), -1);
        // The page's own items only, however many parks.
        QCOMPARE(int(scene.items().size()), itemsWithoutParks);

        scene.setParkMarkersVisible(true);
        QCOMPARE(scene.markers().size(), 10000);
        QCOMPARE(scene.markers().at(42).name, QStringLiteral("园区42"));
        int clustered = 0;
        for (const QList<int> &group : scene.markerClusters())
            clustered += int(group.size());
        QVERIFY(clustered > 0);
        int shown = 0;
        for (const QGraphicsItem *item : scene.items()) {
            if (item->type() == QGraphicsEllipseItem::Type && item->isVisible())
                ++shown;
        }
        QCOMPARE(shown, 10000 - clustered + int(scene.markerClusters().size()));
        QCOMPARE(ellipseItems(scene), 10000 + int(scene.markerClusters().size()));

        // Hidden again, they are dropped; new records while hidden are
        // built only when shown.
        scene.setParkMarkersVisible(false);
        QCOMPARE(ellipseItems(scene), 0);
        pointers.resize(500);
        scene.setData(pointers, MapMetric::ParkCount, Classification::Method::Jenks, 5, QString(),
                      true, false);
        QCOMPARE(ellipseItems(scene), 0);
        scene.setParkMarkersVisible(true);
        QCOMPARE(scene.markers().size(), 500);
        // Built in the language of the last data.
        QCOMPARE(scene.markers().at(7).name, QStringLiteral("Park 7"));
    }

    void cityMapHidesMarkersToo()
    {
        const QString zhejiang = QStringLiteral("浙江省");
        const MapGeometry *cities = MapGeometry::citiesOf(zhejiang);
        QVERIFY(cities);
        QList<ParkRecord> records;
        for (int i = 0; i < 2000; ++i) {
            ParkRecord r;
            r.id = QString::number(i);
            r.nameZh = QStringLiteral("园区%1").arg(i);
            r.province = i % 4 ? zhejiang : QStringLiteral("江苏省");
            r.lon = 120.0 + (i % 50) * 0.02;
            r.lat = 29.0 + (i / 50) * 0.02;
            records.append(r);
        }
        Aggregations::Records pointers;
        for (const ParkRecord &r : std::as_const(records))
            pointers.append(&r);
        ChoroplethScene scene(*cities);
        scene.setData(pointers, MapMetric::ParkCount, Classification::Method::Jenks, 5, QString(),
                      false, false);
        scene.layoutFor(QSizeF(1000, 750));
        QCOMPARE(ellipseItems(scene), 0);
        scene.setParkMarkersVisible(true);
        // The province's parks only.
        QCOMPARE(scene.markers().size(), 1500);
        QCOMPARE(ellipseItems(scene), 1500 + int(scene.markerClusters().size()));
    }
};

QTEST_MAIN(TestParkMarkers)
#include "tst_parkmarkers.moc"
