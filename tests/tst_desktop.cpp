#include "appsettings.h"
#include "charts/chartspanel.h"
#include "documentsession.h"
#include "filter/filterbar.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "mainwindow.h"
#include "parkstore.h"
#include "storedrop.h"
#include "translations.h"

#include <QApplication>
#include <QChart>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

// What a desktop tool is expected to do beyond its features: open a file
// dropped on it, follow a dark theme, keep a sensible tab order and list its
// shortcuts.
class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void cleanupTestCase()
    {
        MainWindow::applyTheme(AppSettings::Theme::Light);
        QSettings().clear();
    }

    void droppedStores_data()
    {
        QTest::addColumn<QList<QUrl>>("urls");
        QTest::addColumn<QString>("expected");
        const QString store = QStringLiteral(TESTDATA_DIR "/store-small.json");
        QTest::newRow("a store") << QList<QUrl>{QUrl::fromLocalFile(store)} << store;
        QTest::newRow("not json") << QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/tmp/a.csv"))}
                                  << QString();
        QTest::newRow("two files")
            << QList<QUrl>{QUrl::fromLocalFile(store), QUrl::fromLocalFile(store)} << QString();
        QTest::newRow("remote") << QList<QUrl>{QUrl(QStringLiteral("https://example.org/a.json"))}
                                << QString();
    }

    void droppedStores()
    {
        QFETCH(QList<QUrl>, urls);
        QFETCH(QString, expected);
        QMimeData mime;
        mime.setUrls(urls);
        QCOMPARE(StoreDrop::storePath(&mime), expected);
    }

    void droppingAStoreOpensIt()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(QStringLiteral(TESTDATA_DIR "/fixture-parks.json"));
        QCOMPARE(window.session()->model()->rowCount(), 28);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(TESTDATA_DIR "/store-small.json"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(window.session()->model()->rowCount(), 10);
    }

    void darkThemeReachesTheCharts()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        window.setTheme(AppSettings::Theme::Dark);
        QCOMPARE(AppSettings::theme(), AppSettings::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QTRY_VERIFY(window.chartsPanel()->chart()->backgroundBrush().color().lightness() < 128);
        window.setTheme(AppSettings::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        QTRY_VERIFY(window.chartsPanel()->chart()->backgroundBrush().color().lightness() > 128);
    }

    void tabOrderStartsAtTheSearchField()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.filterBar()->focusSearch();
        QVERIFY(window.filterBar()->searchField()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Province"));
    }

    void shortcutsAreListed()
    {
        MainWindow window;
        const QList<QStringList> rows = ShortcutsDialog::shortcuts(window.menuBar());
        QStringList actions;
        for (const QStringList &row : rows)
            actions << row.value(1);
        for (const char *expected :
             {"Open…", "Save", "Undo", "Find…", "New Park…", "Export Chart…", "Copy Map"}) {
            bool found = false;
            for (const QString &a : actions)
                found |= a.startsWith(QString::fromUtf8(expected));
            QVERIFY2(found, expected);
        }
        // No key is bound to two actions.
        QSet<QString> keys;
        for (const QStringList &row : rows) {
            for (const QString &key : row.value(2).split(QStringLiteral(", "))) {
                QVERIFY2(!keys.contains(key), qPrintable(key));
                keys.insert(key);
            }
        }
    }

    void aboutNamesTheReportTheCoverageAndTheLicences()
    {
        MainWindow window;
        window.openAtStartup(QStringLiteral(TESTDATA_DIR "/fixture-parks.json"));
        const QString text = AboutDialog::aboutText(window.session());
        QVERIFY(text.contains(QStringLiteral("01区块链")));
        QVERIFY(text.contains(QStringLiteral("28 parks; the report counts 44")));
        QVERIFY(text.contains(QStringLiteral("Apache License, Version 2.0")));
        QVERIFY(text.contains(QStringLiteral("GNU Lesser General Public License")));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
