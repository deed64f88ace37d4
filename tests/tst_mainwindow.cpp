#include "document/unreadablestoredialog.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

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
