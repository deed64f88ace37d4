#include "browse/parkdetailsview.h"
#include "browse/provincetree.h"
#include "browse/summarypanel.h"
#include "documentsession.h"
#include "filter/checklistbutton.h"
#include "filter/filterbar.h"
#include "mainwindow.h"
#include "parkfilterproxy.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
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
        QVERIFY(!text.contains(QStringLiteral("The report and the dataset")));

        summary->copyToClipboard();
        QCOMPARE(QApplication::clipboard()->text(), summary->plainText());
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
        QVERIFY(mime->text().startsWith(QStringLiteral("zj-a\t西溪谷区块链产业园\t")));
        QVERIFY(mime->html().startsWith(QStringLiteral("<table><tr><th>ID</th>")));
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
        QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFID,"));
        QVERIFY(lines.at(1).startsWith("hn-a,星沙区块链产业园,"));
        f.remove();
    }
};

QTEST_MAIN(TestBrowse)
#include "tst_browse.moc"
