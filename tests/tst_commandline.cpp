#include "commandresult.h"
#include "parkstore.h"
#include "stablecsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

Q_DECLARE_METATYPE(ExitCode)

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs parkexplorer as a user would from a terminal with no display at all;
// PLATFORM, when given, is what QT_QPA_PLATFORM says; STDOUTFILE, when
// given, receives standard output.
Run run(const QStringList &arguments, const QString &platform = QString(),
        const QString &stdoutFile = QString(), bool smallFiles = false)
{
    QProcess process;
    // Files larger than 4 KiB cannot be written, as on a full disk.
    if (smallFiles) {
        process.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{4096, 4096};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A PDF without the data of its streams: those are deflated, and deflated
// bytes hold any short sequence now and then, whatever the text drawn.
QByteArray withoutStreams(const QByteArray &pdf)
{
    QByteArray rest;
    qsizetype at = 0;
    while (true) {
        const qsizetype start = pdf.indexOf("\nstream\n", at);
        if (start < 0)
            break;
        rest += pdf.mid(at, start - at);
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            return rest;
        at = end;
    }
    return rest + pdf.mid(at);
}

// Writes a park store of PARKS (JSON objects, as text) to DIR/NAME.
QString writeStore(const QTemporaryDir &dir, const QString &name, const QStringList &parks,
                   int version = 1)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(QStringLiteral("{\"format\": \"parkexplorer.parks\", \"version\": %1, \"about\": {}, "
                           "\"parks\": [%2]}")
                .arg(version)
                .arg(parks.join(QLatin1Char(',')))
                .toUtf8());
    return path;
}

// A park in Zhejiang; FIELDS (JSON members, as text) are added.
QString park(const QString &id, const QString &fields = QString())
{
    return QStringLiteral("{\"id\": \"%1\", \"nameZh\": \"园区\", \"province\": \"浙江省\"%2}")
        .arg(id, fields.isEmpty() ? QString() : QStringLiteral(", ") + fields);
}

// The lines of TEXT, without the empty one after the last line break.
QStringList lines(const QString &text)
{
    QStringList list = text.split(QLatin1Char('\n'));
    if (!list.isEmpty() && list.constLast().isEmpty())
        list.removeLast();
    return list;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    // Every exported chart and map says under it how much of the report's
    // census it shows and where its data come from; the options change or
    // drop those lines.
    void exportsCarryCoverageAndSource()
    {
        QTemporaryDir dir;
        const QString chart = dir.filePath(QStringLiteral("chart.svg"));
        QCOMPARE(
            run({QStringLiteral("--export-chart"), QStringLiteral("by-province"),
                 QStringLiteral("--out"), chart, QStringLiteral("--lang"), QStringLiteral("en")})
                .exitCode,
            0);
        QByteArray svg = readAll(chart);
        QVERIFY(svg.contains("28 of the 44 parks the report counts"));
        QVERIFY(svg.contains("Sources: Report figures: 01"));
        QVERIFY(!svg.contains("outlines: Apache ECharts"));

        const QString filtered = dir.filePath(QStringLiteral("filtered.svg"));
        QCOMPARE(
            run({QStringLiteral("--export-chart"), QStringLiteral("leadership"),
                 QStringLiteral("--province"), QStringLiteral("Zhejiang"), QStringLiteral("--out"),
                 filtered, QStringLiteral("--lang"), QStringLiteral("en")})
                .exitCode,
            0);
        svg = readAll(filtered);
        QVERIFY2(svg.contains("4 parks shown (filter: "), svg.right(3000).constData());
        QVERIFY(svg.contains("the dataset holds 28 of the 44 parks the report counts"));

        const QString map = dir.filePath(QStringLiteral("map.svg"));
        QCOMPARE(run({QStringLiteral("--export-map"), QStringLiteral("--out"), map,
                      QStringLiteral("--lang"), QStringLiteral("en")})
                     .exitCode,
                 0);
        QVERIFY(readAll(map).contains("outlines: Apache ECharts 4.9.0"));

        const QString own = dir.filePath(QStringLiteral("own.svg"));
        QCOMPARE(run({QStringLiteral("--export-chart"), QStringLiteral("by-year"),
                      QStringLiteral("--subtitle"), QStringLiteral("My coverage line"),
                      QStringLiteral("--source"), QStringLiteral("My source line"),
                      QStringLiteral("--out"), own})
                     .exitCode,
                 0);
        svg = readAll(own);
        QVERIFY(svg.contains("My coverage line"));
        QVERIFY(svg.contains("My source line"));
        QVERIFY(!svg.contains("the report counts"));

        const QString bare = dir.filePath(QStringLiteral("bare.svg"));
        QCOMPARE(run({QStringLiteral("--export-chart"), QStringLiteral("by-year"),
                      QStringLiteral("--no-notes"), QStringLiteral("--out"), bare,
                      QStringLiteral("--lang"), QStringLiteral("en")})
                     .exitCode,
                 0);
        svg = readAll(bare);
        QVERIFY(!svg.contains("the report counts"));
        QVERIFY(!svg.contains("Sources:"));
    }

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
        QCOMPARE(guangdong.value(QStringLiteral("conflict")).toBool(), false);

        // Issue 14, finding 12: the report says no government-led park was
        // founded in January to March; the dataset has one. A contradiction,
        // with the record behind it, not a match.
        QCOMPARE(s.value(QStringLiteral("conflicts")).toInt(), 1);
        const QJsonObject early = report.at(12).toObject();
        QCOMPARE(
            early.value(QStringLiteral("scope")).toObject().value(QStringLiteral("foundedMonths")),
            QJsonValue(QJsonArray{1, 2, 3}));
        QCOMPARE(early.value(QStringLiteral("report")).toInt(), 0);
        QCOMPARE(early.value(QStringLiteral("dataset")).toInt(), 1);
        QCOMPARE(early.value(QStringLiteral("conflict")).toBool(), true);
        QCOMPARE(early.value(QStringLiteral("conflictRecords")).toArray(),
                 QJsonArray{QStringLiteral("yn-blockchain-center")});
        QCOMPARE(early.value(QStringLiteral("conflictRecordCount")).toInt(), 1);
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

    void cityInAnySpelling_data()
    {
        QTest::addColumn<QString>("city");
        QTest::newRow("full name") << QStringLiteral("杭州市");
        QTest::newRow("short name") << QStringLiteral("杭州");
        QTest::newRow("English") << QStringLiteral("Hangzhou");
        QTest::newRow("pinyin, lower case") << QStringLiteral("hangzhou");
        QTest::newRow("code") << QStringLiteral("330100");
    }

    void cityInAnySpelling()
    {
        // Every spelling chooses the same four parks of the embedded dataset.
        QFETCH(QString, city);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("city.svg"));
        const Run r = run({QStringLiteral("--export-chart"), QStringLiteral("top-area"),
                           QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--city"),
                           city, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QFile svg(out);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray bytes = svg.readAll();
        QVERIFY2(bytes.contains("4 parks"), bytes.left(400).constData());
        QVERIFY(bytes.contains("City: Hangzhou"));
    }

    void unknownCityIsRefusedWithASuggestion()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("city.svg"));
        Run r = run({QStringLiteral("--export-chart"), QStringLiteral("by-city"),
                     QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--city"),
                     QStringLiteral("Hangzou"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral(
                     "unknown city \"Hangzou\"; did you mean Hangzhou, Cangzhou or Changzhou?")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        r = run({QStringLiteral("--export-chart"), QStringLiteral("by-city"),
                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--city"),
                 QStringLiteral("Atlantis"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown city \"Atlantis\"")), qPrintable(r.err));
        // A city outside the provinces asked for is no city of theirs.
        r = run({QStringLiteral("--export-chart"), QStringLiteral("by-city"),
                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--province"),
                 QStringLiteral("Guangdong"), QStringLiteral("--city"), QStringLiteral("Hangzhou"),
                 QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
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
        // The stable form: JSON keys and values, whatever the language.
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,nameZh,nameEn,province,provinceCode,city,"));
        QCOMPARE(bytes.count("\r\n"), 11); // header and ten parks
        QVERIFY(bytes.contains("\r\nzj-a,西溪谷区块链产业园,Xixigu Blockchain Park,浙江省,330000,"
                               "杭州市,西湖区,2017-04-28,day,government,park,3.1,"));
        QCOMPARE(bytes, StableCsv::write(
                            ParkStore::loadFile(testData("store-small.json")).document.parks));

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
        // --export-csv says which form it writes (help lines wrap: compare words).
        const QString words = help.out.simplified();
        QVERIFY2(words.contains(QStringLiteral("every field under its JSON key, in the stable "
                                               "form that does not depend on the interface "
                                               "language")),
                 qPrintable(help.out));
    }

    void unknownLanguage()
    {
        const Run r =
            run({QStringLiteral("--summary"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("fr")));
    }

    // Finding 5: outputs go only to regular files or new paths.
    void outputRefusesSpecialFiles_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("minor");
        QTest::newRow("null") << QStringLiteral("null") << 3;
        QTest::newRow("full") << QStringLiteral("full") << 7;
        QTest::newRow("folder") << QString() << 0;
    }

    void outputRefusesSpecialFiles()
    {
        QFETCH(QString, device);
        QFETCH(int, minor);
        QTemporaryDir dir;
        // As root, a program that got this wrong would replace the system's
        // /dev/null: test on a node of our own then (made as /dev/null is).
        QString target = device.isEmpty() ? dir.filePath(QStringLiteral("folder"))
                                          : QStringLiteral("/dev/") + device;
        if (device.isEmpty()) {
            QVERIFY(QDir().mkpath(target));
        } else if (::geteuid() == 0) {
            target = dir.filePath(device);
            QCOMPARE(
                ::mknod(QFile::encodeName(target).constData(), S_IFCHR | 0666, makedev(1, minor)),
                0);
        }
        const Run csv = run({QStringLiteral("--export-csv"), target, testData("store-small.json")});
        QCOMPARE(csv.exitCode, int(ExitCode::Usage));
        QVERIFY2(csv.err.contains(target), qPrintable(csv.err));
        QVERIFY(!QFileInfo(target).isFile());

        // An image through a symbolic link that leads to the special file.
        const QString link = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(QFile::link(target, link));
        const Run image = run({QStringLiteral("--export-chart"), QStringLiteral("by-year"),
                               QStringLiteral("--out"), link});
        QCOMPARE(image.exitCode, int(ExitCode::Usage));
        QVERIFY2(image.err.contains(link), qPrintable(image.err));
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    }

    void outputRefusesAFifo()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run r = run({QStringLiteral("--export-csv"), fifo, testData("store-small.json")});
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
        const Run svg = run({QStringLiteral("--export-map"), QStringLiteral("--out"),
                             dir.filePath(QStringLiteral("out.svg"))});
        QCOMPARE(svg.exitCode, 0); // a new path is fine
    }

    void outputNeverReplacesAParkStore()
    {
        QTemporaryDir dir;
        const QString mine = dir.filePath(QStringLiteral("mystore.json"));
        const QString other = dir.filePath(QStringLiteral("other.json"));
        QVERIFY(QFile::copy(testData("store-small.json"), mine));
        QVERIFY(QFile::copy(testData("store-small.json"), other));
        const QByteArray original = readAll(mine);

        // OUT forgotten: the store would be taken for OUT.
        Run r = run({QStringLiteral("--export-csv"), mine});
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QCOMPARE(readAll(mine), original);

        // Its own input: never, not even with --force.
        r = run({QStringLiteral("--export-csv"), mine, mine, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QVERIFY2(r.err.contains(QStringLiteral("being read")), qPrintable(r.err));
        QCOMPARE(readAll(mine), original);
        const QString sameFile = dir.filePath(QStringLiteral("same.json"));
        QVERIFY(QFile::link(mine, sameFile));
        r = run({QStringLiteral("--export-csv"), sameFile, mine, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QCOMPARE(readAll(mine), original);
        r = run({QStringLiteral("--export-chart"), QStringLiteral("by-year"),
                 QStringLiteral("--out"), dir.filePath(QStringLiteral("x.svg")), mine});
        QCOMPARE(r.exitCode, 0);

        // An image over a park store, without and with --force.
        const QString svgStore = dir.filePath(QStringLiteral("store.svg"));
        QVERIFY(QFile::copy(testData("store-small.json"), svgStore));
        r = run({QStringLiteral("--export-map"), QStringLiteral("--out"), svgStore, mine});
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QCOMPARE(readAll(svgStore), original);

        // Another store, with --force: replaced.
        r = run({QStringLiteral("--export-csv"), other, mine, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readAll(other).startsWith("\xEF\xBB\xBF"));
        QCOMPARE(readAll(mine), original);

        // A CSV file is replaced without asking.
        r = run({QStringLiteral("--export-csv"), other, mine});
        QCOMPARE(r.exitCode, 0);
    }

    // Finding 5: a write that fails (here: the file size limit, as a full
    // disk would) exits 1 and leaves the previous file as it was.
    void failedWriteExitsNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringList{QStringLiteral("--export-csv")}
                             << QStringLiteral("parks.csv");
        QTest::newRow("png") << QStringList{QStringLiteral("--export-map"), QStringLiteral("--out")}
                             << QStringLiteral("map.png");
        QTest::newRow("svg") << QStringList{QStringLiteral("--export-chart"),
                                            QStringLiteral("by-province"), QStringLiteral("--out")}
                             << QStringLiteral("chart.svg");
    }

    void failedWriteExitsNonZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        {
            QFile previous(out);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write("previous");
        }
        arguments << out;
        if (!name.endsWith(QLatin1String(".csv")))
            arguments << QStringLiteral("--size") << QStringLiteral("800x600");
        const Run r = run(arguments << testData("fixture-parks.json"), QString(), QString(), true);
        QCOMPARE(r.exitCode, int(ExitCode::WriteFailed));
        QVERIFY2(r.err.contains(out), qPrintable(r.err));
        QCOMPARE(readAll(out), QByteArray("previous"));
    }

    // Finding 10: output that does not reach standard output is a failure.
    void fullStandardOutputFails()
    {
        const Run r = run({QStringLiteral("--summary")}, QString(), QStringLiteral("/dev/full"));
        QCOMPARE(r.exitCode, int(ExitCode::WriteFailed));
        QVERIFY2(r.err.contains(QStringLiteral("standard output")), qPrintable(r.err));
    }

    // Finding 6: one problem is one line, and no escape sequence gets through.
    void validateEscapesControlCharacters()
    {
        QTemporaryDir dir;
        const QString store =
            writeStore(dir, QStringLiteral("forged.json"),
                       {park(QStringLiteral("a\\u001b]0;owned\\u0007\\nfake.json: park x: "
                                            "areaKm2: forged\\r\\u009b31m"))});
        const Run r = run({QStringLiteral("--validate"), store});
        QCOMPARE(r.exitCode, int(ExitCode::Problems));
        const QStringList output = lines(r.out);
        QVERIFY2(!output.isEmpty(), qPrintable(r.err));
        for (const QString &line : output) {
            QVERIFY2(line.startsWith(store + QStringLiteral(": ")), qPrintable(line));
            for (QChar c : line)
                QVERIFY2(c.unicode() >= 0x20 && (c.unicode() < 0x7F || c.unicode() > 0x9F),
                         qPrintable(line));
        }
        QVERIFY2(r.out.contains(QStringLiteral("a\\x1b]0;owned\\x07\\nfake.json")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\\r\\x9b31m")), qPrintable(r.out));
        QVERIFY(!(r.out + r.err).contains(QChar(0x1B)));
    }

    // Finding 8: control characters never reach SVG, PDF or CSV raw, and the
    // validator warns of them.
    void exportsReplaceControlCharacters()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("A\\u0001B\\u001bC\\ufffeD\\u0000E");
        const QString store = writeStore(
            dir, QStringLiteral("controls.json"),
            {park(QStringLiteral("p-1"), QStringLiteral("\"nameEn\": \"%1\", \"city\": \"%1\", "
                                                        "\"areaKm2\": 2, \"leadership\": "
                                                        "\"government\"")
                                             .arg(name))});
        const Run v = run({QStringLiteral("--validate"), store});
        QCOMPARE(v.exitCode, 0);
        QVERIFY2(v.out.contains(QStringLiteral("p-1: city: warning: ")), qPrintable(v.out));
        QVERIFY2(v.out.contains(QStringLiteral("p-1: nameEn: warning: ")), qPrintable(v.out));

        for (const char *kind : {"by-city", "top-area"}) {
            const QString svg = dir.filePath(QStringLiteral("%1.svg").arg(QLatin1String(kind)));
            const Run r =
                run({QStringLiteral("--export-chart"), QLatin1String(kind), QStringLiteral("--out"),
                     svg, QStringLiteral("--lang"), QStringLiteral("en"), store});
            QCOMPARE(r.exitCode, 0);
            const QByteArray bytes = readAll(svg);
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            for (char c : bytes)
                QVERIFY(c == '\r' || c == '\n' || c == '\t' || uchar(c) >= 0x20);
            QVERIFY(!bytes.contains("\xEF\xBF\xBE"));
        }
        // A subtitle typed with control characters: the figure shows it.
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QCOMPARE(run({QStringLiteral("--export-map"), QStringLiteral("--out"), svg,
                      QStringLiteral("--subtitle"), QStringLiteral("X\u0001Y\u001BZ"), store})
                     .exitCode,
                 0);
        QXmlStreamReader map(readAll(svg));
        while (!map.atEnd())
            map.readNext();
        QVERIFY2(!map.hasError(), qPrintable(map.errorString()));
        const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
        QCOMPARE(run({QStringLiteral("--export-map"), QStringLiteral("--out"), pdf,
                      QStringLiteral("--subtitle"), QStringLiteral("X\u001BY"), store})
                     .exitCode,
                 0);
        QVERIFY(!withoutStreams(readAll(pdf)).contains("X\x1BY"));

        const QString csv = dir.filePath(QStringLiteral("c.csv"));
        QCOMPARE(run({QStringLiteral("--export-csv"), csv, store}).exitCode, 0);
        const QByteArray bytes = readAll(csv);
        QVERIFY(bytes.contains("A\xEF\xBF\xBD"
                               "B\xEF\xBF\xBD"
                               "C\xEF\xBF\xBD"
                               "D\xEF\xBF\xBD"
                               "E"));
        for (char c : bytes)
            QVERIFY(c == '\r' || c == '\n' || uchar(c) >= 0x20);
        QVERIFY(!bytes.contains("\xEF\xBF\xBE"));
    }

    // Finding 9: image exports never need a display, whatever the
    // environment names, and the platform says nothing on the terminal.
    void imageExportIgnoresTheDisplayPlatform_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("xcb") << QStringLiteral("xcb");
        QTest::newRow("wayland") << QStringLiteral("wayland");
        QTest::newRow("invalid") << QStringLiteral("no-such-platform");
    }

    void imageExportIgnoresTheDisplayPlatform()
    {
        QFETCH(QString, platform);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("years.png"));
        Run r =
            run({QStringLiteral("--export-chart"), QStringLiteral("by-year"),
                 QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("600x400")},
                platform);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(QImage(png).size(), QSize(600, 400));
        const QString map = dir.filePath(QStringLiteral("map.svg"));
        r = run({QStringLiteral("--export-map"), QStringLiteral("--out"), map}, platform);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        r = run({QStringLiteral("--summary")}, platform);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
    }

    // Finding 10: precise messages, usage errors exit 2.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("said");
        const QString png = QDir::temp().filePath(QStringLiteral("pe-usage-test.png"));
        const QString csv = QDir::temp().filePath(QStringLiteral("pe-usage-test.csv"));
        const QString chart = QStringLiteral("--export-chart");
        const QString map = QStringLiteral("--export-map");
        const QString out = QStringLiteral("--out");
        QTest::newRow("--top abc")
            << QStringList{chart, QStringLiteral("by-city"), out,
                           png,   QStringLiteral("--top"),   QStringLiteral("abc")}
            << QStringList{QStringLiteral("--top"), QStringLiteral("\"abc\""),
                           QStringLiteral("1 to 100")};
        QTest::newRow("--top 0")
            << QStringList{chart, QStringLiteral("top-area"), out,
                           png,   QStringLiteral("--top"),    QStringLiteral("0")}
            << QStringList{QStringLiteral("--top"), QStringLiteral("\"0\"")};
        QTest::newRow("--top too many")
            << QStringList{chart, QStringLiteral("by-city"), out,
                           png,   QStringLiteral("--top"),   QStringLiteral("100000")}
            << QStringList{QStringLiteral("--top"), QStringLiteral("1 to 100")};
        QTest::newRow("--classes abc")
            << QStringList{map, out, png, QStringLiteral("--classes"), QStringLiteral("abc")}
            << QStringList{QStringLiteral("--classes"), QStringLiteral("\"abc\"")};
        QTest::newRow("--classes 3.5")
            << QStringList{map, out, png, QStringLiteral("--classes"), QStringLiteral("3.5")}
            << QStringList{QStringLiteral("--classes"), QStringLiteral("\"3.5\""),
                           QStringLiteral("3 to 5")};
        QTest::newRow("csv and validate")
            << QStringList{QStringLiteral("--export-csv"), csv, QStringLiteral("--validate"),
                           testData("store-small.json")}
            << QStringList{QStringLiteral("--export-csv"), QStringLiteral("--validate")};
        QTest::newRow("chart and map")
            << QStringList{chart, QStringLiteral("by-city"), map, out, png}
            << QStringList{QStringLiteral("--export-chart"), QStringLiteral("--export-map")};
        QTest::newRow("summary and validate")
            << QStringList{QStringLiteral("--summary"), QStringLiteral("--validate"),
                           testData("store-small.json")}
            << QStringList{QStringLiteral("--summary"), QStringLiteral("--validate")};
        QTest::newRow("missing --out value")
            << QStringList{map, out} << QStringList{QStringLiteral("--out")};
        QTest::newRow("missing --validate value") << QStringList{QStringLiteral("--validate")}
                                                  << QStringList{QStringLiteral("--validate")};
        QTest::newRow("two files to validate")
            << QStringList{QStringLiteral("--validate"), testData("store-small.json"),
                           testData("bad-syntax.json")}
            << QStringList{QStringLiteral("bad-syntax.json")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--summary"), QStringLiteral("--bogus")}
            << QStringList{QStringLiteral("bogus")};
        QTest::newRow("long --city")
            << QStringList{chart, QStringLiteral("by-city"), out,
                           png,   QStringLiteral("--city"),  QString(100000, QLatin1Char('x'))}
            << QStringList{QStringLiteral("--city"), QStringLiteral("200")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, said);
        QFile::remove(QDir::temp().filePath(QStringLiteral("pe-usage-test.png")));
        QFile::remove(QDir::temp().filePath(QStringLiteral("pe-usage-test.csv")));
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QCOMPARE(r.out, QString());
        QCOMPARE(lines(r.err).size(), 1);
        for (const QString &text : said)
            QVERIFY2(r.err.contains(text), qPrintable(r.err));
        // Nothing was done.
        QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("pe-usage-test.png"))));
        QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("pe-usage-test.csv"))));
    }

    // Finding 10: a newer format cannot be checked in full.
    void validateNewerVersionIsNotValid()
    {
        QTemporaryDir dir;
        const QString store =
            writeStore(dir, QStringLiteral("v2.json"), {park(QStringLiteral("a"))}, 2);
        const Run r = run({QStringLiteral("--validate"), store});
        QCOMPARE(r.exitCode, int(ExitCode::Problems));
        QVERIFY2(r.out.contains(QStringLiteral("format version 2 is newer")), qPrintable(r.out));
        QVERIFY(!r.err.contains(QStringLiteral("no problems")));
    }

    // Finding 1 (labels): a city of 300,000 characters is cut before it
    // reaches Qt Charts, whose elision is quadratic in the label length.
    void longLabelsAreCut()
    {
        QTemporaryDir dir;
        const QString city(300000, QChar(0x5E02));
        const QString store =
            writeStore(dir, QStringLiteral("long.json"),
                       {park(QStringLiteral("a"), QStringLiteral("\"city\": \"%1\"").arg(city))});
        for (const char *kind : {"by-city"}) {
            const QString svg = dir.filePath(QStringLiteral("%1.svg").arg(QLatin1String(kind)));
            const Run r = run({QStringLiteral("--export-chart"), QLatin1String(kind),
                               QStringLiteral("--out"), svg, store});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(QFileInfo(svg).size() < 1000000);
        }
        const Run map = run({QStringLiteral("--export-map"), QStringLiteral("--out"),
                             dir.filePath(QStringLiteral("map.png")), QStringLiteral("--subtitle"),
                             QString(200, QLatin1Char('x')), store});
        QCOMPARE(map.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
