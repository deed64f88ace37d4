#include "parkfilterproxy.h"

#include "parktablemodel.h"

ParkFilterProxy::ParkFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ParkTableModel::SortRole);
    setCollationLocale(QLocale());
}

void ParkFilterProxy::setCollationLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    if (sortColumn() >= 0)
        invalidate();
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
            return left.row() < right.row();
        return sortOrder() == Qt::AscendingOrder ? rUnknown : lUnknown;
    }
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}
