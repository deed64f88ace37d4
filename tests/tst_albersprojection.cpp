#include "albersprojection.h"

#include <QTest>

#include <cmath>

namespace {

constexpr double Pi = 3.14159265358979323846;

double radians(double degrees)
{
    return degrees * Pi / 180.0;
}

// Snyder, Map Projections: A Working Manual (USGS Professional Paper 1395,
// 1987), eqs. 14-1 to 14-6 for the sphere, written out plainly as a check
// on the class, which rearranges them.
QPointF snyderForward(double lon, double lat, double phi1, double phi2, double lambda0, double phi0,
                      double R)
{
    // 14-6
    const double n = (std::sin(radians(phi1)) + std::sin(radians(phi2))) / 2;
    // 14-5
    const double C = std::pow(std::cos(radians(phi1)), 2) + 2 * n * std::sin(radians(phi1));
    // 14-3 and 14-3a
    const double rho = R * std::sqrt(C - 2 * n * std::sin(radians(lat))) / n;
    const double rho0 = R * std::sqrt(C - 2 * n * std::sin(radians(phi0))) / n;
    // 14-4
    const double theta = n * radians(lon - lambda0);
    // 14-1 and 14-2
    return {rho * std::sin(theta), rho0 - rho * std::cos(theta)};
}

// Area enclosed by a projected cell, by the shoelace formula. The parallels
// are curves on the map, so they are followed closely.
double projectedCellArea(const AlbersProjection &p, double west, double south, double size)
{
    const int steps = 200;
    QList<QPointF> ring;
    for (int i = 0; i <= steps; ++i)
        ring.append(p.forward(west + size * i / steps, south));
    for (int i = steps; i >= 0; --i)
        ring.append(p.forward(west + size * i / steps, south + size));
    double twice = 0;
    for (int i = 0; i < ring.size(); ++i) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at((i + 1) % ring.size());
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

} // namespace

class TestAlbersProjection : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const AlbersProjection p;
        QCOMPARE(p.standardParallel1(), 25.0);
        QCOMPARE(p.standardParallel2(), 47.0);
        QCOMPARE(p.centralMeridian(), 105.0);
        QCOMPARE(p.originLatitude(), 0.0);
        QCOMPARE(p.radius(), AlbersProjection::AuthalicRadius);
    }

    // The worked example of Snyder (p. 292): a unit sphere, standard
    // parallels 29.5 and 45.5 N, origin 23 N 96 W; 35 N 75 W projects to
    // x = 0.2952720, y = 0.2416774.
    void snyderWorkedExample()
    {
        const AlbersProjection p(29.5, 45.5, -96.0, 23.0, 1.0);
        const QPointF xy = p.forward(-75.0, 35.0);
        QVERIFY2(std::abs(xy.x() - 0.2952720) < 5e-8, qPrintable(QString::number(xy.x(), 'f', 9)));
        QVERIFY2(std::abs(xy.y() - 0.2416774) < 5e-8, qPrintable(QString::number(xy.y(), 'f', 9)));
        const QPointF lonLat = p.inverse(QPointF(0.2952720, 0.2416774));
        QVERIFY(std::abs(lonLat.x() - -75.0) < 1e-5);
        QVERIFY(std::abs(lonLat.y() - 35.0) < 1e-5);
    }

    void matchesTextbookFormulas_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("Hangzhou") << 120.15 << 30.27;
        QTest::newRow("Kashgar") << 75.99 << 39.47;
        QTest::newRow("Mohe") << 122.53 << 52.97;
        QTest::newRow("Sanya") << 109.51 << 18.25;
        QTest::newRow("origin") << 105.0 << 0.0;
    }

    void matchesTextbookFormulas()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        const AlbersProjection p;
        const QPointF expected =
            snyderForward(lon, lat, 25.0, 47.0, 105.0, 0.0, AlbersProjection::AuthalicRadius);
        const QPointF actual = p.forward(lon, lat);
        // A micrometre, on coordinates of thousands of kilometres.
        QVERIFY(std::abs(actual.x() - expected.x()) < 1e-6);
        QVERIFY(std::abs(actual.y() - expected.y()) < 1e-6);
    }

    void hangzhouReferenceValue()
    {
        // The same point, to the metre, as a figure anyone can recompute
        // from the formulas above with a pocket calculator.
        const QPointF xy = AlbersProjection().forward(120.15, 30.27);
        QCOMPARE(std::round(xy.x()), 1431189.0);
        QCOMPARE(std::round(xy.y()), 3325638.0);
    }

    void centralMeridianIsTheYAxis_data()
    {
        QTest::addColumn<double>("lat");
        QTest::newRow("equator") << 0.0;
        QTest::newRow("Hainan") << 18.0;
        QTest::newRow("standard parallel") << 25.0;
        QTest::newRow("Mohe") << 53.5;
    }

    void centralMeridianIsTheYAxis()
    {
        QFETCH(double, lat);
        const AlbersProjection p;
        const QPointF xy = p.forward(105.0, lat);
        QCOMPARE(xy.x(), 0.0);
        // The origin latitude is the x axis; north is up.
        QCOMPARE(p.forward(105.0, 0.0).y(), 0.0);
        if (lat > 0)
            QVERIFY(xy.y() > 0);
    }

    void symmetricAboutTheCentralMeridian()
    {
        const AlbersProjection p;
        for (double d : {1.0, 10.0, 31.0}) {
            const QPointF east = p.forward(105.0 + d, 35.0);
            const QPointF west = p.forward(105.0 - d, 35.0);
            QVERIFY(east.x() > 0);
            QCOMPARE(west.x(), -east.x());
            QCOMPARE(west.y(), east.y());
        }
    }

    void longitudesWrap()
    {
        const AlbersProjection p;
        const QPointF a = p.forward(120.0, 30.0);
        const QPointF b = p.forward(120.0 - 360.0, 30.0);
        QVERIFY(std::abs(a.x() - b.x()) < 1e-6);
        QVERIFY(std::abs(a.y() - b.y()) < 1e-6);
    }

    void roundTripOverChina()
    {
        const AlbersProjection p;
        double worst = 0;
        QPointF worstAt;
        int count = 0;
        for (double lat = 3.0; lat <= 54.0; lat += 0.25) {
            for (double lon = 73.0; lon <= 136.0; lon += 0.25) {
                const QPointF back = p.inverse(p.forward(lon, lat));
                const double error = std::max(std::abs(back.x() - lon), std::abs(back.y() - lat));
                if (error > worst) {
                    worst = error;
                    worstAt = QPointF(lon, lat);
                }
                ++count;
            }
        }
        QCOMPARE(count, 205 * 253);
        QVERIFY2(worst < 1e-9, qPrintable(QStringLiteral("%1 degrees off at %2, %3")
                                              .arg(worst)
                                              .arg(worstAt.x())
                                              .arg(worstAt.y())));
    }

    void roundTripSouthernCone()
    {
        // Standard parallels south of the equator make the cone constant n
        // negative, which flips the signs in the inverse.
        const AlbersProjection p(-18.0, -36.0, 132.0, -30.0);
        for (double lat = -44.0; lat <= -10.0; lat += 2.0) {
            for (double lon = 112.0; lon <= 154.0; lon += 2.0) {
                const QPointF back = p.inverse(p.forward(lon, lat));
                QVERIFY(std::abs(back.x() - lon) < 1e-9);
                QVERIFY(std::abs(back.y() - lat) < 1e-9);
            }
        }
        QVERIFY(p.forward(132.0, -20.0).y() > 0); // north still up
    }

    void trueScaleOnStandardParallels_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("comparedToOne"); // -1 shrunk, 0 true, 1 stretched
        QTest::newRow("25N") << 25.0 << 0;
        QTest::newRow("47N") << 47.0 << 0;
        QTest::newRow("36N, between") << 36.0 << -1;
        QTest::newRow("10N, outside") << 10.0 << 1;
        QTest::newRow("53N, outside") << 53.0 << 1;
    }

    void trueScaleOnStandardParallels()
    {
        QFETCH(double, lat);
        QFETCH(int, comparedToOne);
        const AlbersProjection p;
        const double step = 1e-4; // degrees of longitude
        const QPointF a = p.forward(110.0, lat);
        const QPointF b = p.forward(110.0 + step, lat);
        const double onMap = std::hypot(b.x() - a.x(), b.y() - a.y());
        const double onSphere =
            AlbersProjection::AuthalicRadius * std::cos(radians(lat)) * radians(step);
        const double scale = onMap / onSphere;
        if (comparedToOne == 0)
            QVERIFY2(std::abs(scale - 1.0) < 1e-7, qPrintable(QString::number(scale, 'f', 10)));
        else
            QVERIFY2((scale - 1.0) * comparedToOne > 1e-4, qPrintable(QString::number(scale)));
    }

    void preservesArea_data()
    {
        QTest::addColumn<double>("west");
        QTest::addColumn<double>("south");
        QTest::newRow("Hainan") << 109.0 << 18.0;
        QTest::newRow("Beijing") << 116.0 << 39.0;
        QTest::newRow("Heilongjiang") << 126.0 << 52.0;
        QTest::newRow("Pamirs") << 74.0 << 38.0;
    }

    void preservesArea()
    {
        QFETCH(double, west);
        QFETCH(double, south);
        const AlbersProjection p;
        const double R = AlbersProjection::AuthalicRadius;
        // A one-degree cell of the sphere: R² Δλ (sin φ2 − sin φ1).
        const double onSphere =
            R * R * radians(1.0) * (std::sin(radians(south + 1.0)) - std::sin(radians(south)));
        const double onMap = projectedCellArea(p, west, south, 1.0);
        QVERIFY2(std::abs(onMap / onSphere - 1.0) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2 m²").arg(onMap).arg(onSphere)));
    }
};

QTEST_APPLESS_MAIN(TestAlbersProjection)
#include "tst_albersprojection.moc"
