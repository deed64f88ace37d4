#pragma once

// What the window reads in the background at start: the map's outlines,
// which the window being built draws, and the city gazetteer, which only
// later work needs (the search text, English city names, city maps).
namespace ReadAhead {

// Starts the outlines' read at once, and the gazetteer's once the event
// loop runs. By then a store opened at start is loading, and the
// gazetteer's read waits for it (BackgroundPriority::UrgentWork): read
// beside it, it held the store's table back by 40–70 ms at 100,000 parks.
// Without such a store it starts at once. Called first thing, as the
// application is made.
void start();

} // namespace ReadAhead
