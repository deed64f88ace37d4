#include "appsettings.h"
#include "export/exportimagedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
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
        // The resolution relates pixels to millimetres in vector output
        // too: mm are page mm whatever it is.
        QVERIFY(dpi->isVisibleTo(&dialog));
        dialog.setUnit(ExportImageDialog::Unit::Millimetres);
        dialog.setSize(160, 100);
        QVERIFY(qAbs(dialog.settings().sizeMm().width() - 160) < 0.2);
        QVERIFY(qAbs(dialog.settings().sizeMm().height() - 100) < 0.2);

        dialog.setFormat(ImageExportSettings::Pdf);
        QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("figure.pdf")));
        dialog.setFormat(ImageExportSettings::Png);
        QVERIFY(dpi->isVisibleTo(&dialog));

        // Typing another extension chooses that format.
        dialog.pathEdit()->setText(m_dir.filePath(QStringLiteral("other.svg")));
        emit dialog.pathEdit()->editingFinished();
        QCOMPARE(dialog.format(), ImageExportSettings::Svg);
    }

    // An SVG or PDF asked for in pixels at a resolution has the physical
    // size the command line gives it: 3000 × 1800 px at 300 dpi is
    // 254 × 152.4 mm (720 × 432 pt), not 793.8 mm wide.
    void vectorSizeInPixelsKeepsTheResolution()
    {
        for (const auto format : {ImageExportSettings::Svg, ImageExportSettings::Pdf}) {
            ExportImageDialog dialog(QStringLiteral("chart"));
            dialog.setFormat(format);
            dialog.setDpi(300);
            dialog.setUnit(ExportImageDialog::Unit::Pixels);
            dialog.setSize(3000, 1800);
            const ImageExportSettings s = dialog.settings();
            QCOMPARE(s.sizePx, QSize(3000, 1800));
            QCOMPARE(s.dpi, 300);
            QVERIFY(qAbs(s.sizeMm().width() - 254.0) < 0.01);
            QVERIFY(qAbs(s.sizeMm().height() - 152.4) < 0.01);
            QVERIFY2(dialog.sizeHintLabel()->text().contains(QStringLiteral("254")),
                     qPrintable(dialog.sizeHintLabel()->text()));
        }
    }

    // The notes under the figure are offered filled in, can be edited, and
    // turned off for one export.
    void notesAreOfferedAndEditable()
    {
        ExportImageDialog dialog(QStringLiteral("chart"));
        const FigureNotes standard{QStringLiteral("28 of the 44 parks the report counts"),
                                   QStringLiteral("Sources: the report")};
        dialog.setNotes(standard);
        QVERIFY(dialog.notesCheck()->isChecked());
        QCOMPARE(dialog.settings().notes, standard);
        dialog.coverageEdit()->setText(QStringLiteral("Edited coverage"));
        QCOMPARE(dialog.settings().notes.coverage, QStringLiteral("Edited coverage"));
        dialog.notesCheck()->setChecked(false);
        QVERIFY(dialog.settings().notes.isEmpty());
        QVERIFY(!dialog.coverageEdit()->isEnabled());
    }

    // A fresh account without a Pictures folder: it is created rather than
    // offered missing.
    void missingPicturesFolderIsCreated()
    {
        // A home of its own, so that no real folder is ever touched.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const auto restoreHome = qScopeGuard([&] { qputenv("HOME", realHome); });
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        QVERIFY2(pictures.startsWith(home.path()), qPrintable(pictures));
        QVERIFY(!QFileInfo::exists(pictures));
        AppSettings::ImageExport saved = AppSettings::imageExport();
        saved.folder.clear();
        AppSettings::setImageExport(saved);
        QCOMPARE(ExportImageDialog::startFolder(), pictures);
        QVERIFY(QFileInfo(pictures).isDir());
    }

    // Every label's mnemonic works: none shows a literal "&".
    void labelsShowNoAmpersand()
    {
        ExportImageDialog dialog(QStringLiteral("chart"));
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
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
