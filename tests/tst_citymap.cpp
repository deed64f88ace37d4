#include "citygazetteer.h"
#include "map/choroplethscene.h"
#include "map/mapcommand.h"
#include "map/mapgeometry.h"
#include "map/mappanel.h"
#include "map/provincechoroplethview.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMouseEvent>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

namespace {

const QString Zhejiang = QStringLiteral("浙江省");
const QString Guangdong = QStringLiteral("广东省");
const QString Shanghai = QStringLiteral("上海市");
const QString Hangzhou = QStringLiteral("杭州市");
const QString Ningbo = QStringLiteral("宁波市");
const QString Guangzhou = QStringLiteral("广州市");
const QColor NoDataColour(0xf7, 0xf7, 0xf7);

Aggregations::Records pointers(const QList<ParkRecord> &records)
{
    Aggregations::Records list;
    for (const ParkRecord &r : records)
        list.append(&r);
    return list;
}

// The texts of an SVG, one after the other with a space between.
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

// Runs parkexplorer without a display and with a home of its own; the exit
// code, or -1 when it did not finish.
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

class TestCityMap : public QObject
{
    Q_OBJECT

private:
    QList<ParkRecord> records;
    QTemporaryDir settingsDir;
    std::unique_ptr<ParkTableModel> model;
    std::unique_ptr<ParkFilterProxy> proxy;

    static QPoint viewPointOf(const ProvinceChoroplethView &view, const QString &area)
    {
        return view.mapFromScene(view.sceneCentreOf(area));
    }

    static void sendMove(ProvinceChoroplethView &view, const QPoint &pos)
    {
        QMouseEvent move(QEvent::MouseMove, QPointF(pos),
                         view.viewport()->mapToGlobal(QPointF(pos)), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ParkExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_citymap"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        // A frozen copy of the embedded dataset: Hangzhou 4 parks,
        // Guangzhou 6, Shanghai 5.
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

    void cityGeometry()
    {
        const MapGeometry *zhejiang = MapGeometry::citiesOf(Zhejiang);
        QVERIFY(zhejiang);
        QCOMPARE(zhejiang->provinceFullName(), Zhejiang);
        QCOMPARE(zhejiang->provinces().size(), 11);
        QVERIFY(zhejiang->find(Hangzhou));
        QVERIFY(zhejiang->inset().isEmpty());
        // Kept: a second call gives the same geometry.
        QCOMPARE(MapGeometry::citiesOf(Zhejiang), zhejiang);
        // The province's middle meridian points north: two points on it
        // stand one above the other once turned.
        const QRectF box = zhejiang->bounds();
        QVERIFY(!box.isEmpty());
        const QPointF north = zhejiang->orientation().map(MapGeometry::project(120.15, 31.0));
        const QPointF south = zhejiang->orientation().map(MapGeometry::project(120.15, 27.2));
        QVERIFY2(std::abs(north.x() - south.x()) < 0.02 * std::abs(north.y() - south.y()),
                 qPrintable(QStringLiteral("%1 / %2").arg(north.x()).arg(south.x())));
        QVERIFY(north.y() < south.y());

        const MapGeometry *shanghai = MapGeometry::citiesOf(Shanghai);
        QVERIFY(shanghai);
        QCOMPARE(shanghai->provinces().size(), 1);
        QCOMPARE(shanghai->provinces().constFirst().fullName, Shanghai);

        QVERIFY(!MapGeometry::citiesOf(QStringLiteral("Atlantis")));
        // Full names only, as park records store them.
        QVERIFY(!MapGeometry::citiesOf(QStringLiteral("Zhejiang")));
    }

    void zhejiangCities()
    {
        ChoroplethScene scene(*MapGeometry::citiesOf(Zhejiang));
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        QVERIFY(scene.isCityMap());
        QCOMPARE(scene.drilledProvince(), Zhejiang);
        QCOMPARE(scene.provinceNames().size(), 11);
        QCOMPARE(scene.classes().figuresOf(Hangzhou).parks.total, 4);
        QCOMPARE(*scene.classes().figuresOf(Hangzhou).value, 4.0);
        // Only the province's parks count.
        QCOMPARE(scene.classes().parkCount(), 4);
        QCOMPARE(scene.classes().stateOf(Ningbo), ChoroplethClasses::State::NoParks);
        QCOMPARE(scene.fillOf(Ningbo).rgb(), NoDataColour.rgb());
        QVERIFY(scene.fillOf(Hangzhou).rgb() != NoDataColour.rgb());
        QCOMPARE(scene.labelOf(Hangzhou), QStringLiteral("Hangzhou"));
        QCOMPARE(scene.labelOf(Ningbo), QStringLiteral("Ningbo"));
        QCOMPARE(scene.parksInUnknownCities(), 0);
        QVERIFY2(scene.titleText().contains(QStringLiteral("Zhejiang")),
                 qPrintable(scene.titleText()));
        QVERIFY2(scene.subtitleText().contains(QStringLiteral("Parks in 1 of the 11 cities")),
                 qPrintable(scene.subtitleText()));
        QVERIFY(scene.legendTexts().contains(QStringLiteral("None in the dataset (10)")));
        // The national map's inset is not part of a province's map.
        QVERIFY(scene.insetRect().isEmpty());
        QVERIFY(scene.toolTipFor(Hangzhou).startsWith(QStringLiteral("Hangzhou\n")));
        QVERIFY2(scene.toolTipFor(Hangzhou).contains(QStringLiteral("Parks: 4")),
                 qPrintable(scene.toolTipFor(Hangzhou)));

        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), false, false);
        QCOMPARE(scene.labelOf(Hangzhou), QStringLiteral("杭州"));
        QVERIFY(scene.toolTipFor(Hangzhou).startsWith(QStringLiteral("杭州市\n")));
    }

    void cityLabelsDoNotOverlap_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<bool>("english");
        QTest::addColumn<QSizeF>("size");
        for (const QString &province : {Zhejiang, Guangdong, QStringLiteral("四川省")}) {
            for (bool english : {true, false}) {
                for (const QSizeF &size : {QSizeF(1000, 750), QSizeF(3000, 1800)}) {
                    QTest::addRow("%s %s %dx%d", qPrintable(province), english ? "en" : "zh",
                                  int(size.width()), int(size.height()))
                        << province << english << size;
                }
            }
        }
    }

    void cityLabelsDoNotOverlap()
    {
        QFETCH(QString, province);
        QFETCH(bool, english);
        QFETCH(QSizeF, size);
        ChoroplethScene scene(*MapGeometry::citiesOf(province));
        scene.setParkMarkersVisible(true);
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), english, false);
        scene.layoutFor(size);
        const QStringList names = scene.provinceNames();
        const QRectF page(QPointF(0, 0), size);
        for (int i = 0; i < names.size(); ++i) {
            const QRectF a = scene.labelRectOf(names.at(i));
            QVERIFY2(!a.isEmpty(), qPrintable(names.at(i)));
            QVERIFY2(page.contains(a), qPrintable(names.at(i)));
            QVERIFY2(!a.intersects(scene.legendRect()), qPrintable(names.at(i)));
            for (int j = i + 1; j < names.size(); ++j) {
                QVERIFY2(!a.intersects(scene.labelRectOf(names.at(j))),
                         qPrintable(names.at(i) + QStringLiteral(" / ") + names.at(j)));
            }
        }
    }

    void shortLabels()
    {
        ChoroplethScene scene(*MapGeometry::citiesOf(QStringLiteral("四川省")));
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        const QString ngawa = QStringLiteral("阿坝藏族羌族自治州");
        QCOMPARE(scene.labelOf(ngawa), QStringLiteral("Ngawa"));
        // The tooltip names it in full.
        QVERIFY2(scene.toolTipFor(ngawa).startsWith(
                     QStringLiteral("Ngawa Tibetan and Qiang Autonomous Prefecture\n")),
                 qPrintable(scene.toolTipFor(ngawa)));
        QCOMPARE(scene.labelOf(QStringLiteral("成都市")), QStringLiteral("Chengdu"));
        QCOMPARE(scene.subtitleText().section(QLatin1Char('\n'), 0, 0), QStringLiteral("1 park"));
    }

    void parksInUnknownCitiesAreNoted()
    {
        QList<ParkRecord> more = records;
        ParkRecord r;
        r.id = QStringLiteral("x1");
        r.nameZh = QStringLiteral("x1");
        r.province = Zhejiang;
        r.city = QStringLiteral("无此市");
        more.append(r);
        ChoroplethScene scene(*MapGeometry::citiesOf(Zhejiang));
        scene.setData(pointers(more), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        QCOMPARE(scene.parksInUnknownCities(), 1);
        QCOMPARE(scene.classes().parkCount(), 4);
        QVERIFY2(scene.legendNotes().contains(
                     QStringLiteral("1 park in a city the gazetteer does not know not shown")),
                 qPrintable(scene.legendNotes().join(QLatin1Char('|'))));
        // The subtitle counts every park of the province.
        QVERIFY2(scene.subtitleText().contains(QStringLiteral("All 5 parks")),
                 qPrintable(scene.subtitleText()));
    }

    void municipality()
    {
        ChoroplethScene scene(*MapGeometry::citiesOf(Shanghai));
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        QCOMPARE(scene.provinceNames(), QStringList{Shanghai});
        QCOMPARE(scene.classes().figuresOf(Shanghai).parks.total, 5);
        QCOMPARE(scene.classes().stateOf(Shanghai), ChoroplethClasses::State::Classified);
        QCOMPARE(scene.labelOf(Shanghai), QStringLiteral("Shanghai"));
        QVERIFY(!scene.hasLeaderLine(Shanghai));
        // One city: no count of cities, and no row for cities without parks.
        QVERIFY2(!scene.subtitleText().contains(QStringLiteral("cities")),
                 qPrintable(scene.subtitleText()));
        QVERIFY(!scene.legendTexts().contains(QStringLiteral("None in the dataset (0)")));
        QVERIFY(scene.legendTexts().contains(QStringLiteral("5 (1)")));
        QVERIFY(scene.mapRect().width() > 0.3 * scene.layoutSize().width() ||
                scene.mapRect().height() > 0.5 * scene.layoutSize().height());
    }

    void cityCircles()
    {
        ChoroplethScene scene;
        scene.setData(pointers(records), MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        // Counted only while shown.
        QCOMPARE(scene.cityCircleCount(Guangzhou), 0);
        scene.setCityCirclesVisible(true);
        scene.layoutFor(QSizeF(1200, 900));
        QCOMPARE(scene.cityCircleCount(Guangzhou), 6);
        QCOMPARE(scene.cityCircleCount(Hangzhou), 4);
        QCOMPARE(scene.cityCircleCount(Ningbo), 0);
        QCOMPARE(scene.cityCircleRadius(Ningbo), 0.0);
        const double guangzhou = scene.cityCircleRadius(Guangzhou, Guangdong);
        const double hangzhou = scene.cityCircleRadius(Hangzhou);
        QVERIFY(hangzhou > 0);
        // Areas in proportion to the counts.
        QVERIFY(std::abs(guangzhou / hangzhou - std::sqrt(6.0 / 4.0)) < 1e-6);
        const QStringList legend = scene.legendTexts();
        QVERIFY2(legend.contains(QStringLiteral("Parks by city")),
                 qPrintable(legend.join(QLatin1Char('|'))));
        QVERIFY(legend.contains(QStringLiteral("6 parks")));
        QVERIFY(legend.contains(QStringLiteral("3 parks")));
        QVERIFY(legend.contains(QStringLiteral("1 park")));

        scene.setCityCirclesVisible(false);
        QVERIFY(!scene.legendTexts().contains(QStringLiteral("Parks by city")));
        QCOMPARE(scene.cityCircleCount(Guangzhou), 0);
        QCOMPARE(scene.cityCircleRadius(Guangzhou), 0.0);
        // Data set while hidden is counted when they are shown again.
        Aggregations::Records inGuangdong;
        for (const ParkRecord &r : std::as_const(records)) {
            if (r.province == Guangdong)
                inGuangdong.append(&r);
        }
        scene.setData(inGuangdong, MapMetric::ParkCount, Classification::Method::Jenks, 5,
                      QString(), true, false);
        QCOMPARE(scene.cityCircleCount(Guangzhou), 0);
        scene.setCityCirclesVisible(true);
        QCOMPARE(scene.cityCircleCount(Guangzhou), 6);
        QCOMPARE(scene.cityCircleCount(Hangzhou), 0);
    }

    void viewDrillsDownAndBack()
    {
        ProvinceChoroplethView view(proxy.get());
        view.resize(1000, 750);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.flushPendingRebuild();
        QSignalSpy changes(&view, &ProvinceChoroplethView::drillDownChanged);

        QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier,
                           viewPointOf(view, Zhejiang));
        QCOMPARE(view.drilledProvince(), Zhejiang);
        QVERIFY(view.choroplethScene() != view.nationalScene());
        QCOMPARE(view.choroplethScene()->provinceNames().size(), 11);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.constFirst().constFirst().toString(), Zhejiang);

        // Hovering tells the city's figures.
        sendMove(view, viewPointOf(view, Hangzhou));
        QVERIFY2(view.toolTipText().startsWith(QStringLiteral("Hangzhou")),
                 qPrintable(view.toolTipText()));
        QVERIFY(view.toolTipText().contains(QStringLiteral("Parks: 4")));

        // A click selects the city through the filter.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier,
                          viewPointOf(view, Hangzhou));
        QCOMPARE(proxy->filter().cities, QSet<QString>{Hangzhou});
        QCOMPARE(proxy->rowCount(), 4);
        view.flushPendingRebuild();
        QCOMPARE(view.choroplethScene()->selectedProvinces(), QSet<QString>{Hangzhou});
        // The map keeps the other cities' colours.
        QCOMPARE(view.choroplethScene()->classes().parkCount(), 4);
        QTest::keyClick(&view, Qt::Key_Escape);
        QVERIFY(proxy->filter().cities.isEmpty());

        QTest::keyClick(&view, Qt::Key_Backspace);
        QVERIFY(view.drilledProvince().isEmpty());
        QCOMPARE(view.choroplethScene(), view.nationalScene());
        QCOMPARE(changes.size(), 2);

        QVERIFY(view.drillDown(Guangdong));
        QCOMPARE(view.drilledProvince(), Guangdong);
        QTest::keyClick(&view, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(view.drilledProvince().isEmpty());
        QVERIFY(!view.drillDown(QStringLiteral("Atlantis")));
        QVERIFY(view.drilledProvince().isEmpty());
    }

    void theProvincesAreListedWhenThePanelIsFirstShown()
    {
        // A hidden panel (the Map tab behind the table) lists none: the
        // city gazetteer they come from is still being read as the window
        // opens. A drill-down made meanwhile shows once the panel does.
        MapPanel panel(proxy.get());
        QCOMPARE(panel.provinceCombo()->count(), 1); // All of China
        panel.retranslate();
        QCOMPARE(panel.provinceCombo()->count(), 1);
        QVERIFY(panel.view()->drillDown(Zhejiang));
        panel.resize(1000, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.provinceCombo()->count() > 30);
        QCOMPARE(panel.provinceCombo()->currentData().toString(), Zhejiang);
        QCOMPARE(panel.breadcrumb()->text(), QStringLiteral("China › Zhejiang"));
        panel.retranslate();
        QCOMPARE(panel.provinceCombo()->currentData().toString(), Zhejiang);
    }

    void panelBreadcrumb()
    {
        MapPanel panel(proxy.get());
        panel.resize(1000, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.breadcrumb()->text(), QStringLiteral("China"));
        QVERIFY(!panel.backButton()->isEnabled());
        const int zhejiang = panel.provinceCombo()->findData(Zhejiang);
        QVERIFY(zhejiang > 0);
        QCOMPARE(panel.provinceCombo()->itemText(zhejiang), QStringLiteral("Zhejiang"));
        panel.provinceCombo()->setCurrentIndex(zhejiang);
        emit panel.provinceCombo()->activated(zhejiang);
        QCOMPARE(panel.view()->drilledProvince(), Zhejiang);
        QCOMPARE(panel.breadcrumb()->text(), QStringLiteral("China › Zhejiang"));
        QVERIFY(panel.backButton()->isEnabled());
        QVERIFY(!panel.cityCirclesCheckBox()->isEnabled());

        // Back with the focus on a control of the tab, not the map.
        panel.markersCheckBox()->setFocus();
        QTest::keyClick(panel.markersCheckBox(), Qt::Key_Backspace);
        QVERIFY(panel.view()->drilledProvince().isEmpty());
        QVERIFY(panel.view()->drillDown(Zhejiang));
        QCOMPARE(panel.breadcrumb()->text(), QStringLiteral("China › Zhejiang"));

        panel.backButton()->click();
        QVERIFY(panel.view()->drilledProvince().isEmpty());
        QCOMPARE(panel.breadcrumb()->text(), QStringLiteral("China"));
        QCOMPARE(panel.provinceCombo()->currentIndex(), 0);

        panel.cityCirclesCheckBox()->setChecked(true);
        QVERIFY(panel.view()->nationalScene()->cityCirclesVisible());

        // The export writes what is shown.
        panel.view()->drillDown(Zhejiang);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zhejiang.svg"));
        ImageExportSettings settings;
        settings.format = ImageExportSettings::Format::Svg;
        settings.sizePx = QSize(1200, 900);
        QVERIFY(panel.exportTo(path, settings, false).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = svgText(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("Hangzhou")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Zhejiang")));
    }

    void commandCityMap()
    {
        QTemporaryDir dir;
        MapCommand::Request request;
        request.outPath = dir.filePath(QStringLiteral("zhejiang.svg"));
        request.sizePx = QSize(1200, 900);
        request.english = true;
        request.level = MapCommand::Request::Level::City;
        request.province = Zhejiang;
        request.filter.provinces = {Zhejiang};
        const CommandResult result = MapCommand::run(request, records);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QFile file(request.outPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = svgText(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("Hangzhou")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Parks in 1 of the 11 cities")));
        // The title names the province; the filter line need not.
        QVERIFY(!text.contains(QStringLiteral("Zhejiang ·")));

        request.province = QStringLiteral("Atlantis");
        QCOMPARE(MapCommand::run(request, records).exitCode, ExitCode::Usage);
    }

    // Given its parks to keep, the command frees them as it writes the PNG,
    // after the scene whose markers point into them is gone: the file is the
    // one written from parks the caller keeps.
    void commandFreesTheParksItIsGiven()
    {
        QTemporaryDir dir;
        MapCommand::Request request;
        request.sizePx = QSize(900, 700);
        request.english = true;
        request.level = MapCommand::Request::Level::City;
        request.province = Zhejiang;
        request.filter.provinces = {Zhejiang};
        request.outPath = dir.filePath(QStringLiteral("kept.png"));
        QVERIFY(MapCommand::run(request, records).ok());
        const QString kept = request.outPath;
        request.outPath = dir.filePath(QStringLiteral("given.png"));
        QList<ParkRecord> given = records;
        given.detach(); // its own copy, which only the command then holds
        const CommandResult result = MapCommand::run(request, std::move(given));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QFile a(kept);
        QFile b(request.outPath);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray keptBytes = a.readAll();
        QVERIFY(keptBytes.size() > 1000);
        QCOMPARE(b.readAll(), keptBytes);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        QString errors;
        const QString svg = dir.filePath(QStringLiteral("x.svg"));
        QCOMPARE(runParkExplorer({QStringLiteral("--export-map"), QStringLiteral("--level"),
                                  QStringLiteral("city"), QStringLiteral("--province"),
                                  QStringLiteral("Zhejiang"), QStringLiteral("--lang"),
                                  QStringLiteral("en"), QStringLiteral("--out"), svg},
                                 &errors),
                 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = svgText(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("Hangzhou")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Parks in 1 of the 11 cities")));

        const QString png = dir.filePath(QStringLiteral("y.png"));
        QCOMPARE(runParkExplorer({QStringLiteral("--export-map"), QStringLiteral("--level"),
                                  QStringLiteral("bogus"), QStringLiteral("--out"), png},
                                 &errors),
                 2);
        QVERIFY2(errors.contains(QStringLiteral("bogus")), qPrintable(errors));
        QCOMPARE(runParkExplorer({QStringLiteral("--export-map"), QStringLiteral("--level"),
                                  QStringLiteral("city"), QStringLiteral("--province"),
                                  QStringLiteral("Atlantis"), QStringLiteral("--out"), png},
                                 &errors),
                 2);
        QCOMPARE(runParkExplorer({QStringLiteral("--export-map"), QStringLiteral("--level"),
                                  QStringLiteral("city"), QStringLiteral("--province"),
                                  QStringLiteral("Zhejiang"), QStringLiteral("--province"),
                                  QStringLiteral("Hunan"), QStringLiteral("--out"), png},
                                 &errors),
                 2);
        QVERIFY(!QFile::exists(png));

        // Without a province: the map of China with the city circles.
        const QString national = dir.filePath(QStringLiteral("national.svg"));
        QCOMPARE(runParkExplorer({QStringLiteral("--export-map"), QStringLiteral("--level"),
                                  QStringLiteral("city"), QStringLiteral("--lang"),
                                  QStringLiteral("en"), QStringLiteral("--out"), national},
                                 &errors),
                 0);
        QFile nationalFile(national);
        QVERIFY(nationalFile.open(QIODevice::ReadOnly));
        const QString nationalText = svgText(nationalFile.readAll());
        QVERIFY2(nationalText.contains(QStringLiteral("Parks by city")), qPrintable(nationalText));
    }
};

QTEST_MAIN(TestCityMap)
#include "tst_citymap.moc"
