#include "documentcontroller.h"
#include "messageboxes.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

// The questions the window asks: what Enter and Esc answer.
class TestMessageBoxes : public QObject
{
    Q_OBJECT

private:
    // Answers the next modal box with KEY, and remembers its buttons.
    void answerWith(Qt::Key key)
    {
        QTimer::singleShot(0, this, [this, key] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            m_buttons.clear();
            for (QAbstractButton *b : box->buttons())
                m_buttons << b->text();
            QTest::keyClick(box, key);
        });
    }
    QStringList m_buttons;

private slots:
    // Declining a recovery discards the edits, so neither Enter nor Esc does.
    void recoveryDefaultsToRestoring()
    {
        const DocumentPrompts prompts = MessageBoxes::documentPrompts(nullptr);
        QVERIFY(prompts.restoreRecovery);
        answerWith(Qt::Key_Return);
        QVERIFY(prompts.restoreRecovery(QStringLiteral("Restore?")));
        QVERIFY(m_buttons.contains(QStringLiteral("Restore")));
        QVERIFY(m_buttons.contains(QStringLiteral("Discard Changes")));
        answerWith(Qt::Key_Escape);
        QVERIFY(prompts.restoreRecovery(QStringLiteral("Restore?")));
    }

    // Other confirmations keep No as the answer Enter gives.
    void confirmDefaultsToNo()
    {
        const DocumentPrompts prompts = MessageBoxes::documentPrompts(nullptr);
        answerWith(Qt::Key_Return);
        QVERIFY(!prompts.confirm(QStringLiteral("Overwrite?")));
    }
};

QTEST_MAIN(TestMessageBoxes)
#include "tst_messageboxes.moc"
