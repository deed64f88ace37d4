#include "commandresult.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ExitCode)

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs parkexplorer as a user would from a terminal with no display at all.
Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARKEXPLORER_BINARY), arguments);
    Run r;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString testData(const char *name)
{
    return QStringLiteral(TESTDATA_DIR "/") + QString::fromUtf8(name);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void validateEmbeddedDatasetFile()
    {
        // However many parks it holds, the shipped dataset has no problems.
        const Run r =
            run({QStringLiteral("--validate"), QStringLiteral(RESOURCES_DIR "/data/parks.json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QStringLiteral(" parks, no problems")), qPrintable(r.err));
    }

    void validateAStore()
    {
        const Run r = run({QStringLiteral("--validate"), testData("fixture-parks.json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QStringLiteral("28 parks, no problems")), qPrintable(r.err));
    }

    void validateReportsProblems()
    {
        const QString file = testData("bad-negative-area.json");
        const Run r = run({QStringLiteral("--validate"), file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, file + QStringLiteral(": park bad-1: areaKm2: must not be negative "
                                              "(found -3.5)\n"));
    }

    void validateReportsSyntaxErrors()
    {
        const QString file = testData("bad-syntax.json");
        const Run r = run({QStringLiteral("--validate"), file});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, file + QStringLiteral(":4:3: unterminated object\n"));
    }

    void validateUnreadable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("missing") << testData("does-not-exist.json");
        QTest::newRow("not a store") << testData("not-a-store-array.json");
        QTest::newRow("folder") << QStringLiteral(TESTDATA_DIR);
    }

    void validateUnreadable()
    {
        QFETCH(QString, file);
        const Run r = run({QStringLiteral("--validate"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.startsWith(file + QStringLiteral(": ")), qPrintable(r.out));
    }

    void summaryOfEmbeddedDataset()
    {
        // Without a file: the embedded dataset, whatever its figures are.
        const Run r = run({QStringLiteral("--summary")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const int total = s.value(QStringLiteral("total")).toInt();
        QVERIFY(total > 0);
        int sum = 0;
        for (const QJsonValue &v : s.value(QStringLiteral("byProvince")).toObject())
            sum += v.toInt();
        QCOMPARE(sum, total);
        const QJsonArray report = s.value(QStringLiteral("report")).toArray();
        QVERIFY(!report.isEmpty());
        QCOMPARE(report.at(0).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("parks"));
        QCOMPARE(report.at(0).toObject().value(QStringLiteral("dataset")).toInt(), total);
    }

    void summaryOfAStore()
    {
        const Run r = run({QStringLiteral("--summary"), testData("fixture-parks.json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(s.value(QStringLiteral("total")).toInt(), 28);
        const QJsonObject byProvince = s.value(QStringLiteral("byProvince")).toObject();
        QCOMPARE(byProvince.value(QStringLiteral("广东省")).toInt(), 7);
        QCOMPARE(byProvince.value(QStringLiteral("浙江省")).toInt(), 4);
        QCOMPARE(byProvince.value(QStringLiteral("上海市")).toInt(), 5);
        QCOMPARE(byProvince.value(QStringLiteral("湖南省")).toInt(), 3);
        int sum = 0;
        for (const QJsonValue &v : byProvince)
            sum += v.toInt();
        QCOMPARE(sum, 28);
        QCOMPARE(s.value(QStringLiteral("provinces")).toInt(), 13);
        QCOMPARE(s.value(QStringLiteral("byLeadership"))
                     .toObject()
                     .value(QStringLiteral("government"))
                     .toInt(),
                 21);
        QCOMPARE(
            s.value(QStringLiteral("byCity")).toObject().value(QStringLiteral("广州市")).toInt(),
            6);
        QCOMPARE(s.value(QStringLiteral("largestArea"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("hn-xingsha"));
        QCOMPARE(s.value(QStringLiteral("largestFund"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 2000.0);

        // The report's figures stand beside the dataset's.
        const QJsonArray report = s.value(QStringLiteral("report")).toArray();
        QVERIFY(report.size() >= 10);
        const QJsonObject parks = report.at(0).toObject();
        QCOMPARE(parks.value(QStringLiteral("key")).toString(), QStringLiteral("parks"));
        QCOMPARE(parks.value(QStringLiteral("report")).toInt(), 44);
        QCOMPARE(parks.value(QStringLiteral("dataset")).toInt(), 28);
        const QJsonObject government = report.at(1).toObject();
        QCOMPARE(government.value(QStringLiteral("report")).toInt(), 23);
        QCOMPARE(government.value(QStringLiteral("dataset")).toInt(), 21);
        const QJsonObject guangdong = report.at(3).toObject();
        QCOMPARE(guangdong.value(QStringLiteral("scope"))
                     .toObject()
                     .value(QStringLiteral("province"))
                     .toString(),
                 QStringLiteral("广东省"));
        QCOMPARE(guangdong.value(QStringLiteral("report")).toInt(), 7);
        QCOMPARE(guangdong.value(QStringLiteral("dataset")).toInt(), 7);
    }

    void summaryOfAFile()
    {
        const Run r = run({QStringLiteral("--summary"), testData("store-small.json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("total")).toInt(), 10);
    }

    void summaryOfUnreadableFile()
    {
        const Run r = run({QStringLiteral("--summary"), testData("bad-syntax.json")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QVERIFY(r.err.contains(QStringLiteral("bad-syntax.json:4:3:")));
    }

    void exportCsvOfTheWholeDataset()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("parks.csv"));
        const Run r = run({QStringLiteral("--export-csv"), out, QStringLiteral("--lang"),
                           QStringLiteral("en"), testData("store-small.json")});
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFID,Chinese name,English name,Province,"));
        QCOMPARE(bytes.count("\r\n"), 11); // header and ten parks
        QVERIFY(
            bytes.contains("\r\nzj-a,西溪谷区块链产业园,Xixigu Blockchain Park,Zhejiang,杭州市,"));

        const Run bad = run(
            {QStringLiteral("--export-csv"), dir.filePath(QStringLiteral("missing/parks.csv"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("missing/parks.csv")));
    }

    void exportChartHeadless()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("provinces.png"));
        Run r = run({QStringLiteral("--export-chart"), QStringLiteral("by-province"),
                     QStringLiteral("--out"), png, QStringLiteral("--size"),
                     QStringLiteral("1200x800"), QStringLiteral("--dpi"), QStringLiteral("300"),
                     QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 800));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);

        const QString svg = dir.filePath(QStringLiteral("years.svg"));
        r = run({QStringLiteral("--export-chart"), QStringLiteral("by-year"),
                 QStringLiteral("--out"), svg, QStringLiteral("--province"), QStringLiteral("浙江"),
                 QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("<?xml"));
        QVERIFY(bytes.contains("Zhejiang"));

        const QString pdf = dir.filePath(QStringLiteral("leadership.pdf"));
        r = run({QStringLiteral("--export-chart"), QStringLiteral("leadership"),
                 QStringLiteral("--out"), pdf, QStringLiteral("--years"),
                 QStringLiteral("2017-2018")});
        QCOMPARE(r.exitCode, 0);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(4) == "%PDF");
    }

    void exportChartRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString out = QDir::temp().filePath(QStringLiteral("pe-chart-test.png"));
        QTest::newRow("kind") << QStringList{QStringLiteral("--export-chart"),
                                             QStringLiteral("pie"), QStringLiteral("--out"), out}
                              << 2;
        QTest::newRow("no out") << QStringList{QStringLiteral("--export-chart"),
                                               QStringLiteral("by-city")}
                                << 2;
        QTest::newRow("extension")
            << QStringList{QStringLiteral("--export-chart"), QStringLiteral("by-city"),
                           QStringLiteral("--out"), QStringLiteral("/tmp/x.bmpx")}
            << 2;
        QTest::newRow("province") << QStringList{QStringLiteral("--export-chart"),
                                                 QStringLiteral("by-city"),
                                                 QStringLiteral("--out"),
                                                 out,
                                                 QStringLiteral("--province"),
                                                 QStringLiteral("Atlantis")}
                                  << 2;
        QTest::newRow("years") << QStringList{QStringLiteral("--export-chart"),
                                              QStringLiteral("by-city"),
                                              QStringLiteral("--out"),
                                              out,
                                              QStringLiteral("--years"),
                                              QStringLiteral("2019-2017")}
                               << 2;
        QTest::newRow("size") << QStringList{QStringLiteral("--export-chart"),
                                             QStringLiteral("by-city"),
                                             QStringLiteral("--out"),
                                             out,
                                             QStringLiteral("--size"),
                                             QStringLiteral("30000x10")}
                              << 2;
        QTest::newRow("unwritable")
            << QStringList{QStringLiteral("--export-chart"), QStringLiteral("by-city"),
                           QStringLiteral("--out"), QStringLiteral("/nonexistent/dir/x.png")}
            << 1;
    }

    void exportChartRejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void exportMapHeadless()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        Run r =
            run({QStringLiteral("--export-map"), QStringLiteral("--metric"),
                 QStringLiteral("government"), QStringLiteral("--classes"), QStringLiteral("4"),
                 QStringLiteral("--method"), QStringLiteral("quantile"), QStringLiteral("--out"),
                 png, QStringLiteral("--size"), QStringLiteral("1200x900"),
                 QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImage(png).size(), QSize(1200, 900));

        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        r = run({QStringLiteral("--export-map"), QStringLiteral("--out"), pdf,
                 QStringLiteral("--leadership"), QStringLiteral("enterprise")});
        QCOMPARE(r.exitCode, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == "%PDF");

        r = run({QStringLiteral("--export-map"), QStringLiteral("--metric"),
                 QStringLiteral("height"), QStringLiteral("--out"), png});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("height")));
        r = run({QStringLiteral("--export-map"), QStringLiteral("--classes"), QStringLiteral("9"),
                 QStringLiteral("--out"), png});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("--export-map"), QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("gone/map.svg"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("gone/map.svg")));
    }

    // One command per exit code, each code as the README documents it.
    void exitCodesAsDocumented_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<ExitCode>("expected");
        const QString out = QDir::temp().filePath(QStringLiteral("pe-exit-code-test.csv"));
        QTest::newRow("valid") << QStringList{QStringLiteral("--validate"),
                                              QStringLiteral(RESOURCES_DIR "/data/parks.json")}
                               << ExitCode::Ok;
        QTest::newRow("problems") << QStringList{QStringLiteral("--validate"),
                                                 testData("bad-negative-area.json")}
                                  << ExitCode::Problems;
        QTest::newRow("unreadable")
            << QStringList{QStringLiteral("--validate"), testData("bad-syntax.json")}
            << ExitCode::Unreadable;
        QTest::newRow("summary unreadable")
            << QStringList{QStringLiteral("--summary"), testData("not-a-store-format.json")}
            << ExitCode::Unreadable;
        QTest::newRow("csv unreadable")
            << QStringList{QStringLiteral("--export-csv"), out, testData("bad-syntax.json")}
            << ExitCode::Unreadable;
        QTest::newRow("csv not written")
            << QStringList{QStringLiteral("--export-csv"),
                           QStringLiteral("/nonexistent/dir/parks.csv")}
            << ExitCode::WriteFailed;
        QTest::newRow("two files")
            << QStringList{QStringLiteral("--summary"), testData("store-small.json"),
                           testData("store-small.json")}
            << ExitCode::Usage;
        QTest::newRow("image of unreadable store")
            << QStringList{QStringLiteral("--export-map"), QStringLiteral("--out"),
                           QDir::temp().filePath(QStringLiteral("pe-exit-code-test.png")),
                           testData("bad-syntax.json")}
            << ExitCode::Unreadable;
        QTest::newRow("image without --out")
            << QStringList{QStringLiteral("--export-map")} << ExitCode::Usage;
        QTest::newRow("bad --dpi")
            << QStringList{QStringLiteral("--export-map"), QStringLiteral("--out"),
                           QStringLiteral("/tmp/x.png"), QStringLiteral("--dpi"),
                           QStringLiteral("many")}
            << ExitCode::Usage;
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--validate"), testData("store-small.json"),
                           QStringLiteral("--lang"), QStringLiteral("xx")}
            << ExitCode::Usage;
    }

    void exitCodesAsDocumented()
    {
        QFETCH(QStringList, arguments);
        QFETCH(ExitCode, expected);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, int(expected));
        if (expected != ExitCode::Ok)
            QVERIFY2(!(r.out + r.err).trimmed().isEmpty(), "a failure says why");
    }

    void readmeDocumentsTheExitCodes()
    {
        QFile readme(QStringLiteral(RESOURCES_DIR "/../README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(readme.readAll());
        const QString documented = QStringLiteral("exit %1 valid, %2 problems, %3 unreadable")
                                       .arg(int(ExitCode::Ok))
                                       .arg(int(ExitCode::Problems))
                                       .arg(int(ExitCode::Unreadable));
        QVERIFY2(text.contains(documented), qPrintable(documented));
    }

    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("parkexplorer " PARKEXPLORER_VERSION));
        const Run help =
            run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--validate <FILE>")));
        QVERIFY(help.out.contains(QStringLiteral("--summary")));
    }

    void unknownLanguage()
    {
        const Run r =
            run({QStringLiteral("--summary"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("fr")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
