#pragma once

#include "parksnapshot.h"

#include <QTreeView>

class ParkFilterProxy;
struct ParkFilter;
class QStandardItem;
class QStandardItemModel;
class QTimer;

// Province → city → park, each with its park count and how many are
// government-led. Selecting a province or city filters the table to it;
// selecting a park asks the window to show it. Counts cover all records, so
// the tree stays a map of the whole dataset while the table is filtered.
// A city's parks are listed when the city is opened: at 100,000 parks,
// making an item for each on every edit stood the window still for seconds.
class ProvinceTree : public QTreeView
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        ValueRole,
        ProvinceRole
    };
    enum Kind
    {
        AllKind,
        ProvinceKind,
        CityKind,
        ParkKind,
        // Stands in for a city's parks until the city is opened.
        PendingKind
    };

    explicit ProvinceTree(ParkFilterProxy *proxy, QWidget *parent = nullptr);

    QStandardItemModel *treeModel() const { return m_model; }
    // Rebuilds now instead of at the next turn of the event loop.
    void rebuild();

signals:
    void parkActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Rebuilds (soon) when what the tree shows changed.
    void recordsChanged(int firstColumn, int lastColumn);
    // Lists again the parks of every city whose parks are listed (after an
    // edit of a name or ID, which changes no count).
    void relistParks();
    static QStandardItem *pendingItem();
    void applySelection(const QModelIndex &index);
    // Moves the selection to the item that stands for the filter's place
    // (or clears it), so that tree and filter never disagree.
    void followFilter(const ParkFilter &filter);
    // Lists the parks of the city at INDEX, if not yet listed.
    void listParks(const QModelIndex &index);
    QModelIndex findItem(Kind kind, const QString &value) const;

    ParkFilterProxy *m_proxy;
    QStandardItemModel *m_model;
    QTimer *m_rebuild;
    bool m_rebuilding = false;
    bool m_countsChanged = true; // since the last rebuild
};
