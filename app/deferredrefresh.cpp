#include "deferredrefresh.h"

#include <QEvent>
#include <QWidget>

DeferredRefresh::DeferredRefresh(QWidget *view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_refresh(); });
    // Before the view's own showEvent(), so that it is shown up to date.
    view->installEventFilter(this);
}

bool DeferredRefresh::isShown() const
{
    if (!m_view->isVisible())
        return false;
    // The view's rectangle clipped by each of its parents' (visibleRegion()
    // would also take out the children: a scroll area's is all viewport).
    QRect r = m_view->rect();
    for (const QWidget *w = m_view; !w->isWindow() && w->parentWidget(); w = w->parentWidget()) {
        r = r.translated(w->pos()) & w->parentWidget()->rect();
        if (r.isEmpty())
            return false;
    }
    return !r.isEmpty();
}

void DeferredRefresh::schedule()
{
    if (!isShown()) {
        m_timer.stop();
        m_waitingToBeShown = true;
        // A dock's tab brought forward moves the dock, not the view in it.
        watchAncestors();
        return;
    }
    m_timer.start();
}

void DeferredRefresh::watchAncestors()
{
    // Installing a filter again does not add it twice; the view may have
    // been put into a dock since the last time.
    for (QWidget *w = m_view->parentWidget(); w; w = w->parentWidget())
        w->installEventFilter(this);
}

void DeferredRefresh::flush()
{
    if (m_waitingToBeShown || m_timer.isActive())
        m_refresh();
}

void DeferredRefresh::flushIfHidden()
{
    if (m_waitingToBeShown)
        m_refresh();
}

void DeferredRefresh::done()
{
    m_timer.stop();
    m_waitingToBeShown = false;
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (m_waitingToBeShown) {
        // Shown (seen here before the view's own showEvent(), so that it is
        // shown up to date), or moved or grown into sight.
        const QEvent::Type type = event->type();
        if ((type == QEvent::Show || type == QEvent::Move || type == QEvent::Resize) && isShown())
            m_refresh();
    }
    return QObject::eventFilter(watched, event);
}
