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

    // checkAndRead() checks and reads the second half of the records on a
    // second thread, from a byte it guesses is an entry's start. Whatever
    // the byte (inside a string, a nested array, an error, past the record
    // limit), the results are check()'s and read()'s.
    void aTailFromAnyByteGivesTheSameResults_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("maxRecords");
        // How many bytes start a tail that is taken: the entries of the
        // top-level "parks" when the tail passes on its own and within the
        // limit, none when the check fails before or within the tail.
        QTest::addColumn<int>("tails");
        // Entries whose strings and unknown members look like entries.
        const QByteArray entries =
            "{\"id\":\"a\",\"nameZh\":\"甲}, {\\\"x\\\"\",\"sources\":[\"s\"]},\n"
            "  {\"id\":\"b\",\"z\":[{\"k\":1}, {\"k\":2}],\"areaKm2\":2.5},\n"
            "  {\"id\":\"c\",\"id2\":{\"a\":1,\"a\":2},\"nameEn\":\"C \\u00e9\"},\n"
            "  3, \"text\",\n"
            "  {\"id\":\"d\",\"parks\":[{\"id\":\"inner\"}, {\"id\":\"inner2\"}]},\n"
            "  {\"id\":\"e\",\"province\":\"浙江省\"}, {\"id\":\"f\"}";
        const QByteArray store = "{\"format\":\"park-explorer\",\"version\":1,\"parks\":[" +
                                 entries + "],\"after\":{\"x\":[1,2]}}";
        QTest::newRow("valid") << store << 1000 << 8;
        QTest::newRow("record limit within the tail") << store << 5 << 0;
        QTest::newRow("record limit across the halves") << store << 7 << 0;
        QTest::newRow("record limit at the end") << store << 8 << 8;
        QTest::newRow("error in the tail")
            << QByteArray(store).replace("\"f\"", "\"f\\q\"") << 1000 << 0;
        QTest::newRow("error before the tail")
            << QByteArray(store).replace("\"b\"", "\"b\" \"b\"") << 1000 << 0;
        QTest::newRow("error after the records")
            << QByteArray(store).replace("[1,2]}}", "[1,2],}}") << 1000 << 8;
        QTest::newRow("unterminated") << store.left(store.size() - 30) << 1000 << 0;
        QTest::newRow("duplicate field left to QJsonDocument")
            << QByteArray(store).replace("{\"id\":\"e\",", "{\"id\":\"e\",\"id\":\"e2\",") << 1000
            << 8;
        QTest::newRow("two parks members")
            << QByteArray("{\"parks\":[{\"id\":\"x\"}, {\"id\":\"y\"}],\"parks\":[" + entries +
                          "]}")
            << 1000 << 10;
        QTest::newRow("parks nested in a member")
            << QByteArray("{\"u\":{\"parks\":[{\"id\":\"x\"}, {\"id\":\"y\"}]},\"parks\":[" +
                          entries + "]}")
            << 1000 << 8;
        QTest::newRow("top level is an array") << QByteArray("[" + entries + "]") << 1000 << 0;
    }

    void aTailFromAnyByteGivesTheSameResults()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, maxRecords);
        QFETCH(int, tails);
        const ParkStoreReader::Check expected = ParkStoreReader::check(bytes, maxRecords);
        std::optional<ParkStoreReader::Parsed> expectedRead;
        if (expected.ok() && expected.topIsObject)
            expectedRead = ParkStoreReader::read(bytes);
        int tailsTaken = 0;
        for (qsizetype from = 0; from <= bytes.size(); ++from) {
            const ParkStoreReader::CheckedRead got =
                ParkStoreReader::checkAndRead(bytes, maxRecords, nullptr, from);
            const QByteArray at = "tail from byte " + QByteArray::number(from);
            QVERIFY2(got.check.error == expected.error, at + ": " + got.check.error.toUtf8());
            QVERIFY2(got.check.errorOffset == expected.errorOffset, at);
            QVERIFY2(got.check.records == expected.records, at);
            QVERIFY2(got.check.topIsObject == expected.topIsObject, at);
            QVERIFY2(got.check.versionText == expected.versionText, at);
            QVERIFY2(got.check.duplicates.size() == expected.duplicates.size(), at);
            for (qsizetype i = 0; i < expected.duplicates.size(); ++i) {
                const ParkStoreReader::Duplicate &d = got.check.duplicates.at(i);
                const ParkStoreReader::Duplicate &e = expected.duplicates.at(i);
                QVERIFY2(d.key == e.key && d.first == e.first && d.second == e.second &&
                             d.record == e.record && d.field == e.field,
                         at);
            }
            QVERIFY2(got.parsed.has_value() == expectedRead.has_value(), at);
            if (expectedRead) {
                QVERIFY2(got.parsed->top == expectedRead->top, at);
                QVERIFY2(got.parsed->parks.size() == expectedRead->parks.size(), at);
                for (qsizetype i = 0; i < expectedRead->parks.size(); ++i) {
                    const ParkRecord &r = got.parsed->parks.at(i);
                    const ParkRecord &e = expectedRead->parks.at(i);
                    QVERIFY2(r == e && r.unknownFields == e.unknownFields &&
                                 r.nonObjectEntry == e.nonObjectEntry,
                             at + " record " + QByteArray::number(i));
                }
            }
            if (got.tailChecked) {
                // Only at the start of an entry of the top-level "parks".
                QVERIFY2(from > 0 && (bytes.at(from) == '{' || bytes.at(from) == '3' ||
                                      bytes.at(from) == '"'),
                         at);
                QVERIFY2(got.tailRead || !got.parsed, at);
                ++tailsTaken;
            }
        }
        QCOMPARE(tailsTaken, tails);
    }

    // The guess near the middle: the first entry that starts after "}," at
    // or after the byte given.
    void theTailIsGuessedAtAnEntry()
    {
        const QByteArray bytes = ParkStore::serialize(SyntheticStore::generate(300, 5));
        const qsizetype from = ParkStoreReader::entryNear(bytes, bytes.size() / 2);
        QVERIFY(from > bytes.size() / 2);
        QCOMPARE(bytes.at(from), '{');
        QVERIFY(bytes.mid(from - 20, 20).trimmed().endsWith("},"));
        const ParkStoreReader::CheckedRead split =
            ParkStoreReader::checkAndRead(bytes, 100000, nullptr, from);
        QVERIFY(split.tailChecked && split.tailRead);
        QCOMPARE(split.parsed->parks.size(), 300);
        QCOMPARE(split.parsed->parks, ParkStoreReader::read(bytes)->parks);
        QCOMPARE(ParkStoreReader::entryNear("{\"parks\":[1,2]}", 0), -1);
    }

    // A large store's pages are given back as its records are read, so
    // that it is not held twice. What needs the bytes afterwards (an
    // error's place, duplicate names, the QJsonDocument path) reads the
    // file again, and refuses it if it changed.
    void givenBackPagesAreReadAgainWhenNeeded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // 1 when the file must be read again, 0 when it must not, -1 when
        // that depends on how far the second thread read before the error.
        QTest::addColumn<int>("readAgain");
        const QByteArray store = ParkStore::serialize(SyntheticStore::generate(3000, 11));
        QVERIFY(store.size() > 2 * 1024 * 1024);
        QTest::newRow("well-formed") << store << 0;
        // Near the end, past both halves.
        const qsizetype last = store.lastIndexOf("\"id\": \"");
        QByteArray duplicate = store;
        duplicate.insert(last, "\"notes\": \"x\", \"notes\": \"y\", ");
        QTest::newRow("duplicate names") << duplicate << 1;
        QByteArray unreadable = store;
        unreadable.insert(last, "\"lat\": 1e999, ");
        QTest::newRow("left to QJsonDocument") << unreadable << 1;
        QTest::newRow("error after the records") << QByteArray(store.trimmed() + " x\n") << -1;
    }

    void givenBackPagesAreReadAgainWhenNeeded()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, readAgain);
        const LoadResult expected = ParkStore::loadBytes(bytes, QStringLiteral("x.json"));

        int reads = 0;
        const ParkStore::Reread sameFile = [&]() -> std::optional<QByteArray> {
            ++reads;
            return bytes;
        };
        QByteArray given = bytes;
        given.detach(); // the load's alone (with this test's look at it)
        const LoadResult loaded =
            ParkStore::loadBytes(given, QStringLiteral("x.json"), nullptr, sameFile, 1);
        if (readAgain >= 0)
            QCOMPARE(reads, readAgain);
        QCOMPARE(loaded.status, expected.status);
        QCOMPARE(loaded.message, expected.message);
        QCOMPARE(loaded.problems.size(), expected.problems.size());
        for (qsizetype i = 0; i < expected.problems.size(); ++i)
            QCOMPARE(loaded.problems.at(i).toString(), expected.problems.at(i).toString());
        QCOMPARE(loaded.document.parks, expected.document.parks);
        if (loaded.isUsable())
            QCOMPARE(loaded.contentHash, ParkStore::hash(bytes));
        // Most of the pages were given back: they read as zeros now.
        if (!loaded.document.parks.isEmpty()) {
            const qsizetype zeros = given.count('\0');
            QVERIFY2(zeros > given.size() * 3 / 4, qPrintable(QString::number(zeros)));
        }

        // The file read again is not the file first read: nothing is made
        // of either.
        if (readAgain == 1) {
            QByteArray changedFile = bytes;
            changedFile[changedFile.size() / 2] = ' ';
            QByteArray givenAgain = bytes;
            givenAgain.detach();
            const LoadResult refused = ParkStore::loadBytes(
                givenAgain, QStringLiteral("x.json"), nullptr,
                [&]() -> std::optional<QByteArray> { return changedFile; }, 1);
            QCOMPARE(refused.status, LoadResult::Status::Failed);
            QCOMPARE(refused.message,
                     QStringLiteral("x.json: the file changed while it was being read; open it "
                                    "again"));
            QVERIFY(refused.document.parks.isEmpty());
            const LoadResult unreadableAgain = ParkStore::loadBytes(
                givenAgain, QStringLiteral("x.json"), nullptr,
                [] { return std::optional<QByteArray>(); }, 1);
            QCOMPARE(unreadableAgain.status, LoadResult::Status::Failed);
        }
    }

    // Without a way to read the bytes again, none is given back.
    void noPageIsGivenBackWithoutAWayToReadAgain()
    {
        const QByteArray store = ParkStore::serialize(SyntheticStore::generate(3000, 11));
        QByteArray given = store;
        given.detach();
        const LoadResult loaded =
            ParkStore::loadBytes(given, QStringLiteral("x.json"), nullptr, {}, 1);
        QCOMPARE(loaded.status, LoadResult::Status::Ok);
        QCOMPARE(given, store);
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

    // A record's own texts (id, names, notes, each source) are read into
    // one allocation, in the order they are written, each ending in a NUL;
    // a text changed afterwards leaves the others as they were.
    void aRecordsTextsShareOneAllocation()
    {
        const QByteArray bytes = R"({"parks": [{"id": "zj-1", "nameZh": "杭州区块链产业园",
            "nameEn": "Hangzhou Park", "province": "浙江省", "notes": "two\nlines",
            "operator": "𠀋 Co.", "sources": ["https://a.example/1", "", "https://b.example/2"]}]})";
        const std::optional<ParkStoreReader::Parsed> direct = ParkStoreReader::read(bytes);
        QVERIFY(direct);
        QCOMPARE(direct->parks.size(), 1);
        ParkRecord r = direct->parks.first();
        QCOMPARE(r.operatorName, QStringLiteral("𠀋 Co."));
        QCOMPARE(r.notes, QStringLiteral("two\nlines"));
        QCOMPARE(r.sources, QStringList({QStringLiteral("https://a.example/1"), QStringLiteral(""),
                                         QStringLiteral("https://b.example/2")}));
        QVERIFY(!r.sources.at(1).isNull());
        // The escaped note and the empty source are made apart; the rest
        // lie side by side.
        const QString *inBlock[] = {&r.id,           &r.nameZh,     &r.nameEn,
                                    &r.operatorName, &r.sources[0], &r.sources[2]};
        for (size_t i = 0; i < std::size(inBlock); ++i) {
            const QString &text = *inBlock[i];
            QCOMPARE(text.utf16()[text.size()], u'\0');
            if (i > 0) {
                const QString &before = *inBlock[i - 1];
                QCOMPARE(text.constData(), before.constData() + before.size() + 1);
            }
        }
        const ParkRecord loaded = r;
        r.nameZh.append(QStringLiteral("二期"));
        r.id[0] = QLatin1Char('Z');
        QCOMPARE(r.nameZh, QStringLiteral("杭州区块链产业园二期"));
        QCOMPARE(r.nameEn, QStringLiteral("Hangzhou Park"));
        QCOMPARE(r.id, QStringLiteral("Zj-1"));
        QCOMPARE(loaded.id, QStringLiteral("zj-1"));
        QCOMPARE(loaded.nameZh, QStringLiteral("杭州区块链产业园"));
        QCOMPARE(loaded.operatorName, QStringLiteral("𠀋 Co."));
    }
};

QTEST_GUILESS_MAIN(TestParkStoreReader)
#include "tst_parkstorereader.moc"
