#include "backgroundpriority.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace {
// Nice 10 against the window's 0: the scheduler gives the window's thread
// about nine tenths of a core they share.
constexpr int LoweredNice = 10;
// Nice 19 against a load's 10: sharing a core, the load gets about seven
// eighths of it.
constexpr int AheadNice = 19;

// Its own pool: a thread's nice value cannot be raised again, and the
// global pool's threads run searches and sorts too.
QThreadPool *aheadThreads()
{
    if (!QCoreApplication::instance())
        return nullptr;
    // Made again if the application that owned it is gone; destroyed with
    // it, which waits for the work under way.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(2);
    }
    return pool;
}

// How many UrgentWork are alive, and a way to wait for none.
struct Urgency
{
    std::mutex mutex;
    std::condition_variable none;
    int count = 0;
};

Urgency &urgency()
{
    static Urgency u;
    return u;
}

// However long a load takes, work done ahead starts after this: it is
// wanted in the end (the search text, a city map), and a wait must not be
// endless.
constexpr std::chrono::seconds LongestWaitForUrgentWork(60);

void waitWhileUrgent()
{
    Urgency &u = urgency();
    std::unique_lock<std::mutex> lock(u.mutex);
    u.none.wait_for(lock, LongestWaitForUrgentWork, [&u] { return u.count == 0; });
}
} // namespace

namespace BackgroundPriority {

UrgentWork::UrgentWork()
{
    Urgency &u = urgency();
    const std::lock_guard<std::mutex> lock(u.mutex);
    ++u.count;
}

UrgentWork::~UrgentWork()
{
    Urgency &u = urgency();
    {
        const std::lock_guard<std::mutex> lock(u.mutex);
        --u.count;
    }
    u.none.notify_all();
}

#ifdef Q_OS_LINUX
// Whether the calling thread runs at NICE or lower; lowers it there if not.
static bool isThisThreadAtLeast(int nice)
{
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 && current >= nice;
}

static void lowerThisThreadTo(int nice)
{
    if (!isThisThreadAtLeast(nice))
        setpriority(PRIO_PROCESS, id_t(gettid()), nice);
}
#else
static bool isThisThreadAtLeast(int)
{
    return false;
}

static void lowerThisThreadTo(int) {}
#endif

bool isThisThreadLowered()
{
    return isThisThreadAtLeast(LoweredNice);
}

void lowerThisThread()
{
    lowerThisThreadTo(LoweredNice);
}

bool isThisThreadAhead()
{
    return isThisThreadAtLeast(AheadNice);
}

void start(QThreadPool *pool, std::function<void()> work)
{
    pool->start([work = std::move(work)] {
        lowerThisThread();
        work();
    });
}

void startAhead(std::function<void()> work)
{
    QThreadPool *pool = aheadThreads();
    if (!pool) { // no application to wait for it: the global pool does
        start(QThreadPool::globalInstance(), std::move(work));
        return;
    }
    pool->start([work = std::move(work)] {
        lowerThisThreadTo(AheadNice);
        waitWhileUrgent();
        work();
    });
}

} // namespace BackgroundPriority
