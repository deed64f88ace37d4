// The dialog that asks which version each merge conflict keeps.
#include "document/conflictdialog.h"
#include "messageboxes.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace {

QList<MergeConflict> sampleConflicts()
{
    MergeConflict name;
    name.kind = MergeConflict::Kind::Field;
    name.parkId = QStringLiteral("zj-a");
    name.parkNameZh = QStringLiteral("西溪谷");
    name.parkNameEn = QStringLiteral("Xixigu");
    name.field = QStringLiteral("nameEn");
    name.base = QStringLiteral("Xixigu");
    name.mine = QStringLiteral("<b>Mine</b>");
    name.theirs = QStringLiteral("Theirs &amp; co");

    MergeConflict area = name;
    area.field = QStringLiteral("areaKm2");
    area.base = 3.1;
    area.mine = 3.14159;
    area.theirs = QJsonValue(QJsonValue::Null);

    MergeConflict deleted;
    deleted.kind = MergeConflict::Kind::Park;
    deleted.parkId = QStringLiteral("gd-b");
    deleted.parkNameEn = QStringLiteral("Foshan");
    QJsonObject before{{QStringLiteral("id"), QStringLiteral("gd-b")},
                       {QStringLiteral("nameEn"), QStringLiteral("Foshan")},
                       {QStringLiteral("city"), QStringLiteral("佛山市")}};
    QJsonObject changed = before;
    changed.insert(QStringLiteral("city"), QStringLiteral("广州市"));
    deleted.base = before;
    deleted.mine = QJsonValue(QJsonValue::Undefined);
    deleted.theirs = changed;

    MergeConflict about;
    about.kind = MergeConflict::Kind::Document;
    about.field = QStringLiteral("about.title");
    about.base = QStringLiteral("Report");
    about.mine = QStringLiteral("My title");
    about.theirs = QStringLiteral("Their title");
    return {name, area, deleted, about};
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryConflictAsPlainText()
    {
        ConflictDialog dialog(sampleConflicts());
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 4);
        // The park's name in the language of the app.
        QCOMPARE(table->item(0, ConflictDialog::ParkColumn)->text(),
                 Translations::isEnglish() ? QStringLiteral("Xixigu (zj-a)")
                                           : QStringLiteral("西溪谷 (zj-a)"));
        QCOMPARE(table->item(0, ConflictDialog::FieldColumn)->text(),
                 QStringLiteral("English name"));
        QCOMPARE(table->item(0, ConflictDialog::MineColumn)->text(), QStringLiteral("<b>Mine</b>"));
        QCOMPARE(table->item(0, ConflictDialog::TheirsColumn)->text(),
                 QStringLiteral("Theirs &amp; co"));
        // Numbers in full; unknown as a dash.
        QCOMPARE(table->item(1, ConflictDialog::MineColumn)->text(), QStringLiteral("3.14159"));
        QCOMPARE(table->item(1, ConflictDialog::TheirsColumn)->text(), QStringLiteral("—"));
        // A whole park: what each side did with it.
        QCOMPARE(table->item(2, ConflictDialog::FieldColumn)->text(), QStringLiteral("Whole park"));
        QCOMPARE(table->item(2, ConflictDialog::MineColumn)->text(), QStringLiteral("(deleted)"));
        QCOMPARE(table->item(2, ConflictDialog::TheirsColumn)->text(),
                 QStringLiteral("Changed City"));
        QCOMPARE(table->item(3, ConflictDialog::FieldColumn)->text(),
                 QStringLiteral("About the data: title"));
        // The details show the current row in full, as plain text.
        table->setCurrentCell(0, 0);
        QVERIFY(dialog.details()->toPlainText().contains(QStringLiteral("<b>Mine</b>")));
        table->setCurrentCell(2, 0);
        QVERIFY(dialog.details()->toPlainText().contains(QStringLiteral("City: 广州市")));
    }

    void choicesStartAtMineAndFollowTheButtons()
    {
        ConflictDialog dialog(sampleConflicts());
        QCOMPARE(dialog.choices(), QList<MergeSide>(4, MergeSide::Mine));
        dialog.findChild<QPushButton *>(QStringLiteral("takeAllTheirs"))->click();
        QCOMPARE(dialog.choices(), QList<MergeSide>(4, MergeSide::Theirs));
        auto *row1 =
            qobject_cast<QComboBox *>(dialog.table()->cellWidget(1, ConflictDialog::ChoiceColumn));
        row1->setCurrentIndex(0);
        QCOMPARE(dialog.choices(), (QList<MergeSide>{MergeSide::Theirs, MergeSide::Mine,
                                                     MergeSide::Theirs, MergeSide::Theirs}));
        dialog.findChild<QPushButton *>(QStringLiteral("keepAllMine"))->click();
        QCOMPARE(dialog.choices(), QList<MergeSide>(4, MergeSide::Mine));
    }

    void theWindowAsksWithTheDialog()
    {
        const DocumentPrompts prompts = MessageBoxes::documentPrompts(nullptr);
        QVERIFY(prompts.resolveConflicts);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setChoice(2, MergeSide::Theirs);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        const auto chosen = prompts.resolveConflicts(sampleConflicts());
        QVERIFY(chosen);
        QCOMPARE(*chosen, (QList<MergeSide>{MergeSide::Mine, MergeSide::Mine, MergeSide::Theirs,
                                            MergeSide::Mine}));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->reject();
        });
        QVERIFY(!prompts.resolveConflicts(sampleConflicts()));
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
