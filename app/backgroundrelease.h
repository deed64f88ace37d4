#pragma once

#include <system_error>
#include <thread>
#include <utility>

// Frees a large value on a thread of its own while the caller goes on, and
// waits for that when it goes out of scope. A command that has drawn what it
// needed from 100,000 parks frees them while it writes its file rather than
// after. When no thread can be started, the value is freed at once.
template <typename T> class BackgroundRelease
{
public:
    explicit BackgroundRelease(T &&value)
    {
        try {
            m_thread = std::thread([doomed = std::move(value)]() mutable { doomed = T(); });
        } catch (const std::system_error &) {
            // The closure, and the value with it, went with the failed start.
        }
    }
    ~BackgroundRelease()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    BackgroundRelease(const BackgroundRelease &) = delete;
    BackgroundRelease &operator=(const BackgroundRelease &) = delete;

private:
    std::thread m_thread;
};
