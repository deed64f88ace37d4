#include "documentguard.h"
#include "documentsession.h"
#include "editing/editcontroller.h"
#include "editing/nonparkentrydialog.h"
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
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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

// The small store in a table with nothing installed on it but its undo
// stack: no controller, no commit handler.
struct BareTable
{
    BareTable()
    {
        parks.setRecords(
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/store-small.json")).document.parks);
        proxy.setSourceModel(&parks);
        table.setModel(&proxy);
    }

    ParkTableModel parks;
    ParkFilterProxy proxy;
    QUndoStack stack;
    ParkTableView table{&stack};
};

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
    QList<ParkEditDialog::Resolution> conflictAnswers;
    QStringList conflictQuestions;

    ParkTableModel *model() const { return window->session()->model(); }
    int rowOf(const char *id) const { return model()->rowOfId(QString::fromLatin1(id)); }

    // Rewrites the store as another program would: EDIT gets its parks.
    void changeFileOnDisk(const std::function<void(QJsonArray &)> &edit)
    {
        QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        QJsonArray parks = root.value(QStringLiteral("parks")).toArray();
        edit(parks);
        root.insert(QStringLiteral("parks"), parks);
        QVERIFY(writeAll(path, QJsonDocument(root).toJson()));
    }

    // A park the other program puts at the top of the file.
    static QJsonObject insertedPark()
    {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("aa-inserted")},
                           {QStringLiteral("nameZh"), QStringLiteral("新插入的园区")},
                           {QStringLiteral("province"), QStringLiteral("浙江省")},
                           {QStringLiteral("provinceCode"), 330000}};
    }

    // Accepts the reload the window offers after the file changed.
    // With nothing unsaved (an open form is not saved data), the changed
    // file is reloaded without a question.
    void reloadAfterExternalChange(int expectedRows)
    {
        const qsizetype asked = questions.size();
        QTRY_COMPARE(model()->rowCount(), expectedRows);
        QCOMPARE(questions.size(), asked);
    }

    // Opens one of the bad-*.json fixtures and closes the message about it.
    void openBadStore(const char *name)
    {
        QVERIFY(window->openFile(QStringLiteral(TESTDATA_DIR "/") + QString::fromLatin1(name)));
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->inherits("QMessageBox"))
                w->close();
        }
    }

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
        conflictAnswers.clear();
        conflictQuestions.clear();
        window->setPrompts({[this] {
                                return unsavedAnswers.isEmpty() ? UnsavedChoice::Cancel
                                                                : unsavedAnswers.takeFirst();
                            },
                            [this](const QString &q) {
                                questions << q;
                                return confirmAnswers.isEmpty() ? false
                                                                : confirmAnswers.takeFirst();
                            }});
        window->editor()->setConflictPrompt(
            [this](ParkEditDialog::Conflict, const QString &question) {
                conflictQuestions << question;
                return conflictAnswers.isEmpty() ? ParkEditDialog::Resolution::Back
                                                 : conflictAnswers.takeFirst();
            });
        // Closing a changed form in a test drops its changes.
        window->editor()->setDiscardPrompt([](const QString &) { return true; });
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
        // Unchanged: Esc closes without a question.
        QStringList asked;
        QList<bool> discard;
        dialog->setDiscardPrompt([&](const QString &q) {
            asked << q;
            return discard.isEmpty() ? false : discard.takeFirst();
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window->editor()->openDialog());
        QVERIFY(asked.isEmpty());

        // Changed: Esc and Cancel ask first; declining keeps the form open.
        window->editor()->editRow(0);
        dialog = window->editor()->openDialog();
        dialog->setDiscardPrompt([&](const QString &q) {
            asked << q;
            return discard.isEmpty() ? false : discard.takeFirst();
        });
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QStringLiteral("Changed"));
        discard = {false};
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("Discard")));
        QCOMPARE(window->editor()->openDialog(), dialog);
        QCOMPARE(dialog->lineEdit(QStringLiteral("nameEn"))->text(), QStringLiteral("Changed"));
        discard = {false};
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(window->editor()->openDialog(), dialog);
        discard = {true};
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window->editor()->openDialog());
        QCOMPARE(model()->record(0), before);
        QCOMPARE(window->undoStack()->count(), 0);
    }

    // The real question's default answer keeps the form.
    void discardQuestionDefaultsToKeepEditing()
    {
        window->editor()->setDiscardPrompt({});
        window->editor()->editRow(0);
        QPointer<ParkEditDialog> dialog = window->editor()->openDialog();
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QStringLiteral("Changed"));
        QString defaultAnswer;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            defaultAnswer = box->defaultButton()->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(defaultAnswer, QStringLiteral("Keep Editing"));
        QVERIFY(dialog);
        QCOMPARE(window->editor()->openDialog(), dialog.data());
        dialog->setDiscardPrompt([](const QString &) { return true; });
        dialog->reject();
    }

    // A read-only document's form never offers OK, edited or not.
    void readOnlyFormKeepsOkOff()
    {
        openBadStore("newer-version.json");
        QVERIFY(window->session()->isReadOnly());
        window->editor()->editRow(0);
        ParkEditDialog *dialog = window->editor()->openDialog();
        QVERIFY(!dialog->okButton()->isEnabled());
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QStringLiteral("Changed"));
        QVERIFY(dialog->isValid());
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->reject();
    }

    // A park without names is still an existing park.
    void formTitleNamesThePark()
    {
        const int row = rowOf("zj-c");
        window->editor()->editRow(row);
        QCOMPARE(window->editor()->openDialog()->windowTitle(),
                 QStringLiteral("Edit Park — Ningbo Chain Valley"));
        window->editor()->openDialog()->reject();
        QTRY_VERIFY(!window->editor()->openDialog());
        ParkRecord unnamed = model()->record(row);
        unnamed.nameZh = QString();
        unnamed.nameEn = QString();
        model()->setRecord(row, unnamed);
        window->editor()->editRow(row);
        QCOMPARE(window->editor()->openDialog()->windowTitle(), QStringLiteral("Edit Park (zj-c)"));
        window->editor()->openDialog()->reject();
        QTRY_VERIFY(!window->editor()->openDialog());
        window->editor()->newPark();
        QCOMPARE(window->editor()->openDialog()->windowTitle(), QStringLiteral("New Park"));
        window->editor()->openDialog()->reject();
    }

    // Issue 12, item 2: a form is bound to its park, not to a row. Another
    // program puts a park at the top of the file and the user reloads: the
    // row the form was opened on now holds another park, which OK must not
    // touch.
    void formFollowsItsParkThroughAReloadThatShiftsRows()
    {
        const int row = 4;
        const QString id = model()->record(row).id;
        window->editor()->editRow(row);
        ParkEditDialog *dialog = window->editor()->openDialog();
        QVERIFY(dialog);
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QStringLiteral("Mine"));

        changeFileOnDisk([](QJsonArray &parks) { parks.prepend(insertedPark()); });
        reloadAfterExternalChange(11);
        QVERIFY(model()->record(row).id != id); // row 4 is another park now
        const ParkRecord atRow = model()->record(row);
        // The park itself is as it was: nothing to say, nothing to ask.
        QCOMPARE(dialog->conflict(), ParkEditDialog::Conflict::None);
        QVERIFY(dialog->conflictText().isEmpty());
        QVERIFY(dialog->okButton()->isEnabled()); // its own id is no duplicate

        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!window->editor()->openDialog());
        QVERIFY(conflictQuestions.isEmpty());
        QCOMPARE(model()->record(row), atRow);
        QCOMPARE(model()->record(rowOf(qPrintable(id))).nameEn, QStringLiteral("Mine"));
        QCOMPARE(window->undoStack()->count(), 1);
    }

    // The reloaded file has the park differently: the form says so and, on
    // OK, puts only the fields changed in the form on the reloaded version.
    void reloadedParkGetsOnlyTheFieldsChangedInTheForm()
    {
        const int row = rowOf("zj-c");
        window->editor()->editRow(row);
        ParkEditDialog *dialog = window->editor()->openDialog();
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QStringLiteral("Mine"));

        changeFileOnDisk([](QJsonArray &parks) {
            for (qsizetype i = 0; i < parks.size(); ++i) {
                QJsonObject park = parks.at(i).toObject();
                if (park.value(QStringLiteral("id")).toString() == QLatin1String("zj-c")) {
                    park.insert(QStringLiteral("district"), QStringLiteral("他们的区"));
                    parks[i] = park;
                }
            }
            parks.prepend(insertedPark());
        });
        reloadAfterExternalChange(11);
        QCOMPARE(dialog->conflict(), ParkEditDialog::Conflict::Reloaded);
        QVERIFY(dialog->conflictText().contains(
            QStringLiteral("reloaded from the file while the form was open")));

        conflictAnswers = {ParkEditDialog::Resolution::ApplyToCurrent};
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!window->editor()->openDialog());
        QCOMPARE(conflictQuestions.size(), 1);
        QVERIFY(conflictQuestions.first().contains(QStringLiteral("English name")));
        const ParkRecord &r = model()->record(rowOf("zj-c"));
        QCOMPARE(r.nameEn, QStringLiteral("Mine"));
        QCOMPARE(r.district, QStringLiteral("他们的区"));
        QCOMPARE(model()->record(0).id, QStringLiteral("aa-inserted"));
        QCOMPARE(window->undoStack()->count(), 1);
    }

    // The reloaded file no longer has the park: it can be added back.
    void parkGoneAfterReloadCanBeAddedBack()
    {
        window->editor()->editRow(rowOf("zj-c"));
        ParkEditDialog *dialog = window->editor()->openDialog();
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QStringLiteral("Mine"));
        changeFileOnDisk([](QJsonArray &parks) {
            for (qsizetype i = 0; i < parks.size(); ++i) {
                if (parks.at(i).toObject().value(QStringLiteral("id")).toString() ==
                    QLatin1String("zj-c"))
                    parks.removeAt(i--);
            }
        });
        reloadAfterExternalChange(9);
        QCOMPARE(dialog->conflict(), ParkEditDialog::Conflict::GoneAfterReload);
        const QList<ParkRecord> reloaded = model()->records();
        conflictAnswers = {ParkEditDialog::Resolution::AddAsNew};
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!window->editor()->openDialog());
        QCOMPARE(model()->rowCount(), 10);
        QCOMPARE(model()->record(rowOf("zj-c")).nameEn, QStringLiteral("Mine"));
        for (const ParkRecord &r : reloaded)
            QCOMPARE(model()->record(rowOf(qPrintable(r.id))), r);
    }

    // An undo changes the park under the open form.
    void undoUnderAnOpenForm()
    {
        const int row = rowOf("zj-c");
        const QString city = model()->record(row).city;
        QVERIFY(window->editor()->commitCell(
            window->proxy()->mapFromSource(model()->index(row, ParkTableModel::CityColumn)),
            QStringLiteral("Cell City")));
        window->editor()->editRow(row);
        ParkEditDialog *dialog = window->editor()->openDialog();
        setText(dialog->lineEdit(QStringLiteral("areaKm2")), QStringLiteral("3.5"));
        window->undoStack()->undo();
        QCOMPARE(dialog->conflict(), ParkEditDialog::Conflict::Changed);
        QVERIFY(dialog->conflictText().contains(
            QStringLiteral("This park was changed while the form was open")));
        // Redo brings the park back to what the form was opened on.
        window->undoStack()->redo();
        QCOMPARE(dialog->conflict(), ParkEditDialog::Conflict::None);
        window->undoStack()->undo();

        conflictAnswers = {ParkEditDialog::Resolution::ApplyToCurrent};
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!window->editor()->openDialog());
        const ParkRecord &r = model()->record(row);
        QCOMPARE(r.city, city); // the undo stands
        QCOMPARE(r.areaKm2, std::optional<double>(3.5));
    }

    // A cell edit of the same park under the open form; Back keeps the
    // form open, Discard drops the form's changes and keeps the cell edit.
    void cellEditUnderAnOpenForm()
    {
        const int row = rowOf("zj-c");
        window->editor()->editRow(row);
        ParkEditDialog *dialog = window->editor()->openDialog();
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QStringLiteral("Form Name"));
        // Another park's edit is no concern of this form.
        QVERIFY(window->editor()->commitCell(window->proxy()->mapFromSource(model()->index(
                                                 rowOf("zj-a"), ParkTableModel::CityColumn)),
                                             QStringLiteral("Elsewhere")));
        QCOMPARE(dialog->conflict(), ParkEditDialog::Conflict::None);
        QVERIFY(window->editor()->commitCell(
            window->proxy()->mapFromSource(model()->index(row, ParkTableModel::CityColumn)),
            QStringLiteral("Cell City")));
        QCOMPARE(dialog->conflict(), ParkEditDialog::Conflict::Changed);

        conflictAnswers = {ParkEditDialog::Resolution::Back};
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(window->editor()->openDialog(), dialog);
        conflictAnswers = {ParkEditDialog::Resolution::Discard};
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!window->editor()->openDialog());
        QCOMPARE(conflictQuestions.size(), 2);
        QCOMPARE(model()->record(row).city, QStringLiteral("Cell City"));
        QVERIFY(model()->record(row).nameEn != QStringLiteral("Form Name"));
        QCOMPARE(window->undoStack()->count(), 2);
    }

    // The park is deleted under the open form; undoing the delete brings it
    // back to the form; deleted again, OK can add it back as a new park.
    void deleteUnderAnOpenForm()
    {
        const int row = rowOf("zj-c");
        selectRow(row);
        window->editor()->editCurrent();
        ParkEditDialog *dialog = window->editor()->openDialog();
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QStringLiteral("Kept"));
        confirmAnswers = {true};
        window->editor()->deleteSelected();
        QCOMPARE(model()->rowCount(), 9);
        QCOMPARE(dialog->conflict(), ParkEditDialog::Conflict::Deleted);
        QVERIFY(dialog->conflictText().contains(
            QStringLiteral("This park was deleted while the form was open")));
        window->undoStack()->undo();
        QCOMPARE(dialog->conflict(), ParkEditDialog::Conflict::None);
        window->undoStack()->redo();
        QCOMPARE(dialog->conflict(), ParkEditDialog::Conflict::Deleted);
        const QList<ParkRecord> others = model()->records();

        conflictAnswers = {ParkEditDialog::Resolution::AddAsNew};
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!window->editor()->openDialog());
        QCOMPARE(model()->rowCount(), 10);
        QCOMPARE(rowOf("zj-c"), row);
        QCOMPARE(model()->record(row).nameEn, QStringLiteral("Kept"));
        for (const ParkRecord &r : others)
            QCOMPARE(model()->record(rowOf(qPrintable(r.id))), r);
        QVERIFY(window->undoStack()->undoText().startsWith(QStringLiteral("Add Back")));
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
        openBadStore("bad-wrong-type.json");
        const int row = rowOf("bad-1");
        QVERIFY(model()->index(row, 0).data(ParkTableModel::HasProblemsRole).toBool());
        window->editor()->editRow(row);
        ParkEditDialog *dialog = window->editor()->openDialog();
        // The stored value, as the file has it, until it is replaced.
        QVERIFY(dialog->showsRawValue(QStringLiteral("enterprises")));
        QCOMPARE(dialog->rawValueText(QStringLiteral("enterprises"))->text(),
                 QStringLiteral("\"ten\""));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problems().first().startsWith(QStringLiteral("enterprises: ")));
        QTest::mouseClick(dialog->replaceButton(QStringLiteral("enterprises")), Qt::LeftButton);
        QVERIFY(!dialog->showsRawValue(QStringLiteral("enterprises")));
        setText(dialog->lineEdit(QStringLiteral("enterprises")), QStringLiteral("10"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!model()->index(row, 0).data(ParkTableModel::HasProblemsRole).toBool());
        QCOMPARE(model()->record(row).enterprises.value_or(0), 10);
    }

    // Issue 12, item 4: a date that could not be read is shown as the file
    // has it, kept until replaced, and never turned into another date.
    void unreadableDateIsShownAndKeptUntilReplaced()
    {
        openBadStore("bad-impossible-date.json");
        const int row = rowOf("bad-1");
        window->editor()->editRow(row);
        ParkEditDialog *dialog = window->editor()->openDialog();
        QVERIFY(dialog->showsRawValue(QStringLiteral("established")));
        QVERIFY(dialog->rawValuePanel(QStringLiteral("established"))->isVisible());
        QVERIFY(!dialog->fieldWidget(QStringLiteral("established"))->isVisible());
        QCOMPARE(dialog->rawValueText(QStringLiteral("established"))->text(),
                 QStringLiteral("\"2019-02-30\""));
        QVERIFY(dialog->rawValueText(QStringLiteral("established"))->isReadOnly());
        QVERIFY(dialog->problemLabel(QStringLiteral("established"))
                    ->text()
                    .contains(QStringLiteral("2019-02-30")));
        // Other edits keep the stored value as it is.
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QStringLiteral("Bad Park"));
        QCOMPARE(dialog->record().unreadableValues.value(QStringLiteral("established")),
                 QJsonValue(QStringLiteral("2019-02-30")));
        QVERIFY(!dialog->record().established.isKnown());
        QVERIFY(!dialog->okButton()->isEnabled());

        // Replace shows the stored parts in the editor; the problem stays
        // until they make a date.
        QTest::mouseClick(dialog->replaceButton(QStringLiteral("established")), Qt::LeftButton);
        QVERIFY(dialog->fieldWidget(QStringLiteral("established"))->isVisible());
        QCOMPARE(dialog->precisionCombo()->currentData().toInt(),
                 int(FoundingDate::Precision::Day));
        QCOMPARE(dialog->yearBox()->value(), 2019);
        QCOMPARE(dialog->monthBox()->value(), 2);
        QCOMPARE(dialog->dayBox()->value(), 30);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemLabel(QStringLiteral("established"))
                    ->text()
                    .contains(QStringLiteral("2019-02-30")));
        dialog->dayBox()->setValue(28);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(model()->record(row).established, FoundingDate(2019, 2, 28));
        QVERIFY(model()->record(row).unreadableValues.isEmpty());
    }

    // Typing year 2018, month 13, day 40 used to give 2018-01-04 without a
    // word: the spin boxes dropped the second digits.
    void typedImpossibleDatesAreReportedNotWrapped()
    {
        window->editor()->editRow(rowOf("zj-a"));
        ParkEditDialog *dialog = window->editor()->openDialog();
        dialog->precisionCombo()->setCurrentIndex(
            dialog->precisionCombo()->findData(int(FoundingDate::Precision::Day)));
        emit dialog->precisionCombo()->activated(dialog->precisionCombo()->currentIndex());
        auto type = [](QSpinBox *box, const char *text) {
            box->setFocus();
            box->selectAll();
            QTest::keyClicks(box, QString::fromLatin1(text));
        };
        type(dialog->yearBox(), "2018");
        type(dialog->monthBox(), "13");
        type(dialog->dayBox(), "40");
        QCOMPARE(dialog->yearBox()->value(), 2018);
        QCOMPARE(dialog->monthBox()->value(), 13);
        QCOMPARE(dialog->dayBox()->value(), 40);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->record().established != FoundingDate(2018, 1, 4));
        const QString problem = dialog->problemLabel(QStringLiteral("established"))->text();
        QVERIFY2(problem.contains(QStringLiteral("month 13")), qPrintable(problem));

        type(dialog->monthBox(), "2");
        type(dialog->dayBox(), "30");
        const QString february = dialog->problemLabel(QStringLiteral("established"))->text();
        QVERIFY2(february.contains(QStringLiteral("2018-02-30")), qPrintable(february));
        QVERIFY2(february.contains(QStringLiteral("28 days")), qPrintable(february));
        QVERIFY(!dialog->okButton()->isEnabled());
        // The arrows stay within the calendar.
        type(dialog->dayBox(), "31");
        QTest::keyClick(dialog->dayBox(), Qt::Key_Up);
        QCOMPARE(dialog->dayBox()->value(), 31);
        type(dialog->dayBox(), "28");
        QVERIFY(dialog->okButton()->isEnabled());
        QCOMPARE(dialog->record().established, FoundingDate(2018, 2, 28));
        // A year beyond the plausible range is kept and reported too.
        type(dialog->yearBox(), "3018");
        QCOMPARE(dialog->yearBox()->value(), 3018);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemLabel(QStringLiteral("established"))
                    ->text()
                    .contains(QStringLiteral("3018")));
        dialog->reject();
    }

    // Sources stored as one string: shown, and made a list with one click.
    void sourcesStoredAsAStringCanBeMadeAList()
    {
        openBadStore("bad-sources-type.json");
        const int row = rowOf("bad-1");
        window->editor()->editRow(row);
        ParkEditDialog *dialog = window->editor()->openDialog();
        QVERIFY(dialog->showsRawValue(QStringLiteral("sources")));
        QCOMPARE(dialog->rawValueText(QStringLiteral("sources"))->text(),
                 QStringLiteral("\"https://example.org\""));
        QPushButton *convert = dialog->convertButton(QStringLiteral("sources"));
        QVERIFY(!convert->isHidden());
        QCOMPARE(convert->text(), QStringLiteral("Make It a List"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::mouseClick(convert, Qt::LeftButton);
        QVERIFY(!dialog->showsRawValue(QStringLiteral("sources")));
        QCOMPARE(dialog->sourcesList()->count(), 1);
        QCOMPARE(dialog->sourcesList()->item(0)->text(), QStringLiteral("https://example.org"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(model()->record(row).sources, QStringList{QStringLiteral("https://example.org")});
        QVERIFY(model()->record(row).problems.isEmpty());
    }

    // A province code that is not the province's is a problem in the form,
    // with the fix one click away.
    void provinceCodeMismatchIsAProblemWithAFix()
    {
        openBadStore("bad-province-code.json");
        const int row = rowOf("bad-1");
        window->editor()->editRow(row);
        ParkEditDialog *dialog = window->editor()->openDialog();
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->provinceCodeLabel()->text(), QStringLiteral("310000"));
        QVERIFY(dialog->problemLabel(QStringLiteral("provinceCode"))
                    ->text()
                    .contains(QStringLiteral("310000 is the code of 上海市")));
        QPushButton *fix = dialog->provinceCodeFixButton();
        QVERIFY(!fix->isHidden());
        QCOMPARE(fix->text(), QStringLiteral("Use 330000, the code of 浙江省"));
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(dialog->provinceCodeLabel()->text(), QStringLiteral("330000"));
        QVERIFY(fix->isHidden());
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(model()->record(row).provinceCode, std::optional<int>(330000));
        QVERIFY(model()->record(row).problems.isEmpty());
    }

    // An entry that is not a park: shown as JSON, deleted (undoably) or
    // replaced with a new park.
    void entryThatIsNotAParkCanBeDeletedOrReplaced()
    {
        openBadStore("bad-record-not-object.json");
        QCOMPARE(model()->rowCount(), 2);
        window->editor()->editRow(1);
        QVERIFY(!window->editor()->openDialog());
        NonParkEntryDialog *entry = window->editor()->openEntryDialog();
        QVERIFY(entry);
        QCOMPARE(entry->jsonView()->toPlainText(), QStringLiteral("\"just a string\""));
        QVERIFY(entry->jsonView()->isReadOnly());
        QTest::mouseClick(entry->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY(!window->editor()->openEntryDialog());
        QCOMPARE(model()->rowCount(), 1);
        window->undoStack()->undo();
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->record(1).nonObjectEntry, QJsonValue(QStringLiteral("just a string")));

        window->editor()->editRow(1);
        QTest::mouseClick(window->editor()->openEntryDialog()->replaceButton(), Qt::LeftButton);
        QTRY_VERIFY(window->editor()->openDialog());
        ParkEditDialog *dialog = window->editor()->openDialog();
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New Park"));
        setText(dialog->lineEdit(QStringLiteral("nameZh")), QStringLiteral("替换的园区"));
        QComboBox *province = dialog->comboBox(QStringLiteral("province"));
        province->setCurrentIndex(province->findData(QStringLiteral("江苏省")));
        emit province->activated(province->currentIndex());
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(model()->record(1).nonObjectEntry.isUndefined());
        QCOMPARE(model()->record(1).nameZh, QStringLiteral("替换的园区"));
        QVERIFY(model()->record(1).problems.isEmpty());
        window->undoStack()->undo();
        QCOMPARE(model()->record(1).nonObjectEntry, QJsonValue(QStringLiteral("just a string")));
    }

    // A problem that appears (or goes) moves no field under the mouse.
    void problemsMoveNoField()
    {
        window->editor()->editRow(rowOf("zj-a"));
        ParkEditDialog *dialog = window->editor()->openDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QApplication::processEvents();
        auto place = [dialog](QWidget *w) {
            return QRect(w->mapTo(dialog, QPoint(0, 0)), w->size());
        };
        QWidget *nameZh = dialog->lineEdit(QStringLiteral("nameZh"));
        QWidget *province = dialog->comboBox(QStringLiteral("province"));
        QWidget *confidence = dialog->comboBox(QStringLiteral("confidence"));
        const QRect nameBefore = place(nameZh);
        const QRect provinceBefore = place(province);
        const QRect confidenceBefore = place(confidence);
        const QRect okBefore = place(dialog->okButton());

        setText(dialog->lineEdit(QStringLiteral("id")), QStringLiteral("Bad Id!"));
        setText(dialog->lineEdit(QStringLiteral("nameEn")), QString());
        dialog->precisionCombo()->setCurrentIndex(3);
        emit dialog->precisionCombo()->activated(3);
        dialog->dayBox()->setValue(31);
        dialog->monthBox()->setValue(2);
        QApplication::processEvents();
        QVERIFY(!dialog->problemLabel(QStringLiteral("id"))->text().isEmpty());
        QVERIFY(!dialog->problemLabel(QStringLiteral("established"))->text().isEmpty());
        QCOMPARE(place(nameZh), nameBefore);
        QCOMPARE(place(province), provinceBefore);
        QCOMPARE(place(confidence), confidenceBefore);
        QCOMPARE(place(dialog->okButton()), okBefore);

        // The same on the location tab, with a warning as well.
        QWidget *precision = dialog->lineEdit(QStringLiteral("coordPrecision"));
        auto *tabs = dialog->findChild<QTabWidget *>();
        for (int t = 0; t < tabs->count(); ++t) {
            if (tabs->widget(t)->isAncestorOf(precision))
                tabs->setCurrentIndex(t);
        }
        QApplication::processEvents();
        const QRect precisionBefore = place(precision);
        setText(dialog->lineEdit(QStringLiteral("lat")), QStringLiteral("23.13"));
        setText(dialog->lineEdit(QStringLiteral("lon")), QStringLiteral("113.26"));
        QApplication::processEvents();
        QVERIFY(!dialog->locationWarning().isEmpty());
        QCOMPARE(place(precision), precisionBefore);
        setText(dialog->lineEdit(QStringLiteral("lat")), QStringLiteral("95"));
        QApplication::processEvents();
        QVERIFY(!dialog->problemLabel(QStringLiteral("lat"))->text().isEmpty());
        QCOMPARE(place(precision), precisionBefore);
        QCOMPARE(place(dialog->okButton()), okBefore);
        dialog->reject();
    }

    // The summary counts the problems it lists: every one of them, not only
    // those without a field of their own.
    void summaryCountsTheProblemsItLists()
    {
        window->editor()->newPark();
        ParkEditDialog *dialog = window->editor()->openDialog();
        QCOMPARE(dialog->problems().size(), 2); // Chinese name and province
        QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("2 problems to fix")),
                 qPrintable(dialog->summaryText()));
        QCOMPARE(dialog->problemList()->count(), 2);
        QVERIFY(
            dialog->problemList()->item(0)->text().startsWith(QStringLiteral("Chinese name: ")));
        QVERIFY(dialog->problemList()->item(1)->text().startsWith(QStringLiteral("Province: ")));

        setText(dialog->lineEdit(QStringLiteral("id")), QStringLiteral("Bad Id!"));
        setText(dialog->lineEdit(QStringLiteral("areaKm2")), QStringLiteral("-1"));
        QCOMPARE(dialog->problems().size(), 4);
        QVERIFY(dialog->summaryText().startsWith(QStringLiteral("4 problems to fix")));
        QCOMPARE(dialog->problemList()->count(), 4);
        QVERIFY(dialog->problemList()->item(0)->text().startsWith(QStringLiteral("ID: ")));

        // A warning is listed and counted as one.
        setText(dialog->lineEdit(QStringLiteral("nameZh")), QStringLiteral("新园区"));
        QComboBox *province = dialog->comboBox(QStringLiteral("province"));
        province->setCurrentIndex(province->findData(QStringLiteral("浙江省")));
        emit province->activated(province->currentIndex());
        setText(dialog->lineEdit(QStringLiteral("lat")), QStringLiteral("23.13"));
        setText(dialog->lineEdit(QStringLiteral("lon")), QStringLiteral("113.26"));
        QCOMPARE(dialog->problems().size(), 2);
        QVERIFY2(dialog->summaryText().startsWith(
                     QStringLiteral("2 problems to fix before the park can be saved. 1 warning")),
                 qPrintable(dialog->summaryText()));
        QCOMPARE(dialog->problemList()->count(), 3);

        // A click on a problem goes to its field.
        auto *tabs = dialog->findChild<QTabWidget *>();
        tabs->setCurrentIndex(3);
        QListWidgetItem *area = dialog->problemList()->item(1);
        QVERIFY(area->text().startsWith(QStringLiteral("Planned area (km²): ")));
        emit dialog->problemList()->itemClicked(area);
        QVERIFY(tabs->currentWidget()->isAncestorOf(dialog->lineEdit(QStringLiteral("areaKm2"))));
        dialog->reject();
    }

    // Messages say what a field takes, in words, with an example.
    void messagesAreInPlainWords()
    {
        window->editor()->editRow(rowOf("zj-a"));
        ParkEditDialog *dialog = window->editor()->openDialog();
        setText(dialog->lineEdit(QStringLiteral("areaKm2")), QStringLiteral("abc"));
        QCOMPARE(dialog->problemLabel(QStringLiteral("areaKm2"))->text(),
                 QStringLiteral("should be a number, such as 12.5 (found the text \"abc\")"));
        setText(dialog->lineEdit(QStringLiteral("enterprises")), QStringLiteral("2.5"));
        QCOMPARE(dialog->problemLabel(QStringLiteral("enterprises"))->text(),
                 QStringLiteral("should be a whole number, such as 120 (found the number 2.5)"));
        dialog->reject();
        QTRY_VERIFY(!window->editor()->openDialog());

        // The table names fields as the form does, not by their keys.
        openBadStore("bad-wrong-type.json");
        const QStringList lines =
            model()->index(rowOf("bad-1"), 0).data(ParkTableModel::ProblemsRole).toStringList();
        QCOMPARE(lines, QStringList{QStringLiteral(
                            "Enterprises settled: should be a whole number, such as 120 (found "
                            "the text \"ten\")")});
    }

    // An in-table edit that is refused says why.
    void refusedCellEditSaysWhy()
    {
        QSignalSpy messages(window->editor(), &EditController::message);
        const int row = rowOf("zj-a");
        const QModelIndex area =
            window->proxy()->mapFromSource(model()->index(row, ParkTableModel::AreaColumn));
        QVERIFY(!window->editor()->commitCell(area, QStringLiteral("-5")));
        QCOMPARE(messages.count(), 1);
        QString text = messages.last().first().toString();
        QVERIFY2(text.contains(QStringLiteral("must not be negative")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Nothing was changed")), qPrintable(text));
        QVERIFY(!window->editor()->commitCell(area, QStringLiteral("abc")));
        text = messages.last().first().toString();
        QVERIFY2(text.contains(QStringLiteral("should be a number, such as 12.5")),
                 qPrintable(text));
        const QModelIndex id =
            window->proxy()->mapFromSource(model()->index(row, ParkTableModel::IdColumn));
        QVERIFY(!window->editor()->commitCell(id, QStringLiteral("zj-b")));
        text = messages.last().first().toString();
        QVERIFY2(text.contains(QStringLiteral("duplicate id")), qPrintable(text));
        QCOMPARE(window->undoStack()->count(), 0);
    }

    // F2 on a cell of the frozen name column opens the editor over it, in
    // the frozen view (the table's own editor was hidden under the column
    // while the user typed), and no view is handed another's editor.
    void frozenNamesAreEditedWhereTheyAreSeen()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to this view")));
        BareTable bare;
        ParkTableModel &parks = bare.parks;
        ParkFilterProxy &proxy = bare.proxy;
        QUndoStack &stack = bare.stack;
        ParkTableView &table = bare.table;
        table.setFrozenColumn(ParkTableModel::NameZhColumn);
        table.resize(900, 400);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        table.activateWindow();
        table.setFocus();

        const int row = parks.rowOfId(QStringLiteral("zj-a"));
        const QString before = parks.record(row).nameZh;
        table.setCurrentIndex(proxy.mapFromSource(parks.index(row, ParkTableModel::NameZhColumn)));
        QTest::keyClick(&table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != &table);
        QVERIFY2(table.frozenView()->isAncestorOf(editor), "the editor is under the frozen column");
        QVERIFY(editor->isVisible());
        QTest::keyClick(editor, Qt::Key_End);
        QTest::keyClicks(editor, QStringLiteral(" II"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits a Return once the editor has seen it (queued).
        QTRY_COMPARE(parks.record(row).nameZh, before + QStringLiteral(" II"));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(QApplication::focusWidget(), &table); // the keyboard is back in the table

        // Another column is still edited in the table itself.
        table.setCurrentIndex(proxy.mapFromSource(parks.index(row, ParkTableModel::NameEnColumn)));
        QTest::keyClick(&table, Qt::Key_F2);
        editor = QApplication::focusWidget();
        QVERIFY(editor && editor != &table);
        QVERIFY(table.viewport()->isAncestorOf(editor));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTest::qWait(20);
        QCOMPARE(stack.count(), 1);
    }

    void cellEditsThroughTheDelegateAreUndoable()
    {
        // A table with nothing installed on it but its undo stack: no
        // controller, no commit handler.
        BareTable bare;
        ParkTableModel &parks = bare.parks;
        ParkFilterProxy &proxy = bare.proxy;
        QUndoStack &stack = bare.stack;
        ParkTableView &table = bare.table;
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
