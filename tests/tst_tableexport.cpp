#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "tableexport.h"
#include "translations.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")")
                                << QStringLiteral("'=HYPERLINK(\"x\")");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("cr") << QStringLiteral("\rx") << QStringLiteral("'\rx");
        QTest::newRow("plain") << QStringLiteral("西溪谷") << QStringLiteral("西溪谷");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaGuard()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TableExport::guardFormula(text), expected);
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    }

    void csvQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TableExport::csvField(text), expected);
    }

    void csvBytesOfAFilteredSortedView()
    {
        ParkTableModel model;
        QList<ParkRecord> records =
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/store-small.json")).document.parks;
        records[0].notes = QStringLiteral("=cmd|' /C calc'!A0");
        records[0].nameEn = QStringLiteral("Xixigu, \"West Brook\" Park");
        model.setRecords(records);
        ParkFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setProvinces({QStringLiteral("浙江省")});
        proxy.sort(ParkTableModel::AreaColumn, Qt::DescendingOrder);
        const QList<int> columns{ParkTableModel::IdColumn,         ParkTableModel::NameZhColumn,
                                 ParkTableModel::NameEnColumn,     ParkTableModel::AreaColumn,
                                 ParkTableModel::LeadershipColumn, ParkTableModel::NotesColumn};
        const QByteArray csv = TableExport::toCsv(proxy, columns);
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "ID,Chinese name,English name,Planned area (km²),Leadership,Notes\r\n"
            "zj-b,萧山区块链基地,Xiaoshan Base,8.42,Government-led,\r\n"
            "zj-a,西溪谷区块链产业园,\"Xixigu, \"\"West Brook\"\" Park\",3.1,Government-led,"
            "'=cmd|' /C calc'!A0\r\n"
            "zj-c,宁波链谷,Ningbo Chain Valley,,Enterprise-led,\r\n";
        QCOMPARE(csv, expected);
    }

    void tsvAndHtml()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("<B>")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("1")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("<img src=x>")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("tab\there")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("—")));
        QCOMPARE(TableExport::toTsv(model, {0, 1}, {0, 1}),
                 QStringLiteral("1\t<img src=x>\ntab here\t\n"));
        const QString html = TableExport::toHtml(model, {0, 1}, {0, 1});
        QVERIFY(html.contains(QStringLiteral("<th>&lt;B&gt;</th>")));
        QVERIFY(html.contains(QStringLiteral("<td>&lt;img src=x&gt;</td>")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
    }

    void writeCsvReplacesTheFileWhole()
    {
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("1")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("x,y")));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("parks.csv"));
        QString error;
        QVERIFY(TableExport::writeCsv(model, {0, 1}, path, &error));
        QVERIFY(error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF"
                                            "A,B\r\n1,\"x,y\"\r\n"));
        file.close();

        // A folder that does not exist: nothing written, the reason names the path.
        const QString gone = dir.filePath(QStringLiteral("gone/parks.csv"));
        QVERIFY(!TableExport::writeCsv(model, {0, 1}, gone, &error));
        QVERIFY(error.contains(QStringLiteral("gone")));
        QVERIFY(!QFile::exists(gone));

        // A FIFO (or a device): refused, not replaced by a regular file.
        const QString fifo = dir.filePath(QStringLiteral("fifo.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!TableExport::writeCsv(model, {0, 1}, fifo, &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        QVERIFY(!QFileInfo(fifo).isFile());
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
