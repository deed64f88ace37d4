// The three-way merge of park lists: base (as loaded), theirs (the file
// now), mine (in memory).
#include "parkmerge.h"
#include "parkstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

namespace {

ParkRecord park(const QString &id, const QString &nameEn = QString())
{
    ParkRecord r;
    r.id = id;
    r.nameZh = QStringLiteral("园区") + id;
    r.nameEn = nameEn.isNull() ? QStringLiteral("Park ") + id : nameEn;
    r.province = QStringLiteral("浙江省");
    r.provinceCode = 330000;
    r.city = QStringLiteral("杭州市");
    r.areaKm2 = 1.5;
    return r;
}

QList<ParkRecord> parks(const QStringList &ids)
{
    QList<ParkRecord> list;
    for (const QString &id : ids)
        list.append(park(id));
    return list;
}

QStringList idsOf(const QList<ParkRecord> &records)
{
    QStringList ids;
    for (const ParkRecord &r : records)
        ids << r.id;
    return ids;
}

const ParkRecord *byId(const QList<ParkRecord> &records, const QString &id)
{
    for (const ParkRecord &r : records) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

int indexOf(const QList<ParkRecord> &records, const QString &id)
{
    return int(idsOf(records).indexOf(id));
}

} // namespace

class TestParkMerge : public QObject
{
    Q_OBJECT

private:
    const QStringList abc{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};

private slots:
    void nothingChangedGivesTheSameRecords()
    {
        const QList<ParkRecord> base = parks(abc);
        const MergeResult r = ParkMerge::merge(base, base, base);
        QCOMPARE(r.records, base);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.takenFromTheirs, 0);
        QCOMPARE(r.keptFromMine, 0);
    }

    void onlyTheirsChanged()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        theirs[1].nameEn = QStringLiteral("Theirs");
        const MergeResult r = ParkMerge::merge(base, theirs, base);
        QCOMPARE(r.records, theirs);
        QCOMPARE(r.takenFromTheirs, 1);
        QCOMPARE(r.keptFromMine, 0);
    }

    void onlyMineChanged()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> mine = base;
        mine[2].city = QStringLiteral("宁波市");
        const MergeResult r = ParkMerge::merge(base, base, mine);
        QCOMPARE(r.records, mine);
        QCOMPARE(r.takenFromTheirs, 0);
        QCOMPARE(r.keptFromMine, 1);
    }

    void changesToDifferentParksCombine()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs[0].nameEn = QStringLiteral("Theirs A");
        theirs[1].areaKm2 = 9.0;
        mine[2].nameEn = QStringLiteral("Mine C");
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(idsOf(r.records), abc);
        QCOMPARE(r.records[0].nameEn, QStringLiteral("Theirs A"));
        QCOMPARE(r.records[1].areaKm2, std::optional<double>(9.0));
        QCOMPARE(r.records[2].nameEn, QStringLiteral("Mine C"));
        QCOMPARE(r.takenFromTheirs, 2);
        QCOMPARE(r.keptFromMine, 1);
    }

    void changesToDifferentFieldsOfOneParkCombine()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs[1].nameEn = QStringLiteral("Theirs");
        theirs[1].sources = {QStringLiteral("https://example.org/theirs")};
        mine[1].city = QStringLiteral("宁波市");
        mine[1].areaKm2.reset();
        mine[1].established = FoundingDate::fromString(QStringLiteral("2019-05"));
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        const ParkRecord &b = r.records[1];
        QCOMPARE(b.nameEn, QStringLiteral("Theirs"));
        QCOMPARE(b.sources, QStringList{QStringLiteral("https://example.org/theirs")});
        QCOMPARE(b.city, QStringLiteral("宁波市"));
        QVERIFY(!b.areaKm2.has_value());
        QCOMPARE(b.established, FoundingDate::fromString(QStringLiteral("2019-05")));
        QCOMPARE(b.nameZh, base[1].nameZh);
        QCOMPARE(r.takenFromTheirs, 1);
        QCOMPARE(r.keptFromMine, 1);
    }

    void theSameChangeOnBothSidesIsNoConflict()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs[0].nameEn = QStringLiteral("Same");
        mine[0].nameEn = QStringLiteral("Same");
        // And one field the same, another different, in one park.
        theirs[1].nameEn = QStringLiteral("Same too");
        theirs[1].city = QStringLiteral("温州市");
        mine[1].nameEn = QStringLiteral("Same too");
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.records[0].nameEn, QStringLiteral("Same"));
        QCOMPARE(r.records[1].nameEn, QStringLiteral("Same too"));
        QCOMPARE(r.records[1].city, QStringLiteral("温州市"));
        QCOMPARE(r.takenFromTheirs, 1);
        QCOMPARE(r.keptFromMine, 0);
    }

    void oneFieldChangedDifferentlyIsAConflict()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs[1].nameEn = QStringLiteral("Theirs");
        theirs[1].city = QStringLiteral("温州市"); // no conflict
        mine[1].nameEn = QStringLiteral("Mine");
        mine[1].areaKm2 = 7.25; // no conflict
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(r.conflicts.size(), 1);
        const MergeConflict &c = r.conflicts.first();
        QCOMPARE(c.kind, MergeConflict::Kind::Field);
        QCOMPARE(c.parkId, QStringLiteral("b"));
        QCOMPARE(c.parkName(false), QStringLiteral("园区b"));
        QCOMPARE(c.parkName(true), QStringLiteral("Mine"));
        QCOMPARE(c.field, QStringLiteral("nameEn"));
        QCOMPARE(c.base, QJsonValue(QStringLiteral("Park b")));
        QCOMPARE(c.mine, QJsonValue(QStringLiteral("Mine")));
        QCOMPARE(c.theirs, QJsonValue(QStringLiteral("Theirs")));
        // Without a choice, mine; the other fields merged anyway.
        QCOMPARE(r.records[1].nameEn, QStringLiteral("Mine"));
        QCOMPARE(r.records[1].city, QStringLiteral("温州市"));
        QCOMPARE(r.records[1].areaKm2, std::optional<double>(7.25));

        const MergeResult t = ParkMerge::merge(base, theirs, mine, {MergeSide::Theirs});
        QCOMPARE(t.conflicts, r.conflicts);
        QCOMPARE(t.records[1].nameEn, QStringLiteral("Theirs"));
        QCOMPARE(t.records[1].city, QStringLiteral("温州市"));
        QCOMPARE(t.records[1].areaKm2, std::optional<double>(7.25));
        QCOMPARE(t.takenFromTheirs, 1);
        QCOMPARE(t.keptFromMine, 1);
    }

    void choicesFollowTheOrderOfTheConflicts()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs[0].nameEn = QStringLiteral("T0");
        mine[0].nameEn = QStringLiteral("M0");
        theirs[0].areaKm2 = 1.0;
        mine[0].areaKm2 = 2.0;
        theirs[2].notes = QStringLiteral("T2");
        mine[2].notes = QStringLiteral("M2");
        const MergeResult listed = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(listed.conflicts.size(), 3);
        QCOMPARE(listed.conflicts[0].field, QStringLiteral("nameEn"));
        QCOMPARE(listed.conflicts[1].field, QStringLiteral("areaKm2"));
        QCOMPARE(listed.conflicts[2].parkId, QStringLiteral("c"));
        QCOMPARE(listed.conflicts[2].field, QStringLiteral("notes"));
        const MergeResult r = ParkMerge::merge(
            base, theirs, mine, {MergeSide::Theirs, MergeSide::Mine, MergeSide::Theirs});
        QCOMPARE(r.conflicts, listed.conflicts);
        QCOMPARE(r.records[0].nameEn, QStringLiteral("T0"));
        QCOMPARE(r.records[0].areaKm2, std::optional<double>(2.0));
        QCOMPARE(r.records[2].notes, QStringLiteral("T2"));
        // All theirs, all mine.
        const MergeResult allTheirs =
            ParkMerge::merge(base, theirs, mine, QList<MergeSide>(3, MergeSide::Theirs));
        QCOMPARE(allTheirs.records, theirs);
        const MergeResult allMine =
            ParkMerge::merge(base, theirs, mine, QList<MergeSide>(3, MergeSide::Mine));
        QCOMPARE(allMine.records, mine);
    }

    void unknownFieldsMergeAsAWhole()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs[0].unknownFields.insert(QStringLiteral("x-theirs"), 1);
        mine[1].unknownFields.insert(QStringLiteral("x-mine"), 2);
        MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.records[0].unknownFields, theirs[0].unknownFields);
        QCOMPARE(r.records[1].unknownFields, mine[1].unknownFields);

        // Different members on both sides are still one conflict.
        mine[0].unknownFields.insert(QStringLiteral("x-other"), 3);
        r = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts[0].field, ParkMerge::UnknownFieldsKey);
        QCOMPARE(r.conflicts[0].base, QJsonValue(QJsonObject()));
        QCOMPARE(r.conflicts[0].mine, QJsonValue(mine[0].unknownFields));
        QCOMPARE(r.conflicts[0].theirs, QJsonValue(theirs[0].unknownFields));
        QCOMPARE(r.records[0].unknownFields, mine[0].unknownFields);
        r = ParkMerge::merge(base, theirs, mine, {MergeSide::Theirs});
        QCOMPARE(r.records[0].unknownFields, theirs[0].unknownFields);
    }

    // A value that could not be read goes with its field, as the file has
    // it.
    void unreadableValuesGoWithTheirField()
    {
        QList<ParkRecord> base = parks(abc);
        base[0].areaKm2.reset();
        base[0].unreadableValues.insert(QStringLiteral("areaKm2"), QStringLiteral("about 3"));
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        // Mine corrects the value; theirs changes another field.
        mine[0].areaKm2 = 3.0;
        mine[0].unreadableValues = QJsonObject();
        theirs[0].city = QStringLiteral("温州市");
        MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.records[0].areaKm2, std::optional<double>(3.0));
        QVERIFY(r.records[0].unreadableValues.isEmpty());
        QCOMPARE(r.records[0].city, QStringLiteral("温州市"));
        // Theirs corrects it: taken.
        r = ParkMerge::merge(base, mine, base);
        QCOMPARE(r.records, mine);

        // Theirs writes another unreadable value there: a conflict in that
        // field, with the values as the files have them.
        theirs[0].unreadableValues.insert(QStringLiteral("areaKm2"), QStringLiteral("some"));
        r = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts[0].field, QStringLiteral("areaKm2"));
        QCOMPARE(r.conflicts[0].base, QJsonValue(QStringLiteral("about 3")));
        QCOMPARE(r.conflicts[0].theirs, QJsonValue(QStringLiteral("some")));
        QCOMPARE(r.conflicts[0].mine, QJsonValue(3.0));
        QCOMPARE(r.records[0].areaKm2, std::optional<double>(3.0));
        QVERIFY(r.records[0].unreadableValues.isEmpty());
        r = ParkMerge::merge(base, theirs, mine, {MergeSide::Theirs});
        QVERIFY(!r.records[0].areaKm2.has_value());
        QCOMPARE(r.records[0].unreadableValues, theirs[0].unreadableValues);
        QCOMPARE(r.records[0].city, QStringLiteral("温州市"));
    }

    // The province code follows the province: never a conflict of its own.
    void derivedFieldsFollowTheirSource()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs[0].province = QStringLiteral("广东省");
        theirs[0].provinceCode = 440000;
        mine[0].province = QStringLiteral("上海市");
        mine[0].provinceCode = 310000;
        MergeResult r = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts[0].field, QStringLiteral("province"));
        QCOMPARE(r.records[0].province, QStringLiteral("上海市"));
        QCOMPARE(r.records[0].provinceCode, std::optional<int>(310000));
        r = ParkMerge::merge(base, theirs, mine, {MergeSide::Theirs});
        QCOMPARE(r.records[0].province, QStringLiteral("广东省"));
        QCOMPARE(r.records[0].provinceCode, std::optional<int>(440000));

        // Changed on one side only, it comes with its province.
        r = ParkMerge::merge(base, base, mine);
        QCOMPARE(r.records[0].provinceCode, std::optional<int>(310000));
        r = ParkMerge::merge(base, theirs, base);
        QCOMPARE(r.records[0].provinceCode, std::optional<int>(440000));
    }

    void deletedOnOneSideAndUnchangedOnTheOther()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> deleted = base;
        deleted.removeAt(1);
        MergeResult r = ParkMerge::merge(base, base, deleted);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(idsOf(r.records), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(r.keptFromMine, 1);
        QCOMPARE(r.takenFromTheirs, 0);
        r = ParkMerge::merge(base, deleted, base);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(idsOf(r.records), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(r.keptFromMine, 0);
        QCOMPARE(r.takenFromTheirs, 1);
        // Deleted on both sides.
        r = ParkMerge::merge(base, deleted, deleted);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(idsOf(r.records), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(r.keptFromMine + r.takenFromTheirs, 0);
    }

    void deletedByMineAndChangedByTheirsIsAConflict()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        theirs[1].nameEn = QStringLiteral("Theirs");
        QList<ParkRecord> mine = base;
        mine.removeAt(1);
        MergeResult r = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(r.conflicts.size(), 1);
        const MergeConflict &c = r.conflicts[0];
        QCOMPARE(c.kind, MergeConflict::Kind::Park);
        QCOMPARE(c.parkId, QStringLiteral("b"));
        QVERIFY(c.field.isEmpty());
        QCOMPARE(c.parkName(true), QStringLiteral("Theirs"));
        QVERIFY(c.mine.isUndefined());
        QCOMPARE(c.base, ParkMerge::toJson(base[1]));
        QCOMPARE(c.theirs, ParkMerge::toJson(theirs[1]));
        QCOMPARE(c.theirs.toObject().value(QStringLiteral("nameEn")).toString(),
                 QStringLiteral("Theirs"));
        QCOMPARE(idsOf(r.records), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        r = ParkMerge::merge(base, theirs, mine, {MergeSide::Theirs});
        QCOMPARE(r.records, theirs);
    }

    void deletedByTheirsAndChangedByMineIsAConflict()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        theirs.removeAt(1);
        QList<ParkRecord> mine = base;
        mine[1].nameEn = QStringLiteral("Mine");
        MergeResult r = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(r.conflicts.size(), 1);
        const MergeConflict &c = r.conflicts[0];
        QCOMPARE(c.kind, MergeConflict::Kind::Park);
        QCOMPARE(c.parkName(true), QStringLiteral("Mine"));
        QVERIFY(c.theirs.isUndefined());
        QCOMPARE(c.mine, ParkMerge::toJson(mine[1]));
        // Kept where mine has it.
        QCOMPARE(r.records, mine);
        QCOMPARE(r.keptFromMine, 1);
        r = ParkMerge::merge(base, theirs, mine, {MergeSide::Theirs});
        QCOMPARE(r.records, theirs);
        QCOMPARE(r.takenFromTheirs, 1);
    }

    void addedOnOneSide()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        theirs.insert(1, park(QStringLiteral("t")));
        QList<ParkRecord> mine = base;
        mine.insert(2, park(QStringLiteral("m")));
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(idsOf(r.records),
                 (QStringList{QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("b"),
                              QStringLiteral("m"), QStringLiteral("c")}));
        QCOMPARE(r.takenFromTheirs, 1);
        QCOMPARE(r.keptFromMine, 1);
    }

    void addedOnBothSides()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs.append(park(QStringLiteral("n")));
        mine.append(park(QStringLiteral("n")));
        MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.records, theirs); // once
        QCOMPARE(r.takenFromTheirs + r.keptFromMine, 0);

        mine.last().nameEn = QStringLiteral("Mine N");
        r = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(r.conflicts.size(), 1);
        const MergeConflict &c = r.conflicts[0];
        QCOMPARE(c.kind, MergeConflict::Kind::Park);
        QCOMPARE(c.parkId, QStringLiteral("n"));
        QVERIFY(c.base.isUndefined());
        QCOMPARE(c.mine, ParkMerge::toJson(mine.last()));
        QCOMPARE(c.theirs, ParkMerge::toJson(theirs.last()));
        QCOMPARE(r.records, mine);
        r = ParkMerge::merge(base, theirs, mine, {MergeSide::Theirs});
        QCOMPARE(r.records, theirs);
    }

    void theResultFollowsTheirsOrderWithMineNewParksAfterTheirPredecessors()
    {
        const QList<ParkRecord> base =
            parks({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                   QStringLiteral("d"), QStringLiteral("e")});
        // Theirs reorders and deletes d.
        const QList<ParkRecord> theirs = parks(
            {QStringLiteral("e"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")});
        // Mine adds x1, x2 after b, y after d (gone in theirs: after c), and
        // z first (no predecessor: at the end).
        const QList<ParkRecord> mine =
            parks({QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("b"),
                   QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("c"),
                   QStringLiteral("d"), QStringLiteral("y"), QStringLiteral("e")});
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(idsOf(r.records),
                 (QStringList{QStringLiteral("e"), QStringLiteral("c"), QStringLiteral("y"),
                              QStringLiteral("b"), QStringLiteral("x1"), QStringLiteral("x2"),
                              QStringLiteral("a"), QStringLiteral("z")}));
        QCOMPARE(r.takenFromTheirs, 1); // d deleted
        QCOMPARE(r.keptFromMine, 4);
    }

    void aParkKeptFromMineAfterTheirDeletionKeepsItsPlace()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        theirs.removeAt(1);
        QList<ParkRecord> mine = base;
        mine[1].nameEn = QStringLiteral("Mine");
        mine.insert(2, park(QStringLiteral("new")));
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(idsOf(r.records), (QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                QStringLiteral("new"), QStringLiteral("c")}));
    }

    // Records with an empty id cannot be matched by id: equal ones stay,
    // missing ones were deleted, new ones were added.
    void recordsWithoutAnIdMatchByEquality()
    {
        QList<ParkRecord> base = parks(abc);
        base.insert(1, park(QString(), QStringLiteral("Anonymous 1")));
        base.insert(3, park(QString(), QStringLiteral("Anonymous 2")));
        base.append(park(QString(), QStringLiteral("Anonymous 3")));
        // base: a, anon1, b, anon2, c, anon3
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs.removeAt(3);                                         // deletes anon2
        theirs.append(park(QString(), QStringLiteral("T new")));    // adds one
        mine[1].nameEn = QStringLiteral("Anonymous 1 by mine");     // "changes" anon1
        mine[5].nameEn = QStringLiteral("Anonymous 3 by mine");     // changes anon3 ...
        theirs[4].nameEn = QStringLiteral("Anonymous 3 by theirs"); // ... on both sides
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QStringList names;
        for (const ParkRecord &p : r.records)
            names << p.nameEn;
        // Mine's new version of anon3 goes after its predecessor in mine.
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Park a"), QStringLiteral("Anonymous 1 by mine"),
                              QStringLiteral("Park b"), QStringLiteral("Park c"),
                              QStringLiteral("Anonymous 3 by mine"),
                              QStringLiteral("Anonymous 3 by theirs"), QStringLiteral("T new")}));
    }

    // An id that is not unique in one of the lists is no key either.
    void duplicatedIdsMatchByEquality()
    {
        const QList<ParkRecord> base = QList<ParkRecord>{
            park(QStringLiteral("a")), park(QStringLiteral("dup"), QStringLiteral("Dup 1")),
            park(QStringLiteral("dup"), QStringLiteral("Dup 2")), park(QStringLiteral("c"))};
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs[1].nameEn = QStringLiteral("Dup 1 by theirs");
        mine[2].areaKm2 = 4.0;                     // Dup 2, by mine
        mine[0].nameEn = QStringLiteral("Mine A"); // a is still matched by id
        theirs[0].city = QStringLiteral("温州市");
        MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records[0].nameEn, QStringLiteral("Mine A"));
        QCOMPARE(r.records[0].city, QStringLiteral("温州市"));
        // Each change is a deletion and an addition: mine's new Dup 2 goes
        // after a, the nearest park before it in mine that the result has.
        QCOMPARE(r.records[1].nameEn, QStringLiteral("Dup 2"));
        QCOMPARE(r.records[1].areaKm2, std::optional<double>(4.0));
        QCOMPARE(r.records[2].nameEn, QStringLiteral("Dup 1 by theirs"));
        QCOMPARE(r.records[2].areaKm2, std::optional<double>(1.5));
        QCOMPARE(r.records[3].id, QStringLiteral("c"));

        // Duplicated only in mine (a copy under the same id): both unkeyed,
        // the unchanged one matches base, the copy is new.
        QList<ParkRecord> copied = parks(abc);
        copied.insert(1, park(QStringLiteral("a"), QStringLiteral("Copy of a")));
        r = ParkMerge::merge(parks(abc), parks(abc), copied);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.records, copied);
    }

    void entriesThatAreNotObjectsMatchByEquality()
    {
        QList<ParkRecord> base = parks(abc);
        ParkRecord odd;
        odd.nonObjectEntry = QJsonValue(42);
        base.insert(1, odd);
        QList<ParkRecord> theirs = base;
        theirs[0].nameEn = QStringLiteral("Theirs");
        QList<ParkRecord> mine = base;
        mine.removeAt(1); // the user replaced it
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(idsOf(r.records), abc);
        QCOMPARE(r.records[0].nameEn, QStringLiteral("Theirs"));
        QCOMPARE(ParkMerge::toJson(odd), QJsonValue(42));
    }

    void theSameInputsGiveTheSameConflicts()
    {
        const QList<ParkRecord> base = parks(abc);
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs[0].nameEn = QStringLiteral("T");
        mine[0].nameEn = QStringLiteral("M");
        theirs.removeAt(2);
        mine[2].notes = QStringLiteral("mine");
        theirs.append(park(QStringLiteral("n"), QStringLiteral("T n")));
        mine.append(park(QStringLiteral("n"), QStringLiteral("M n")));
        const MergeResult first = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(first.conflicts.size(), 3);
        for (int i = 0; i < 8; ++i) {
            QList<MergeSide> choices;
            for (int k = 0; k < 3; ++k)
                choices << ((i >> k) & 1 ? MergeSide::Theirs : MergeSide::Mine);
            QCOMPARE(ParkMerge::merge(base, theirs, mine, choices).conflicts, first.conflicts);
        }
    }

    void theDocumentAroundTheParksMerges()
    {
        ParkDocument base;
        base.about.insert(QStringLiteral("title"), QStringLiteral("Base"));
        base.about.insert(QStringLiteral("source"), QStringLiteral("Report"));
        base.about.insert(QStringLiteral("year"), 2023);
        base.unknownMembers.insert(QStringLiteral("x-extra"), QStringLiteral("base"));
        base.parks = parks(abc);
        ParkDocument theirs = base;
        ParkDocument mine = base;
        theirs.about.insert(QStringLiteral("title"), QStringLiteral("Theirs"));
        mine.about.insert(QStringLiteral("source"), QStringLiteral("Mine"));
        theirs.about.insert(QStringLiteral("year"), 2024);
        mine.about.insert(QStringLiteral("year"), 2025);
        theirs.unknownMembers.insert(QStringLiteral("x-new"), true);
        mine.parks[0].nameEn = QStringLiteral("Mine");
        MergeResult r = ParkMerge::merge(base, theirs, mine);
        QCOMPARE(r.about.value(QStringLiteral("title")).toString(), QStringLiteral("Theirs"));
        QCOMPARE(r.about.value(QStringLiteral("source")).toString(), QStringLiteral("Mine"));
        QCOMPARE(r.about.value(QStringLiteral("year")).toInt(), 2025);
        QCOMPARE(r.unknownMembers, theirs.unknownMembers);
        QCOMPARE(r.records[0].nameEn, QStringLiteral("Mine"));
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts[0].kind, MergeConflict::Kind::Document);
        QCOMPARE(r.conflicts[0].field, QStringLiteral("about.year"));
        QVERIFY(r.conflicts[0].parkId.isEmpty());
        QCOMPARE(r.conflicts[0].theirs, QJsonValue(2024));
        r = ParkMerge::merge(base, theirs, mine, {MergeSide::Theirs});
        QCOMPARE(r.about.value(QStringLiteral("year")).toInt(), 2024);

        // Mine unchanged: theirs wins, including members theirs removed.
        theirs.about.remove(QStringLiteral("source"));
        theirs.unknownMembers.remove(QStringLiteral("x-extra"));
        r = ParkMerge::merge(base, theirs, base);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.about, theirs.about);
        QCOMPARE(r.unknownMembers, theirs.unknownMembers);
        QCOMPARE(r.records, theirs.parks);
        // A member mine removed and theirs left stays removed.
        ParkDocument removed = base;
        removed.unknownMembers.remove(QStringLiteral("x-extra"));
        r = ParkMerge::merge(base, base, removed);
        QVERIFY(!r.unknownMembers.contains(QStringLiteral("x-extra")));
    }

    void realStoreMerges()
    {
        const LoadResult loaded =
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QVERIFY(loaded.isUsable());
        const ParkDocument base = loaded.document;
        ParkDocument theirs = base;
        ParkDocument mine = base;
        theirs.parks[3].notes = QStringLiteral("theirs");
        theirs.parks.removeAt(8);
        mine.parks[5].fundCny100m = 12.5;
        mine.parks.append(park(QStringLiteral("zz-new")));
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.records.size(), base.parks.size());
        QCOMPARE(r.records[3].notes, QStringLiteral("theirs"));
        QCOMPARE(r.records[5].fundCny100m, std::optional<double>(12.5));
        QCOMPARE(indexOf(r.records, base.parks[8].id), -1);
        QCOMPARE(r.records.last().id, QStringLiteral("zz-new"));
        QCOMPARE(r.about, base.about);
        QVERIFY(byId(r.records, QStringLiteral("zj-a")));
    }

    // A store of the largest size the benchmarks use, with a few edits on
    // each side.
    void aLargeStoreMerges()
    {
        QList<ParkRecord> base;
        base.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            base.append(park(QString::number(i)));
        QList<ParkRecord> theirs = base;
        QList<ParkRecord> mine = base;
        theirs[10].nameEn = QStringLiteral("Theirs");
        theirs.removeAt(500);
        mine[20].nameEn = QStringLiteral("Mine");
        mine.append(park(QStringLiteral("new")));
        QElapsedTimer timer;
        timer.start();
        const MergeResult r = ParkMerge::merge(base, theirs, mine);
        qInfo("merged 100,000 parks in %lld ms", timer.elapsed());
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.records.size(), 100000);
        QCOMPARE(r.takenFromTheirs, 2);
        QCOMPARE(r.keptFromMine, 2);
    }

    void toJsonWritesEveryField()
    {
        ParkRecord r = park(QStringLiteral("j"));
        r.unknownFields.insert(QStringLiteral("x-more"), 1);
        r.unreadableValues.insert(QStringLiteral("lat"), QStringLiteral("north"));
        const QJsonObject o = ParkMerge::toJson(r).toObject();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("j"));
        QCOMPARE(o.value(QStringLiteral("areaKm2")).toDouble(), 1.5);
        QVERIFY(o.value(QStringLiteral("lon")).isNull());
        QCOMPARE(o.value(QStringLiteral("lat")).toString(), QStringLiteral("north"));
        QCOMPARE(o.value(QStringLiteral("x-more")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestParkMerge)
#include "tst_parkmerge.moc"
