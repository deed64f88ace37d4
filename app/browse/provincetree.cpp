#include "provincetree.h"

#include "aggregations.h"
#include "parkfilterproxy.h"
#include "parktablemodel.h"
#include "places.h"
#include "provinces.h"
#include "translations.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QSet>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QTimer>

namespace {

QList<QStandardItem *> makeRow(const QString &name, const Aggregations::Count &count,
                               ProvinceTree::Kind kind, const QString &value,
                               const QString &province)
{
    auto *nameItem = new QStandardItem(name);
    nameItem->setData(kind, ProvinceTree::KindRole);
    nameItem->setData(value, ProvinceTree::ValueRole);
    nameItem->setData(province, ProvinceTree::ProvinceRole);
    nameItem->setToolTip(Qt::convertFromPlainText(name));
    auto *total = new QStandardItem(QString::number(count.total));
    auto *government = new QStandardItem(QString::number(count.government));
    for (QStandardItem *item : {total, government})
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QList<QStandardItem *> row{nameItem, total, government};
    for (QStandardItem *item : row)
        item->setEditable(false);
    return row;
}

} // namespace

ProvinceTree::ProvinceTree(ParkFilterProxy *proxy, QWidget *parent)
    : QTreeView(parent)
    , m_proxy(proxy)
    , m_model(new QStandardItemModel(this))
    , m_rebuild(new QTimer(this))
{
    setModel(m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);

    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(0);
    connect(m_rebuild, &QTimer::timeout, this, [this] {
        if (m_countsChanged)
            rebuild();
        else
            relistParks();
    });
    connect(m_proxy, &ParkFilterProxy::sourceRecordsChanged, this, &ProvinceTree::recordsChanged);

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_rebuilding)
                    applySelection(current);
            });
    connect(this, &QTreeView::activated, this, &ProvinceTree::applySelection);
    connect(this, &QTreeView::expanded, this, &ProvinceTree::listParks);
    connect(m_proxy, &ParkFilterProxy::filterChanged, this, &ProvinceTree::followFilter);
    setAccessibleName(tr("Parks by province and city"));
    rebuild();
}

void ProvinceTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QTreeView::changeEvent(event);
}

void ProvinceTree::recordsChanged(int firstColumn, int lastColumn)
{
    // The counts follow a park's place and leadership. Any other edit (a
    // name, most often) changes at most the parks listed: counting 100,000
    // parks again for it stood the window still for 25 ms.
    m_countsChanged |=
        ParkFilterProxy::touches(firstColumn, lastColumn,
                                 {ParkTableModel::ProvinceColumn, ParkTableModel::CityColumn,
                                  ParkTableModel::LeadershipColumn});
    if (m_countsChanged ||
        ParkFilterProxy::touches(
            firstColumn, lastColumn,
            {ParkTableModel::IdColumn, ParkTableModel::NameZhColumn, ParkTableModel::NameEnColumn}))
        m_rebuild->start();
}

void ProvinceTree::relistParks()
{
    // The cities whose parks are listed: none, most often, and then there
    // is nothing to list again (and no snapshot of every park to take).
    QList<QStandardItem *> listed;
    QStandardItem *all = m_model->item(0);
    for (int p = 0; all && p < all->rowCount(); ++p) {
        QStandardItem *province = all->child(p);
        for (int c = 0; c < province->rowCount(); ++c) {
            QStandardItem *city = province->child(c);
            if (city->rowCount() > 0 && Kind(city->child(0)->data(KindRole).toInt()) != PendingKind)
                listed.append(city);
        }
    }
    if (listed.isEmpty())
        return;
    m_rebuilding = true;
    const QModelIndex selected = currentIndex().siblingAtColumn(0);
    const QString currentPark = Kind(selected.data(KindRole).toInt()) == ParkKind
                                    ? selected.data(ValueRole).toString()
                                    : QString();
    for (QStandardItem *city : std::as_const(listed)) {
        city->removeRows(0, city->rowCount());
        city->appendRow(pendingItem());
        listParks(city->index());
    }
    if (!currentPark.isEmpty()) {
        const QModelIndex found = findItem(ParkKind, currentPark);
        if (found.isValid())
            setCurrentIndex(found);
    }
    m_rebuilding = false;
}

void ProvinceTree::rebuild()
{
    m_rebuild->stop();
    m_countsChanged = false;
    m_rebuilding = true;
    // Keep what the user had open and selected across a rebuild.
    QSet<QString> expanded;
    QString current;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        QStandardItem *all = m_model->item(i);
        for (int p = 0; p < all->rowCount(); ++p) {
            if (isExpanded(all->child(p)->index()))
                expanded.insert(all->child(p)->data(ValueRole).toString());
        }
    }
    Kind currentKind = AllKind;
    const QModelIndex selected = currentIndex().siblingAtColumn(0);
    if (selected.isValid()) {
        current = selected.data(ValueRole).toString();
        currentKind = Kind(selected.data(KindRole).toInt());
    }

    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Province / city / park"), tr("Parks"), tr("Gov.")});
    m_model->horizontalHeaderItem(2)->setToolTip(tr("Government-led parks"));
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    const bool english = Translations::isEnglish();
    const ParkSnapshot snapshot = m_proxy->allRecords();
    const Aggregations::Records &records = snapshot.pointers();

    // Every record is counted under its province, those without one under "".
    const QMap<QString, Aggregations::ProvinceCount> &counts = snapshot.byProvinceAndCity();
    Aggregations::Count total;
    for (const Aggregations::ProvinceCount &province : counts)
        total += province.count;
    const QMap<QString, Aggregations::Count> provinceCounts = Aggregations::byProvinceFrom(counts);
    QList<QStandardItem *> allRow = makeRow(tr("All parks"), total, AllKind, QString(), QString());
    m_model->appendRow(allRow);
    QStandardItem *allItem = allRow.first();

    for (const auto &[province, count] : Aggregations::rankedByCount(provinceCounts)) {
        QList<QStandardItem *> provinceRow = makeRow(Provinces::displayName(province, english),
                                                     count, ProvinceKind, province, province);
        allItem->appendRow(provinceRow);
        for (const auto &[city, cityCount] :
             Aggregations::rankedByCount(counts.value(province).cities)) {
            QList<QStandardItem *> cityRow = makeRow(Places::cityName(province, city, english),
                                                     cityCount, CityKind, city, province);
            cityRow.first()->appendRow(pendingItem());
            provinceRow.first()->appendRow(cityRow);
        }
    }
    expand(allItem->index());
    for (int p = 0; p < allItem->rowCount(); ++p) {
        QStandardItem *item = allItem->child(p);
        if (expanded.contains(item->data(ValueRole).toString()))
            expand(item->index());
    }
    if (!current.isEmpty()) {
        QModelIndex found = findItem(currentKind, current);
        if (!found.isValid() && currentKind == ParkKind) {
            // A park: list its city's parks first.
            for (const ParkRecord *r : records) {
                if (r->id == current) {
                    listParks(findItem(CityKind, r->city));
                    break;
                }
            }
            found = findItem(ParkKind, current);
        }
        if (found.isValid())
            setCurrentIndex(found);
    }
    m_rebuilding = false;
}

QStandardItem *ProvinceTree::pendingItem()
{
    auto *pending = new QStandardItem;
    pending->setData(PendingKind, KindRole);
    pending->setEditable(false);
    pending->setSelectable(false);
    return pending;
}

QModelIndex ProvinceTree::findItem(Kind kind, const QString &value) const
{
    if (value.isEmpty() && kind != AllKind)
        return QModelIndex();
    const QModelIndexList matches = m_model->match(m_model->index(0, 0), ValueRole, value, -1,
                                                   Qt::MatchRecursive | Qt::MatchExactly);
    for (const QModelIndex &m : matches) {
        if (Kind(m.data(KindRole).toInt()) == kind)
            return m;
    }
    return QModelIndex();
}

void ProvinceTree::listParks(const QModelIndex &index)
{
    if (!index.isValid() || Kind(index.data(KindRole).toInt()) != CityKind)
        return;
    QStandardItem *cityItem = m_model->itemFromIndex(index.siblingAtColumn(0));
    if (!cityItem || cityItem->rowCount() != 1 ||
        Kind(cityItem->child(0)->data(KindRole).toInt()) != PendingKind)
        return;
    const QString province = cityItem->data(ProvinceRole).toString();
    const QString city = cityItem->data(ValueRole).toString();
    const bool english = Translations::isEnglish();
    QList<QList<QStandardItem *>> rows;
    // Read as they are now (the proxy keeps this snapshot until a change).
    const ParkSnapshot records = m_proxy->allRecords();
    for (const ParkRecord *r : records.pointers()) {
        if (r->province != province || r->city != city)
            continue;
        Aggregations::Count one;
        one.add(*r);
        rows.append(makeRow(r->displayName(english), one, ParkKind, r->id, province));
    }
    cityItem->removeRow(0);
    for (const QList<QStandardItem *> &row : std::as_const(rows))
        cityItem->appendRow(row);
}

void ProvinceTree::followFilter(const ParkFilter &filter)
{
    // The item that stands for the filter's place: one city, one province,
    // or none (every place, or several). A park stays selected while its
    // place is still the filter's.
    const QModelIndex current = currentIndex().siblingAtColumn(0);
    const Kind kind = Kind(current.data(KindRole).toInt());
    QString wanted;
    Kind wantedKind = AllKind;
    if (filter.cities.size() == 1 && filter.provinces.size() <= 1) {
        wanted = *filter.cities.begin();
        wantedKind = CityKind;
    } else if (filter.provinces.size() == 1 && filter.cities.isEmpty()) {
        wanted = *filter.provinces.begin();
        wantedKind = ProvinceKind;
    }
    if (current.isValid() && kind == ParkKind && !wanted.isEmpty()) {
        const QModelIndex parent = current.parent();
        if ((wantedKind == CityKind && parent.data(ValueRole).toString() == wanted) ||
            (wantedKind == ProvinceKind && parent.parent().data(ValueRole).toString() == wanted))
            return;
    }
    if (current.isValid() && Kind(current.data(KindRole).toInt()) == wantedKind &&
        current.data(ValueRole).toString() == wanted && !wanted.isEmpty())
        return;
    m_rebuilding = true; // moving the selection here must not set the filter again
    QModelIndex target;
    if (!wanted.isEmpty()) {
        const QModelIndexList matches = m_model->match(m_model->index(0, 0), ValueRole, wanted, -1,
                                                       Qt::MatchRecursive | Qt::MatchExactly);
        for (const QModelIndex &m : matches) {
            if (Kind(m.data(KindRole).toInt()) == wantedKind) {
                target = m;
                break;
            }
        }
    }
    if (target.isValid()) {
        setCurrentIndex(target);
        scrollTo(target);
    } else {
        selectionModel()->clear();
    }
    m_rebuilding = false;
}

void ProvinceTree::applySelection(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex nameIndex = index.siblingAtColumn(0);
    const QString value = nameIndex.data(ValueRole).toString();
    ParkFilter f = m_proxy->requestedFilter();
    switch (Kind(nameIndex.data(KindRole).toInt())) {
    case AllKind:
        f.provinces.clear();
        f.cities.clear();
        break;
    case ProvinceKind:
        f.provinces = {value};
        f.cities.clear();
        break;
    case CityKind:
        f.provinces = {nameIndex.data(ProvinceRole).toString()};
        f.cities = {value};
        break;
    case ParkKind:
        emit parkActivated(value);
        return;
    case PendingKind:
        return;
    }
    m_proxy->setFilter(f);
}
