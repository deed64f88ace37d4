#include "documentguard.h"
#include "documentsession.h"
#include "editing/editcontroller.h"
#include "editing/parkcommands.h"
#include "editing/parkeditdialog.h"
#include "mainwindow.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "recoveryautosave.h"
#include "recoveryfile.h"
#include "table/parkitemdelegate.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaProperty>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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

void setText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    bool ascii = true;
    for (QChar c : text)
        ascii &= c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(edit, text);
    } else {
        // Chinese arrives through the input method, as a committed string.
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(edit, &commit);
    }
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
    QList<UnsavedChoice> unsavedAnswers;
    QList<bool> confirmAnswers;
    QStringList questions;

    ParkTableModel *model() const { return window->session()->model(); }
    int rowOf(const char *id) const { return model()->rowOfId(QString::fromLatin1(id)); }

    void selectRow(int sourceRow)
    {
        const QModelIndex index = window->proxy()->mapFromSource(model()->index(sourceRow, 0));
        window->tableView()->setCurrentIndex(index);
        window->tableView()->selectRow(index.row());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY(dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        QDir(RecoveryFile::defaultFolder()).removeRecursively();
        path = dir.filePath(QStringLiteral("parks.json"));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".bak"));
        QVERIFY(QFile::copy(QStringLiteral(TESTDATA_DIR "/store-small.json"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        window = std::make_unique<MainWindow>();
        unsavedAnswers.clear();
        confirmAnswers.clear();
        questions.clear();
        window->setPrompts({[this] {
                                return unsavedAnswers.isEmpty() ? UnsavedChoice::Cancel
                                                                : unsavedAnswers.takeFirst();
                            },
                            [this](const QString &q) {
                                questions << q;
                                return confirmAnswers.isEmpty() ? false
                                                                : confirmAnswers.takeFirst();
                            }});
        window->show();
        window->openAtStartup(path);
        QCOMPARE(model()->rowCount(), 10);
        QVERIFY(window->undoStack()->isClean());
    }

    void cleanup()
    {
        unsavedAnswers = {UnsavedChoice::Discard};
        window.reset();
        QDir(RecoveryFile::defaultFolder()).removeRecursively();
    }

    void unsavedChangesDecision_data()
    {
        QTest::addColumn<bool>("modified");
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("saveWorks");
        QTest::addColumn<bool>("mayDrop");
        QTest::addColumn<bool>("saved");
        QTest::newRow("unmodified") << false << int(UnsavedChoice::Cancel) << true << true << false;
        QTest::newRow("save") << true << int(UnsavedChoice::Save) << true << true << true;
        QTest::newRow("save fails") << true << int(UnsavedChoice::Save) << false << false << true;
        QTest::newRow("discard") << true << int(UnsavedChoice::Discard) << true << true << false;
        QTest::newRow("cancel") << true << int(UnsavedChoice::Cancel) << true << false << false;
    }

    void unsavedChangesDecision()
    {
        QFETCH(bool, modified);
        QFETCH(int, choice);
        QFETCH(bool, saveWorks);
        QFETCH(bool, mayDrop);
        QFETCH(bool, saved);
        bool asked = false;
        bool didSave = false;
        const bool result = mayDropDocument(
            modified,
            [&] {
                asked = true;
                return UnsavedChoice(choice);
            },
            [&] {
                didSave = true;
                return saveWorks;
            });
        QCOMPARE(result, mayDrop);
        QCOMPARE(asked, modified);
        QCOMPARE(didSave, saved);
    }

    void dialogDrivesTheModel()
    {
        selectRow(rowOf("zj-c"));
        window->editor()->editCurrent();
        ParkEditDialog *dialog = window->editor()->openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->okButton()->isEnabled());

        // An invalid value keeps OK disabled and says why next to the field.
        QLineEdit *area = dialog->lineEdit(QStringLiteral("areaKm2"));
        setText(area, QStringLiteral("-5"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problems().join(QLatin1Char('\n')).contains(QStringLiteral("negative")));
        setText(area, QStringLiteral("abc"));
        QVERIFY(!dialog->okButton()->isEnabled());
        setText(area, QStringLiteral("2.5"));
        QVERIFY(dialog->okButton()->isEnabled());

        // An empty number field means unknown, not zero.
        setText(dialog->lineEdit(QStringLiteral("enterprises")), QString());
        QComboBox *leadership = dialog->comboBox(QStringLiteral("leadership"));
        leadership->setCurrentIndex(leadership->findData(QStringLiteral("government")));
        emit leadership->activated(leadership->currentIndex());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        const ParkRecord &r = model()->record(rowOf("zj-c"));
        QCOMPARE(r.areaKm2.value_or(-1), 2.5);
        QVERIFY(!r.enterprises.has_value());
        QCOMPARE(r.leadership, Leadership::Government);
        QCOMPARE(window->undoStack()->count(), 1);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Edit Ningbo Chain Valley"));
        QVERIFY(window->isWindowModified());
        QCOMPARE(window->editor()->undoAction()->text(),
                 QStringLiteral("&Undo Edit Ningbo Chain Valley"));
    }

    void escapeCancelsTheDialog()
    {
        const ParkRecord before = model()->record(0);
        window->editor()->editRow(0);
        ParkEditDialog *dialog = window->editor()->openDialog();
        QVERIFY(dialog);
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QStringLiteral("Changed"));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window->editor()->openDialog());
        QCOMPARE(model()->record(0), before);
        QCOMPARE(window->undoStack()->count(), 0);
    }

    void dialogChecksIdsDatesAndSources()
    {
        window->editor()->editRow(0);
        ParkEditDialog *dialog = window->editor()->openDialog();
        QLineEdit *id = dialog->lineEdit(QStringLiteral("id"));
        setText(id, QStringLiteral("zj-b"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problems()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("duplicate id \"zj-b\"")));
        setText(id, QStringLiteral("zj-a-renamed"));
        QVERIFY(dialog->okButton()->isEnabled());

        dialog->precisionCombo()->setCurrentIndex(3); // day
        emit dialog->precisionCombo()->activated(3);
        dialog->yearBox()->setValue(2019);
        dialog->monthBox()->setValue(2);
        dialog->dayBox()->setValue(30);
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->dayBox()->setValue(28);
        QVERIFY(dialog->okButton()->isEnabled());
        QCOMPARE(dialog->record().established, FoundingDate(2019, 2, 28));

        dialog->addSource(QStringLiteral("http://exa mple"));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->sourcesList()
            ->item(dialog->sourcesList()->count() - 1)
            ->setText(QStringLiteral("https://example.org/new"));
        QVERIFY(dialog->okButton()->isEnabled());
        QCOMPARE(dialog->record().sources.last(), QStringLiteral("https://example.org/new"));
        dialog->reject();
    }

    void dialogWarnsWhenTheLocationIsOutsideTheProvince()
    {
        window->editor()->editRow(rowOf("zj-a"));
        ParkEditDialog *dialog = window->editor()->openDialog();
        QVERIFY(dialog->locationWarning().isEmpty());
        setText(dialog->lineEdit(QStringLiteral("lat")), QStringLiteral("23.13"));
        setText(dialog->lineEdit(QStringLiteral("lon")), QStringLiteral("113.26"));
        QVERIFY(dialog->locationWarning().contains(QStringLiteral("outside Zhejiang")));
        // A warning, not an error: the park can still be saved.
        QVERIFY(dialog->okButton()->isEnabled());
        setText(dialog->lineEdit(QStringLiteral("lat")), QStringLiteral("95"));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->reject();
    }

    void problemsFromLoadingShowInTheFormAndClearWhenFixed()
    {
        QVERIFY(window->openFile(QStringLiteral(TESTDATA_DIR "/bad-wrong-type.json")));
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->inherits("QMessageBox"))
                w->close();
        }
        const int row = rowOf("bad-1");
        QVERIFY(model()->index(row, 0).data(ParkTableModel::HasProblemsRole).toBool());
        window->editor()->editRow(row);
        ParkEditDialog *dialog = window->editor()->openDialog();
        QCOMPARE(dialog->lineEdit(QStringLiteral("enterprises"))->text(), QStringLiteral("ten"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problems().first().startsWith(QStringLiteral("enterprises: ")));
        setText(dialog->lineEdit(QStringLiteral("enterprises")), QStringLiteral("10"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!model()->index(row, 0).data(ParkTableModel::HasProblemsRole).toBool());
        QCOMPARE(model()->record(row).enterprises.value_or(0), 10);
    }

    void cellEditsThroughTheDelegateAreUndoable()
    {
        // A table with nothing installed on it but its undo stack: no
        // controller, no commit handler.
        ParkTableModel parks;
        parks.setRecords(
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/store-small.json")).document.parks);
        ParkFilterProxy proxy;
        proxy.setSourceModel(&parks);
        QUndoStack stack;
        ParkTableView table(&stack);
        table.setModel(&proxy);
        ParkItemDelegate *delegate = table.parkDelegate();
        QCOMPARE(delegate->undoStack(), &stack);

        const int row = parks.rowOfId(QStringLiteral("zj-a"));
        const ParkRecord before = parks.record(row);
        const QModelIndex name =
            proxy.mapFromSource(parks.index(row, ParkTableModel::NameEnColumn));
        QStyleOptionViewItem option;
        std::unique_ptr<QWidget> editor(delegate->createEditor(table.viewport(), option, name));
        auto *line = qobject_cast<QLineEdit *>(editor.get());
        QVERIFY(line);
        line->setText(QStringLiteral("Renamed by hand"));
        delegate->setModelData(line, &proxy, name);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(parks.record(row).nameEn, QStringLiteral("Renamed by hand"));

        const QModelIndex leadership =
            proxy.mapFromSource(parks.index(row, ParkTableModel::LeadershipColumn));
        editor.reset(delegate->createEditor(table.viewport(), option, leadership));
        auto *box = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(box);
        box->setCurrentIndex(box->findData(QStringLiteral("enterprise")));
        delegate->setModelData(box, &proxy, leadership);
        QCOMPARE(stack.count(), 2);
        QCOMPARE(parks.record(row).leadership, Leadership::Enterprise);

        // Numbers are edited in the default factory's editor; its value goes
        // onto the stack as well.
        const QModelIndex area = proxy.mapFromSource(parks.index(row, ParkTableModel::AreaColumn));
        editor.reset(delegate->createEditor(table.viewport(), option, area));
        QVERIFY(editor);
        delegate->setEditorData(editor.get(), area);
        const QMetaProperty property = editor->metaObject()->userProperty();
        QVERIFY(property.isValid());
        QVERIFY(property.write(editor.get(), 12.5));
        delegate->setModelData(editor.get(), &proxy, area);
        QCOMPARE(stack.count(), 3);
        QCOMPARE(parks.record(row).areaKm2, std::optional<double>(12.5));

        // A value the model refuses changes nothing and pushes nothing.
        const QModelIndex id = proxy.mapFromSource(parks.index(row, ParkTableModel::IdColumn));
        editor.reset(delegate->createEditor(table.viewport(), option, id));
        line = qobject_cast<QLineEdit *>(editor.get());
        QVERIFY(line);
        line->setText(QStringLiteral("gd-a"));
        delegate->setModelData(line, &proxy, id);
        QCOMPARE(stack.count(), 3);
        QCOMPARE(parks.record(row).id, QStringLiteral("zj-a"));

        stack.undo();
        stack.undo();
        stack.undo();
        QCOMPARE(parks.record(row), before);
        stack.redo();
        QCOMPARE(parks.record(row).nameEn, QStringLiteral("Renamed by hand"));
    }

    void undoRedoRestoreExactRecordsAndCleanState()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack *stack = window->undoStack();
        const QList<ParkRecord> original = model()->records();
        QSignalSpy clean(stack, &QUndoStack::cleanChanged);

        const QModelIndex name =
            window->proxy()->mapFromSource(model()->index(0, ParkTableModel::NameEnColumn));
        QVERIFY(window->editor()->commitCell(name, QStringLiteral("Renamed")));
        selectRow(2);
        window->editor()->duplicateSelected();
        QCOMPARE(model()->rowCount(), 11);
        QCOMPARE(model()->record(3).id, QStringLiteral("zj-c-1"));
        selectRow(5);
        confirmAnswers = {true};
        window->editor()->deleteSelected();
        QCOMPARE(model()->rowCount(), 10);
        QCOMPARE(stack->count(), 3);
        QCOMPARE(clean.count(), 1);
        QVERIFY(window->isWindowModified());

        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(model()->records(), original);
        QVERIFY(stack->isClean());
        QVERIFY(!window->isWindowModified());
        stack->redo();
        stack->redo();
        stack->redo();
        QCOMPARE(model()->rowCount(), 10);
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Renamed"));
    }

    void deleteAndUndoRestorePositionAndContent()
    {
        const QList<ParkRecord> original = model()->records();
        window->tableView()->clearSelection();
        auto *selection = window->tableView()->selectionModel();
        for (int row : {1, 4, 7}) {
            selection->select(window->proxy()->mapFromSource(model()->index(row, 0)),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        confirmAnswers = {false};
        window->editor()->deleteSelected();
        QCOMPARE(model()->rowCount(), 10); // declined
        QVERIFY(questions.last().contains(QStringLiteral("Delete 3 parks?")));
        confirmAnswers = {true};
        window->editor()->deleteSelected();
        QCOMPARE(model()->rowCount(), 7);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Delete 3 parks"));
        window->undoStack()->undo();
        QCOMPARE(model()->records(), original);
    }

    void bulkEditIsOneUndoStep()
    {
        window->tableView()->selectAll();
        const Result refused = window->editor()->setValueForSelection(ParkTableModel::AreaColumn,
                                                                      QStringLiteral("-1"));
        QVERIFY(refused.failed());
        QVERIFY(refused.message.contains(QStringLiteral("not a valid value")));
        QCOMPARE(window->undoStack()->count(), 0);
        QVERIFY(
            window->editor()
                ->setValueForSelection(ParkTableModel::ConfidenceColumn, QStringLiteral("sourced"))
                .ok());
        QCOMPARE(window->undoStack()->count(), 1);
        for (const ParkRecord &r : model()->records())
            QCOMPARE(r.confidence, Confidence::Sourced);
        window->undoStack()->undo();
        QCOMPARE(model()->record(0).confidence, Confidence::StatedInReport);
    }

    void newParkGetsAFreshId()
    {
        window->editor()->newPark();
        ParkEditDialog *dialog = window->editor()->openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->lineEdit(QStringLiteral("id"))->text(), QStringLiteral("park-1"));
        QVERIFY(!dialog->okButton()->isEnabled()); // name and province missing
        setText(dialog->lineEdit(QStringLiteral("nameZh")), QStringLiteral("新园区"));
        QComboBox *province = dialog->comboBox(QStringLiteral("province"));
        province->setCurrentIndex(province->findData(QStringLiteral("江苏省")));
        emit province->activated(province->currentIndex());
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 11);
        QCOMPARE(model()->record(10).id, QStringLiteral("park-1"));
        QCOMPARE(model()->record(10).provinceCode.value_or(0), 320000);
        QVERIFY(model()->record(10).problems.isEmpty());
    }

    void saveWritesTheChangeAndKeepsTheBackup()
    {
        const QByteArray original = readAll(path);
        QVERIFY(window->editor()->commitCell(
            window->proxy()->mapFromSource(model()->index(0, ParkTableModel::NameEnColumn)),
            QStringLiteral("Saved Name")));
        QVERIFY(window->save());
        QVERIFY(window->undoStack()->isClean());
        QVERIFY(!window->isWindowModified());
        QVERIFY(readAll(path).contains("\"nameEn\": \"Saved Name\""));
        QCOMPARE(readAll(path + QStringLiteral(".bak")), original);
    }

    void closingAsksAboutUnsavedChanges()
    {
        QVERIFY(window->editor()->commitCell(
            window->proxy()->mapFromSource(model()->index(0, ParkTableModel::NameEnColumn)),
            QStringLiteral("Unsaved")));
        unsavedAnswers = {UnsavedChoice::Cancel};
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        unsavedAnswers = {UnsavedChoice::Save};
        QVERIFY(window->close());
        QVERIFY(readAll(path).contains("\"nameEn\": \"Unsaved\""));
    }

    void openingAnotherFileAsksToo()
    {
        QVERIFY(window->editor()->commitCell(
            window->proxy()->mapFromSource(model()->index(0, ParkTableModel::NameEnColumn)),
            QStringLiteral("Unsaved")));
        unsavedAnswers = {UnsavedChoice::Cancel};
        QVERIFY(!window->openFile(QStringLiteral(TESTDATA_DIR "/bad-syntax.json")));
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Unsaved"));
        unsavedAnswers = {UnsavedChoice::Discard};
        QVERIFY(window->openFile(ParkStore::EmbeddedPath));
        QCOMPARE(model()->rowCount(),
                 int(ParkStore::loadFile(ParkStore::EmbeddedPath).document.parks.size()));
        QVERIFY(window->undoStack()->isClean());
    }

    // Another program's change to another park is merged in when saving,
    // without a question.
    void externalChangeIsMergedWhenSaving()
    {
        QVERIFY(window->editor()->commitCell(
            window->proxy()->mapFromSource(model()->index(0, ParkTableModel::NameEnColumn)),
            QStringLiteral("Mine")));
        // Another program writes the file; the watcher may not have told yet.
        window->changeWatcher()->blockSignals(true);
        QByteArray theirs = readAll(path);
        theirs.replace("Xiaoshan Base", "Their Xiaoshan");
        QVERIFY(writeAll(path, theirs));
        QVERIFY(window->changeWatcher()->changedOnDisk());
        QVERIFY(window->save());
        window->changeWatcher()->blockSignals(false);
        QVERIFY(questions.isEmpty());
        QVERIFY(readAll(path).contains("\"nameEn\": \"Mine\""));
        QVERIFY(readAll(path).contains("\"nameEn\": \"Their Xiaoshan\""));
        QCOMPARE(model()->record(rowOf("zj-b")).nameEn, QStringLiteral("Their Xiaoshan"));
        QVERIFY(!window->changeWatcher()->changedOnDisk());
        QVERIFY(window->undoStack()->isClean());
    }

    // Without unsaved edits, another program's change is reloaded quietly.
    void externalChangeIsReloaded()
    {
        QByteArray theirs = readAll(path);
        theirs.replace("Xiaoshan Base", "Their Xiaoshan");
        QVERIFY(writeAll(path, theirs));
        QTRY_COMPARE(model()->record(rowOf("zj-b")).nameEn, QStringLiteral("Their Xiaoshan"));
        QVERIFY(questions.isEmpty());
        QVERIFY(window->undoStack()->isClean());
    }

    void recoveryFileIsWrittenRestoredAndRemoved()
    {
        QVERIFY(!window->document()->writeRecoveryFile()); // nothing unsaved
        QVERIFY(window->editor()->commitCell(
            window->proxy()->mapFromSource(model()->index(0, ParkTableModel::NameEnColumn)),
            QStringLiteral("Recovered Name")));
        const QString recoveryPath = RecoveryFile::pathFor(RecoveryFile::defaultFolder(), path);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recoveryPath), 5000);
        const auto recovered = RecoveryFile::read(recoveryPath);
        QVERIFY2(recovered.ok(), qPrintable(recovered.message));
        QCOMPARE(recovered->documentPath, path);
        QCOMPARE(recovered->document.parks.at(0).nameEn, QStringLiteral("Recovered Name"));

        // A crash: the window goes away without closing.
        window->setPrompts(
            {[] { return UnsavedChoice::Discard; }, [](const QString &) { return false; }});
        window->hide();
        MainWindow *crashed = window.release();
        // Deliberately leaked: a crashed process runs no clean-up. Its lock on
        // the recovery file would be stale, and the next instance take it over.
        crashed->document()->recovery()->release();

        window = std::make_unique<MainWindow>();
        window->setPrompts({[] { return UnsavedChoice::Discard; },
                            [this](const QString &q) {
                                questions << q;
                                return true;
                            }});
        window->openAtStartup(QString());
        QVERIFY(questions.last().contains(QStringLiteral("did not close normally")));
        QCOMPARE(window->session()->path(), path);
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Recovered Name"));
        QVERIFY(!window->undoStack()->isClean());
        // Saving keeps the edits and removes the recovery file.
        QVERIFY(window->save());
        QVERIFY(!QFile::exists(recoveryPath));
        QVERIFY(readAll(path).contains("Recovered Name"));
    }

    void failedSaveKeepsEditsAndTheFile()
    {
        // Saving into a folder that does not exist fails for every user.
        QVERIFY(window->editor()->commitCell(
            window->proxy()->mapFromSource(model()->index(0, ParkTableModel::NameEnColumn)),
            QStringLiteral("Kept")));
        const QByteArray before = readAll(path);
        QVERIFY(!window->session()->save(dir.filePath(QStringLiteral("gone/parks.json"))).ok());
        QCOMPARE(readAll(path), before);
        QCOMPARE(model()->record(0).nameEn, QStringLiteral("Kept"));
        QVERIFY(!window->undoStack()->isClean());
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
