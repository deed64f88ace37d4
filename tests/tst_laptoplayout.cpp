#include "browse/summarypanel.h"
#include "documentsession.h"
#include "filter/dropdownbutton.h"
#include "filter/filterbar.h"
#include "mainwindow.h"
#include "map/choroplethscene.h"
#include "map/provincechoroplethview.h"
#include "parkfilterproxy.h"
#include "parktablemodel.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionToolButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QUndoStack>

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

    // Words a document's layout split across two lines ("Guangdon|g").
    static QStringList brokenWords(QTextDocument *document)
    {
        QStringList broken;
        auto wordChar = [](QChar c) {
            return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
        };
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            const QString text = block.text();
            for (int i = 0; layout && i + 1 < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int end = line.textStart() + line.textLength();
                if (end > 0 && end < text.size() && wordChar(text.at(end - 1)) &&
                    wordChar(text.at(end)))
                    broken << text;
            }
        }
        return broken;
    }

private slots:
    // A column fitted to its contents measures FitSampleRows rows, those in
    // sight first: a long district in sight widens its column, one
    // further down than that does not (Qt's thousand rows cost 60 ms at
    // 100,000 parks before the table was first seen).
    void aFittedColumnMeasuresTheRowsInSightFirst()
    {
        QList<ParkRecord> records;
        for (int i = 0; i < 3 * ParkTableView::FitSampleRows; ++i) {
            ParkRecord r;
            r.id = QStringLiteral("p-%1").arg(i);
            r.nameZh = QStringLiteral("园区%1").arg(i);
            r.district = QStringLiteral("区");
            records << r;
        }
        const auto fitted = [](const QList<ParkRecord> &parks) {
            ParkTableModel model;
            model.setRecords(parks);
            QUndoStack undo;
            ParkTableView view(&undo);
            view.setModel(&model);
            view.resize(800, 300);
            view.show();
            return view.fittedWidth(ParkTableModel::DistrictColumn);
        };
        const int shortOnly = fitted(records);
        QList<ParkRecord> farDown = records;
        farDown[2 * ParkTableView::FitSampleRows].district = QStringLiteral("经济技术开发区");
        QCOMPARE(fitted(farDown), shortOnly);
        QList<ParkRecord> inSight = records;
        inSight[2].district = QStringLiteral("经济技术开发区");
        QVERIFY2(fitted(inSight) > shortOnly, qPrintable(QString::number(fitted(inSight))));
    }

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

    // A click on a frozen name selects its row and gives the table the keyboard.
    void clickingAFrozenNameSelectsTheRow()
    {
        auto window = openWindow(QStringLiteral("en"));
        QVERIFY(window);
        ParkTableView *table = window->tableView();
        QTableView *frozen = table->frozenView();
        const QRect cell = frozen->visualRect(frozen->model()->index(3, table->frozenColumn()));
        QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table->currentIndex().row(), 3);
        QCOMPARE(table->selectedSourceRows().size(), 1);
        QVERIFY(table->hasFocus());
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
        // The tabs (table, charts, map) leave the docks their first widths.
        QVERIFY2(window->centralWidget()->minimumSizeHint().width() <= 1280 - 260 - 320,
                 qPrintable(QString::number(window->centralWidget()->minimumSizeHint().width())));
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

    // The Summary dock, as narrow as it may get, breaks lines between words.
    void summaryWrapsAtWords_data() { windowDoesNotGrowWithFilters_data(); }
    void summaryWrapsAtWords()
    {
        QFETCH(QString, language);
        auto window = openWindow(language);
        QVERIFY(window);
        auto *summary = window->findChild<SummaryPanel *>();
        QVERIFY(summary);
        auto *dock = qobject_cast<QDockWidget *>(summary->parentWidget());
        QVERIFY(dock);
        dock->raise();
        window->resizeDocks({dock}, {100}, Qt::Horizontal);
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QVERIFY(summary->width() >= summary->minimumWidth());
        QTextBrowser *browser = summary->browser();
        QVERIFY(browser->toPlainText().contains(language == QLatin1String("en")
                                                    ? QStringLiteral("Guangdong")
                                                    : QStringLiteral("广东")));
        browser->document()->setTextWidth(browser->viewport()->width());
        QCOMPARE(brokenWords(browser->document()), QStringList());
        // The dock tabs read whole: no tab's text is elided.
        for (QTabBar *bar : window->findChildren<QTabBar *>()) {
            if (bar->parentWidget() != window.get())
                continue;
            QCOMPARE(bar->elideMode(), Qt::ElideNone);
            for (int i = 0; i < bar->count(); ++i) {
                const int wanted = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
                QVERIFY2(bar->tabRect(i).width() > wanted, qPrintable(bar->tabText(i)));
            }
        }
    }

    // The drop-down buttons (省份, 城市, 更多筛选) keep their arrow clear of
    // the text, and the choice boxes show their whole text, in both
    // languages and after a switch.
    void filterControlsReadWhole()
    {
        auto window = openWindow(QStringLiteral("zh_CN"));
        QVERIFY(window);
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            QVERIFY(Translations::install(language));
            QCoreApplication::processEvents();
            QTest::qWait(20);
            const QList<DropDownButton *> buttons =
                window->filterBar()->findChildren<DropDownButton *>();
            QCOMPARE(buttons.size(), 3);
            for (DropDownButton *button : buttons) {
                QStyleOptionToolButton option;
                option.initFrom(button);
                const int arrow =
                    button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
                const int textWidth = button->fontMetrics().horizontalAdvance(button->text());
                const int textRight = (button->width() + textWidth) / 2;
                const int arrowLeft = button->width() + 4 - arrow;
                QVERIFY2(textRight + 3 <= arrowLeft,
                         qPrintable(QStringLiteral("%1: text ends at %2, arrow starts at %3")
                                        .arg(button->text())
                                        .arg(textRight)
                                        .arg(arrowLeft)));
            }
            for (QComboBox *box : window->filterBar()->findChildren<QComboBox *>()) {
                if (box->isVisible())
                    QVERIFY2(box->width() >= box->sizeHint().width(),
                             qPrintable(box->currentText()));
            }
        }
    }

    // On the map tab at 1280×800, no type is smaller than 10 pixels on
    // screen (the labels and legend 12), in both languages.
    void mapTypeIsReadable_data() { windowDoesNotGrowWithFilters_data(); }
    void mapTypeIsReadable()
    {
        QFETCH(QString, language);
        auto window = openWindow(language);
        QVERIFY(window);
        auto *view = window->findChild<ProvinceChoroplethView *>();
        QVERIFY(view);
        auto *tabs = window->findChild<QTabWidget *>();
        tabs->setCurrentWidget(view->parentWidget());
        QCoreApplication::processEvents();
        QTest::qWait(100);
        QVERIFY(view->isVisible());
        QVERIFY(view->viewport()->width() > 400);
        ChoroplethScene *scene = view->choroplethScene();
        const double onScreen = view->transform().m11();
        QCOMPARE(onScreen, 1.0);
        QVERIFY(scene->labelFont().pixelSize() >= 12);
        QVERIFY(scene->legendFont().pixelSize() >= 12);
        QVERIFY(scene->subtitleFont().pixelSize() >= 12);
        QVERIFY2(scene->insetCaptionFont().pixelSize() >= 10,
                 qPrintable(QString::number(scene->insetCaptionFont().pixelSize())));
        // The caption stays inside its frame.
        QVERIFY(scene->insetRect().contains(scene->insetCaptionRect()));
        // A map squeezed small keeps the caption readable and framed.
        scene->layoutFor(QSizeF(360, 260));
        QVERIFY2(scene->insetCaptionFont().pixelSize() >= 10,
                 qPrintable(QString::number(scene->insetCaptionFont().pixelSize())));
        QVERIFY(scene->insetRect().contains(scene->insetCaptionRect()));
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

        const QHeaderView *header = table->horizontalHeader();
        const int chinesePlace = header->visualIndex(ParkTableModel::NameZhColumn);
        QVERIFY(chinesePlace > 1);
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QCOMPARE(table->frozenColumn(), int(ParkTableModel::NameZhColumn));
        // The names swapped places; the province still follows the name.
        QCOMPARE(header->visualIndex(ParkTableModel::NameZhColumn), 0);
        QCOMPARE(header->visualIndex(ParkTableModel::NameEnColumn), chinesePlace);
        QCOMPARE(header->visualIndex(ParkTableModel::ProvinceColumn), 1);
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
