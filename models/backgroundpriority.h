#pragma once

#include <functional>

class QThreadPool;

// Work that the window does not wait on to answer its user (a load, the
// search text, a column's ranks, a search, the recovery file, the city
// gazetteer) runs on threads that give way to the window's thread: on a
// machine with two cores, a load of a million parks on both of them, with
// the gazetteer read beside it, left the window's thread a third of a core
// at launch. Under no contention such a thread runs at full speed.
namespace BackgroundPriority {

// Lowers the calling thread's priority (on Linux, where a nice value is a
// thread's own and a thread it starts inherits it). Once lowered it stays
// so: an unprivileged thread cannot raise it again, and the threads this is
// called on only ever run such work. Does nothing on other systems.
void lowerThisThread();

// Whether the calling thread runs at the lowered priority.
bool isThisThreadLowered();

// Runs WORK on one of POOL's threads, at the lowered priority. Work that
// runs elsewhere (a continuation, std::async) calls lowerThisThread() first.
void start(QThreadPool *pool, std::function<void()> work);

// Runs WORK, done ahead of need (the city gazetteer, read at start), on a
// thread of its own pool, at a priority lower still: it gives way to the
// window and to the background work a user waits for, and waits for the
// end of any UrgentWork before it starts. A store opened at start is read
// on both cores, and the gazetteer's read beside it held the table back by
// 40–70 ms at 100,000 parks. With a core to spare, it runs at full speed.
void startAhead(std::function<void()> work);

// Whether the calling thread runs at the priority of work done ahead.
bool isThisThreadAhead();

// Work a user waits for (a load), while it lives: work done ahead of need
// does not start until there is none. A lower priority alone did not keep
// the gazetteer's read out of the way of a load at start: the two contend
// for memory as much as for the cores.
class UrgentWork
{
public:
    UrgentWork();
    ~UrgentWork();
    UrgentWork(const UrgentWork &) = delete;
    UrgentWork &operator=(const UrgentWork &) = delete;
};

} // namespace BackgroundPriority
