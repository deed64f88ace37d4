#include "places.h"

#include "citygazetteer.h"
#include "provinces.h"

namespace Places {

const CityInfo *city(const QString &provinceFullName, const QString &cityName)
{
    if (cityName.isEmpty())
        return nullptr;
    const ProvinceInfo *province =
        provinceFullName.isEmpty() ? nullptr : Provinces::find(provinceFullName);
    return CityGazetteer::embedded().byFullName(cityName, province ? province->code : 0);
}

QString cityName(const QString &provinceFullName, const QString &cityName, bool english)
{
    if (!english)
        return cityName;
    const CityInfo *found = city(provinceFullName, cityName);
    return found ? found->nameEn : cityName;
}

QString searchSpellings(const QString &provinceFullName, const QString &cityName)
{
    const CityInfo *found = city(provinceFullName, cityName);
    if (!found)
        return QString();
    return found->nameEn + QLatin1Char(' ') + CityGazetteer::folded(found->nameEn);
}

} // namespace Places
