#include "parkfilterproxy.h"

#include "parktablemodel.h"

ParkFilterProxy::ParkFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ParkTableModel::SortRole);
    setDynamicSortFilter(true);
    setCollationLocale(QLocale());
}

void ParkFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<ParkTableModel *>(model);
    Q_ASSERT_X(m_model || !model, "ParkFilterProxy", "the source must be a ParkTableModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void ParkFilterProxy::setFilter(const ParkFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_foldedText = filter.text.trimmed().toCaseFolded();
    invalidateRowsFilter();
    emit filterChanged(m_filter);
}

void ParkFilterProxy::setText(const QString &text)
{
    ParkFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void ParkFilterProxy::setProvinces(const QSet<QString> &provinces)
{
    ParkFilter f = m_filter;
    f.provinces = provinces;
    setFilter(f);
}

void ParkFilterProxy::setCities(const QSet<QString> &cities)
{
    ParkFilter f = m_filter;
    f.cities = cities;
    setFilter(f);
}

void ParkFilterProxy::setCollationLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    if (sortColumn() >= 0)
        invalidate();
}

bool ParkFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const ParkRecord &r = m_model->record(sourceRow);
    if (!m_filter.acceptsStructured(r))
        return false;
    return m_foldedText.isEmpty() || m_model->searchText(sourceRow).contains(m_foldedText);
}

bool ParkFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const bool lUnknown = !l.isValid();
    const bool rUnknown = !r.isValid();
    if (lUnknown || rUnknown) {
        // Unknown values go last whichever way the column is sorted.
        if (lUnknown == rUnknown)
            return false; // equal: the stable sort keeps the source order

        return sortOrder() == Qt::AscendingOrder ? rUnknown : lUnknown;
    }
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

Aggregations::Records ParkFilterProxy::visibleRecords() const
{
    Aggregations::Records records;
    if (!m_model)
        return records;
    const int n = rowCount();
    records.reserve(n);
    for (int row = 0; row < n; ++row)
        records.append(&m_model->record(sourceRow(row)));
    return records;
}

int ParkFilterProxy::sourceRow(int proxyRow) const
{
    return mapToSource(index(proxyRow, 0)).row();
}
