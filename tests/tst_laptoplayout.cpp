#include "documentsession.h"
#include "filter/filterbar.h"
#include "mainwindow.h"
#include "parkfilterproxy.h"
#include "parktablemodel.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// The main window on a laptop screen (1280×800) in both languages: the
// park's name stays in sight while the table scrolls, the window never
// grows past the screen, and column widths follow the language.
class TestLaptopLayout : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<MainWindow> openWindow(const QString &language)
    {
        QSettings().clear();
        Translations::install(language);
        auto window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        QFile::remove(DocumentSession::userDataPath());
        window->openAtStartup(QString());
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        QCoreApplication::processEvents();
        return window;
    }

    // The frozen view's cell at the top row, as text.
    static QString frozenTopName(ParkTableView *table)
    {
        QTableView *frozen = table->frozenView();
        const QModelIndex index = frozen->indexAt(QPoint(4, 4));
        return index.isValid() ? index.data().toString() : QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase()
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    void nameStaysWhileScrolling_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("nameColumn");
        QTest::newRow("English") << QStringLiteral("en") << int(ParkTableModel::NameEnColumn);
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << int(ParkTableModel::NameZhColumn);
    }

    void nameStaysWhileScrolling()
    {
        QFETCH(QString, language);
        QFETCH(int, nameColumn);
        auto window = openWindow(language);
        QVERIFY(window);
        ParkTableView *table = window->tableView();
        QCOMPARE(table->frozenColumn(), nameColumn);
        QCOMPARE(table->horizontalHeader()->visualIndex(nameColumn), 0);
        QTableView *frozen = table->frozenView();
        QVERIFY(frozen->isVisible());
        QCOMPARE(frozen->x(), table->frameWidth() + table->verticalHeader()->width());
        QCOMPARE(frozen->width(), table->columnWidth(nameColumn));
        // Every other column is hidden in the frozen view.
        for (int c = 0; c < table->model()->columnCount(); ++c)
            QCOMPARE(frozen->isColumnHidden(c), c != nameColumn);

        const QString firstName = table->model()->index(0, nameColumn).data().toString();
        QVERIFY(!firstName.isEmpty());
        QCOMPARE(frozenTopName(table), firstName);
        // Scrolled to the far right, the name is still there, on the same row.
        table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
        QVERIFY(table->horizontalScrollBar()->maximum() > 0);
        QCoreApplication::processEvents();
        QCOMPARE(frozenTopName(table), firstName);
        // Rows scroll together.
        table->scrollTo(table->model()->index(table->model()->rowCount() - 1, 0));
        QCoreApplication::processEvents();
        QVERIFY(table->verticalScrollBar()->value() > 0);
        QCOMPARE(frozen->verticalScrollBar()->value(), table->verticalScrollBar()->value());
        const QModelIndex top = table->indexAt(QPoint(table->columnWidth(nameColumn) + 4, 4));
        QCOMPARE(frozenTopName(table), top.siblingAtColumn(nameColumn).data().toString());
        // The province, the first figure after the name, is in sight at the start.
        table->horizontalScrollBar()->setValue(0);
        const QRect province =
            table->visualRect(table->model()->index(0, int(ParkTableModel::ProvinceColumn)));
        QVERIFY2(province.left() >= table->columnWidth(nameColumn) &&
                     province.right() < table->viewport()->width(),
                 qPrintable(QStringLiteral("province cell at %1–%2 of %3")
                                .arg(province.left())
                                .arg(province.right())
                                .arg(table->viewport()->width())));
    }

    // The keyboard moving left never leaves the current cell under the name.
    void keyboardUncoversCells()
    {
        auto window = openWindow(QStringLiteral("en"));
        QVERIFY(window);
        ParkTableView *table = window->tableView();
        const QHeaderView *header = table->horizontalHeader();
        const int last = header->logicalIndex(header->count() - 1 - 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, last));
        table->scrollTo(table->currentIndex());
        const int second = header->logicalIndex(1);
        for (int i = 0; i < header->count(); ++i) {
            if (table->currentIndex().column() == second)
                break;
            QTest::keyClick(table, Qt::Key_Left);
        }
        QCOMPARE(table->currentIndex().column(), second);
        QVERIFY(table->visualRect(table->currentIndex()).left() >=
                table->columnWidth(table->frozenColumn()));
    }

    // The frozen column cannot be hidden from the column menu, and a saved
    // layout that moved it comes back with the name first.
    void frozenColumnComesFirstAfterRestore()
    {
        auto window = openWindow(QStringLiteral("en"));
        QVERIFY(window);
        ParkTableView *table = window->tableView();
        QHeaderView *header = table->horizontalHeader();
        header->moveSection(0, 5);
        QCoreApplication::processEvents(); // the move is undone after the event
        QCOMPARE(header->visualIndex(ParkTableModel::NameEnColumn), 0);
        QVERIFY(table->restoreLayout(header->saveState()));
        QCOMPARE(header->visualIndex(ParkTableModel::NameEnColumn), 0);
    }

    // Many filters at once: the chips wrap, the window keeps its width.
    void windowDoesNotGrowWithFilters_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void windowDoesNotGrowWithFilters()
    {
        QFETCH(QString, language);
        auto window = openWindow(language);
        QVERIFY(window);
        QCOMPARE(window->width(), 1280);
        ParkFilter filter;
        filter.text = QStringLiteral("blockchain industrial park innovation base");
        const ParkTableModel *model = window->session()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const ParkRecord &r = model->record(row);
            filter.provinces.insert(r.province);
            filter.cities.insert(r.city);
        }
        filter.leadership = Leadership::Government;
        filter.carrierType = CarrierType::Park;
        filter.yearFrom = 2016;
        filter.yearTo = 2020;
        filter.includeUnknownYear = true;
        filter.setRange(ParkField::AreaKm2, {1.5, 300.0, true});
        filter.setRange(ParkField::Enterprises, {10.0, 500.0, true});
        filter.setRange(ParkField::FundCny100m, {1.0, 100.0, false});
        filter.onlyProblems = true;
        filter.missingField = ParkFields::key(ParkField::Operator);
        window->proxy()->setFilter(filter);
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QCOMPARE(window->width(), 1280);
        QVERIFY2(window->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window->minimumSizeHint().width())));
        QVERIFY(window->filterBar()->width() < 1280);
        // Every chip is within the filter bar.
        for (QWidget *chip : window->filterBar()->activeFilterLine()->findChildren<QWidget *>()) {
            if (!chip->isVisible())
                continue;
            const QRect r(chip->mapTo(window->filterBar(), QPoint(0, 0)), chip->size());
            QVERIFY2(window->filterBar()->rect().contains(r),
                     qPrintable(chip->objectName() + QLatin1Char(' ') +
                                chip->property("text").toString()));
        }
    }

    // After a language switch the columns fit their new texts, except the
    // one the user sized by hand.
    void widthsFollowTheLanguage()
    {
        auto window = openWindow(QStringLiteral("en"));
        QVERIFY(window);
        ParkTableView *table = window->tableView();
        const int leadership = int(ParkTableModel::LeadershipColumn);
        const int carrier = int(ParkTableModel::CarrierTypeColumn);
        // The user drags the carrier type's width.
        QWidget *headerViewport = table->horizontalHeader()->viewport();
        QTest::mousePress(headerViewport, Qt::LeftButton, {}, QPoint(2, 2));
        table->setColumnWidth(carrier, 333);
        QTest::mouseRelease(headerViewport, Qt::LeftButton, {}, QPoint(2, 2));
        const int englishLeadership = table->columnWidth(leadership);

        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QCOMPARE(table->frozenColumn(), int(ParkTableModel::NameZhColumn));
        QCOMPARE(table->columnWidth(carrier), 333);
        QCOMPARE(table->columnWidth(leadership), table->fittedWidth(leadership));
        QVERIFY(table->columnWidth(leadership) < englishLeadership);
        // The hand-set width survives a restart.
        window->close();
        window.reset();
        MainWindow again;
        again.openAtStartup(QString());
        QVERIFY(again.tableView()->userSizedColumns().contains(carrier));
        QCOMPARE(again.tableView()->columnWidth(carrier), 333);
    }
};

QTEST_MAIN(TestLaptopLayout)
#include "tst_laptoplayout.moc"
