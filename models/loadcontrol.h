#pragma once

#include <QtGlobal>

#include <atomic>

// What a load running on another thread shares with the thread waiting for
// it: how far it got, and whether it is still wanted. The load reports its
// progress and asks isCancelled() between its steps and every few hundred
// records; a cancelled load stops at the next of those and returns
// LoadResult::cancelled().
class LoadControl
{
public:
    static constexpr int Done = 1000;

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Per mille of the whole load.
    int progress() const { return m_progress.load(std::memory_order_relaxed); }
    void setProgress(int permille) { m_progress.store(permille, std::memory_order_relaxed); }
    // DONE of TOTAL steps of the stage that spans FROM to TO per mille;
    // false once cancelled.
    bool step(qsizetype done, qsizetype total, int from, int to)
    {
        if (total > 0)
            setProgress(from + int(qint64(to - from) * qMin(done, total) / total));
        return !isCancelled();
    }

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_progress{0};
};

// Stages of a load, per mille: what LoadControl::progress() passes through.
namespace LoadStage {
constexpr int Read = 50;       // the file is in memory
constexpr int Checked = 250;   // strict JSON within the limits
constexpr int Parsed = 700;    // the records are built
constexpr int Validated = 850; // the records are checked
} // namespace LoadStage
