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

void DeferredRefresh::schedule()
{
    if (!m_view->isVisible()) {
        m_timer.stop();
        m_waitingToBeShown = true;
        return;
    }
    m_timer.start();
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
    if (watched == m_view && event->type() == QEvent::Show)
        flushIfHidden();
    return QObject::eventFilter(watched, event);
}
