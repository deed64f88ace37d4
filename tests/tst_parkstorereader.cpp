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
        for (const QString &dir : dirs) {
            for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
                const QByteArray bytes = readAll(info.filePath());
                if (ParkStoreReader::read(bytes))
                    QVERIFY2(sameAsReference(bytes), qPrintable(info.filePath()));
                ++files;
            }
        }
        QVERIFY(files > 20);
    }

    // Where the two readings could differ, the direct reader steps aside.
    void awkwardInputIsLeftToQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("duplicate field") << QByteArray(R"({"parks":[{"id":"a","id":"b"}]})");
        QTest::newRow("duplicate unknown") << QByteArray(R"({"parks":[{"x":1,"x":2}]})");
        QTest::newRow("duplicate top") << QByteArray(R"({"about":1,"about":2,"parks":[]})");
        QTest::newRow("duplicate parks") << QByteArray(R"({"parks":[],"parks":[{}]})");
        QTest::newRow("escaped duplicate") << QByteArray(R"({"parks":[{"id":"a","\u0069d":"b"}]})");
        QTest::newRow("overflow") << QByteArray(R"({"parks":[{"areaKm2":1e400}]})");
        QTest::newRow("underflow") << QByteArray(R"({"parks":[{"areaKm2":1e-400}]})");
        QTest::newRow("subnormal") << QByteArray(R"({"parks":[{"areaKm2":5e-324}]})");
        QTest::newRow("negative zero") << QByteArray(R"({"parks":[{"areaKm2":-0.0}]})");
        QTest::newRow("lone surrogate") << QByteArray(R"({"parks":[{"nameZh":"\ud800"}]})");
        // Qt drops U+FEFF at the start of a string (found by the fuzzer).
        QTest::newRow("leading U+FEFF")
            << QByteArray("{\"parks\":[{\"province\":\"\xEF\xBB\xBF\xE5\x8C\x97\"}]}");
        QTest::newRow("noncharacter") << QByteArray("{\"parks\":[{\"nameZh\":\"\xEF\xBF\xBF\"}]}");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"parks\":[{\"nameZh\":\"\xC0\x80\"}]}");
        QTest::newRow("control character") << QByteArray("{\"parks\":[{\"nameZh\":\"a\x01\"}]}");
        QTest::newRow("trailing comma") << QByteArray(R"({"parks":[{"id":"a",}]})");
        QTest::newRow("garbage after") << QByteArray(R"({"parks":[]} x)");
        QTest::newRow("no parks") << QByteArray(R"({"about":{}})");
        QTest::newRow("parks not array") << QByteArray(R"({"parks":{}})");
        QTest::newRow("top is array") << QByteArray(R"([{"parks":[]}])");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{\"parks\":[]}");
        QTest::newRow("deep") << QByteArray("{\"parks\":[{\"x\":") + QByteArray(200, '[') +
                                     QByteArray(200, ']') + QByteArray("}]}");
    }

    void awkwardInputIsLeftToQJsonDocument()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!ParkStoreReader::read(bytes));
        // And loading still works as before, whatever the outcome.
        const LoadResult result = ParkStore::loadBytes(bytes, QStringLiteral("x.json"));
        QVERIFY(result.isUsable() || !result.problems.isEmpty());
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
