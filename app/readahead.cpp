#include "readahead.h"

#include "citygazetteer.h"
#include "map/mapgeometry.h"

#include <QCoreApplication>
#include <QTimer>

namespace ReadAhead {

void startOnceRunning()
{
    QTimer::singleShot(0, QCoreApplication::instance(), [] {
        CityGazetteer::readEmbeddedInBackground();
        MapGeometry::readEmbeddedInBackground();
    });
}

} // namespace ReadAhead
