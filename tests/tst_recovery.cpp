// Crash recovery per document and per instance: the recovery file of a
// document is offered whenever that document is opened, each instance keeps
// to its own document's file, and a document another instance has open is
// opened read-only. The last tests run real instances (this binary, started
// again as a child) and kill them.
#include "documentcontroller.h"
#include "documentsession.h"
#include "editing/parkcommands.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "recoveryautosave.h"
#include "recoveryfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// <AppDataLocation>/recovery, as documented.
QString recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString discardedFolder()
{
    return recoveryFolder() + QStringLiteral("/discarded");
}

// The recovery files kept for documents, oldest first.
QStringList recoveryFiles()
{
    QStringList files;
    const QDir dir(recoveryFolder());
    for (const QString &name :
         dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time | QDir::Reversed))
        files << dir.filePath(name);
    return files;
}

QStringList discardedFiles()
{
    QStringList files;
    const QDir dir(discardedFolder());
    for (const QString &name : dir.entryList(QDir::Files))
        files << dir.filePath(name);
    return files;
}

bool setModified(const QString &path, const QDateTime &when)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(when, QFileDevice::FileModificationTime);
}

// Renames a park (both names, so that either language shows it) as one
// step on the controller's undo stack.
void rename(DocumentController &doc, int row, const QString &name)
{
    ParkTableModel *model = doc.session()->model();
    ParkRecord after = model->record(row);
    after.nameEn = name;
    after.nameZh = name;
    doc.undoStack()->push(
        new EditParkCommand(model, row, model->record(row), after, QStringLiteral("Rename")));
}

// Whether TEXT says "7 parks changed" (PATTERN "7 parks? changed"), or
// "7 park(s) changed" where no translation gives the plural.
bool mentionsCount(const QString &text, const char *pattern)
{
    QString expression = QString::fromLatin1(pattern);
    expression.replace(QStringLiteral("parks?"), QStringLiteral("park(s|\\(s\\))?"));
    return text.contains(QRegularExpression(expression));
}

// ---- The child processes -------------------------------------------------

// Prints one line and makes sure the parent sees it at once.
void say(const QByteArray &line)
{
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

// Blocks until the parent writes a line or closes the pipe (or kills us).
void waitForParent()
{
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly))
        in.readLine();
}

// Opens PATH as an instance started with it would, renames the first park,
// writes the recovery file and waits to be killed.
int editChild(const QString &path, const QString &name)
{
    DocumentController doc;
    doc.openAtStartup(path);
    if (doc.session()->path() != path || doc.session()->isReadOnly())
        return 2;
    rename(doc, 0, name);
    if (!doc.writeRecoveryFile())
        return 3;
    say("ready");
    waitForParent();
    return 0;
}

// Opens PATH as an instance started with it would, restores what is offered
// and reports whether recovery was offered and how many parks differ from
// the file on disk.
int reportChild(const QString &path)
{
    DocumentController doc;
    DocumentPrompts prompts;
    bool offered = false;
    prompts.restoreRecovery = [&offered](const QString &) {
        offered = true;
        return true;
    };
    doc.setPrompts(prompts);
    doc.openAtStartup(path);
    if (doc.session()->path() != path)
        return 2;
    const LoadResult onDisk = ParkStore::loadFile(path);
    const QList<ParkRecord> now = doc.session()->model()->records();
    qsizetype differ = qAbs(now.size() - onDisk.document.parks.size());
    for (qsizetype i = 0; i < std::min(now.size(), onDisk.document.parks.size()); ++i) {
        if (now.at(i) != onDisk.document.parks.at(i))
            ++differ;
    }
    say(QStringLiteral("offered %1 differ %2 readonly %3 first %4")
            .arg(int(offered))
            .arg(differ)
            .arg(int(doc.session()->isReadOnly()))
            .arg(doc.session()->model()->record(0).nameEn)
            .toUtf8());
    return 0;
}

// Opens PATH while another instance has it and reports how it was opened.
int openChild(const QString &path)
{
    DocumentController doc;
    QString notice;
    QObject::connect(&doc, &DocumentController::failed,
                     [&notice](const QString &, const QString &text) { notice = text; });
    doc.openAtStartup(path);
    if (doc.session()->path() != path)
        return 2;
    // Nothing this instance does may touch the other's recovery file.
    ParkTableModel *model = doc.session()->model();
    ParkRecord after = model->record(1);
    after.nameEn = QStringLiteral("Second's edit");
    doc.undoStack()->push(
        new EditParkCommand(model, 1, model->record(1), after, QStringLiteral("Edit")));
    doc.writeRecoveryFile();
    doc.close();
    say(QStringLiteral("readonly %1 notice %2")
            .arg(int(doc.session()->isReadOnly()))
            .arg(notice)
            .toUtf8());
    return 0;
}

QByteArray readLine(QProcess &child)
{
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(60000))
            return QByteArray("(no answer) ") + child.readAllStandardError();
    }
    return child.readLine().trimmed();
}

void startChild(QProcess &child, const QStringList &arguments)
{
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), arguments);
}

void killChild(QProcess &child)
{
    if (child.state() != QProcess::NotRunning) {
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished(60000);
    }
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString pathA;
    QString pathB;
    QByteArray original;
    QList<bool> restoreAnswers;
    QStringList restoreQuestions;
    QList<UnsavedChoice> unsavedAnswers;

    // An instance of the app, without its window: answers come from the
    // lists above.
    std::unique_ptr<DocumentController> makeController()
    {
        auto controller = std::make_unique<DocumentController>();
        DocumentPrompts prompts;
        prompts.unsavedChanges = [this] {
            return unsavedAnswers.isEmpty() ? UnsavedChoice::Cancel : unsavedAnswers.takeFirst();
        };
        prompts.confirm = [](const QString &) { return false; };
        prompts.restoreRecovery = [this](const QString &question) {
            restoreQuestions << question;
            return restoreAnswers.isEmpty() ? false : restoreAnswers.takeFirst();
        };
        controller->setPrompts(prompts);
        return controller;
    }

    // An instance that edited PATH (renamed the first park to NAME), wrote
    // its recovery file and then ended without closing, as in a crash.
    void crashWithEdits(const QString &path, const QString &name)
    {
        auto crashed = makeController();
        QVERIFY(crashed->open(path));
        rename(*crashed, 0, name);
        QVERIFY(crashed->writeRecoveryFile());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        pathA = dir.filePath(QStringLiteral("a.json"));
        pathB = dir.filePath(QStringLiteral("b.json"));
        original = readAll(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QVERIFY(!original.isEmpty());
    }

    void init()
    {
        QDir(recoveryFolder()).removeRecursively();
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/recovery.json"));
        for (const QString &path : {pathA, pathB}) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral(".bak"));
            QVERIFY(QFile::copy(QStringLiteral(TESTDATA_DIR "/store-small.json"), path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        }
        restoreAnswers.clear();
        restoreQuestions.clear();
        unsavedAnswers.clear();
    }

    void cleanupTestCase() { QDir(recoveryFolder()).removeRecursively(); }

    // Started with a file, File > Open and a dropped file (which opens
    // through the same function) all offer that file's recovered edits.
    void recoveryIsOfferedWhenItsFileIsOpened_data()
    {
        QTest::addColumn<bool>("atStartup");
        QTest::newRow("started with the file") << true;
        QTest::newRow("File > Open") << false;
    }

    void recoveryIsOfferedWhenItsFileIsOpened()
    {
        QFETCH(bool, atStartup);
        crashWithEdits(pathA, QStringLiteral("Recovered"));
        auto doc = makeController();
        restoreAnswers = {true};
        if (atStartup) {
            doc->openAtStartup(pathA);
        } else {
            doc->openAtStartup(pathB);
            QVERIFY(restoreQuestions.isEmpty());
            QVERIFY(doc->open(pathA));
        }
        QCOMPARE(restoreQuestions.size(), 1);
        QCOMPARE(doc->session()->path(), pathA);
        QCOMPARE(doc->session()->model()->record(0).nameEn, QStringLiteral("Recovered"));
        QVERIFY(doc->isModified());
        QCOMPARE(readAll(pathA), original);
        // Restoring is one step that can be undone.
        doc->undoStack()->undo();
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->session()->model()->record(0).nameEn,
                 QStringLiteral("Xixigu Blockchain Park"));
    }

    // Opening another file and closing normally leaves the recovery file of
    // a document that was not opened alone.
    void closingAnotherDocumentKeepsTheRecovery()
    {
        crashWithEdits(pathA, QStringLiteral("Kept for later"));
        {
            auto other = makeController();
            other->openAtStartup(pathB);
            QCOMPARE(other->session()->path(), pathB);
            other->close();
        }
        auto doc = makeController();
        restoreAnswers = {true};
        doc->openAtStartup(pathA);
        QCOMPARE(restoreQuestions.size(), 1);
        QCOMPARE(doc->session()->model()->record(0).nameEn, QStringLiteral("Kept for later"));
    }

    // Two instances on two documents: each writes its own recovery file,
    // and closing one (after saving) leaves the other's.
    void instancesOnDifferentDocumentsKeepSeparateFiles()
    {
        auto first = makeController();
        auto second = makeController();
        QVERIFY(first->open(pathA));
        QVERIFY(second->open(pathB));
        rename(*first, 0, QStringLiteral("First's edit"));
        rename(*second, 0, QStringLiteral("Second's edit"));
        QVERIFY(first->writeRecoveryFile());
        QVERIFY(second->writeRecoveryFile());
        QCOMPARE(recoveryFiles().size(), 2);

        QVERIFY(second->save());
        second->close();
        second.reset();
        QCOMPARE(recoveryFiles().size(), 1);
        const auto left = RecoveryFile::read(recoveryFiles().constFirst());
        QVERIFY2(left.ok(), qPrintable(left.message));
        QCOMPARE(left->document.parks.at(0).nameEn, QStringLiteral("First's edit"));

        // The first crashes; its edits come back with its document.
        first.reset();
        auto doc = makeController();
        restoreAnswers = {true};
        QVERIFY(doc->open(pathA));
        QCOMPARE(restoreQuestions.size(), 1);
        QCOMPARE(doc->session()->model()->record(0).nameEn, QStringLiteral("First's edit"));
    }

    // A second instance opening the same document may edit it too: it names
    // the instance that has it, keeps its own recovery file, and leaves the
    // first one's alone.
    void secondInstanceOnTheSameDocumentKeepsItsOwnRecovery_data()
    {
        QTest::addColumn<bool>("atStartup");
        QTest::newRow("started with the file") << true;
        QTest::newRow("File > Open") << false;
    }

    void secondInstanceOnTheSameDocumentKeepsItsOwnRecovery()
    {
        QFETCH(bool, atStartup);
        auto first = makeController();
        QVERIFY(first->open(pathA));
        rename(*first, 0, QStringLiteral("First's edit"));
        QVERIFY(first->writeRecoveryFile());
        QCOMPARE(recoveryFiles().size(), 1);
        const QString theirs = recoveryFiles().constFirst();
        const QByteArray theirBytes = readAll(theirs);

        auto second = makeController();
        QSignalSpy failed(second.get(), &DocumentController::failed);
        if (atStartup) {
            second->openAtStartup(pathA);
        } else {
            second->openAtStartup(pathB);
            QVERIFY(second->open(pathA));
        }
        QCOMPARE(second->session()->path(), pathA);
        QVERIFY(!second->session()->isReadOnly());
        QVERIFY(!failed.isEmpty());
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("Open in another window"));
        const QString notice = failed.last().at(1).toString();
        QVERIFY2(notice.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(notice));
        QVERIFY2(notice.contains(QSysInfo::machineHostName()), qPrintable(notice));
        QVERIFY2(notice.contains(QFileInfo(QCoreApplication::applicationFilePath()).fileName()),
                 qPrintable(notice));
        // The first one's edits are its own: not offered here.
        QVERIFY(restoreQuestions.isEmpty());
        QCOMPARE(second->session()->model()->record(0).nameEn,
                 QStringLiteral("Xixigu Blockchain Park"));

        // Its own edits go to a recovery file of its own.
        rename(*second, 1, QStringLiteral("Second's edit"));
        QVERIFY(second->writeRecoveryFile());
        const QString mine = second->recovery()->path();
        QVERIFY(mine != theirs);
        QVERIFY(RecoveryFile::isSlotOf(recoveryFolder(), pathA, mine));
        QCOMPARE(readAll(theirs), theirBytes);
        QCOMPARE(recoveryFiles().size(), 2);
        QCOMPARE(readAll(pathA), original);

        // Both crash: each one's edits are offered, one document opening at
        // a time.
        first.reset();
        second.reset();
        auto third = makeController();
        restoreAnswers = {true};
        QVERIFY(third->open(pathA));
        QCOMPARE(restoreQuestions.size(), 1);
        const QString restoredName =
            third->session()->model()->record(0).nameEn == QStringLiteral("First's edit")
                ? QStringLiteral("first")
                : QStringLiteral("second");
        auto fourth = makeController();
        restoreAnswers = {true};
        QVERIFY(fourth->open(pathA));
        QCOMPARE(restoreQuestions.size(), 2);
        const bool fourthHasFirst =
            fourth->session()->model()->record(0).nameEn == QStringLiteral("First's edit");
        const bool fourthHasSecond =
            fourth->session()->model()->record(1).nameEn == QStringLiteral("Second's edit");
        QVERIFY(restoredName == QStringLiteral("first") ? fourthHasSecond : fourthHasFirst);
    }

    // A lock left on a shared folder by an instance on another computer:
    // whether that still runs cannot be told, so its recovery file is left
    // alone; the document opens with a recovery file of its own, and the
    // notice names the computer and the lock file to delete if not.
    void aLockFromAnotherComputerIsNotTakenOver()
    {
        const QString lock = RecoveryFile::lockPath(RecoveryFile::pathFor(recoveryFolder(), pathA));
        QVERIFY(QDir().mkpath(recoveryFolder()));
        QFile file(lock);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("424242\nparkexplorer\nother-computer\n0123456789abcdef\nfedcba\n");
        file.close();

        auto doc = makeController();
        QSignalSpy failed(doc.get(), &DocumentController::failed);
        QVERIFY(doc->open(pathA));
        QVERIFY(!doc->session()->isReadOnly());
        QVERIFY(!failed.isEmpty());
        const QString notice = failed.last().at(1).toString();
        for (const QString &part : {QStringLiteral("424242"), QStringLiteral("other-computer"),
                                    QDir::toNativeSeparators(lock)})
            QVERIFY2(notice.contains(part), qPrintable(notice));
        QVERIFY(QFile::exists(lock));
        QCOMPARE(doc->recovery()->path(), RecoveryFile::pathFor(recoveryFolder(), pathA, 1));
    }

    // Declining moves the edits to recovery/discarded, which the question
    // names; they are not offered again.
    void decliningMovesTheEditsToDiscarded()
    {
        crashWithEdits(pathA, QStringLiteral("Not wanted"));
        QCOMPARE(recoveryFiles().size(), 1);
        // Kept long ago: the discarded copy still stays its seven days.
        QVERIFY(
            setModified(recoveryFiles().constFirst(), QDateTime::currentDateTime().addDays(-10)));
        auto doc = makeController();
        restoreAnswers = {false};
        doc->openAtStartup(pathA);
        QCOMPARE(restoreQuestions.size(), 1);
        QVERIFY2(restoreQuestions.last().contains(QDir::toNativeSeparators(discardedFolder())),
                 qPrintable(restoreQuestions.last()));
        QVERIFY(!doc->isModified());
        QVERIFY(recoveryFiles().isEmpty());
        QCOMPARE(discardedFiles().size(), 1);
        const auto discarded = RecoveryFile::read(discardedFiles().constFirst());
        QVERIFY2(discarded.ok(), qPrintable(discarded.message));
        QCOMPARE(discarded->document.parks.at(0).nameEn, QStringLiteral("Not wanted"));

        QVERIFY(doc->open(pathB));
        QVERIFY(doc->open(pathA));
        QCOMPARE(restoreQuestions.size(), 1);
        doc->close();
        doc = makeController();
        doc->openAtStartup(QString());
        QCOMPARE(restoreQuestions.size(), 1);
        QCOMPARE(discardedFiles().size(), 1);
    }

    // Discarded edits older than seven days are deleted when the app starts.
    void oldDiscardedEditsArePrunedAtStart()
    {
        QVERIFY(QDir().mkpath(discardedFolder()));
        const QString old = discardedFolder() + QStringLiteral("/old.json");
        const QString recent = discardedFolder() + QStringLiteral("/recent.json");
        for (const QString &path : {old, recent})
            QVERIFY(QFile::copy(QStringLiteral(TESTDATA_DIR "/store-small.json"), path));
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(setModified(old, now.addDays(-7).addSecs(-60)));
        QVERIFY(setModified(recent, now.addDays(-6)));
        auto doc = makeController();
        doc->openAtStartup(pathA);
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(recent));
    }

    // The question says what will be restored: how many parks changed, were
    // added and deleted, which ones (the first few, then how many more), and
    // when the edits were kept.
    void theQuestionSaysWhatWillBeRestored()
    {
        {
            auto crashed = makeController();
            QVERIFY(crashed->open(pathA));
            ParkTableModel *model = crashed->session()->model();
            for (int row = 0; row < 7; ++row)
                rename(*crashed, row, QStringLiteral("Changed %1").arg(row));
            const QString deleted = model->record(9).displayName(model->isEnglish());
            crashed->undoStack()->push(
                new RemoveParksCommand(model, {9}, QStringLiteral("Delete")));
            ParkRecord added = model->record(0);
            added.id = QStringLiteral("new-1");
            added.nameEn = added.nameZh = QStringLiteral("Added Park");
            crashed->undoStack()->push(
                new InsertParksCommand(model, {9}, {added}, QStringLiteral("Add")));
            QVERIFY(crashed->writeRecoveryFile());
            QVERIFY(!deleted.isEmpty());
        }
        QCOMPARE(recoveryFiles().size(), 1);
        const auto kept = RecoveryFile::read(recoveryFiles().constFirst());
        QVERIFY(kept.ok());
        auto doc = makeController();
        restoreAnswers = {true};
        doc->openAtStartup(pathA);
        QCOMPARE(restoreQuestions.size(), 1);
        const QString question = restoreQuestions.last();
        for (const char *count : {"7 parks? changed", "1 parks? added", "1 parks? deleted"})
            QVERIFY2(mentionsCount(question, count),
                     qPrintable(QString::fromLatin1(count) + QStringLiteral(" in: ") + question));
        for (const QString &part :
             {QStringLiteral("Changed 0"), QStringLiteral("Changed 4"),
              QStringLiteral("and 4 more"),
              kept->savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
              QDir::toNativeSeparators(pathA), QStringLiteral("discarded")})
            QVERIFY2(question.contains(part),
                     qPrintable(part + QStringLiteral(" in: ") + question));
        QVERIFY2(!question.contains(QStringLiteral("Changed 5")), qPrintable(question));
        QCOMPARE(doc->session()->model()->rowCount(), 10);
        QCOMPARE(doc->session()->model()->record(9).nameEn, QStringLiteral("Added Park"));
        QCOMPARE(doc->undoStack()->count(), 1);

        // A few changes are all named, deleted ones under their old names.
        doc->undoStack()->undo();
        const ParkRecord gone = doc->session()->model()->record(3);
        const QString goneName = gone.displayName(doc->session()->model()->isEnglish());
        doc->undoStack()->push(
            new RemoveParksCommand(doc->session()->model(), {3}, QStringLiteral("Delete")));
        rename(*doc, 0, QStringLiteral("Only change"));
        QVERIFY(doc->writeRecoveryFile());
        doc.reset();
        doc = makeController();
        restoreAnswers = {true};
        doc->openAtStartup(pathA);
        QCOMPARE(restoreQuestions.size(), 2);
        for (const char *count : {"1 parks? changed", "1 parks? deleted"})
            QVERIFY2(mentionsCount(restoreQuestions.last(), count),
                     qPrintable(QString::fromLatin1(count) + QStringLiteral(" in: ") +
                                restoreQuestions.last()));
        QVERIFY(!mentionsCount(restoreQuestions.last(), "added"));
        for (const QString &part : {QStringLiteral("Only change"), goneName})
            QVERIFY2(restoreQuestions.last().contains(part),
                     qPrintable(part + QStringLiteral(" in: ") + restoreQuestions.last()));
        QVERIFY(!restoreQuestions.last().contains(QStringLiteral("more")));
    }

    // A normal close keeps the recovery file while there are unsaved edits
    // the user did not discard, and removes it otherwise.
    void closeRemovesOnlyEditsThatAreSavedOrDiscarded()
    {
        auto doc = makeController();
        QVERIFY(doc->open(pathA));
        rename(*doc, 0, QStringLiteral("Unsaved"));
        QVERIFY(doc->writeRecoveryFile());
        doc->close();
        QCOMPARE(recoveryFiles().size(), 1);
        doc.reset();

        doc = makeController();
        restoreAnswers = {true};
        QVERIFY(doc->open(pathA));
        QVERIFY(doc->isModified());
        unsavedAnswers = {UnsavedChoice::Discard};
        QVERIFY(doc->mayDrop());
        doc->close();
        QVERIFY(recoveryFiles().isEmpty());
        QVERIFY(discardedFiles().isEmpty());
    }

    // Saving under another name moves the recovery file to the new document.
    void saveAsMovesTheRecoveryToTheNewDocument()
    {
        const QString copy = dir.filePath(QStringLiteral("copy.json"));
        QFile::remove(copy);
        auto doc = makeController();
        QVERIFY(doc->open(pathA));
        rename(*doc, 0, QStringLiteral("Before save as"));
        QVERIFY(doc->writeRecoveryFile());
        QVERIFY(doc->saveAs(copy));
        QVERIFY(recoveryFiles().isEmpty());
        rename(*doc, 0, QStringLiteral("After save as"));
        QVERIFY(doc->writeRecoveryFile());
        doc.reset();

        doc = makeController();
        QVERIFY(doc->open(pathA));
        QVERIFY(restoreQuestions.isEmpty());
        restoreAnswers = {true};
        QVERIFY(doc->open(copy));
        QCOMPARE(restoreQuestions.size(), 1);
        QCOMPARE(doc->session()->model()->record(0).nameEn, QStringLiteral("After save as"));
        doc.reset();
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral(".bak"));
    }

    // The single recovery file of earlier versions is offered once, for its
    // document, whether that is opened at start or named on the command line.
    void anEarlierVersionsRecoveryFileIsOfferedOnce_data()
    {
        QTest::addColumn<bool>("withFile");
        QTest::newRow("started without a file") << false;
        QTest::newRow("started with its file") << true;
    }

    void anEarlierVersionsRecoveryFileIsOfferedOnce()
    {
        QFETCH(bool, withFile);
        LoadResult loaded = ParkStore::loadFile(pathA);
        QVERIFY(loaded.ok());
        loaded.document.parks[0].nameEn = QStringLiteral("From the old file");
        const QString legacy = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/recovery.json");
        QVERIFY(RecoveryFile::write(legacy, pathA, loaded.document).ok());

        auto doc = makeController();
        restoreAnswers = {true};
        doc->openAtStartup(withFile ? pathA : QString());
        QCOMPARE(restoreQuestions.size(), 1);
        QCOMPARE(doc->session()->path(), pathA);
        QCOMPARE(doc->session()->model()->record(0).nameEn, QStringLiteral("From the old file"));
        QVERIFY(!QFile::exists(legacy));
        QVERIFY(doc->save());
        doc->close();
        doc = makeController();
        doc->openAtStartup(pathA);
        QCOMPARE(restoreQuestions.size(), 1);
    }

    // A real instance killed after an edit: the next one started with the
    // file is offered the edit, and the file itself never changes.
    void aKilledInstancesEditsAreOfferedToTheNext()
    {
        QProcess editor;
        const auto killEditor = qScopeGuard([&editor] { killChild(editor); });
        startChild(editor, {QStringLiteral("--edit-child"), pathA, QStringLiteral("Killed edit")});
        QCOMPARE(readLine(editor), QByteArray("ready"));
        QCOMPARE(readAll(pathA), original);
        ::kill(pid_t(editor.processId()), SIGKILL);
        QVERIFY(editor.waitForFinished(60000));
        QCOMPARE(editor.exitStatus(), QProcess::CrashExit);
        QCOMPARE(readAll(pathA), original);

        QProcess next;
        const auto killNext = qScopeGuard([&next] { killChild(next); });
        startChild(next, {QStringLiteral("--report-child"), pathA});
        QCOMPARE(readLine(next), QByteArray("offered 1 differ 1 readonly 0 first Killed edit"));
        QVERIFY(next.waitForFinished(60000));
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(readAll(pathA), original);
    }

    // Two real instances on one file: the second may edit it too, names the
    // first's process and leaves its recovery file as it was.
    void twoInstancesOnOneFile()
    {
        QProcess holder;
        QProcess second;
        const auto killBoth = qScopeGuard([&] {
            killChild(second);
            killChild(holder);
        });
        startChild(holder, {QStringLiteral("--edit-child"), pathA, QStringLiteral("Holder's")});
        QCOMPARE(readLine(holder), QByteArray("ready"));
        const QStringList files = recoveryFiles();
        QList<QByteArray> bytes;
        for (const QString &file : files)
            bytes << readAll(file);

        startChild(second, {QStringLiteral("--open-child"), pathA});
        const QByteArray report = readLine(second);
        QVERIFY2(report.startsWith("readonly 0 notice "), report.constData());
        QVERIFY2(report.contains(QByteArray::number(holder.processId())), report.constData());
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(files.size(), 1);
        QCOMPARE(readAll(files.constFirst()), bytes.constFirst());
        QCOMPARE(readAll(pathA), original);
        QCOMPARE(holder.state(), QProcess::Running);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // A child: the same folders as the test (the same binary in test mode).
    if (argc >= 3 && qstrcmp(argv[1], "--edit-child") == 0 && argc == 4) {
        QStandardPaths::setTestModeEnabled(true);
        return editChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--report-child") == 0) {
        QStandardPaths::setTestModeEnabled(true);
        return reportChild(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--open-child") == 0) {
        QStandardPaths::setTestModeEnabled(true);
        return openChild(QString::fromLocal8Bit(argv[2]));
    }
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
