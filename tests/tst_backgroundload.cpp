// Opening a large store on a worker thread: the event loop goes on while it
// loads, the result is the same as a load in the foreground, Cancel leaves
// the open document, and a second open replaces the first. The worker is
// held back (every thread loads run on is kept busy) until the event
// loop has run, so nothing here depends on how fast the machine is.
#include "backgroundload.h"
#include "backgroundpriority.h"
#include "document/loadprogressdialog.h"
#include "documentcontroller.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "parkfilter.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "recoveryfile.h"
#include "searchindex.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

// Keeps every thread loads run on busy until released, so that a load
// started meanwhile waits.
class PoolBlocker
{
public:
    PoolBlocker()
        : m_threads(BackgroundLoad::threads()->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i) {
            BackgroundLoad::threads()->start([this] {
                m_started.release();
                m_gate.acquire();
            });
        }
        m_started.acquire(m_threads);
    }
    ~PoolBlocker() { release(); }
    void release()
    {
        if (!m_released)
            m_gate.release(m_threads);
        m_released = true;
    }

private:
    int m_threads;
    QSemaphore m_started;
    QSemaphore m_gate;
    bool m_released = false;
};

// Runs ACTION from the event loop, which open() has to run for it.
// The calling thread's nice value (0 where threads have none of their own).
int threadNice()
{
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, id_t(gettid()));
#else
    return 0;
#endif
}

void soon(const std::function<void()> &action)
{
    QTimer::singleShot(0, action);
}

QStringList idsOf(const ParkTableModel *model)
{
    QStringList ids;
    for (const ParkRecord &r : model->records())
        ids << r.id;
    return ids;
}

QStringList idsIn(const QString &path)
{
    QStringList ids;
    for (const ParkRecord &r : ParkStore::loadFile(path).document.parks)
        ids << r.id;
    return ids;
}

} // namespace

class TestBackgroundLoad : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString small; // ten parks
    QString fixture;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        small = dir.filePath(QStringLiteral("small.json"));
        fixture = dir.filePath(QStringLiteral("fixture.json"));
        QVERIFY(QFile::copy(QStringLiteral(TESTDATA_DIR "/store-small.json"), small));
        QVERIFY(QFile::copy(QStringLiteral(TESTDATA_DIR "/fixture-parks.json"), fixture));
        QVERIFY(idsIn(small) != idsIn(fixture));
    }

    void init()
    {
        QDir(RecoveryFile::defaultFolder()).removeRecursively();
        QSettings().clear();
    }

    // The event loop runs while the worker loads, the progress ends at
    // Done, and the records and their search text are those of a load in
    // the foreground.
    void theEventLoopRunsAndTheResultIsTheSame()
    {
        DocumentSession session;
        session.setBackgroundLoadSize(0);
        QSignalSpy started(&session, &DocumentSession::loadingStarted);
        QSignalSpy progress(&session, &DocumentSession::loadingProgress);
        QSignalSpy finished(&session, &DocumentSession::loadingFinished);
        PoolBlocker blocker;
        bool ranDuringLoad = false;
        soon([&] {
            ranDuringLoad = session.isLoading();
            blocker.release();
        });
        const LoadResult result = session.open(fixture);
        QVERIFY(ranDuringLoad);
        QVERIFY2(result.isUsable(), qPrintable(result.message));
        QVERIFY(!result.cancelled);
        QVERIFY(!session.isLoading());
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toString(), fixture);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), LoadControl::Done);
        QCOMPARE(session.path(), fixture);

        const LoadResult foreground = ParkStore::loadFile(fixture);
        QCOMPARE(session.model()->records(), foreground.document.parks);
        QCOMPARE(result.problems.size(), foreground.problems.size());
        QCOMPARE(result.contentHash, foreground.contentHash);
        for (int row = 0; row < session.model()->rowCount(); ++row)
            QCOMPARE(session.model()->searchText(row),
                     ParkFilter::searchText(foreground.document.parks.at(row)));
        const QString firstId = foreground.document.parks.first().id;
        QVERIFY(session.model()->uniqueId(firstId) != firstId);

        // The worker makes the records ready for the model (shared, with
        // their ids counted, and a small store's search text): the window's
        // thread only takes them over.
        const LoadResult ready = BackgroundLoad::load(fixture, std::make_shared<LoadControl>(), {});
        QVERIFY(ready.prepared.has_value());
        QVERIFY(ready.document.parks.isEmpty());
        QCOMPARE(ready.prepared->records.toList(), foreground.document.parks);
        QCOMPARE(ready.prepared->searchText.size(), foreground.document.parks.size());
        QCOMPARE(ready.prepared->searchText.at(0),
                 ParkFilter::searchText(foreground.document.parks.first()));
        QCOMPARE(ready.prepared->idCount.value(firstId), 1);
    }

    // The load gives way to the window's thread, which is never lowered;
    // a thread a lowered one starts (the second half of a load) is lowered
    // too.
    void theLoadGivesWayToTheWindow()
    {
        const int windowNice = threadNice();
        DocumentSession session;
        session.setBackgroundLoadSize(0);
        QVERIFY(session.open(fixture).isUsable());
        QCOMPARE(threadNice(), windowNice);

        bool lowered = false;
        bool startedLowered = false;
        std::thread worker([&] {
            BackgroundPriority::lowerThisThread();
            lowered = BackgroundPriority::isThisThreadLowered();
            std::thread second([&] { startedLowered = BackgroundPriority::isThisThreadLowered(); });
            second.join();
        });
        worker.join();
#ifdef Q_OS_LINUX
        QVERIFY(lowered);
        QVERIFY(startedLowered);
#endif
        QCOMPARE(threadNice(), windowNice);
    }

    // Work started through BackgroundPriority runs on the pool given, at the
    // lowered priority, and leaves the caller's priority alone.
    void workStartedInTheBackgroundRunsLowered()
    {
        const int windowNice = threadNice();
        QThreadPool pool;
        std::atomic<bool> lowered = false;
        std::atomic<bool> onThePool = false;
        QThread *const caller = QThread::currentThread();
        BackgroundPriority::start(&pool, [&] {
            lowered = BackgroundPriority::isThisThreadLowered();
            onThePool = QThread::currentThread() != caller;
        });
        QVERIFY(pool.waitForDone(10000));
        QVERIFY(onThePool);
#ifdef Q_OS_LINUX
        QVERIFY(lowered);
#endif
        QCOMPARE(threadNice(), windowNice);
    }

    // Work done ahead of need runs on a pool of its own, lower than a load,
    // and leaves the global pool's threads (searches, sorts) as they were.
    void workDoneAheadRunsLowerThanALoad()
    {
        std::atomic<bool> ahead = false;
        std::atomic<bool> onTheGlobalPool = true;
        std::atomic<bool> done = false;
        BackgroundPriority::startAhead([&] {
            ahead = BackgroundPriority::isThisThreadAhead();
            onTheGlobalPool = QThreadPool::globalInstance()->contains(QThread::currentThread());
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!onTheGlobalPool);
#ifdef Q_OS_LINUX
        QVERIFY(ahead);
#endif
        std::atomic<bool> globalAhead = true;
        QThreadPool::globalInstance()->start(
            [&] { globalAhead = BackgroundPriority::isThisThreadAhead(); });
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QVERIFY(!globalAhead);
    }

    // Work done ahead waits while work a user waits for is under way, and
    // starts when it ends.
    void workDoneAheadWaitsForUrgentWork()
    {
        std::atomic<bool> ran = false;
        auto urgent = std::make_unique<BackgroundPriority::UrgentWork>();
        BackgroundPriority::startAhead([&] { ran = true; });
        QTest::qWait(300);
        QVERIFY(!ran);
        urgent.reset();
        QTRY_VERIFY_WITH_TIMEOUT(ran, 10000);
    }

    // A load is such work: what is read ahead at start (ReadAhead, once the
    // event loop runs, that is inside the load's) starts after the load.
    void whatIsReadAheadWaitsForALoad()
    {
        std::atomic<bool> ran = false;
        bool ranDuringLoad = true;
        PoolBlocker blocker; // the load waits, with its event loop running
        soon([&] {
            BackgroundPriority::startAhead([&] { ran = true; });
            QTimer::singleShot(300, [&] {
                ranDuringLoad = ran;
                blocker.release();
            });
        });
        const LoadResult result =
            BackgroundLoad::load(fixture, std::make_shared<LoadControl>(), {});
        QVERIFY(result.isUsable());
        QVERIFY(!ranDuringLoad);
        QTRY_VERIFY_WITH_TIMEOUT(ran, 10000);
    }

    // A large store's search text is left to the model, which has it made
    // once the table is shown (SearchIndex); unless a search is shown,
    // whose rows depend on it.
    void aLargeStoresSearchTextIsMadeAfterItsLoadUnlessASearchIsShown()
    {
        ParkDocument doc = ParkStore::loadFile(fixture).document;
        const QList<ParkRecord> base = doc.parks;
        doc.parks.clear();
        for (qsizetype i = 0; i < SearchIndex::BackgroundRecords; ++i) {
            ParkRecord r = base.at(i % base.size());
            r.id = QStringLiteral("park-%1").arg(i);
            doc.parks.append(r);
        }
        const QString large = dir.filePath(QStringLiteral("large.json"));
        QVERIFY(ParkStore::save(doc, large).ok());

        const LoadResult later = BackgroundLoad::load(large, std::make_shared<LoadControl>(), {});
        QVERIFY(later.prepared.has_value());
        QCOMPARE(later.prepared->records.size(), SearchIndex::BackgroundRecords);
        QCOMPARE(later.prepared->searchText.size(), 0);

        const LoadResult searched =
            BackgroundLoad::load(large, std::make_shared<LoadControl>(), {}, true);
        QVERIFY(searched.prepared.has_value());
        QCOMPARE(searched.prepared->searchText.size(), SearchIndex::BackgroundRecords);
        QVERIFY(searched.prepared->searchText.isReady());
        QCOMPARE(searched.prepared->searchText.at(7), ParkFilter::searchText(doc.parks.at(7)));

        // The session asks the model.
        DocumentSession session;
        session.setBackgroundLoadSize(0);
        session.model()->setSearchShown(true);
        QVERIFY(session.open(large).isUsable());
        QVERIFY(session.model()->isSearchTextReady());
        QCOMPARE(session.model()->searchText(7), ParkFilter::searchText(doc.parks.at(7)));
        session.model()->setSearchShown(false);
        QVERIFY(session.open(large).isUsable());
        QCOMPARE(session.model()->searchText(7), ParkFilter::searchText(doc.parks.at(7)));
    }

    // Small files are read at once, without an event loop.
    void aSmallFileIsReadAtOnce()
    {
        DocumentSession session;
        QSignalSpy started(&session, &DocumentSession::loadingStarted);
        bool ran = false;
        {
            // The timer never fires here: it goes with its context.
            QObject context;
            QTimer::singleShot(0, &context, [&] { ran = true; });
            QVERIFY(session.open(fixture).isUsable());
        }
        QVERIFY(!ran);
        QCOMPARE(started.count(), 0);
        QCOMPARE(idsOf(session.model()), idsIn(fixture));
    }

    void cancellingKeepsTheOpenDocument()
    {
        DocumentSession session;
        QVERIFY(session.open(small).isUsable());
        session.setBackgroundLoadSize(0);
        QSignalSpy replaced(&session, &DocumentSession::documentReplaced);
        QSignalSpy finished(&session, &DocumentSession::loadingFinished);
        PoolBlocker blocker;
        soon([&] {
            session.cancelLoading();
            blocker.release();
        });
        const LoadResult result = session.open(fixture);
        QVERIFY(result.cancelled);
        QVERIFY(!result.isUsable());
        QVERIFY(result.document.parks.isEmpty());
        QCOMPARE(replaced.count(), 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(session.path(), small);
        QCOMPARE(idsOf(session.model()), idsIn(small));
    }

    // A cancelled load stops: a control cancelled before the load starts
    // reads nothing.
    void aCancelledControlStopsTheLoad()
    {
        LoadControl control;
        control.cancel();
        const LoadResult result = ParkStore::loadFile(fixture, -1, &control);
        QVERIFY(result.cancelled);
        QVERIFY(result.document.parks.isEmpty());
        QVERIFY(result.message.contains(fixture));
    }

    // Opening another file while one loads: the newest wins, the first
    // open() returns cancelled, and loadingFinished() comes once, at the end.
    void aSecondOpenReplacesTheFirst()
    {
        DocumentSession session;
        session.setBackgroundLoadSize(0);
        QSignalSpy finished(&session, &DocumentSession::loadingFinished);
        QSignalSpy started(&session, &DocumentSession::loadingStarted);
        PoolBlocker blocker;
        LoadResult second;
        soon([&] {
            soon([&] { blocker.release(); });
            second = session.open(small);
        });
        const LoadResult first = session.open(fixture);
        QVERIFY(first.cancelled);
        QVERIFY2(second.isUsable(), qPrintable(second.message));
        QCOMPARE(started.count(), 2);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(session.path(), small);
        QCOMPARE(idsOf(session.model()), idsIn(small));
        QVERIFY(!session.isLoading());
    }

    // The controller takes a cancel as the user's choice: no error, a line
    // in the status bar, the document and its edits as they were.
    void theControllerReportsACancelQuietly()
    {
        DocumentController controller;
        QVERIFY(controller.open(small));
        controller.session()->setBackgroundLoadSize(0);
        QSignalSpy failed(&controller, &DocumentController::failed);
        QSignalSpy message(&controller, &DocumentController::message);
        PoolBlocker blocker;
        soon([&] {
            controller.session()->cancelLoading();
            blocker.release();
        });
        QVERIFY(!controller.open(fixture));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(message.count(), 1);
        QVERIFY(message.first().first().toString().contains(QStringLiteral("cancelled")));
        QCOMPARE(controller.session()->path(), small);
        QVERIFY(!controller.isModified());
    }

    // At start, a cancelled load of the user's file is not followed by
    // another try: the embedded dataset opens.
    void aCancelAtStartOpensTheEmbeddedDataset()
    {
        DocumentController controller;
        controller.session()->setBackgroundLoadSize(0);
        PoolBlocker blocker;
        soon([&] {
            controller.session()->cancelLoading();
            blocker.release();
        });
        controller.openAtStartup(fixture);
        QCOMPARE(controller.session()->path(), ParkStore::EmbeddedPath);
        QCOMPARE(controller.session()->model()->rowCount(), 28);
    }

    // The window shows which file loads and how far, and its Cancel button
    // cancels.
    void theWindowShowsProgressAndCancels()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(small));
        window.session()->setBackgroundLoadSize(0);
        auto *dialog = window.findChild<LoadProgressDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->isVisible());
        PoolBlocker blocker;
        QString shownText;
        bool wasVisible = false;
        soon([&] {
            wasVisible = dialog->isVisible();
            shownText = dialog->findChild<QLabel *>()->text();
            auto *cancel = dialog->findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
            blocker.release();
        });
        QVERIFY(!window.openFile(fixture));
        QVERIFY(wasVisible);
        QVERIFY2(shownText.contains(QStringLiteral("fixture.json")), qPrintable(shownText));
        QVERIFY(!dialog->isVisible());
        QCOMPARE(window.session()->path(), small);
        QCOMPARE(idsOf(window.session()->model()), idsIn(small));
    }

    // A cancel at start says so in the status bar, over the file's name.
    void aCancelAtStartIsReportedInTheStatusBar()
    {
        // As main() does: the window is shown, and the load begins before
        // it is on screen.
        MainWindow window;
        window.show();
        window.session()->setBackgroundLoadSize(0);
        PoolBlocker blocker;
        soon([&] {
            auto *dialog = window.findChild<LoadProgressDialog *>();
            const bool exposed = QTest::qWaitForWindowExposed(dialog, 2000);
            QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
            blocker.release();
            QVERIFY(exposed);
        });
        window.openAtStartup(fixture);
        QCOMPARE(window.session()->path(), ParkStore::EmbeddedPath);
        QTest::qWait(200);
        QVERIFY2(window.statusBar()->currentMessage().contains(fixture),
                 qPrintable(window.statusBar()->currentMessage()));
        QTest::qWait(200);
        // Over the file's name, not mixed with it.
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("parks.json")))
                QVERIFY2(!label->isVisible(), qPrintable(label->text()));
        }
    }
};

QTEST_MAIN(TestBackgroundLoad)
#include "tst_backgroundload.moc"
