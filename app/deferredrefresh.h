#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

// When a view that follows the records shown (charts, map, summary) is
// brought up to date: once per burst of changes, at the next turn of the
// event loop, and only while the view is shown. Changes made while it is
// hidden wait until it is shown or read, so that a hidden chart or map
// costs nothing while the user types in the search.
//
// Hidden includes a dock behind another in a tab group: Qt keeps it
// "visible" but moves it out of the window, so what counts is whether any
// of it is on screen; bringing its tab forward moves it back.
//
// The view's refresh function calls done() (it may also be called
// directly, by a setting changed in the view itself).
class DeferredRefresh : public QObject
{
public:
    DeferredRefresh(QWidget *view, std::function<void()> refresh);

    // What the view shows changed.
    void schedule();
    // Refreshes now if a refresh is pending: scheduled, or waiting for the
    // view to be shown.
    void flush();
    // Refreshes now if changes wait for the view to be shown (what reading
    // a hidden view's content does).
    void flushIfHidden();
    // The view has just refreshed: nothing is pending.
    void done();

    // Whether any of the view is on screen.
    bool isShown() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchAncestors();

    QWidget *m_view;
    std::function<void()> m_refresh;
    QTimer m_timer;
    bool m_waitingToBeShown = false;
};
