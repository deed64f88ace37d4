#include "backgroundpriority.h"

#include <QThreadPool>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace {
// Nice 10 against the window's 0: the scheduler gives the window's thread
// about nine tenths of a core they share.
constexpr int LoweredNice = 10;
} // namespace

namespace BackgroundPriority {

#ifdef Q_OS_LINUX
bool isThisThreadLowered()
{
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 && nice >= LoweredNice;
}

void lowerThisThread()
{
    if (!isThisThreadLowered())
        setpriority(PRIO_PROCESS, id_t(gettid()), LoweredNice);
}
#else
bool isThisThreadLowered()
{
    return false;
}

void lowerThisThread() {}
#endif

void start(QThreadPool *pool, std::function<void()> work)
{
    pool->start([work = std::move(work)] {
        lowerThisThread();
        work();
    });
}

} // namespace BackgroundPriority
