#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// The view of the park table that every window shows: sorting on typed
// values with unknown values last in both directions, and Chinese text in
// pinyin order in a Chinese UI.
class ParkFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ParkFilterProxy(QObject *parent = nullptr);

    // The locale whose collation orders text (zh_CN sorts Chinese by pinyin).
    void setCollationLocale(const QLocale &locale);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};
