#include "commandresult.h"
#include "export/imageexporter.h"
#include "parkstore.h"
#include "provincegeometry.h"
#include "recoveryfile.h"
#include "result.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

// A value without a default constructor, as ProvinceGeometry is.
struct Point
{
    explicit Point(int x)
        : x(x)
    {}
    int x;
};

ResultOf<Point> pointFrom(int x)
{
    if (x < 0)
        return Result::failure(QStringLiteral("%1 is negative").arg(x));
    return Point(x);
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void statuses()
    {
        const Result none;
        QCOMPARE(none.status, Result::Status::Ok);
        QVERIFY(none.ok());
        QVERIFY(!none.failed());
        QVERIFY(none.message.isEmpty());

        const Result success = Result::success();
        QCOMPARE(success.status, Result::Status::Ok);
        QVERIFY(success.ok());
        QVERIFY(!success.hasWarnings());

        const Result warning = Result::warning(QStringLiteral("3 parks have problems"));
        QCOMPARE(warning.status, Result::Status::Warning);
        QVERIFY(warning.ok()); // done, with remarks
        QVERIFY(warning.hasWarnings());
        QVERIFY(!warning.failed());
        QCOMPARE(warning.message, QStringLiteral("3 parks have problems"));

        const Result failure = Result::failure(QStringLiteral("a.json: no such file"));
        QCOMPARE(failure.status, Result::Status::Failed);
        QVERIFY(!failure.ok());
        QVERIFY(failure.failed());
        QVERIFY(!failure.hasWarnings());
        QCOMPARE(failure.message, QStringLiteral("a.json: no such file"));
    }

    void resultWithValue()
    {
        const ResultOf<Point> good = pointFrom(4);
        QVERIFY(good.ok());
        QVERIFY(good.value.has_value());
        QCOMPARE(good->x, 4);
        QCOMPARE((*good).x, 4);
        QVERIFY(good.message.isEmpty());

        const ResultOf<Point> bad = pointFrom(-1);
        QVERIFY(bad.failed());
        QVERIFY(!bad.value.has_value());
        QCOMPARE(bad.message, QStringLiteral("-1 is negative"));

        // A failure passes on unchanged, as Result.
        const Result passedOn = bad;
        QCOMPARE(passedOn.status, Result::Status::Failed);
        QCOMPARE(passedOn.message, bad.message);

        ResultOf<QString> text = QStringLiteral("abc");
        text->append(QLatin1Char('d'));
        QCOMPARE(*text, QStringLiteral("abcd"));
    }

    void loadResultReadsLikeResult()
    {
        const LoadResult nothing;
        QVERIFY(nothing.failed()); // nothing loaded yet
        QVERIFY(!nothing.isUsable());

        const QString missing = QStringLiteral("/nonexistent/parks.json");
        const LoadResult refused = ParkStore::loadFile(missing);
        QCOMPARE(refused.status, LoadResult::Status::Failed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.isUsable(), refused.ok());
        QCOMPARE(refused.problems.size(), 1);
        QCOMPARE(refused.message, refused.problems.constFirst().toString());
        QVERIFY(refused.message.startsWith(missing + QStringLiteral(": ")));

        // The message says where a syntax error is, as the problem does.
        const LoadResult syntax =
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/bad-syntax.json"));
        QVERIFY(syntax.failed());
        QCOMPARE(syntax.message, syntax.problems.constFirst().toString());
        QVERIFY2(syntax.message.contains(QStringLiteral("bad-syntax.json:4:3: ")),
                 qPrintable(syntax.message));

        const LoadResult loaded = ParkStore::loadFile(ParkStore::EmbeddedPath);
        QCOMPARE(loaded.status, LoadResult::Status::Ok);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.message.isEmpty());
        QVERIFY(!loaded.document.parks.isEmpty());

        const LoadResult problems =
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/bad-negative-area.json"));
        QCOMPARE(problems.status, LoadResult::Status::Warning);
        QVERIFY(problems.ok());
        QVERIFY(problems.hasWarnings());
        QVERIFY(!problems.problems.isEmpty());
    }

    void saveResultReadsLikeResult()
    {
        QVERIFY(SaveResult().failed());
        const SaveResult converted = Result::failure(QStringLiteral("x"));
        QVERIFY(converted.failed());
        QCOMPARE(converted.message, QStringLiteral("x"));

        const LoadResult loaded = ParkStore::loadFile(ParkStore::EmbeddedPath);
        const SaveResult embedded = ParkStore::save(loaded.document, ParkStore::EmbeddedPath);
        QVERIFY(embedded.failed());
        QVERIFY(embedded.message.startsWith(ParkStore::EmbeddedPath));
        QVERIFY(embedded.contentHash.isEmpty());

        QTemporaryDir dir;
        const SaveResult saved =
            ParkStore::save(loaded.document, dir.filePath(QStringLiteral("parks.json")));
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(saved.status, SaveResult::Status::Ok);
        QVERIFY(saved.message.isEmpty());
        QVERIFY(!saved.contentHash.isEmpty());
    }

    void exportResultReadsLikeResult()
    {
        const ExportResult done;
        QVERIFY(done.ok());
        QCOMPARE(done.error, ExportResult::NoError);

        ImageExportSettings settings;
        settings.sizePx = QSize(ImageExporter::MaximumSidePx + 1, 100);
        const ExportResult tooLarge = ImageExporter::validate(settings);
        QCOMPARE(tooLarge.status, ExportResult::Status::Failed);
        QCOMPARE(tooLarge.error, ExportResult::TooLarge);
        QVERIFY(!tooLarge.message.isEmpty());
    }

    void recoveryFileResults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recovery.json"));
        const ResultOf<RecoveryFile::Recovered> none = RecoveryFile::read(path);
        QVERIFY(none.failed());
        QVERIFY2(none.message.startsWith(path), qPrintable(none.message));

        const LoadResult loaded = ParkStore::loadFile(ParkStore::EmbeddedPath);
        const Result written =
            RecoveryFile::write(path, QStringLiteral("/somewhere/parks.json"), loaded.document);
        QVERIFY2(written.ok(), qPrintable(written.message));
        const ResultOf<RecoveryFile::Recovered> read = RecoveryFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read->documentPath, QStringLiteral("/somewhere/parks.json"));
        QCOMPARE(read->document.parks.size(), loaded.document.parks.size());

        // A park store that is not a recovery file.
        const QString plain = dir.filePath(QStringLiteral("plain.json"));
        QVERIFY(ParkStore::save(loaded.document, plain).ok());
        const ResultOf<RecoveryFile::Recovered> notRecovery = RecoveryFile::read(plain);
        QVERIFY(notRecovery.failed());
        QVERIFY2(notRecovery.message.startsWith(plain), qPrintable(notRecovery.message));

        const Result unwritable =
            RecoveryFile::write(QStringLiteral("/proc/recovery.json"), QString(), loaded.document);
        QVERIFY(unwritable.failed());
        QVERIFY2(unwritable.message.startsWith(QStringLiteral("/proc/recovery.json")),
                 qPrintable(unwritable.message));
    }

    void geometryResults()
    {
        const ResultOf<ProvinceGeometry> embedded = ProvinceGeometry::loadEmbedded();
        QVERIFY2(embedded.ok(), qPrintable(embedded.message));
        QVERIFY(!embedded->provinces().isEmpty());

        const ResultOf<ProvinceGeometry> notJson =
            ProvinceGeometry::load("{", QStringLiteral("x.geojson"));
        QVERIFY(notJson.failed());
        QVERIFY(!notJson.value);
        QVERIFY2(notJson.message.startsWith(QStringLiteral("x.geojson:")),
                 qPrintable(notJson.message));
    }

    void commandResults()
    {
        // The numbers scripts see (README, "Command line").
        QCOMPARE(int(ExitCode::Ok), 0);
        QCOMPARE(int(ExitCode::Problems), 1);
        QCOMPARE(int(ExitCode::WriteFailed), 1);
        QCOMPARE(int(ExitCode::Unreadable), 2);
        QCOMPARE(int(ExitCode::Usage), 2);

        const CommandResult done;
        QVERIFY(done.ok());
        QCOMPARE(done.exitCode, ExitCode::Ok);
        QCOMPARE(done.code(), 0);

        const CommandResult usage = fail(ExitCode::Usage, QStringLiteral("--out FILE is required"));
        QVERIFY(usage.failed());
        QCOMPARE(usage.exitCode, ExitCode::Usage);
        QCOMPARE(usage.code(), 2);
        QCOMPARE(usage.message, QStringLiteral("--out FILE is required"));

        const CommandResult problems = fail(ExitCode::Problems);
        QVERIFY(problems.failed());
        QCOMPARE(problems.code(), 1);
        QVERIFY(problems.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
