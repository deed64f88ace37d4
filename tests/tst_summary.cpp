#include "reportfigures.h"
#include "summary.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

namespace {

QList<ParkRecord> makeRecords(int n, QRandomGenerator &random)
{
    static const QStringList provinces = {QStringLiteral("浙江省"), QStringLiteral("广东省"),
                                          QStringLiteral("上海市"), QString()};
    static const QStringList cities = {QStringLiteral("杭州市"), QStringLiteral("广州市"),
                                       QStringLiteral("深圳市"), QString()};
    QList<ParkRecord> records;
    for (int i = 0; i < n; ++i) {
        ParkRecord r;
        r.id = QStringLiteral("p-%1").arg(i);
        r.province = provinces.at(random.bounded(int(provinces.size())));
        r.city = cities.at(random.bounded(int(cities.size())));
        r.leadership = Leadership(random.bounded(3));
        const int year = random.bounded(2012, 2022);
        const int month = random.bounded(13);
        if (random.bounded(5) > 0) {
            r.established = FoundingDate::fromString(
                month ? QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'))
                      : QString::number(year));
        }
        if (random.bounded(2))
            r.areaKm2 = random.bounded(1000) / 10.0;
        if (random.bounded(2))
            r.fundCny100m = random.bounded(500);
        if (random.bounded(2))
            r.enterprises = random.bounded(300);
        records.append(r);
    }
    return records;
}

QList<ReportFigure> makeFigures(int n, QRandomGenerator &random)
{
    static const QStringList keys = {
        QStringLiteral("parks"),          QStringLiteral("provinces"),
        QStringLiteral("maxAreaKm2"),     QStringLiteral("maxEnterprises"),
        QStringLiteral("maxFundCny100m"), QStringLiteral("parksWithPublishedFund"),
        QStringLiteral("other")};
    static const QStringList provinces = {QString(), QStringLiteral("浙江省"),
                                          QStringLiteral("广东省")};
    static const QStringList cities = {QString(), QString(), QStringLiteral("杭州市"),
                                       QStringLiteral("深圳市")};
    QList<ReportFigure> figures;
    for (int i = 0; i < n; ++i) {
        ReportFigure f;
        f.key = keys.at(random.bounded(int(keys.size())));
        f.scope.leadership = Leadership(random.bounded(3));
        f.scope.province = provinces.at(random.bounded(int(provinces.size())));
        f.scope.city = cities.at(random.bounded(int(cities.size())));
        if (random.bounded(2))
            f.scope.foundedFrom = random.bounded(2010, 2024);
        if (random.bounded(2))
            f.scope.foundedTo = random.bounded(2010, 2024);
        if (random.bounded(3) == 0) {
            for (int m = 1; m <= 12; ++m) {
                if (random.bounded(3) == 0)
                    f.scope.foundedMonths.append(m);
            }
        }
        figures.append(f);
    }
    return figures;
}

} // namespace

class TestSummary : public QObject
{
    Q_OBJECT

private slots:
    // The figures computed together are those computed one by one.
    void datasetValuesMatchEachFigure()
    {
        QRandomGenerator random(13);
        const QList<ParkRecord> records = makeRecords(600, random);
        QList<const ParkRecord *> pointers;
        for (const ParkRecord &r : records)
            pointers.append(&r);
        const QList<ReportFigure> figures = makeFigures(800, random);
        const QList<std::optional<double>> values = datasetValues(figures, pointers);
        QCOMPARE(values.size(), figures.size());
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const std::optional<double> expected = figures.at(i).datasetValue(pointers);
            QVERIFY2(values.at(i) == expected,
                     qPrintable(QStringLiteral("figure %1 (%2)").arg(i).arg(figures.at(i).key)));
        }
    }

    // The conflicts found together, and the records behind them, are those
    // found one by one.
    void conflictsMatchEachFigure()
    {
        QRandomGenerator random(17);
        const QList<ParkRecord> records = makeRecords(600, random);
        QList<const ParkRecord *> pointers;
        for (const ParkRecord &r : records)
            pointers.append(&r);
        QList<ReportFigure> figures = makeFigures(400, random);
        for (ReportFigure &f : figures)
            f.value = random.bounded(40);
        const QList<FigureComparison> comparisons = compareFigures(figures, pointers, 1000);
        int conflicts = 0;
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const ReportFigure &f = figures.at(i);
            const FigureComparison &c = comparisons.at(i);
            const QString what = QStringLiteral("figure %1 (%2)").arg(i).arg(f.key);
            QVERIFY2(c.conflict == f.isContradictedBy(f.datasetValue(pointers)), qPrintable(what));
            if (!c.conflict) {
                QVERIFY2(c.conflictRecords.isEmpty(), qPrintable(what));
                continue;
            }
            ++conflicts;
            QSet<const ParkRecord *> expected;
            for (const ParkRecord *r : pointers) {
                if (f.isBehindConflict(*r))
                    expected.insert(r);
            }
            QCOMPARE(c.conflictRecordCount, expected.size());
            QCOMPARE(QSet<const ParkRecord *>(c.conflictRecords.cbegin(), c.conflictRecords.cend()),
                     expected);
        }
        QVERIFY(conflicts > 20);
    }

    void noRecordsNoFigures()
    {
        QVERIFY(datasetValues({}, {}).isEmpty());
        ReportFigure f;
        f.key = QStringLiteral("parks");
        QCOMPARE(datasetValues({f}, {}).value(0), std::optional<double>(0));
    }

    // 2,000 figures of distinct scopes over 20,000 parks: one pass over the
    // records, not one per figure (the issue measured 62 s for 2,000 figures
    // over 100,000 parks when each figure went through every park).
    void manyFiguresManyParks()
    {
        QRandomGenerator random(7);
        const QList<ParkRecord> records = makeRecords(20000, random);
        Aggregations::Records pointers;
        for (const ParkRecord &r : records)
            pointers.append(&r);
        QList<ReportFigure> figures;
        for (int i = 0; i < 2000; ++i) {
            ReportFigure f;
            f.key = QStringLiteral("parks");
            f.scope.foundedFrom = 2000 + i % 30;
            f.scope.foundedTo = 2030 + i / 30;
            figures.append(f);
        }
        const QJsonObject summary = Summary::build(pointers, figures);
        QCOMPARE(summary.value(QStringLiteral("report")).toArray().size(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
