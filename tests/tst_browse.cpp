#include "browse/parkdetailsview.h"
#include "browse/provincetree.h"
#include "browse/summarypanel.h"
#include "documentsession.h"
#include "fieldregistry.h"
#include "filter/checklistbutton.h"
#include "filter/filterbar.h"
#include "filter/filterdescription.h"
#include "help/aboutdialog.h"
#include "mainwindow.h"
#include "parkfilterproxy.h"
#include "reportfigures.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

namespace {

const QString smallStore = QStringLiteral(TESTDATA_DIR "/store-small.json");

QString statusText(MainWindow &w)
{
    QStringList texts;
    for (QLabel *label : w.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

QModelIndex findInTree(ProvinceTree *tree, const QString &value)
{
    const auto matches =
        tree->treeModel()->match(tree->treeModel()->index(0, 0), ProvinceTree::ValueRole, value, 1,
                                 Qt::MatchRecursive | Qt::MatchExactly);
    return matches.value(0);
}

} // namespace

class TestBrowse : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window;

    // A fresh window on FILE.
    void openFile(const QString &file)
    {
        window = std::make_unique<MainWindow>();
        window->show();
        window->openAtStartup(file);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void init()
    {
        QSettings().clear();
        window = std::make_unique<MainWindow>();
        window->show();
        window->openAtStartup(smallStore);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->proxy()->rowCount(), 10);
    }

    void cleanup()
    {
        window.reset();
        QSettings().clear();
    }

    void typingInTheSearchFieldFilters()
    {
        QLineEdit *search = window->filterBar()->searchField();
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("xiaoshan"));
        QTRY_COMPARE(window->proxy()->rowCount(), 1);
        QCOMPARE(window->tableView()->model()->rowCount(), 1);
        QVERIFY2(statusText(*window).contains(QStringLiteral("1 of 10 parks shown")),
                 qPrintable(statusText(*window)));
        QVERIFY(window->filterBar()->activeFilterLine()->isVisible());

        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(window->proxy()->rowCount(), 10);
        QVERIFY(statusText(*window).contains(QStringLiteral("10 parks")));
        QVERIFY(!window->filterBar()->activeFilterLine()->isVisible());
    }

    void typingChineseFilters()
    {
        QLineEdit *search = window->filterBar()->searchField();
        search->setFocus();
        // Chinese arrives through the input method, as a committed string.
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("杭州"));
        QApplication::sendEvent(search, &commit);
        QCOMPARE(search->text(), QStringLiteral("杭州"));
        QTRY_COMPARE(window->proxy()->rowCount(), 2);
    }

    void clickingAProvinceInTheTreeFilters()
    {
        ProvinceTree *tree = window->provinceTree();
        const QModelIndex zhejiang = findInTree(tree, QStringLiteral("浙江省"));
        QVERIFY(zhejiang.isValid());
        QCOMPARE(zhejiang.siblingAtColumn(1).data().toString(), QStringLiteral("3"));
        QCOMPARE(zhejiang.siblingAtColumn(2).data().toString(), QStringLiteral("2"));
        tree->scrollTo(zhejiang);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(zhejiang).center());
        QCOMPARE(window->proxy()->filter().provinces, QSet<QString>{QStringLiteral("浙江省")});
        QCOMPARE(window->proxy()->rowCount(), 3);
        // The filter bar reads the filter back and can clear it.
        QCOMPARE(window->filterBar()->provinceButton()->checked(),
                 QSet<QString>{QStringLiteral("浙江省")});
        const QList<QToolButton *> chips =
            window->filterBar()->activeFilterLine()->findChildren<QToolButton *>();
        QToolButton *provinceChip = nullptr;
        for (QToolButton *chip : chips) {
            if (chip->text().startsWith(QStringLiteral("Province: Zhejiang")))
                provinceChip = chip;
        }
        QVERIFY(provinceChip);
        QTest::mouseClick(provinceChip, Qt::LeftButton);
        QCOMPARE(window->proxy()->rowCount(), 10);
    }

    void treeSelectionFollowsTheFilter()
    {
        ProvinceTree *tree = window->provinceTree();
        const QModelIndex guangzhou = findInTree(tree, QStringLiteral("广州市"));
        tree->expand(guangzhou.parent());
        tree->scrollTo(guangzhou);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(guangzhou).center());
        QCOMPARE(tree->currentIndex().data(ProvinceTree::ValueRole).toString(),
                 QStringLiteral("广州市"));
        // Clearing every filter clears the tree's selection too.
        QToolButton *clearAll = window->filterBar()->activeFilterLine()->findChild<QToolButton *>(
            QStringLiteral("clearAllFilters"));
        QVERIFY(clearAll);
        QTest::mouseClick(clearAll, Qt::LeftButton);
        QCOMPARE(window->proxy()->rowCount(), 10);
        QVERIFY(!tree->selectionModel()->hasSelection());
        // A province chosen in the filter bar is selected in the tree.
        ParkFilter f;
        f.provinces = {QStringLiteral("浙江省")};
        window->proxy()->setFilter(f);
        QCOMPARE(tree->currentIndex().data(ProvinceTree::ValueRole).toString(),
                 QStringLiteral("浙江省"));
        QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
        // Two provinces: no single item stands for them.
        f.provinces.insert(QStringLiteral("广东省"));
        window->proxy()->setFilter(f);
        QVERIFY(!tree->selectionModel()->hasSelection());
        QCOMPARE(window->proxy()->filter().provinces.size(), 2);
        window->proxy()->setFilter(ParkFilter());
    }

    void reversedYearsAreSwappedAndSaid()
    {
        QSpinBox *from = window->filterBar()->yearFromBox();
        QSpinBox *to = window->filterBar()->yearToBox();
        to->setValue(2017);
        from->setValue(2020);
        QCOMPARE(window->proxy()->filter().yearFrom, 2017);
        QCOMPARE(window->proxy()->filter().yearTo, 2020);
        QCOMPARE(from->value(), 2017);
        QCOMPARE(to->value(), 2020);
        QVERIFY(window->proxy()->rowCount() > 0);
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Founding years swapped to 2017–2020: the first year was after "
                                "the second"));
        window->proxy()->setFilter(ParkFilter());
    }

    void clickingACityInTheTreeFilters()
    {
        ProvinceTree *tree = window->provinceTree();
        const QModelIndex guangzhou = findInTree(tree, QStringLiteral("广州市"));
        QVERIFY(guangzhou.isValid());
        tree->expand(guangzhou.parent());
        tree->scrollTo(guangzhou);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(guangzhou).center());
        QCOMPARE(window->proxy()->rowCount(), 2);
        QCOMPARE(window->proxy()->filter().provinces, QSet<QString>{QStringLiteral("广东省")});
    }

    // A city's parks are listed when it is opened, and a park chosen in
    // the tree stays chosen when the tree is rebuilt after an edit.
    void cityParksAreListedWhenOpened()
    {
        ProvinceTree *tree = window->provinceTree();
        QModelIndex guangzhou = findInTree(tree, QStringLiteral("广州市"));
        QVERIFY(guangzhou.isValid());
        QStandardItem *city = tree->treeModel()->itemFromIndex(guangzhou);
        QCOMPARE(city->rowCount(), 1);
        QCOMPARE(city->child(0)->data(ProvinceTree::KindRole).toInt(),
                 int(ProvinceTree::PendingKind));
        tree->expand(guangzhou.parent());
        tree->expand(guangzhou);
        QStringList ids;
        for (int row = 0; row < city->rowCount(); ++row) {
            QCOMPARE(city->child(row)->data(ProvinceTree::KindRole).toInt(),
                     int(ProvinceTree::ParkKind));
            ids << city->child(row)->data(ProvinceTree::ValueRole).toString();
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("gd-a"), QStringLiteral("gd-c")}));

        QSignalSpy activated(tree, &ProvinceTree::parkActivated);
        const QModelIndex park = city->child(1)->index();
        tree->scrollTo(park);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(park).center());
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("gd-c"));

        tree->rebuild();
        QCOMPARE(tree->currentIndex().data(ProvinceTree::ValueRole).toString(),
                 QStringLiteral("gd-c"));
        QCOMPARE(tree->currentIndex().data(ProvinceTree::KindRole).toInt(),
                 int(ProvinceTree::ParkKind));
    }

    void treeFollowsEdits()
    {
        ParkTableModel *model = window->session()->model();
        QVERIFY(model->setData(
            model->index(model->rowOfId(QStringLiteral("gd-a")), ParkTableModel::ProvinceColumn),
            QStringLiteral("浙江省")));
        QTRY_COMPARE(findInTree(window->provinceTree(), QStringLiteral("浙江省"))
                         .siblingAtColumn(1)
                         .data()
                         .toString(),
                     QStringLiteral("4"));
    }

    // A new name is listed in the tree, but no count is made again for it:
    // neither the tree's provinces nor the filter's lists are rebuilt (at
    // 100,000 parks that stood the window still after each edit).
    void aNewNameChangesNoCount()
    {
        ProvinceTree *tree = window->provinceTree();
        const QModelIndex guangzhou = findInTree(tree, QStringLiteral("广州市"));
        tree->expand(guangzhou.parent());
        tree->expand(guangzhou);
        QStandardItem *city = tree->treeModel()->itemFromIndex(guangzhou);
        QCOMPARE(city->rowCount(), 2);
        tree->setCurrentIndex(city->child(1)->index());
        const QPersistentModelIndex province = guangzhou.parent();
        QListWidget *provinces = window->filterBar()->provinceButton()->list();
        QSignalSpy listed(provinces->model(), &QAbstractItemModel::rowsInserted);

        ParkTableModel *model = window->session()->model();
        QVERIFY(model->setData(
            model->index(model->rowOfId(QStringLiteral("gd-a")), ParkTableModel::NameEnColumn),
            QStringLiteral("Renamed Park")));
        QTRY_COMPARE(findInTree(tree, QStringLiteral("gd-a")).data().toString(),
                     QStringLiteral("Renamed Park"));
        QVERIFY(province.isValid());
        QVERIFY(tree->isExpanded(findInTree(tree, QStringLiteral("广州市"))));
        QCOMPARE(tree->currentIndex().data(ProvinceTree::ValueRole).toString(),
                 QStringLiteral("gd-c"));
        QCOMPARE(listed.count(), 0);

        // A new city is counted.
        QVERIFY(model->setData(
            model->index(model->rowOfId(QStringLiteral("gd-a")), ParkTableModel::CityColumn),
            QStringLiteral("深圳市")));
        QTRY_VERIFY(!province.isValid());
        QVERIFY(listed.count() > 0);
    }

    // Nothing is listed again after an edit while no city is open; a city
    // opened later lists its parks as they are now.
    void aCityOpenedAfterANewNameListsIt()
    {
        ProvinceTree *tree = window->provinceTree();
        ParkTableModel *model = window->session()->model();
        QVERIFY(model->setData(
            model->index(model->rowOfId(QStringLiteral("gd-c")), ParkTableModel::NameEnColumn),
            QStringLiteral("Later Name")));
        QTest::qWait(50); // the tree's deferred update
        const QModelIndex guangzhou = findInTree(tree, QStringLiteral("广州市"));
        QVERIFY(guangzhou.isValid());
        tree->expand(guangzhou.parent());
        tree->expand(guangzhou);
        QCOMPARE(findInTree(tree, QStringLiteral("gd-c")).data().toString(),
                 QStringLiteral("Later Name"));
    }

    void cityListInEnglishFindsBothLanguages()
    {
        CheckListButton *cities = window->filterBar()->cityButton();
        QListWidget *list = cities->list();
        QVERIFY(!list->findItems(QStringLiteral("Hangzhou (2)"), Qt::MatchExactly).isEmpty());
        const auto shown = [list] {
            QStringList texts;
            for (int i = 0; i < list->count(); ++i) {
                if (!list->item(i)->isHidden())
                    texts << list->item(i)->text();
            }
            return texts;
        };
        QLineEdit *find = cities->findChild<QLineEdit *>();
        QVERIFY(find);
        for (const QString &typed :
             {QStringLiteral("hangz"), QStringLiteral("杭州"), QStringLiteral("HANGZHOU")}) {
            find->setText(typed);
            QCOMPARE(shown(), QStringList{QStringLiteral("Hangzhou (2)")});
        }
        find->clear();
        // The filter keeps the Chinese full name that records store.
        list->findItems(QStringLiteral("Hangzhou (2)"), Qt::MatchExactly)
            .first()
            ->setCheckState(Qt::Checked);
        QCOMPARE(window->proxy()->filter().cities, QSet<QString>{QStringLiteral("杭州市")});
        QCOMPARE(window->proxy()->rowCount(), 2);
        // The table, the Summary and the line below the filters speak English.
        QCOMPARE(
            window->proxy()->index(0, FieldRegistry::columnOf(ParkField::City)).data().toString(),
            QStringLiteral("Hangzhou"));
        QVERIFY(FilterDescription::summary(window->proxy()->filter())
                    .contains(QStringLiteral("City: Hangzhou")));
        list->findItems(QStringLiteral("Hangzhou (2)"), Qt::MatchExactly)
            .first()
            ->setCheckState(Qt::Unchecked);
        QCOMPARE(window->proxy()->rowCount(), 10);
    }

    void provinceListAndLeadershipCombo()
    {
        CheckListButton *provinces = window->filterBar()->provinceButton();
        QListWidget *list = provinces->list();
        QCOMPARE(list->count(), 5);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Guangdong (3)"));
        QListWidgetItem *hunan =
            list->findItems(QStringLiteral("Hunan (1)"), Qt::MatchExactly).value(0);
        QVERIFY(hunan);
        hunan->setCheckState(Qt::Checked);
        QCOMPARE(window->proxy()->rowCount(), 1);

        QComboBox *leadership = window->filterBar()->leadershipCombo();
        leadership->setFocus();
        hunan->setCheckState(Qt::Unchecked);
        QTest::keyClick(leadership, Qt::Key_Down); // Government-led
        QCOMPARE(window->proxy()->filter().leadership, std::optional(Leadership::Government));
        QCOMPARE(window->proxy()->rowCount(), 6);
        QVERIFY(window->filterBar()->activeFilterLine()->findChild<QToolButton *>(
            QStringLiteral("clearAllFilters")));
        QTest::mouseClick(window->filterBar()->activeFilterLine()->findChild<QToolButton *>(
                              QStringLiteral("clearAllFilters")),
                          Qt::LeftButton);
        QCOMPARE(window->proxy()->rowCount(), 10);
    }

    void typingCountsNothingAgain()
    {
        // The lists count every park whatever the filter: typing in the
        // search must not count them again (at a million parks each count
        // stood the window still for 0.2 s). Choosing a province changes
        // the cities listed, and only then are they made again.
        QListWidget *provinces = window->filterBar()->provinceButton()->list();
        QListWidget *cities = window->filterBar()->cityButton()->list();
        QSignalSpy provincesListed(provinces->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy citiesListed(cities->model(), &QAbstractItemModel::rowsInserted);
        QLineEdit *search = window->filterBar()->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("xiaoshan"));
        QTRY_COMPARE(window->proxy()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(window->proxy()->rowCount(), 10);
        QCoreApplication::processEvents();
        QCOMPARE(provincesListed.count(), 0);
        QCOMPARE(citiesListed.count(), 0);
        const int allCities = cities->count();
        QVERIFY(allCities > 2);

        window->proxy()->setProvinces({QStringLiteral("浙江省")});
        QTRY_VERIFY(citiesListed.count() > 0);
        QStringList listed;
        for (int i = 0; i < cities->count(); ++i)
            listed.append(cities->item(i)->text());
        QCOMPARE(listed,
                 QStringList({QStringLiteral("Hangzhou (2)"), QStringLiteral("Ningbo (1)")}));
        window->proxy()->clearFilter();
        QTRY_COMPARE(cities->count(), allCities);
    }

    void choicesAndTreeFollowEditsOfHiddenRecords()
    {
        // The filter hides the record edited below, so the proxy's rows do
        // not change; the lists of all records must follow all the same.
        window->proxy()->setProvinces({QStringLiteral("浙江省")});
        ParkTableModel *model = window->session()->model();
        const int row = model->rowOfId(QStringLiteral("gd-a"));
        QVERIFY(model->setData(model->index(row, ParkTableModel::ProvinceColumn),
                               QStringLiteral("湖南省")));
        QListWidget *list = window->filterBar()->provinceButton()->list();
        QTRY_VERIFY(!list->findItems(QStringLiteral("Hunan (2)"), Qt::MatchExactly).isEmpty());
        QVERIFY(!list->findItems(QStringLiteral("Guangdong (2)"), Qt::MatchExactly).isEmpty());
        ProvinceTree *tree = window->provinceTree();
        QTRY_COMPARE(
            findInTree(tree, QStringLiteral("湖南省")).siblingAtColumn(1).data().toString(),
            QStringLiteral("2"));
    }

    void detailsFollowTheHighlightedRow()
    {
        window->showPark(QStringLiteral("zj-a"));
        QVERIFY(window->detailsView()->toPlainText().contains(QStringLiteral("zj-a")));
        // Ctrl+click takes the highlight off the row: Details no longer shows it.
        QTableView *table = window->findChild<ParkTableView *>();
        QVERIFY(table);
        const QModelIndex current = table->currentIndex();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualRect(current).center());
        QVERIFY(!table->selectionModel()->hasSelection());
        QVERIFY2(!window->detailsView()->toPlainText().contains(QStringLiteral("zj-a")),
                 qPrintable(window->detailsView()->toPlainText()));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(current).center());
        QVERIFY(window->detailsView()->toPlainText().contains(QStringLiteral("zj-a")));
    }

    void detailsSayWhereInWords()
    {
        ParkTableModel *model = window->session()->model();
        const int row = model->rowOfId(QStringLiteral("sh-a"));
        ParkRecord r = model->record(row);
        r.district = QStringLiteral("宝山区");
        r.lat = 31.35;
        r.lon = 121.45;
        r.coordPrecision = QStringLiteral("district");
        r.coordNote = QStringLiteral("town (庙行镇)");
        model->setRecord(row, r);
        window->showPark(QStringLiteral("sh-a"));
        const QString plain = window->detailsView()->toPlainText();
        QVERIFY2(plain.contains(QStringLiteral("Baoshan District, Shanghai · district-level "
                                               "precision")),
                 qPrintable(plain));
        QVERIFY(plain.contains(QStringLiteral("town (庙行镇)")));
        QVERIFY(!plain.contains(QStringLiteral("district: town")));
    }

    void detailsShowDataAsPlainText()
    {
        ParkTableModel *model = window->session()->model();
        const int row = model->rowOfId(QStringLiteral("zj-a"));
        QVERIFY(model->setData(model->index(row, ParkTableModel::NameEnColumn),
                               QStringLiteral("<b>Bold</b> <img src=x>")));
        window->showPark(QStringLiteral("zj-a"));
        const QString plain = window->detailsView()->toPlainText();
        QVERIFY2(plain.contains(QStringLiteral("<b>Bold</b> <img src=x>")), qPrintable(plain));
        QVERIFY(plain.contains(QStringLiteral("Stated in report")));
        QVERIFY(plain.contains(QStringLiteral("The report's text states this park.")));
        QVERIFY(window->detailsView()->toHtml().contains(
            QStringLiteral("href=\"https://example.org/a\"")));
    }

    // Values that could not be read are shown as the file has them, never
    // as "unknown" or "No sources recorded".
    void detailsShowUnreadableValuesAsStored()
    {
        ParkTableModel *model = window->session()->model();
        const int row = model->rowOfId(QStringLiteral("zj-a"));
        ParkRecord r = model->record(row);
        r.sources.clear();
        r.unreadableValues.insert(QStringLiteral("sources"),
                                  QStringLiteral("https://example.org/s"));
        r.established = FoundingDate();
        r.unreadableValues.insert(QStringLiteral("established"), QStringLiteral("2021-02-30"));
        model->setRecord(row, r);
        window->showPark(QStringLiteral("zj-a"));
        const QString plain = window->detailsView()->toPlainText();
        QVERIFY2(!plain.contains(QStringLiteral("No sources recorded")), qPrintable(plain));
        QVERIFY2(plain.contains(
                     QStringLiteral("Stored value could not be read: \"https://example.org/s\"")),
                 qPrintable(plain));
        QVERIFY2(plain.contains(QStringLiteral("Stored value could not be read: \"2021-02-30\"")),
                 qPrintable(plain));

        ParkRecord entry;
        entry.nonObjectEntry = QStringLiteral("<b>just a string</b>");
        model->setRecord(row, entry);
        window->detailsView()->showRecord(&model->record(row));
        const QString shown = window->detailsView()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("not a park record")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("\"<b>just a string</b>\"")), qPrintable(shown));
    }

    void linkifiedSources()
    {
        QCOMPARE(ParkDetailsView::linkifiedSource(
                     QStringLiteral("Report <x>, repost https://bqfa.com/info/7864.html")),
                 QStringLiteral("Report &lt;x&gt;, repost <a href=\"https://bqfa.com/info/"
                                "7864.html\">https://bqfa.com/info/7864.html</a>"));
    }

    // A hidden summary is not made again for each change, but as soon as it
    // is shown or read.
    // The summary's dock sits behind Details in a tab group: Qt keeps it
    // "visible" but out of the window. It waits until its tab is brought
    // forward, and likewise while hidden.
    void hiddenSummaryWaitsUntilShown()
    {
        SummaryPanel *summary = window->summaryPanel();
        auto *details = window->findChild<QDockWidget *>(QStringLiteral("detailsDock"));
        auto *summaryDock = window->findChild<QDockWidget *>(QStringLiteral("summaryDock"));
        QVERIFY(details && summaryDock);
        details->raise();
        QTest::qWait(20);
        summary->refresh();
        const QString before = summary->browser()->toPlainText();
        QVERIFY(!before.contains(QStringLiteral("parks shown")));
        window->proxy()->setProvinces({QStringLiteral("浙江省")});
        QTest::qWait(20);
        QCOMPARE(summary->browser()->toPlainText(), before);
        summaryDock->raise();
        QTRY_VERIFY(
            summary->browser()->toPlainText().contains(QStringLiteral("3 of 10 parks shown")));

        // Hidden outright: shown again, it is up to date at once.
        summary->hide();
        window->proxy()->setFilter(ParkFilter());
        QTest::qWait(20);
        QVERIFY(summary->browser()->toPlainText().contains(QStringLiteral("3 of 10 parks shown")));
        summary->show();
        QVERIFY(!summary->browser()->toPlainText().contains(QStringLiteral("parks shown")));
        details->raise();
    }

    void summaryShowsReportFiguresBesideTheDataset()
    {
        SummaryPanel *summary = window->summaryPanel();
        summary->refresh();
        QString text = summary->plainText();
        QVERIFY2(text.contains(QStringLiteral("The dataset holds 10 of the 20 parks the report "
                                              "counts")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("The report and the dataset")));
        QVERIFY(text.contains(QStringLiteral("Parks (government-led)")));

        window->proxy()->setProvinces({QStringLiteral("浙江省")});
        QTRY_VERIFY(summary->plainText().contains(QStringLiteral("3 of 10 parks shown")));
        text = summary->plainText();
        QVERIFY(text.contains(QStringLiteral("Province: Zhejiang")));
        // The figure for Zhejiang stays: the filter shows all its parks; the
        // figures for all parks and the government-led ones go.
        QVERIFY(text.contains(QStringLiteral("The report and the dataset")));
        QVERIFY2(text.contains(QStringLiteral("Parks (Zhejiang)\n4\n3")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Parks (government-led)")));
        window->proxy()->setProvinces({QStringLiteral("广东省")});
        QTRY_VERIFY(!summary->plainText().contains(QStringLiteral("The report and the dataset")));

        summary->copyToClipboard();
        QCOMPARE(QApplication::clipboard()->text(), summary->plainText());
    }

    // Issue 14, finding 11: the report's figure for a city stays beside the
    // dataset's under a filter on that city.
    void summaryKeepsTheFiguresAFilterCovers()
    {
        openFile(QStringLiteral(TESTDATA_DIR "/fixture-parks.json"));
        SummaryPanel *summary = window->summaryPanel();
        ProvinceTree *tree = window->provinceTree();
        const QModelIndex guangzhou = findInTree(tree, QStringLiteral("广州市"));
        QVERIFY(guangzhou.isValid());
        tree->expand(guangzhou.parent());
        tree->scrollTo(guangzhou);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(guangzhou).center());
        QCOMPARE(window->proxy()->rowCount(), 6);
        summary->refresh();
        const QString text = summary->plainText();
        QVERIFY2(text.contains(QStringLiteral("Parks (Guangzhou)\n6\n6")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Parks (Hangzhou)")));
        QVERIFY(!text.contains(QStringLiteral("Parks (government-led)")));
    }

    // Issue 14, finding 12: a dataset count above the report's for the same
    // scope is a contradiction, marked, with the records behind it.
    void summaryFlagsContradictions()
    {
        openFile(QStringLiteral(TESTDATA_DIR "/fixture-parks.json"));
        SummaryPanel *summary = window->summaryPanel();
        summary->refresh();
        const QString text = summary->plainText();
        QVERIFY2(text.contains(QStringLiteral("Parks (government-led · founded in months "
                                              "1,2,3)\n0\n1 — conflict")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("records behind the conflict: 1\nYunnan Provincial "
                                             "Blockchain Center")));
        QVERIFY(text.contains(QStringLiteral("Contradictions with the report: 1.")));
        // A count below the report's is no conflict.
        QVERIFY(text.contains(QStringLiteral("Parks (government-led)\n23\n21\n")));

        // The About box says so too, in plain words, with no key names.
        const QString about = AboutDialog::aboutText(window->session());
        QVERIFY2(!about.contains(QStringLiteral("reportFigures")), qPrintable(about));
        QVERIFY(about.contains(QStringLiteral("the figures the report states (17 of them")));
        QVERIFY2(about.contains(QStringLiteral("Parks (government-led · founded in months 1,2,3): "
                                               "the report states 0, the dataset holds 1 (Yunnan "
                                               "Provincial Blockchain Center)")),
                 qPrintable(about));
    }

    // Issue 14, finding 3: qualified values are left out of the largest
    // figures, marked and counted.
    void summaryLeavesQualifiedValuesOut()
    {
        openFile(QString()); // the embedded dataset
        QVERIFY(window->session()->isEmbedded());
        SummaryPanel *summary = window->summaryPanel();
        summary->refresh();
        const QString text = summary->plainText();
        // Xiaoshan's 2000 is an enterprise's investment plan, Hainan's 100 a
        // "more than" and Xingsha's 41.48 km² the host base's area.
        QVERIFY2(!text.contains(QStringLiteral("Support fund\n2,000")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("left out as qualified: 1\n2,000 亿元 "
                                              "(investment plan)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("≥100 — ")));
        QVERIFY(text.contains(QStringLiteral("~40 — ")));
        QVERIFY(text.contains(QStringLiteral("41.48 km² (host zone)")));
        QVERIFY(text.contains(QStringLiteral("left out as qualified: 3")));
        QVERIFY(!text.contains(QStringLiteral("Enterprises settled\n100")));

        // Included on request, still marked.
        summary->includeQualifiedBox()->setChecked(true);
        const QString included = summary->plainText();
        QVERIFY2(included.contains(QStringLiteral("Support fund\n2,000 亿元 (investment plan) — ")),
                 qPrintable(included));
        QVERIFY(included.contains(QStringLiteral("Enterprises settled\n≥100 — ")));
        QVERIFY(included.contains(QStringLiteral("of which qualified: 3")));
        QVERIFY(!included.contains(QStringLiteral("left out as qualified")));
    }

    // Issue 14, finding 11: the scope texts are translated (the catalogue's
    // context is FigureScope).
    void scopeTextsAreTranslated()
    {
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        FigureScope scope;
        scope.leadership = Leadership::Government;
        scope.foundedMonths = {1, 2, 3};
        const QString zh = scope.describe(false);
        scope.foundedMonths.clear();
        scope.foundedFrom = 2017;
        scope.foundedTo = 2018;
        const QString years = scope.describe(false);
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(zh, QStringLiteral("政府主导 · 成立月份：1,2,3"));
        QCOMPARE(years, QStringLiteral("政府主导 · 2017–2018 年成立"));
    }

    void copyingCellsPutsTextAndHtml()
    {
        ParkTableView *table = window->tableView();
        table->selectRow(0);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime->hasText());
        QVERIFY(mime->hasHtml());
        // In the order shown: the frozen name first, then where the park is.
        QVERIFY2(
            mime->text().startsWith(QStringLiteral("Xixigu Blockchain Park\tZhejiang\tHangzhou\t")),
            qPrintable(mime->text()));
        QVERIFY(mime->html().startsWith(
            QStringLiteral("<table><tr><th>English name</th><th>Province</th>")));
    }

    void filtersAndColumnsSurviveARestart()
    {
        window->proxy()->setProvinces({QStringLiteral("广东省")});
        window->tableView()->setColumnShown(ParkTableModel::DistrictColumn, false);
        window->close();
        window = std::make_unique<MainWindow>();
        window->openAtStartup(smallStore);
        QCOMPARE(window->proxy()->filter().provinces, QSet<QString>{QStringLiteral("广东省")});
        QCOMPARE(window->proxy()->rowCount(), 3);
        QVERIFY(window->tableView()->isColumnHidden(ParkTableModel::DistrictColumn));
        QVERIFY(!window->tableView()->isColumnHidden(ParkTableModel::CityColumn));
    }

    void exportCsvWritesTheView()
    {
        window->proxy()->setProvinces({QStringLiteral("湖南省")});
        const QString path = QDir::temp().filePath(QStringLiteral("parks-test-export.csv"));
        QVERIFY(window->exportCsv(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, one park, empty after the last CRLF
        QVERIFY2(lines.at(0).startsWith("\xEF\xBB\xBF"
                                        "English name,Province,City,"),
                 lines.at(0));
        QVERIFY2(lines.at(1).startsWith("Xingsha Blockchain Park,Hunan,Changsha,"), lines.at(1));
        f.remove();
    }
};

QTEST_MAIN(TestBrowse)
#include "tst_browse.moc"
