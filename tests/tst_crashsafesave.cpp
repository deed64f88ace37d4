#include "parkstore.h"
#include "syntheticstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>
#include <vector>

// Saving is atomic (QSaveFile, and FILE.bak written the same way), so a save
// killed at any moment leaves the complete old file or the complete new one,
// never a torn or empty one, and a FILE.bak that is some complete earlier
// version. This test kills real saves, in child processes, at random moments
// of their writing, many times over.

namespace {

// The child: loads the store, changes one record, says what it will write
// (the hash of the new bytes) and saves; "saved" marks the end of the save.
int saveChild(const QString &path)
{
    LoadResult loaded = ParkStore::loadFile(path);
    if (!loaded.isUsable() || loaded.document.parks.isEmpty())
        return 2;
    ParkRecord &first = loaded.document.parks[0];
    const int generation = first.notes.section(QLatin1Char(' '), -1).toInt();
    first.notes = QStringLiteral("generation %1").arg(generation + 1);
    const QByteArray next = ParkStore::hash(ParkStore::serialize(loaded.document));
    std::printf("ready %s\n", next.toHex().constData());
    std::fflush(stdout);
    if (!ParkStore::save(loaded.document, path).ok())
        return 1;
    std::printf("saved\n");
    std::fflush(stdout);
    return 0;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    const QByteArray bytes = f.readAll();
    return bytes.isEmpty() ? QByteArray() : ParkStore::hash(bytes).toHex();
}

// Names a killed save left behind (QSaveFile's temporary file where the
// system has no unnamed temporary files, or the backup's link).
QStringList leftovers(const QString &path)
{
    const QFileInfo info(path);
    QStringList names =
        QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral(".*")}, QDir::Files);
    names.removeAll(info.fileName() + QStringLiteral(".bak"));
    return names;
}

// Whether the process has a file open in the store's folder other than the
// store itself: the new version being written. On Linux QSaveFile writes an
// unnamed file (O_TMPFILE), which only /proc shows.
bool isWriting(qint64 pid, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath() + QLatin1Char('/');
    const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &fd : QDir(fds).entryList(QDir::Files | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds + QLatin1Char('/') + fd);
        if (target.startsWith(folder) && target != path)
            return true;
    }
    return false;
}

QByteArray readLine(QProcess &child)
{
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(120000))
            return QByteArray();
    }
    return child.readLine().trimmed();
}

// One worker: its own folder and store, its saves killed one after another.
// Each runs in a thread of its own, so that the moment of a kill does not
// wait for the other worker's checks.
struct Worker
{
    QString path;
    qint64 saveUs = 0;  // from "ready" to "saved"
    qint64 writeUs = 0; // from "ready" to the first bytes written
    int kills = 0;
    quint32 seed = 0;

    QByteArray current;        // hash of the file as it must be now
    QSet<QByteArray> versions; // hashes of every complete version so far
    int oldKept = 0;
    int newWritten = 0;
    int interrupted = 0; // kills that caught the new version being written
    QString failure;

    void run()
    {
        QRandomGenerator random(seed);
        for (int i = 0; i < kills && failure.isEmpty(); ++i)
            killOne(random, i % 2 == 1);
    }

    // Every other kill falls while the file is being written, since that
    // is the moment that matters and a short part of the whole save.
    void killOne(QRandomGenerator &random, bool whileWriting)
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--save-child"), path});
        const QByteArray ready = readLine(child);
        if (!ready.startsWith("ready ")) {
            failure = QStringLiteral("child failed: ") +
                      QString::fromLocal8Bit(ready + child.readAllStandardError());
            return;
        }
        const QByteArray expected = ready.mid(6);
        const qint64 pid = child.processId();
        qint64 delayUs = qint64(random.bounded(double(saveUs)));
        if (whileWriting) {
            // Serializing takes most of a save (more so in a sanitized
            // build), so these kills wait for the writing to start and then
            // fall somewhere in it.
            QElapsedTimer waited;
            waited.start();
            while (!isWriting(pid, path) && !child.waitForFinished(0) && waited.elapsed() < 60000)
                std::this_thread::sleep_for(std::chrono::microseconds(100));
            delayUs = qint64(random.bounded(double(std::max<qint64>(saveUs - writeUs, 1))));
        }
        QElapsedTimer sinceDecided;
        sinceDecided.start();
        while (sinceDecided.nsecsElapsed() / 1000 < delayUs && !child.waitForFinished(0))
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        if (child.state() != QProcess::NotRunning) {
            if (isWriting(pid, path))
                ++interrupted;
            ::kill(pid_t(pid), SIGKILL);
        }
        child.waitForFinished(60000);

        const QByteArray now = fileHash(path);
        if (now == expected) {
            ++newWritten;
            current = now;
            versions.insert(now);
        } else if (now == current) {
            ++oldKept;
        } else {
            failure = now.isEmpty() ? QStringLiteral("the file is missing or empty")
                                    : QStringLiteral("the file is neither the old nor the new "
                                                     "version");
            return;
        }
        const QString backup = path + QStringLiteral(".bak");
        if (QFile::exists(backup) && !versions.contains(fileHash(backup))) {
            failure = QStringLiteral("FILE.bak is not a complete earlier version");
            return;
        }
        for (const QString &name : leftovers(path))
            QFile::remove(QFileInfo(path).dir().filePath(name));
    }
};

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

} // namespace

class TestCrashSafeSave : public QObject
{
    Q_OBJECT

private slots:
    void killedSavesLeaveOldOrNewFile()
    {
        // 10,000 parks (11 MB) take tens of milliseconds to write, long
        // enough to be hit mid-write; 20,000 would take this test past two
        // minutes in a debug build on two cores, since every child loads
        // the store first. Sanitized builds run several times slower (the
        // strict JSON check most of all), so a smaller store keeps their
        // saves as long and the test near two minutes there.
        // PE_KILLTEST_RECORDS overrides.
        const int records = qEnvironmentVariableIntValue("PE_KILLTEST_RECORDS") > 0
                                ? qEnvironmentVariableIntValue("PE_KILLTEST_RECORDS")
                                : (sanitized ? 2500 : 10000);
        const int kills = 200;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ParkDocument document = SyntheticStore::generate(records, 20);

        // Two workers: the machine has two cores and a child spends most of
        // its life loading, not saving.
        std::vector<Worker> workers(2);
        for (size_t i = 0; i < workers.size(); ++i) {
            Worker &w = workers[i];
            QVERIFY(QDir(dir.path()).mkdir(QString::number(i)));
            w.path = dir.filePath(QStringLiteral("%1/parks.json").arg(i));
            QVERIFY(ParkStore::save(document, w.path).ok());
            w.current = fileHash(w.path);
            w.versions.insert(w.current);
            w.kills = kills / int(workers.size());
            w.seed = 20240601 + quint32(i);
        }

        // How long a save takes here, from "ready" to "saved", and when in
        // it the file is written (QSaveFile's temporary file appears).
        qint64 saveUs = 0;
        qint64 writeUs = 0;
        for (int i = 0; i < 2; ++i) {
            Worker &w = workers[0];
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--save-child"), w.path});
            const QByteArray ready = readLine(child);
            QVERIFY2(ready.startsWith("ready "), ready.constData());
            QElapsedTimer clock;
            clock.start();
            qint64 writingAt = -1;
            while (!child.canReadLine()) {
                if (writingAt < 0 && isWriting(child.processId(), w.path))
                    writingAt = clock.nsecsElapsed() / 1000;
                if (!child.waitForReadyRead(1) && child.state() == QProcess::NotRunning)
                    break;
            }
            QCOMPARE(readLine(child), QByteArray("saved"));
            saveUs = std::max(saveUs, clock.nsecsElapsed() / 1000);
            writeUs = std::max(writeUs, writingAt);
            QVERIFY(child.waitForFinished(120000));
            QCOMPARE(child.exitCode(), 0);
            w.current = ready.mid(6);
            QCOMPARE(fileHash(w.path), w.current);
            w.versions.insert(w.current);
        }
        writeUs = std::clamp<qint64>(writeUs, 0, saveUs - 1);
        qInfo("store of %d records (%lld bytes); a save takes %.1f ms, writing from %.1f ms",
              records, QFileInfo(workers[0].path).size(), double(saveUs) / 1000.0,
              double(writeUs) / 1000.0);

        QElapsedTimer total;
        total.start();
        std::vector<std::thread> threads;
        for (Worker &w : workers) {
            w.saveUs = saveUs;
            w.writeUs = writeUs;
            threads.emplace_back([&w] { w.run(); });
        }
        for (std::thread &t : threads)
            t.join();

        int oldKept = 0;
        int newWritten = 0;
        int interrupted = 0;
        for (const Worker &w : workers) {
            QVERIFY2(w.failure.isEmpty(), qPrintable(w.failure));
            oldKept += w.oldKept;
            newWritten += w.newWritten;
            interrupted += w.interrupted;
        }
        qInfo("%d saves killed in %.0f s: %d left the old file, %d the new one; %d were "
              "caught writing",
              oldKept + newWritten, double(total.elapsed()) / 1000.0, oldKept, newWritten,
              interrupted);
        QCOMPARE(oldKept + newWritten, kills);
        // The kills must have hit saves at work, or the test proves nothing.
        QVERIFY2(oldKept > 0 && newWritten > 0 && interrupted > 0,
                 "no save was interrupted while writing");
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--save-child") == 0) {
        QCoreApplication app(argc, argv);
        return saveChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafeSave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafesave.moc"
