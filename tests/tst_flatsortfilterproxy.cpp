// FlatSortFilterProxy against a plain reference (the accepted rows, stably
// sorted) through thousands of random edits, insertions, removals, sorts
// and filters, with QAbstractItemModelTester watching and persistent indexes
// checked after each step; and ParkFilterProxy's bulk paths: a sort by a
// ranked column compares no pair, a keystroke asks no row one by one.
#include "flatsortfilterproxy.h"
#include "parkfilterproxy.h"
#include "parktablemodel.h"
#include "sortcolumn.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QtTest>

#include <algorithm>
#include <numeric>

namespace {

constexpr int ValueRole = Qt::UserRole;

int valueOf(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(ValueRole).toInt();
}

// Rows whose value in column 0 is a multiple of the divisor are hidden.
class DivisorProxy : public FlatSortFilterProxy
{
public:
    void setDivisor(int divisor, bool keepOrder)
    {
        m_divisor = divisor;
        if (keepOrder)
            invalidateRowsFilter();
        else
            invalidate();
    }
    int divisor() const { return m_divisor; }
    bool accepts(int sourceRow) const
    {
        return m_divisor <= 1 || valueOf(sourceModel(), sourceRow, 0) % m_divisor != 0;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        return accepts(sourceRow);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return left.data(ValueRole).toInt() < right.data(ValueRole).toInt();
    }

private:
    int m_divisor = 0;
};

// A ParkFilterProxy that counts what QSortFilterProxyModel asked per row
// and per pair.
class CountingParkProxy : public ParkFilterProxy
{
public:
    mutable int comparisons = 0;
    mutable int rowsAsked = 0;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        ++comparisons;
        return ParkFilterProxy::lessThan(left, right);
    }
    bool filterAcceptsRow(int sourceRow, const QModelIndex &parent) const override
    {
        ++rowsAsked;
        return ParkFilterProxy::filterAcceptsRow(sourceRow, parent);
    }
};

} // namespace

class TestFlatSortFilterProxy : public QObject
{
    Q_OBJECT

    QRandomGenerator random{20261203};
    QStandardItemModel *source = nullptr;
    DivisorProxy *proxy = nullptr;

    QList<QStandardItem *> newRow()
    {
        QList<QStandardItem *> items;
        for (int column = 0; column < 2; ++column) {
            auto *item = new QStandardItem;
            item->setData(int(random.bounded(40)), ValueRole);
            items.append(item);
        }
        return items;
    }

    // The source rows the proxy should show, in order.
    std::vector<int> expectedRows() const
    {
        std::vector<int> rows;
        for (int row = 0; row < source->rowCount(); ++row) {
            if (proxy->accepts(row))
                rows.push_back(row);
        }
        const int column = proxy->sortColumn();
        if (column >= 0) {
            std::stable_sort(rows.begin(), rows.end(), [&](int l, int r) {
                return proxy->sortOrder() == Qt::AscendingOrder
                           ? valueOf(source, l, column) < valueOf(source, r, column)
                           : valueOf(source, r, column) < valueOf(source, l, column);
            });
        }
        return rows;
    }

    std::vector<int> shownRows() const
    {
        std::vector<int> rows;
        for (int row = 0; row < proxy->rowCount(); ++row)
            rows.push_back(proxy->mapToSource(proxy->index(row, 0)).row());
        return rows;
    }

    // One random change; returns what it was, for the failure message.
    QString change()
    {
        const int rows = source->rowCount();
        const int kind = int(random.bounded(100));
        if (kind < 45 && rows > 0) {
            const int row = int(random.bounded(rows));
            const int column = int(random.bounded(2));
            source->item(row, column)->setData(int(random.bounded(40)), ValueRole);
            return QStringLiteral("edit row %1 column %2").arg(row).arg(column);
        }
        if (kind < 60) {
            const int row = int(random.bounded(rows + 1));
            const int count = random.bounded(10) == 0 ? 100 : 1 + int(random.bounded(3));
            for (int i = 0; i < count; ++i)
                source->insertRow(row + i, newRow());
            return QStringLiteral("insert %1 at %2").arg(count).arg(row);
        }
        if (kind < 72 && rows > 0) {
            const int row = int(random.bounded(rows));
            const int count =
                std::min(rows - row, random.bounded(8) == 0 ? 80 : 1 + int(random.bounded(4)));
            source->removeRows(row, count);
            return QStringLiteral("remove %1 at %2").arg(count).arg(row);
        }
        if (kind < 82) {
            const int column = int(random.bounded(3)) - 1;
            const auto order = random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
            proxy->sort(column, order);
            return QStringLiteral("sort %1 %2").arg(column).arg(int(order));
        }
        if (kind < 92) {
            const int divisor = int(random.bounded(5));
            const bool keepOrder = random.bounded(2);
            proxy->setDivisor(divisor, keepOrder);
            return QStringLiteral("divisor %1").arg(divisor);
        }
        // Many rows changed at once, told in one signal.
        source->blockSignals(true);
        for (int row = 0; row < rows; ++row)
            source->item(row, 0)->setData(int(random.bounded(40)), ValueRole);
        source->blockSignals(false);
        if (rows > 0)
            emit source->dataChanged(source->index(0, 0), source->index(rows - 1, 1));
        return QStringLiteral("all changed");
    }

private slots:
    void init()
    {
        source = new QStandardItemModel(this);
        source->setColumnCount(2);
        for (int row = 0; row < 200; ++row)
            source->appendRow(newRow());
        proxy = new DivisorProxy;
        proxy->setParent(this);
        proxy->setSortRole(ValueRole);
        proxy->setSourceModel(source);
    }

    void cleanup()
    {
        delete proxy;
        delete source;
    }

    void followsRandomChangesLikeAStableSortOfTheAcceptedRows()
    {
        QAbstractItemModelTester tester(proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int step = 0; step < 3000; ++step) {
            // A few rows the views would hold on to, and the source rows
            // they stand for.
            QList<QPersistentModelIndex> held;
            QList<QPersistentModelIndex> heldSource;
            for (int i = 0; i < 4 && proxy->rowCount() > 0; ++i) {
                const QModelIndex index =
                    proxy->index(int(random.bounded(proxy->rowCount())), int(random.bounded(2)));
                held.append(index);
                heldSource.append(proxy->mapToSource(index));
            }
            const QString what = change();
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("step %1: %2").arg(step).arg(what)));
            QVERIFY2(shownRows() == expectedRows(),
                     qPrintable(QStringLiteral("step %1: %2").arg(step).arg(what)));
            for (qsizetype i = 0; i < held.size(); ++i) {
                const QModelIndex shown = proxy->mapFromSource(heldSource.at(i));
                QVERIFY2(QModelIndex(held.at(i)) == shown,
                         qPrintable(QStringLiteral("step %1: %2: held row %3 now %4, shown at %5")
                                        .arg(step)
                                        .arg(what)
                                        .arg(heldSource.at(i).row())
                                        .arg(held.at(i).row())
                                        .arg(shown.row())));
            }
        }
    }

    void anEditedRowMovesToItsPlace()
    {
        for (int row = 0; row < source->rowCount(); ++row)
            source->item(row, 0)->setData(row + 1, ValueRole); // none hidden by 0
        proxy->sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy->mapToSource(proxy->index(0, 0)).row(), 199);
        QSignalSpy moved(proxy, &QAbstractItemModel::rowsMoved);
        QSignalSpy layout(proxy, &QAbstractItemModel::layoutChanged);
        source->item(5, 0)->setData(1000, ValueRole);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(proxy->mapToSource(proxy->index(0, 0)).row(), 5);
        QCOMPARE(proxy->mapToSource(proxy->index(1, 0)).row(), 199);
    }

    void theHeaderNamesColumnsWhenNoRowIsShown()
    {
        source->setHorizontalHeaderLabels({QStringLiteral("first"), QStringLiteral("second")});
        for (int row = 0; row < source->rowCount(); ++row)
            source->item(row, 0)->setData(6, ValueRole);
        proxy->setDivisor(3, true);
        QCOMPARE(proxy->rowCount(), 0);
        QCOMPARE(proxy->headerData(1, Qt::Horizontal).toString(), QStringLiteral("second"));
    }

    void ranksAndEditedRowsAreSortedTogether()
    {
        // Every seventh value unknown; then edits, fewer than a sixteenth of
        // the rows, so that they are merged in unranked.
        for (int row = 0; row < source->rowCount(); ++row)
            source->item(row, 0)->setData(row % 7 == 0 ? QVariant() : QVariant(row % 23),
                                          ValueRole);
        SortColumn column(*source, 0, ValueRole, QCollator(QLocale::c()));
        const auto check = [&] { sortedRowsAreAStableSortOfTheValues(column); };
        check();
        for (int edit = 0; edit < 12; ++edit) {
            const int row = int(random.bounded(source->rowCount()));
            source->item(row, 0)->setData(edit % 4 == 0 ? QVariant() : QVariant(edit), ValueRole);
            column.update(row, row);
        }
        check();
        // Once the ranks are made again (a sixteenth of the rows read again).
        column.update(0, source->rowCount() - 1);
        check();

        // The rows are written into the list given, in its own memory.
        std::vector<int> rows;
        rows.reserve(size_t(source->rowCount()));
        const int *memory = rows.data();
        column.sortedRows(Qt::DescendingOrder, rows);
        QCOMPARE(rows.data(), memory);
        QCOMPARE(rows, column.sortedRows(Qt::DescendingOrder));
    }

    void aLargeColumnOfTextIsRankedInTheCollatorsOrder()
    {
        // Enough rows to be ranked in two halves at once; names that share
        // their first characters (and so the first bytes of their keys),
        // repeated names and unknown ones.
        const QStringList cities = {QStringLiteral("杭州市"),    QStringLiteral("杭州湾"),
                                    QStringLiteral("长沙"),      QStringLiteral("重庆"),
                                    QStringLiteral("Chongqing"), QStringLiteral("厦门")};
        const int rows = 30000;
        QStandardItemModel texts(rows, 1);
        for (int row = 0; row < rows; ++row) {
            const quint32 n = random.bounded(4000);
            texts.setItem(row, 0, new QStandardItem);
            if (n % 97 == 0)
                continue; // unknown
            texts.item(row, 0)->setData(
                QStringLiteral("%1区块链产业园%2").arg(cities.at(int(n % 6))).arg(n / 6),
                ValueRole);
        }
        QCollator pinyin{QLocale(QLocale::Chinese, QLocale::China)};
        pinyin.setNumericMode(true);
        const SortColumn column(texts, 0, ValueRole, pinyin);
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<int> known;
            std::vector<int> unknown;
            for (int row = 0; row < rows; ++row)
                (texts.item(row, 0)->data(ValueRole).isValid() ? known : unknown).push_back(row);
            std::vector<QString> text(static_cast<size_t>(rows));
            for (int row : known)
                text[size_t(row)] = texts.item(row, 0)->data(ValueRole).toString();
            std::stable_sort(known.begin(), known.end(), [&](int l, int r) {
                const int values = pinyin.compare(text[size_t(l)], text[size_t(r)]);
                return order == Qt::AscendingOrder ? values < 0 : values > 0;
            });
            known.insert(known.end(), unknown.begin(), unknown.end());
            const std::vector<int> sorted = column.sortedRows(order);
            QCOMPARE(sorted.size(), known.size());
            for (size_t i = 0; i < known.size(); ++i) {
                if (sorted[i] != known[i])
                    QFAIL(qPrintable(QStringLiteral("place %1: row %2 (%3), expected row %4 (%5)")
                                         .arg(i)
                                         .arg(sorted[i])
                                         .arg(text[size_t(sorted[i])])
                                         .arg(known[i])
                                         .arg(text[size_t(known[i])])));
            }
        }
    }

private:
    // sortedRows() of COLUMN is the rows of known values in a stable sort
    // of them, then the rows of unknown values, in either order.
    void sortedRowsAreAStableSortOfTheValues(const SortColumn &column)
    {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<int> known;
            std::vector<int> unknown;
            for (int row = 0; row < source->rowCount(); ++row) {
                (source->item(row, 0)->data(ValueRole).isValid() ? known : unknown).push_back(row);
            }
            std::stable_sort(known.begin(), known.end(), [&](int l, int r) {
                return order == Qt::AscendingOrder ? valueOf(source, l, 0) < valueOf(source, r, 0)
                                                   : valueOf(source, r, 0) < valueOf(source, l, 0);
            });
            known.insert(known.end(), unknown.begin(), unknown.end());
            QCOMPARE(column.sortedRows(order), known);
        }
    }

private slots:
    void aSortByARankedColumnComparesNoPair()
    {
        ParkTableModel model;
        QList<ParkRecord> records;
        for (int i = 0; i < 30000; ++i) {
            ParkRecord record;
            record.id = QStringLiteral("p-%1").arg(i);
            record.nameEn = QStringLiteral("Park %1").arg((i * 7919) % 30000);
            records.append(record);
        }
        model.setRecords(records);
        CountingParkProxy parks;
        parks.setSourceModel(&model);
        parks.sort(ParkTableModel::NameEnColumn);
        QCOMPARE(parks.comparisons, 0);
        QCOMPARE(parks.index(0, ParkTableModel::NameEnColumn).data().toString(),
                 QStringLiteral("Park 0"));
        QCOMPARE(parks.index(29999, ParkTableModel::NameEnColumn).data().toString(),
                 QStringLiteral("Park 29999")); // numeric collation: 29999 after 3000

        // A keystroke walks the sorted rows with the kept matches.
        parks.rowsAsked = 0;
        parks.setText(QStringLiteral("park 1"));
        QCOMPARE(parks.rowsAsked, 0);
        QCOMPARE(parks.comparisons, 0);
        QCOMPARE(parks.rowCount(), 11111); // 1, 10-19, 100-199, 1000-1999, 10000-19999
        QCOMPARE(parks.index(1, ParkTableModel::NameEnColumn).data().toString(),
                 QStringLiteral("Park 10"));

        // An edit is placed by a few comparisons, not a sort.
        const int row = model.rowOfId(QStringLiteral("p-0"));
        QVERIFY(model.setData(model.index(row, ParkTableModel::NameEnColumn),
                              QStringLiteral("Park 1")));
        QVERIFY(parks.comparisons < 100);
        QCOMPARE(parks.rowCount(), 11112);
        QCOMPARE(parks.index(0, ParkTableModel::IdColumn).data().toString(),
                 QStringLiteral("p-0")); // before the other "Park 1", a later row
    }
};

QTEST_GUILESS_MAIN(TestFlatSortFilterProxy)
#include "tst_flatsortfilterproxy.moc"
