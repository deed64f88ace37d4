// The document controller on its own: no window, no widget, answers to its
// questions from a script.
#include "documentcontroller.h"
#include "documentsession.h"
#include "editing/parkcommands.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "recoveryautosave.h"
#include "recoveryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestDocumentController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString path;
    QString recoveryPath;
    std::unique_ptr<DocumentController> doc;
    QList<UnsavedChoice> unsavedAnswers;
    QList<bool> confirmAnswers;
    QStringList questions;

    ParkTableModel *model() const { return doc->session()->model(); }

    // A new controller answering from the lists above.
    std::unique_ptr<DocumentController> makeController()
    {
        auto controller = std::make_unique<DocumentController>();
        controller->setPrompts({[this] {
                                    return unsavedAnswers.isEmpty() ? UnsavedChoice::Cancel
                                                                    : unsavedAnswers.takeFirst();
                                },
                                [this](const QString &q) {
                                    questions << q;
                                    return confirmAnswers.isEmpty() ? false
                                                                    : confirmAnswers.takeFirst();
                                }});
        return controller;
    }

    // Renames the first park, as one step on the undo stack.
    void rename(const QString &name)
    {
        ParkRecord after = model()->record(0);
        after.nameEn = name;
        doc->undoStack()->push(
            new EditParkCommand(model(), 0, model()->record(0), after, QStringLiteral("Rename")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        path = dir.filePath(QStringLiteral("parks.json"));
        recoveryPath = RecoveryFile::pathFor(RecoveryFile::defaultFolder(), path);
    }

    void init()
    {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".bak"));
        QDir(RecoveryFile::defaultFolder()).removeRecursively();
        QVERIFY(QFile::copy(QStringLiteral(TESTDATA_DIR "/store-small.json"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        unsavedAnswers.clear();
        confirmAnswers.clear();
        questions.clear();
        doc = makeController();
        QSignalSpy opened(doc.get(), &DocumentController::opened);
        QVERIFY(doc->open(path));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(doc->session()->path(), path);
        QCOMPARE(doc->recovery()->path(), recoveryPath);
        QCOMPARE(model()->rowCount(), 10);
        QVERIFY(!doc->isModified());
    }

    void cleanup()
    {
        doc.reset();
        QDir(RecoveryFile::defaultFolder()).removeRecursively();
    }

    // A user data file that cannot be read is never written, renamed or
    // rotated: the embedded dataset it fell back to saves beside it, under
    // a name the status line and the message state.
    void unreadableUserFileIsNeverOverwritten()
    {
        const QString user = DocumentSession::userDataPath();
        QVERIFY(QDir().mkpath(QFileInfo(user).absolutePath()));
        QByteArray broken = readAll(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        broken.insert(broken.lastIndexOf('}'), ",\n"); // a trailing comma
        QVERIFY(!ParkStore::loadBytes(broken, user).ok());
        QVERIFY(writeAll(user, broken));
        QFile::remove(user + QStringLiteral(".bak"));
        const QString copy = QFileInfo(user).absolutePath() + QStringLiteral("/parks-copy-1.json");
        QFile::remove(copy);

        doc = makeController();
        QSignalSpy failed(doc.get(), &DocumentController::failed);
        QSignalSpy messages(doc.get(), &DocumentController::message);
        doc->openAtStartup(QString());
        QCOMPARE(failed.count(), 1);
        QVERIFY(doc->session()->isEmbedded());
        QCOMPARE(DocumentSession::embeddedSaveTarget(), copy);
        QCOMPARE(doc->saveAsStartPath(), copy);

        rename(QStringLiteral("Edited"));
        QVERIFY(doc->save());
        QCOMPARE(readAll(user), broken);
        QVERIFY(!QFileInfo::exists(user + QStringLiteral(".bak")));
        QCOMPARE(doc->session()->path(), copy);
        QVERIFY(readAll(copy).contains("\"Edited\""));
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("was left as it is")));
        // Later saves go to the copy; the broken file still stays as it was.
        rename(QStringLiteral("Edited again"));
        QVERIFY(doc->save());
        QCOMPARE(readAll(user), broken);
        QVERIFY(readAll(copy).contains("\"Edited again\""));
        QFile::remove(user);
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral(".bak"));
    }

    // A user data file written by another instance after this one fell back
    // to the embedded dataset is not overwritten either.
    void userFileWrittenMeanwhileIsNotOverwritten()
    {
        const QString user = DocumentSession::userDataPath();
        QFile::remove(user);
        doc = makeController();
        doc->openAtStartup(QString());
        QVERIFY(doc->session()->isEmbedded());
        QVERIFY(QDir().mkpath(QFileInfo(user).absolutePath()));
        const QByteArray theirs = readAll(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QVERIFY(writeAll(user, theirs));
        rename(QStringLiteral("Mine"));
        QVERIFY(doc->save());
        QCOMPARE(readAll(user), theirs);
        QVERIFY(doc->session()->path() != user);
        QVERIFY(readAll(doc->session()->path()).contains("\"Mine\""));
        QFile::remove(user);
        QFile::remove(doc->session()->path());
    }

    void unsetAnswersAreTheSafeOnes()
    {
        DocumentController fresh;
        fresh.setPrompts({});
        QVERIFY(fresh.open(path));
        fresh.undoStack()->push(
            new EditParkCommand(fresh.session()->model(), 0, fresh.session()->model()->record(0),
                                fresh.session()->model()->record(0), QStringLiteral("Nothing")));
        QVERIFY(fresh.isModified());
        QVERIFY(!fresh.mayDrop());       // Cancel
        QVERIFY(!fresh.revertToSaved()); // No
    }

    void editingMarksTheDocumentModified()
    {
        QSignalSpy modified(doc.get(), &DocumentController::modifiedChanged);
        rename(QStringLiteral("Changed"));
        QVERIFY(doc->isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.at(0).at(0).toBool(), true);
        doc->undoStack()->undo();
        QVERIFY(!doc->isModified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(modified.at(1).at(0).toBool(), false);
    }

    void saveWritesTheFileAndKeepsABackup()
    {
        const QByteArray original = readAll(path);
        rename(QStringLiteral("Saved Name"));
        QSignalSpy saved(doc.get(), &DocumentController::saved);
        QSignalSpy message(doc.get(), &DocumentController::message);
        QVERIFY(doc->save());
        QVERIFY(!doc->isModified());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), path);
        QCOMPARE(message.count(), 1);
        QVERIFY(message.at(0).at(0).toString().startsWith(QStringLiteral("Saved to")));
        QVERIFY(readAll(path).contains("\"nameEn\": \"Saved Name\""));
        QCOMPARE(readAll(path + QStringLiteral(".bak")), original);
        QVERIFY(questions.isEmpty());
    }

    void saveAsMovesTheDocument()
    {
        const QString other = dir.filePath(QStringLiteral("copy.json"));
        QFile::remove(other);
        rename(QStringLiteral("Copied"));
        QVERIFY(!doc->saveAs(QString()));
        QVERIFY(doc->saveAs(other));
        QCOMPARE(doc->session()->path(), other);
        QCOMPARE(doc->changeWatcher()->path(), other);
        QVERIFY(readAll(other).contains("\"nameEn\": \"Copied\""));
        QVERIFY(!readAll(path).contains("Copied"));
        QFile::remove(other);
    }

    void failedSaveLeavesTheOldFile()
    {
        const QByteArray before = readAll(path);
        rename(QStringLiteral("Kept"));
        QSignalSpy failed(doc.get(), &DocumentController::failed);
        QSignalSpy saved(doc.get(), &DocumentController::saved);
        // A folder that does not exist cannot be written for any user.
        QVERIFY(!doc->saveAs(dir.filePath(QStringLiteral("gone/parks.json"))));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Cannot save"));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(readAll(path), before);
        QCOMPARE(doc->session()->path(), path);
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Kept"));
        QVERIFY(doc->isModified());
    }

    void aReadOnlyDocumentIsNeverWritten()
    {
        QSignalSpy failed(doc.get(), &DocumentController::failed);
        const QString newer = QStringLiteral(TESTDATA_DIR "/newer-version.json");
        const QByteArray before = readAll(newer);
        QVERIFY(doc->open(newer));
        QVERIFY(doc->session()->isReadOnly());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Opened read-only"));
        QVERIFY(!doc->save());
        QCOMPARE(failed.count(), 2);
        QCOMPARE(readAll(newer), before);
    }

    void anUnreadableFileLeavesTheDocumentOpen()
    {
        rename(QStringLiteral("Still here"));
        QSignalSpy failed(doc.get(), &DocumentController::failed);
        QSignalSpy opened(doc.get(), &DocumentController::opened);
        unsavedAnswers = {UnsavedChoice::Discard};
        QVERIFY(!doc->open(QStringLiteral(TESTDATA_DIR "/bad-syntax.json")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Cannot open file"));
        QVERIFY(!failed.at(0).at(2).toStringList().isEmpty());
        QCOMPARE(opened.count(), 0);
        QCOMPARE(doc->session()->path(), path);
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Still here"));
    }

    void droppingUnsavedEditsAsks()
    {
        rename(QStringLiteral("Unsaved"));
        unsavedAnswers = {UnsavedChoice::Cancel};
        QVERIFY(!doc->mayDrop());
        QVERIFY(!doc->open(ParkStore::EmbeddedPath));
        QCOMPARE(doc->session()->path(), path);
        unsavedAnswers = {UnsavedChoice::Save};
        QVERIFY(doc->mayDrop());
        QVERIFY(readAll(path).contains("\"nameEn\": \"Unsaved\""));
        QVERIFY(!doc->isModified());
        rename(QStringLiteral("Dropped"));
        unsavedAnswers = {UnsavedChoice::Discard};
        QVERIFY(doc->open(ParkStore::EmbeddedPath));
        QVERIFY(doc->session()->isEmbedded());
        QVERIFY(!doc->isModified());
        QVERIFY(!readAll(path).contains("Dropped"));
        QVERIFY(unsavedAnswers.isEmpty());
    }

    void revertDropsTheEditsAfterConfirmation()
    {
        const QString original = model()->record(0).nameEn;
        QVERIFY(doc->revertToSaved()); // unmodified: reloads without asking
        QVERIFY(questions.isEmpty());
        rename(QStringLiteral("Reverted"));
        confirmAnswers = {false};
        QVERIFY(!doc->revertToSaved());
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.last().startsWith(QStringLiteral("Drop all unsaved changes")));
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Reverted"));
        QVERIFY(doc->isModified());
        confirmAnswers = {true};
        QVERIFY(doc->revertToSaved());
        QCOMPARE(model()->record(0).nameEn, original);
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void externalChangeIsReportedAndSavingAsksBeforeOverwriting()
    {
        rename(QStringLiteral("Mine"));
        QSignalSpy changed(doc.get(), &DocumentController::changedExternally);
        QByteArray theirs = readAll(path);
        theirs.replace("Xiaoshan Base", "Their Xiaoshan");
        confirmAnswers = {false}; // keep my version
        QVERIFY(writeAll(path, theirs));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), path);
        QVERIFY(questions.last().contains(QStringLiteral("changed by another program. Reload")));
        QVERIFY(doc->changeWatcher()->isKeepingMine());
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Mine"));
        QVERIFY(doc->changeWatcher()->changedOnDisk());

        // Declining the overwrite leaves their file alone and my edits open.
        confirmAnswers = {false};
        QVERIFY(!doc->save());
        QVERIFY(questions.last().contains(QStringLiteral("since it was opened")));
        QCOMPARE(readAll(path), theirs);
        QVERIFY(doc->isModified());
        // Confirming overwrites.
        confirmAnswers = {true};
        QVERIFY(doc->save());
        QVERIFY(readAll(path).contains("\"nameEn\": \"Mine\""));
        QVERIFY(!readAll(path).contains("Their Xiaoshan"));
        QVERIFY(!doc->changeWatcher()->changedOnDisk());
    }

    void externalChangeCanBeReloaded()
    {
        const int row = model()->rowOfId(QStringLiteral("zj-b"));
        QVERIFY(row >= 0);
        QSignalSpy changed(doc.get(), &DocumentController::changedExternally);
        QSignalSpy opened(doc.get(), &DocumentController::opened);
        QByteArray theirs = readAll(path);
        theirs.replace("Xiaoshan Base", "Their Xiaoshan");
        confirmAnswers = {true};
        QVERIFY(writeAll(path, theirs));
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model()->record(model()->rowOfId(QStringLiteral("zj-b"))).nameEn,
                 QStringLiteral("Their Xiaoshan"));
        QVERIFY(!doc->changeWatcher()->changedOnDisk());
        QVERIFY(!doc->isModified());
    }

    void recoveryFileIsWrittenAndOfferedBack()
    {
        const QString original = model()->record(0).nameEn;
        QVERIFY(!doc->writeRecoveryFile()); // nothing unsaved
        QVERIFY(!QFile::exists(recoveryPath));
        rename(QStringLiteral("Recovered Name"));
        QVERIFY(doc->writeRecoveryFile());
        const auto recovered = RecoveryFile::read(recoveryPath);
        QVERIFY(recovered.ok());
        QCOMPARE(recovered->documentPath, path);
        QCOMPARE(recovered->document.parks.at(0).nameEn, QStringLiteral("Recovered Name"));

        // The session ends without closing (a crash): a new one offers the edits.
        doc.reset();
        doc = makeController();
        confirmAnswers = {true};
        doc->openAtStartup(QString());
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.last().contains(QStringLiteral("did not close normally")));
        // When, in ISO form, and what declining means.
        const QString when =
            recovered->savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY2(questions.last().contains(when), qPrintable(questions.last()));
        QVERIFY(questions.last().contains(QStringLiteral("they are discarded")));
        QCOMPARE(doc->session()->path(), path);
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Recovered Name"));
        QVERIFY(doc->isModified());
        QVERIFY(!readAll(path).contains("Recovered Name"));
        // Undo goes back to the file as saved.
        doc->undoStack()->undo();
        QCOMPARE(model()->record(0).nameEn, original);
        doc->undoStack()->redo();
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Recovered Name"));
        // Saving keeps the edits and removes the recovery file.
        QVERIFY(doc->save());
        QVERIFY(!QFile::exists(recoveryPath));
        QVERIFY(readAll(path).contains("Recovered Name"));
    }

    void declinedRecoveryIsSetAside()
    {
        rename(QStringLiteral("Not wanted"));
        QVERIFY(doc->writeRecoveryFile());
        doc.reset();
        doc = makeController();
        confirmAnswers = {false};
        QVERIFY(doc->open(path));
        QCOMPARE(questions.size(), 1);
        QVERIFY(!doc->isModified());
        QVERIFY(!QFile::exists(recoveryPath));
        const QDir discarded(RecoveryFile::discardedFolder(RecoveryFile::defaultFolder()));
        QCOMPARE(discarded.entryList(QDir::Files).size(), 1);
        QVERIFY(!doc->offerRecovery());
        QCOMPARE(questions.size(), 1);
    }

    void recoveryFileFollowsTheEdits()
    {
        doc->recovery()->setDelay(10);
        rename(QStringLiteral("Soon on disk"));
        QTRY_VERIFY(QFile::exists(recoveryPath));
        QCOMPARE(RecoveryFile::read(recoveryPath)->document.parks.at(0).nameEn,
                 QStringLiteral("Soon on disk"));
        // Undoing back to the saved state removes it.
        doc->undoStack()->undo();
        QVERIFY(!QFile::exists(recoveryPath));
        // Closing normally after discarding the edits leaves none behind.
        rename(QStringLiteral("Again"));
        QTRY_VERIFY(QFile::exists(recoveryPath));
        unsavedAnswers = {UnsavedChoice::Discard};
        QVERIFY(doc->mayDrop());
        doc->close();
        QVERIFY(!QFile::exists(recoveryPath));
    }
};

QTEST_GUILESS_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
