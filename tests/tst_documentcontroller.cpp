// The document controller on its own: no window, no widget, answers to its
// questions from a script.
#include "documentcontroller.h"
#include "documentsession.h"
#include "editing/parkcommands.h"
#include "parkmerge.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "recoveryautosave.h"
#include "recoveryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

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

// Sets one field of the park with ID, as one step on the undo stack.
void edit(DocumentController &controller, const QString &id, ParkField field,
          const QJsonValue &value)
{
    ParkTableModel *model = controller.session()->model();
    const int row = model->rowOfId(id);
    QVERIFY(row >= 0);
    ParkRecord after = model->record(row);
    QVERIFY(after.setValue(field, value));
    controller.undoStack()->push(
        new EditParkCommand(model, row, model->record(row), after, QStringLiteral("Edit")));
}

ParkRecord parkIn(const QString &path, const QString &id)
{
    const LoadResult loaded = ParkStore::loadFile(path);
    for (const ParkRecord &r : loaded.document.parks) {
        if (r.id == id)
            return r;
    }
    return ParkRecord();
}

QString nameIn(const DocumentController &controller, const QString &id)
{
    const ParkTableModel *model = controller.session()->model();
    const int row = model->rowOfId(id);
    return row < 0 ? QString() : model->record(row).nameEn;
}

// Another instance of the app, in a process of its own: a document
// controller on PATH driven through stdin ("edit ID NAME", "save",
// "quit"), answering on stdout ("opened", "edited", "saved 1", and
// "asked ..." for any question, which it declines).
int instanceChild(const QString &path)
{
    QStandardPaths::setTestModeEnabled(true);
    const auto say = [](const QString &line) {
        std::printf("%s\n", line.toUtf8().constData());
        std::fflush(stdout);
    };
    DocumentController doc;
    DocumentPrompts prompts;
    prompts.unsavedChanges = [&] {
        say(QStringLiteral("asked unsaved"));
        return UnsavedChoice::Cancel;
    };
    prompts.confirm = [&](const QString &question) {
        say(QStringLiteral("asked ") + question);
        return false;
    };
    prompts.resolveConflicts = [&](const QList<MergeConflict> &) {
        say(QStringLiteral("asked conflicts"));
        return std::optional<QList<MergeSide>>();
    };
    doc.setPrompts(prompts);
    QObject::connect(&doc, &DocumentController::message,
                     [&](const QString &text) { say(QStringLiteral("message ") + text); });
    if (!doc.open(path))
        return 2;
    say(QStringLiteral("opened"));

    // Commands are read as they come, so that the watcher is heard meanwhile.
    QFile in;
    if (!in.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return 3;
    QSocketNotifier notifier(0, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [&] {
        const QStringList command = QString::fromUtf8(in.readLine().trimmed()).split(u' ');
        if (command.value(0) == QLatin1String("edit") && command.size() == 3) {
            ParkTableModel *model = doc.session()->model();
            const int row = model->rowOfId(command.at(1));
            ParkRecord after = model->record(row);
            after.nameEn = command.at(2);
            doc.undoStack()->push(
                new EditParkCommand(model, row, model->record(row), after, QStringLiteral("Edit")));
            say(QStringLiteral("edited"));
        } else if (command.value(0) == QLatin1String("save")) {
            say(doc.save() ? QStringLiteral("saved 1") : QStringLiteral("saved 0"));
        } else {
            notifier.setEnabled(false);
            doc.close();
            QCoreApplication::quit();
        }
    });
    return QCoreApplication::exec();
}

// The next line from an instance that is not a message; every line read
// is kept in LOG.
QString replyFrom(QProcess &child, QStringList &log)
{
    for (;;) {
        while (!child.canReadLine()) {
            if (!child.waitForReadyRead(60000))
                return QString();
        }
        const QString line = QString::fromUtf8(child.readLine().trimmed());
        log << line;
        if (!line.startsWith(QLatin1String("message ")))
            return line;
    }
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
    // Answers to resolveConflicts (an empty list: cancel), and what it was
    // asked.
    QList<std::optional<QList<MergeSide>>> conflictAnswers;
    QList<QList<MergeConflict>> conflictQuestions;
    std::function<void()> whileResolving; // runs inside resolveConflicts

    ParkTableModel *model() const { return doc->session()->model(); }

    // A new controller answering from the lists above.
    std::unique_ptr<DocumentController> makeController()
    {
        auto controller = std::make_unique<DocumentController>();
        DocumentPrompts prompts;
        prompts.unsavedChanges = [this] {
            return unsavedAnswers.isEmpty() ? UnsavedChoice::Cancel : unsavedAnswers.takeFirst();
        };
        prompts.confirm = [this](const QString &q) {
            questions << q;
            return confirmAnswers.isEmpty() ? false : confirmAnswers.takeFirst();
        };
        prompts.resolveConflicts = [this](const QList<MergeConflict> &conflicts) {
            conflictQuestions << conflicts;
            if (whileResolving)
                std::exchange(whileResolving, nullptr)();
            return conflictAnswers.isEmpty() ? std::optional<QList<MergeSide>>()
                                             : conflictAnswers.takeFirst();
        };
        controller->setPrompts(prompts);
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
        conflictAnswers.clear();
        conflictQuestions.clear();
        whileResolving = nullptr;
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

    // A second instance of the app on the same file.
    std::unique_ptr<DocumentController> secondInstance()
    {
        auto other = makeController();
        if (!other->open(path))
            return nullptr;
        return other;
    }

    void externalChangeWithoutEditsReloadsQuietly()
    {
        QSignalSpy changed(doc.get(), &DocumentController::changedExternally);
        QSignalSpy opened(doc.get(), &DocumentController::opened);
        QSignalSpy messages(doc.get(), &DocumentController::message);
        QByteArray theirs = readAll(path);
        theirs.replace("Xiaoshan Base", "Their Xiaoshan");
        QVERIFY(writeAll(path, theirs));
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), path);
        QCOMPARE(nameIn(*doc, QStringLiteral("zj-b")), QStringLiteral("Their Xiaoshan"));
        QCOMPARE(messages.last().at(0).toString(),
                 QStringLiteral("Reloaded %1: changed by another program")
                     .arg(QDir::toNativeSeparators(path)));
        QVERIFY(questions.isEmpty());
        QVERIFY(conflictQuestions.isEmpty());
        QVERIFY(!doc->changeWatcher()->changedOnDisk());
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(doc->session()->base().parks, model()->records());
    }

    // Two instances on one file, each changing a different park: both
    // saves keep both changes, and nobody is asked anything.
    void twoInstancesChangingDifferentParksBothKeepTheirChanges()
    {
        auto other = secondInstance();
        QVERIFY(other);
        QSignalSpy otherMessages(other.get(), &DocumentController::message);
        edit(*doc, QStringLiteral("zj-a"), ParkField::NameEn, QStringLiteral("Edited by A"));
        edit(*other, QStringLiteral("zj-b"), ParkField::City, QStringLiteral("宁波市"));
        QVERIFY(doc->save());
        // B hears of it and merges A's change into its unsaved edits.
        QTRY_VERIFY(!otherMessages.isEmpty());
        QCOMPARE(otherMessages.last().at(0).toString(),
                 QStringLiteral("Merged 1 park(s) changed by another program with your changes"));
        QCOMPARE(nameIn(*other, QStringLiteral("zj-a")), QStringLiteral("Edited by A"));
        QVERIFY(other->isModified());
        // One undoable step: undo brings back B's version as it was.
        QCOMPARE(other->undoStack()->count(), 2);
        QCOMPARE(other->undoStack()->undoText(),
                 QStringLiteral("Merge Changes by Another Program"));
        other->undoStack()->undo();
        QCOMPARE(nameIn(*other, QStringLiteral("zj-a")), QStringLiteral("Xixigu Blockchain Park"));
        QVERIFY(other->isModified());
        other->undoStack()->redo();
        // The base is now A's file.
        QCOMPARE(other->session()->base().parks, ParkStore::loadFile(path).document.parks);
        QVERIFY(!other->changeWatcher()->changedOnDisk());

        QVERIFY(other->save());
        QCOMPARE(parkIn(path, QStringLiteral("zj-a")).nameEn, QStringLiteral("Edited by A"));
        QCOMPARE(parkIn(path, QStringLiteral("zj-b")).city, QStringLiteral("宁波市"));
        QVERIFY(!other->isModified());
        QVERIFY(questions.isEmpty());
        QVERIFY(conflictQuestions.isEmpty());

        // A hears of B's save: nothing unsaved, so it reloads quietly.
        QTRY_COMPARE(doc->session()->model()->record(model()->rowOfId(QStringLiteral("zj-b"))).city,
                     QStringLiteral("宁波市"));
        QVERIFY(!doc->isModified());
    }

    // A change the watcher did not report is merged when saving.
    void aChangeFoundWhenSavingIsMergedWithoutAsking()
    {
        auto other = secondInstance();
        QVERIFY(other);
        other->changeWatcher()->blockSignals(true); // it misses A's save
        QSignalSpy otherMessages(other.get(), &DocumentController::message);
        edit(*doc, QStringLiteral("zj-a"), ParkField::NameEn, QStringLiteral("Edited by A"));
        edit(*doc, QStringLiteral("gd-a"), ParkField::Notes, QStringLiteral("A's note"));
        edit(*other, QStringLiteral("zj-b"), ParkField::NameEn, QStringLiteral("Edited by B"));
        QVERIFY(doc->save());
        QVERIFY(other->save());
        QCOMPARE(otherMessages.last().at(0).toString(),
                 QStringLiteral("Saved to %1 after merging 2 park(s) changed by another program")
                     .arg(QDir::toNativeSeparators(path)));
        QCOMPARE(parkIn(path, QStringLiteral("zj-a")).nameEn, QStringLiteral("Edited by A"));
        QCOMPARE(parkIn(path, QStringLiteral("gd-a")).notes, QStringLiteral("A's note"));
        QCOMPARE(parkIn(path, QStringLiteral("zj-b")).nameEn, QStringLiteral("Edited by B"));
        QVERIFY(questions.isEmpty());
        QVERIFY(conflictQuestions.isEmpty());
    }

    // Both change the same field: the conflict is asked about, with the
    // three values, and the choice is one undoable step.
    void aConflictIsAskedAboutAndTheChoiceUndoable()
    {
        auto other = secondInstance();
        QVERIFY(other);
        const QString originalCity = parkIn(path, QStringLiteral("zj-c")).city;
        QVERIFY(originalCity != QStringLiteral("温州市"));
        edit(*doc, QStringLiteral("zj-a"), ParkField::NameEn, QStringLiteral("A's name"));
        edit(*doc, QStringLiteral("zj-c"), ParkField::City, QStringLiteral("温州市"));
        edit(*other, QStringLiteral("zj-a"), ParkField::NameEn, QStringLiteral("B's name"));
        edit(*other, QStringLiteral("zj-a"), ParkField::Notes, QStringLiteral("B's note"));
        conflictAnswers = {QList<MergeSide>{MergeSide::Theirs}};
        QVERIFY(doc->save());
        QTRY_COMPARE(conflictQuestions.size(), 1);
        const QList<MergeConflict> &asked = conflictQuestions.first();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].kind, MergeConflict::Kind::Field);
        QCOMPARE(asked[0].parkId, QStringLiteral("zj-a"));
        QCOMPARE(asked[0].field, QStringLiteral("nameEn"));
        QCOMPARE(asked[0].base, QJsonValue(QStringLiteral("Xixigu Blockchain Park")));
        QCOMPARE(asked[0].mine, QJsonValue(QStringLiteral("B's name")));
        QCOMPARE(asked[0].theirs, QJsonValue(QStringLiteral("A's name")));
        // Theirs chosen; B's other change kept, A's other change taken.
        QCOMPARE(nameIn(*other, QStringLiteral("zj-a")), QStringLiteral("A's name"));
        const ParkTableModel *otherModel = other->session()->model();
        QCOMPARE(otherModel->record(otherModel->rowOfId(QStringLiteral("zj-a"))).notes,
                 QStringLiteral("B's note"));
        QCOMPARE(otherModel->record(otherModel->rowOfId(QStringLiteral("zj-c"))).city,
                 QStringLiteral("温州市"));
        QVERIFY(other->isModified());
        QCOMPARE(other->undoStack()->count(), 3);
        other->undoStack()->undo();
        QCOMPARE(nameIn(*other, QStringLiteral("zj-a")), QStringLiteral("B's name"));
        QCOMPARE(otherModel->record(otherModel->rowOfId(QStringLiteral("zj-c"))).city,
                 originalCity);
        QVERIFY(other->isModified());
        other->undoStack()->redo();
        QVERIFY(other->save());
        QCOMPARE(parkIn(path, QStringLiteral("zj-a")).nameEn, QStringLiteral("A's name"));
        QCOMPARE(parkIn(path, QStringLiteral("zj-a")).notes, QStringLiteral("B's note"));
        QCOMPARE(parkIn(path, QStringLiteral("zj-c")).city, QStringLiteral("温州市"));
        QCOMPARE(conflictQuestions.size(), 1);
        QVERIFY(questions.isEmpty());
    }

    // Another change while the user chooses is taken in afterwards.
    void aChangeWhileChoosingIsMergedAfterwards()
    {
        auto other = secondInstance();
        QVERIFY(other);
        QSignalSpy otherMessages(other.get(), &DocumentController::message);
        edit(*doc, QStringLiteral("zj-a"), ParkField::NameEn, QStringLiteral("A's name"));
        edit(*other, QStringLiteral("zj-a"), ParkField::NameEn, QStringLiteral("B's name"));
        whileResolving = [this] {
            QByteArray third = readAll(path);
            third.replace("Xiaoshan Base", "Third Xiaoshan");
            QVERIFY(writeAll(path, third));
        };
        conflictAnswers = {QList<MergeSide>{MergeSide::Mine}};
        QVERIFY(doc->save());
        QTRY_COMPARE(nameIn(*other, QStringLiteral("zj-b")), QStringLiteral("Third Xiaoshan"));
        QCOMPARE(conflictQuestions.size(), 1);
        QCOMPARE(nameIn(*other, QStringLiteral("zj-a")), QStringLiteral("B's name"));
        QCOMPARE(other->undoStack()->count(), 3);
        QVERIFY(!other->changeWatcher()->changedOnDisk());
        QVERIFY(other->save());
        QCOMPARE(parkIn(path, QStringLiteral("zj-a")).nameEn, QStringLiteral("B's name"));
        QCOMPARE(parkIn(path, QStringLiteral("zj-b")).nameEn, QStringLiteral("Third Xiaoshan"));
        QVERIFY(questions.isEmpty());
    }

    // Cancelling keeps mine unmerged; saving asks again, and Cancel there
    // leaves their file alone.
    void aCancelledConflictKeepsMineAndSavingAsksAgain()
    {
        auto other = secondInstance();
        QVERIFY(other);
        QSignalSpy otherMessages(other.get(), &DocumentController::message);
        edit(*doc, QStringLiteral("zj-a"), ParkField::NameEn, QStringLiteral("A's name"));
        edit(*doc, QStringLiteral("zj-b"), ParkField::City, QStringLiteral("A's city"));
        edit(*other, QStringLiteral("zj-a"), ParkField::NameEn, QStringLiteral("B's name"));
        QVERIFY(doc->save());
        const QByteArray theirs = readAll(path);
        QTRY_COMPARE(conflictQuestions.size(), 1); // cancelled: no answer
        QVERIFY(other->changeWatcher()->isKeepingMine());
        QVERIFY(other->changeWatcher()->changedOnDisk());
        QVERIFY(otherMessages.last().at(0).toString().startsWith(
            QStringLiteral("Kept your version of")));
        QCOMPARE(nameIn(*other, QStringLiteral("zj-a")), QStringLiteral("B's name"));
        QCOMPARE(other->undoStack()->count(), 1);

        QVERIFY(!other->save());
        QCOMPARE(conflictQuestions.size(), 2);
        QCOMPARE(conflictQuestions[1], conflictQuestions[0]);
        QCOMPARE(readAll(path), theirs);
        QVERIFY(other->isModified());

        conflictAnswers = {QList<MergeSide>{MergeSide::Mine}};
        QVERIFY(other->save());
        QCOMPARE(conflictQuestions.size(), 3);
        QCOMPARE(parkIn(path, QStringLiteral("zj-a")).nameEn, QStringLiteral("B's name"));
        QCOMPARE(parkIn(path, QStringLiteral("zj-b")).city, QStringLiteral("A's city"));
        QVERIFY(questions.isEmpty());
    }

    // A file that cannot be read now is not merged: saving asks before
    // overwriting it.
    void anUnreadableChangeIsNotOverwrittenWithoutAsking()
    {
        rename(QStringLiteral("Mine"));
        QSignalSpy messages(doc.get(), &DocumentController::message);
        const QByteArray broken = "{\"format\": \"parkexplorer.parks\", \"parks\": [";
        QVERIFY(writeAll(path, broken));
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("cannot be used")));
        QVERIFY(doc->changeWatcher()->isKeepingMine());
        confirmAnswers = {false};
        QVERIFY(!doc->save());
        QVERIFY(questions.last().contains(QStringLiteral("Overwrite that change")));
        QCOMPARE(readAll(path), broken);
        confirmAnswers = {true};
        QVERIFY(doc->save());
        QCOMPARE(parkIn(path, model()->record(0).id).nameEn, QStringLiteral("Mine"));
        QVERIFY(conflictQuestions.isEmpty());
    }

    void aDeletedFileIsReportedAsDeletedAndSaveWritesItBack()
    {
        doc->changeWatcher()->setRemovalDelay(10);
        QSignalSpy removed(doc.get(), &DocumentController::removedExternally);
        QSignalSpy changed(doc.get(), &DocumentController::changedExternally);
        QSignalSpy failed(doc.get(), &DocumentController::failed);
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).toString(),
                 QStringLiteral("%1 was deleted or moved by another program; your version is "
                                "still open; Save writes it back.")
                     .arg(QDir::toNativeSeparators(path)));
        QCOMPARE(model()->rowCount(), 10);
        QVERIFY(questions.isEmpty());
        QVERIFY(doc->save());
        QVERIFY(questions.isEmpty());
        QCOMPARE(ParkStore::loadFile(path).document.parks, model()->records());
        QTest::qWait(50);
        QCOMPARE(removed.count(), 1);
    }

    void aMovedFileIsReportedTheSameWay()
    {
        doc->changeWatcher()->setRemovalDelay(10);
        rename(QStringLiteral("Unsaved"));
        QSignalSpy removed(doc.get(), &DocumentController::removedExternally);
        QSignalSpy failed(doc.get(), &DocumentController::failed);
        const QString moved = dir.filePath(QStringLiteral("moved.json"));
        QFile::remove(moved);
        QVERIFY(QFile::rename(path, moved));
        QTRY_COMPARE(removed.count(), 1);
        QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("deleted or moved")));
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Unsaved"));
        QVERIFY(doc->isModified());
        QFile::remove(moved);
    }

    // A file that comes back is a change like any other.
    void aFileThatReappearsIsAChange()
    {
        doc->changeWatcher()->setRemovalDelay(10);
        QSignalSpy removed(doc.get(), &DocumentController::removedExternally);
        QSignalSpy opened(doc.get(), &DocumentController::opened);
        QByteArray theirs = readAll(path);
        theirs.replace("Xiaoshan Base", "Back Again");
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(removed.count(), 1);
        QVERIFY(writeAll(path, theirs));
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(nameIn(*doc, QStringLiteral("zj-b")), QStringLiteral("Back Again"));
        QVERIFY(!doc->changeWatcher()->changedOnDisk());
        // And it is watched again.
        theirs.replace("Back Again", "Changed Again");
        QVERIFY(writeAll(path, theirs));
        QTRY_COMPARE(opened.count(), 2);
        QCOMPARE(nameIn(*doc, QStringLiteral("zj-b")), QStringLiteral("Changed Again"));
    }

    // Two real processes, each a document controller on the same file,
    // change different parks and save in turn: the file keeps both.
    void twoProcessesMergeTheirSaves()
    {
        QProcess a;
        QProcess b;
        QStringList logA;
        QStringList logB;
        const QString self = QCoreApplication::applicationFilePath();
        a.start(self,
                {QStringLiteral("--instance"), path, dir.filePath(QStringLiteral("ra.json"))});
        b.start(self,
                {QStringLiteral("--instance"), path, dir.filePath(QStringLiteral("rb.json"))});
        QCOMPARE(replyFrom(a, logA), QStringLiteral("opened"));
        QCOMPARE(replyFrom(b, logB), QStringLiteral("opened"));
        a.write("edit zj-a Saved-by-A\n");
        b.write("edit gd-b Saved-by-B\n");
        QCOMPARE(replyFrom(a, logA), QStringLiteral("edited"));
        QCOMPARE(replyFrom(b, logB), QStringLiteral("edited"));
        a.write("save\n");
        QCOMPARE(replyFrom(a, logA), QStringLiteral("saved 1"));
        b.write("save\n");
        QCOMPARE(replyFrom(b, logB), QStringLiteral("saved 1"));
        // And once more the other way round.
        a.write("edit hn-a Again-by-A\n");
        QCOMPARE(replyFrom(a, logA), QStringLiteral("edited"));
        a.write("save\n");
        QCOMPARE(replyFrom(a, logA), QStringLiteral("saved 1"));
        a.write("quit\n");
        b.write("quit\n");
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        logA << QString::fromUtf8(a.readAllStandardOutput());
        logB << QString::fromUtf8(b.readAllStandardOutput());
        const QString logs =
            logA.join(QLatin1Char('\n')) + QStringLiteral("\n--\n") + logB.join(QLatin1Char('\n'));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        QVERIFY2(!logs.contains(QStringLiteral("asked")), qPrintable(logs));
        QVERIFY2(logB.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("park(s) changed by another program")),
                 qPrintable(logs));
        QCOMPARE(parkIn(path, QStringLiteral("zj-a")).nameEn, QStringLiteral("Saved-by-A"));
        QCOMPARE(parkIn(path, QStringLiteral("gd-b")).nameEn, QStringLiteral("Saved-by-B"));
        QCOMPARE(parkIn(path, QStringLiteral("hn-a")).nameEn, QStringLiteral("Again-by-A"));
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

    // The timers write on a second thread: a change made while a write is
    // under way is written after it, and removing the file waits for the
    // write, which would otherwise put the file back.
    void backgroundWritesFollowTheEditsAndNeverOutliveRemoval()
    {
        RecoveryAutosave *recovery = doc->recovery();
        rename(QStringLiteral("First"));
        recovery->writeInBackground();
        rename(QStringLiteral("Second"));
        recovery->writeInBackground();
        QTRY_VERIFY(QFile::exists(recoveryPath) &&
                    RecoveryFile::read(recoveryPath)->document.parks.at(0).nameEn ==
                        QStringLiteral("Second"));

        // Removal does not wait for the write under way (a million parks
        // take seconds to write): the file it puts back goes when it is done.
        rename(QStringLiteral("Third"));
        recovery->writeInBackground();
        recovery->remove();
        QTRY_VERIFY(!QFile::exists(recoveryPath));
        QTest::qWait(200);
        QVERIFY(!QFile::exists(recoveryPath));

        // And when the write is waited for instead (the window closing).
        rename(QStringLiteral("Fourth"));
        recovery->writeInBackground();
        recovery->remove();
        recovery->waitForWrite();
        QVERIFY(!QFile::exists(recoveryPath));

        // A change after the removal is written after the write under way.
        rename(QStringLiteral("Fifth"));
        recovery->writeInBackground();
        recovery->remove();
        rename(QStringLiteral("Sixth"));
        recovery->writeInBackground();
        QTRY_VERIFY(QFile::exists(recoveryPath) &&
                    RecoveryFile::read(recoveryPath)->document.parks.at(0).nameEn ==
                        QStringLiteral("Sixth"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--instance") == 0)
        return instanceChild(QString::fromLocal8Bit(argv[2]));
    TestDocumentController test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_documentcontroller.moc"
