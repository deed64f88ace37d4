#include "stringblock.h"

#include <QtTest>

#include <memory>

namespace {

// Takes TEXT's length from BLOCK and writes TEXT into it.
QString put(StringBlock &block, const QString &text)
{
    char16_t *characters = nullptr;
    QString s = block.take(text.size(), &characters);
    if (!s.isNull())
        std::copy(text.utf16(), text.utf16() + text.size(), characters);
    return s;
}

bool endsInNul(const QString &s)
{
    return s.utf16()[s.size()] == 0;
}

} // namespace

class TestStringBlock : public QObject
{
    Q_OBJECT

private slots:
    void stringsLieSideBySideInOneBlock()
    {
        const QString texts[] = {QStringLiteral("gd-000006"),
                                 QStringLiteral("惠州西溪谷区块链创新应用先导区"),
                                 QStringLiteral("𠀋 (a character beyond the BMP)")};
        qsizetype units = 0;
        for (const QString &t : texts)
            units += t.size();
        StringBlock block(units, 3);
        QCOMPARE(block.room(), units + 3);
        QString made[3];
        for (int i = 0; i < 3; ++i)
            made[i] = put(block, texts[i]);
        QCOMPARE(block.room(), 0);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(made[i], texts[i]);
            QVERIFY(!made[i].isNull());
            QVERIFY(endsInNul(made[i]));
        }
        // One allocation: each string starts one NUL after the one before.
        QCOMPARE(made[1].constData(), made[0].constData() + made[0].size() + 1);
        QCOMPARE(made[2].constData(), made[1].constData() + made[1].size() + 1);
    }

    void aChangedStringLeavesItsNeighboursAlone()
    {
        StringBlock block(9, 3);
        QString a = put(block, QStringLiteral("abc"));
        QString b = put(block, QStringLiteral("def"));
        QString c = put(block, QStringLiteral("ghi"));
        const QChar *bAt = b.constData();

        a.append(QStringLiteral("XYZ")); // would run over b, were it written in place
        QCOMPARE(a, QStringLiteral("abcXYZ"));
        QCOMPARE(b, QStringLiteral("def"));
        QVERIFY(endsInNul(a));
        QVERIFY(endsInNul(b));

        b.data()[0] = QLatin1Char('D');
        QCOMPARE(b, QStringLiteral("Def"));
        QVERIFY(b.constData() != bAt); // copied out of the block first
        QCOMPARE(c, QStringLiteral("ghi"));

        c.resize(1);
        c.prepend(QStringLiteral("__"));
        QCOMPARE(c, QStringLiteral("__g"));
        QCOMPARE(a, QStringLiteral("abcXYZ"));
        QCOMPARE(b, QStringLiteral("Def"));
    }

    void aCopyIsIndependent()
    {
        StringBlock block(6, 2);
        const QString a = put(block, QStringLiteral("abc"));
        const QString b = put(block, QStringLiteral("def"));
        QString copy = a;
        QCOMPARE(copy.constData(), a.constData());
        copy += QLatin1Char('!');
        QCOMPARE(copy, QStringLiteral("abc!"));
        QCOMPARE(a, QStringLiteral("abc"));
        QCOMPARE(b, QStringLiteral("def"));
    }

    // The strings keep the block: they outlive it, and one another, in any
    // order (the sanitized build sees a use after free if they did not).
    void stringsOutliveTheBlockInAnyOrder()
    {
        QString a;
        QString b;
        QString c;
        {
            auto block = std::make_unique<StringBlock>(9, 3);
            a = put(*block, QStringLiteral("one"));
            b = put(*block, QStringLiteral("two"));
            c = put(*block, QStringLiteral("six"));
        }
        QCOMPARE(b, QStringLiteral("two"));
        b = QString();
        QCOMPARE(a, QStringLiteral("one"));
        QCOMPARE(c, QStringLiteral("six"));
        a.clear();
        // The last one left has the block to itself: it may grow in place.
        c.append(QStringLiteral(" and seven"));
        QCOMPARE(c, QStringLiteral("six and seven"));
        QVERIFY(endsInNul(c));
    }

    void noRoomGivesNull()
    {
        StringBlock block(4, 2);
        QCOMPARE(put(block, QStringLiteral("abc")), QStringLiteral("abc"));
        QVERIFY(put(block, QStringLiteral("de")).isNull()); // 2 + NUL > 2 left
        QCOMPARE(put(block, QStringLiteral("d")), QStringLiteral("d"));
        QVERIFY(put(block, QString()).isNull()); // not even a NUL's room
        char16_t *characters = nullptr;
        StringBlock other(4, 2);
        QVERIFY(other.take(-1, &characters).isNull());
        StringBlock none(0, 0);
        QCOMPARE(none.room(), 0);
        QVERIFY(none.take(0, &characters).isNull());
    }

    void anEmptyStringIsEmptyNotNull()
    {
        StringBlock block(0, 1);
        const QString empty = put(block, QString());
        QVERIFY(!empty.isNull());
        QVERIFY(empty.isEmpty());
        QVERIFY(endsInNul(empty));
    }
};

QTEST_GUILESS_MAIN(TestStringBlock)
#include "tst_stringblock.moc"
