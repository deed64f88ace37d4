#include "export/exportimagedialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestExportImageDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ParkExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportimagedialog"));
    }

    void init() { QSettings().clear(); }

    void defaults()
    {
        ExportImageDialog dialog(QStringLiteral("parks-by-year"));
        QVERIFY(dialog.path().endsWith(QStringLiteral("/parks-by-year.png")));
        QCOMPARE(dialog.format(), ImageExportSettings::Png);
        QCOMPARE(dialog.unit(), ExportImageDialog::Unit::Millimetres);
        QCOMPARE(dialog.sizeInUnit(), QSizeF(160, 100));
        QCOMPARE(dialog.dpi(), 300);
        QVERIFY(!dialog.darkTheme());
        const ImageExportSettings s = dialog.settings();
        QCOMPARE(s.format, ImageExportSettings::Png);
        QCOMPARE(s.dpi, 300);
        // 160 x 100 mm at 300 dpi.
        QCOMPARE(s.sizePx, QSize(1890, 1181));
        QVERIFY(!s.transparentBackground);
        QVERIFY2(dialog.sizeHintLabel()->text().contains(QLocale().toString(1890)),
                 qPrintable(dialog.sizeHintLabel()->text()));
    }

    void formatFixesTheExtension()
    {
        ExportImageDialog dialog(QStringLiteral("chart"));
        dialog.setPath(m_dir.filePath(QStringLiteral("figure.png")));
        QComboBox *format = dialog.formatCombo();
        format->setCurrentIndex(format->findData(int(ImageExportSettings::Svg)));
        QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("figure.svg")));
        QCOMPARE(dialog.settings().format, ImageExportSettings::Svg);
        auto *dpi = dialog.findChild<QComboBox *>(QStringLiteral("dpi"));
        QVERIFY(dpi);
        // Resolution is a PNG matter.
        QVERIFY(!dpi->isVisibleTo(&dialog));
        // Vector output is laid out at screen resolution: mm are page mm.
        QCOMPARE(dialog.settings().dpi, 96);
        QCOMPARE(dialog.settings().sizePx, QSize(605, 378));

        dialog.setFormat(ImageExportSettings::Pdf);
        QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("figure.pdf")));
        dialog.setFormat(ImageExportSettings::Png);
        QVERIFY(dpi->isVisibleTo(&dialog));

        // Typing another extension chooses that format.
        dialog.pathEdit()->setText(m_dir.filePath(QStringLiteral("other.svg")));
        emit dialog.pathEdit()->editingFinished();
        QCOMPARE(dialog.format(), ImageExportSettings::Svg);
    }

    void unitsConvert()
    {
        ExportImageDialog dialog(QStringLiteral("chart"));
        dialog.setFormat(ImageExportSettings::Png);
        dialog.setDpi(300);
        dialog.setUnit(ExportImageDialog::Unit::Millimetres);
        dialog.setSize(160, 100);
        dialog.setUnit(ExportImageDialog::Unit::Pixels);
        QCOMPARE(dialog.sizeInUnit(), QSizeF(1890, 1181));
        QCOMPARE(dialog.settings().sizePx, QSize(1890, 1181));
        // In pixels, the pixels stay when the resolution changes.
        dialog.setDpi(600);
        QCOMPARE(dialog.settings().sizePx, QSize(1890, 1181));
        QCOMPARE(dialog.settings().dpi, 600);
        dialog.setUnit(ExportImageDialog::Unit::Millimetres);
        QVERIFY(qAbs(dialog.sizeInUnit().width() - 80.0) < 0.1);
        // In millimetres, the paper size stays.
        dialog.setDpi(150);
        QVERIFY(qAbs(dialog.settings().sizePx.width() - 472) <= 1);
    }

    void settingsRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("saved.pdf"));
        {
            ExportImageDialog dialog(QStringLiteral("chart"));
            dialog.setPath(path);
            dialog.setUnit(ExportImageDialog::Unit::Pixels);
            dialog.setSize(1200, 700);
            dialog.setDpi(150);
            dialog.setTransparentBackground(true);
            dialog.setDarkTheme(true);
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.accept();
            QCOMPARE(accepted.size(), 1);
        }
        const QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("export/format")).toString(), QStringLiteral("pdf"));
        QCOMPARE(settings.value(QStringLiteral("export/unit")).toString(), QStringLiteral("px"));

        ExportImageDialog again(QStringLiteral("next"));
        QCOMPARE(again.format(), ImageExportSettings::Pdf);
        QCOMPARE(again.path(), QDir(m_dir.path()).filePath(QStringLiteral("next.pdf")));
        QCOMPARE(again.unit(), ExportImageDialog::Unit::Pixels);
        QCOMPARE(again.sizeInUnit(), QSizeF(1200, 700));
        QCOMPARE(again.dpi(), 150);
        QVERIFY(again.transparentBackground());
        QVERIFY(again.darkTheme());
        QVERIFY(again.settings().transparentBackground);
    }

    void cancelRemembersNothing()
    {
        {
            ExportImageDialog dialog(QStringLiteral("chart"));
            dialog.setFormat(ImageExportSettings::Svg);
            dialog.reject();
        }
        ExportImageDialog again(QStringLiteral("chart"));
        QCOMPARE(again.format(), ImageExportSettings::Png);
    }

    void asksBeforeReplacing()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.png"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        ExportImageDialog dialog(QStringLiteral("chart"));
        dialog.setPath(path);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.size(), 0);
        auto *box = dialog.findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->text(), ExportImageDialog::overwriteQuestion(path));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY(
            ExportImageDialog::overwriteQuestion(path).contains(QDir::toNativeSeparators(path)));

        // No: the dialog stays open.
        box->button(QMessageBox::No)->click();
        QCOMPARE(accepted.size(), 0);

        dialog.accept();
        QMessageBox *second = nullptr;
        QTRY_VERIFY((second = dialog.findChild<QMessageBox *>()) != nullptr && second->isVisible());
        second->button(QMessageBox::Yes)->click();
        QCOMPARE(accepted.size(), 1);
    }

    void emptyPathCannotBeAccepted()
    {
        ExportImageDialog dialog(QStringLiteral("chart"));
        dialog.setPath(QString());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.size(), 0);
    }
};

QTEST_MAIN(TestExportImageDialog)
#include "tst_exportimagedialog.moc"
