#include "classification.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

using Classification::Method;
using Values = QList<double>;

Q_DECLARE_METATYPE(Classification::Method)
Q_DECLARE_METATYPE(Classification::Palette)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

bool fuzzyEqual(const Values &a, const Values &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (std::abs(a.at(i) - b.at(i)) > 1e-9 * std::max(1.0, std::abs(b.at(i))))
            return false;
    }
    return true;
}

QString show(const Values &values)
{
    QStringList parts;
    for (double v : values)
        parts.append(QString::number(v, 'g', 12));
    return QStringLiteral("{%1}").arg(parts.join(QStringLiteral(", ")));
}

// Within-class sum of squared deviations of sorted values cut after the
// given end indices (exclusive).
double squaredDeviations(const Values &sorted, const QList<int> &ends)
{
    double total = 0;
    int begin = 0;
    for (int end : ends) {
        double mean = 0;
        for (int i = begin; i < end; ++i)
            mean += sorted.at(i);
        mean /= end - begin;
        for (int i = begin; i < end; ++i)
            total += (sorted.at(i) - mean) * (sorted.at(i) - mean);
        begin = end;
    }
    return total;
}

// The least sum over every way to cut sorted values into k classes.
double bruteForceOptimum(const Values &sorted, int k)
{
    const int n = int(sorted.size());
    double best = Inf;
    QList<int> ends(k);
    ends[k - 1] = n;
    // Enumerates the k - 1 cut positions in increasing order.
    std::function<void(int, int)> choose = [&](int index, int from) {
        if (index == k - 1) {
            best = std::min(best, squaredDeviations(sorted, ends));
            return;
        }
        for (int cut = from; cut <= n - (k - 1 - index); ++cut) {
            ends[index] = cut;
            choose(index + 1, cut + 1);
        }
    };
    choose(0, 1);
    return best;
}

} // namespace

class TestClassification : public QObject
{
    Q_OBJECT

private slots:
    void equalInterval_data()
    {
        QTest::addColumn<Values>("values");
        QTest::addColumn<int>("classes");
        QTest::addColumn<Values>("expected");

        QTest::newRow("width 2") << Values{0, 10, 3, 7, 5} << 5 << Values{2, 4, 6, 8, 10};
        QTest::newRow("thirds") << Values{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 3 << Values{4, 7, 10};
        QTest::newRow("negative") << Values{-5, 5, 0} << 2 << Values{0, 5};
        QTest::newRow("zeros and counts")
            << Values{0, 0, 0, 0, 2, 4, 6, 8} << 4 << Values{2, 4, 6, 8};
        QTest::newRow("fractional")
            << Values{0.5, 1.0, 2.0} << 3 << Values{0.5 + 1.5 / 3, 0.5 + 3.0 / 3, 2.0};
    }

    void equalInterval()
    {
        QFETCH(Values, values);
        QFETCH(int, classes);
        QFETCH(Values, expected);
        const Values actual = Classification::equalIntervalBreaks(values, classes);
        QVERIFY2(fuzzyEqual(actual, expected), qPrintable(show(actual)));
        QCOMPARE(actual.constLast(), *std::max_element(values.cbegin(), values.cend()));
    }

    void quantile_data()
    {
        QTest::addColumn<Values>("values");
        QTest::addColumn<int>("classes");
        QTest::addColumn<Values>("expected");

        // Positions i/k * (n - 1) into the sorted values, interpolated.
        QTest::newRow("quartiles of 1..10")
            << Values{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 4 << Values{3.25, 5.5, 7.75, 10};
        QTest::newRow("median, unsorted") << Values{9, 1, 5, 3, 7} << 2 << Values{5, 9};
        QTest::newRow("tertiles of 6") << Values{10, 20, 30, 40, 50, 60} << 3
                                       << Values{10 + 10 * 5.0 / 3, 10 + 10 * 10.0 / 3, 60};
        // The first two quartiles are both 0 and merge.
        QTest::newRow("many zeros")
            << Values{0, 0, 0, 0, 0, 0, 1, 2, 3, 4} << 4 << Values{0, 1.75, 4};
    }

    void quantile()
    {
        QFETCH(Values, values);
        QFETCH(int, classes);
        QFETCH(Values, expected);
        const Values actual = Classification::quantileBreaks(values, classes);
        QVERIFY2(fuzzyEqual(actual, expected), qPrintable(show(actual)));
    }

    void jenks_data()
    {
        QTest::addColumn<Values>("values");
        QTest::addColumn<int>("classes");
        QTest::addColumn<Values>("expected");

        QTest::newRow("three clusters")
            << Values{1, 2, 3, 10, 11, 12, 20, 21, 22} << 3 << Values{3, 12, 22};
        QTest::newRow("three clusters, shuffled")
            << Values{21, 3, 12, 1, 22, 10, 2, 20, 11} << 3 << Values{3, 12, 22};
        QTest::newRow("outlier") << Values{1, 2, 4, 5, 20} << 2 << Values{5, 20};
        QTest::newRow("zeros") << Values{0, 0, 0, 0, 1, 1, 5, 6} << 2 << Values{1, 6};
        QTest::newRow("four classes with ties")
            << Values{1, 1, 2, 2, 8, 9, 20, 21, 50} << 4 << Values{2, 9, 21, 50};
        QTest::newRow("as many distinct values as classes")
            << Values{1, 5, 9, 5, 1} << 3 << Values{1, 5, 9};
        QTest::newRow("large close values")
            << Values{1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 10, 1e9 + 11, 1e9 + 12} << 2
            << Values{1e9 + 3, 1e9 + 12};
    }

    void jenks()
    {
        QFETCH(Values, values);
        QFETCH(int, classes);
        QFETCH(Values, expected);
        const Values actual = Classification::jenksBreaks(values, classes);
        QCOMPARE(actual, expected);
    }

    void jenksIsOptimal_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("classes");
        for (quint32 seed = 1; seed <= 12; ++seed) {
            const int count = 6 + int(seed % 7);
            const int classes = 2 + int(seed % 4);
            QTest::addRow("seed %u, %d values, %d classes", seed, count, classes)
                << seed << count << classes;
        }
    }

    void jenksIsOptimal()
    {
        QFETCH(quint32, seed);
        QFETCH(int, count);
        QFETCH(int, classes);
        QRandomGenerator random(seed);
        Values values;
        for (int i = 0; i < count; ++i) // integers, so that ties occur
            values.append(double(random.bounded(30)));
        Values sorted = values;
        std::sort(sorted.begin(), sorted.end());

        const Values breaks = Classification::jenksBreaks(values, classes);
        QList<int> ends;
        for (double b : breaks)
            ends.append(int(std::upper_bound(sorted.cbegin(), sorted.cend(), b) - sorted.cbegin()));
        if (breaks.size() < classes) {
            // Fewer distinct values than classes: each its own class.
            QCOMPARE(squaredDeviations(sorted, ends), 0.0);
            return;
        }
        const double found = squaredDeviations(sorted, ends);
        const double optimum = bruteForceOptimum(sorted, classes);
        QVERIFY2(std::abs(found - optimum) < 1e-9,
                 qPrintable(QStringLiteral("%1 gives %2, the optimum is %3")
                                .arg(show(breaks))
                                .arg(found)
                                .arg(optimum)));
    }

    void degenerate_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<Values>("values");
        QTest::addColumn<int>("classes");
        QTest::addColumn<Values>("expected");

        const QList<QPair<Method, const char *>> methods = {
            {Method::EqualInterval, "equal interval"},
            {Method::Quantile, "quantile"},
            {Method::Jenks, "Jenks"},
        };
        for (const auto &[method, name] : methods) {
            QTest::addRow("%s: empty", name) << method << Values{} << 5 << Values{};
            QTest::addRow("%s: all equal", name) << method << Values{4, 4, 4, 4} << 3 << Values{4};
            QTest::addRow("%s: all zero", name) << method << Values{0, 0, 0} << 5 << Values{0};
            QTest::addRow("%s: fewer distinct values than classes", name)
                << method << Values{9, 0, 5, 0, 5} << 5 << Values{0, 5, 9};
            QTest::addRow("%s: fewer values than classes", name)
                << method << Values{3, 1} << 4 << Values{1, 3};
            QTest::addRow("%s: one class", name) << method << Values{3, 1, 7} << 1 << Values{7};
            QTest::addRow("%s: no classes", name) << method << Values{3, 1, 7} << 0 << Values{};
            QTest::addRow("%s: only NaN", name) << method << Values{NaN, NaN} << 3 << Values{};
            QTest::addRow("%s: not finite ignored", name)
                << method << Values{NaN, 2, Inf, 1, -Inf} << 3 << Values{1, 2};
        }
    }

    void degenerate()
    {
        QFETCH(Method, method);
        QFETCH(Values, values);
        QFETCH(int, classes);
        QFETCH(Values, expected);
        QCOMPARE(Classification::breaks(method, values, classes), expected);
    }

    void dispatcher()
    {
        const Values values{0, 1, 2, 3, 4, 5, 6, 7, 8, 30};
        QCOMPARE(Classification::breaks(Method::EqualInterval, values, 3), (Values{10, 20, 30}));
        QCOMPARE(Classification::breaks(Method::Quantile, values, 2), (Values{4.5, 30}));
        QCOMPARE(Classification::breaks(Method::Jenks, values, 2), (Values{8, 30}));
    }

    void classOf_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("expected");
        // Breaks {3, 12, 22}: (.., 3], (3, 12], (12, 22].
        QTest::newRow("below the smallest") << -100.0 << 0;
        QTest::newRow("first class") << 1.0 << 0;
        QTest::newRow("on the first break") << 3.0 << 0;
        QTest::newRow("just above the first break") << 3.000001 << 1;
        QTest::newRow("on the second break") << 12.0 << 1;
        QTest::newRow("last class") << 20.0 << 2;
        QTest::newRow("on the last break") << 22.0 << 2;
        QTest::newRow("above the last break") << 22.5 << -1;
        QTest::newRow("NaN") << NaN << -1;
        QTest::newRow("infinity") << Inf << -1;
    }

    void classOf()
    {
        QFETCH(double, value);
        QFETCH(int, expected);
        QCOMPARE(Classification::classOf(value, {3, 12, 22}), expected);
    }

    void classOfWithoutBreaks()
    {
        QCOMPARE(Classification::classOf(1.0, {}), -1);
        QCOMPARE(Classification::classOf(0.0, {0}), 0);
    }

    void palettes_data()
    {
        QTest::addColumn<Classification::Palette>("palette");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QStringList>("expected");

        using Classification::Palette;
        const auto hex = [](const char *list) {
            return QString::fromLatin1(list).split(QLatin1Char(' '));
        };
        QTest::newRow("YlOrRd 3") << Palette::YlOrRd << 3 << hex("#ffbd58 #f44025 #8d0026");
        QTest::newRow("YlOrRd 4") << Palette::YlOrRd << 4 << hex("#ffbd58 #fd6b31 #d41121 #850026");
        QTest::newRow("YlOrRd 5") << Palette::YlOrRd << 5
                                  << hex("#ffbd58 #fd7835 #e7251e #a60026 #5e0d1e");
        QTest::newRow("Blues 3") << Palette::Blues << 3 << hex("#a9cfe5 #3b8ac2 #094387");
        QTest::newRow("Blues 4") << Palette::Blues << 4 << hex("#a9cfe5 #58a0ce #1f6db2 #093e80");
        QTest::newRow("Blues 5") << Palette::Blues << 5
                                 << hex("#a9cfe5 #61a7d2 #2e7bba #08519b #0d2c61");
        QTest::newRow("one class") << Palette::YlOrRd << 1 << hex("#f44025");
        QTest::newRow("two classes") << Palette::Blues << 2 << hex("#a9cfe5 #094387");
        QTest::newRow("none") << Palette::YlOrRd << 0 << QStringList();
        QTest::newRow("six: too many to tell apart in grey")
            << Palette::YlOrRd << 6 << QStringList();
    }

    void palettes()
    {
        QFETCH(Classification::Palette, palette);
        QFETCH(int, classes);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const QColor &c : Classification::sequentialPalette(classes, palette)) {
            QCOMPARE(c.alpha(), 255);
            actual.append(c.name());
        }
        QCOMPARE(actual, expected);
    }

    void palettesGetDarker()
    {
        using Classification::Palette;
        for (Palette palette : {Palette::YlOrRd, Palette::Blues}) {
            for (int k = 1; k <= Classification::MaxPaletteClasses; ++k) {
                const QList<QColor> colors = Classification::sequentialPalette(k, palette);
                QCOMPARE(colors.size(), k);
                for (int i = 1; i < k; ++i)
                    QVERIFY(colors.at(i).lightnessF() < colors.at(i - 1).lightnessF());
            }
        }
    }

    void lightness_data()
    {
        QTest::addColumn<QColor>("color");
        QTest::addColumn<double>("expected");
        // CIELAB L* (D65) of sRGB colours, as colour tools give it.
        QTest::newRow("white") << QColor(Qt::white) << 100.0;
        QTest::newRow("black") << QColor(Qt::black) << 0.0;
        QTest::newRow("mid grey") << QColor(0x77, 0x77, 0x77) << 50.03;
        QTest::newRow("#d9d9d9") << QColor(0xd9, 0xd9, 0xd9) << 86.70;
        QTest::newRow("#fecc5c") << QColor(0xfe, 0xcc, 0x5c) << 84.50;
        QTest::newRow("red") << QColor(Qt::red) << 53.23;
    }

    void lightness()
    {
        QFETCH(QColor, color);
        QFETCH(double, expected);
        QVERIFY2(std::abs(Classification::lightness(color) - expected) < 0.05,
                 qPrintable(QString::number(Classification::lightness(color))));
    }

    void palettesAreGreyscaleSafe()
    {
        // Adjacent classes, and the lightest class and the no-data fill,
        // at least 15 L* apart: ColorBrewer's 5-class YlOrRd had the no-data
        // grey #d9d9d9 (86.7) 2.2 from its second class #fecc5c (84.5).
        using Classification::Palette;
        const double noData = Classification::lightness(Classification::noDataColor());
        for (Palette palette : {Palette::YlOrRd, Palette::Blues}) {
            for (int k = 1; k <= Classification::MaxPaletteClasses; ++k) {
                const QList<QColor> colors = Classification::sequentialPalette(k, palette);
                double previous = noData;
                for (const QColor &c : colors) {
                    const double l = Classification::lightness(c);
                    QVERIFY2(
                        previous - l >= Classification::MinLightnessStep,
                        qPrintable(
                            QStringLiteral("%1 classes: %2 after %3").arg(k).arg(l).arg(previous)));
                    previous = l;
                }
            }
        }
    }

    void emptyClassesAreDropped()
    {
        // Equal intervals over skewed data: (25, 50] and (50, 75] hold
        // nothing; their breaks go, and the classes that are left hold
        // the same values.
        const Values values{0, 1, 2, 3, 100};
        QCOMPARE(Classification::equalIntervalBreaks(values, 4), (Values{25, 50, 75, 100}));
        QCOMPARE(Classification::withoutEmptyClasses({25, 50, 75, 100}, values), (Values{25, 100}));
        const auto ramp = Classification::colorRamp(Method::EqualInterval, values, 4);
        QCOMPARE(ramp.breaks, (Values{25, 100}));
        QCOMPARE(ramp.requestedClasses, 4);
        QCOMPARE(ramp.classCount(), 2);
        QCOMPARE(ramp.colors, Classification::sequentialPalette(2));
        QCOMPARE(Classification::withoutEmptyClasses({}, values), Values());
    }

    void noDataColorIsAGreyOfItsOwn()
    {
        const QColor grey = Classification::noDataColor();
        QVERIFY(grey.isValid());
        QCOMPARE(grey.red(), grey.green());
        QCOMPARE(grey.green(), grey.blue());
        QVERIFY(grey.lightnessF() > 0.7); // light, so that it does not read as a value
        for (int k = 1; k <= Classification::MaxPaletteClasses; ++k) {
            QVERIFY(!Classification::sequentialPalette(k).contains(grey));
            QVERIFY(!Classification::sequentialPalette(k, Classification::Palette::Blues)
                         .contains(grey));
        }
    }

    void colorRamp()
    {
        const Values values{1, 2, 3, 10, 11, 12, 20, 21, 22};
        const Classification::ColorRamp ramp = Classification::colorRamp(Method::Jenks, values, 3);
        QCOMPARE(ramp.breaks, (Values{3, 12, 22}));
        QCOMPARE(ramp.classCount(), 3);
        const QList<QColor> colors = Classification::sequentialPalette(3);
        QCOMPARE(ramp.colors, colors);
        QCOMPARE(ramp.colorOf(2), colors.at(0));
        QCOMPARE(ramp.colorOf(12), colors.at(1));
        QCOMPARE(ramp.colorOf(21), colors.at(2));
        QCOMPARE(ramp.colorOf(NaN), Classification::noDataColor());
        QCOMPARE(ramp.colorOf(100), Classification::noDataColor());
    }

    void colorRampCapsClasses()
    {
        Values values;
        for (int i = 0; i < 100; ++i)
            values.append(i);
        const auto ramp = Classification::colorRamp(Method::Quantile, values, 12);
        QCOMPARE(ramp.classCount(), Classification::MaxPaletteClasses);
        QCOMPARE(ramp.colors.size(), Classification::MaxPaletteClasses);
    }

    void colorRampForAllEqualValues()
    {
        const auto ramp = Classification::colorRamp(Method::Jenks, {5, 5, 5}, 5);
        QCOMPARE(ramp.breaks, (Values{5}));
        QCOMPARE(ramp.colors.size(), 1);
        QCOMPARE(ramp.colorOf(5), ramp.colors.constFirst());
    }
};

QTEST_APPLESS_MAIN(TestClassification)
#include "tst_classification.moc"
