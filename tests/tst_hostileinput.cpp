#include "parkfilter.h"
#include "parkstore.h"
#include "parkstorereader.h"
#include "parktablemodel.h"
#include "provincegeometry.h"
#include "syntheticstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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
        row("deep-nesting.json", false, "too deeply nested document (more than 1000 levels)");
        row("duplicate-keys.json", true, "only one of the values can be kept");
        row("duplicate-field.json", true, "only one of the values can be kept");
        row("duplicate-parks.json", true, "only one of the values can be kept");
        row("duplicate-parks-empties.json", true, "only one of the values can be kept");
        row("empty.json", false, "1:1: unexpected end of the document: a value is missing");
        row("whitespace-only.json", false, "unexpected end of the document: a value is missing");
        row("html.json", true, "");
        row("huge-number.json", false, "illegal number");
        row("huge-number-unknown.json", false, "illegal number");
        row("huge-version.json", true, "");
        row("tiny-number.json", false, "illegal number");
        row("invalid-utf8.json", false, "invalid UTF-8 in a string");
        row("overlong-utf8.json", false, "invalid UTF-8 in a string");
        row("lone-surrogate.json", true, "");
        row("nul-between-tokens.json", false, "1:56: illegal value");
        row("nul-escaped.json", true, "");
        row("nul-in-string.json", false,
            "control character U+0000 in a string: it must be written as an escape (\\u0000)");
        row("raw-tab-in-string.json", false,
            "2:31: control character U+0009 in a string: it must be written as an escape "
            "(\\u0009)");
        row("unknown-escape.json", false,
            "2:28: invalid escape sequence \\x: JSON has only \\\", \\\\, \\/, \\b, "
            "\\f, \\n, \\r, \\t and \\uXXXX");
        row("number-without-fraction.json", false,
            "2:62: illegal number: a digit must follow the decimal point");
        row("unterminated.json", false, "unterminated array");
        row("utf16le.json", false,
            "the file is UTF-16; park stores are UTF-8 (save it as UTF-8 "
            "and open it again)");
        row("utf16le-bom.json", false,
            "the file is UTF-16; park stores are UTF-8 (save it as "
            "UTF-8 and open it again)");
        row("utf32le.json", false,
            "the file is UTF-32; park stores are UTF-8 (save it as UTF-8 "
            "and open it again)");
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

    // Finding 4 of issue 13: a second "parks" emptied the store, a second
    // "areaKm2" replaced the first, silently.
    void duplicateKeysAreProblemsAndOpenReadOnly()
    {
        const LoadResult parks =
            ParkStore::loadFile(hostile(QStringLiteral("duplicate-parks-empties.json")));
        QVERIFY(parks.isUsable());
        QVERIFY(parks.readOnly);
        QVERIFY2(parks.readOnlyReason.contains(QStringLiteral("\"parks\" at 1:48 and 3:4")),
                 qPrintable(parks.readOnlyReason));
        QCOMPARE(parks.problems.size(), 1);
        QCOMPARE(parks.problems.first().toString(),
                 hostile(QStringLiteral("duplicate-parks-empties.json")) +
                     QStringLiteral(": duplicate key \"parks\" at 1:48 and 3:4: only one of "
                                    "the values can be kept"));

        const LoadResult field =
            ParkStore::loadFile(hostile(QStringLiteral("duplicate-field.json")));
        QVERIFY(field.isUsable());
        QVERIFY(field.readOnly);
        QCOMPARE(field.problems.size(), 1);
        const Problem &p = field.problems.first();
        QCOMPARE(p.recordIndex, 0);
        QCOMPARE(p.recordId, QStringLiteral("h-1"));
        QCOMPARE(p.field, QStringLiteral("areaKm2"));
        QCOMPARE(p.message, QStringLiteral("duplicate key \"areaKm2\" at 2:51 and 2:68: only one "
                                           "of the values can be kept"));
        // The record is flagged: the form and the table show it as invalid.
        const QList<FieldProblem> &flags = field.document.parks.first().problems;
        QVERIFY(std::any_of(flags.cbegin(), flags.cend(), [](const FieldProblem &f) {
            return f.field == QStringLiteral("areaKm2") && f.isError();
        }));

        // Inside an unknown member and inside "about" too; an escaped name is
        // the same name.
        const LoadResult nested = ParkStore::loadBytes(
            R"({"about": {"a": 1, "\u0061": 2}, "parks": [{"id": "x", "nameZh": "y", )"
            R"("province": "浙江省", "u": {"k": [1, {"z": 1, "z": 2}]}}]})",
            QStringLiteral("n.json"));
        QVERIFY(nested.readOnly);
        QCOMPARE(nested.problems.size(), 2);
        QVERIFY2(nested.problems.at(0).toString().endsWith(
                     QStringLiteral("duplicate key \"a\" at 1:12 and 1:20: only one of the "
                                    "values can be kept")),
                 qPrintable(nested.problems.at(0).toString()));
        QCOMPARE(nested.problems.at(1).recordIndex, 0);
        QCOMPARE(nested.problems.at(1).field, QStringLiteral("u"));
        QVERIFY(nested.problems.at(1).message.startsWith(QStringLiteral("duplicate key \"z\"")));

        // Without duplicates nothing is read-only.
        QVERIFY(!ParkStore::loadFile(hostile(QStringLiteral("crlf.json"))).readOnly);
    }

    // The names of each object are looked up in a set kept per depth and
    // reused: a name of one record is no duplicate in the next, nor a name
    // of the record in an object inside it; an object of hundreds of names
    // is checked whole.
    void duplicateKeysAreFoundInLargeObjectsAndNotAcrossThem()
    {
        // Each record has a member "u" holding an object with "id" and "u".
        const QByteArray record = "{\"id\": \"p%1\", \"nameZh\": \"n\", \"province\": "
                                  "\"\u6D59\u6C5F\u7701\", \"u\": {\"id\": 1, \"u\": 2}}, ";
        QByteArray json = "{\"parks\": [";
        for (int i = 0; i < 3; ++i)
            json += QString::fromLatin1(record).arg(i).toLatin1();
        // The last has a member "x" of 301 names, "k250" twice.
        json += "{\"id\": \"m\", \"nameZh\": \"m\", \"x\": {";
        for (int i = 0; i < 300; ++i)
            json += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
        json += "\"k250\": 0}}]}";
        const LoadResult result = ParkStore::loadBytes(json, QStringLiteral("many.json"));
        QVERIFY(result.isUsable());
        QVERIFY(result.readOnly);
        QStringList duplicates;
        for (const Problem &p : result.problems) {
            if (p.message.startsWith(QStringLiteral("duplicate key")))
                duplicates << QStringLiteral("%1 %2 %3")
                                  .arg(p.recordIndex)
                                  .arg(p.field, p.message.section(QLatin1Char(' '), 2, 2));
        }
        QCOMPARE(duplicates, QStringList{QStringLiteral("3 x \"k250\"")});
    }

    void nulCharactersAreKeptWhenEscaped()
    {
        const LoadResult raw = ParkStore::loadFile(hostile(QStringLiteral("nul-in-string.json")));
        const LoadResult escaped = ParkStore::loadFile(hostile(QStringLiteral("nul-escaped.json")));
        QVERIFY(!raw.isUsable()); // a raw NUL is not JSON
        const QString expected = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QCOMPARE(escaped.document.parks.first().nameZh, expected);
        // Written back escaped, so that the file stays text.
        QVERIFY(ParkStore::serialize(escaped.document).contains("a\\u0000b"));
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

    // The largest store follows the memory: a sixth of it, never under the
    // floor. Without a limit given, loadFile() takes this computer's.
    void theSizeLimitFollowsTheMemory()
    {
        const qint64 gib = qint64(1024) * 1024 * 1024;
        QCOMPARE(ParkStore::maxFileSizeFor(24 * gib), 4 * gib);
        QCOMPARE(ParkStore::maxFileSizeFor(6 * gib), gib);
        QCOMPARE(ParkStore::maxFileSizeFor(gib / 4), ParkStore::MinMaxFileSize);
        QVERIFY(ParkStore::maxFileSize() >= ParkStore::MinMaxFileSize);

        // A sparse file one byte over this computer's limit: refused, and
        // the message names the limit.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ParkStore::maxFileSize() + 1));
        f.close();
        const LoadResult result = ParkStore::loadFile(path);
        QCOMPARE(result.status, LoadResult::Status::Failed);
        const QString limit =
            QString::number(double(ParkStore::maxFileSize()) / (1024 * 1024), 'f', 0);
        QVERIFY2(result.message.contains(QStringLiteral("the %1 MiB").arg(limit)),
                 qPrintable(result.message));
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

    // Finding 1 of issue 13: a million empty records (3 MB) took 1.76 GB.
    // A store holds 10,000 records plus one per 512 bytes of its size.
    void recordsAreLimitedByTheFileSize()
    {
        const auto empties = [](int count, int padding) {
            QByteArray bytes = R"({"parks": [)";
            for (int i = 0; i < count; ++i)
                bytes += i ? ",{}" : "{}";
            bytes += "]";
            bytes += QByteArray(padding, ' ');
            bytes += "}";
            return bytes;
        };
        // The most records a store of only empty ones may have, and one more.
        int allowed = 0;
        while (allowed + 1 <= ParkStoreReader::Limits::maxRecords(3 * (allowed + 1) + 12))
            ++allowed;
        QVERIFY(allowed > 10000);
        const LoadResult atLimit = ParkStore::loadBytes(empties(allowed, 0), QStringLiteral("a"));
        QVERIFY2(atLimit.isUsable(), qPrintable(atLimit.message));
        QCOMPARE(atLimit.document.parks.size(), allowed);
        const LoadResult oneMore =
            ParkStore::loadBytes(empties(allowed + 1, 0), QStringLiteral("b"));
        QVERIFY(!oneMore.isUsable());
        QCOMPARE(oneMore.problems.first().column, 12 + 3 * allowed);
        // Padding makes room for more.
        QVERIFY(ParkStore::loadBytes(empties(allowed + 1, 512), QStringLiteral("c")).isUsable());

        QElapsedTimer clock;
        clock.start();
        const LoadResult over = ParkStore::loadBytes(empties(300000, 0), QStringLiteral("t.json"));
        QVERIFY(!checkTimes || clock.elapsed() < timeLimitMs);
        QVERIFY(!over.isUsable());
        const int limit = int(ParkStoreReader::Limits::maxRecords(3 * 300000 + 12));
        QCOMPARE(over.problems.first().toString(),
                 QStringLiteral("t.json:1:%1: too many records: a park store may hold 10000 "
                                "records plus one per 512 bytes of the file, %2 for this file")
                     .arg(12 + 3 * limit)
                     .arg(limit));
    }

    // Names and places are short, notes long: a longer value is an error of
    // its record, which still loads and saves unchanged.
    void longValuesAreFlagged()
    {
        const QString city(300000, QChar(0x56ED));
        const QByteArray bytes =
            "{\"parks\": [{\"id\": \"c-1\", \"nameZh\": \"园\", \"province\": \"浙江省\", "
            "\"city\": \"" +
            city.toUtf8() + "\", \"notes\": \"" + QByteArray(10000, 'n') + "\", \"policy\": \"" +
            QByteArray(10001, 'p') + "\", \"sources\": [\"" + QByteArray(2001, 's') + "\"]}]}";
        const LoadResult result = ParkStore::loadBytes(bytes, QStringLiteral("long.json"));
        QVERIFY(result.isUsable());
        QStringList problems;
        for (const Problem &p : result.problems)
            problems << p.toString();
        QCOMPARE(problems,
                 QStringList({QStringLiteral("long.json: park c-1: city: 300000 characters, more "
                                             "than the 200 this field may have"),
                              QStringLiteral("long.json: park c-1: policy: 10001 characters, "
                                             "more than the 10000 this field may have"),
                              QStringLiteral("long.json: park c-1: sources: an entry of 2001 "
                                             "characters, more than the 2000 a source may have")}));
        QCOMPARE(result.document.parks.first().city, city);
        checkRoundTrip(result);
    }

    // Finding 1: peak memory stays a small multiple of the file size plus a
    // constant. Each shape is loaded in a child process (this test run as
    // "--load-child FILE"); RUSAGE_CHILDREN gives the largest child's peak,
    // so the normal store of about the same size goes first as the baseline.
    void memoryIsBoundedByTheFileSize()
    {
#ifndef Q_OS_UNIX
        QSKIP("getrusage is Unix only");
#else
#ifdef PARKEXPLORER_EXPECT_SANITIZED
        QSKIP("sanitizers change memory use");
#endif
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            const QString path = dir.filePath(name);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };
        const QByteArray normal = ParkStore::serialize(SyntheticStore::generate(900, 5));
        QByteArray empties = R"({"parks": [{})";
        for (int i = 1; i < 300000; ++i)
            empties += ",{}";
        empties += "]}";
        // The most empty records a store of about 900 KB may hold, padded.
        const qsizetype allowed = ParkStoreReader::Limits::maxRecords(900000);
        QByteArray atLimit = R"({"parks": [{})";
        for (qsizetype i = 1; i < allowed; ++i)
            atLimit += ",{}";
        atLimit += "]" + QByteArray(900000 - atLimit.size() - 2, ' ') + "}";
        QByteArray keys = R"({"parks": [], "u": {"k0": 0)";
        for (int i = 1; keys.size() < 900000; ++i)
            keys += ",\"k" + QByteArray::number(i) + "\":0";
        keys += "}}";
        QByteArray zeros = R"({"parks": [{"id": "z", "u": [0)";
        while (zeros.size() < 900000)
            zeros += ",0";
        zeros += "]}]}";
        const QByteArray city =
            "{\"parks\": [{\"id\": \"c-1\", \"nameZh\": \"园\", \"province\": \"浙江省\", "
            "\"city\": \"" +
            QString(300000, QChar(0x56ED)).toUtf8() + "\"}]}";
        const QList<std::pair<const char *, QByteArray>> shapes = {
            {"300000 empty records", empties},     {"empty records up to the limit", atLimit},
            {"a city of 300000 characters", city}, {"an object of 100000 members", keys},
            {"an array of 450000 numbers", zeros},
        };

        // Each load in a process of its own ("--measure FILE" runs
        // "--load-child FILE" and prints that child's peak from
        // RUSAGE_CHILDREN), so that each shape has its own peak.
        const auto measure = [](const QString &path, QByteArray *status) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--measure"), path});
            if (!child.waitForFinished(120000))
                return qint64(-1);
            const QList<QByteArray> out = child.readAllStandardOutput().split(' ');
            *status = out.value(0);
            return out.value(1).trimmed().toLongLong();
        };
        QByteArray status;
        const qint64 baseline = measure(write(QStringLiteral("normal.json"), normal), &status);
        QCOMPARE(status, QByteArray("usable"));
        QVERIFY(baseline > 0);
        for (const auto &[name, bytes] : shapes) {
            QVERIFY(qAbs(bytes.size() - normal.size()) < normal.size() / 2);
            const qint64 peak = measure(write(QStringLiteral("shape.json"), bytes), &status);
            QVERIFY2(peak > 0 && (status == "usable" || status == "refused"), name);
            const double ratio = double(peak) / double(baseline);
            qInfo("%s (%lld bytes, %s): peak %lld KiB, %.2f times the %lld KiB of a normal store "
                  "of %lld bytes",
                  name, qint64(bytes.size()), status.constData(), peak, ratio, baseline,
                  qint64(normal.size()));
            // The worst a store may be, empty records up to the limit, takes
            // about twice what a normal store of its size takes (10,000 such
            // records are some 20 MB); the rest no more than a normal store.
            // Before the limits 300,000 empty records took over 500 MB.
            QVERIFY2(ratio < 3, name);
        }
#endif
    }

    // Finding 3 of issue 13: what JSONTestSuite's n_ files test (written
    // again here, by hand): each is refused with a line and a column, alone
    // and as a value inside a store.
    void invalidJsonIsRefusedWithAPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        const auto row = [](const char *name, const QByteArray &json) {
            QTest::newRow(name) << json;
        };
        row("array_1_true_without_comma", "[1 true]");
        row("array_extra_comma", "[\"\",]");
        row("array_double_comma", "[1,,2]");
        row("array_leading_comma", "[,1]");
        row("array_unclosed", "[\"a\"");
        row("array_unclosed_trailing_comma", "[1,");
        row("array_incomplete_invalid_value", "[x");
        row("array_colon_instead_of_comma", "[\"\": 1]");
        row("array_extra_close", "[\"x\"]]");
        row("array_inner_array_no_comma", "[3[4]]");
        row("incomplete_false", "[fals]");
        row("incomplete_null", "[nul]");
        row("incomplete_true", "[tru]");
        row("capitalized_True", "[True]");
        row("number_with_leading_zero", "[012]");
        row("number_neg_int_starting_with_zero", "[-012]");
        row("number_real_without_fractional_part", "[1.]");
        row("number_starting_with_dot", "[.123]");
        row("number_2.e3", "[2.e3]");
        row("number_plus_1", "[+1]");
        row("number_minus_infinity", "[-Infinity]");
        row("number_infinity", "[Infinity]");
        row("number_NaN", "[NaN]");
        row("number_1e", "[1e]");
        row("number_1e_plus", "[1e+]");
        row("number_real_garbage_after_e", "[1ea]");
        row("number_0_capital_E", "[0E]");
        row("number_minus_sign_with_trailing_garbage", "[-foo]");
        row("number_minus_alone", "[-]");
        row("number_hex", "[0x1]");
        row("number_with_alpha", "[1.2a-3]");
        row("number_invalid-negative-real", "[-123.123foo]");
        row("object_trailing_comma", "{\"id\":0,}");
        row("object_missing_colon", "{\"a\" b}");
        row("object_comma_instead_of_colon", "{\"x\", null}");
        row("object_double_colon", "{\"x\"::\"b\"}");
        row("object_missing_value", "{\"a\":");
        row("object_single_quote", "{'a':0}");
        row("object_unquoted_key", "{a: \"b\"}");
        row("object_non_string_key", "{1:1}");
        row("object_bracket_key", "{[: \"x\"}");
        row("object_trailing_comment", "{\"a\":\"b\"}/**/");
        row("object_trailing_comment_slash_open", "{\"a\":\"b\"}//");
        row("object_comment", "{\"a\":/* c */\"b\"}");
        row("object_unclosed", "{\"asd\":\"asd\"");
        row("string_escape_x", "[\"\\x41\"]");
        row("string_invalid_backslash_esc", "[\"\\a\"]");
        row("string_incomplete_escaped_character", "[\"\\u00A\"]");
        row("string_1_surrogate_then_escape_u", "[\"\\uD800\\u\"]");
        row("string_single_quote", "['single quote']");
        row("string_unescaped_tab", "[\"a\tb\"]");
        row("string_unescaped_newline", "[\"new\nline\"]");
        row("string_unescaped_U+0001", "[\"a\x01\"]");
        row("string_unescaped_DEL_is_fine_but_unclosed", "[\"\x7f");
        row("string_raw_NUL", QByteArray("[\"a\0b\"]", 7));
        row("string_invalid_utf8", "[\"\xFF\"]");
        row("string_overlong_utf8", "[\"\xC0\xAF\"]");
        row("string_UTF8_surrogate", "[\"\xED\xA0\x80\"]");
        row("string_truncated_utf8", "[\"\xE5\x9B\"]");
        row("structure_no_data", "");
        row("structure_single_space", " ");
        row("structure_UTF8_BOM_no_data", "\xEF\xBB\xBF");
        row("structure_null_byte_outside_string", QByteArray("[\0]", 3));
        row("structure_whitespace_formfeed", "[\f]");
        row("structure_U+2060_word_joiner", "[\xE2\x81\xA0]");
        row("structure_non_breaking_space", "{\xC2\xA0}");
        row("structure_double_array", "[][]");
        row("structure_lone_open_bracket", "[");
        row("structure_close_unopened_array", "1]");
        row("structure_number_with_trailing_garbage", "2@");
        row("structure_trailing_#", "{\"a\":\"b\"}#{}");
        row("structure_angle_bracket_null", "[<null>]");
        row("structure_unicode_identifier", "\xC3\xA5");
        row("structure_open_array_apostrophe", "['");
        row("multidigit_number_then_00", QByteArray("123\0", 4));
    }

    void invalidJsonIsRefusedWithAPlace()
    {
        QFETCH(QByteArray, json);
        const LoadResult alone = ParkStore::loadBytes(json, QStringLiteral("n.json"));
        QVERIFY(!alone.isUsable());
        QVERIFY2(alone.problems.first().line > 0 && alone.problems.first().column > 0,
                 qPrintable(alone.message));
        QVERIFY(alone.message.startsWith(QStringLiteral("n.json:")));
        const QByteArray inside =
            R"({"parks": [{"id": "a", "nameZh": "园", "province": "浙江省", "x": )" + json + "}]}";
        const LoadResult store = ParkStore::loadBytes(inside, QStringLiteral("s.json"));
        QVERIFY(!store.isUsable());
        QVERIFY2(store.problems.first().line > 0, qPrintable(store.message));
    }

    // And what JSONTestSuite's y_ files test still loads, as a value inside a
    // store, and saves to what loads again. A lone surrogate is accepted
    // (JSON's grammar has it) and kept; docs/file-format.md says so.
    void validJsonLoads_data()
    {
        QTest::addColumn<QByteArray>("json");
        int row = 0;
        for (const char *json : {"[]",
                                 "{}",
                                 "\"\"",
                                 "\"\\u0000\"",
                                 "\"\\ud834\\udd1e\"",
                                 "\"\\ud800\"",
                                 "\"\\udc00\\ud800\"",
                                 "\"\\u2028\\u2029\"",
                                 "\"\\uFFFF\"",
                                 "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
                                 "\"\xE6\x97\xA5\xE6\x9C\xAC\"",
                                 "\"\xF0\x9F\x98\x80\"",
                                 "\"\x7F\"",
                                 "-0",
                                 "0",
                                 "-0.0",
                                 "1E22",
                                 "1e-2",
                                 "1E+2",
                                 "0.5",
                                 "-123.456e+7",
                                 "123456789012345678901234567890",
                                 "[1,2,3]",
                                 "{\"a\":[{\"b\":null}],\"\":0}",
                                 "true",
                                 "false",
                                 "null",
                                 " \t\r\n[ 1 , {} ] \t\r\n",
                                 "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]"})
            QTest::addRow("y%d", row++) << QByteArray(json);
    }

    void validJsonLoads()
    {
        QFETCH(QByteArray, json);
        const QByteArray inside =
            R"({"parks": [{"id": "a", "nameZh": "园", "province": "浙江省", "x": )" + json + "}]}";
        const LoadResult store = ParkStore::loadBytes(inside, QStringLiteral("y.json"));
        QVERIFY2(store.status == LoadResult::Status::Ok, qPrintable(store.message));
        checkRoundTrip(store);
    }

    // JSON, but not an object: not a park store (found by the fuzzer, where
    // QJsonDocument, which takes no string at the top, said "illegal value").
    void topLevelValuesThatAreNotObjects()
    {
        for (const QByteArray &json : {QByteArray("\"established\""), QByteArray(" 12 "),
                                       QByteArray("null"), QByteArray("[{\"parks\": []}]")}) {
            const LoadResult result = ParkStore::loadBytes(json, QStringLiteral("t.json"));
            QCOMPARE(
                result.message,
                QStringLiteral("t.json: not a park store: the top level is not a JSON object"));
        }
    }

    // Finding 2: special files are refused at once, never read or waited on.
    void onlyRegularFilesAreRead()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix special files");
#else
        QElapsedTimer clock;
        clock.start();
        const LoadResult zero = ParkStore::loadFile(QStringLiteral("/dev/zero"));
        QCOMPARE(zero.message, QStringLiteral("/dev/zero: is a character device, not a regular "
                                              "file: park stores are read only from regular "
                                              "files"));
        QVERIFY(!ParkStore::loadFile(QStringLiteral("/dev/null")).isUsable());
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // No writer: opening it for reading would wait for one.
        const LoadResult pipe = ParkStore::loadFile(fifo);
        QCOMPARE(pipe.message, fifo + QStringLiteral(": is a pipe (FIFO), not a regular "
                                                     "file: park stores are read only from "
                                                     "regular files"));
        QVERIFY(clock.elapsed() < 5000);
#endif
    }

    // Finding 10: the smaller reading items.
    void symbolicLinkLoopIsNamed()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.json"));
        const QString b = dir.filePath(QStringLiteral("b.json"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        QCOMPARE(ParkStore::loadFile(a).message,
                 a + QStringLiteral(": too many levels of symbolic links"));
        QCOMPARE(ParkStore::loadFile(dir.filePath(QStringLiteral("none.json"))).message,
                 dir.filePath(QStringLiteral("none.json")) + QStringLiteral(": no such file"));
    }

    void onlyTheEmbeddedDatasetIsAResource()
    {
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        QVERIFY(QFile::copy(hostile(QStringLiteral("crlf.json")),
                            dir.path() + QStringLiteral("/:x.json")));
        const LoadResult result = ParkStore::loadFile(QStringLiteral(":x.json"));
        const LoadResult resource = ParkStore::loadFile(QStringLiteral(":/data/parks.json/"));
        QVERIFY(QDir::setCurrent(previous));
        QVERIFY2(result.isUsable(), qPrintable(result.message));
        QCOMPARE(result.document.parks.size(), 1);
        QVERIFY(!resource.isUsable());
        QVERIFY(ParkStore::loadFile(ParkStore::EmbeddedPath).isUsable());
    }

    void versionIsReportedAsWritten()
    {
        const LoadResult result = ParkStore::loadFile(hostile(QStringLiteral("huge-version.json")));
        QVERIFY(result.readOnly);
        QVERIFY2(result.readOnlyReason.contains(QStringLiteral("(format version 1e308;")),
                 qPrintable(result.readOnlyReason));
        const LoadResult bad =
            ParkStore::loadBytes(R"({"version": 1.50, "parks": []})", QStringLiteral("v.json"));
        QCOMPARE(bad.message,
                 QStringLiteral("v.json: \"version\" must be a whole number of at least 1 (found "
                                "1.50)"));
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

// "--load-child FILE" loads FILE and says "usable" or "refused": the memory
// test measures such children. Anything else runs the tests.
int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--load-child") == 0) {
        QCoreApplication app(argc, argv);
        const LoadResult result = ParkStore::loadFile(QString::fromLocal8Bit(argv[2]));
        std::fputs(result.isUsable() ? "usable" : "refused", stdout);
        return 0;
    }
#ifdef Q_OS_UNIX
    if (argc == 3 && qstrcmp(argv[1], "--measure") == 0) {
        QCoreApplication app(argc, argv);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--load-child"), QString::fromLocal8Bit(argv[2])});
        if (!child.waitForFinished(120000))
            return 1;
        struct rusage usage = {};
        getrusage(RUSAGE_CHILDREN, &usage);
        std::printf("%s %ld\n", child.readAllStandardOutput().constData(), usage.ru_maxrss);
        return 0;
    }
#endif
    QCoreApplication app(argc, argv);
    TestHostileInput test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_hostileinput.moc"
