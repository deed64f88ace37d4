#include "citygazetteer.h"

#include "backgroundpriority.h"
#include "geojsonskim.h"
#include "provinces.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>

const QString CityGazetteer::EmbeddedPath = QStringLiteral(":/geo/china-cities.geojson");

namespace {

struct LevelName
{
    const char *key;
    CityInfo::Level level;
};
constexpr LevelName LevelNames[] = {
    {"city", CityInfo::Level::City},         {"prefecture", CityInfo::Level::Prefecture},
    {"league", CityInfo::Level::League},     {"county", CityInfo::Level::County},
    {"district", CityInfo::Level::District}, {"province", CityInfo::Level::Province},
};

// The district at the heart of each municipality, whose label point stands
// for the municipality's: 东城区, 和平区, 黄浦区, 渝中区.
constexpr std::pair<int, int> MunicipalityCentres[] = {
    {110000, 110101}, {120000, 120101}, {310000, 310101}, {500000, 500103}};

Result readCity(const QString &source, const GeoJson::Feature &feature, CityInfo *city)
{
    for (const auto &[key, out] : {std::pair{QStringLiteral("name"), &city->name},
                                   std::pair{QStringLiteral("fullname"), &city->fullName},
                                   std::pair{QStringLiteral("name_en"), &city->nameEn},
                                   std::pair{QStringLiteral("city"), &city->cityFullName}}) {
        const ResultOf<QString> text = GeoJson::stringProperty(source, feature, key);
        if (!text.ok())
            return text;
        *out = *text;
    }
    for (const auto &[key, out] :
         {std::pair{QStringLiteral("adcode"), &city->code},
          std::pair{QStringLiteral("province_adcode"), &city->provinceCode}}) {
        const QJsonValue value = feature.properties.value(key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < 100000 ||
            number > 999999) {
            return GeoJson::propertyProblem(
                source, feature, key,
                QCoreApplication::translate("CityGazetteer",
                                            "expected a six-digit GB/T 2260 code, found %1")
                    .arg(GeoJson::describe(value)));
        }
        *out = int(number);
    }
    if (!Provinces::byCode(city->provinceCode)) {
        return GeoJson::propertyProblem(
            source, feature, QStringLiteral("province_adcode"),
            QCoreApplication::translate("CityGazetteer",
                                        "%1 is not the code of a provincial-level division")
                .arg(city->provinceCode));
    }
    const QString level = feature.properties.value(QStringLiteral("level")).toString();
    const auto found =
        std::find_if(std::begin(LevelNames), std::end(LevelNames),
                     [&](const LevelName &l) { return level == QLatin1String(l.key); });
    if (found == std::end(LevelNames)) {
        return GeoJson::propertyProblem(
            source, feature, QStringLiteral("level"),
            QCoreApplication::translate(
                "CityGazetteer",
                "expected city, prefecture, league, county, district or province, found %1")
                .arg(GeoJson::describe(feature.properties.value(QStringLiteral("level")))));
    }
    city->level = found->level;
    const ResultOf<QGeoCoordinate> centre =
        GeoJson::positionProperty(source, feature, QStringLiteral("center"));
    if (!centre.ok())
        return centre;
    city->labelPoint = *centre;
    city->area = feature.area;
    return Result();
}

// The municipalities as cities of their own: the union of their districts.
QList<CityInfo> municipalities(const QList<CityInfo> &divisions)
{
    QList<CityInfo> list;
    for (const ProvinceInfo &province : Provinces::all()) {
        CityInfo city;
        bool hasDistricts = false;
        for (const CityInfo &d : divisions) {
            if (d.provinceCode != province.code || d.level != CityInfo::Level::District)
                continue;
            hasDistricts = true;
            city.area.add(d.area);
            if (!city.labelPoint.isValid())
                city.labelPoint = d.labelPoint;
            for (const auto &[provinceCode, centre] : MunicipalityCentres) {
                if (provinceCode == province.code && d.code == centre)
                    city.labelPoint = d.labelPoint;
            }
        }
        if (!hasDistricts)
            continue;
        city.code = province.code;
        city.name = province.shortName;
        city.fullName = province.fullName;
        city.nameEn = province.englishName;
        city.provinceCode = province.code;
        city.level = CityInfo::Level::Municipality;
        city.cityFullName = province.fullName;
        list << city;
    }
    return list;
}

// Levenshtein distance, for suggestions among a few hundred short names.
int distance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

} // namespace

QString CityGazetteer::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            key += c.toCaseFolded();
    }
    return key;
}

bool CityGazetteer::matches(const CityInfo &city, const QString &text, bool prefix)
{
    const QString key = folded(text);
    if (key.isEmpty())
        return prefix;
    for (const QString &spelling : {city.fullName, city.name, city.nameEn}) {
        const QString candidate = folded(spelling);
        if (prefix ? candidate.startsWith(key) : candidate == key)
            return true;
    }
    return !prefix && key == QString::number(city.code);
}

CityGazetteer::CityGazetteer(QList<CityInfo> cities)
    : m_cities(std::move(cities))
{
    for (CityInfo &city : m_cities)
        city.searchSpellings = city.nameEn + QLatin1Char(' ') + folded(city.nameEn);
    for (int i = 0; i < m_cities.size(); ++i) {
        const CityInfo &city = m_cities.at(i);
        if (city.level == CityInfo::Level::Municipality) {
            m_indexByCode.insert(city.code, i);
        } else {
            m_indexByCode.insert(city.code, i);
            m_lookupOrder << i;
        }
        if (!city.isCity())
            continue;
        m_indexByFullName[city.fullName] << i;
        for (const QString &spelling : {city.fullName, city.name, city.nameEn}) {
            QList<int> &list = m_indexByKey[folded(spelling)];
            if (!list.contains(i))
                list << i;
        }
    }
    const auto extentOf = [this](int i) {
        const QGeoRectangle &b = m_cities.at(i).area.bounds;
        return b.width() * b.height();
    };
    std::stable_sort(m_lookupOrder.begin(), m_lookupOrder.end(),
                     [&](int a, int b) { return extentOf(a) < extentOf(b); });
}

ResultOf<CityGazetteer> CityGazetteer::load(const QByteArray &geoJson, const QString &sourceName,
                                            Outlines outlines)
{
    // A collection the skim cannot take is read whole, which says what is
    // wrong with it, if anything is.
    std::optional<QList<GeoJson::Feature>> skimmed;
    if (outlines == Outlines::Skip)
        skimmed = GeoJson::skimFeatures(geoJson);
    const ResultOf<QList<GeoJson::Feature>> features =
        skimmed ? ResultOf<QList<GeoJson::Feature>>(std::move(*skimmed))
                : GeoJson::readFeatures(geoJson, sourceName);
    if (!features.ok())
        return Result(features);
    QList<CityInfo> cities;
    cities.reserve(features.value->size() + 4);
    QHash<int, int> indexByCode;
    for (const GeoJson::Feature &feature : *features.value) {
        CityInfo city;
        const Result read = readCity(sourceName, feature, &city);
        if (!read.ok())
            return read;
        if (indexByCode.contains(city.code)) {
            return GeoJson::propertyProblem(
                sourceName, feature, QStringLiteral("adcode"),
                QCoreApplication::translate("CityGazetteer", "%1 repeats feature #%2")
                    .arg(city.code)
                    .arg(indexByCode.value(city.code) + 1));
        }
        indexByCode.insert(city.code, feature.index);
        cities << city;
    }
    cities << municipalities(cities);
    return CityGazetteer(std::move(cities));
}

namespace {
std::atomic<bool> embeddedRead{false};
} // namespace

CityGazetteer CityGazetteer::readEmbedded(Outlines outlines)
{
    QFile file(EmbeddedPath);
    if (!file.open(QIODevice::ReadOnly))
        return CityGazetteer();
    ResultOf<CityGazetteer> loaded = load(file.readAll(), EmbeddedPath, outlines);
    return loaded.ok() ? std::move(*loaded.value) : CityGazetteer();
}

const CityGazetteer &CityGazetteer::embedded()
{
    static const CityGazetteer gazetteer = readEmbedded(Outlines::Read);
    embeddedRead.store(true, std::memory_order_release);
    return gazetteer;
}

const CityGazetteer &CityGazetteer::embeddedNames()
{
    static const CityGazetteer gazetteer = readEmbedded(Outlines::Skip);
    return gazetteer;
}

bool CityGazetteer::isEmbeddedRead()
{
    return embeddedRead.load(std::memory_order_acquire);
}

void CityGazetteer::readEmbeddedInBackground()
{
    // The pool is waited for when the application quits, and a static's
    // first use waits for an initialisation under way (C++11).
    BackgroundPriority::startAhead([] { embedded(); });
}

QList<const CityInfo *> CityGazetteer::citiesIn(int provinceCode) const
{
    QList<const CityInfo *> list;
    for (const CityInfo &city : m_cities) {
        if (city.provinceCode == provinceCode && city.isCity())
            list << &city;
    }
    return list;
}

QList<const CityInfo *> CityGazetteer::partsOf(const CityInfo &city) const
{
    if (city.level != CityInfo::Level::Municipality)
        return {&city};
    QList<const CityInfo *> list;
    for (const CityInfo &d : m_cities) {
        if (d.provinceCode == city.provinceCode && d.level == CityInfo::Level::District)
            list << &d;
    }
    return list;
}

const CityInfo *CityGazetteer::byCode(int code) const
{
    const auto it = m_indexByCode.constFind(code);
    return it == m_indexByCode.constEnd() ? nullptr : &m_cities.at(*it);
}

const CityInfo *CityGazetteer::byFullName(const QString &fullName, int provinceCode) const
{
    const auto it = m_indexByFullName.constFind(fullName);
    if (it == m_indexByFullName.constEnd())
        return nullptr;
    if (provinceCode == 0)
        return it->size() == 1 ? &m_cities.at(it->first()) : nullptr;
    for (int i : *it) {
        if (m_cities.at(i).provinceCode == provinceCode)
            return &m_cities.at(i);
    }
    return nullptr;
}

QList<const CityInfo *> CityGazetteer::findAll(const QString &text) const
{
    QList<const CityInfo *> list;
    bool isNumber = false;
    const int code = text.trimmed().toInt(&isNumber);
    if (isNumber) {
        const CityInfo *city = byCode(code);
        if (city && city->isCity())
            list << city;
        return list;
    }
    for (int i : m_indexByKey.value(folded(text)))
        list << &m_cities.at(i);
    return list;
}

const CityInfo *CityGazetteer::find(const QString &text, int provinceCode) const
{
    const QList<const CityInfo *> all = findAll(text);
    QList<const CityInfo *> inProvince;
    for (const CityInfo *city : all) {
        if (provinceCode == 0 || city->provinceCode == provinceCode)
            inProvince << city;
    }
    if (inProvince.size() == 1)
        return inProvince.first();
    // A full name is unique within a province where a short one may not be.
    for (const CityInfo *city : std::as_const(inProvince)) {
        if (city->fullName == text.trimmed())
            return city;
    }
    return nullptr;
}

QStringList CityGazetteer::suggestions(const QString &text, int provinceCode, int max) const
{
    const QString key = folded(text);
    if (key.isEmpty() || max <= 0)
        return {};
    const bool chinese = hasHan(text);
    struct Scored
    {
        int score;
        const CityInfo *city;
    };
    QList<Scored> scored;
    for (const CityInfo &city : m_cities) {
        if (!city.isCity() || (provinceCode != 0 && city.provinceCode != provinceCode))
            continue;
        int best = INT_MAX;
        for (const QString &spelling : {city.fullName, city.name, city.nameEn}) {
            const QString candidate = folded(spelling);
            // One name inside the other ("杭州" in "杭州市") is as near as a
            // name gets without being it.
            const int score = candidate.contains(key) || key.contains(candidate)
                                  ? int(qAbs(candidate.size() - key.size()))
                                  : distance(candidate, key) * 2;
            best = std::min(best, score);
        }
        // Far-off names are no help.
        if (best <= std::max<qsizetype>(2, key.size()))
            scored.append({best, &city});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return a.score < b.score; });
    QStringList names;
    for (const Scored &s : std::as_const(scored)) {
        const QString name = chinese ? s.city->fullName : s.city->nameEn;
        if (!names.contains(name))
            names << name;
        if (names.size() == max)
            break;
    }
    return names;
}

const CityInfo *CityGazetteer::cityAt(const QGeoCoordinate &coordinate) const
{
    if (!coordinate.isValid())
        return nullptr;
    for (int i : m_lookupOrder) {
        const CityInfo &city = m_cities.at(i);
        if (!city.area.contains(coordinate))
            continue;
        if (city.level == CityInfo::Level::District)
            return find(city.cityFullName, city.provinceCode);
        return &city;
    }
    return nullptr;
}
