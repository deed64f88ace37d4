#include "collationkeys.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "sortcolumn.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QThreadPool>

Q_DECLARE_METATYPE(ParkFilter)

namespace {

int sign(int v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

// Chinese park names of the usual shapes, some repeated, some without one.
QString syntheticName(QRandomGenerator &random)
{
    static const QStringList heads = {
        QStringLiteral("杭州"), QStringLiteral("重庆"), QStringLiteral("长沙"),
        QStringLiteral("厦门"), QStringLiteral("广州"), QStringLiteral("北京"),
        QStringLiteral("Z"),    QStringLiteral("a"),    QStringLiteral("中关村"),
    };
    static const QStringList tails = {
        QStringLiteral("区块链产业园"),   QStringLiteral("区块链创新基地"),
        QStringLiteral("数字经济产业园"), QStringLiteral("链谷"),
        QStringLiteral("Park 2"),         QStringLiteral("park 10"),
    };
    if (random.bounded(12) == 0)
        return QString();
    return heads.at(random.bounded(int(heads.size()))) +
           tails.at(random.bounded(int(tails.size())));
}

// COUNT parks shaped like BASE with synthetic Chinese names.
QList<ParkRecord> namedRecords(const ParkRecord &base, quint32 seed, int count)
{
    QRandomGenerator random(seed);
    QList<ParkRecord> records;
    for (int i = 0; i < count; ++i) {
        ParkRecord r = base;
        r.id = QStringLiteral("p%1").arg(i);
        r.nameZh = syntheticName(random);
        records.append(r);
    }
    return records;
}

QCollator pinyinCollator()
{
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

ParkFilter::Range range(std::optional<double> min, std::optional<double> max,
                        bool includeUnknown = false)
{
    ParkFilter::Range r;
    r.min = min;
    r.max = max;
    r.includeUnknown = includeUnknown;
    return r;
}

} // namespace

// Expected counts are counted by hand from tests/data/store-small.json.
class TestParkFilterProxy : public QObject
{
    Q_OBJECT

private:
    ParkTableModel *model = nullptr;
    ParkFilterProxy *proxy = nullptr;
    QAbstractItemModelTester *modelTester = nullptr;
    QAbstractItemModelTester *proxyTester = nullptr;

    // The proxy shows the Chinese names in pinyin order, unknown last.
    void checkPinyinOrder(const char *when)
    {
        const QCollator collator = pinyinCollator();
        QStringList shown;
        for (int row = 0; row < proxy->rowCount(); ++row)
            shown << proxy->index(row, ParkTableModel::NameZhColumn)
                         .data(ParkTableModel::SortRole)
                         .toString();
        QStringList expected;
        int unknown = 0;
        for (const ParkRecord &r : model->records()) {
            if (r.nameZh.isEmpty())
                ++unknown;
            else
                expected << r.nameZh;
        }
        std::stable_sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        });
        for (int i = 0; i < unknown; ++i)
            expected << QString(); // unknown last
        QVERIFY2(shown == expected, when);
    }

    QStringList visibleIds() const
    {
        QStringList ids = proxy->visibleRecords().ids();
        ids.sort();
        return ids;
    }

    // 30,000 copies of the first record, p-0 to p-29999, named "Park N",
    // every EVERY-th "Needle Park N".
    void setManyRecords(int every)
    {
        QList<ParkRecord> records;
        const ParkRecord base = model->records().first();
        for (int i = 0; i < 30000; ++i) {
            ParkRecord r = base;
            r.id = QStringLiteral("p-%1").arg(i);
            r.nameEn = i % every == 0 ? QStringLiteral("Needle Park %1").arg(i)
                                      : QStringLiteral("Park %1").arg(i);
            records.append(r);
        }
        model->setRecords(records);
    }

private slots:
    void init()
    {
        model = new ParkTableModel;
        model->setRecords(
            ParkStore::loadFile(QStringLiteral(TESTDATA_DIR "/store-small.json")).document.parks);
        proxy = new ParkFilterProxy;
        proxy->setSourceModel(model);
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

    void criteria_data()
    {
        QTest::addColumn<ParkFilter>("filter");
        QTest::addColumn<int>("expected");
        auto with = [](auto change) {
            ParkFilter f;
            change(f);
            return f;
        };
        QTest::newRow("nothing") << ParkFilter() << 10;
        QTest::newRow("text city")
            << with([](ParkFilter &f) { f.text = QStringLiteral("杭州"); }) << 2;
        // The city's English name finds every park in it, not only those
        // with the name in their own English name; so does pinyin without
        // tones and an accent-free spelling.
        QTest::newRow("text city in English")
            << with([](ParkFilter &f) { f.text = QStringLiteral("Hangzhou"); }) << 2;
        QTest::newRow("text city in pinyin")
            << with([](ParkFilter &f) { f.text = QStringLiteral("hangzhou"); }) << 2;
        QTest::newRow("text other city in English")
            << with([](ParkFilter &f) { f.text = QStringLiteral("Ningbo"); }) << 1;
        QTest::newRow("text english any case")
            << with([](ParkFilter &f) { f.text = QStringLiteral("XIAOSHAN"); }) << 1;
        QTest::newRow("text word")
            << with([](ParkFilter &f) { f.text = QStringLiteral("incubator"); }) << 2;
        QTest::newRow("text chinese substring")
            << with([](ParkFilter &f) { f.text = QStringLiteral("区块链"); }) << 6;
        QTest::newRow("text in focus")
            << with([](ParkFilter &f) { f.text = QStringLiteral("金融"); }) << 2;
        QTest::newRow("text padded")
            << with([](ParkFilter &f) { f.text = QStringLiteral("  杭州 "); }) << 2;
        QTest::newRow("text nowhere")
            << with([](ParkFilter &f) { f.text = QStringLiteral("火星"); }) << 0;
        QTest::newRow("one province")
            << with([](ParkFilter &f) { f.provinces = {QStringLiteral("浙江省")}; }) << 3;
        QTest::newRow("two provinces") << with([](ParkFilter &f) {
            f.provinces = {QStringLiteral("浙江省"), QStringLiteral("广东省")};
        }) << 6;
        QTest::newRow("city") << with([](ParkFilter &f) { f.cities = {QStringLiteral("广州市")}; })
                              << 2;
        QTest::newRow("government")
            << with([](ParkFilter &f) { f.leadership = Leadership::Government; }) << 6;
        QTest::newRow("enterprise")
            << with([](ParkFilter &f) { f.leadership = Leadership::Enterprise; }) << 3;
        QTest::newRow("unknown leadership")
            << with([](ParkFilter &f) { f.leadership = Leadership::Unknown; }) << 1;
        QTest::newRow("incubators")
            << with([](ParkFilter &f) { f.carrierType = CarrierType::Incubator; }) << 3;
        QTest::newRow("2017-2018") << with([](ParkFilter &f) {
            f.yearFrom = 2017;
            f.yearTo = 2018;
        }) << 7;
        QTest::newRow("2017-2018 and unknown") << with([](ParkFilter &f) {
            f.yearFrom = 2017;
            f.yearTo = 2018;
            f.includeUnknownYear = true;
        }) << 9;
        QTest::newRow("from 2019") << with([](ParkFilter &f) { f.yearFrom = 2019; }) << 1;
        QTest::newRow("area at least 1")
            << with([](ParkFilter &f) { f.setRange(ParkField::AreaKm2, range(1.0, std::nullopt)); })
            << 4;
        QTest::newRow("area at least 1 or unknown") << with([](ParkFilter &f) {
            f.setRange(ParkField::AreaKm2, range(1.0, std::nullopt, true));
        }) << 8;
        QTest::newRow("area at most 1")
            << with([](ParkFilter &f) { f.setRange(ParkField::AreaKm2, range(std::nullopt, 1.0)); })
            << 2;
        QTest::newRow("enterprises 40+") << with([](ParkFilter &f) {
            f.setRange(ParkField::Enterprises, range(40.0, std::nullopt));
        }) << 3;
        QTest::newRow("fund 50-3000")
            << with([](ParkFilter &f) { f.setRange(ParkField::FundCny100m, range(50.0, 3000.0)); })
            << 2;
        QTest::newRow("only problems") << with([](ParkFilter &f) { f.onlyProblems = true; }) << 0;
        QTest::newRow("missing english name")
            << with([](ParkFilter &f) { f.missingField = QStringLiteral("nameEn"); }) << 1;
        QTest::newRow("missing date")
            << with([](ParkFilter &f) { f.missingField = QStringLiteral("established"); }) << 2;
        QTest::newRow("zhejiang government") << with([](ParkFilter &f) {
            f.provinces = {QStringLiteral("浙江省")};
            f.leadership = Leadership::Government;
        }) << 2;
        QTest::newRow("text and year") << with([](ParkFilter &f) {
            f.text = QStringLiteral("区块链");
            f.yearFrom = 2018;
            f.yearTo = 2018;
        }) << 3;
        QTest::newRow("guangdong incubators") << with([](ParkFilter &f) {
            f.provinces = {QStringLiteral("广东省")};
            f.carrierType = CarrierType::Incubator;
        }) << 2;
    }

    void criteria()
    {
        QFETCH(ParkFilter, filter);
        QFETCH(int, expected);
        proxy->setFilter(filter);
        QCOMPARE(proxy->rowCount(), expected);
        QCOMPARE(proxy->visibleRecords().size(), expected);
        // The filter survives a round trip through settings.
        QCOMPARE(ParkFilter::fromJson(filter.toJson()), filter);
        proxy->clearFilter();
        QCOMPARE(proxy->rowCount(), 10);
    }

    void onlyProblemRecords()
    {
        ParkRecord bad = model->record(0);
        bad.areaKm2 = -1.0;
        model->setRecord(0, bad);
        ParkFilter f;
        f.onlyProblems = true;
        proxy->setFilter(f);
        QCOMPARE(visibleIds(), QStringList{QStringLiteral("zj-a")});
        // Fixing the record takes it out of the view.
        QVERIFY(model->setData(model->index(0, ParkTableModel::AreaColumn), 2.0));
        QCOMPARE(proxy->rowCount(), 0);
    }

    // The views that follow the records shown redraw on every change of
    // them, and not on a sort.
    void aSortIsNotAChangeOfTheShownRecords()
    {
        QSignalSpy shown(proxy, &ParkFilterProxy::shownRecordsChanged);
        proxy->sort(ParkTableModel::AreaColumn, Qt::DescendingOrder);
        proxy->sort(ParkTableModel::NameZhColumn, Qt::AscendingOrder);
        QCOMPARE(shown.count(), 0);

        ParkFilter f;
        f.text = QStringLiteral("zj");
        proxy->setFilter(f);
        QVERIFY(shown.count() > 0);
        shown.clear();
        QVERIFY(model->setData(
            model->index(model->rowOfId(QStringLiteral("zj-a")), ParkTableModel::AreaColumn), 3.0));
        QVERIFY(shown.count() > 0);
        shown.clear();
        model->setRecords(model->records());
        QVERIFY(shown.count() > 0);
    }

    void oneChangeFiltersOnce()
    {
        QSignalSpy changed(proxy, &ParkFilterProxy::filterChanged);
        QSignalSpy removed(proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(proxy, &QAbstractItemModel::modelReset);
        QSignalSpy layout(proxy, &QAbstractItemModel::layoutChanged);
        ParkFilter f;
        f.provinces = {QStringLiteral("浙江省")};
        f.leadership = Leadership::Government;
        f.yearFrom = 2017;
        proxy->setFilter(f);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        // One layout change, whatever the number of ranges hidden.
        QCOMPARE(layout.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(proxy->rowCount(), 2);
        // Setting the same filter again does nothing.
        proxy->setFilter(f);
        QCOMPARE(changed.count(), 1);
    }

    void followsEdits()
    {
        proxy->setProvinces({QStringLiteral("浙江省")});
        QCOMPARE(proxy->rowCount(), 3);
        const int row = model->rowOfId(QStringLiteral("gd-a"));
        QVERIFY(model->setData(model->index(row, ParkTableModel::ProvinceColumn),
                               QStringLiteral("浙江省")));
        QCOMPARE(proxy->rowCount(), 4);
        QVERIFY(model->removeRows(row, 1));
        QCOMPARE(proxy->rowCount(), 3);
        model->insertRecord(0, model->record(0));
        QCOMPARE(proxy->rowCount(), 4);
    }

    void readsAllRecordsWhateverTheFilter()
    {
        proxy->setProvinces({QStringLiteral("浙江省")});
        QCOMPARE(proxy->rowCount(), 3);
        QCOMPARE(proxy->sourceRecordCount(), 10);
        QCOMPARE(proxy->allRecords().size(), 10);
        ParkFilter others = proxy->filter();
        others.provinces.clear();
        others.leadership = Leadership::Government;
        QCOMPARE(proxy->recordsAcceptedBy(others).size(), 6);
        others.text = QStringLiteral("  ZJ-A ");
        QCOMPARE(proxy->recordsAcceptedBy(others).ids(), QStringList{QStringLiteral("zj-a")});

        // The proxy's own filter is answered from the rows it lets through,
        // in the file's order, as any other filter is.
        proxy->sort(ParkTableModel::AreaColumn, Qt::DescendingOrder);
        ParkFilter same = proxy->filter();
        same.text = QStringLiteral(" ");
        QVERIFY(same != proxy->filter()); // not equal, but the same parks
        QCOMPARE(proxy->recordsAcceptedBy(proxy->filter()).ids(),
                 proxy->recordsAcceptedBy(same).ids());
        QCOMPARE(proxy->shownRecordsInSourceOrder().ids(), proxy->recordsAcceptedBy(same).ids());
        QCOMPARE(proxy->shownRecordsInSourceOrder().size(), 3);

        // An edit of a record the filter hides changes no row of the proxy,
        // but views of the whole dataset must hear of it.
        QSignalSpy changed(proxy, &ParkFilterProxy::sourceRecordsChanged);
        const int row = model->rowOfId(QStringLiteral("gd-a"));
        QVERIFY(model->setData(model->index(row, ParkTableModel::ProvinceColumn),
                               QStringLiteral("湖南省")));
        QCOMPARE(proxy->rowCount(), 3);
        QVERIFY(changed.count() >= 1);
        // Which columns, so that views of other columns need not count again.
        const int first = changed.last().at(0).toInt();
        const int last = changed.last().at(1).toInt();
        QVERIFY(first <= ParkTableModel::ProvinceColumn && ParkTableModel::ProvinceColumn <= last);
        QVERIFY(first > ParkTableModel::NameEnColumn);

        changed.clear();
        model->removeRows(row, 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last(), (QVariantList{0, int(ParkTableModel::ColumnCount) - 1}));
    }

    // Above 20,000 rows the text is searched on two threads before the
    // rows are filtered: the same rows pass as when searched one by one,
    // and a later edit is filtered by its own text.
    void aLargeTableIsSearchedInTwoHalves()
    {
        setManyRecords(997);
        proxy->setText(QStringLiteral("needle"));
        QStringList shown;
        for (int row = 0; row < proxy->rowCount(); ++row)
            shown.append(proxy->index(row, ParkTableModel::IdColumn).data().toString());
        QStringList expected;
        for (int i = 0; i < 30000; i += 997)
            expected.append(QStringLiteral("p-%1").arg(i));
        QCOMPARE(shown, expected);

        const int row = model->rowOfId(QStringLiteral("p-29999"));
        QVERIFY(model->setData(model->index(row, ParkTableModel::NameEnColumn),
                               QStringLiteral("Needle too")));
        QCOMPARE(proxy->rowCount(), expected.size() + 1);
        QVERIFY(model->setData(model->index(row, ParkTableModel::NameEnColumn),
                               QStringLiteral("Park")));
        QCOMPARE(proxy->rowCount(), expected.size());
    }

    void aLargeTableIsSearchedInTheBackground()
    {
        setManyRecords(97);
        proxy->setBackgroundSearch(20000);
        QSignalSpy changed(proxy, &ParkFilterProxy::filterChanged);

        proxy->setText(QStringLiteral("needle"));
        QVERIFY(proxy->isSearching());
        QCOMPARE(proxy->rowCount(), 30000); // shown as they were until found
        QCOMPARE(proxy->filter().text, QString());
        QCOMPARE(proxy->requestedFilter().text, QStringLiteral("needle"));
        // Typed on, and a park renamed, while the first search runs.
        proxy->setText(QStringLiteral("needle park 2"));
        const int renamed = model->rowOfId(QStringLiteral("p-29999"));
        QVERIFY(model->setData(model->index(renamed, ParkTableModel::NameEnColumn),
                               QStringLiteral("Needle Park 2 too")));
        QTRY_VERIFY(!proxy->isSearching());

        QStringList expected;
        for (int i = 0; i < 30000; ++i) {
            if ((i % 97 == 0 && QString::number(i).startsWith(QLatin1Char('2'))) || i == 29999)
                expected.append(QStringLiteral("p-%1").arg(i));
        }
        QStringList shown;
        for (int row = 0; row < proxy->rowCount(); ++row)
            shown.append(proxy->index(row, ParkTableModel::IdColumn).data().toString());
        QCOMPARE(shown, expected);
        QCOMPARE(changed.size(), 1); // once, when the rows changed
        QCOMPARE(proxy->filter().text, QStringLiteral("needle park 2"));

        // Another criterion applies at once, with the text typed so far,
        // and the search under way is dropped.
        proxy->setText(QStringLiteral("needle park 1"));
        QVERIFY(proxy->isSearching());
        proxy->setProvinces({QStringLiteral("nowhere")});
        QCOMPARE(proxy->filter().text, QStringLiteral("needle park 1"));
        QCOMPARE(proxy->rowCount(), 0);
        QTRY_VERIFY(!proxy->isSearching());
        QCOMPARE(proxy->rowCount(), 0);
        QCOMPARE(proxy->filter().provinces, QSet<QString>{QStringLiteral("nowhere")});

        // Clearing needs no search.
        proxy->setProvinces({});
        proxy->setText(QString());
        QVERIFY(!proxy->isSearching());
        QCOMPARE(proxy->rowCount(), 30000);
    }

    void aLargeSnapshotPointsAtItsRowsInOrder()
    {
        // Over Aggregations::ParallelRecords rows: filled in two halves.
        const SharedRecords shared(model->records());
        std::vector<int> rows;
        for (int i = 0; i <= Aggregations::ParallelRecords; ++i)
            rows.push_back(int((i * 7) % shared.size()));
        const ParkSnapshot snapshot(shared, rows);
        QCOMPARE(snapshot.size(), qsizetype(rows.size()));
        for (size_t i = 0; i < rows.size(); ++i)
            QVERIFY(&snapshot.at(qsizetype(i)) == &shared.at(rows[i]));
    }

    void snapshotsOutliveChangesOfTheModel()
    {
        proxy->setProvinces({QStringLiteral("浙江省")});
        const ParkSnapshot shown = proxy->visibleRecords();
        const ParkSnapshot all = proxy->allRecords();
        QCOMPARE(shown.size(), 3);
        QCOMPARE(all.size(), 10);
        const Aggregations::Records pointers = shown.pointers();
        const QStringList ids = shown.ids();
        const QString firstName = shown.at(0).nameEn;

        // Enough inserts to move the model's list elsewhere several times,
        // then an edit and a removal of records the snapshots hold.
        for (int i = 0; i < 500; ++i) {
            ParkRecord r = model->record(i % 10);
            r.id = QStringLiteral("copy-%1").arg(i);
            model->insertRecord(0, r);
        }
        QVERIFY(
            model->setData(model->index(model->rowOfId(ids.first()), ParkTableModel::NameEnColumn),
                           QStringLiteral("Renamed")));
        QVERIFY(model->removeRows(model->rowOfId(ids.last()), 1));

        QCOMPARE(shown.ids(), ids);
        QCOMPARE(shown.at(0).nameEn, firstName);
        QCOMPARE(pointers.size(), ids.size());
        for (int i = 0; i < pointers.size(); ++i) {
            QCOMPARE(pointers.at(i)->id, ids.at(i));
            QCOMPARE(pointers.at(i)->province, QStringLiteral("浙江省"));
        }
        QCOMPARE(all.size(), 10);
        QCOMPARE(Aggregations::byProvince(all.pointers()).value(QStringLiteral("浙江省")).total, 3);
        QCOMPARE(proxy->sourceRecordCount(), 10 + 500 - 1);
        QCOMPARE(proxy->allRecords().size(), proxy->sourceRecordCount());
        QCOMPARE(proxy->visibleRecords().size(), proxy->rowCount());
    }

    // A snapshot shares the model's records instead of copying each one
    // (90 ms at 100,000 parks), and still keeps what it was given when the
    // model changes.
    void snapshotsShareTheRecords()
    {
        proxy->sort(ParkTableModel::IdColumn, Qt::DescendingOrder);
        const ParkSnapshot shown = proxy->visibleRecords();
        const ParkSnapshot all = proxy->allRecords();
        ParkFilter map;
        map.text = QStringLiteral("a");
        const ParkSnapshot accepted = proxy->recordsAcceptedBy(map);
        QVERIFY(!accepted.isEmpty());
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(&shown.at(row), &model->record(proxy->sourceRow(row)));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(&all.at(row), &model->record(row));
        QCOMPARE(&accepted.at(0), &model->record(model->rowOfId(accepted.at(0).id)));

        const QString before = model->record(0).nameEn;
        QVERIFY(model->setData(model->index(0, ParkTableModel::NameEnColumn),
                               QStringLiteral("Renamed")));
        QCOMPARE(all.at(0).nameEn, before);
        QCOMPARE(proxy->allRecords().at(0).nameEn, QStringLiteral("Renamed"));
    }

    // With every park shown, the views and the province tree share one
    // snapshot of them all: at a million parks each made its own list of
    // rows and pointers (12 MB) when first shown.
    void everyParkShownIsTheSnapshotOfAll()
    {
        QCOMPARE(proxy->rowCount(), model->rowCount());
        const ParkSnapshot shown = proxy->shownRecordsInSourceOrder();
        QCOMPARE(&shown.pointers(), &proxy->allRecords().pointers());
        QCOMPARE(shown.ids(), proxy->allRecords().ids());

        proxy->setProvinces({QStringLiteral("浙江省")});
        QCOMPARE(proxy->shownRecordsInSourceOrder().size(), 3);
        proxy->setProvinces({});
        QCOMPARE(proxy->shownRecordsInSourceOrder().size(), model->rowCount());
        // After an edit, both are the records as they are now.
        QVERIFY(model->setData(model->index(0, ParkTableModel::NameEnColumn),
                               QStringLiteral("Renamed")));
        QCOMPARE(proxy->shownRecordsInSourceOrder().at(0).nameEn, QStringLiteral("Renamed"));
    }

    // An edit while a snapshot is kept replaces the record it changes and no
    // other: the table copying every record at the first edit after each
    // snapshot was the stall of an edit and of its undo at 100,000 parks.
    void anEditCopiesOnlyTheRecordItChanges()
    {
        const ParkSnapshot all = proxy->allRecords();
        QVERIFY(model->rowCount() > 3);
        const QString before = model->record(2).nameEn;
        QVERIFY(model->setData(model->index(2, ParkTableModel::NameEnColumn),
                               QStringLiteral("Renamed")));
        for (int row = 0; row < model->rowCount(); ++row) {
            if (row != 2)
                QCOMPARE(&model->record(row), &all.at(row));
        }
        QVERIFY(&model->record(2) != &all.at(2));
        QCOMPARE(all.at(2).nameEn, before);
        QCOMPARE(model->record(2).nameEn, QStringLiteral("Renamed"));

        // The same for a worker's copy of the list.
        const SharedRecords kept = model->sharedRecords();
        QVERIFY(
            model->setData(model->index(1, ParkTableModel::NameEnColumn), QStringLiteral("Again")));
        QCOMPARE(&model->record(0), &kept.at(0));
        QVERIFY(kept.at(1).nameEn != QStringLiteral("Again"));
    }

    // Records made from a list stay where the list had them: no record is
    // moved or copied until it changes, and a change reaches no other copy
    // of the list.
    void recordsMadeFromAListStayInIt()
    {
        QList<ParkRecord> list;
        for (int i = 0; i < 10; ++i) {
            ParkRecord r;
            r.id = QStringLiteral("p%1").arg(i);
            list.append(r);
        }
        SharedRecords shared(list);
        for (qsizetype i = 1; i < shared.size(); ++i)
            QCOMPARE(&shared.at(i) - &shared.at(i - 1), 1);
        const SharedRecords kept = shared;
        shared.modify(3).nameEn = QStringLiteral("Changed");
        QVERIFY(&shared.at(3) != &kept.at(3));
        QCOMPARE(&shared.at(4), &kept.at(4));
        QVERIFY(kept.at(3).nameEn.isNull());
        QCOMPARE(shared.at(3).nameEn, QStringLiteral("Changed"));
        shared.replace(5, shared.at(6));
        QCOMPARE(shared.at(5).id, QStringLiteral("p6"));
        QCOMPARE(kept.at(5).id, QStringLiteral("p5"));
        QCOMPARE(shared.toList().size(), 10);
    }

    // A change copies the chunk of the list it falls in, not the pointers
    // to every record: with a snapshot or the merge base holding the list,
    // each edit at a million parks copied a million of them.
    void anEditCopiesOnlyItsPartOfTheList()
    {
        const ParkRecord base = model->records().first();
        const int rows = int(SharedRecords::ChunkSize) * 2 + 10;
        model->setRecords(namedRecords(base, 7, rows));
        const SharedRecords kept = model->sharedRecords();
        QVERIFY(model->setData(model->index(5, ParkTableModel::NameEnColumn),
                               QStringLiteral("Renamed")));
        const SharedRecords &now = model->sharedRecords();
        QVERIFY(now.storageOf(5) != kept.storageOf(5));
        QCOMPARE(now.storageOf(rows - 1), kept.storageOf(rows - 1));
        QCOMPARE(now.storageOf(int(SharedRecords::ChunkSize)),
                 kept.storageOf(int(SharedRecords::ChunkSize)));
        QCOMPARE(kept.at(5).nameEn, base.nameEn);
        QCOMPARE(now.at(5).nameEn, QStringLiteral("Renamed"));

        // Rows that come and go keep every record in its place.
        model->insertRecord(3, base);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(model->record(4).id, QStringLiteral("p3"));
        QCOMPARE(model->record(rows).id, QStringLiteral("p%1").arg(rows - 1));
        QCOMPARE(&model->record(rows), &kept.at(rows - 1));
        QVERIFY(model->removeRows(0, 2));
        QCOMPARE(model->rowCount(), rows - 1);
        QCOMPARE(model->record(0).id, QStringLiteral("p2"));
        QCOMPARE(model->record(rows - 2).id, QStringLiteral("p%1").arg(rows - 1));
        int i = 0;
        for (const ParkRecord &r : model->sharedRecords())
            QCOMPARE(&r, &model->record(i++));
        QCOMPARE(i, rows - 1);
    }

    // Inserts, removals and changes at random, across chunk borders, with
    // copies of the list taken along the way: every list keeps its records
    // in order, as a plain list of ids does.
    void chunkedRecordsKeepTheirOrder()
    {
        QRandomGenerator random(11);
        ParkRecord r;
        SharedRecords records;
        QStringList ids;
        QList<std::pair<SharedRecords, QStringList>> copies;
        for (int step = 0; step < 25000; ++step) {
            const int action = random.bounded(10);
            if (action < 6 || ids.isEmpty()) {
                const int at = random.bounded(int(ids.size()) + 1);
                r.id = QStringLiteral("r%1").arg(step);
                records.insert(at, r);
                ids.insert(at, r.id);
            } else if (action < 8) {
                const int at = random.bounded(int(ids.size()));
                records.removeAt(at);
                ids.removeAt(at);
            } else {
                const int at = random.bounded(int(ids.size()));
                r.id = QStringLiteral("c%1").arg(step);
                if (action == 8)
                    records.replace(at, r);
                else
                    records.modify(at).id = r.id;
                ids[at] = r.id;
            }
            if (step % 2500 == 0)
                copies.append({records, ids});
        }
        copies.append({records, ids});
        QVERIFY(ids.size() > 2 * SharedRecords::ChunkSize);
        for (const auto &[copy, expected] : std::as_const(copies)) {
            QCOMPARE(copy.size(), expected.size());
            QStringList got;
            for (const ParkRecord &record : copy)
                got.append(record.id);
            QCOMPARE(got, expected);
            for (int i = 0; i < expected.size(); i += 97)
                QCOMPARE(copy.at(i).id, expected.at(i));
        }
    }

    // The records shown are copied once per change, whoever asks.
    void visibleRecordsAreCopiedOncePerChange()
    {
        const ParkSnapshot first = proxy->visibleRecords();
        const ParkSnapshot again = proxy->visibleRecords();
        QCOMPARE(&again.pointers(), &first.pointers());

        QVERIFY(model->setData(model->index(3, ParkTableModel::NameEnColumn),
                               QStringLiteral("Renamed Centre")));
        const ParkSnapshot edited = proxy->visibleRecords();
        QVERIFY(&edited.pointers() != &first.pointers());
        QVERIFY(edited.ids() == first.ids());
        QCOMPARE(edited.at(3).nameEn, QStringLiteral("Renamed Centre"));

        proxy->setText(QStringLiteral("Renamed"));
        QCOMPARE(proxy->visibleRecords().size(), 1);
        proxy->sort(ParkTableModel::IdColumn, Qt::DescendingOrder);
        proxy->setText(QString());
        const ParkSnapshot sorted = proxy->visibleRecords();
        QCOMPARE(sorted.size(), first.size());
        QVERIFY(sorted.ids().first() > sorted.ids().last());
    }

    void textFollowsEdits()
    {
        proxy->setText(QStringLiteral("Renamed"));
        QCOMPARE(proxy->rowCount(), 0);
        QVERIFY(model->setData(model->index(3, ParkTableModel::NameEnColumn),
                               QStringLiteral("Renamed Centre")));
        QCOMPARE(proxy->rowCount(), 1);
    }

    void collationKeysOrderAsQCollator_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China);
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("C") << QLocale::c();
    }

    void collationKeysOrderAsQCollator()
    {
        QFETCH(QLocale, locale);
        QCollator collator(locale);
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const CollationKeys keys(collator);
        QCOMPARE(keys.isValid(), locale != QLocale::c());
        const QStringList texts = {
            QStringLiteral("重庆区块链产业园"),
            QStringLiteral("长沙链谷"),
            QStringLiteral("厦门"),
            QStringLiteral("阿里巴巴"),
            QStringLiteral("Park 2"),
            QStringLiteral("park 10"),
            QStringLiteral("PARK 1"),
            QStringLiteral("Éclair"),
            QStringLiteral("eclair"),
            QStringLiteral("a-b"),
            QStringLiteral("ab"),
            QString(),
            QStringLiteral("中关村"),
            QStringLiteral("Zhongguancun"),
        };
        for (const QString &a : texts) {
            for (const QString &b : texts) {
                const QByteArray ka = keys.sortKey(a);
                const QByteArray kb = keys.sortKey(b);
                const int bytes = sign(std::memcmp(ka.constData(), kb.constData(),
                                                   size_t(std::min(ka.size(), kb.size()))));
                const int byKeys = bytes != 0 ? bytes : sign(int(ka.size()) - int(kb.size()));
                QVERIFY2(byKeys == sign(collator.compare(a, b)),
                         qPrintable(a + QStringLiteral(" / ") + b));
            }
        }
    }

    // The ranks kept for a sort give the collator's order, and still do
    // after edits, a few (compared by key) and many (ranked again).
    void pinyinSortFollowsEdits()
    {
        QRandomGenerator random(7);
        const QList<ParkRecord> records = namedRecords(model->records().first(), 7, 400);
        model->setRecords(records);
        proxy->setCollationLocale(QLocale(QLocale::Chinese, QLocale::China));
        proxy->sort(ParkTableModel::NameZhColumn, Qt::AscendingOrder);
        const auto checkOrder = [this](const char *when) { checkPinyinOrder(when); };
        checkOrder("after the first sort");
        QVERIFY(!QTest::currentTestFailed());

        // A few edits: below the re-ranking threshold (a sixteenth).
        for (int i = 0; i < 10; ++i) {
            const int row = random.bounded(int(records.size()));
            QVERIFY(model->setData(model->index(row, ParkTableModel::NameZhColumn),
                                   syntheticName(random) + QString::number(i)));
        }
        checkOrder("after ten edits");
        QVERIFY(!QTest::currentTestFailed());

        // Many: ranked again on the way.
        for (int i = 0; i < 60; ++i) {
            const int row = random.bounded(int(records.size()));
            QVERIFY(model->setData(model->index(row, ParkTableModel::NameZhColumn),
                                   syntheticName(random) + QString::number(i)));
        }
        checkOrder("after seventy edits");
        QVERIFY(!QTest::currentTestFailed());

        proxy->sort(ParkTableModel::NameZhColumn, Qt::DescendingOrder);
        QCOMPARE(
            proxy->index(0, ParkTableModel::NameZhColumn).data(ParkTableModel::SortRole),
            QVariant(proxy->index(0, ParkTableModel::NameZhColumn).data(ParkTableModel::SortRole)));
        QVERIFY(!proxy->index(proxy->rowCount() - 1, ParkTableModel::NameZhColumn)
                     .data(ParkTableModel::SortRole)
                     .isValid());
    }

    // Numbers are ranked by their ordered bits: the order is QVariant's,
    // with ints and doubles, signs and zeros mixed, before and after an edit.
    void numbersAreRankedByValue()
    {
        QList<QVariant> values = {
            QVariant(2.5),
            QVariant(-1.0),
            QVariant(0.0),
            QVariant(-0.0),
            QVariant(3),
            QVariant(3.0),
            QVariant(qlonglong(20251231)),
            QVariant(-1e300),
            QVariant(1e-300),
            QVariant(),
            QVariant(7),
            QVariant(-7),
            QVariant(20150600),
        };
        QStandardItemModel numbers(0, 1);
        for (const QVariant &value : values) {
            auto *item = new QStandardItem;
            item->setData(value, ParkTableModel::SortRole);
            numbers.appendRow(item);
        }
        SortColumn column(numbers, 0, ParkTableModel::SortRole, QCollator(QLocale::c()));
        const auto checkOrder = [&](const char *when) {
            for (int l = 0; l < values.size(); ++l) {
                QCOMPARE(column.isUnknown(l), !values.at(l).isValid());
                for (int r = 0; r < values.size(); ++r) {
                    if (!values.at(l).isValid() || !values.at(r).isValid())
                        continue;
                    const bool expected =
                        QVariant::compare(values.at(l), values.at(r)) == QPartialOrdering::Less;
                    QVERIFY2(column.less(l, r) == expected,
                             qPrintable(QStringLiteral("%1: %2 < %3")
                                            .arg(QLatin1String(when), values.at(l).toString(),
                                                 values.at(r).toString())));
                }
            }
        };
        checkOrder("ranked");
        QVERIFY(!QTest::currentTestFailed());
        values[0] = QVariant(-7.0);
        numbers.item(0)->setData(values[0], ParkTableModel::SortRole);
        column.update(0, 0);
        checkOrder("edited");
    }

    // The name column is ranked on a worker thread once the records are
    // in, so the first sort by it only compares ranks. A column made from
    // records since replaced is not kept; rows edited while it is made are
    // read again.
    void theNameColumnIsRankedInTheBackground()
    {
        const ParkRecord base = model->records().first();
        proxy->setCollationLocale(QLocale(QLocale::Chinese, QLocale::China));
        QSignalSpy prepared(proxy, &ParkFilterProxy::sortColumnPrepared);
        proxy->setPreparedSortColumn(ParkTableModel::NameZhColumn, 0);
        QTRY_VERIFY(!proxy->isPreparingSortColumn());
        QCOMPARE(prepared.count(), 1); // the records already there
        QCOMPARE(proxy->rankedColumns(), QList<int>{ParkTableModel::NameZhColumn});
        prepared.clear();

        // The pool's only thread is held, so that the records change while
        // the ranks are waiting to be made.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore held, release;
        pool->start([&] {
            held.release();
            release.acquire();
        });
        held.acquire();

        // Each wait lets the zero timer that starts the work fire.
        model->setRecords(namedRecords(base, 7, 300));
        QVERIFY(proxy->rankedColumns().isEmpty());
        QTest::qWait(50);
        QVERIFY(proxy->isPreparingSortColumn());
        model->setRecords(namedRecords(base, 8, 300)); // replaced before they were ranked
        QTest::qWait(50);
        QVERIFY(model->setData(model->index(5, ParkTableModel::NameZhColumn),
                               QStringLiteral("阿里巴巴区块链产业园"))); // edited meanwhile
        QVERIFY(model->setData(model->index(250, ParkTableModel::NameZhColumn),
                               QStringLiteral("Zz 最后")));
        release.release();
        QTRY_VERIFY(!proxy->isPreparingSortColumn());
        pool->setMaxThreadCount(threads);
        QCOMPARE(prepared.count(), 1);
        QCOMPARE(proxy->rankedColumns(), QList<int>{ParkTableModel::NameZhColumn});

        proxy->sort(ParkTableModel::NameZhColumn, Qt::AscendingOrder);
        QCOMPARE(proxy->rankedColumns(),
                 QList<int>{ParkTableModel::NameZhColumn}); // not made again
        checkPinyinOrder("sorted by the prepared ranks");
        QVERIFY(!QTest::currentTestFailed());

        // Another collation: ranked again, for it (a table sorted by it
        // would be sorted again at once).
        proxy->sort(-1);
        prepared.clear();
        proxy->setCollationLocale(QLocale::c());
        QVERIFY(proxy->rankedColumns().isEmpty());
        QTRY_COMPARE(prepared.count(), 1);
        QCOMPARE(proxy->rankedColumns(), QList<int>{ParkTableModel::NameZhColumn});

        // Below the size given, nothing is made until a sort asks.
        proxy->setPreparedSortColumn(ParkTableModel::NameZhColumn, 1000);
        model->setRecords(namedRecords(base, 9, 300));
        QCoreApplication::processEvents();
        QVERIFY(!proxy->isPreparingSortColumn());
        QVERIFY(proxy->rankedColumns().isEmpty());
    }

    // In a large table a sort by a column not yet ranked does not stop the
    // window to rank it: the column is ranked on the worker and the rows
    // are sorted once it is ready. A sort asked for meanwhile wins.
    void aLargeTableIsSortedOnceItsColumnIsRanked()
    {
        const ParkRecord base = model->records().first();
        model->setRecords(namedRecords(base, 7, 300));
        proxy->setPreparedSortColumn(ParkTableModel::NameZhColumn, 100);
        QTRY_COMPARE(proxy->rankedColumns(), QList<int>{ParkTableModel::NameZhColumn});
        const auto firstId = [this] {
            return proxy->index(0, ParkTableModel::IdColumn).data().toString();
        };
        QCOMPARE(firstId(), QStringLiteral("p0"));

        proxy->sort(ParkTableModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(proxy->pendingSortColumn(), int(ParkTableModel::IdColumn));
        QCOMPARE(firstId(), QStringLiteral("p0")); // not yet
        QTRY_COMPARE(proxy->pendingSortColumn(), -1);
        QCOMPARE(proxy->sortColumn(), int(ParkTableModel::IdColumn));
        QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(firstId(), QStringLiteral("p299")); // numeric order
        QVERIFY(proxy->rankedColumns().contains(ParkTableModel::IdColumn));

        // Ranked already: sorted at once.
        proxy->sort(ParkTableModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(proxy->pendingSortColumn(), -1);
        QCOMPARE(firstId(), QStringLiteral("p0"));

        // Another sort while one waits: the last one asked for is made.
        proxy->sort(ParkTableModel::NameEnColumn, Qt::AscendingOrder);
        QCOMPARE(proxy->pendingSortColumn(), int(ParkTableModel::NameEnColumn));
        proxy->sort(ParkTableModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(proxy->pendingSortColumn(), -1);
        QCOMPARE(firstId(), QStringLiteral("p299"));
        QTRY_VERIFY(!proxy->isPreparingSortColumn());
        QCOMPARE(proxy->sortColumn(), int(ParkTableModel::IdColumn));
        QCOMPARE(firstId(), QStringLiteral("p299"));

        // Below the size given, sorted at once.
        model->setRecords(namedRecords(base, 7, 50));
        proxy->sort(ParkTableModel::NameEnColumn, Qt::AscendingOrder);
        QCOMPARE(proxy->pendingSortColumn(), -1);
        QCOMPARE(proxy->sortColumn(), int(ParkTableModel::NameEnColumn));
    }

    void sortingWhileFiltered()
    {
        ParkFilter f;
        f.leadership = Leadership::Government;
        proxy->setFilter(f);
        proxy->sort(ParkTableModel::EnterprisesColumn, Qt::DescendingOrder);
        QStringList ids;
        for (int row = 0; row < proxy->rowCount(); ++row)
            ids << proxy->index(row, ParkTableModel::IdColumn).data().toString();
        // 100, 40, 10, then the three unknown in source order.
        QCOMPARE(ids, (QStringList{QStringLiteral("hi-a"), QStringLiteral("zj-a"),
                                   QStringLiteral("hn-a"), QStringLiteral("zj-b"),
                                   QStringLiteral("gd-b"), QStringLiteral("sh-a")}));
    }
};

QTEST_GUILESS_MAIN(TestParkFilterProxy)
#include "tst_parkfilterproxy.moc"
