#include "documentsession.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "stablecsv.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// File > Export Table as CSV in both forms, and File > Import CSV: an
// export of all fields, edited in a spreadsheet and imported, changes
// exactly the edited cells, reports what it did and is one undo step.
class TestCsvImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<MainWindow> m_window;
    QString m_summary;
    QStringList m_details;
    bool m_answer = true;
    int m_asked = 0;

    static QJsonArray parksOf(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll())
            .object()
            .value(QStringLiteral("parks"))
            .toArray();
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void writeAll(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    // Replaces cell FIELD of the line whose id is ID (simple lines only).
    static QByteArray withCell(const QByteArray &csv, const QByteArray &id, const QString &field,
                               const QByteArray &value)
    {
        const int column = int(StableCsv::header().indexOf(field));
        QList<QByteArray> lines = csv.split('\n');
        for (QByteArray &line : lines) {
            QByteArray plain = line;
            if (plain.startsWith("\xEF\xBB\xBF"))
                continue;
            if (!plain.startsWith(id + ','))
                continue;
            QList<QByteArray> cells = plain.split(',');
            cells[column] = value;
            line = cells.join(',');
        }
        return lines.join('\n');
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // No filter or layout left by the test before.
        QSettings().clear();
        // A store whose first park has a field the app does not know.
        QFile source(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject top = QJsonDocument::fromJson(source.readAll()).object();
        QJsonArray parks = top.value(QStringLiteral("parks")).toArray();
        QJsonObject first = parks.at(0).toObject();
        first.insert(QStringLiteral("surveyWave"), 3);
        parks.replace(0, first);
        top.insert(QStringLiteral("parks"), parks);
        m_store = m_dir.filePath(QStringLiteral("parks.json"));
        writeAll(m_store, QJsonDocument(top).toJson());
        m_window = std::make_unique<MainWindow>();
        DocumentPrompts prompts;
        prompts.confirmImport = [this](const QString &summary, const QStringList &details) {
            ++m_asked;
            m_summary = summary;
            m_details = details;
            return m_answer;
        };
        m_window->setPrompts(prompts);
        m_window->openAtStartup(m_store);
        QCOMPARE(m_window->session()->path(), m_store);
        m_asked = 0;
        m_answer = true;
    }

    void cleanup() { m_window.reset(); }

    void asShownFollowsTheView()
    {
        const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
        QVERIFY(m_window->exportCsv(path, MainWindow::CsvForm::AsShown));
        const QByteArray header = readAll(path).split('\r').value(0);
        QVERIFY2(header.startsWith("\xEF\xBB\xBF"
                                   "English name,Province,City,District,Founded,"),
                 header);
        QVERIFY(!header.contains("lat"));
    }

    void allFieldsAreStable()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        // Whatever the columns, sort and language: the same file.
        m_window->tableView()->setColumnShown(ParkTableModel::IdColumn, false);
        m_window->tableView()->sortByColumn(ParkTableModel::NameEnColumn, Qt::DescendingOrder);
        QVERIFY(m_window->exportCsv(path, MainWindow::CsvForm::AllFields));
        const QByteArray english = readAll(path);
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        QVERIFY(m_window->exportCsv(path, MainWindow::CsvForm::AllFields));
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(readAll(path), english);
        const QByteArray header = english.split('\r').value(0);
        QCOMPARE(header, "\xEF\xBB\xBF" +
                             QByteArray("id,nameZh,nameEn,province,provinceCode,city,district,"
                                        "established,establishedPrecision,leadership,carrierType,"
                                        "areaKm2,areaScope,areaNote,enterprises,"
                                        "enterprisesQualifier,enterprisesNote,fundCny100m,"
                                        "fundKind,fundNote,policy,focus,operator,lat,lon,"
                                        "coordPrecision,coordNote,confidence,namedInReport,"
                                        "sources,notes"));
        // In the store's order.
        const QList<QByteArray> lines = english.split('\n');
        QVERIFY(lines.value(1).startsWith("zj-a,"));
        QVERIFY(lines.value(2).startsWith("zj-b,"));
        // The filter decides the parks.
        m_window->proxy()->setProvinces({QStringLiteral("湖南省")});
        QVERIFY(m_window->exportCsv(path, MainWindow::CsvForm::AllFields));
        QCOMPARE(readAll(path).count('\n'), 2);
        // The file dialog offers both forms.
        QCOMPARE(MainActions::csvExportFilters().size(), 2);
        QVERIFY(MainActions::csvExportFilters().at(1).contains(QStringLiteral("all fields")));
    }

    void roundTripChangesExactlyTheEditedCells()
    {
        const QString path = m_dir.filePath(QStringLiteral("edited.csv"));
        QVERIFY(m_window->exportCsv(path, MainWindow::CsvForm::AllFields));
        QByteArray csv = readAll(path);
        // Two cells edited in a spreadsheet, one park added, one row refused.
        csv = withCell(csv, "gd-a", QStringLiteral("enterprises"), "77");
        csv = withCell(csv, "zj-b", QStringLiteral("nameEn"), "Xiaoshan Blockchain Base");
        csv = withCell(csv, "hn-a", QStringLiteral("fundCny100m"), "lots");
        QByteArray added =
            withCell(csv.split('\n').value(1), "zj-a", QStringLiteral("id"), "zj-new");
        added = withCell(added, "zj-new", QStringLiteral("nameZh"), "新园区");
        csv += added + "\r\n";
        writeAll(path, csv);

        const QJsonArray before = parksOf(m_store);
        const int steps = m_window->undoStack()->count();
        QVERIFY(m_window->importCsv(path));
        QCOMPARE(m_asked, 1);
        QCOMPARE(m_summary, QStringLiteral("edited.csv: 2 parks updated, 1 added, 7 unchanged, "
                                           "1 row refused."));
        QVERIFY2(m_details.contains(QStringLiteral("Updated gd-a (广州区块链国际创新中心): "
                                                   "Enterprises settled")),
                 qPrintable(m_details.join(u'\n')));
        QVERIFY(m_details.contains(QStringLiteral("Updated zj-b (萧山区块链基地): English name")));
        QVERIFY(m_details.contains(QStringLiteral("Added zj-new (新园区)")));
        const QString refused = m_details.filter(QStringLiteral("Refused")).value(0);
        QVERIFY2(refused.contains(QStringLiteral("hn-a")) &&
                     refused.contains(QStringLiteral("fundCny100m")) &&
                     refused.contains(QStringLiteral("lots")),
                 qPrintable(refused));
        // One step on the undo history.
        QCOMPARE(m_window->undoStack()->count(), steps + 1);

        QVERIFY(m_window->save());
        const QJsonArray after = parksOf(m_store);
        QCOMPARE(after.size(), before.size() + 1);
        for (int i = 0; i < before.size(); ++i) {
            QJsonObject expected = before.at(i).toObject();
            const QString id = expected.value(QStringLiteral("id")).toString();
            if (id == QLatin1String("gd-a"))
                expected.insert(QStringLiteral("enterprises"), 77);
            if (id == QLatin1String("zj-b"))
                expected.insert(QStringLiteral("nameEn"),
                                QStringLiteral("Xiaoshan Blockchain Base"));
            QCOMPARE(after.at(i).toObject(), expected);
        }
        // The unknown field survived.
        QCOMPARE(after.at(0).toObject().value(QStringLiteral("surveyWave")).toInt(), 3);
        QCOMPARE(after.last().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("zj-new"));

        // Undo takes the whole import back.
        m_window->undoStack()->undo();
        QCOMPARE(m_window->session()->model()->rowCount(), int(before.size()));
        QVERIFY(m_window->save());
        QCOMPARE(parksOf(m_store), before);
    }

    void cancellingChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.csv"));
        QVERIFY(m_window->exportCsv(path, MainWindow::CsvForm::AllFields));
        writeAll(path, withCell(readAll(path), "gd-a", QStringLiteral("enterprises"), "5"));
        m_answer = false;
        const int steps = m_window->undoStack()->count();
        QVERIFY(!m_window->importCsv(path));
        QCOMPARE(m_asked, 1);
        QCOMPARE(m_window->undoStack()->count(), steps);
        QVERIFY(!m_window->isWindowModified());
    }

    // An export imported as it is changes nothing and asks nothing.
    void unchangedExportAsksNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("same.csv"));
        QVERIFY(m_window->exportCsv(path, MainWindow::CsvForm::AllFields));
        QVERIFY(!m_window->importCsv(path));
        QCOMPARE(m_asked, 0);
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    // A file refused as a whole (no id column) is reported, nothing asked.
    void refusedFileChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("noid.csv"));
        writeAll(path, "nameZh,enterprises\r\n某园区,5\r\n");
        QVERIFY(!m_window->importCsv(path));
        QCOMPARE(m_asked, 0);
        QCOMPARE(m_window->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
