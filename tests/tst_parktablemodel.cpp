#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

QList<ParkRecord> loadRecords(const QString &name)
{
    return ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/") + name).document.parks;
}

} // namespace

class TestParkTableModel : public QObject
{
    Q_OBJECT

private:
    ParkTableModel *model = nullptr;
    ParkFilterProxy *proxy = nullptr;
    QAbstractItemModelTester *modelTester = nullptr;
    QAbstractItemModelTester *proxyTester = nullptr;

    QModelIndex cell(const QString &id, int column) const
    {
        return model->index(model->rowOfId(id), column);
    }

private slots:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void init()
    {
        model = new ParkTableModel;
        model->setRecords(loadRecords(QStringLiteral("store-small.json")));
        proxy = new ParkFilterProxy;
        proxy->setSourceModel(model);
        proxy->sort(ParkTableModel::AreaColumn, Qt::AscendingOrder);
        modelTester = new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester = new QAbstractItemModelTester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        delete proxyTester;
        delete modelTester;
        delete proxy;
        delete model;
    }

    void shape()
    {
        QCOMPARE(model->rowCount(), 10);
        QCOMPARE(model->columnCount(), int(ParkTableModel::ColumnCount));
        QCOMPARE(model->headerData(ParkTableModel::AreaColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Planned area (km²)"));
        QCOMPARE(model
                     ->headerData(ParkTableModel::AreaColumn, Qt::Horizontal,
                                  ParkTableModel::FieldKeyRole)
                     .toString(),
                 QStringLiteral("areaKm2"));
    }

    void displayAndRoles()
    {
        const QModelIndex area = cell(QStringLiteral("hn-a"), ParkTableModel::AreaColumn);
        QCOMPARE(area.data().toString(), QStringLiteral("41.48"));
        QCOMPARE(area.data(ParkTableModel::SortRole).toDouble(), 41.48);
        QCOMPARE(area.data(Qt::EditRole).toDouble(), 41.48);
        QVERIFY(area.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);

        // Unknown is shown as a dash and has no sort or edit value.
        const QModelIndex unknownArea = cell(QStringLiteral("gd-c"), ParkTableModel::AreaColumn);
        QCOMPARE(unknownArea.data().toString(), QStringLiteral("—"));
        QVERIFY(!unknownArea.data(ParkTableModel::SortRole).isValid());
        QVERIFY(!unknownArea.data(Qt::EditRole).isValid());

        const QModelIndex founded = cell(QStringLiteral("zj-a"), ParkTableModel::EstablishedColumn);
        QCOMPARE(founded.data().toString(), QStringLiteral("2017-04-28"));
        QCOMPARE(founded.data(ParkTableModel::SortRole).toInt(), 20170428);

        const QModelIndex record = cell(QStringLiteral("zj-b"), ParkTableModel::IdColumn);
        QCOMPARE(
            record.data(ParkTableModel::RecordRole).value<ParkRecord>().fundCny100m.value_or(0),
            2000.0);
        QCOMPARE(record.data(ParkTableModel::HasProblemsRole).toBool(), false);
        QCOMPARE(cell(QStringLiteral("zj-b"), ParkTableModel::SourcesColumn).data().toString(),
                 QStringLiteral("2 sources"));
    }

    void htmlInDataIsEscapedInToolTips()
    {
        const QModelIndex name = cell(QStringLiteral("zj-a"), ParkTableModel::NameEnColumn);
        QVERIFY(model->setData(name, QStringLiteral("<b>Bold</b> <img src=x>")));
        QCOMPARE(name.data().toString(), QStringLiteral("<b>Bold</b> <img src=x>"));
        const QString tip = name.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt;")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("&lt;img")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
        QVERIFY(!tip.contains(QStringLiteral("<img")));
    }

    void englishNames()
    {
        const QModelIndex province = cell(QStringLiteral("zj-a"), ParkTableModel::ProvinceColumn);
        QCOMPARE(province.data().toString(), QStringLiteral("浙江省"));
        QSignalSpy spy(model, &QAbstractItemModel::dataChanged);
        model->setEnglish(true);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(province.data().toString(), QStringLiteral("Zhejiang"));
    }

    void setDataEmitsExactRange()
    {
        QSignalSpy spy(model, &QAbstractItemModel::dataChanged);
        const QModelIndex area = cell(QStringLiteral("zj-a"), ParkTableModel::AreaColumn);
        QVERIFY(model->setData(area, 5.5));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toModelIndex(), area);
        QCOMPARE(spy.at(0).at(1).toModelIndex(), area);
        QCOMPARE(model->record(area.row()).areaKm2.value_or(0), 5.5);

        // Setting the same value again changes nothing and says nothing.
        QVERIFY(model->setData(area, 5.5));
        QCOMPARE(spy.count(), 1);
    }

    void setDataFromText()
    {
        const QModelIndex area = cell(QStringLiteral("zj-a"), ParkTableModel::AreaColumn);
        QVERIFY(model->setData(area, QStringLiteral("12.25")));
        QCOMPARE(model->record(area.row()).areaKm2.value_or(0), 12.25);
        // Clearing a cell makes the value unknown, not zero.
        QVERIFY(model->setData(area, QString()));
        QVERIFY(!model->record(area.row()).areaKm2.has_value());
        QCOMPARE(area.data().toString(), QStringLiteral("—"));

        const QModelIndex district = cell(QStringLiteral("zj-a"), ParkTableModel::DistrictColumn);
        QVERIFY(model->setData(district, QStringLiteral("  ")));
        QVERIFY(model->record(district.row()).district.isNull());
    }

    void provinceIsNormalised()
    {
        const QModelIndex province = cell(QStringLiteral("zj-c"), ParkTableModel::ProvinceColumn);
        QVERIFY(model->setData(province, QStringLiteral("Jiangsu")));
        QCOMPARE(model->record(province.row()).province, QStringLiteral("江苏省"));
        QCOMPARE(model->record(province.row()).provinceCode.value_or(0), 320000);
    }

    void setDataRejectsBadValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("negative area") << int(ParkTableModel::AreaColumn) << QVariant(-1.0);
        QTest::newRow("area text")
            << int(ParkTableModel::AreaColumn) << QVariant(QStringLiteral("big"));
        QTest::newRow("huge fund") << int(ParkTableModel::FundColumn) << QVariant(1.0e9);
        QTest::newRow("fractional enterprises")
            << int(ParkTableModel::EnterprisesColumn) << QVariant(2.5);
        QTest::newRow("unknown province")
            << int(ParkTableModel::ProvinceColumn) << QVariant(QStringLiteral("火星省"));
        QTest::newRow("no province") << int(ParkTableModel::ProvinceColumn) << QVariant();
        QTest::newRow("impossible date")
            << int(ParkTableModel::EstablishedColumn) << QVariant(QStringLiteral("2019-02-30"));
        QTest::newRow("bad leadership")
            << int(ParkTableModel::LeadershipColumn) << QVariant(QStringLiteral("council"));
        QTest::newRow("latitude") << int(ParkTableModel::LatColumn) << QVariant(91.0);
        QTest::newRow("duplicate id")
            << int(ParkTableModel::IdColumn) << QVariant(QStringLiteral("zj-b"));
        QTest::newRow("invalid id")
            << int(ParkTableModel::IdColumn) << QVariant(QStringLiteral("Not An Id"));
        QTest::newRow("empty name") << int(ParkTableModel::NameZhColumn) << QVariant(QString());
    }

    void setDataRejectsBadValues()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        const QModelIndex index = cell(QStringLiteral("zj-a"), column);
        const ParkRecord before = model->record(index.row());
        QSignalSpy spy(model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model->setData(index, value));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(model->record(index.row()), before);
    }

    void translatedEnumTextIsAccepted()
    {
        const QModelIndex index = cell(QStringLiteral("sh-b"), ParkTableModel::LeadershipColumn);
        QVERIFY(model->setData(index, ParkTableModel::leadershipText(Leadership::Enterprise)));
        QCOMPARE(model->record(index.row()).leadership, Leadership::Enterprise);
        QVERIFY(model->setData(index, QStringLiteral("government")));
        QCOMPARE(model->record(index.row()).leadership, Leadership::Government);
    }

    void fixingAProblemClearsTheFlag()
    {
        model->setRecords(loadRecords(QStringLiteral("bad-negative-area.json")));
        const QModelIndex area = cell(QStringLiteral("bad-1"), ParkTableModel::AreaColumn);
        QVERIFY(area.data(ParkTableModel::HasProblemsRole).toBool());
        QCOMPARE(model->problemRecordCount(), 1);
        QVERIFY(area.data(Qt::BackgroundRole).isValid());
        QVERIFY(area.data(Qt::ToolTipRole).toString().contains(QStringLiteral("negative")));

        QSignalSpy problems(model, &ParkTableModel::problemsChanged);
        QVERIFY(model->setData(area, 3.0));
        QCOMPARE(problems.count(), 1);
        QVERIFY(!area.data(ParkTableModel::HasProblemsRole).toBool());
        QCOMPARE(model->problemRecordCount(), 0);
    }

    void unreadableValueIsShownAndReplaceable()
    {
        model->setRecords(loadRecords(QStringLiteral("bad-wrong-type.json")));
        const QModelIndex enterprises =
            cell(QStringLiteral("bad-1"), ParkTableModel::EnterprisesColumn);
        QCOMPARE(enterprises.data().toString(), QStringLiteral("ten"));
        QVERIFY(model->setData(enterprises, 10));
        QCOMPARE(model->record(enterprises.row()).enterprises.value_or(0), 10);
        QVERIFY(model->record(enterprises.row()).unreadableValues.isEmpty());
        QCOMPARE(model->problemRecordCount(), 0);
    }

    void duplicateIdClearsWhenOneIsRemoved()
    {
        model->setRecords(loadRecords(QStringLiteral("bad-duplicate-id.json")));
        QCOMPARE(model->problemRecordCount(), 1);
        QVERIFY(model->removeRows(1, 1));
        QCOMPARE(model->problemRecordCount(), 0);
    }

    void duplicateIdClearsWhenRenamed()
    {
        model->setRecords(loadRecords(QStringLiteral("bad-duplicate-id.json")));
        QVERIFY(model->index(1, 0).data(ParkTableModel::HasProblemsRole).toBool());
        ParkRecord second = model->record(1);
        second.id = QStringLiteral("ok-2");
        model->setRecord(1, second);
        QCOMPARE(model->problemRecordCount(), 0);
    }

    void insertAndRemove()
    {
        // Counted once, then kept until the records change.
        QCOMPARE(model->problemRecordCount(), 0);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model->insertRows(2, 2));
        QCOMPARE(model->problemRecordCount(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model->rowCount(), 12);
        QCOMPARE(proxy->rowCount(), 12);
        const QString a = model->record(2).id;
        const QString b = model->record(3).id;
        QVERIFY(!a.isEmpty());
        QVERIFY(a != b);
        QCOMPARE(model->rowOfId(a), 2);
        // Blank records need a name and province: they are flagged.
        QVERIFY(model->index(2, 0).data(ParkTableModel::HasProblemsRole).toBool());

        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model->removeRows(2, 2));
        QCOMPARE(model->problemRecordCount(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model->rowCount(), 10);
        QVERIFY(!model->removeRows(9, 5));
        QCOMPARE(model->rowCount(), 10);

        ParkRecord copy = model->record(0);
        copy.id = model->uniqueId(copy.id);
        QCOMPARE(copy.id, QStringLiteral("zj-a-1"));
        model->insertRecord(0, copy);
        QCOMPARE(model->rowCount(), 11);
        QCOMPARE(model->problemRecordCount(), 0);
    }

    // A record keeps its key while it is edited and while rows come and go
    // around it; only a new set of records (a reload) gets new keys.
    void keysFollowRecordsNotRows()
    {
        QSet<ParkTableModel::RecordKey> keys;
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->keyOf(row) != 0);
            keys.insert(model->keyOf(row));
        }
        QCOMPARE(keys.size(), model->rowCount());

        const int row = model->rowOfId(QStringLiteral("zj-c"));
        const ParkTableModel::RecordKey key = model->keyOf(row);
        QCOMPARE(model->rowOfKey(key), row);
        QVERIFY(model->setData(model->index(row, ParkTableModel::NameEnColumn),
                               QStringLiteral("Renamed")));
        ParkRecord changed = model->record(row);
        changed.city = QStringLiteral("宁波市");
        model->setRecord(row, changed);
        QCOMPARE(model->keyOf(row), key);

        // Inserting above moves the key with its record.
        ParkRecord other = model->record(0);
        other.id = model->uniqueId(other.id);
        const ParkTableModel::RecordKey otherKey = model->insertRecord(0, other);
        QVERIFY(!keys.contains(otherKey));
        QCOMPARE(model->rowOfKey(key), row + 1);
        QCOMPARE(model->record(model->rowOfKey(key)).id, QStringLiteral("zj-c"));

        // The edit context follows the record, not its old row: its own id
        // is not a duplicate, another record's id is, at that record's row.
        const ParkValidator::Context context = model->editContext(row + 1);
        QVERIFY(model->removeRows(0, 1));
        QCOMPARE(context.ownerOfId(QStringLiteral("zj-c")), 0);
        QCOMPARE(context.ownerOfId(QStringLiteral("zj-a")),
                 model->rowOfId(QStringLiteral("zj-a")) + 1);

        // A removed record's key is gone; given back, it finds its record again.
        const ParkRecord removed = model->record(row);
        QVERIFY(model->removeRows(row, 1));
        QCOMPARE(model->rowOfKey(key), -1);
        QCOMPARE(model->insertRecord(row, removed, key), key);
        QCOMPARE(model->rowOfKey(key), row);
        // A key in use is never given to a second record.
        const ParkTableModel::RecordKey fresh = model->insertRecord(0, other, key);
        QVERIFY(fresh != key);
        QCOMPARE(model->rowOfKey(key), row + 1);

        // A reload is new records: no old key finds one.
        model->setRecords(loadRecords(QStringLiteral("store-small.json")));
        QCOMPARE(model->rowOfKey(key), -1);
        for (const ParkTableModel::RecordKey old : std::as_const(keys))
            QCOMPARE(model->rowOfKey(old), -1);
    }

    void sortingPutsUnknownLast_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("lastKnown");
        QTest::newRow("ascending")
            << int(Qt::AscendingOrder) << QStringLiteral("gd-b") << QStringLiteral("hn-a");
        QTest::newRow("descending")
            << int(Qt::DescendingOrder) << QStringLiteral("hn-a") << QStringLiteral("gd-b");
    }

    void sortingPutsUnknownLast()
    {
        QFETCH(int, order);
        QFETCH(QString, first);
        QFETCH(QString, lastKnown);
        proxy->sort(ParkTableModel::AreaColumn, Qt::SortOrder(order));
        auto idAt = [&](int row) {
            return proxy->index(row, ParkTableModel::IdColumn).data().toString();
        };
        QCOMPARE(idAt(0), first);
        // Six parks have a known area; the four unknown ones follow.
        QCOMPARE(idAt(5), lastKnown);
        for (int row = 6; row < 10; ++row)
            QVERIFY(!proxy->index(row, ParkTableModel::AreaColumn)
                         .data(ParkTableModel::SortRole)
                         .isValid());
    }

    void sortingIsNumericNotTextual()
    {
        proxy->sort(ParkTableModel::EnterprisesColumn, Qt::AscendingOrder);
        QStringList shown;
        for (int row = 0; row < 5; ++row)
            shown << proxy->index(row, ParkTableModel::EnterprisesColumn).data().toString();
        QCOMPARE(shown,
                 (QStringList{QStringLiteral("10"), QStringLiteral("12"), QStringLiteral("40"),
                              QStringLiteral("60"), QStringLiteral("100")}));
    }

    void chineseSortsByPinyin()
    {
        proxy->setCollationLocale(QLocale(QLocale::Chinese, QLocale::China));
        proxy->sort(ParkTableModel::CityColumn, Qt::AscendingOrder);
        QStringList cities;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QString city = proxy->index(row, ParkTableModel::CityColumn).data().toString();
            if (!cities.contains(city))
                cities << city;
        }
        // 澄迈 chéngmài, 佛山 fóshān, 广州 guǎngzhōu, 杭州 hángzhōu, 宁波 níngbō,
        // 上海 shànghǎi; ICU's pinyin collation reads 长 by its first reading,
        // zhǎng, so 长沙 comes last.
        QCOMPARE(cities, (QStringList{QStringLiteral("澄迈县"), QStringLiteral("佛山市"),
                                      QStringLiteral("广州市"), QStringLiteral("杭州市"),
                                      QStringLiteral("宁波市"), QStringLiteral("上海市"),
                                      QStringLiteral("长沙市")}));
    }

    void proxyFollowsEdits()
    {
        proxy->sort(ParkTableModel::AreaColumn, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, ParkTableModel::IdColumn).data().toString(),
                 QStringLiteral("hn-a"));
        QVERIFY(model->setData(cell(QStringLiteral("sh-b"), ParkTableModel::AreaColumn), 99.0));
        QCOMPARE(proxy->index(0, ParkTableModel::IdColumn).data().toString(),
                 QStringLiteral("sh-b"));
    }
};

QTEST_GUILESS_MAIN(TestParkTableModel)
#include "tst_parktablemodel.moc"
