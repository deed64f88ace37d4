#include "places.h"

#include "citygazetteer.h"
#include "provinces.h"

#include <QStringList>

namespace {

const CityInfo *cityIn(const CityGazetteer &gazetteer, const QString &provinceFullName,
                       const QString &cityName)
{
    if (cityName.isEmpty())
        return nullptr;
    const ProvinceInfo *province =
        provinceFullName.isEmpty() ? nullptr : Provinces::find(provinceFullName);
    return gazetteer.byFullName(cityName, province ? province->code : 0);
}

// A municipality's district in English ("Baoshan District"), or the name as
// written when the gazetteer does not list it. CITY is a namedCity().
QString districtOf(const CityInfo *city, const QString &district, bool english)
{
    if (!english || !city || district.isEmpty())
        return district;
    for (const CityInfo *part : CityGazetteer::embeddedNames().partsOf(*city)) {
        if (part == city || part->fullName != district)
            continue;
        if (district.endsWith(QChar(0x533A))) // 区
            return part->nameEn + QStringLiteral(" District");
        if (district.endsWith(QChar(0x53BF))) // 县
            return part->nameEn + QStringLiteral(" County");
        return part->nameEn;
    }
    return district;
}

} // namespace

namespace Places {

const CityInfo *city(const QString &provinceFullName, const QString &cityName)
{
    return cityIn(CityGazetteer::embedded(), provinceFullName, cityName);
}

// The table's first paint in English names each city: it waits for no
// outline.
const CityInfo *namedCity(const QString &provinceFullName, const QString &cityName)
{
    return cityIn(CityGazetteer::embeddedNames(), provinceFullName, cityName);
}

QString cityName(const QString &provinceFullName, const QString &cityName, bool english)
{
    if (!english)
        return cityName;
    const CityInfo *found = namedCity(provinceFullName, cityName);
    return found ? found->nameEn : cityName;
}

QString districtName(const QString &provinceFullName, const QString &cityName,
                     const QString &district, bool english)
{
    if (!english || district.isEmpty())
        return district;
    return districtOf(namedCity(provinceFullName, cityName), district, english);
}

QString placeInWords(const QString &provinceFullName, const QString &cityName,
                     const QString &district, bool english)
{
    const CityInfo *found = namedCity(provinceFullName, cityName);
    const bool cityIsProvince = !cityName.isEmpty() && cityName == provinceFullName;
    const QString districtText = districtOf(found, district.trimmed(), english);
    if (english) {
        QStringList parts;
        if (!districtText.isEmpty())
            parts << districtText;
        if (!cityName.isEmpty() && !cityIsProvince)
            parts << Places::cityName(provinceFullName, cityName, true);
        if (!provinceFullName.isEmpty())
            parts << Provinces::displayName(provinceFullName, true);
        return parts.join(QStringLiteral(", "));
    }
    QString text = provinceFullName;
    if (!cityIsProvince)
        text += cityName;
    return text + districtText;
}

QString searchSpellings(const QString &provinceFullName, const QString &cityName)
{
    const CityInfo *found = namedCity(provinceFullName, cityName);
    if (!found)
        return QString();
    return found->searchSpellings;
}

} // namespace Places
