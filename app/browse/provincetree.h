#pragma once

#include <QTreeView>

class ParkFilterProxy;
struct ParkFilter;
class QStandardItemModel;
class QTimer;

// Province → city → park, each with its park count and how many are
// government-led. Selecting a province or city filters the table to it;
// selecting a park asks the window to show it. Counts cover all records, so
// the tree stays a map of the whole dataset while the table is filtered.
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
        ParkKind
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
    void applySelection(const QModelIndex &index);
    // Moves the selection to the item that stands for the filter's place
    // (or clears it), so that tree and filter never disagree.
    void followFilter(const ParkFilter &filter);

    ParkFilterProxy *m_proxy;
    QStandardItemModel *m_model;
    QTimer *m_rebuild;
    bool m_rebuilding = false;
};
