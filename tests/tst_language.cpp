#include "appsettings.h"
#include "charts/chartspanel.h"
#include "charts/parkchartfactory.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "map/choroplethmetric.h"
#include "map/choroplethscene.h"
#include "map/mappanel.h"
#include "map/provincechoroplethview.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

// Switching the language at run time retranslates menus, headers, a chart
// title and the map legend without a restart.
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    static QString firstMenuTitle(MainWindow &w) { return w.menuBar()->actions().value(0)->text(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    // The ticked entry of View > Language.
    static QStringList tickedLanguage(MainWindow &window)
    {
        QStringList ticked;
        for (QAction *a : window.findChildren<QAction *>()) {
            QActionGroup *group = a->actionGroup();
            if (!group || !a->isChecked())
                continue;
            const QList<QAction *> siblings = group->actions();
            const bool languages = std::any_of(siblings.cbegin(), siblings.cend(), [](QAction *s) {
                return s->text() == QStringLiteral("English");
            });
            if (languages)
                ticked << a->text();
        }
        return ticked;
    }

    // Started with --lang zh_CN while the settings follow the system: the
    // menu ticks 中文, the language in use, unless the system gives it.
    void languageMenuShowsTheLanguageInUse()
    {
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        {
            MainWindow window;
            QCOMPARE(tickedLanguage(window),
                     QStringList{Translations::systemLanguage() == QLatin1String("zh_CN")
                                     ? QStringLiteral("跟随系统")
                                     : QStringLiteral("中文（简体）")});
        }
        QVERIFY(Translations::install(QStringLiteral("en")));
        MainWindow window;
        QCOMPARE(tickedLanguage(window),
                 QStringList{Translations::systemLanguage() == QLatin1String("en")
                                 ? QStringLiteral("Follow the System")
                                 : QStringLiteral("English")});
    }

    // The reasons a store is refused are in the language in use too, those
    // of the strict JSON check and of duplicate keys included.
    void refusalsAreTranslated()
    {
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        const LoadResult syntax =
            ParkStore::loadBytes(QByteArrayLiteral("{\"parks\": []} x"), QStringLiteral("a.json"));
        const LoadResult duplicate = ParkStore::loadBytes(
            QByteArrayLiteral("{\"parks\": [], \"x\": 1, \"x\": 2}"), QStringLiteral("b.json"));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY2(syntax.message.contains(QStringLiteral("文档末尾有多余内容")),
                 qPrintable(syntax.message));
        QVERIFY2(duplicate.readOnlyReason.contains(QStringLiteral("重复的键")),
                 qPrintable(duplicate.readOnlyReason));
    }

    // A qualified value has one wording in the summary, the map and the
    // report (each had its own, and its own Chinese: 所在基地, 所在园区,
    // 所在园区/基地).
    void qualifiedValuesHaveOneWording()
    {
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        const QString shared = Aggregations::qualifiedText(QStringLiteral("41.48 km²"),
                                                           Aggregations::Qualifier::HostZone);
        const QString onTheMap = MapMetrics::formatQualifiedValue(
            MapMetric::AreaKm2, 41.48, Aggregations::Qualifier::HostZone);
        const QString plan = Aggregations::qualifiedText(QStringLiteral("2"),
                                                         Aggregations::Qualifier::InvestmentPlan);
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(shared, QStringLiteral("41.48 km²（所在园区）"));
        QCOMPARE(onTheMap, shared);
        QCOMPARE(plan, QStringLiteral("2（投资计划）"));
        QCOMPARE(
            Aggregations::qualifiedText(QStringLiteral("100"), Aggregations::Qualifier::AtLeast),
            QStringLiteral("≥100"));
    }

    void switchesLive()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QCOMPARE(firstMenuTitle(window), QStringLiteral("&File"));
        QCOMPARE(window.session()->model()->headerData(3, Qt::Horizontal).toString(),
                 QStringLiteral("Province"));
        QTRY_VERIFY(
            window.chartsPanel()->chartInfo().title.contains(QStringLiteral("Parks by province")));
        QTRY_VERIFY(window.mapPanel()
                        ->view()
                        ->choroplethScene()
                        ->legendTexts()
                        .join(QLatin1Char('|'))
                        .contains(QStringLiteral("None in the dataset")));

        window.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
        // Qt posts LanguageChange to every widget; it arrives on the next turn.
        QTRY_COMPARE(firstMenuTitle(window), QStringLiteral("文件(&F)"));
        QCOMPARE(window.session()->model()->headerData(3, Qt::Horizontal).toString(),
                 QStringLiteral("省份"));
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("表格(&T)"));
        // Data follow the language: province names in Chinese.
        QCOMPARE(window.session()->model()->index(0, 3).data().toString(),
                 QStringLiteral("浙江省"));
        // The chart title and the map legend, exactly.
        QTRY_COMPARE(window.chartsPanel()->chartInfo().title, QStringLiteral("各省份园区数量"));
        // The heading, the method and its classes, then the 29 provinces
        // without parks in the dataset (the wording of the last two is the
        // catalogue's).
        // The map is on a hidden tab: rebuilt when shown, or when asked.
        window.mapPanel()->view()->flushPendingRebuild();
        const ChoroplethScene *map = window.mapPanel()->view()->choroplethScene();
        QTRY_COMPARE(map->legendTexts().constFirst(), QStringLiteral("园区数量"));
        QCOMPARE(map->legendTexts().size(), 6);
        QVERIFY(map->legendTexts().at(1).startsWith(QStringLiteral("自然断点")));
        QCOMPARE(map->legendTexts().mid(2, 3),
                 QStringList(
                     {QStringLiteral("1 (2)"), QStringLiteral("2 (1)"), QStringLiteral("3 (2)")}));
        QVERIFY(map->legendTexts().constLast().contains(QStringLiteral("29")));

        window.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(firstMenuTitle(window), QStringLiteral("&File"));
        QCOMPARE(window.session()->model()->index(0, 3).data().toString(),
                 QStringLiteral("Zhejiang"));
        QTRY_VERIFY(
            window.chartsPanel()->chartInfo().title.contains(QStringLiteral("Parks by province")));
        // The menus were rebuilt, not duplicated.
        QCOMPARE(window.menuBar()->actions().size(), 4);
    }

    void windowStateAndFiltersSurviveARestart()
    {
        QSettings().clear();
        QSize closedSize;
        {
            MainWindow window;
            window.show();
            window.openAtStartup(QStringLiteral(TESTDATA_DIR "/store-small.json"));
            window.resize(1111, 777);
            window.tabs()->setCurrentIndex(2);
            window.proxy()->setProvinces({QStringLiteral("广东省")});
            closedSize = window.size();
            window.close();
        }
        MainWindow again;
        again.openAtStartup(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QCOMPARE(again.size(), closedSize);
        QCOMPARE(again.height(), 777);
        QCOMPARE(again.tabs()->currentIndex(), 2);
        QCOMPARE(again.proxy()->rowCount(), 3);
        QVERIFY(AppSettings::recentFiles().first().endsWith(QStringLiteral("store-small.json")));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
