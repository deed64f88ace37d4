#include "browse/parkdetailsview.h"
#include "charts/chartspanel.h"
#include "citygazetteer.h"

#include "document/unreadablestoredialog.h"
#include "documentsession.h"
#include "editing/parkcommands.h"
#include "mainwindow.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "table/parktableview.h"
#include "translations.h"
#include <QChart>
#include <QChartView>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

namespace {

QMessageBox *openMessageBox()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    }
    return nullptr;
}

// A frozen copy of the embedded dataset, so that a correction to that
// changes none of the figures below.
const QString fixture = QStringLiteral(TESTDATA_DIR "/fixture-parks.json");

QString statusCount(MainWindow &window)
{
    QStringList texts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(DocumentSession::userDataPath());
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    void cleanupTestCase() { QFile::remove(DocumentSession::userDataPath()); }

    // Each test starts as a new user: no filter or layout remembered.
    void init() { QSettings().clear(); }

    // The city outlines (3 MB of GeoJSON, the longest read of a start) are
    // for the map and the location checks: the window opens, names every
    // city in English and lists them in the filter without them. The test
    // runs first, before anything else reads the gazetteer.
    void theWindowOpensWithoutWaitingForTheCityOutlines()
    {
        QVERIFY(!CityGazetteer::isEmbeddedRead());
        MainWindow window;
        window.show();
        window.openAtStartup(fixture);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300); // the filter's lists and the status, made after
        const QAbstractItemModel *table = window.tableView()->model();
        QStringList cities;
        for (int row = 0; row < table->rowCount(); ++row)
            cities << table->index(row, ParkTableModel::CityColumn).data().toString();
        QVERIFY2(cities.contains(QStringLiteral("Hangzhou")),
                 qPrintable(cities.join(QLatin1Char(','))));
        QVERIFY(!CityGazetteer::isEmbeddedRead());
    }

    void startsOnEmbeddedDataset()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(QString());
        QVERIFY(window.session()->isEmbedded());
        // Whatever the embedded dataset holds today, all of it is shown.
        const LoadResult embedded = ParkStore::loadFile(ParkStore::EmbeddedPath);
        QVERIFY(embedded.isUsable());
        QVERIFY(!embedded.document.parks.isEmpty());
        QCOMPARE(window.tableView()->model()->rowCount(), int(embedded.document.parks.size()));
        QCOMPARE(window.windowTitle(), QStringLiteral("Embedded dataset[*]"));
        const QString status = statusCount(window);
        QVERIFY2(status.contains(QStringLiteral("%1 parks · the report counts ")
                                     .arg(embedded.document.parks.size())),
                 qPrintable(status));
        QVERIFY(openMessageBox() == nullptr);
    }

    void clickingAHeaderSorts()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(fixture);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.tableView()->horizontalHeader();
        const int x = header->sectionViewportPosition(ParkTableModel::AreaColumn) +
                      header->sectionSize(ParkTableModel::AreaColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(window.proxy()->sortColumn(), int(ParkTableModel::AreaColumn));
        const Qt::SortOrder order = header->sortIndicatorOrder();
        const QString first = window.proxy()->index(0, ParkTableModel::IdColumn).data().toString();
        // Ascending puts the smallest known area (APBC, 0.005 km²) first,
        // descending the largest (Xingsha, 41.48 km²).
        QCOMPARE(first, order == Qt::AscendingOrder ? QStringLiteral("sh-apbc")
                                                    : QStringLiteral("hn-xingsha"));
    }

    // A sort changes the table's order, not which parks the charts count:
    // the chart is not rebuilt (at 100,000 parks each rebuild behind a sort
    // froze the window), while a filter change does rebuild it.
    void sortingLeavesTheChartsAlone()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(fixture);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(20);
        const QChart *before = window.chartsPanel()->chart();
        QVERIFY(before);
        QHeaderView *header = window.tableView()->horizontalHeader();
        const int x = header->sectionViewportPosition(ParkTableModel::AreaColumn) +
                      header->sectionSize(ParkTableModel::AreaColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(window.proxy()->sortColumn(), int(ParkTableModel::AreaColumn));
        QTest::qWait(20);
        QCOMPARE(window.chartsPanel()->chart(), before);

        window.proxy()->setText(QStringLiteral("Hangzhou"));
        QTRY_VERIFY(window.chartsPanel()->chart() != before);
    }

    // Charts on a hidden tab are not rebuilt for each change, but as soon as
    // they are shown (or asked for).
    void hiddenChartsWaitUntilShown()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(fixture);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartsPanel *charts = window.chartsPanel();
        QVERIFY(!charts->isVisible());
        const QChart *before = charts->chart();
        window.proxy()->setText(QStringLiteral("Hangzhou"));
        QTest::qWait(20);
        QCOMPARE(charts->chartView()->chart(), before);
        window.tabs()->setCurrentWidget(charts);
        QVERIFY(charts->isVisible());
        const QChart *shown = charts->chartView()->chart();
        QVERIFY(shown != before);
        QVERIFY(shown->title().contains(QStringLiteral("Hangzhou")));
    }

    // A file that cannot be read gets the question that names it and why;
    // Esc keeps the open document.
    void openingABadFileKeepsTheCurrentOne()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(fixture);
        const QString bad = QStringLiteral(TESTDATA_DIR "/bad-syntax.json");
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *dialog = qobject_cast<UnreadableStoreDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                shown += label->text() + QLatin1Char('\n');
            for (const QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>())
                shown += edit->toPlainText() + QLatin1Char('\n');
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QVERIFY(!window.openFile(bad));
        QVERIFY2(shown.contains(QStringLiteral("bad-syntax.json could not be read")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral(":4:3: unterminated object")), qPrintable(shown));
        QVERIFY(!openMessageBox());
        QCOMPARE(window.session()->path(), fixture);
        QCOMPARE(window.tableView()->model()->rowCount(), 28);
    }

    void openingAFileWithProblemsMarksThem()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(QStringLiteral(TESTDATA_DIR "/bad-negative-area.json"));
        QMessageBox *box = openMessageBox();
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("areaKm2: must not be negative")));
        box->close();
        QCOMPARE(window.tableView()->model()->rowCount(), 2);
        QVERIFY(statusCount(window).contains(QStringLiteral("1 with problems")));
    }

    void savingTheEmbeddedDatasetWritesTheUserFile()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(QString());
        QVERIFY(!QFile::exists(DocumentSession::userDataPath()));
        QVERIFY(window.save());
        QVERIFY(QFile::exists(DocumentSession::userDataPath()));
        QCOMPARE(window.session()->path(), DocumentSession::userDataPath());
        QVERIFY(window.statusBar()->currentMessage().contains(DocumentSession::userDataPath()));
        // The copy is byte for byte the embedded dataset.
        QFile saved(DocumentSession::userDataPath());
        QFile embedded(ParkStore::EmbeddedPath);
        QVERIFY(saved.open(QIODevice::ReadOnly) && embedded.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), embedded.readAll());

        // The next start opens the user's file.
        MainWindow next;
        next.openAtStartup(QString());
        QCOMPARE(next.session()->path(), DocumentSession::userDataPath());
        QFile::remove(DocumentSession::userDataPath());
    }

    // The path in the status bar follows the first save of the embedded
    // dataset, which gives it a file.
    void statusBarFollowsTheFirstSave()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(QString());
        QVERIFY(statusCount(window).contains(QStringLiteral("Embedded dataset")));
        QVERIFY(window.save());
        const QString shown = statusCount(window);
        QVERIFY2(!shown.contains(QStringLiteral("Embedded dataset")), qPrintable(shown));
        QVERIFY2(shown.contains(QDir::toNativeSeparators(DocumentSession::userDataPath())),
                 qPrintable(shown));
        QFile::remove(DocumentSession::userDataPath());
    }

    // Replacing every record (a reload, a merge) keeps the current park
    // current, found by id, and the details show its new version.
    void currentParkSurvivesAReset()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(fixture);
        ParkTableModel *model = window.session()->model();
        const int row = 3;
        const QString id = model->record(row).id;
        window.tableView()->setCurrentIndex(window.proxy()->mapFromSource(model->index(row, 0)));
        QList<ParkRecord> records = model->records();
        ParkRecord moved = records.takeAt(row);
        moved.nameEn = QStringLiteral("New version");
        records.prepend(moved);
        model->setRecords(records);
        const QModelIndex current = window.tableView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(model->record(window.proxy()->mapToSource(current).row()).id, id);
        QVERIFY(window.detailsView()->toPlainText().contains(QStringLiteral("New version")));
    }

    // Ctrl+Y redoes as well as Ctrl+Shift+Z.
    void ctrlYRedoes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openAtStartup(fixture);
        ParkTableModel *model = window.session()->model();
        ParkRecord after = model->record(0);
        after.nameEn = QStringLiteral("Renamed");
        window.undoStack()->push(
            new EditParkCommand(model, 0, model->record(0), after, QStringLiteral("Rename")));
        for (const QKeySequence &redo :
             {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
            window.undoStack()->undo();
            QVERIFY(model->record(0).nameEn != QStringLiteral("Renamed"));
            window.tableView()->setFocus();
            QTest::keySequence(&window, redo);
            QCOMPARE(model->record(0).nameEn, QStringLiteral("Renamed"));
        }
    }

    // Save As has Ctrl+Shift+S, and a name typed without an extension gets
    // .json.
    void saveAsAddsTheExtension()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openAtStartup(fixture);
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            dialog->setDirectory(dir.path());
            dialog->selectFile(QStringLiteral("mystore"));
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        });
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QVERIFY(dialogSeen);
        const QString expected = dir.filePath(QStringLiteral("mystore.json"));
        QCOMPARE(window.session()->path(), expected);
        QVERIFY(QFile::exists(expected));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("mystore"))));
    }

    // The undo history marks the step that matches the file on disk.
    void undoHistoryMarksTheSavedState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parks.json"));
        QVERIFY(QFile::copy(fixture, path));
        MainWindow window;
        window.openAtStartup(path);
        auto *history = window.findChild<QUndoView *>();
        QVERIFY(history);
        QVERIFY(!history->cleanIcon().isNull());
        ParkTableModel *model = window.session()->model();
        for (const QString &name : {QStringLiteral("One"), QStringLiteral("Two")}) {
            ParkRecord after = model->record(0);
            after.nameEn = name;
            window.undoStack()->push(
                new EditParkCommand(model, 0, model->record(0), after, QStringLiteral("Rename")));
        }
        window.undoStack()->undo();
        QVERIFY(window.save());
        // Rows: <as opened>, One, Two; the saved state is "One".
        const auto marked = [history](int row) {
            return !history->model()
                        ->index(row, 0)
                        .data(Qt::DecorationRole)
                        .value<QIcon>()
                        .isNull();
        };
        QVERIFY(!marked(0));
        QVERIFY(marked(1));
        QVERIFY(!marked(2));
    }

    void readOnlyDocumentCannotBeSaved()
    {
        MainWindow window;
        window.show();
        window.openAtStartup(QStringLiteral(TESTDATA_DIR "/newer-version.json"));
        QMessageBox *box = openMessageBox();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("read-only")));
        box->close();
        QVERIFY(window.session()->isReadOnly());
        QVERIFY(statusCount(window).contains(QStringLiteral("newer-version.json (read-only)")));
        QAction *save = nullptr;
        for (QAction *a : window.menuBar()->actions().first()->menu()->actions()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Save))
                save = a;
        }
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
