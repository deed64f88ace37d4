#pragma once

// What the window reads ahead of need at start: the city gazetteer and the
// map's outlines.
namespace ReadAhead {

// Starts their reads once the event loop runs. By then a store opened at
// start is loading, and the reads wait for it (BackgroundPriority::
// UrgentWork): read beside it, they held its table back by a tenth of a
// second at 100,000 parks. Without such a store they start at once.
void startOnceRunning();

} // namespace ReadAhead
