#include "safetext.h"

#include <QTest>

class TestSafeText : public QObject
{
    Q_OBJECT

private slots:
    void escapedForTerminal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("杭州市 park-1")
                               << QStringLiteral("杭州市 park-1");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("tab, return") << QStringLiteral("a\tb\rc") << QStringLiteral("a\\tb\\rc");
        QTest::newRow("escape") << QStringLiteral("\x1b[31mred") << QStringLiteral("\\x1b[31mred");
        QTest::newRow("nul") << QString(QChar(0)) << QStringLiteral("\\x00");
        QTest::newRow("DEL and C1") << QStringLiteral("\x7f\u009b") << QStringLiteral("\\x7f\\x9b");
        QTest::newRow("noncharacter") << QStringLiteral("a\uFFFEb") << QStringLiteral("a\\ufffeb");
        QTest::newRow("lone surrogate")
            << QString(QChar(0xD800)) + QLatin1Char('x') << QStringLiteral("\\ud800x");
        QTest::newRow("pair kept") << QStringLiteral("\U0001F600") << QStringLiteral("\U0001F600");
        QTest::newRow("plane noncharacter")
            << QStringLiteral("\U0001FFFE") << QStringLiteral("\\U0001fffe");
    }

    void escapedForTerminal()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SafeText::escapedForTerminal(text), expected);
        QCOMPARE(SafeText::hasUnsafeCharacters(text), text != expected);
    }

    void withoutControls()
    {
        const QString text = QStringLiteral("A\u0001B\x1b"
                                            "C\uFFFED") +
                             QChar(0) + QStringLiteral("E\nF\tG");
        QCOMPARE(SafeText::withoutControls(text),
                 QStringLiteral("A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\uFFFDF\uFFFDG"));
        QCOMPARE(SafeText::withoutControls(text, QStringLiteral("\n\t")),
                 QStringLiteral("A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\nF\tG"));
        QVERIFY(!SafeText::hasUnsafeCharacters(QStringLiteral("a\nb"), QStringLiteral("\n")));
    }

    void elided()
    {
        QCOMPARE(SafeText::elided(QStringLiteral("abc"), 3), QStringLiteral("abc"));
        QCOMPARE(SafeText::elided(QStringLiteral("abcd"), 3), QStringLiteral("ab…"));
        QCOMPARE(SafeText::elided(QString(300000, QLatin1Char('x'))).size(),
                 SafeText::MaxLabelLength);
        // Code points, not UTF-16 units; a pair is never split.
        const QString smiles = QStringLiteral("\U0001F600\U0001F600\U0001F600");
        QCOMPARE(SafeText::elided(smiles, 3), smiles);
        QCOMPARE(SafeText::elided(smiles, 2), QStringLiteral("\U0001F600…"));
        QCOMPARE(SafeText::elided(QStringLiteral("abc"), 0), QString());
    }

    void label()
    {
        QCOMPARE(SafeText::label(QStringLiteral("a\x01") + QString(500, QLatin1Char('b'))).size(),
                 SafeText::MaxLabelLength);
        QVERIFY(SafeText::label(QStringLiteral("a\x01")).contains(QChar(0xFFFD)));
    }
};

QTEST_APPLESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
