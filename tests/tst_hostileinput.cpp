#include "parkfilter.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "provincegeometry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// Files no one should feed the app, and that someone will: each must give a
// clean message or a clean load, quickly, and never a crash or a hang. What
// loads must also save and load again unchanged.

namespace {

QString hostile(const QString &name)
{
    return QStringLiteral(TESTDATA_DIR "/hostile/") + name;
}

// Generous, for debug builds on a busy machine. Sanitized builds are too
// slow for any limit to mean much: there, only CTest's timeout stands.
constexpr qint64 timeLimitMs = 20000;
#ifdef PARKEXPLORER_EXPECT_SANITIZED
constexpr bool checkTimes = false;
#else
constexpr bool checkTimes = true;
#endif

QByteArray storeWithName(const QByteArray &name)
{
    return QByteArray(R"({"format": "parkexplorer.parks", "version": 1, "parks": [{"id": "n-1", )"
                      R"("nameZh": ")") +
           name + QByteArray(R"(", "province": "浙江省"}]})");
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    // Saves what was loaded and loads it again: same records, same bytes.
    static void checkRoundTrip(const LoadResult &loaded)
    {
        const QByteArray saved = ParkStore::serialize(loaded.document);
        const LoadResult again = ParkStore::loadBytes(saved, QStringLiteral("saved.json"));
        QVERIFY(again.isUsable());
        QCOMPARE(again.document.parks.size(), loaded.document.parks.size());
        for (qsizetype i = 0; i < loaded.document.parks.size(); ++i)
            QVERIFY(again.document.parks.at(i) == loaded.document.parks.at(i));
        QCOMPARE(ParkStore::serialize(again.document), saved);
    }

private slots:
    void files_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QString>("message"); // first problem, without the file name
        auto row = [](const char *file, bool usable, const char *message) {
            QTest::newRow(file) << QString::fromUtf8(file) << usable << QString::fromUtf8(message);
        };
        row("byte-order-mark.json", true, "");
        row("crlf.json", true, "");
        row("deep-nesting.json", false, "too deeply nested document");
        row("duplicate-keys.json", true, "");
        row("duplicate-parks.json", true, "park b: nameZh: missing required field");
        row("empty.json", false, "illegal value");
        row("whitespace-only.json", false, "illegal value");
        row("html.json", true, "");
        row("huge-number.json", false, "illegal number");
        row("huge-number-unknown.json", false, "illegal number");
        row("tiny-number.json", false, "illegal number");
        row("invalid-utf8.json", false, "invalid UTF8 string");
        row("overlong-utf8.json", false, "invalid UTF8 string");
        row("lone-surrogate.json", true, "");
        row("nul-between-tokens.json", false, "illegal number");
        row("nul-escaped.json", true, "");
        row("nul-in-string.json", true, "");
        row("unterminated.json", false, "unterminated array");
    }

    void files()
    {
        QFETCH(QString, file);
        QFETCH(bool, usable);
        QFETCH(QString, message);
        QElapsedTimer clock;
        clock.start();
        const LoadResult result = ParkStore::loadFile(hostile(file));
        QVERIFY(!checkTimes || clock.elapsed() < timeLimitMs);
        QCOMPARE(result.isUsable(), usable);
        if (message.isEmpty()) {
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        } else {
            QVERIFY(!result.problems.isEmpty());
            QVERIFY2(result.problems.first().toString().endsWith(message),
                     qPrintable(result.problems.first().toString()));
        }
        if (usable) {
            checkRoundTrip(result);
            ParkTableModel model;
            model.setRecords(result.document.parks);
            QCOMPARE(model.rowCount(), int(result.document.parks.size()));
        }
    }

    void syntaxErrorsNameLineAndColumn()
    {
        const LoadResult result = ParkStore::loadFile(hostile(QStringLiteral("invalid-utf8.json")));
        QCOMPARE(result.problems.first().line, 2);
        QVERIFY(result.problems.first().column > 0);
    }

    void lineEndingsAndByteOrderMarkDoNotChangeTheData()
    {
        const LoadResult crlf = ParkStore::loadFile(hostile(QStringLiteral("crlf.json")));
        const LoadResult bom = ParkStore::loadFile(hostile(QStringLiteral("byte-order-mark.json")));
        QCOMPARE(crlf.document.parks, bom.document.parks);
    }

    void duplicateKeysKeepTheLastValue()
    {
        const LoadResult result =
            ParkStore::loadFile(hostile(QStringLiteral("duplicate-keys.json")));
        QCOMPARE(result.document.parks.first().nameZh, QStringLiteral("first")); // written last
        QCOMPARE(result.document.parks.first().unknownFields.value(QStringLiteral("x")).toInt(), 2);
    }

    void nulCharactersAreKept()
    {
        const LoadResult raw = ParkStore::loadFile(hostile(QStringLiteral("nul-in-string.json")));
        const LoadResult escaped = ParkStore::loadFile(hostile(QStringLiteral("nul-escaped.json")));
        const QString expected = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QCOMPARE(raw.document.parks.first().nameZh, expected);
        QCOMPARE(escaped.document.parks.first().nameZh, expected);
        // Written back escaped, so that the file stays text.
        QVERIFY(ParkStore::serialize(raw.document).contains("a\\u0000b"));
    }

    void loneSurrogatesSurviveASave()
    {
        const LoadResult result =
            ParkStore::loadFile(hostile(QStringLiteral("lone-surrogate.json")));
        const ParkRecord &r = result.document.parks.first();
        QCOMPARE(r.nameZh, QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"));
        QCOMPARE(r.unknownFields.size(), 2);
        const QByteArray saved = ParkStore::serialize(result.document);
        QVERIFY(saved.contains("a\\ud800b"));
        checkRoundTrip(result);
    }

    void htmlIsKeptAsText()
    {
        const LoadResult result = ParkStore::loadFile(hostile(QStringLiteral("html.json")));
        QCOMPARE(result.document.parks.first().nameZh,
                 QStringLiteral("<b>bold</b><img src=x onerror=alert(1)>"));
    }

    void oversizedFileIsRefusedWithoutReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(3 * 1024 * 1024)); // sparse: nothing to read
        f.close();
        const LoadResult result = ParkStore::loadFile(path, 2 * 1024 * 1024);
        QCOMPARE(result.status, LoadResult::Status::Failed);
        QVERIFY2(result.problems.first().message.contains(QStringLiteral("3.0 MiB")),
                 qPrintable(result.problems.first().message));
    }

    void tenMegabyteNamesLoadAndSave()
    {
        QElapsedTimer clock;
        clock.start();
        const QByteArray name = QByteArray(10 * 1024 * 1024, 'x');
        const QByteArray chinese = QString(1024 * 1024, QChar(0x56ED)).toUtf8(); // 3 MB of 园
        for (const QByteArray &n : {name, chinese}) {
            const LoadResult result =
                ParkStore::loadBytes(storeWithName(n), QStringLiteral("long.json"));
            QVERIFY(result.isUsable());
            QCOMPARE(result.document.parks.first().nameZh.toUtf8().size(), n.size());
            checkRoundTrip(result);
            ParkTableModel model;
            model.setRecords(result.document.parks);
            QCOMPARE(model.searchText(0).size(),
                     ParkFilter::searchText(result.document.parks.first()).size());
        }
        QVERIFY(!checkTimes || clock.elapsed() < timeLimitMs);
    }

    void deepValuesInsideARecordAreKept()
    {
        // Deep, but within what QJsonDocument accepts.
        const QByteArray deep = QByteArray(900, '[') + QByteArray(900, ']');
        const QByteArray bytes =
            R"({"parks": [{"id": "d-1", "nameZh": "园", "province": "浙江省", "deep": )" + deep +
            "}]}";
        const LoadResult result = ParkStore::loadBytes(bytes, QStringLiteral("deep.json"));
        QVERIFY(result.isUsable());
        QVERIFY(
            result.document.parks.first().unknownFields.value(QStringLiteral("deep")).isArray());
        checkRoundTrip(result);
    }

    void manyTinyRecords()
    {
        QByteArray bytes = R"({"parks": [)";
        for (int i = 0; i < 200000; ++i)
            bytes += i ? ",{}" : "{}";
        bytes += "]}";
        QElapsedTimer clock;
        clock.start();
        const LoadResult result = ParkStore::loadBytes(bytes, QStringLiteral("tiny.json"));
        QVERIFY(!checkTimes || clock.elapsed() < timeLimitMs);
        QVERIFY(result.isUsable());
        QCOMPARE(result.document.parks.size(), 200000);
    }

    // Each is refused with a message naming the file and the place, except
    // the ring of four equal points: that is accepted as it is.
    void hostileGeoJson_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error"); // the end of it; empty: it loads
        QTest::newRow("empty") << QByteArray() << QStringLiteral("1:1: not JSON: illegal value");
        QTest::newRow("deep") << QByteArray(5000, '[') + QByteArray(5000, ']')
                              << QStringLiteral("1:1026: not JSON: too deeply nested document");
        QTest::newRow("huge number")
            << QByteArray(R"({"type":"FeatureCollection","features":[1e400]})")
            << QStringLiteral("1:46: not JSON: illegal number");
        QTest::newRow("no features") << QByteArray(R"({"type":"FeatureCollection","features":[]})")
                                     << QStringLiteral(": \"features\": no features");
        QTest::newRow("NUL") << QByteArray("{\"type\":\"Feature\0Collection\"}", 30)
                             << QStringLiteral(
                                    "1:30: not JSON: garbage at the end of the document");
        QTest::newRow("ring of points")
            << QByteArray(
                   R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)"
                   R"({"adcode":110000,"name":"a","fullname":"b","name_en":"c","center":[116,40]},)"
                   R"("geometry":{"type":"Polygon","coordinates":[[[1,2],[1,2],[1,2],[1,2]]]}}]})")
            << QString();
    }

    void hostileGeoJson()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QElapsedTimer clock;
        clock.start();
        const ResultOf<ProvinceGeometry> geometry =
            ProvinceGeometry::load(bytes, QStringLiteral("x.geojson"));
        QVERIFY(!checkTimes || clock.elapsed() < timeLimitMs);
        const QString message = geometry.message;
        if (error.isEmpty()) {
            QVERIFY2(geometry.ok(), qPrintable(message));
            QVERIFY2(message.isEmpty(), qPrintable(message));
            QVERIFY(geometry->byCode(110000));
            QCOMPARE(geometry->byCode(110000)->fullName, QStringLiteral("b"));
        } else {
            QVERIFY(!geometry.ok());
            QVERIFY2(message.startsWith(QStringLiteral("x.geojson")), qPrintable(message));
            QVERIFY2(message.endsWith(error), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
