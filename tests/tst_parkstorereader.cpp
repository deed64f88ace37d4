#include "parkstore.h"
#include "parkstorereader.h"
#include "referencereader.h"
#include "syntheticstore.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(LoadResult::Status)

// ParkStoreReader must read exactly what the QJsonDocument path reads, or
// leave the input to it. The fuzzer checks this on random input; these are
// the inputs that matter most.
class TestParkStoreReader : public QObject
{
    Q_OBJECT

private:
    // Compares when the direct reader reads; returns whether it did.
    static bool sameAsReference(const QByteArray &bytes)
    {
        const std::optional<ParkStoreReader::Parsed> direct = ParkStoreReader::read(bytes);
        if (!direct)
            return false;
        const std::optional<ReferenceReader::Parsed> reference = ReferenceReader::read(bytes);
        if (!reference) {
            qWarning("accepted what QJsonDocument refuses");
            return false;
        }
        if (direct->top != reference->top || direct->parks.size() != reference->parks.size()) {
            qWarning("different document");
            return false;
        }
        for (qsizetype i = 0; i < direct->parks.size(); ++i) {
            if (!ReferenceReader::sameRecord(direct->parks.at(i), reference->parks.at(i))) {
                qWarning("record %d differs", int(i));
                return false;
            }
        }
        return true;
    }

private slots:
    void wellFormedStoresAreReadDirectly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("embedded") << readAll(ParkStore::EmbeddedPath);
        QTest::newRow("store-small") << readAll(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QTest::newRow("synthetic") << ParkStore::serialize(SyntheticStore::generate(2000, 7));
        // Not a raw string: moc misreads a backslash-quote in one.
        QTest::newRow("compact") << QByteArray(
            "{\"parks\":[{\"id\":\"a\",\"nameZh\":\"\\u56ed\\\"\",\"province\":"
            "\"北京市\",\"sources\":[\"x\"],\"areaKm2\":1e2,\"enterprises\":-0,"
            "\"lat\":1.50,\"z\":{\"k\":[1,{}]}},\"text\",2],\"about\":{\"b\":null},"
            "\"u\":[true]}");
        QTest::newRow("wrong types")
            << readAll(QStringLiteral(TESTDATA_DIR "/bad-wrong-type.json"));
        QTest::newRow("bad enum") << readAll(QStringLiteral(TESTDATA_DIR "/bad-leadership.json"));
        QTest::newRow("bad date") << readAll(
            QStringLiteral(TESTDATA_DIR "/bad-impossible-date.json"));
        QTest::newRow("bad sources")
            << readAll(QStringLiteral(TESTDATA_DIR "/bad-sources-type.json"));
        QTest::newRow("not an object")
            << readAll(QStringLiteral(TESTDATA_DIR "/bad-record-not-object.json"));
    }

    void wellFormedStoresAreReadDirectly()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(sameAsReference(bytes));
    }

    void everyTestFileReadsAlike()
    {
        const QStringList dirs = {QStringLiteral(TESTDATA_DIR),
                                  QStringLiteral(TESTDATA_DIR "/hostile"),
                                  QStringLiteral(FUZZ_DIR "/corpus/parkstore"),
                                  QStringLiteral(FUZZ_DIR "/regressions/parkstore")};
        int files = 0;
        QStringList compared;
        for (const QString &dir : dirs) {
            int comparedHere = 0;
            for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
                const QByteArray bytes = readAll(info.filePath());
                QVERIFY2(!bytes.isEmpty() || info.size() == 0, qPrintable(info.filePath()));
                ++files;
                if (!ParkStoreReader::read(bytes))
                    continue;
                QVERIFY2(sameAsReference(bytes), qPrintable(info.filePath()));
                compared << info.fileName();
                ++comparedHere;
            }
            // Each folder has stores the direct reader reads, and so compared,
            // except the fuzzer's regressions: inputs it now leaves alone.
            if (!dir.endsWith(QStringLiteral("/regressions/parkstore")))
                QVERIFY2(comparedHere > 0, qPrintable(dir));
        }
        QVERIFY(files > 20);
        for (const char *store : {"store-small.json", "fixture-parks.json", "bad-wrong-type.json"})
            QVERIFY2(compared.contains(QString::fromUtf8(store)), store);
    }

    // Where the two readings could differ, the direct reader steps aside.
    // Each with what loading it gives: the status, how many parks and the
    // end of the first problem (empty for none).
    void awkwardInputIsLeftToQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<LoadResult::Status>("status");
        QTest::addColumn<int>("parks");
        QTest::addColumn<QString>("problem");
        using S = LoadResult::Status;
        const auto row = [](const char *name, const QByteArray &bytes, S status, int parks,
                            const char *problem) {
            QTest::newRow(name) << bytes << status << parks << QString::fromUtf8(problem);
        };
        const char *noId = "park #1: id: missing required field";
        // The last of duplicate fields is read; each duplicate is a problem,
        // its record flagged and the document read-only (tst_hostileinput).
        const char *duplicate = "only one of the values can be kept";
        row("duplicate field", R"({"parks":[{"id":"a","id":"b"}]})", S::Warning, 1,
            "park b: nameZh: missing required field");
        row("duplicate unknown", R"({"parks":[{"x":1,"x":2}]})", S::Warning, 1, noId);
        row("duplicate top", R"({"about":1,"about":2,"parks":[]})", S::Warning, 0, duplicate);
        row("duplicate parks", R"({"parks":[],"parks":[{}]})", S::Warning, 1, duplicate);
        row("escaped duplicate", R"({"parks":[{"id":"a","\u0069d":"b"}]})", S::Warning, 1,
            "park b: nameZh: missing required field");
        row("overflow", R"({"parks":[{"areaKm2":1e400}]})", S::Failed, 0, "1:26: illegal number");
        row("underflow", R"({"parks":[{"areaKm2":1e-400}]})", S::Failed, 0, "1:27: illegal number");
        row("subnormal", R"({"parks":[{"areaKm2":5e-324}]})", S::Warning, 1, noId);
        row("negative zero", R"({"parks":[{"areaKm2":-0.0}]})", S::Warning, 1, noId);
        row("lone surrogate", R"({"parks":[{"nameZh":"\ud800"}]})", S::Warning, 1, noId);
        // Qt drops U+FEFF at the start of a string (found by the fuzzer).
        row("leading U+FEFF", "{\"parks\":[{\"province\":\"\xEF\xBB\xBF\xE5\x8C\x97\"}]}",
            S::Warning, 1, noId);
        row("noncharacter", "{\"parks\":[{\"nameZh\":\"\xEF\xBF\xBF\"}]}", S::Warning, 1, noId);
        row("invalid UTF-8", "{\"parks\":[{\"nameZh\":\"\xC0\x80\"}]}", S::Failed, 0,
            "1:22: invalid UTF-8 in a string");
        // Refused since issue 13: not JSON.
        row("control character", "{\"parks\":[{\"nameZh\":\"a\x01\"}]}", S::Failed, 0,
            "1:23: control character U+0001 in a string: it must be written as an escape "
            "(\\u0001)");
        row("trailing comma", R"({"parks":[{"id":"a",}]})", S::Failed, 0,
            "1:21: trailing comma: a member must follow a comma");
        row("garbage after", R"({"parks":[]} x)", S::Failed, 0,
            "1:14: garbage at the end of the document");
        row("no parks", R"({"about":{}})", S::Failed, 0, "not a park store: no \"parks\" array");
        row("parks not array", R"({"parks":{}})", S::Failed, 0,
            "not a park store: no \"parks\" array");
        row("top is array", R"([{"parks":[]}])", S::Failed, 0,
            "not a park store: the top level is not a JSON object");
        row("byte-order mark", "\xEF\xBB\xBF{\"parks\":[]}", S::Ok, 0, "");
        row("deep",
            QByteArray("{\"parks\":[{\"x\":") + QByteArray(200, '[') + QByteArray(200, ']') +
                QByteArray("}]}"),
            S::Warning, 1, noId);
    }

    void awkwardInputIsLeftToQJsonDocument()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(LoadResult::Status, status);
        QFETCH(int, parks);
        QFETCH(QString, problem);
        QVERIFY(!ParkStoreReader::read(bytes));
        // And loading still gives what it gave before the direct reader.
        const LoadResult result = ParkStore::loadBytes(bytes, QStringLiteral("x.json"));
        QCOMPARE(result.status, status);
        QCOMPARE(int(result.document.parks.size()), parks);
        if (problem.isEmpty()) {
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        } else {
            QVERIFY(!result.problems.isEmpty());
            const QString first = result.problems.first().toString();
            QVERIFY2(first.startsWith(QStringLiteral("x.json")), qPrintable(first));
            QVERIFY2(first.endsWith(problem), qPrintable(first));
        }
    }

    void categoriesShareOneString()
    {
        const QByteArray bytes = ParkStore::serialize(SyntheticStore::generate(200, 3));
        const std::optional<ParkStoreReader::Parsed> direct = ParkStoreReader::read(bytes);
        QVERIFY(direct);
        QHash<QString, const QChar *> seen;
        for (const ParkRecord &r : direct->parks) {
            const QChar *&data = seen[r.province];
            if (!data)
                data = r.province.constData();
            QCOMPARE(r.province.constData(), data);
        }
    }
};

QTEST_GUILESS_MAIN(TestParkStoreReader)
#include "tst_parkstorereader.moc"
