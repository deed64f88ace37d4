#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Measurements that need a process of their own: peak memory (VmHWM counts
// from the start of a process, so each way of loading gets a fresh one) and
// startup (a cold start is what users wait for). parkbench starts itself
// again in a child mode for each.
namespace Children {

// The child modes; each returns the process's exit code.
// "--memory-child raw|store FILE": prints peak_kib, rss_kib, held_bytes.
int memoryChild(const QString &mode, const QString &file);
// "--startup-child [--baseline]": prints startup_ms when the table first paints.
int startupChild(int argc, char *argv[], bool baseline);

struct Memory
{
    double peakKib = 0;   // VmHWM
    double heldBytes = 0; // heap in use after loading, less what was in use before
};
// Median of RUNS child processes; nullopt (after saying why) on failure.
std::optional<Memory> measureMemory(const QString &mode, const QString &file, int runs);

struct Startup
{
    double wallMs = 0;  // from starting the process to the first paint, seen from outside
    double innerMs = 0; // from main() to the first paint, as the child measured it
};
std::optional<Startup> measureStartup(bool baseline, int runs);

} // namespace Children
