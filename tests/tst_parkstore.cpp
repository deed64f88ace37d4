#include "parkstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QString testData(const QString &name)
{
    return QStringLiteral(TESTDATA_DIR "/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The file (not a link) as stat() sees it; st_ino 0 if there is none.
struct stat statOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        st.st_ino = 0;
    return st;
}

// A store holding ORIGINAL in DIR, saved through parks.json. With
// THROUGHSYMLINK, parks.json is a symbolic link to data.json, which makes
// the save copy the old version to parks.json.bak instead of linking it.
// Returns the real file.
QString makeStore(const QTemporaryDir &dir, const QByteArray &original, bool throughSymlink)
{
    const QString path = dir.filePath(QStringLiteral("parks.json"));
    if (!throughSymlink)
        return writeAll(path, original) ? path : QString();
    const QString real = dir.filePath(QStringLiteral("data.json"));
    if (!writeAll(real, original) || !QFile::link(QStringLiteral("data.json"), path))
        return QString();
    return real;
}

} // namespace

class TestParkStore : public QObject
{
    Q_OBJECT

private slots:
    void embeddedDatasetLoadsWithoutProblems()
    {
        const LoadResult result = ParkStore::loadFile(ParkStore::EmbeddedPath);
        QCOMPARE(result.status, LoadResult::Status::Ok);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        // No figures: a correction to the dataset must not break this.
        QVERIFY(!result.document.parks.isEmpty());
        QVERIFY(!result.document.about.value(QStringLiteral("reportFigures")).toArray().isEmpty());
        QVERIFY(!result.readOnly);
        // Every record keeps its sources and confidence mark.
        for (const ParkRecord &r : result.document.parks) {
            QVERIFY2(!r.sources.isEmpty(), qPrintable(r.id));
            QVERIFY2(r.confidence != Confidence::Unknown, qPrintable(r.id));
        }
    }

    void embeddedDatasetResavesByteIdentical()
    {
        const QByteArray original = readAll(ParkStore::EmbeddedPath);
        const LoadResult result = ParkStore::loadBytes(original, QStringLiteral("parks.json"));
        QCOMPARE(ParkStore::serialize(result.document), original);
    }

    void roundTripKeepsEverything()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const LoadResult first = ParkStore::loadFile(testData(QStringLiteral("store-small.json")));
        QCOMPARE(first.status, LoadResult::Status::Ok);
        QCOMPARE(first.document.parks.size(), 10);

        const QString path = dir.filePath(QStringLiteral("copy.json"));
        QVERIFY(ParkStore::save(first.document, path).ok());
        const LoadResult second = ParkStore::loadFile(path);
        QCOMPARE(second.status, LoadResult::Status::Ok);
        QCOMPARE(second.document.parks, first.document.parks);
        QCOMPARE(second.document.about, first.document.about);

        // Unknown members of the document and of a record survive.
        QCOMPARE(second.document.unknownMembers.value(QStringLiteral("extension"))
                     .toObject()
                     .value(QStringLiteral("addedBy"))
                     .toString(),
                 QStringLiteral("a newer tool"));
        const ParkRecord &hainan = second.document.parks.at(9);
        QCOMPARE(hainan.id, QStringLiteral("hi-a"));
        QCOMPARE(hainan.unknownFields.value(QStringLiteral("customRating")).toString(),
                 QStringLiteral("A+"));

        // Unchanged re-save gives the same bytes as the fixture.
        QCOMPARE(readAll(path), readAll(testData(QStringLiteral("store-small.json"))));
    }

    void typedValuesAreRead()
    {
        const LoadResult result = ParkStore::loadFile(testData(QStringLiteral("store-small.json")));
        const ParkRecord &r = result.document.parks.at(0);
        QCOMPARE(r.nameZh, QStringLiteral("西溪谷区块链产业园"));
        QCOMPARE(r.established, FoundingDate(2017, 4, 28));
        QCOMPARE(r.leadership, Leadership::Government);
        QCOMPARE(r.carrierType, CarrierType::Park);
        QCOMPARE(r.areaKm2.value_or(-1), 3.1);
        QCOMPARE(r.enterprises.value_or(-1), 40);
        QCOMPARE(r.fundCny100m.value_or(-1), 100.0);
        QCOMPARE(r.namedInReport, std::optional<bool>(true));
        // Unknown stays unknown, never zero.
        const ParkRecord &noName = result.document.parks.at(5);
        QVERIFY(noName.nameEn.isNull());
        QVERIFY(!noName.areaKm2.has_value());
        QVERIFY(!noName.established.isKnown());
    }

    void badRecords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        auto row = [](const char *file, const char *message) {
            QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(message);
        };
        row("bad-unknown-province.json",
            "park bad-1: province: unknown province \"火星省\" (expected one of the 34 "
            "provincial-level divisions, e.g. 浙江省)");
        row("bad-impossible-date.json",
            "park bad-1: established: 2019-02-30 is not a calendar date: February 2019 has 28 "
            "days");
        row("bad-date-format.json", "park bad-1: established: \"April 2017\" is not a date of the "
                                    "form YYYY, YYYY-MM or YYYY-MM-DD");
        row("bad-implausible-year.json",
            "park bad-1: established: year 1850 is implausible (expected 1980 to 2100)");
        row("bad-negative-area.json", "park bad-1: areaKm2: must not be negative (found -3.5)");
        row("bad-implausible-enterprises.json",
            "park bad-1: enterprises: 2000000 enterprises is implausibly large (at most 100000 "
            "enterprises expected)");
        row("bad-negative-fund.json", "park bad-1: fundCny100m: must not be negative (found -1)");
        row("bad-wrong-type.json", "park bad-1: enterprises: should be a whole number, such as 120 "
                                   "(found the text \"ten\")");
        row("bad-missing-required.json", "park bad-1: nameZh: missing required field");
        row("bad-missing-id.json", "park #2: id: missing required field");
        row("bad-invalid-id.json",
            "park #2: id: \"Bad Id!\" is not a valid id (use lower-case letters a-z, digits, "
            "'-', '.' and '_', starting with a letter or digit)");
        row("bad-latitude.json", "park bad-1: lat: latitude 95 is outside -90 to 90");
        row("bad-longitude.json", "park bad-1: lon: longitude -200 is outside -180 to 180");
        row("bad-province-code.json",
            "park bad-1: provinceCode: 310000 is the code of 上海市, not of 浙江省");
        row("bad-leadership.json",
            "park bad-1: leadership: should be one of government, enterprise (found the text "
            "\"council\")");
        row("bad-sources-type.json",
            "park bad-1: sources: should be a list of texts, such as [\"https://example.org/a\"] "
            "(found the text \"https://example.org\")");
        row("bad-duplicate-id.json",
            "park ok-1: id: duplicate id \"ok-1\": park #2 has the same id as park #1");
        row("bad-record-not-object.json", "park #2: this entry is not a park record: a park is a "
                                          "group of named values (a JSON object)");
    }

    void badRecords()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString path = testData(file);
        const QByteArray before = readAll(path);
        const LoadResult result = ParkStore::loadFile(path);
        QCOMPARE(result.status, LoadResult::Status::Warning);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().toString(), path + QStringLiteral(": ") + message);
        // Flagged, not dropped: both records are there.
        QCOMPARE(result.document.parks.size(), 2);
        QVERIFY(result.document.parks.at(0).problems.isEmpty());
        QVERIFY(!result.document.parks.at(1).problems.isEmpty());
        // Reading never touches the file.
        QCOMPARE(readAll(path), before);
    }

    void badRecordsKeepTheirValuesOnSave_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("wrong type") << QStringLiteral("bad-wrong-type.json");
        QTest::newRow("not an object") << QStringLiteral("bad-record-not-object.json");
        QTest::newRow("bad date") << QStringLiteral("bad-impossible-date.json");
        QTest::newRow("bad enum") << QStringLiteral("bad-leadership.json");
        QTest::newRow("bad sources") << QStringLiteral("bad-sources-type.json");
    }

    void badRecordsKeepTheirValuesOnSave()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAll(testData(file));
        const LoadResult result = ParkStore::loadBytes(bytes, file);
        QCOMPARE(ParkStore::serialize(result.document), bytes);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QStringLiteral("bad-syntax.json")
                                << QStringLiteral("4:3: unterminated object");
        QTest::newRow("array") << QStringLiteral("not-a-store-array.json")
                               << QStringLiteral(" not a park store: the top level is not a JSON "
                                                 "object");
        QTest::newRow("no parks") << QStringLiteral("not-a-store-no-parks.json")
                                  << QStringLiteral(" not a park store: no \"parks\" array");
        QTest::newRow("format") << QStringLiteral("not-a-store-format.json")
                                << QStringLiteral(" not a park store: \"format\" is not "
                                                  "\"parkexplorer.parks\"");
        QTest::newRow("missing") << QStringLiteral("no-such-file.json")
                                 << QStringLiteral(" no such file");
    }

    void refusedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString path = testData(file);
        const LoadResult result = ParkStore::loadFile(path);
        QCOMPARE(result.status, LoadResult::Status::Failed);
        QVERIFY(!result.isUsable());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().toString(), path + QLatin1Char(':') + message);
    }

    void syntaxErrorColumnCountsCharacters()
    {
        // The error sits after two Chinese characters: columns count
        // characters, not bytes.
        const QByteArray bytes = "{\"parks\": [\"中文\" 1]}";
        const LoadResult result = ParkStore::loadBytes(bytes, QStringLiteral("x.json"));
        QCOMPARE(result.status, LoadResult::Status::Failed);
        QCOMPARE(result.problems.first().line, 1);
        QCOMPARE(result.problems.first().column, 17);
    }

    void byteOrderMarkIsAccepted()
    {
        const QByteArray bytes =
            QByteArray("\xEF\xBB\xBF") + readAll(testData(QStringLiteral("store-small.json")));
        const LoadResult result = ParkStore::loadBytes(bytes, QStringLiteral("bom.json"));
        QCOMPARE(result.status, LoadResult::Status::Ok);
        QCOMPARE(result.document.parks.size(), 10);
    }

    void newerVersionOpensReadOnly()
    {
        const QString path = testData(QStringLiteral("newer-version.json"));
        const LoadResult result = ParkStore::loadFile(path);
        QVERIFY(result.isUsable());
        QVERIFY(result.readOnly);
        QVERIFY(result.readOnlyReason.contains(QStringLiteral("format version 2")));
        QVERIFY(result.readOnlyReason.contains(path));
    }

    void oversizedFileIsRefusedBeforeReading()
    {
        const QString path = testData(QStringLiteral("store-small.json"));
        const LoadResult result = ParkStore::loadFile(path, 1024);
        QCOMPARE(result.status, LoadResult::Status::Failed);
        QVERIFY2(result.problems.first().message.contains(QStringLiteral("more than")),
                 qPrintable(result.problems.first().message));
    }

    void saveKeepsBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parks.json"));
        const QByteArray original = readAll(testData(QStringLiteral("store-small.json")));
        QVERIFY(writeAll(path, original));

        LoadResult loaded = ParkStore::loadFile(path);
        loaded.document.parks[0].nameEn = QStringLiteral("Renamed Park");
        QVERIFY(ParkStore::save(loaded.document, path).ok());

        QCOMPARE(readAll(path + QStringLiteral(".bak")), original);
        const QByteArray saved = readAll(path);
        QVERIFY(saved.contains("\"nameEn\": \"Renamed Park\""));
        QCOMPARE(ParkStore::loadBytes(saved, path).document.parks.at(0).nameEn,
                 QStringLiteral("Renamed Park"));
    }

    // A disk that fills up during the save: the message says so in the
    // system's words, and the old file and its backup stay as they were.
    // Needs a small file system of its own (a tmpfs, mounted as root).
    void fullDiskSaysNoSpaceLeft()
    {
        QTemporaryDir dir;
        const QByteArray mountPoint = QFile::encodeName(dir.filePath(QStringLiteral("small")));
        QVERIFY(QDir().mkpath(QString::fromLocal8Bit(mountPoint)));
        const QByteArray command =
            "mount -t tmpfs -o size=64k tmpfs '" + mountPoint + "' 2>/dev/null";
        if (::geteuid() != 0 || std::system(command.constData()) != 0)
            QSKIP("mounting a small file system needs root");
        const auto unmount = qScopeGuard(
            [&] { QVERIFY(std::system(("umount '" + mountPoint + "'").constData()) == 0); });
        const QString path = QString::fromLocal8Bit(mountPoint) + QStringLiteral("/parks.json");
        const QByteArray original = readAll(testData(QStringLiteral("store-small.json")));
        QVERIFY(writeAll(path, original));
        LoadResult loaded = ParkStore::loadFile(path);
        QVERIFY(loaded.isUsable());
        loaded.document.parks[0].notes = QString(200000, QLatin1Char('x'));
        const SaveResult saved = ParkStore::save(loaded.document, path);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.message.contains(QStringLiteral("No space left on device")),
                 qPrintable(saved.message));
        QCOMPARE(readAll(path), original);
        QCOMPARE(QDir(QString::fromLocal8Bit(mountPoint)).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("parks.json")});
    }

    void saveVariants_data()
    {
        QTest::addColumn<bool>("throughSymlink");
        QTest::newRow("backup linked") << false;
        QTest::newRow("backup copied") << true;
    }

    void symlinkBackupIsReplacedNotFollowed_data() { saveVariants_data(); }
    void symlinkBackupIsReplacedNotFollowed()
    {
        // An old FILE.bak that is a symbolic link is replaced itself; the
        // file it points to is never written.
        QFETCH(bool, throughSymlink);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parks.json"));
        const QByteArray original = readAll(testData(QStringLiteral("store-small.json")));
        QVERIFY(!makeStore(dir, original, throughSymlink).isEmpty());
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        QVERIFY(writeAll(victim, "not a park store\n"));
        QVERIFY(QFile::link(victim, path + QStringLiteral(".bak")));

        LoadResult loaded = ParkStore::loadFile(path);
        loaded.document.parks.removeLast();
        const SaveResult result = ParkStore::save(loaded.document, path);
        QVERIFY2(result.ok(), qPrintable(result.message));

        QCOMPARE(readAll(victim), QByteArray("not a park store\n"));
        const QFileInfo backup(path + QStringLiteral(".bak"));
        QVERIFY(!backup.isSymLink());
        QVERIFY(backup.isFile());
        QCOMPARE(readAll(backup.filePath()), original);
        QCOMPARE(ParkStore::loadFile(path).document.parks.size(), loaded.document.parks.size());
    }

    void backupHasStorePermissions_data() { saveVariants_data(); }
    void backupHasStorePermissions()
    {
        // A store only its owner may read gets a backup only its owner may
        // read, and stays so itself.
        QFETCH(bool, throughSymlink);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parks.json"));
        const QByteArray original = readAll(testData(QStringLiteral("store-small.json")));
        const QString real = makeStore(dir, original, throughSymlink);
        QVERIFY(!real.isEmpty());
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QVERIFY(QFile::setPermissions(real, ownerOnly));
        QCOMPARE(statOf(real).st_mode & 07777, mode_t(0600));

        LoadResult loaded = ParkStore::loadFile(path);
        loaded.document.parks.removeLast();
        const SaveResult result = ParkStore::save(loaded.document, path);
        QVERIFY2(result.ok(), qPrintable(result.message));

        const QString backup = path + QStringLiteral(".bak");
        QCOMPARE(readAll(backup), original);
        QCOMPARE(QFileInfo(backup).permissions(), QFileInfo(real).permissions());
        QCOMPARE(statOf(backup).st_mode & 07777, mode_t(0600));
        QCOMPARE(statOf(real).st_mode & 07777, mode_t(0600));
    }

    void saveKeepsOwnerGroupAndMode_data() { saveVariants_data(); }
    void saveKeepsOwnerGroupAndMode()
    {
        // Saving as root a file that belongs to someone else leaves it
        // theirs, with its group and its setgid bit; the backup too.
        if (geteuid() != 0)
            QSKIP("only root can give files to other users");
        QFETCH(bool, throughSymlink);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parks.json"));
        const QByteArray original = readAll(testData(QStringLiteral("store-small.json")));
        const QString real = makeStore(dir, original, throughSymlink);
        QVERIFY(!real.isEmpty());
        const QByteArray realName = QFile::encodeName(real);
        QCOMPARE(::chown(realName.constData(), 65534, 65534), 0);
        QCOMPARE(::chmod(realName.constData(), 02640), 0);
        const ino_t before = statOf(real).st_ino;

        LoadResult loaded = ParkStore::loadFile(path);
        loaded.document.parks.removeLast();
        const SaveResult result = ParkStore::save(loaded.document, path);
        QVERIFY2(result.ok(), qPrintable(result.message));

        const struct stat saved = statOf(real);
        QVERIFY(saved.st_ino != before); // a new file, not the old one rewritten
        QCOMPARE(saved.st_uid, uid_t(65534));
        QCOMPARE(saved.st_gid, gid_t(65534));
        QCOMPARE(saved.st_mode & 07777, mode_t(02640));
        QVERIFY(readAll(real) != original);
        const struct stat backup = statOf(path + QStringLiteral(".bak"));
        QCOMPARE(backup.st_uid, uid_t(65534));
        QCOMPARE(backup.st_gid, gid_t(65534));
        QCOMPARE(backup.st_mode & 07777, mode_t(02640));
        QCOMPARE(readAll(path + QStringLiteral(".bak")), original);
    }

    void otherHardLinksKeepTheOldVersion()
    {
        // Saving gives the store a new file; another name of the old file
        // (a hard link) keeps the old content, as docs/file-format.md says.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parks.json"));
        const QByteArray original = readAll(testData(QStringLiteral("store-small.json")));
        QVERIFY(writeAll(path, original));
        const QString other = dir.filePath(QStringLiteral("other-name.json"));
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()),
                 0);

        LoadResult loaded = ParkStore::loadFile(path);
        loaded.document.parks.removeLast();
        const SaveResult result = ParkStore::save(loaded.document, path);
        QVERIFY2(result.ok(), qPrintable(result.message));

        QCOMPARE(readAll(other), original);
        QCOMPARE(readAll(path + QStringLiteral(".bak")), original);
        QVERIFY(readAll(path) != original);
        QVERIFY(statOf(path).st_ino != statOf(other).st_ino);
    }

    void failedSaveLeavesOldFileIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parks.json"));
        const QByteArray original = readAll(testData(QStringLiteral("store-small.json")));
        QVERIFY(writeAll(path, original));
        // A folder others may read but not write. Root ignores permissions,
        // so as root the save runs in a child process as "nobody".
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                      QFileDevice::ReadOther |
                                                      QFileDevice::ExeOther));
        LoadResult loaded = ParkStore::loadFile(path);
        loaded.document.parks.removeLast();

        SaveResult result;
        if (geteuid() == 0) {
            const pid_t child = fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(3);
                const SaveResult r = ParkStore::save(loaded.document, path);
                _exit(r.ok() ? 1 : (r.message.startsWith(path) ? 0 : 2));
            }
            int status = 0;
            QCOMPARE(waitpid(child, &status, 0), child);
            QVERIFY(WIFEXITED(status));
            QCOMPARE(WEXITSTATUS(status), 0);
        } else {
            result = ParkStore::save(loaded.document, path);
            QVERIFY(!result.ok());
            QVERIFY2(result.message.startsWith(path), qPrintable(result.message));
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        QCOMPARE(readAll(path), original);
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
    }

    void saveIntoMissingFolderFails()
    {
        // Works for root too: a folder that does not exist cannot be written.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone/parks.json"));
        const LoadResult loaded = ParkStore::loadFile(testData(QStringLiteral("store-small.json")));
        const SaveResult result = ParkStore::save(loaded.document, path);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.startsWith(path), qPrintable(result.message));
        QVERIFY(!QFile::exists(path));
    }

    void failedSaveOverFolderKeepsOldFile()
    {
        // A file whose backup cannot be written (FILE.bak is a folder) is
        // left exactly as it was: the new version is not committed.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parks.json"));
        const QByteArray original = readAll(testData(QStringLiteral("store-small.json")));
        QVERIFY(writeAll(path, original));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("parks.json.bak")));
        LoadResult loaded = ParkStore::loadFile(path);
        loaded.document.parks.removeLast();
        const SaveResult result = ParkStore::save(loaded.document, path);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(QStringLiteral("parks.json.bak")),
                 qPrintable(result.message));
        QCOMPARE(readAll(path), original);
    }

    // The fingerprint that tells whether another program changed a file:
    // the same in every process (a child's is compared with its parent's),
    // and different for any change, a byte's last bit or a trailing zero.
    void theFingerprintIsStableAndSeesEveryChange()
    {
        QCOMPARE(ParkStore::hash(QByteArray()).size(), 16);
        // Fixed values: a hash seeded per process would differ on each run.
        QCOMPARE(ParkStore::hash(QByteArray()).toHex(),
                 QByteArray("20fe870e8020ba20c045d240e1bb1942"));
        QCOMPARE(ParkStore::hash("{\"parks\": []}\n").toHex(),
                 QByteArray("da604d69bace84d2aba6fda655e59036"));

        QByteArray bytes(1000, Qt::Uninitialized);
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 37 + i / 7);
        const QByteArray original = ParkStore::hash(bytes);
        QCOMPARE(ParkStore::hash(QByteArray(bytes)), original);
        QSet<QByteArray> seen{original};
        // Every byte of the 32-byte blocks and of the tail, one bit each.
        for (int i = 0; i < bytes.size(); ++i) {
            for (int bit : {0, 7}) {
                QByteArray changed = bytes;
                changed[i] = char(changed[i] ^ (1 << bit));
                const QByteArray h = ParkStore::hash(changed);
                QVERIFY2(!seen.contains(h), qPrintable(QStringLiteral("byte %1").arg(i)));
                seen.insert(h);
            }
        }
        // A zero added or removed at the end, and every shorter prefix.
        QVERIFY(!seen.contains(ParkStore::hash(bytes + '\0')));
        for (int n = 0; n < bytes.size(); ++n)
            QVERIFY2(!seen.contains(ParkStore::hash(bytes.left(n))),
                     qPrintable(QString::number(n)));
        QVERIFY(ParkStore::hash(QByteArray(31, '\0')) != ParkStore::hash(QByteArray(32, '\0')));
        QVERIFY(ParkStore::hash(QByteArray(32, '\0')) != ParkStore::hash(QByteArray(33, '\0')));
    }

    void embeddedResourceIsNeverWritten()
    {
        const LoadResult loaded = ParkStore::loadFile(ParkStore::EmbeddedPath);
        const SaveResult result = ParkStore::save(loaded.document, ParkStore::EmbeddedPath);
        QVERIFY(!result.ok());
        QVERIFY(result.message.contains(QStringLiteral("embedded")));
    }

    void foundingDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("precision");
        QTest::newRow("year") << QStringLiteral("2017") << true
                              << int(FoundingDate::Precision::Year);
        QTest::newRow("month") << QStringLiteral("2017-04") << true
                               << int(FoundingDate::Precision::Month);
        QTest::newRow("day") << QStringLiteral("2017-04-28") << true
                             << int(FoundingDate::Precision::Day);
        QTest::newRow("leap day") << QStringLiteral("2020-02-29") << true
                                  << int(FoundingDate::Precision::Day);
        QTest::newRow("no leap day") << QStringLiteral("2019-02-29") << false << 0;
        QTest::newRow("month 13") << QStringLiteral("2019-13") << false << 0;
        QTest::newRow("slashes") << QStringLiteral("2019/01/01") << false << 0;
    }

    void foundingDates()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, precision);
        QString error;
        const FoundingDate d = FoundingDate::fromString(text, &error);
        QCOMPARE(d.isKnown(), valid);
        QCOMPARE(error.isEmpty(), valid);
        QCOMPARE(int(d.precision()), precision);
        if (valid)
            QCOMPARE(d.toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestParkStore)
#include "tst_parkstore.moc"
