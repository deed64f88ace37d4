#pragma once

#include <QtGlobal>

#include <future>
#include <system_error>

// Runs WORK(begin, end) over [0, COUNT) in two halves, the second on a
// thread of its own, when COUNT is at least MINIMUM (below that a thread
// costs more than it saves). WORK must only touch what its range owns.
// Loading validates and indexes records this way: a store of 100,000 parks
// is read on a machine with two cores, and the second sat idle.
template <typename Work> void inTwoHalves(qsizetype count, qsizetype minimum, Work work)
{
    if (count < minimum) {
        work(qsizetype(0), count);
        return;
    }
    const qsizetype middle = count / 2;
    std::future<void> second;
    try {
        second = std::async(std::launch::async, [&work, middle, count] { work(middle, count); });
    } catch (const std::system_error &) {
        // No thread to be had: both halves here.
        work(qsizetype(0), count);
        return;
    }
    work(qsizetype(0), middle);
    second.get();
}
