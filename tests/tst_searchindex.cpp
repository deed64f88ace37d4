// The search text of a large store, made on its own thread after the
// records are in the table (SearchIndex): the same texts as made at once,
// edits made meanwhile kept, searches waiting for it off the window's
// thread, and made at once when a search is shown.
#include "citygazetteer.h"
#include "documentsession.h"
#include "filter/filterbar.h"
#include "loadcontrol.h"
#include "mainwindow.h"
#include "parkfilter.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "searchindex.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSemaphore>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <thread>

namespace {

// Enough for the texts to be made on their thread, and for the filter to
// search in the background.
constexpr int Parks = int(SearchIndex::BackgroundRecords) + 1000;
static_assert(Parks > 20000 && Parks < 30000, "the counts of matches below assume so");

QList<ParkRecord> records(const QString &prefix, int count = Parks)
{
    static const QStringList provinces = {QStringLiteral("浙江省"), QStringLiteral("北京市"),
                                          QStringLiteral("广东省")};
    static const QStringList cities = {QStringLiteral("杭州市"), QStringLiteral("北京市"),
                                       QStringLiteral("广州市")};
    QList<ParkRecord> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        ParkRecord r;
        r.id = prefix + QString::number(i);
        r.nameZh = QStringLiteral("区块链产业园%1").arg(i);
        r.nameEn = QStringLiteral("%1 Blockchain Park %2").arg(prefix).arg(i);
        r.province = provinces.at(i % 3);
        r.city = cities.at(i % 3);
        list.append(r);
    }
    return list;
}

// What every row's search text must be: made now, from the model's records.
QList<QString> expectedTexts(const ParkTableModel &model)
{
    QList<QString> texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(ParkFilter::searchText(model.record(row)));
    return texts;
}

// Keeps the thread the texts are made on busy until released, so that a
// test sees them still being made, whatever the machine's speed. The task
// shares the semaphores, so that it may finish after this is gone.
class HeldThread
{
public:
    HeldThread()
    {
        QThreadPool *pool = SearchIndex::thread();
        Q_ASSERT(pool);
        pool->start([started = m_started, release = m_release] {
            started->release();
            release->acquire();
        });
        m_started->acquire();
    }
    ~HeldThread() { release(); }
    void release()
    {
        if (!m_released.exchange(true))
            m_release->release();
    }

private:
    std::shared_ptr<QSemaphore> m_started = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> m_release = std::make_shared<QSemaphore>();
    std::atomic<bool> m_released = false;
};

// A table whose filter searches in the background from 1,000 rows, with
// the thread the texts are made on held.
struct HeldBackgroundSearch
{
    HeldBackgroundSearch()
    {
        proxy.setBackgroundSearch(1000);
        proxy.setSourceModel(&model);
    }
    ParkTableModel model;
    ParkFilterProxy proxy;
    HeldThread held;
};

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void aSmallStoresTextWaitsNotForTheCityOutlines()
    {
        // As when the window opens: the gazetteer's outlines are still being
        // read. The texts, which spell each city in English, take the names
        // alone, read without them, and are made at once.
        QVERIFY(!CityGazetteer::isEmbeddedRead()); // nothing above read it
        HeldThread held;
        ParkTableModel model;
        model.setRecords(records(QStringLiteral("g"), 28));
        QVERIFY(model.isSearchTextReady());
        QCOMPARE(model.searchTexts(), expectedTexts(model));
        QVERIFY(model.searchTexts().at(0).contains(QStringLiteral("hangzhou")));
        QVERIFY(!CityGazetteer::isEmbeddedRead());
    }

    void aSmallStoresTextIsMadeAtOnce()
    {
        HeldThread held;
        ParkTableModel model;
        model.setRecords(records(QStringLiteral("s"), 100));
        QVERIFY(model.isSearchTextReady());
        QCOMPARE(model.searchTexts(), expectedTexts(model));
    }

    void aLargeStoresTextIsMadeAfterItIsShownWithTheEditsMadeMeanwhile()
    {
        ParkTableModel model;
        QAbstractItemModelTester tester(&model);
        HeldThread held;
        model.setRecords(records(QStringLiteral("a")));
        QCOMPARE(model.rowCount(), Parks);
        QVERIFY(!model.isSearchTextReady());

        // Edits of every kind while the texts are being made.
        ParkRecord renamed = model.record(5);
        renamed.nameEn = QStringLiteral("Renamed Park");
        model.setRecord(5, renamed);
        ParkRecord added;
        added.id = QStringLiteral("added");
        added.nameZh = QStringLiteral("新增园区");
        model.insertRecord(0, added);
        QVERIFY(model.removeRows(100, 3));
        QVERIFY(model.insertRows(Parks - 10, 2));
        ParkRecord last = model.record(model.rowCount() - 1);
        last.city = QStringLiteral("杭州市");
        last.province = QStringLiteral("浙江省");
        model.setRecord(model.rowCount() - 1, last);
        QCOMPARE(model.rowCount(), Parks + 1 - 3 + 2);

        QFuture<QList<QString>> later = model.searchTextsLater();
        QVERIFY(!later.isFinished());
        QVERIFY(!model.isSearchTextReady());
        held.release();
        later.waitForFinished();
        const QList<QString> expected = expectedTexts(model);
        QCOMPARE(later.result(), expected);
        QCOMPARE(model.searchTexts(), expected);
        QVERIFY(model.searchText(1 + 5).contains(QStringLiteral("renamed park")));
        QVERIFY(model.searchText(0).contains(QStringLiteral("新增园区")));

        // And after: edits go straight to the texts.
        renamed.nameEn = QStringLiteral("Second Name");
        model.setRecord(6, renamed);
        QVERIFY(model.searchText(6).contains(QStringLiteral("second name")));
        QCOMPARE(model.searchTexts(), expectedTexts(model));
    }

    // As a load makes them when a search is shown: it reports its progress
    // and stops on Cancel.
    void theTextsMadeForALoadFollowItsControl()
    {
        const SharedRecords shared(records(QStringLiteral("l")));
        LoadControl control;
        const std::optional<QList<QString>> texts =
            SearchIndex::textsOf(shared, &control, LoadStage::Validated);
        QVERIFY(texts);
        QCOMPARE(texts->size(), Parks);
        QCOMPARE(texts->at(Parks - 1), ParkFilter::searchText(shared.at(Parks - 1)));
        QVERIFY(control.progress() > LoadStage::Validated);

        control.cancel();
        QVERIFY(!SearchIndex::textsOf(shared, &control, LoadStage::Validated));
    }

    void readingTheTextsWaitsForThem()
    {
        ParkTableModel model;
        HeldThread held;
        model.setRecords(records(QStringLiteral("w")));
        QVERIFY(!model.isSearchTextReady());
        std::thread releaser([&held] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            held.release();
        });
        const QString &first = model.searchText(0);
        releaser.join();
        QCOMPARE(first, ParkFilter::searchText(model.record(0)));
        QVERIFY(model.isSearchTextReady());
        QCOMPARE(model.searchTexts(), expectedTexts(model));
    }

    void aSearchWaitsForTheTextsWithoutHoldingTheWindow()
    {
        HeldBackgroundSearch table;
        auto &[model, proxy, held] = table;
        model.setRecords(records(QStringLiteral("b")));
        QVERIFY(!model.isSearchTextReady());

        proxy.setText(QStringLiteral("Park 77"));
        QVERIFY(proxy.isSearching());
        // The window's thread goes on meanwhile; nothing is filtered yet.
        QTest::qWait(100);
        QVERIFY(proxy.isSearching());
        QCOMPARE(proxy.rowCount(), Parks);
        QCOMPARE(proxy.filter().text, QString());

        held.release();
        QTRY_VERIFY(!proxy.isSearching());
        QCOMPARE(proxy.filter().text, QStringLiteral("Park 77"));
        int expected = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            expected += model.record(row).nameEn.contains(QStringLiteral("Park 77"));
        QCOMPARE(proxy.rowCount(), expected);
        QCOMPARE(proxy.rowCount(), 111); // 77, 770–779, 7700–7799
    }

    void aSearchStartedOnStoresReplacedMeanwhileSearchesTheNewOne()
    {
        HeldBackgroundSearch table;
        auto &[model, proxy, held] = table;
        model.setRecords(records(QStringLiteral("old")));
        proxy.setText(QStringLiteral("new Blockchain Park 12"));
        // Another store while the search waits for the first one's texts.
        model.setRecords(records(QStringLiteral("new")));
        held.release();
        QTRY_VERIFY(!proxy.isSearching());
        QCOMPARE(proxy.filter().text, QStringLiteral("new Blockchain Park 12"));
        // 12, 120–129, 1200–1299, 12000–12999
        QCOMPARE(proxy.rowCount(), 1111);
        QCOMPARE(model.searchTexts(), expectedTexts(model));
    }

    void aShownSearchHasTheTextMadeAtOnce()
    {
        ParkTableModel model;
        ParkFilterProxy proxy;
        proxy.setSourceModel(&model);
        QVERIFY(!model.isSearchShown());
        proxy.setText(QStringLiteral("Park 3"));
        QVERIFY(model.isSearchShown());

        // The rows shown depend on the texts: no wait on the window's
        // thread for another one, which is held here.
        HeldThread held;
        model.setRecords(records(QStringLiteral("c")));
        QVERIFY(model.isSearchTextReady());
        QCOMPARE(model.searchTexts(), expectedTexts(model));
        // 3, 30–39, 300–399, 3000–3999
        QCOMPARE(proxy.rowCount(), 1111);

        proxy.setText(QString());
        QVERIFY(!model.isSearchShown());
        model.setRecords(records(QStringLiteral("d")));
        QVERIFY(!model.isSearchTextReady());
    }

    // In the window: a search typed as the store opens waits for the text
    // without holding the window, and the status bar says so once it has
    // taken a while.
    void theWindowSaysASearchIsWaiting()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("large.json"));
        ParkDocument doc;
        doc.parks = records(QStringLiteral("w"));
        QVERIFY(ParkStore::save(doc, path).ok());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HeldThread held;
        window.openAtStartup(path);
        QCOMPARE(window.proxy()->rowCount(), Parks);
        QVERIFY(!window.session()->model()->isSearchTextReady());

        const auto status = [&window] {
            QStringList texts;
            for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
                texts << label->text();
            return texts.join(QLatin1Char('|'));
        };
        QTest::keyClicks(window.filterBar()->searchField(), QStringLiteral("Park 77"));
        QTRY_VERIFY(window.proxy()->isSearching());
        QTRY_VERIFY(status().contains(QStringLiteral("Searching…")));
        QCOMPARE(window.proxy()->rowCount(), Parks);

        held.release();
        QTRY_COMPARE(window.proxy()->rowCount(), 111);
        QTRY_VERIFY(!status().contains(QStringLiteral("Searching")));
        QVERIFY2(status().contains(QStringLiteral("111 of %1 parks shown").arg(Parks)),
                 qPrintable(status()));
    }
};

QTEST_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
