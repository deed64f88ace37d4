#pragma once

#include "geojsonfeatures.h"
#include "result.h"

#include <QByteArray>
#include <QGeoCoordinate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A city as the gazetteer knows it: a prefecture-level division (地级市,
// 自治州, 地区, 盟) or, where no prefecture level stands between province
// and county, a county-level unit in its place. The four municipalities are
// cities of their own province (a park's city 上海市 in 上海市), drawn as
// the union of their districts.
struct CityInfo
{
    enum class Level
    {
        City,         // 地级市
        Prefecture,   // 自治州, 地区
        League,       // 盟
        County,       // a county-level unit directly under a province
        District,     // a district or county of a municipality
        Province,     // Hong Kong, Macao, Taiwan, kept whole
        Municipality, // Beijing, Tianjin, Shanghai, Chongqing as a city
    };

    int code = 0;     // GB/T 2260, e.g. 330100; the province's for a municipality
    QString name;     // 杭州 (not unique across provinces)
    QString fullName; // 杭州市: what park records store
    QString nameEn;   // Hangzhou
    // The English name as written and folded ("Xi'an xian"), for the search
    // text of every park in the city: folding it for each park took a
    // tenth of a second at 100,000 parks.
    QString searchSpellings;
    int provinceCode = 0; // 330000
    Level level = Level::City;
    // The city the division counts under: its own full name, the
    // municipality's for a district.
    QString cityFullName;
    QGeoCoordinate labelPoint;
    GeoArea area;

    // A city a park's record can name: not a municipality's district.
    bool isCity() const { return level != Level::District; }
    QString displayName(bool english) const { return english ? nameEn : fullName; }
};

// The embedded city gazetteer (resources/geo/china-cities.geojson): look-up
// by code, Chinese full or short name, or English name in any case and with
// or without accents and apostrophes (Ürümqi, urumqi; Xi'an, xian), within
// a province or anywhere; the city a point lies in; the nearest names to a
// misspelt one. Read once, on first use, and checked as it is read.
class CityGazetteer
{
public:
    static const QString EmbeddedPath;

    // The embedded gazetteer, read on first use (thread-safe). Empty if the
    // embedded file could not be read, which a test rules out.
    static const CityGazetteer &embedded();
    // Starts reading the embedded gazetteer on another thread, as work done
    // ahead of need (BackgroundPriority::startAhead), at start: it takes a
    // good part of the start-up (3 MB of GeoJSON), and the window is built
    // meanwhile. Its first user waits for it, if it is not done by then.
    static void readEmbeddedInBackground();
    // Whether the embedded gazetteer has been read: embedded() then answers
    // without waiting.
    static bool isEmbeddedRead();
    // The embedded gazetteer without its outlines (no area; cityAt() finds
    // nothing), read on first use (thread-safe) in a few milliseconds: what
    // names a park's city in the UI language and in the search text needs,
    // without waiting for the outlines' read, the longest part of a start.
    static const CityGazetteer &embeddedNames();

    enum class Outlines
    {
        Read,
        // Skimmed past, never parsed nor checked: for the embedded file,
        // whose outlines a test reads whole.
        Skip,
    };
    // sourceName names the data in failure messages, as ProvinceGeometry's.
    static ResultOf<CityGazetteer> load(const QByteArray &geoJson, const QString &sourceName,
                                        Outlines outlines = Outlines::Read);

    // Every division in file order, then the municipalities.
    const QList<CityInfo> &all() const { return m_cities; }
    // The cities (isCity()) of a province, in file order; for a
    // municipality, the municipality itself.
    QList<const CityInfo *> citiesIn(int provinceCode) const;
    // A municipality's districts, or a city's own feature.
    QList<const CityInfo *> partsOf(const CityInfo &city) const;

    const CityInfo *byCode(int code) const;
    // The city TEXT names within PROVINCECODE (0: anywhere, when only one
    // city in the country has that name), by full or short Chinese name,
    // English name or code. Districts are not cities: nullptr for them.
    const CityInfo *find(const QString &text, int provinceCode = 0) const;
    // The city whose full name is exactly FULLNAME (as park records store
    // it) in PROVINCECODE, or anywhere when PROVINCECODE is 0 and only one
    // city has that name; a hash look-up, for every record shown.
    const CityInfo *byFullName(const QString &fullName, int provinceCode = 0) const;
    // Every city TEXT names anywhere (朝阳 names two).
    QList<const CityInfo *> findAll(const QString &text) const;
    // Whether TEXT names CITY in any of its spellings; PREFIX: whether it
    // starts one (for a find-as-you-type box).
    static bool matches(const CityInfo &city, const QString &text, bool prefix = false);
    // The names of up to MAX cities of the province (0: anywhere) closest to
    // TEXT, closest first, in the language of TEXT: "杭州" gives 杭州市,
    // "Hangzou" gives Hangzhou.
    QStringList suggestions(const QString &text, int provinceCode, int max = 3) const;

    // The city a point lies in (a municipality for its districts), or
    // nullptr; the smaller division wins where simplified outlines overlap.
    const CityInfo *cityAt(const QGeoCoordinate &coordinate) const;

    // TEXT folded for comparison: lower case, accents, spaces, apostrophes
    // and hyphens dropped.
    static QString folded(const QString &text);

    bool isEmpty() const { return m_cities.isEmpty(); }

private:
    CityGazetteer() = default;
    // The embedded file, or an empty gazetteer if it cannot be read.
    static CityGazetteer readEmbedded(Outlines outlines);
    explicit CityGazetteer(QList<CityInfo> cities);

    QList<CityInfo> m_cities;
    QHash<int, int> m_indexByCode;
    QHash<QString, QList<int>> m_indexByKey;      // folded spellings of cities
    QHash<QString, QList<int>> m_indexByFullName; // exact full names of cities
    QList<int> m_lookupOrder; // features by ascending extent, without municipalities
};
