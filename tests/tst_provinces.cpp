#include "provinces.h"

#include <QTest>

class TestProvinces : public QObject
{
    Q_OBJECT

private slots:
    void thirtyFourDivisions()
    {
        QCOMPARE(Provinces::all().size(), 34);
        QSet<int> codes;
        for (const ProvinceInfo &p : Provinces::all())
            codes.insert(p.code);
        QCOMPARE(codes.size(), 34);
    }

    void lookUp_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("code");
        QTest::newRow("full") << QStringLiteral("浙江省") << 330000;
        QTest::newRow("short") << QStringLiteral("浙江") << 330000;
        QTest::newRow("english any case") << QStringLiteral("zheJIANG") << 330000;
        QTest::newRow("code") << QStringLiteral("440000") << 440000;
        QTest::newRow("autonomous region") << QStringLiteral("广西壮族自治区") << 450000;
        QTest::newRow("macau spelling") << QStringLiteral("Macau") << 820000;
        QTest::newRow("unknown") << QStringLiteral("火星省") << 0;
    }

    void lookUp()
    {
        QFETCH(QString, query);
        QFETCH(int, code);
        const ProvinceInfo *p = Provinces::find(query);
        QCOMPARE(p ? p->code : 0, code);
    }

    void displayName()
    {
        QCOMPARE(Provinces::displayName(QStringLiteral("广东省"), true),
                 QStringLiteral("Guangdong"));
        QCOMPARE(Provinces::displayName(QStringLiteral("广东省"), false), QStringLiteral("广东省"));
    }
};

QTEST_APPLESS_MAIN(TestProvinces)
#include "tst_provinces.moc"
