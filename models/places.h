#pragma once

#include <QString>

struct CityInfo;

// Where a park is, in words: the city a record names as the gazetteer knows
// it, and its name in the UI language. Records keep the city's Chinese full
// name (杭州市); the English UI shows the gazetteer's English name
// (Hangzhou). A city the gazetteer does not know (free text from an older
// store) is shown as written, in either language.
namespace Places {

// The city CITYNAME names in the province PROVINCEFULLNAME (by full
// Chinese name, as records store both), or nullptr. Without a province, the
// city of that name if only one city in the country has it.
const CityInfo *city(const QString &provinceFullName, const QString &cityName);
// The same city for its names, codes and label point only, without its
// outline (CityGazetteer::embeddedNames()): what lists and labels need,
// read without waiting for the outlines.
const CityInfo *namedCity(const QString &provinceFullName, const QString &cityName);

// CITYNAME in the UI language.
QString cityName(const QString &provinceFullName, const QString &cityName, bool english);

// DISTRICT in the UI language: the gazetteer knows the districts of the
// four municipalities ("Baoshan District"); others stay as written.
QString districtName(const QString &provinceFullName, const QString &cityName,
                     const QString &district, bool english);

// Where a record says its park is, in words: "Baoshan District, Shanghai",
// "西湖区, Hangzhou, Zhejiang" (a district the gazetteer lacks stays as
// written) in English; "上海市宝山区", "浙江省杭州市西湖区" in Chinese. Empty
// when the record names no place.
QString placeInWords(const QString &provinceFullName, const QString &cityName,
                     const QString &district, bool english);

// The spellings of a record's city the free-text search also matches: the
// English name, as written and folded (accents and apostrophes dropped:
// "urumqi", "xian"); empty when the gazetteer does not know the city.
QString searchSpellings(const QString &provinceFullName, const QString &cityName);

} // namespace Places
