// Takes the README's screenshots from the offscreen platform, so that they
// show the application as it is: the main window at 1280×800 and
// 1600×1000 in English and Chinese (table, charts, map) and each dialog.
//
//   parkexplorer-screenshots OUTDIR
//
// Exits non-zero when a picture could not be taken. scripts/screenshots.sh
// writes them to docs/screenshots; a test writes them to a temporary folder
// so that this program keeps working.

#include "charts/chartspanel.h"
#include "documentsession.h"
#include "editing/editcontroller.h"
#include "mainwindow.h"
#include "map/mappanel.h"
#include "messageboxes.h"
#include "parkfilterproxy.h"
#include "report/reportdialog.h"
#include "report/reportpreview.h"
#include "stablecsv.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace {

QString g_out;
QStringList g_failures;

void settle(int ms = 150)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void save(QWidget *widget, const QString &name)
{
    const QPixmap picture = widget->grab();
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (picture.isNull() || !picture.save(path))
        g_failures << name;
    else
        QTextStream(stdout) << path << " " << picture.width() << "x" << picture.height() << "\n";
}

// Opens a dialog with OPEN (exec() or open(), either way), takes its
// picture once it is laid out, PREPARE first (a tab to show), and closes it.
void shootDialog(const QString &name, const std::function<void()> &open,
                 const std::function<void(QDialog *)> &prepare = nullptr)
{
    const QWidgetList before = QApplication::topLevelWidgets();
    bool taken = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(w);
            if (!dialog || !dialog->isVisible() || before.contains(w))
                continue;
            poll.stop();
            if (prepare)
                prepare(dialog);
            settle(200);
            save(dialog, name);
            taken = true;
            dialog->reject();
            return;
        }
    });
    poll.start();
    open();
    const QDeadlineTimer deadline(5000);
    while (!taken && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!taken)
        g_failures << name;
}

QAction *action(MainWindow &window, const QString &text)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

// A CSV of the embedded parks with two cells edited and a bad row, for the
// import report.
QString editedCsv(MainWindow &window, const QString &folder)
{
    QList<ParkRecord> records = window.session()->model()->records();
    if (records.size() < 3)
        return QString();
    records[0].enterprises = 120;
    records[1].nameEn += QStringLiteral(" (renamed)");
    QByteArray csv = StableCsv::write(records);
    // A new park, and one whose date no calendar has.
    csv += "sh-new-park,上海新区块链园,,上海市,,上海市,,2021-03\r\n";
    csv += "sh-bad-date,上海某园区,,上海市,,上海市,,2021-02-30\r\n";
    const QString path = QDir(folder).filePath(QStringLiteral("parks-edited.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return QString();
    return path;
}

void shootLanguage(const QString &language, const QString &suffix, const QString &folder)
{
    Translations::install(language);
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        QSettings().clear();
        MainWindow window;
        window.resize(size);
        window.show();
        window.openAtStartup(QString());
        // A park highlighted, so that Details shows a record.
        window.tableView()->selectRow(2);
        settle(300);
        const QString dims = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        save(&window, QStringLiteral("main-table-%1-%2").arg(dims, suffix));
        window.tabs()->setCurrentWidget(window.chartsPanel());
        settle(300);
        save(&window, QStringLiteral("main-charts-%1-%2").arg(dims, suffix));
        window.tabs()->setCurrentWidget(window.mapPanel());
        settle(400);
        save(&window, QStringLiteral("main-map-%1-%2").arg(dims, suffix));
        if (size.width() != 1600)
            continue;

        window.tabs()->setCurrentWidget(window.tableView());
        settle();
        shootDialog(QStringLiteral("dialog-edit-park-%1").arg(suffix),
                    [&] { window.editor()->editCurrent(); });
        shootDialog(
            QStringLiteral("dialog-edit-park-location-%1").arg(suffix),
            [&] { window.editor()->editCurrent(); },
            [](QDialog *dialog) {
                if (auto *tabs = dialog->findChild<QTabWidget *>())
                    tabs->setCurrentIndex(tabs->count() > 2 ? 2 : tabs->count() - 1);
            });
        shootDialog(QStringLiteral("dialog-export-chart-%1").arg(suffix), [&] {
            window.tabs()->setCurrentWidget(window.chartsPanel());
            window.chartsPanel()->exportWithDialog();
        });
        shootDialog(QStringLiteral("dialog-export-map-%1").arg(suffix), [&] {
            window.tabs()->setCurrentWidget(window.mapPanel());
            window.mapPanel()->exportWithDialog();
        });
        shootDialog(
            QStringLiteral("dialog-export-report-%1").arg(suffix),
            [&] { window.exportReportWithDialog(); },
            [](QDialog *dialog) {
                // With its preview made: the pages as they will be written.
                if (auto *report = qobject_cast<ReportDialog *>(dialog))
                    report->preview()->refresh();
            });
        window.tabs()->setCurrentWidget(window.tableView());
        const QString exportText =
            QCoreApplication::translate("MainActions", "Export Table as &CSV…");
        if (QAction *exportCsv = action(window, exportText))
            shootDialog(QStringLiteral("dialog-export-csv-%1").arg(suffix),
                        [exportCsv] { exportCsv->trigger(); });
        else
            g_failures << QStringLiteral("dialog-export-csv-%1").arg(suffix);
        const QString csv = editedCsv(window, folder);
        shootDialog(QStringLiteral("dialog-import-csv-%1").arg(suffix),
                    [&] { window.importCsv(csv); });
        window.undoStack()->setClean();
        for (const char *text : {"&About Park Explorer", "&Keyboard Shortcuts"}) {
            const QString translated = QCoreApplication::translate("MainActions", text);
            QAction *a = action(window, translated);
            const QString name = QStringLiteral("dialog-%1-%2")
                                     .arg(QString::fromLatin1(text)
                                              .remove(QLatin1Char('&'))
                                              .toLower()
                                              .replace(QLatin1Char(' '), QLatin1Char('-')),
                                          suffix);
            if (a)
                shootDialog(name, [a] { a->trigger(); });
            else
                g_failures << name;
        }
        // A file that is not a park store: the question of what to do.
        const QString broken = QDir(folder).filePath(QStringLiteral("parks-broken.json"));
        QFile file(broken);
        if (file.open(QIODevice::WriteOnly))
            file.write("{\"parks\": [ {\"id\": \"a\", \"nameZh\": \"甲\" ");
        file.close();
        shootDialog(QStringLiteral("dialog-unreadable-store-%1").arg(suffix),
                    [&] { window.openFile(broken); });
        window.close();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parkexplorer"));
    QApplication::setOrganizationName(QStringLiteral("parkexplorer-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("Park Explorer"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/parkexplorer.svg")));
    // Settings and data in test locations: the user's own stay untouched.
    QStandardPaths::setTestModeEnabled(true);
    if (argc != 2) {
        QTextStream(stderr) << "usage: parkexplorer-screenshots OUTDIR\n";
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(g_out)) {
        QTextStream(stderr) << g_out << ": cannot be created\n";
        return 2;
    }
    QTemporaryDir folder;
    QFile::remove(DocumentSession::userDataPath());
    shootLanguage(QStringLiteral("en"), QStringLiteral("en"), folder.path());
    shootLanguage(QStringLiteral("zh_CN"), QStringLiteral("zh"), folder.path());
    QFile::remove(DocumentSession::userDataPath());
    QSettings().clear();
    if (!g_failures.isEmpty()) {
        QTextStream(stderr) << "not taken: " << g_failures.join(QStringLiteral(", ")) << "\n";
        return 1;
    }
    return 0;
}
