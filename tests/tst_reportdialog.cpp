#include "appsettings.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "parkfilterproxy.h"
#include "report/reportdialog.h"
#include "report/reportpreview.h"
#include "translations.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPdfDocument>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// File > Export Report…: the dialog's choices give the same file as
// --export-report with the same options, byte for byte; the preview shows
// that file's pages; the choices are remembered; the table's filter is the
// report's.
class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The command line's file for ARGUMENTS (after --export-report OUT).
    static QByteArray commandLine(const QString &out, const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(PARKEXPLORER_BINARY),
                      QStringList{QStringLiteral("--export-report"), out} + arguments);
        if (!process.waitForFinished(240000) || process.exitCode() != 0) {
            qWarning() << process.readAllStandardError();
            return QByteArray();
        }
        return readAll(out);
    }

    static void setChecked(QListWidget *list, const QString &id, bool on)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == id) {
                list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
                return;
            }
        }
        QFAIL(qPrintable(id));
    }

    static QStringList checked(const QListWidget *list)
    {
        QStringList ids;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                ids << list->item(i)->data(Qt::UserRole).toString();
        }
        return ids;
    }

    // Waits until the preview shows the dialog's current choices.
    static bool previewed(ReportDialog *dialog)
    {
        if (dialog->preview()->isBusy() || dialog->preview()->currentPdf().isEmpty()) {
            QSignalSpy spy(dialog->preview(), &ReportPreview::refreshed);
            if (!spy.wait(240000))
                return false;
        }
        return !dialog->preview()->currentPdf().isEmpty();
    }

    // Clicks Export and waits for the dialog to close.
    static bool exportNow(ReportDialog *dialog)
    {
        QSignalSpy done(dialog, &ReportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        return !done.isEmpty() || done.wait(240000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        // The date on the title page, the same here and in the command.
        qputenv("SOURCE_DATE_EPOCH", "1767225600");
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->openAtStartup(QString());
        QCOMPARE(m_window->session()->model()->rowCount(), 28);
    }

    void cleanup() { m_window.reset(); }

    void sameBytesAsTheCommandLine()
    {
        ReportDialog *dialog = m_window->exportReportWithDialog();
        QVERIFY(dialog->isVisible());
        dialog->languageCombo()->setCurrentIndex(
            dialog->languageCombo()->findData(QStringLiteral("en")));
        setChecked(dialog->sectionList(), QStringLiteral("factsheets"), false);
        setChecked(dialog->chartList(), QStringLiteral("by-year"), false);
        setChecked(dialog->chartList(), QStringLiteral("top-area"), true);
        setChecked(dialog->columnList(), QStringLiteral("notes"), true);
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Parks briefing"));
        const QString gui = m_dir.filePath(QStringLiteral("gui.pdf"));
        dialog->setPath(gui);
        QVERIFY(previewed(dialog));
        // The preview is the file: its pages are those written.
        const QByteArray shown = dialog->preview()->currentPdf();
        QVERIFY(dialog->preview()->pdfDocument()->pageCount() > 10);
        QVERIFY(exportNow(dialog));
        const QByteArray written = readAll(gui);
        QCOMPARE(written, shown);

        const QByteArray cli = commandLine(
            m_dir.filePath(QStringLiteral("cli.pdf")),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--sections"),
             QStringLiteral("title,headline,charts,map,table,methods,sources"),
             QStringLiteral("--charts"), QStringLiteral("by-province,leadership,top-area"),
             QStringLiteral("--columns"),
             QStringLiteral("nameZh,province,city,established,leadership,carrierType,areaKm2,"
                            "enterprises,fundCny100m,confidence,sources,notes"),
             QStringLiteral("--title"), QStringLiteral("Parks briefing")});
        QVERIFY(!cli.isEmpty());
        QVERIFY2(written == cli, "the dialog's PDF differs from the command line's");

        // The choices come back the next time.
        ReportDialog *again = m_window->exportReportWithDialog();
        QCOMPARE(again->languageCombo()->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(again->titleEdit()->text(), QStringLiteral("Parks briefing"));
        QVERIFY(!checked(again->sectionList()).contains(QStringLiteral("factsheets")));
        QCOMPARE(checked(again->chartList()),
                 QStringList({QStringLiteral("by-province"), QStringLiteral("leadership"),
                              QStringLiteral("top-area")}));
        QVERIFY(checked(again->columnList()).contains(QStringLiteral("notes")));
        QCOMPARE(QFileInfo(again->path()).absolutePath(), m_dir.path());
        again->reject();
    }

    void htmlInTheOtherLanguage()
    {
        // The interface stays English while the report is written in Chinese.
        ReportDialog *dialog = m_window->exportReportWithDialog();
        dialog->languageCombo()->setCurrentIndex(
            dialog->languageCombo()->findData(QStringLiteral("zh_CN")));
        const QString gui = m_dir.filePath(QStringLiteral("gui.html"));
        dialog->setPath(gui);
        QCOMPARE(dialog->formatCombo()->currentData().toString(), QStringLiteral("html"));
        QVERIFY(!dialog->paperCombo()->isEnabled());
        QVERIFY(previewed(dialog));
        QVERIFY(exportNow(dialog));
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        QCOMPARE(m_window->menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
        const QByteArray written = readAll(gui);
        QVERIFY(written.contains("lang=\"zh-CN\""));
        const QByteArray cli = commandLine(m_dir.filePath(QStringLiteral("cli.html")),
                                           {QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(written == cli, "the dialog's HTML differs from the command line's");
    }

    void stopAndLanguage()
    {
        // Writing a Chinese report from the English window never tells the
        // window of a language change, and Stop stops.
        ReportDialog *dialog = m_window->exportReportWithDialog();
        dialog->languageCombo()->setCurrentIndex(
            dialog->languageCombo()->findData(QStringLiteral("zh_CN")));
        struct Counter : QObject
        {
            int changes = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                changes += event->type() == QEvent::LanguageChange ? 1 : 0;
                return false;
            }
        } counter;
        m_window->installEventFilter(&counter);
        QVERIFY(previewed(dialog));
        QCOMPARE(dialog->preview()->pdfDocument()->pageCount() > 10, true);
        QTest::qWait(50);
        QCOMPARE(counter.changes, 0);

        // Stop, pressed while the report is being made.
        QTimer::singleShot(0, dialog->preview(), [dialog] {
            QVERIFY(dialog->preview()->stopButton()->isVisible());
            QTest::mouseClick(dialog->preview()->stopButton(), Qt::LeftButton);
        });
        dialog->titleEdit()->setText(QStringLiteral("Stopped"));
        dialog->preview()->refresh();
        QVERIFY(dialog->preview()->currentPdf().isEmpty());
        QCOMPARE(dialog->preview()->statusLabel()->text(), QStringLiteral("Preview stopped."));
        QVERIFY(!dialog->preview()->isBusy());
        m_window->removeEventFilter(&counter);
        QCOMPARE(counter.changes, 0);
        dialog->reject();
    }

    void followsTheTableFilter()
    {
        ParkFilter filter;
        filter.provinces.insert(QStringLiteral("浙江省"));
        m_window->proxy()->setFilter(filter);
        const int shown = m_window->proxy()->rowCount();
        QVERIFY(shown > 0 && shown < 28);
        ReportDialog *dialog = m_window->exportReportWithDialog();
        QVERIFY(dialog->coverageLabel()->text().contains(QString::number(shown)));
        QVERIFY(dialog->coverageLabel()->text().contains(QStringLiteral("Zhejiang")));
        QCOMPARE(dialog->request().filter, filter);
        dialog->languageCombo()->setCurrentIndex(
            dialog->languageCombo()->findData(QStringLiteral("en")));
        const QString gui = m_dir.filePath(QStringLiteral("zhejiang.html"));
        dialog->setPath(gui);
        QVERIFY(previewed(dialog));
        QVERIFY(exportNow(dialog));
        const QByteArray cli =
            commandLine(m_dir.filePath(QStringLiteral("zhejiang-cli.html")),
                        {QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--province"), QStringLiteral("浙江省")});
        QVERIFY(readAll(gui) == cli);
    }

    void replacingAsks()
    {
        const QString existing = m_dir.filePath(QStringLiteral("existing.html"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        ReportDialog *dialog = m_window->exportReportWithDialog();
        dialog->setPath(existing);
        QVERIFY(previewed(dialog));
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        // A question, with No as the default: the file is kept.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()) != nullptr);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        box->button(QMessageBox::No)->click();
        QCOMPARE(readAll(existing), QByteArray("keep me"));
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
