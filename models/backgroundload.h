#pragma once

#include "loadcontrol.h"
#include "parkstore.h"

#include <functional>
#include <memory>

class QThreadPool;

// Loading a large store on a worker thread while the caller's event loop
// goes on: the window keeps painting and answering, and the load can be
// cancelled. The caller still gets one LoadResult back, so what follows a
// load (adopting the records, offering recovered edits) reads as before.
namespace BackgroundLoad {

// Stores at least this large are loaded in the background (about 2,000
// parks, 30 ms in the foreground): below it a nested event loop would cost
// more than it saves.
constexpr qint64 DefaultMinimumSize = qint64(2) * 1024 * 1024;

// Loads PATH with ParkStore::loadFile on a worker thread, and makes the
// search text of its records there too when SEARCHSHOWN (a search is shown
// and the rows to show depend on it; otherwise the model makes it once the
// table is shown), while this thread runs a local event loop. Returns the result once the worker is
// done, or LoadResult::cancelledLoad() as soon as CONTROL is cancelled: the
// worker then stops at its next step and drops what it read. PROGRESS is
// called from the event loop with LoadControl::progress() a few times a
// second.
LoadResult load(const QString &path, const std::shared_ptr<LoadControl> &control,
                const std::function<void(int permille)> &progress = {}, bool searchShown = false);

// The threads loads run on: their own, not Qt's global pool, which the
// raster paint engine waits for while it paints (a load there could hold
// up the window it is meant to keep answering). Owned by the application,
// which waits for a load still running when it quits.
QThreadPool *threads();

} // namespace BackgroundLoad
