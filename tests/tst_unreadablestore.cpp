// A park store that cannot be read is never written, renamed or rotated:
// what the user is told about it, and each way out (restore the backup under
// a new name, start from the embedded dataset, keep the open document).
#include "document/unreadablestoredialog.h"
#include "documentcontroller.h"
#include "documentsession.h"
#include "editing/parkcommands.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "unreadablestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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

QByteArray smallStore()
{
    return readAll(QStringLiteral(TESTDATA_DIR "/store-small.json"));
}

// The small store with a trailing comma after its last member.
QByteArray brokenStore()
{
    QByteArray bytes = smallStore();
    bytes.insert(bytes.lastIndexOf('}'), ",\n");
    return bytes;
}

QStringList labelTexts(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

} // namespace

class TestUnreadableStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString user; // the user data file, broken in each test
    QByteArray broken;
    QByteArray backup; // what FILE.bak holds: a readable store of 10 parks
    QList<std::pair<UnreadableStore, bool>> asked;
    UnreadableStoreChoice answer = UnreadableStoreChoice::StartFromEmbedded;

    std::unique_ptr<DocumentController> makeController()
    {
        auto doc = std::make_unique<DocumentController>();
        DocumentPrompts prompts;
        prompts.unreadableStore = [this](const UnreadableStore &store, bool atStartup) {
            asked.append({store, atStartup});
            return answer;
        };
        doc->setPrompts(prompts);
        return doc;
    }

    QString folder() const { return QFileInfo(user).absolutePath(); }

    void rename(DocumentController *doc, const QString &name)
    {
        ParkTableModel *model = doc->session()->model();
        ParkRecord after = model->record(0);
        after.nameEn = name;
        doc->undoStack()->push(
            new EditParkCommand(model, 0, model->record(0), after, QStringLiteral("Rename")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        user = DocumentSession::userDataPath();
        broken = brokenStore();
        backup = smallStore();
        QVERIFY(!ParkStore::loadBytes(broken, user).ok());
    }

    void init()
    {
        QDir(folder()).removeRecursively();
        QVERIFY(QDir().mkpath(folder()));
        QVERIFY(writeAll(user, broken));
        QVERIFY(writeAll(user + QStringLiteral(".bak"), backup));
        asked.clear();
        answer = UnreadableStoreChoice::StartFromEmbedded;
    }

    void cleanupTestCase() { QDir(folder()).removeRecursively(); }

    void describesTheFileAndItsBackup()
    {
        const LoadResult result = ParkStore::loadFile(user);
        const UnreadableStore store = UnreadableStore::describe(user, result);
        QCOMPARE(store.path, user);
        QVERIFY(!store.reasons.isEmpty());
        QVERIFY2(store.reasons.first().contains(QStringLiteral("parks.json:")),
                 qPrintable(store.reasons.first()));
        QCOMPARE(store.backupPath, user + QStringLiteral(".bak"));
        QVERIFY(store.backupReadable);
        QCOMPARE(store.backupParkNames.size(), 10);
        const LoadResult fromBackup = ParkStore::loadFile(store.backupPath);
        QCOMPARE(store.backupParkNames.first(),
                 fromBackup.document.parks.first().displayName(false));
        QCOMPARE(store.restoreTarget, folder() + QStringLiteral("/parks-restored-1.json"));

        // A name already taken (even by a dangling link) is skipped.
        QVERIFY(writeAll(store.restoreTarget, "taken"));
        QVERIFY(QFile::link(folder() + QStringLiteral("/nowhere"),
                            folder() + QStringLiteral("/parks-restored-2.json")));
        QCOMPARE(UnreadableStore::describe(user, result).restoreTarget,
                 folder() + QStringLiteral("/parks-restored-3.json"));
    }

    void describesAMissingOrBrokenBackup()
    {
        QFile::remove(user + QStringLiteral(".bak"));
        const LoadResult result = ParkStore::loadFile(user);
        UnreadableStore store = UnreadableStore::describe(user, result);
        QVERIFY(store.backupPath.isEmpty());
        QVERIFY(!store.backupReadable);
        QVERIFY(!store.restoreBackup().ok());

        QVERIFY(writeAll(user + QStringLiteral(".bak"), "{\"parks\": ["));
        store = UnreadableStore::describe(user, result);
        QCOMPARE(store.backupPath, user + QStringLiteral(".bak"));
        QVERIFY(!store.backupReadable);
        QVERIFY(!store.backupReasons.isEmpty());
        QVERIFY(store.restoreTarget.isEmpty());
        QVERIFY(!store.restoreBackup().ok());
    }

    // Restoring copies the backup byte for byte to a new name and opens the
    // copy; the broken file and its backup stay as they were, even after
    // saving.
    void restoringTheBackupAtStartup()
    {
        answer = UnreadableStoreChoice::RestoreBackup;
        auto doc = makeController();
        QSignalSpy failed(doc.get(), &DocumentController::failed);
        QSignalSpy messages(doc.get(), &DocumentController::message);
        doc->openAtStartup(QString());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first.path, user);
        QCOMPARE(asked.first().second, true);
        QCOMPARE(failed.count(), 0); // the question already said why
        const QString restored = folder() + QStringLiteral("/parks-restored-1.json");
        QCOMPARE(doc->session()->path(), restored);
        QCOMPARE(readAll(restored), backup);
        QCOMPARE(doc->session()->model()->rowCount(), 10);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("parks-restored-1.json")));
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("was left as it is")));

        rename(doc.get(), QStringLiteral("Edited"));
        QVERIFY(doc->save());
        QVERIFY(readAll(restored).contains("\"Edited\""));
        QCOMPARE(readAll(user), broken);
        QCOMPARE(readAll(user + QStringLiteral(".bak")), backup);
    }

    // Starting from the embedded dataset: the first save goes to a new file
    // the message names, never to the broken one.
    void startingFromTheEmbeddedDataset()
    {
        auto doc = makeController();
        QSignalSpy failed(doc.get(), &DocumentController::failed);
        QSignalSpy messages(doc.get(), &DocumentController::message);
        doc->openAtStartup(QString());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(doc->session()->isEmbedded());
        const QString copy = folder() + QStringLiteral("/parks-copy-1.json");
        QVERIFY(messages.last().at(0).toString().contains(QDir::toNativeSeparators(copy)));

        rename(doc.get(), QStringLiteral("Edited"));
        QVERIFY(doc->save());
        QCOMPARE(doc->session()->path(), copy);
        QCOMPARE(readAll(user), broken);
        QCOMPARE(readAll(user + QStringLiteral(".bak")), backup);
    }

    // A broken file given on the command line gets the same question.
    void aBrokenFileArgumentAtStartup()
    {
        const QString other = dir.filePath(QStringLiteral("other.json"));
        QVERIFY(writeAll(other, broken));
        QFile::remove(user);
        auto doc = makeController();
        doc->openAtStartup(other);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first.path, other);
        QVERIFY(asked.first().first.backupPath.isEmpty());
        QVERIFY(doc->session()->isEmbedded());
        QCOMPARE(readAll(other), broken);
    }

    // Opening a broken file later: keeping the open document leaves both as
    // they were.
    void openingABrokenFileKeepsTheOpenDocument()
    {
        const QString good = dir.filePath(QStringLiteral("good.json"));
        QVERIFY(writeAll(good, smallStore()));
        auto doc = makeController();
        QVERIFY(doc->open(good));
        answer = UnreadableStoreChoice::KeepCurrent;
        QVERIFY(!doc->open(user));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().second, false);
        QCOMPARE(doc->session()->path(), good);
        QCOMPARE(readAll(user), broken);

        // Restoring from there opens the restored copy instead.
        answer = UnreadableStoreChoice::RestoreBackup;
        QVERIFY(doc->open(user));
        QCOMPARE(doc->session()->path(), folder() + QStringLiteral("/parks-restored-1.json"));
        QCOMPARE(readAll(user), broken);
    }

    // Without the question (a missing file, no prompt) nothing new happens:
    // the failure is reported.
    void aMissingFileIsReportedNotAsked()
    {
        auto doc = makeController();
        QSignalSpy failed(doc.get(), &DocumentController::failed);
        QVERIFY(!doc->open(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(asked.isEmpty());
        QCOMPARE(failed.count(), 1);
    }

    void theDialogShowsWhatTheBackupHolds()
    {
        const UnreadableStore store = UnreadableStore::describe(user, ParkStore::loadFile(user));
        UnreadableStoreDialog dialog(store, true);
        const QString texts = labelTexts(&dialog).join(QLatin1Char('\n'));
        QVERIFY2(texts.contains(QDir::toNativeSeparators(user)), qPrintable(texts));
        QVERIFY(texts.contains(QStringLiteral("has not been changed")));
        QVERIFY(texts.contains(QStringLiteral("holds 10 park")));
        QVERIFY(texts.contains(QDir::toNativeSeparators(store.restoreTarget)));
        QVERIFY(texts.contains(QDir::toNativeSeparators(DocumentSession::embeddedSaveTarget())));
        auto *names = dialog.findChild<QListWidget *>(QStringLiteral("backupParks"));
        QVERIFY(names);
        QCOMPARE(names->count(), 10);
        QCOMPARE(names->item(0)->text(), store.backupParkNames.first());
        auto *reasons = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasons"));
        QVERIFY(reasons);
        QCOMPARE(reasons->toPlainText(), store.reasons.join(QLatin1Char('\n')));
        QVERIFY(dialog.restoreButton()->isEnabled());
        QCOMPARE(dialog.otherButton()->text(), QStringLiteral("Start from Embedded Dataset"));
    }

    void theDialogOpensTheFolderAndStaysOpen()
    {
        const UnreadableStore store = UnreadableStore::describe(user, ParkStore::loadFile(user));
        QStringList opened;
        UnreadableStoreDialog::setFolderOpener([&opened](const QString &f) { opened << f; });
        UnreadableStoreDialog dialog(store, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.openFolderButton(), Qt::LeftButton);
        QCOMPARE(opened, QStringList{folder()});
        QVERIFY(dialog.isVisible());
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.choice(), UnreadableStoreChoice::RestoreBackup);
        UnreadableStoreDialog::setFolderOpener([](const QString &) {});
    }

    // Enter and Esc take the answer that copies and opens nothing new.
    void enterAndEscapeKeepToTheSafeAnswer()
    {
        const UnreadableStore store = UnreadableStore::describe(user, ParkStore::loadFile(user));
        for (const int key : {int(Qt::Key_Return), int(Qt::Key_Escape)}) {
            for (const bool atStartup : {true, false}) {
                UnreadableStoreDialog dialog(store, atStartup);
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                QTest::keyClick(&dialog, Qt::Key(key));
                QVERIFY(!dialog.isVisible());
                QCOMPARE(dialog.choice(), atStartup ? UnreadableStoreChoice::StartFromEmbedded
                                                    : UnreadableStoreChoice::KeepCurrent);
            }
        }
    }

    void withoutABackupRestoreIsDisabled()
    {
        QFile::remove(user + QStringLiteral(".bak"));
        const UnreadableStore store = UnreadableStore::describe(user, ParkStore::loadFile(user));
        UnreadableStoreDialog dialog(store, false);
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QCOMPARE(dialog.otherButton()->text(), QStringLiteral("Cancel"));
        QVERIFY(labelTexts(&dialog)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("There is no backup")));
    }
};

QTEST_MAIN(TestUnreadableStore)
#include "tst_unreadablestore.moc"
