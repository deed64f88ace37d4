#include "readahead.h"

#include "citygazetteer.h"
#include "map/mapgeometry.h"

#include <QCoreApplication>
#include <QTimer>

namespace ReadAhead {

void start()
{
    MapGeometry::readEmbeddedInBackground();
    QTimer::singleShot(0, QCoreApplication::instance(),
                       [] { CityGazetteer::readEmbeddedInBackground(); });
}

} // namespace ReadAhead
