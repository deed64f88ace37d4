#include "export/imageexporter.h"
#include "map/choroplethclasses.h"
#include "map/choroplethmetric.h"
#include "map/choroplethscene.h"
#include "map/mapcommand.h"
#include "map/mapexport.h"
#include "map/maplabelitem.h"
#include "map/maplabellayout.h"
#include "map/mappanel.h"
#include "map/maptooltip.h"
#include "map/provincechoroplethview.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsEllipseItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

Q_DECLARE_METATYPE(MapMetric)
Q_DECLARE_METATYPE(Classification::Method)

namespace {

const QString Guangdong = QStringLiteral("广东省");
const QString Zhejiang = QStringLiteral("浙江省");
const QString Shanghai = QStringLiteral("上海市");
const QString Hunan = QStringLiteral("湖南省");
const QString Henan = QStringLiteral("河南省");

Aggregations::Records pointers(const QList<ParkRecord> &records)
{
    Aggregations::Records list;
    for (const ParkRecord &r : records)
        list.append(&r);
    return list;
}

// How many pixels of a square around CENTRE have exactly COLOR.
int pixelsOf(const QImage &image, const QPoint &centre, int radius, const QColor &color)
{
    int count = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y) {
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x) {
            if (image.rect().contains(x, y) && image.pixelColor(x, y).rgb() == color.rgb())
                ++count;
        }
    }
    return count;
}

// The colours the map must use, written out rather than taken from the
// classification functions: near-white for no data, YlOrRd resampled to
// steps of at least 15 in L*, darkening class by class.
const QColor noData(0xf7, 0xf7, 0xf7);
const QSet<QRgb> ylOrRd = {0xffbd58, 0xf44025, 0x8d0026, 0xfd6b31, 0xd41121,
                           0x850026, 0xfd7835, 0xe7251e, 0xa60026, 0x5e0d1e};

QColor rgb(QRgb value)
{
    return QColor(value);
}

// The number of parks per province in the fixture, in five Jenks classes:
// 1 | 3 | 4 | 5 | 7.
QColor parksJenks5(const QString &province)
{
    static const QMap<QString, QRgb> colours = {
        {Guangdong, 0x5e0d1e}, // 7
        {Shanghai, 0xa60026},  // 5
        {Zhejiang, 0xe7251e},  // 4
        {Hunan, 0xfd7835},     // 3
    };
    static const QStringList onePark = {
        QStringLiteral("江苏省"), QStringLiteral("海南省"), QStringLiteral("江西省"),
        QStringLiteral("重庆市"), QStringLiteral("山东省"), QStringLiteral("湖北省"),
        QStringLiteral("甘肃省"), QStringLiteral("四川省"), QStringLiteral("云南省")};
    if (colours.contains(province))
        return rgb(colours.value(province));
    return onePark.contains(province) ? rgb(0xffbd58) : noData;
}

bool overlaps(const QList<QRectF> &rects, QString *which, const QStringList &names)
{
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j) {
            if (rects.at(i).intersects(rects.at(j))) {
                *which = names.at(i) + QStringLiteral(" / ") + names.at(j);
                return true;
            }
        }
    }
    return false;
}

ParkRecord park(const QString &id, const QString &province)
{
    ParkRecord r;
    r.id = id;
    r.nameZh = id;
    r.province = province;
    r.leadership = Leadership::Government;
    return r;
}

// The texts of an SVG, one after the other with a space between: a note
// wrapped over several lines reads as one.
QString svgText(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    QStringList parts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            parts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    return parts.join(QLatin1Char(' '));
}

// Runs parkexplorer as a user would, without a display and with a home of
// its own; the exit code, or -1 when it did not finish.
int runParkExplorer(const QStringList &arguments, QString *errors)
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARKEXPLORER_BINARY), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

} // namespace

class TestMap : public QObject
{
    Q_OBJECT

private:
    QList<ParkRecord> records;
    QTemporaryDir settingsDir;
    std::unique_ptr<ParkTableModel> model;
    std::unique_ptr<ParkFilterProxy> proxy;

    void sendMove(ProvinceChoroplethView &view, const QPoint &pos)
    {
        QMouseEvent move(QEvent::MouseMove, QPointF(pos),
                         view.viewport()->mapToGlobal(QPointF(pos)), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
    }

    QPoint viewPointOf(const ProvinceChoroplethView &view, const QString &province)
    {
        return view.mapFromScene(view.sceneCentreOf(province));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ParkExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_map"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        // A frozen copy of the embedded dataset: the figures below are its.
        const LoadResult loaded =
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/fixture-parks.json"));
        QVERIFY(loaded.isUsable());
        records = loaded.document.parks;
        QCOMPARE(records.size(), 28);
    }

    void init()
    {
        QSettings().clear();
        model = std::make_unique<ParkTableModel>();
        model->setRecords(records);
        proxy = std::make_unique<ParkFilterProxy>();
        proxy->setSourceModel(model.get());
    }

    void cleanup()
    {
        proxy.reset();
        model.reset();
    }

    // Metrics ----------------------------------------------------------------

    void metricIds()
    {
        for (MapMetric m : MapMetrics::all())
            QCOMPARE(MapCommand::metricFromId(MapMetrics::id(m)), std::optional<MapMetric>(m));
        QCOMPARE(MapMetrics::id(MapMetric::AreaKm2), QStringLiteral("area"));
        QCOMPARE(MapMetrics::id(MapMetric::GovernmentCount), QStringLiteral("government"));
        QVERIFY(!MapCommand::metricFromId(QStringLiteral("population")));
        QCOMPARE(MapCommand::methodFromId(QStringLiteral("equal")),
                 std::optional(Classification::Method::EqualInterval));
        QCOMPARE(MapCommand::methodFromId(QStringLiteral("Quantile")),
                 std::optional(Classification::Method::Quantile));
        QCOMPARE(MapCommand::methodFromId(QStringLiteral("jenks")),
                 std::optional(Classification::Method::Jenks));
        QVERIFY(!MapCommand::methodFromId(QStringLiteral("kmeans")));
        QCOMPARE(MapMetrics::label(MapMetric::AreaKm2), QStringLiteral("Planned area (km²)"));
    }

    void metricByProvinceCounts()
    {
        const Aggregations::Records all = pointers(records);
        const QMap<QString, double> parks = metricByProvince(MapMetric::ParkCount, all);
        QCOMPARE(parks.size(), 13);
        QCOMPARE(parks.value(Guangdong), 7.0);
        QCOMPARE(parks.value(Shanghai), 5.0);
        QCOMPARE(parks.value(Zhejiang), 4.0);
        QCOMPARE(parks.value(Hunan), 3.0);
        for (const char *one : {"江苏省", "海南省", "江西省", "重庆市", "山东省", "湖北省",
                                "甘肃省", "四川省", "云南省"})
            QCOMPARE(parks.value(QString::fromUtf8(one)), 1.0);
        QVERIFY(!parks.contains(Henan));

        const QMap<QString, double> government = metricByProvince(MapMetric::GovernmentCount, all);
        QCOMPARE(government.value(Guangdong), 2.0);
        QCOMPARE(government.value(Zhejiang), 4.0);
        QCOMPARE(government.value(Shanghai), 3.0);
        // Parks but no government-led one: a real zero, not "no parks".
        const QMap<QString, double> enterprise = metricByProvince(MapMetric::EnterpriseCount, all);
        QCOMPARE(enterprise.value(Guangdong), 5.0);
        QVERIFY(enterprise.contains(Zhejiang));
        QCOMPARE(enterprise.value(Zhejiang), 0.0);
        QCOMPARE(enterprise.size(), 13);
    }

    void metricByProvinceSums()
    {
        const Aggregations::Records all = pointers(records);
        const QMap<QString, double> area = metricByProvince(MapMetric::AreaKm2, all);
        QCOMPARE(area.size(), 5);
        QVERIFY(qFuzzyCompare(area.value(Shanghai), 0.125));
        QVERIFY(qFuzzyCompare(area.value(Zhejiang), 8.42));
        QVERIFY(qFuzzyCompare(area.value(Hunan), 41.48));
        // Guangdong has parks, but none with a known area.
        QVERIFY(!area.contains(Guangdong));
        const QMap<QString, ProvinceFigures> figures = provinceFigures(MapMetric::AreaKm2, all);
        QCOMPARE(figures.value(Guangdong).parks.total, 7);
        QCOMPARE(figures.value(Guangdong).known, 0);
        QVERIFY(!figures.value(Guangdong).value);
        QCOMPARE(figures.value(Shanghai).known, 2);
        QVERIFY(!figures.contains(Henan));

        const QMap<QString, double> enterprises = metricByProvince(MapMetric::Enterprises, all);
        QCOMPARE(enterprises.value(Hunan), 20.0);
        QCOMPARE(enterprises.value(QStringLiteral("海南省")), 100.0);
        QCOMPARE(enterprises.size(), 4);
        const QMap<QString, double> fund = metricByProvince(MapMetric::FundCny100m, all);
        QCOMPARE(fund.value(Zhejiang), 2100.0);
        QCOMPARE(fund.size(), 3);
    }

    // A count of parks is read off a snapshot's counts by province (which
    // the province tree and the charts share) with the same figures, and so
    // the same classes and fills, as counting the records; a sum needs the
    // records.
    void countsComeFromTheSnapshotsCountsByProvince()
    {
        QList<ParkRecord> parks = records;
        ParkRecord noProvince = records.at(0);
        noProvince.province.clear();
        parks.append(noProvince);
        const ParkSnapshot snapshot(parks);
        const auto &counted = snapshot.byProvinceAndCity();
        for (MapMetric metric : MapMetrics::all()) {
            const auto fromCounts = provinceFiguresFromCounts(metric, counted);
            QCOMPARE(fromCounts.has_value(), MapMetrics::isParkCount(metric));
            if (!fromCounts)
                continue;
            const auto counting = provinceFigures(metric, snapshot.pointers());
            QCOMPARE(fromCounts->keys(), counting.keys());
            for (auto it = counting.cbegin(); it != counting.cend(); ++it) {
                const ProvinceFigures &f = fromCounts->value(it.key());
                QCOMPARE(f.parks, it->parks);
                QCOMPARE(f.known, it->known);
                QCOMPARE(f.leftOut, it->leftOut);
                QCOMPARE(f.qualified, it->qualified);
                QCOMPARE(f.qualifiedValues, it->qualifiedValues);
                QCOMPARE(f.value, it->value);
            }

            ChoroplethScene fromSnapshot;
            ChoroplethScene fromRecords;
            fromSnapshot.setData(snapshot, metric, Classification::Method::Jenks, 5, QString(),
                                 true, false);
            fromRecords.setData(snapshot.pointers(), metric, Classification::Method::Jenks, 5,
                                QString(), true, false);
            QCOMPARE(fromSnapshot.classes().parkCount(), fromRecords.classes().parkCount());
            for (const QString &name : fromRecords.provinceNames())
                QCOMPARE(fromSnapshot.fillOf(name), fromRecords.fillOf(name));
        }
    }

    void formatValue()
    {
        QCOMPARE(MapMetrics::formatValue(MapMetric::ParkCount, 7), QStringLiteral("7"));
        QCOMPARE(MapMetrics::formatValue(MapMetric::AreaKm2, 0.125), QStringLiteral("0.125"));
        QCOMPARE(MapMetrics::formatValue(MapMetric::AreaKm2, 41.48), QStringLiteral("41.5"));
        QCOMPARE(MapMetrics::formatValue(MapMetric::AreaKm2, 8.4), QStringLiteral("8.4"));
        QCOMPARE(MapMetrics::formatValue(MapMetric::FundCny100m, 2100), QStringLiteral("2,100"));
    }

    // Classes and colours ----------------------------------------------------

    void fillsFollowClasses_data()
    {
        QTest::addColumn<MapMetric>("metric");
        QTest::addColumn<Classification::Method>("method");
        QTest::addColumn<int>("classes");
        for (MapMetric metric : MapMetrics::all()) {
            for (Classification::Method method : ClassificationMethods::all()) {
                for (int classes = 3; classes <= 7; ++classes) {
                    QTest::addRow("%s/%s/%d", qPrintable(MapMetrics::id(metric)),
                                  qPrintable(ClassificationMethods::id(method)), classes)
                        << metric << method << classes;
                }
            }
        }
    }

    void fillsFollowClasses()
    {
        QFETCH(MapMetric, metric);
        QFETCH(Classification::Method, method);
        QFETCH(int, classes);
        const Aggregations::Records all = pointers(records);
        ChoroplethScene scene;
        scene.setData(all, metric, method, classes, QString(), true, false);
        const QMap<QString, double> values = metricByProvince(metric, all);
        QVERIFY(!values.isEmpty());
        const QStringList names = scene.provinceNames();
        QCOMPARE(names.size(), 34);
        QList<std::pair<double, QColor>> classified;
        for (const QString &name : names) {
            const QColor fill = scene.fillOf(name);
            // Provinces without a value are grey, never the lowest class.
            if (!values.contains(name)) {
                QCOMPARE(fill, noData);
                continue;
            }
            QVERIFY2(ylOrRd.contains(fill.rgb() & RGB_MASK), qPrintable(name + u' ' + fill.name()));
            QCOMPARE(fill.alpha(), 255);
            classified.append({values.value(name), fill});
        }
        // Equal values share a colour; a larger value is never lighter.
        std::sort(classified.begin(), classified.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (qsizetype i = 1; i < classified.size(); ++i) {
            const auto &[lower, lowerFill] = classified.at(i - 1);
            const auto &[higher, higherFill] = classified.at(i);
            if (lower == higher)
                QCOMPARE(higherFill, lowerFill);
            else
                QVERIFY(higherFill.lightness() <= lowerFill.lightness());
        }
        // And more than one class where the values differ.
        if (classified.constFirst().first != classified.constLast().first)
            QVERIFY(classified.constFirst().second != classified.constLast().second);
    }

    void fillsAreTheExpectedColours()
    {
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        for (const QString &name : scene.provinceNames())
            QCOMPARE(scene.fillOf(name), parksJenks5(name));
    }

    void noDataIsHatched()
    {
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::AreaKm2, Classification::Method::Jenks, 5,
                      QString(), true, false);
        QCOMPARE(scene.classes().stateOf(Guangdong), ChoroplethClasses::State::NoData);
        QCOMPARE(scene.classes().stateOf(Henan), ChoroplethClasses::State::NoParks);
        QCOMPARE(scene.classes().stateOf(Hunan), ChoroplethClasses::State::Classified);
        QVERIFY(scene.isHatched(Guangdong));
        QVERIFY(!scene.isHatched(Henan));
        QVERIFY(!scene.isHatched(Hunan));
        QCOMPARE(scene.fillOf(Guangdong), Classification::noDataColor());
        const QStringList legend = scene.legendTexts();
        QVERIFY2(legend.contains(QStringLiteral("No data (8)")), qPrintable(legend.join(u'|')));
        QVERIFY2(legend.contains(QStringLiteral("None in the dataset (21)")),
                 qPrintable(legend.join(u'|')));
        QVERIFY(scene.toolTipFor(Guangdong).contains(QStringLiteral("not known")));
    }

    void legendTexts()
    {
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        // Five distinct values in five classes: each its own class. A range
        // runs from its smallest value to just below the next class's, so
        // that no bound is shared; the method and class count are named;
        // provinces without parks are "none in the dataset", not "no parks".
        const QStringList expected{
            QStringLiteral("Number of parks"), QStringLiteral("Natural breaks (Jenks), 5 classes"),
            QStringLiteral("1–2 (9)"),         QStringLiteral("3 (1)"),
            QStringLiteral("4 (1)"),           QStringLiteral("5–6 (1)"),
            QStringLiteral("7 (1)"),           QStringLiteral("None in the dataset (21)")};
        QCOMPARE(scene.legendTexts(), expected);
    }

    // The outline that follows the table's selection is explained in the
    // legend while it shows, in both themes.
    void legendExplainsTheTableHighlight()
    {
        for (bool dark : {false, true}) {
            ChoroplethScene scene;
            scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                          QString(), true, dark);
            const QString one = QStringLiteral("Province of the park selected in the table");
            const QString several = QStringLiteral("Provinces of the parks selected in the table");
            QVERIFY(!scene.legendTexts().contains(one));
            scene.setHighlightedProvinces({QStringLiteral("浙江省")});
            QVERIFY2(scene.legendTexts().contains(one), qPrintable(scene.legendTexts().join(u'|')));
            scene.setHighlightedProvinces({QStringLiteral("浙江省"), QStringLiteral("广东省")});
            QVERIFY(scene.legendTexts().contains(several));
            QVERIFY(!scene.legendTexts().contains(one));
            scene.setHighlightedProvinces({});
            QVERIFY(!scene.legendTexts().contains(several));
        }
    }

    void legendStatesFewerClassesThanRequested()
    {
        // 9 provinces with 1 park, then 3, 4, 5, 7: the 1/3 and 2/3
        // quantiles are both 1, so 3 classes asked for give 2.
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Quantile, 3,
                      QString(), true, false);
        QCOMPARE(scene.classes().ramp().classCount(), 2);
        const QStringList legend = scene.legendTexts();
        QVERIFY2(legend.contains(QStringLiteral("Quantiles: 3 classes requested, 2 produced")),
                 qPrintable(legend.join(u'|')));
        QVERIFY2(legend.contains(QStringLiteral("1–2 (9)")), qPrintable(legend.join(u'|')));
        QVERIFY2(legend.contains(QStringLiteral("3–7 (4)")), qPrintable(legend.join(u'|')));

        scene.setData(pointers(records), MapMetric::ParkCount,
                      Classification::Method::EqualInterval, 4, QString(), true, false);
        QVERIFY2(scene.legendTexts().at(1).startsWith(QStringLiteral("Equal intervals")),
                 qPrintable(scene.legendTexts().join(u'|')));
    }

    void noEmptyClassesAndNoSharedBounds_data()
    {
        QTest::addColumn<MapMetric>("metric");
        QTest::addColumn<Classification::Method>("method");
        QTest::addColumn<int>("classes");
        for (MapMetric metric : {MapMetric::ParkCount, MapMetric::AreaKm2, MapMetric::FundCny100m,
                                 MapMetric::Enterprises}) {
            for (Classification::Method method : ClassificationMethods::all()) {
                for (int classes : {3, 5}) {
                    QTest::addRow("%s/%s/%d", qPrintable(MapMetrics::id(metric)),
                                  qPrintable(ClassificationMethods::id(method)), classes)
                        << metric << method << classes;
                }
            }
        }
    }

    void noEmptyClassesAndNoSharedBounds()
    {
        QFETCH(MapMetric, metric);
        QFETCH(Classification::Method, method);
        QFETCH(int, classes);
        ChoroplethScene scene;
        scene.setData(pointers(records), metric, method, classes, QString(), true, false);
        const QList<ChoroplethClasses::LegendEntry> legend =
            scene.classes().legend(scene.provinceNames());
        QStringList previousUpper;
        for (const ChoroplethClasses::LegendEntry &e : legend) {
            if (e.state != ChoroplethClasses::State::Classified)
                continue;
            QVERIFY2(e.provinces > 0, qPrintable(e.text));
            if (MapMetrics::isInteger(metric)) {
                // Whole numbers: closed ranges that never meet.
                const QStringList bounds = e.range.split(QChar(0x2013));
                QVERIFY2(!previousUpper.contains(bounds.constFirst()), qPrintable(e.range));
                previousUpper = {bounds.constLast()};
            } else if (e.classIndex < scene.classes().ramp().classCount() - 1) {
                QVERIFY2(e.range.contains(QStringLiteral(" – <")), qPrintable(e.range));
            }
        }
        const int produced = scene.classes().ramp().classCount();
        const QString methodLine = scene.legendTexts().at(1);
        QVERIFY2(methodLine.startsWith(ClassificationMethods::label(method)),
                 qPrintable(methodLine));
        if (produced < classes) {
            QVERIFY2(
                methodLine.contains(
                    QStringLiteral("%1 classes requested, %2 produced").arg(classes).arg(produced)),
                qPrintable(methodLine));
        }
    }

    void reportProvincesMissingFromTheDataset()
    {
        // The report counts parks in Henan (made up here: the store's own
        // figures name only provinces the dataset has) and 19 provinces.
        ReportFigure henan;
        henan.key = QStringLiteral("parks");
        henan.scope.province = Henan;
        henan.value = 2;
        ReportFigure provinces;
        provinces.key = QStringLiteral("provinces");
        provinces.value = 19;
        ReportFigure zhejiang; // in the dataset: stays classified
        zhejiang.key = QStringLiteral("parks");
        zhejiang.scope.province = Zhejiang;
        zhejiang.value = 7;
        ChoroplethScene scene;
        scene.setReportFigures({henan, provinces, zhejiang});
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        QCOMPARE(scene.classes().stateOf(Henan), ChoroplethClasses::State::NotInDataset);
        QCOMPARE(scene.classes().stateOf(Zhejiang), ChoroplethClasses::State::Classified);
        QVERIFY(scene.isCrossHatched(Henan));
        QVERIFY(!scene.isCrossHatched(Zhejiang));
        QVERIFY(!scene.isCrossHatched(QStringLiteral("新疆维吾尔自治区")));
        QVERIFY(!scene.isHatched(QStringLiteral("新疆维吾尔自治区")));
        const QStringList legend = scene.legendTexts();
        QVERIFY2(legend.contains(QStringLiteral("Parks in the report, not in the dataset (1)")),
                 qPrintable(legend.join(u'|')));
        QVERIFY2(legend.contains(QStringLiteral("None in the dataset (20)")),
                 qPrintable(legend.join(u'|')));
        QVERIFY2(scene.subtitleText().contains(
                     QStringLiteral("The report counts parks in 19 provinces, the dataset in 13")),
                 qPrintable(scene.subtitleText()));

        // The exported SVG carries the entry; its swatch and Henan are
        // hatched both ways (lines of both slopes).
        QTemporaryDir dir;
        MapCommand::Request request;
        request.english = true;
        request.sizePx = QSize(1200, 900);
        request.reportFigures = {henan, provinces};
        request.outPath = dir.filePath(QStringLiteral("map.svg"));
        QCOMPARE(MapCommand::run(request, records).exitCode, ExitCode::Ok);
        QFile svg(request.outPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        QVERIFY(text.contains(QStringLiteral("Parks in the report, not in the dataset (1)")));
        QVERIFY(text.contains(QStringLiteral("None in the dataset (20)")));
    }

    void legendMatchesBreaks_data()
    {
        QTest::addColumn<MapMetric>("metric");
        QTest::addColumn<Classification::Method>("method");
        QTest::addColumn<int>("classes");
        QTest::newRow("parks/equal/3")
            << MapMetric::ParkCount << Classification::Method::EqualInterval << 3;
        QTest::newRow("parks/quantile/4")
            << MapMetric::ParkCount << Classification::Method::Quantile << 4;
        QTest::newRow("area/equal/4")
            << MapMetric::AreaKm2 << Classification::Method::EqualInterval << 4;
        QTest::newRow("fund/jenks/3")
            << MapMetric::FundCny100m << Classification::Method::Jenks << 3;
    }

    void legendMatchesBreaks()
    {
        QFETCH(MapMetric, metric);
        QFETCH(Classification::Method, method);
        QFETCH(int, classes);
        const Aggregations::Records all = pointers(records);
        ChoroplethScene scene;
        scene.setData(all, metric, method, classes, QString(), true, false);
        const QMap<QString, double> values = metricByProvince(metric, all);
        const Classification::ColorRamp ramp =
            Classification::colorRamp(method, values.values(), classes);
        const QList<ChoroplethClasses::LegendEntry> legend =
            scene.classes().legend(scene.provinceNames());
        QCOMPARE(legend.size() - 1 - (metric == MapMetric::ParkCount ? 0 : 1), ramp.breaks.size());
        for (int i = 0; i < ramp.breaks.size(); ++i) {
            const ChoroplethClasses::LegendEntry &e = legend.at(i);
            QCOMPARE(e.color, ramp.colors.at(i));
            int count = 0;
            for (double v : values) {
                if (Classification::classOf(v, ramp.breaks) == i)
                    ++count;
            }
            QCOMPARE(e.provinces, count);
            QVERIFY2(e.text.endsWith(QStringLiteral("(%1)").arg(count)), qPrintable(e.text));
            // Each range starts at the smallest value of its class.
            double smallest = std::numeric_limits<double>::infinity();
            for (double v : values) {
                if (Classification::classOf(v, ramp.breaks) == i)
                    smallest = std::min(smallest, v);
            }
            QVERIFY2(e.range.startsWith(MapMetrics::formatValue(metric, smallest)),
                     qPrintable(e.range));
        }
        QCOMPARE(scene.legendTexts().constFirst(), MapMetrics::label(metric));
    }

    // Layout -----------------------------------------------------------------

    // A short figure (the export dialog's 160 × 100 mm at 300 dpi lays the
    // map out at 605 × 378, about 605 × 300 once its notes are under it):
    // the legend stays under the titles and on the page, clear of the
    // provinces, and the map is not made smaller than the page allows.
    void aShortPageKeepsTheLegendUnderTheTitles_data()
    {
        QTest::addColumn<bool>("english");
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("en 605x300") << true << QSizeF(605, 300);
        QTest::newRow("zh 605x300") << false << QSizeF(605, 300);
        QTest::newRow("en 640x320") << true << QSizeF(640, 320);
        QTest::newRow("en 605x378") << true << QSizeF(605, 378);
        QTest::newRow("en 1600x1200") << true << QSizeF(1600, 1200);
        QTest::newRow("zh 1000x700") << false << QSizeF(1000, 700);
    }

    void aShortPageKeepsTheLegendUnderTheTitles()
    {
        QFETCH(bool, english);
        QFETCH(QSizeF, size);
        const LoadResult fixture =
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/fixture-parks.json"));
        QVERIFY(fixture.isUsable());
        ChoroplethScene scene;
        // As exported: the report's figures add the hatched entry and the
        // report's counts to the legend.
        scene.setReportFigures(parseReportFigures(fixture.document.about));
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), english, false);
        scene.layoutFor(size);
        const QRectF titles = scene.titlesRect();
        const QRectF legend = scene.legendRect();
        QVERIFY(!titles.isEmpty());
        QVERIFY2(legend.top() >= titles.bottom(),
                 qPrintable(QStringLiteral("legend from %1, titles to %2")
                                .arg(legend.top())
                                .arg(titles.bottom())));
        QVERIFY2(scene.sceneRect().contains(legend),
                 qPrintable(QStringLiteral("legend to %1").arg(legend.bottom())));
        for (int i = 0; i <= 10; ++i) {
            for (int j = 0; j <= 10; ++j) {
                const QPointF p(legend.left() + legend.width() * i / 10,
                                legend.top() + legend.height() * j / 10);
                QVERIFY2(scene.provinceAt(p).isEmpty(), qPrintable(scene.provinceAt(p)));
            }
        }
        // The map at least half the page's height: not shrunk into a corner.
        const double pageHeight = size.height() - titles.bottom();
        QVERIFY2(
            scene.mapRect().height() >= pageHeight / 2,
            qPrintable(
                QStringLiteral("map %1 high of %2").arg(scene.mapRect().height()).arg(pageHeight)));
    }

    // On a small map (the export dialog's 160 × 100 mm with its notes) the
    // names do not all fit at a readable size: those that find no place
    // near their province are left out, never drawn over another name or
    // led far off over another province (广东 used to sit on Sichuan,
    // Liaoning on Beijing's callout).
    void aSmallMapLeavesOutTheNamesItCannotPlace_data()
    {
        aShortPageKeepsTheLegendUnderTheTitles_data();
    }

    void aSmallMapLeavesOutTheNamesItCannotPlace()
    {
        QFETCH(bool, english);
        QFETCH(QSizeF, size);
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), english, false);
        scene.layoutFor(size);
        const QSet<QString> callouts = {
            QStringLiteral("北京市"),         QStringLiteral("天津市"),
            QStringLiteral("上海市"),         QStringLiteral("香港特别行政区"),
            QStringLiteral("澳门特别行政区"), QStringLiteral("宁夏回族自治区")};
        QList<QRectF> rects;
        QStringList names;
        int shown = 0;
        for (const QString &name : scene.provinceNames()) {
            const QRectF r = scene.labelRectOf(name);
            if (!scene.isLabelShown(name)) {
                QVERIFY2(r.isEmpty(), qPrintable(name));
                continue;
            }
            ++shown;
            rects.append(r);
            names.append(name);
            const QString under = scene.provinceAt(r.center());
            QVERIFY2(under == name || scene.hasLeaderLine(name),
                     qPrintable(name + QStringLiteral(" on ") + under));
            if (scene.hasLeaderLine(name) && !callouts.contains(name)) {
                // Led off the land, never onto a neighbour.
                QVERIFY2(under.isEmpty(), qPrintable(name + QStringLiteral(" led onto ") + under));
                const double lead = QLineF(scene.labelAnchorOf(name), r.center()).length();
                QVERIFY2(
                    lead <= (MapLabelLayout::MaxLeaderLines + 0.01) * r.height(),
                    qPrintable(
                        name +
                        QStringLiteral(" led %1 px with %2 px lines").arg(lead).arg(r.height())));
            }
        }
        QString which;
        QVERIFY2(!overlaps(rects, &which, names), qPrintable(which));
        // Still a labelled map: at least half the names stay (18 of 34 in
        // English at 605 × 300), and every name where there is room for all.
        QVERIFY2(shown >= scene.provinceNames().size() / 2, qPrintable(QString::number(shown)));
        if (size.width() >= 1000)
            QCOMPARE(shown, int(scene.provinceNames().size()));
    }

    void layoutIsAMapOfChina_data()
    {
        QTest::addColumn<bool>("english");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<bool>("markers");
        QTest::newRow("zh 1600x1200") << false << QSizeF(1600, 1200) << false;
        QTest::newRow("en 1600x1200") << true << QSizeF(1600, 1200) << false;
        QTest::newRow("zh 1000x700 markers") << false << QSizeF(1000, 700) << true;
        QTest::newRow("en 1000x700 markers") << true << QSizeF(1000, 700) << true;
        QTest::newRow("en 768x576 (2400x1800 at 300 dpi)") << true << QSizeF(768, 576) << false;
        QTest::newRow("zh 700x900 portrait") << false << QSizeF(700, 900) << true;
    }

    void layoutIsAMapOfChina()
    {
        QFETCH(bool, english);
        QFETCH(QSizeF, size);
        QFETCH(bool, markers);
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), english, false);
        scene.setParkMarkersVisible(markers);
        scene.layoutFor(size);
        QCOMPARE(scene.sceneRect(), QRectF(QPointF(0, 0), size));

        // North up, west left.
        const auto at = [&](const char *name) {
            return scene.labelAnchorOf(QString::fromUtf8(name));
        };
        QVERIFY(at("黑龙江省").y() < at("海南省").y());
        QVERIFY(at("新疆维吾尔自治区").x() < at("上海市").x());
        QVERIFY(at("内蒙古自治区").y() < at("湖南省").y());

        // Every label inside the page, none over another. With the markers
        // in the way a name may find no place near its province and be
        // left out; without them every name has its place.
        QList<QRectF> rects;
        QStringList names;
        const QRectF page = scene.sceneRect();
        for (const QString &name : scene.provinceNames()) {
            QVERIFY2(markers || scene.isLabelShown(name), qPrintable(name));
            if (!scene.isLabelShown(name))
                continue;
            const QRectF r = scene.labelRectOf(name);
            QVERIFY2(page.contains(r), qPrintable(name));
            QVERIFY(!scene.labelOf(name).isEmpty());
            rects.append(r);
            names.append(name);
        }
        QString which;
        QVERIFY2(!overlaps(rects, &which, names), qPrintable(which));
        QCOMPARE(scene.labelOf(Zhejiang),
                 english ? QStringLiteral("Zhejiang") : QStringLiteral("浙江"));
        for (const char *small : {"北京市", "天津市", "上海市", "香港特别行政区", "澳门特别行政区"})
            QVERIFY2(scene.hasLeaderLine(QString::fromUtf8(small)), small);

        // The inset at the lower right, clear of the provinces, labels and
        // legend; the legend clear of the labels.
        const QRectF inset = scene.insetRect();
        const QRectF map = scene.mapRect();
        QVERIFY(!inset.isEmpty());
        QVERIFY(inset.center().x() > map.center().x());
        QVERIFY(inset.center().y() > map.center().y());
        QVERIFY(page.contains(inset));
        QVERIFY(inset.left() > at("台湾省").x());
        for (const QString &name : scene.provinceNames()) {
            QVERIFY2(!inset.intersects(scene.labelRectOf(name)), qPrintable(name));
            QVERIFY2(!scene.legendRect().intersects(scene.labelRectOf(name)), qPrintable(name));
        }
        // Neither the inset nor the legend covers a province.
        for (const QRectF &box : {inset, scene.legendRect()}) {
            for (int i = 0; i <= 10; ++i) {
                for (int j = 0; j <= 10; ++j) {
                    const QPointF p(box.left() + box.width() * i / 10,
                                    box.top() + box.height() * j / 10);
                    QVERIFY2(scene.provinceAt(p).isEmpty(),
                             qPrintable(scene.provinceAt(p) +
                                        QStringLiteral(" under %1,%2").arg(p.x()).arg(p.y())));
                }
            }
        }
        QVERIFY(!inset.intersects(scene.legendRect()));
        QVERIFY(page.contains(scene.legendRect()));

        // Labels make way for the park markers.
        if (markers) {
            int shown = 0;
            for (const QGraphicsItem *item : scene.items()) {
                if (item->type() != QGraphicsEllipseItem::Type || !item->isVisible())
                    continue;
                ++shown;
                for (const QString &name : scene.provinceNames()) {
                    QVERIFY2(!item->sceneBoundingRect().intersects(scene.labelRectOf(name)),
                             qPrintable(name));
                }
            }
            // A pile of parks is one marker with its count.
            int clustered = 0;
            for (const QList<int> &group : scene.markerClusters())
                clustered += int(group.size());
            QCOMPARE(shown, 28 - clustered + int(scene.markerClusters().size()));
        }
    }

    void hitTesting()
    {
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), false, false);
        scene.layoutFor(QSizeF(1600, 1200));
        for (const QString &name : scene.provinceNames())
            QCOMPARE(scene.provinceAt(scene.labelAnchorOf(name)), name);
        QVERIFY(scene.provinceAt(QPointF(2, 2)).isEmpty());
        // Macao lies inside Guangdong's outline; the enclave wins.
        QCOMPARE(scene.provinceAt(scene.labelAnchorOf(QStringLiteral("澳门特别行政区"))),
                 QStringLiteral("澳门特别行政区"));
    }

    void markers()
    {
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), false, false);
        // Hidden, markers are not built.
        QVERIFY(scene.markers().isEmpty());
        QCOMPARE(scene.markerAt(QPointF(500, 500)), -1);
        scene.setParkMarkersVisible(true);
        QCOMPARE(scene.markers().size(), 28);
        QVERIFY(scene.legendTexts().contains(QStringLiteral("Government-led")));
        // Several parks share Guangzhou's centre: a pile of three or more
        // is one marker with the count, which tells all their names; the
        // others stay apart.
        scene.layoutFor(QSizeF(960, 576));
        QList<QGraphicsItem *> items;
        QStringList counts;
        for (QGraphicsItem *item : scene.items()) {
            if (item->type() == QGraphicsEllipseItem::Type && item->isVisible())
                items.append(item);
            if (item->type() == QGraphicsSimpleTextItem::Type && item->isVisible())
                counts.append(static_cast<QGraphicsSimpleTextItem *>(item)->text());
        }
        const QList<QList<int>> clusters = scene.markerClusters();
        QVERIFY(!clusters.isEmpty());
        int clustered = 0;
        for (const QList<int> &group : clusters) {
            clustered += int(group.size());
            QVERIFY(group.size() >= 3);
            QVERIFY2(counts.contains(QString::number(group.size())), qPrintable(counts.join(u',')));
        }
        QCOMPARE(items.size(), 28 - clustered + int(clusters.size()));
        QSet<int> reached;
        for (QGraphicsItem *item : items) {
            const int i = scene.markerAt(item->pos());
            QVERIFY(i >= 0);
            const QString tip = scene.toolTipForMarker(i);
            for (int k = 0; k < 28; ++k) {
                if (tip.contains(scene.markers().at(k).name))
                    reached.insert(k);
            }
        }
        QCOMPARE(reached.size(), 28);
        // Shanghai's parks are one marker inside Shanghai, not a ring that
        // covers it and reaches into Jiangsu.
        for (QGraphicsItem *item : items) {
            const int i = scene.markerAt(item->pos());
            if (scene.markers().at(i).province == Shanghai)
                QCOMPARE(scene.provinceAt(item->pos()), Shanghai);
        }
        const int first = scene.markerAt(items.constFirst()->pos());
        const QString tip = scene.toolTipForMarker(first);
        QVERIFY(tip.startsWith(scene.markers().at(first).name));
    }

    void selectionAndHighlight()
    {
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        QVERIFY(!scene.legendTexts().contains(QStringLiteral("Selected")));
        scene.setSelectedProvinces({Zhejiang});
        QVERIFY(scene.legendTexts().contains(QStringLiteral("Selected")));
        scene.setHighlightedProvinces({Hunan});
        QCOMPARE(scene.highlightedProvinces(), QSet<QString>{Hunan});
        scene.setHoveredProvince(Guangdong);
        QCOMPARE(scene.hoveredProvince(), Guangdong);

        // An export leaves out the hover and the highlight, and puts them
        // back afterwards.
        ImageExportSettings s;
        s.sizePx = QSize(400, 300);
        MapExport exportable(&scene, s);
        exportable.layoutFor(QSizeF(400, 300));
        QVERIFY(scene.hoveredProvince().isEmpty());
        QVERIFY(scene.highlightedProvinces().isEmpty());
        QCOMPARE(scene.selectedProvinces(), QSet<QString>{Zhejiang});
        exportable.restoreLayout();
        QCOMPARE(scene.hoveredProvince(), Guangdong);
        QCOMPARE(scene.highlightedProvinces(), QSet<QString>{Hunan});
        QCOMPARE(scene.layoutSize(), QSizeF(1000, 750));
    }

    void toolTipPlacement()
    {
        const QSize area(400, 300);
        const QSize tip(120, 60);
        QCOMPARE(MapToolTip::placement(QPoint(10, 10), tip, area), QPoint(26, 26));
        // Near the right and bottom edges the tip flips to the other side.
        QCOMPARE(MapToolTip::placement(QPoint(390, 290), tip, area), QPoint(254, 214));
        // Larger than the room on both sides: pinned inside.
        const QPoint p = MapToolTip::placement(QPoint(200, 150), QSize(380, 60), area);
        QVERIFY(QRect(p, QSize(380, 60)).right() < area.width());
        QVERIFY(p.x() >= 0);
    }

    // The view ---------------------------------------------------------------

    void hoverShowsFigures()
    {
        ProvinceChoroplethView view(proxy.get());
        view.resize(1000, 750);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.flushPendingRebuild();
        QCOMPARE(view.choroplethScene()->layoutSize(), QSizeF(view.viewport()->size()));

        const QPoint pos = viewPointOf(view, Guangdong);
        QVERIFY(view.viewport()->rect().contains(pos));
        sendMove(view, pos);
        QCOMPARE(view.choroplethScene()->hoveredProvince(), Guangdong);
        const QString tip = view.toolTipText();
        QVERIFY2(tip.contains(QStringLiteral("Guangdong")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Number of parks: 7")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("government-led: 2")), qPrintable(tip));
        // The tip stays inside the viewport, even at the corner.
        const auto *label = view.viewport()->findChild<MapToolTip *>();
        QVERIFY(label && label->isVisible());
        QVERIFY(view.viewport()->rect().contains(label->geometry()));
        sendMove(view, QPoint(view.viewport()->width() - 3, view.viewport()->height() - 3));
        if (label->isVisible())
            QVERIFY(view.viewport()->rect().contains(label->geometry()));

        // Leaving the map clears the hover.
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(view.viewport(), &leave);
        QVERIFY(view.toolTipText().isEmpty());
        QVERIFY(view.choroplethScene()->hoveredProvince().isEmpty());
    }

    void clickSelectsProvinces()
    {
        ProvinceChoroplethView view(proxy.get());
        view.resize(1000, 750);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.flushPendingRebuild();
        const QColor guangdongBefore = view.fillOf(Guangdong);

        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier,
                          viewPointOf(view, Zhejiang));
        QCOMPARE(proxy->filter().provinces, QSet<QString>{Zhejiang});
        QCOMPARE(proxy->rowCount(), 4);
        QCOMPARE(view.choroplethScene()->selectedProvinces(), QSet<QString>{Zhejiang});
        // The map keeps the other provinces for comparison.
        view.flushPendingRebuild();
        QCOMPARE(view.fillOf(Guangdong), guangdongBefore);

        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier,
                          viewPointOf(view, Guangdong));
        QCOMPARE(proxy->filter().provinces, (QSet<QString>{Zhejiang, Guangdong}));
        QCOMPARE(proxy->rowCount(), 11);
        QCOMPARE(view.choroplethScene()->selectedProvinces(), (QSet<QString>{Zhejiang, Guangdong}));

        // Ctrl+click on a selected province takes it out again.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier,
                          viewPointOf(view, Guangdong));
        QCOMPARE(proxy->filter().provinces, QSet<QString>{Zhejiang});

        // A plain click keeps the other criteria.
        ParkFilter f = proxy->filter();
        f.leadership = Leadership::Government;
        proxy->setFilter(f);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier,
                          viewPointOf(view, Guangdong));
        QCOMPARE(proxy->filter().provinces, QSet<QString>{Guangdong});
        QCOMPARE(proxy->filter().leadership, std::optional(Leadership::Government));
        QCOMPARE(proxy->rowCount(), 2);

        QTest::keyClick(&view, Qt::Key_Escape);
        QVERIFY(proxy->filter().provinces.isEmpty());
        QCOMPARE(proxy->filter().leadership, std::optional(Leadership::Government));
        QVERIFY(view.choroplethScene()->selectedProvinces().isEmpty());

        // Dragging pans; it selects nothing.
        const QPoint start = viewPointOf(view, Hunan);
        QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, start);
        QMouseEvent drag(QEvent::MouseMove, QPointF(start + QPoint(40, 30)),
                         view.viewport()->mapToGlobal(QPointF(start + QPoint(40, 30))),
                         Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &drag);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier,
                            start + QPoint(40, 30));
        QVERIFY(proxy->filter().provinces.isEmpty());
    }

    void selectionFollowsTheFilter()
    {
        ProvinceChoroplethView view(proxy.get());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        proxy->setProvinces({Hunan, Shanghai});
        QCOMPARE(view.choroplethScene()->selectedProvinces(), (QSet<QString>{Hunan, Shanghai}));
        proxy->setProvinces({});
        QVERIFY(view.choroplethScene()->selectedProvinces().isEmpty());

        view.highlightProvinces({Zhejiang});
        QCOMPARE(view.choroplethScene()->highlightedProvinces(), QSet<QString>{Zhejiang});
    }

    void rebuildsOnFilterChange()
    {
        ProvinceChoroplethView view(proxy.get());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.flushPendingRebuild();
        ChoroplethScene *scene = view.choroplethScene();
        QCOMPARE(scene->classes().figuresOf(Guangdong).parks.total, 7);
        QCOMPARE(scene->classes().parkCount(), 28);

        ParkFilter f;
        f.leadership = Leadership::Government;
        proxy->setFilter(f);
        // Deferred to the event loop, once for the burst.
        QTRY_COMPARE(scene->classes().figuresOf(Guangdong).parks.total, 2);
        QCOMPARE(scene->classes().parkCount(), 21);
        QCOMPARE(scene->classes().figuresOf(Shanghai).parks.total, 3);
        QVERIFY2(scene->subtitleText().contains(QStringLiteral("21")),
                 qPrintable(scene->subtitleText()));
        QVERIFY(scene->subtitleText() != QStringLiteral("All 21 parks"));
        // Zhejiang (4) now tops the map; the colours follow. Four values
        // (1, 2, 3, 4), four classes.
        const QMap<QString, QRgb> governmentLed = {
            {Zhejiang, 0x850026}, {Shanghai, 0xd41121}, {Hunan, 0xd41121}, {Guangdong, 0xfd6b31}};
        for (const QString &name : scene->provinceNames()) {
            QColor expected = parksJenks5(name) == noData ? noData : rgb(0xffbd58);
            if (governmentLed.contains(name))
                expected = rgb(governmentLed.value(name));
            QVERIFY2(view.fillOf(name) == expected,
                     qPrintable(name + u' ' + view.fillOf(name).name()));
        }
        sendMove(view, viewPointOf(view, Guangdong));
        QVERIFY2(view.toolTipText().contains(QStringLiteral("Number of parks: 2")),
                 qPrintable(view.toolTipText()));
        QVERIFY2(view.toolTipText().contains(QStringLiteral("match the filter")),
                 qPrintable(view.toolTipText()));

        // Edits to the data count too.
        QCOMPARE(proxy->rowCount(), 21);
        int row = 0;
        while (model->record(row).leadership != Leadership::Government)
            ++row;
        model->removeRows(row, 1);
        QTRY_COMPARE(scene->classes().parkCount(), 20);
        QVERIFY(!view.accessibleName().isEmpty());
        QVERIFY(view.accessibleDescription().contains(QStringLiteral("Zhejiang")));
    }

    void zoomAndFit()
    {
        ProvinceChoroplethView view(proxy.get());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.isZoomed());
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.isZoomed());
        QVERIFY(view.transform().m11() > 1.2);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(!view.isZoomed());
        const QPoint centre = view.viewport()->rect().center();
        QWheelEvent wheel(QPointF(centre), view.viewport()->mapToGlobal(QPointF(centre)), QPoint(),
                          QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.isZoomed());
        // Resizing while zoomed keeps the zoom; fitting lays out afresh.
        const QSizeF before = view.choroplethScene()->layoutSize();
        view.resize(800, 600);
        QCOMPARE(view.choroplethScene()->layoutSize(), before);
        QTest::keyClick(&view, Qt::Key_0);
        QVERIFY(!view.isZoomed());
        QCOMPARE(view.choroplethScene()->layoutSize(), QSizeF(view.viewport()->size()));
        view.resize(1000, 800);
        QCOMPARE(view.choroplethScene()->layoutSize(), QSizeF(view.viewport()->size()));
    }

    void followsTheLanguage()
    {
        ProvinceChoroplethView view(proxy.get());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.flushPendingRebuild();
        QCOMPARE(view.choroplethScene()->labelOf(Zhejiang), QStringLiteral("Zhejiang"));
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QTRY_COMPARE(view.choroplethScene()->labelOf(Zhejiang), QStringLiteral("浙江"));
        QVERIFY(view.choroplethScene()->toolTipFor(Zhejiang).startsWith(Zhejiang));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_COMPARE(view.choroplethScene()->labelOf(Zhejiang), QStringLiteral("Zhejiang"));
    }

    void panelRemembersChoices()
    {
        {
            MapPanel panel(proxy.get());
            QCOMPARE(panel.metric(), MapMetric::ParkCount);
            QCOMPARE(panel.metricCombo()->count(), 6);
            QCOMPARE(panel.methodCombo()->count(), 3);
            QCOMPARE(panel.classesSpinBox()->minimum(), 3);
            // Five at most: more cannot keep 15 L* apart in greyscale.
            QCOMPARE(panel.classesSpinBox()->maximum(), 5);
            panel.metricCombo()->setCurrentIndex(
                panel.metricCombo()->findData(int(MapMetric::AreaKm2)));
            emit panel.metricCombo()->activated(panel.metricCombo()->currentIndex());
            panel.setMethod(Classification::Method::Quantile);
            panel.classesSpinBox()->setValue(4);
            panel.markersCheckBox()->setChecked(true);
            QCOMPARE(panel.view()->metric(), MapMetric::AreaKm2);
            QCOMPARE(panel.view()->classCount(), 4);
            QVERIFY(panel.view()->parkMarkersVisible());
        }
        const QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("map/metric")).toString(), QStringLiteral("area"));
        QCOMPARE(settings.value(QStringLiteral("map/method")).toString(),
                 QStringLiteral("quantile"));
        QCOMPARE(settings.value(QStringLiteral("map/classes")).toInt(), 4);
        QCOMPARE(settings.value(QStringLiteral("map/markers")).toBool(), true);
        MapPanel again(proxy.get());
        QCOMPARE(again.metric(), MapMetric::AreaKm2);
        QCOMPARE(again.method(), Classification::Method::Quantile);
        QCOMPARE(again.classCount(), 4);
        QVERIFY(again.parkMarkersVisible());
        QCOMPARE(again.metricCombo()->currentData().toInt(), int(MapMetric::AreaKm2));
        QVERIFY(again.markersCheckBox()->isChecked());
    }

    void panelExport()
    {
        MapPanel panel(proxy.get());
        panel.resize(900, 700);
        QTemporaryDir dir;
        ImageExportSettings s;
        s.sizePx = QSize(800, 600);
        const QString path = dir.filePath(QStringLiteral("panel.png"));
        QVERIFY(panel.exportTo(path, s, true).ok());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(800, 600));
        // The dark page, while the screen keeps its theme.
        QCOMPARE(image.pixelColor(3, 3), QColor(0x2e, 0x30, 0x3a));
        QVERIFY(!panel.view()->choroplethScene()->isDarkTheme());
    }

    // Export -----------------------------------------------------------------

    void exportedPngHasClassColours_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("1200x900 at 96 dpi") << QSize(1200, 900) << 96;
        QTest::newRow("2400x1800 at 300 dpi") << QSize(2400, 1800) << 300;
    }

    void exportedPngHasClassColours()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        QTemporaryDir dir;
        MapCommand::Request request;
        request.metric = MapMetric::ParkCount;
        request.method = Classification::Method::Jenks;
        request.classes = 5;
        request.sizePx = size;
        request.dpi = dpi;
        request.english = true;
        request.outPath = dir.filePath(QStringLiteral("map.png"));
        CommandResult result = MapCommand::run(request, records);
        QCOMPARE(result.exitCode, ExitCode::Ok);
        QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
        const QImage image(request.outPath);
        QCOMPARE(image.size(), size);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);

        // Where the provinces are in that image: the same page, laid out
        // at the same logical size.
        ChoroplethScene scene;
        scene.setData(pointers(records), request.metric, request.method, request.classes, QString(),
                      true, false);
        const double scale = dpi / 96.0;
        scene.layoutFor(QSizeF(size) / scale);
        for (const QString &name :
             {Guangdong, Zhejiang, Hunan, Henan, QStringLiteral("新疆维吾尔自治区")}) {
            const QColor color = parksJenks5(name);
            // Around the anchor, minus the label on it.
            const QPointF anchor = scene.labelAnchorOf(name);
            const QRectF label = scene.labelRectOf(name);
            QPointF probe = anchor;
            if (label.contains(anchor))
                probe = QPointF(anchor.x(), label.bottom() + 6);
            const QPoint px = (probe * scale).toPoint();
            const int matching = pixelsOf(image, px, qRound(4 * scale), color);
            QVERIFY2(matching > 10, qPrintable(QStringLiteral("%1: %2 pixels of %3 near %4,%5")
                                                   .arg(name)
                                                   .arg(matching)
                                                   .arg(color.name())
                                                   .arg(px.x())
                                                   .arg(px.y())));
        }
        // The page is white outside the map.
        QCOMPARE(image.pixelColor(2, image.height() / 2), QColor(Qt::white));
    }

    void printTypeSizes_data()
    {
        QTest::addColumn<bool>("english");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en 3000x1800") << true << QSize(3000, 1800);
        QTest::newRow("zh 3000x1800") << false << QSize(3000, 1800);
        QTest::newRow("en 2400x1800") << true << QSize(2400, 1800);
        QTest::newRow("zh 2400x1600") << false << QSize(2400, 1600);
    }

    void printTypeSizes()
    {
        // At 300 dpi the page is laid out at size × 96/300 pixels of 1/96
        // in; a pixel size p prints at p × 72/96 pt. As on the charts: a
        // title of at least 14 pt, legend and labels of at least 9 pt.
        QFETCH(bool, english);
        QFETCH(QSize, size);
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), english, false);
        ImageExportSettings s;
        s.format = ImageExportSettings::Png;
        s.sizePx = size;
        s.dpi = 300;
        MapExport exportable(&scene, s);
        exportable.layoutFor(s.logicalSize());
        const auto points = [](const QFont &font) { return font.pixelSize() * 72.0 / 96.0; };
        QVERIFY2(points(scene.titleFont()) >= 14,
                 qPrintable(QString::number(points(scene.titleFont()))));
        QVERIFY(points(scene.subtitleFont()) >= 9);
        QVERIFY2(points(scene.legendFont()) >= 9,
                 qPrintable(QString::number(points(scene.legendFont()))));
        QVERIFY2(points(scene.labelFont()) >= 9,
                 qPrintable(QString::number(points(scene.labelFont()))));
        // Still a map: labels apart, inside their province or led out of it.
        for (const QString &name : scene.provinceNames()) {
            const QRectF r = scene.labelRectOf(name);
            QVERIFY2(scene.provinceAt(r.center()) == name || scene.hasLeaderLine(name),
                     qPrintable(name + QStringLiteral(" at ") + scene.provinceAt(r.center())));
            QVERIFY2(QRectF(QPointF(0, 0), scene.layoutSize()).contains(r), qPrintable(name));
        }
        exportable.restoreLayout();
    }

    void labelsInsideOrLedOut_data()
    {
        QTest::addColumn<bool>("english");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<bool>("markers");
        QTest::newRow("zh 1000x750") << false << QSizeF(1000, 750) << false;
        QTest::newRow("en 1000x750") << true << QSizeF(1000, 750) << false;
        QTest::newRow("en 960x576 markers") << true << QSizeF(960, 576) << true;
        QTest::newRow("zh 1600x1200 markers") << false << QSizeF(1600, 1200) << true;
    }

    void labelsInsideOrLedOut()
    {
        QFETCH(bool, english);
        QFETCH(QSizeF, size);
        QFETCH(bool, markers);
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), english, false);
        scene.setParkMarkersVisible(markers);
        scene.layoutFor(size);
        // The map makes room for a legend that would cover provinces by
        // shrinking in the upper right, not by giving up half the page.
        QVERIFY2(scene.mapRect().width() >= 0.5 * size.width(),
                 qPrintable(QString::number(scene.mapRect().width())));
        QVERIFY(!scene.mapRect().intersects(scene.legendRect()) ||
                scene.provinceAt(scene.legendRect().center()).isEmpty());
        // Ningxia's name used to sit on Gansu without a line to Ningxia.
        QVERIFY(scene.hasLeaderLine(QStringLiteral("宁夏回族自治区")));
        for (const QString &name : scene.provinceNames()) {
            QVERIFY2(markers || scene.isLabelShown(name), qPrintable(name));
            if (!scene.isLabelShown(name))
                continue;
            const QString under = scene.provinceAt(scene.labelRectOf(name).center());
            QVERIFY2(under == name || scene.hasLeaderLine(name),
                     qPrintable(name + QStringLiteral(" on ") + under));
        }
    }

    void exportedPngIsGreyscaleSafe()
    {
        // The class fills and the fill of provinces without parks, read
        // from the exported PNG and turned into CIELAB lightness, differ by
        // at least 15 L* step by step: a greyscale print keeps them apart
        // (Hunan's class used to print as the grey of "no parks").
        QTemporaryDir dir;
        MapCommand::Request request;
        request.metric = MapMetric::ParkCount;
        request.method = Classification::Method::Jenks;
        request.classes = 5;
        request.sizePx = QSize(3000, 1800);
        request.dpi = 300;
        request.english = true;
        request.outPath = dir.filePath(QStringLiteral("map.png"));
        QCOMPARE(MapCommand::run(request, records).exitCode, ExitCode::Ok);
        const QImage image(request.outPath);
        ChoroplethScene scene;
        scene.setData(pointers(records), request.metric, request.method, request.classes, QString(),
                      true, false);
        const double scale = 300 / 96.0;
        scene.layoutFor(QSizeF(request.sizePx) / scale);
        QList<double> lightness;
        for (const QString &name : {QStringLiteral("新疆维吾尔自治区"), QStringLiteral("江苏省"),
                                    Hunan, Zhejiang, Guangdong}) {
            const QPointF anchor = scene.labelAnchorOf(name);
            const QRectF label = scene.labelRectOf(name);
            QPointF probe = anchor;
            if (label.contains(anchor))
                probe = QPointF(anchor.x(), label.bottom() + 4);
            // The commonest colour around the probe: the fill.
            QHash<QRgb, int> counts;
            const QPoint px = (probe * scale).toPoint();
            for (int dx = -6; dx <= 6; ++dx) {
                for (int dy = -6; dy <= 6; ++dy)
                    ++counts[image.pixel(px + QPoint(dx, dy))];
            }
            QRgb fill = 0;
            int best = 0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (it.value() > best) {
                    best = it.value();
                    fill = it.key();
                }
            }
            QCOMPARE(QColor(fill), parksJenks5(name));
            lightness.append(Classification::lightness(QColor(fill)));
        }
        // Shanghai (5, the fourth class) is too small to probe reliably
        // around its label; its fill is looked for in the whole image.
        QVERIFY(pixelsOf(image, image.rect().center(), image.width(), parksJenks5(Shanghai)) > 20);
        lightness.insert(4, Classification::lightness(parksJenks5(Shanghai)));
        for (int i = 1; i < lightness.size(); ++i) {
            QVERIFY2(
                lightness.at(i - 1) - lightness.at(i) >= 15,
                qPrintable(
                    QStringLiteral("L* %1 then %2").arg(lightness.at(i - 1)).arg(lightness.at(i))));
        }
    }

    void exportedVectorFormats()
    {
        QTemporaryDir dir;
        MapCommand::Request request;
        request.english = true;
        request.sizePx = QSize(1200, 900);
        request.outPath = dir.filePath(QStringLiteral("map.pdf"));
        CommandResult result = MapCommand::run(request, records);
        QCOMPARE(result.exitCode, ExitCode::Ok);
        QFile pdf(request.outPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF-"));
        QVERIFY(pdf.size() > 10000);

        request.outPath = dir.filePath(QStringLiteral("map.svg"));
        request.filter.leadership = Leadership::Government;
        result = MapCommand::run(request, records);
        QCOMPARE(result.exitCode, ExitCode::Ok);
        QFile svg(request.outPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray bytes = svg.readAll();
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("Blockchain industrial parks by province")));
        // The title names the filter.
        QVERIFY(text.contains(QStringLiteral("Government-led")));
    }

    void commandFilters()
    {
        ParkFilter f;
        f.text = QStringLiteral("  HANGZHOU ");
        const Aggregations::Records hangzhou = MapCommand::filtered(records, f);
        proxy->setFilter(f);
        QCOMPARE(hangzhou.size(), proxy->rowCount());
        QVERIFY(!hangzhou.isEmpty());
        f = ParkFilter();
        f.provinces = {Guangdong};
        f.leadership = Leadership::Enterprise;
        QCOMPARE(MapCommand::filtered(records, f).size(), 5);
    }

    void commandErrors()
    {
        QTemporaryDir dir;
        MapCommand::Request request;
        CommandResult result;
        request.outPath = dir.filePath(QStringLiteral("map.jpg"));
        result = MapCommand::run(request, records);
        QCOMPARE(result.exitCode, ExitCode::Usage);
        QVERIFY2(result.message.contains(QStringLiteral("map.jpg")), qPrintable(result.message));
        QVERIFY(!QFile::exists(request.outPath));

        request.outPath = dir.filePath(QStringLiteral("map.png"));
        request.classes = 9;
        result = MapCommand::run(request, records);
        QCOMPARE(result.exitCode, ExitCode::Usage);
        request.classes = 5;
        request.sizePx = QSize(5, 5);
        result = MapCommand::run(request, records);
        QCOMPARE(result.exitCode, ExitCode::Usage);
        request.sizePx = QSize(800, 600);

        request.outPath = dir.filePath(QStringLiteral("no/such/folder/map.png"));
        result = MapCommand::run(request, records);
        QCOMPARE(result.exitCode, ExitCode::WriteFailed);
        QVERIFY2(result.message.contains(request.outPath), qPrintable(result.message));
    }

    // Qualified values and the report's counts -------------------------------

    void qualifiedAreaLeftOutOfSums()
    {
        // Zhejiang: a park's own area and a host zone's; Hunan: only a host
        // zone's.
        QList<ParkRecord> parks{
            park(QStringLiteral("own"), Zhejiang), park(QStringLiteral("zone"), Zhejiang),
            park(QStringLiteral("hunan-zone"), Hunan), park(QStringLiteral("unknown"), Hunan)};
        parks[0].areaKm2 = 2.5;
        parks[0].areaScope = QStringLiteral("park");
        parks[1].areaKm2 = 8.42;
        parks[1].areaScope = QStringLiteral("hostZone");
        parks[2].areaKm2 = 41.48;
        parks[2].areaScope = QStringLiteral("hostZone");
        const Aggregations::Records all = pointers(parks);

        QMap<QString, ProvinceFigures> figures = provinceFigures(MapMetric::AreaKm2, all);
        QCOMPARE(figures.value(Zhejiang).value, std::optional<double>(2.5));
        QCOMPARE(figures.value(Zhejiang).known, 1);
        QCOMPARE(figures.value(Zhejiang).leftOut, 1);
        QVERIFY(figures.value(Zhejiang).qualified.isEmpty());
        QVERIFY(!figures.value(Hunan).value);
        QCOMPARE(figures.value(Hunan).leftOut, 1);
        QCOMPARE(metricByProvince(MapMetric::AreaKm2, all),
                 (QMap<QString, double>{{Zhejiang, 2.5}}));

        figures = provinceFigures(MapMetric::AreaKm2, all, Aggregations::QualifiedValues::Include);
        QCOMPARE(figures.value(Zhejiang).value, std::optional<double>(2.5 + 8.42));
        QCOMPARE(figures.value(Zhejiang).known, 2);
        QCOMPARE(figures.value(Zhejiang).leftOut, 0);
        QCOMPARE(figures.value(Zhejiang).qualified.value(Aggregations::Qualifier::HostZone), 1);
        QCOMPARE(figures.value(Hunan).value, std::optional<double>(41.48));

        // Counts of parks know nothing of qualifiers.
        figures = provinceFigures(MapMetric::ParkCount, all);
        QCOMPARE(figures.value(Zhejiang).value, std::optional<double>(2));
        QCOMPARE(figures.value(Zhejiang).leftOut, 0);
        QVERIFY(figures.value(Zhejiang).qualifiedValues.isEmpty());

        ChoroplethScene scene;
        scene.setData(all, MapMetric::AreaKm2, Classification::Method::Jenks, 5, QString(), true,
                      false);
        QCOMPARE(scene.classes().stateOf(Hunan), ChoroplethClasses::State::NoData);
        QVERIFY(scene.isHatched(Hunan));
        QCOMPARE(scene.legendNotes(),
                 QStringList{
                     QStringLiteral("2 qualified values left out of the sums (host-zone area)")});
        QString tip = scene.toolTipFor(Hunan);
        QVERIFY2(tip.contains(QStringLiteral("Planned area (km²): no data")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("1 qualified value left out: 41.48 km² (host zone)")),
                 qPrintable(tip));
        tip = scene.toolTipFor(Zhejiang);
        QVERIFY2(tip.contains(QStringLiteral("Planned area (km²): 2.5\n")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("1 qualified value left out: 8.42 km² (host zone)")),
                 qPrintable(tip));

        scene.setQualifiedValues(Aggregations::QualifiedValues::Include);
        scene.setData(all, MapMetric::AreaKm2, Classification::Method::Jenks, 5, QString(), true,
                      false);
        QCOMPARE(scene.classes().stateOf(Hunan), ChoroplethClasses::State::Classified);
        QCOMPARE(scene.legendNotes(),
                 QStringList{QStringLiteral("Sums include 2 qualified values (host-zone area)")});
        tip = scene.toolTipFor(Zhejiang);
        QVERIFY2(tip.contains(QStringLiteral("Planned area (km²): 10.9\n")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Includes 1 qualified value: 8.42 km² (host zone)")),
                 qPrintable(tip));
    }

    void aLabelStrokesItsExactHaloOnlyForVectors()
    {
        MapLabelItem label;
        label.setText(QStringLiteral("浙江"), QFont());
        QVERIFY(!label.hasVectorHalo());
        QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.translate(100, 50);
            label.paint(&painter, nullptr);
        }
        QVERIFY(!label.hasVectorHalo()); // the screen draws the glyphs around
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                painted += qAlpha(image.pixel(x, y)) > 0;
        }
        QVERIFY(painted > 50);

        QTemporaryDir dir;
        QPdfWriter pdf(dir.filePath(QStringLiteral("label.pdf")));
        {
            QPainter painter(&pdf);
            label.paint(&painter, nullptr);
        }
        QVERIFY(label.hasVectorHalo());
        label.setText(QStringLiteral("江苏"), QFont());
        QVERIFY(!label.hasVectorHalo()); // made again for the new text
    }

    void largeTablesAreCountedInTwoHalves()
    {
        QList<ParkRecord> parks{
            park(QStringLiteral("own"), Zhejiang), park(QStringLiteral("zone"), Zhejiang),
            park(QStringLiteral("hunan-zone"), Hunan), park(QStringLiteral("unknown"), Hunan)};
        parks[0].areaKm2 = 2.5;
        parks[1].areaKm2 = 8.25;
        parks[1].areaScope = QStringLiteral("hostZone");
        parks[2].areaKm2 = 41.5;
        parks[2].areaScope = QStringLiteral("hostZone");
        // Over Aggregations::ParallelRecords, so that the two halves are
        // counted apart and added up.
        Aggregations::Records big;
        for (int i = 0; i < 40001; ++i) {
            for (const ParkRecord &p : std::as_const(parks))
                big.append(&p);
        }
        QVERIFY(big.size() > Aggregations::ParallelRecords);
        const auto provinceOf = [](const ParkRecord &r) { return r.province; };
        for (const auto qualified :
             {Aggregations::QualifiedValues::Include, Aggregations::QualifiedValues::Exclude}) {
            const auto halves = provinceFigures(MapMetric::AreaKm2, big, qualified);
            const auto once = areaFigures(MapMetric::AreaKm2, big, qualified, provinceOf);
            QCOMPARE(halves.keys(), once.keys());
            for (const QString &province : halves.keys()) {
                const ProvinceFigures &h = halves[province];
                const ProvinceFigures &o = once[province];
                QCOMPARE(h.parks, o.parks);
                QCOMPARE(h.known, o.known);
                QCOMPARE(h.leftOut, o.leftOut);
                QCOMPARE(h.qualified, o.qualified);
                QCOMPARE(h.qualifiedValues, o.qualifiedValues);
                QCOMPARE(h.value, o.value); // halves of exact binary fractions
            }
            QCOMPARE(halves.value(Zhejiang).parks.total, 80002);
        }
    }

    void qualifiedEnterprisesMarked()
    {
        // The embedded dataset: Hainan's "more than 100" is its only value,
        // Hunan has 10 and "more than 10", Chongqing "about 40".
        const LoadResult embedded =
            ParkStore::loadFile(QStringLiteral(RESOURCES_DIR "/data/parks.json"));
        QVERIFY(embedded.isUsable());
        const Aggregations::Records all = pointers(embedded.document.parks);
        const QString hainan = QStringLiteral("海南省");
        const QString chongqing = QStringLiteral("重庆市");

        ChoroplethScene scene;
        scene.setData(all, MapMetric::Enterprises, Classification::Method::Jenks, 5, QString(),
                      true, false);
        QCOMPARE(scene.classes().stateOf(hainan), ChoroplethClasses::State::NoData);
        QCOMPARE(scene.classes().figuresOf(hainan).leftOut, 1);
        QCOMPARE(scene.classes().figuresOf(Hunan).value, std::optional<double>(10));
        QString tip = scene.toolTipFor(hainan);
        QVERIFY2(tip.contains(QStringLiteral("1 qualified value left out: ≥100")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("not known")), qPrintable(tip));
        QCOMPARE(scene.legendNotes(),
                 QStringList{QStringLiteral(
                     "3 qualified values left out of the sums (lower bound, approximate)")});
        QVERIFY(!scene.accessibleSummary().contains(QStringLiteral("≥")));

        scene.setQualifiedValues(Aggregations::QualifiedValues::Include);
        scene.setData(all, MapMetric::Enterprises, Classification::Method::Jenks, 5, QString(),
                      true, false);
        QCOMPARE(scene.classes().stateOf(hainan), ChoroplethClasses::State::Classified);
        tip = scene.toolTipFor(hainan);
        QVERIFY2(tip.contains(QStringLiteral(": ≥100")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Includes 1 qualified value: ≥100")), qPrintable(tip));
        QVERIFY2(scene.toolTipFor(Hunan).contains(QStringLiteral(": ≥20")),
                 qPrintable(scene.toolTipFor(Hunan)));
        QVERIFY2(scene.toolTipFor(chongqing).contains(QStringLiteral(": ~40")),
                 qPrintable(scene.toolTipFor(chongqing)));
        QVERIFY2(scene.accessibleSummary().contains(QStringLiteral("Hainan: ≥100")),
                 qPrintable(scene.accessibleSummary()));
        QCOMPARE(scene.legendNotes(),
                 QStringList{
                     QStringLiteral("Sums include 3 qualified values (lower bound, approximate)")});

        // The fund: Zhejiang's investment plan is named.
        scene.setData(all, MapMetric::FundCny100m, Classification::Method::Jenks, 5, QString(),
                      true, false);
        QCOMPARE(scene.classes().figuresOf(Zhejiang).value, std::optional<double>(2100));
        QCOMPARE(scene.legendNotes(),
                 QStringList{QStringLiteral("Sums include 1 qualified value (investment plan)")});
        scene.setQualifiedValues(Aggregations::QualifiedValues::Exclude);
        scene.setData(all, MapMetric::FundCny100m, Classification::Method::Jenks, 5, QString(),
                      true, false);
        QCOMPARE(scene.classes().figuresOf(Zhejiang).value, std::optional<double>(100));
        tip = scene.toolTipFor(Zhejiang);
        QVERIFY2(
            tip.contains(QStringLiteral("1 qualified value left out: 2,000 (investment plan)")),
            qPrintable(tip));
    }

    void qualifiedValuesNotedInExport()
    {
        // The command line over the embedded dataset: its four host-zone
        // areas are left out, or with --include-qualified taken in.
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("area.svg"));
        QString errors;
        const QStringList arguments{QStringLiteral("--export-map"),
                                    QStringLiteral("--metric"),
                                    QStringLiteral("area"),
                                    QStringLiteral("--out"),
                                    svg,
                                    QStringLiteral("--size"),
                                    QStringLiteral("1200x900"),
                                    QStringLiteral("--lang"),
                                    QStringLiteral("en")};
        QCOMPARE(runParkExplorer(arguments, &errors), 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = svgText(file.readAll());
        file.close();
        QVERIFY2(text.contains(
                     QStringLiteral("4 qualified values left out of the sums (host-zone area)")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Sums include")));

        QCOMPARE(runParkExplorer(arguments + QStringList{QStringLiteral("--include-qualified")},
                                 &errors),
                 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = svgText(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("Sums include 4 qualified values (host-zone area)")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("left out of the sums")));
    }

    void panelRemembersQualifiedChoice()
    {
        {
            MapPanel panel(proxy.get());
            QVERIFY(!panel.qualifiedCheckBox()->isChecked());
            QCOMPARE(panel.view()->qualifiedValues(), Aggregations::QualifiedValues::Exclude);
            panel.qualifiedCheckBox()->setChecked(true);
            QCOMPARE(panel.view()->qualifiedValues(), Aggregations::QualifiedValues::Include);
            panel.view()->flushPendingRebuild();
            QCOMPARE(panel.view()->choroplethScene()->classes().qualifiedValues(),
                     Aggregations::QualifiedValues::Include);
        }
        QCOMPARE(QSettings().value(QStringLiteral("map/includeQualified")).toBool(), true);
        MapPanel again(proxy.get());
        QVERIFY(again.qualifiedCheckBox()->isChecked());
        QVERIFY(again.includesQualifiedValues());
    }

    void reportCountsBesideTheDataset()
    {
        const LoadResult fixture =
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/fixture-parks.json"));
        QVERIFY(fixture.isUsable());
        ChoroplethScene scene;
        scene.setReportFigures(parseReportFigures(fixture.document.about));
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        QString tip = scene.toolTipFor(Guangdong);
        QVERIFY2(tip.contains(QStringLiteral("Number of parks: 7 · Report: 7")), qPrintable(tip));
        tip = scene.toolTipFor(Zhejiang);
        QVERIFY2(tip.contains(QStringLiteral("Number of parks: 4 · Report: 7")), qPrintable(tip));
        QVERIFY2(!scene.toolTipFor(Hunan).contains(QStringLiteral("Report")),
                 qPrintable(scene.toolTipFor(Hunan)));
        QCOMPARE(scene.legendNotes(), QStringList{QStringLiteral(
                                          "Report's count where stated: Guangdong 7, Zhejiang 7")});

        // Government-led parks: the report's government-led counts.
        scene.setData(pointers(records), MapMetric::GovernmentCount, Classification::Method::Jenks,
                      5, QString(), true, false);
        tip = scene.toolTipFor(Hunan);
        QVERIFY2(tip.contains(QStringLiteral("Government-led parks: 3 · Report: 3")),
                 qPrintable(tip));
        QVERIFY(!scene.toolTipFor(Guangdong).contains(QStringLiteral("Report")));
        QCOMPARE(scene.legendNotes(),
                 QStringList{QStringLiteral(
                     "Report's count where stated: Zhejiang 4, Hunan 3, Shanghai 3")});

        // Sums, and counts under a filter, have nothing of the report's to
        // set beside them.
        scene.setData(pointers(records), MapMetric::AreaKm2, Classification::Method::Jenks, 5,
                      QString(), true, false);
        QVERIFY(!scene.toolTipFor(Zhejiang).contains(QStringLiteral("Report")));
        QVERIFY(scene.legendNotes().isEmpty());
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QStringLiteral("Government-led"), true, false);
        QVERIFY(!scene.toolTipFor(Guangdong).contains(QStringLiteral("Report")));
        QVERIFY(scene.legendNotes().isEmpty());

        // Province names in the map's language.
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), false, false);
        QVERIFY2(scene.legendNotes().value(0).contains(QStringLiteral("广东")),
                 qPrintable(scene.legendNotes().value(0)));
    }

    void insetCaptionStaysPutAcrossLanguages_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("960x576 (3000x1800 at 300 dpi)") << QSizeF(960, 576);
        QTest::newRow("1600x1200") << QSizeF(1600, 1200);
        QTest::newRow("1000x750") << QSizeF(1000, 750);
    }

    void insetCaptionStaysPutAcrossLanguages()
    {
        QFETCH(QSizeF, size);
        struct Layout
        {
            QRectF inset;
            QPointF anchor;
            QRectF caption;
            QString text;
        };
        const auto layoutIn = [&](const QString &language) {
            if (!Translations::install(language))
                return Layout();
            ChoroplethScene scene;
            scene.setData(pointers(records), MapMetric::AreaKm2, Classification::Method::Jenks, 5,
                          QString(), language == QLatin1String("en"), false);
            scene.layoutFor(size);
            return Layout{scene.insetRect(), scene.insetCaptionAnchor(), scene.insetCaptionRect(),
                          scene.insetCaptionText()};
        };
        const Layout zh = layoutIn(QStringLiteral("zh_CN"));
        const Layout en = layoutIn(QStringLiteral("en"));
        QCOMPARE(zh.text, QStringLiteral("南海诸岛"));
        QCOMPARE(en.text.simplified(), QStringLiteral("South China Sea Islands"));
        for (const Layout &l : {zh, en}) {
            QVERIFY2(l.inset.contains(l.anchor), qPrintable(l.text));
            QVERIFY2(l.inset.contains(l.caption), qPrintable(l.text));
            // Centred on its anchor, whatever its width.
            QVERIFY(std::abs(l.caption.center().x() - l.anchor.x()) < 0.01);
        }
        // The same place in the frame, and the frame in the same place.
        QCOMPARE(en.inset, zh.inset);
        QCOMPARE(en.anchor, zh.anchor);
    }

    // Repaints copy the provinces from an image: it must give the pixels
    // drawing them gives, and follow every change of colour, outline and
    // layout.
    void cachedProvincesMatchDrawnOnes()
    {
        ChoroplethScene cached;
        ChoroplethScene drawn;
        drawn.setProvinceCacheEnabled(false);
        const auto change = [&](const std::function<void(ChoroplethScene &)> &how) {
            how(cached);
            how(drawn);
        };
        const auto render = [](ChoroplethScene &scene, double scale, bool antialiased = true) {
            const QSize size = (scene.sceneRect().size() * scale).toSize();
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing, antialiased);
            scene.render(&painter, QRectF(image.rect()), scene.sceneRect());
            return image;
        };
        const auto compare = [&](const char *what, double scale = 1.0, bool antialiased = true) {
            const QImage expected = render(drawn, scale, antialiased);
            // Drawing the image, then copying it.
            QVERIFY2(render(cached, scale, antialiased) == expected, what);
            QVERIFY2(render(cached, scale, antialiased) == expected, what);
        };
        change([this](ChoroplethScene &s) {
            s.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), false, false);
            s.layoutFor(QSizeF(1000, 750));
        });
        compare("light");
        // Inside Guangdong, under its label.
        const QPoint probe(qRound(cached.labelAnchorOf(Guangdong).x()),
                           qRound(cached.labelRectOf(Guangdong).bottom() + 6));
        QCOMPARE(render(cached, 1.0).pixelColor(probe), parksJenks5(Guangdong));
        change([](ChoroplethScene &s) { s.setDarkTheme(true); });
        compare("dark");
        change([this](ChoroplethScene &s) {
            s.setData(pointers(records), MapMetric::Enterprises, Classification::Method::Quantile,
                      3, QString(), false, true);
        });
        compare("other metric");
        QVERIFY(render(cached, 1.0).pixelColor(probe) != parksJenks5(Guangdong));
        change([](ChoroplethScene &s) {
            s.setSelectedProvinces({Guangdong});
            s.setHoveredProvince(Zhejiang);
        });
        compare("selected and hovered");
        compare("without antialiasing", 1.0, false);
        compare("twice the size", 2.0);
        change([](ChoroplethScene &s) { s.layoutFor(QSizeF(640, 900)); });
        compare("other layout");
        change([](ChoroplethScene &s) { s.setLineScale(3.0); });
        compare("wider lines");
        change([](ChoroplethScene &s) { s.setBackgroundVisible(false); });
        compare("transparent page");
    }
};

QTEST_MAIN(TestMap)
#include "tst_map.moc"
