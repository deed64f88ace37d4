#include "parkfilter.h"

#include "places.h"

#include "fieldregistry.h"

#include <QJsonArray>

bool ParkFilter::Range::accepts(const std::optional<double> &value) const
{
    if (!isActive())
        return true;
    if (!value)
        return includeUnknown;
    return (!min || *value >= *min) && (!max || *value <= *max);
}

void ParkFilter::setRange(ParkField field, const Range &range)
{
    if (range == Range())
        ranges.remove(field);
    else
        ranges.insert(field, range);
}

bool ParkFilter::isEmpty() const
{
    return *this == ParkFilter();
}

bool ParkFilter::operator==(const ParkFilter &o) const
{
    return text == o.text && provinces == o.provinces && cities == o.cities &&
           leadership == o.leadership && carrierType == o.carrierType && yearFrom == o.yearFrom &&
           yearTo == o.yearTo && includeUnknownYear == o.includeUnknownYear && ranges == o.ranges &&
           onlyProblems == o.onlyProblems && missingField == o.missingField;
}

bool ParkFilter::acceptsStructured(const ParkRecord &r) const
{
    if (!provinces.isEmpty() && !provinces.contains(r.province))
        return false;
    if (!cities.isEmpty() && !cities.contains(r.city))
        return false;
    if (leadership && r.leadership != *leadership)
        return false;
    if (carrierType && r.carrierType != *carrierType)
        return false;
    if (hasYearRange()) {
        if (!r.established.isKnown()) {
            if (!includeUnknownYear)
                return false;
        } else {
            const int y = r.established.year();
            if ((yearFrom > 0 && y < yearFrom) || (yearTo > 0 && y > yearTo))
                return false;
        }
    }
    for (auto it = ranges.constBegin(); it != ranges.constEnd(); ++it) {
        if (it->isActive() && !it->accepts(FieldRegistry::number(r, it.key())))
            return false;
    }
    if (onlyProblems && r.problems.isEmpty())
        return false;
    if (!missingField.isEmpty()) {
        const FieldRegistry::Field *field = FieldRegistry::byKey(missingField);
        if (!field || !FieldRegistry::isUnknown(r, field->field))
            return false;
    }
    return true;
}

QString ParkFilter::searchText(const ParkRecord &r)
{
    // Joined with a character no one types, so that a search never matches
    // across the boundary of two fields.
    static const QChar separator(0x1F);
    // Built in one buffer and folded in place: at 100,000 records the
    // temporary list and the second copy cost a tenth of a second.
    static const QList<ParkField> searched = [] {
        QList<ParkField> list;
        for (const FieldRegistry::Field &f : FieldRegistry::fields) {
            if (f.has(FieldRegistry::Searchable) && f.type == FieldRegistry::ValueType::Text)
                list.append(f.field);
        }
        return list;
    }();
    // The city's English name too, so that "Hangzhou" finds every park in
    // 杭州市 and not only those with Hangzhou in their English name.
    const QString citySpellings = Places::searchSpellings(r.province, r.city);
    qsizetype size = searched.size() + citySpellings.size();
    for (ParkField f : searched)
        size += FieldRegistry::textMember(r, f)->size();
    QString text;
    text.reserve(size);
    for (ParkField f : searched) {
        if (f != searched.first())
            text += separator;
        text += *FieldRegistry::textMember(r, f);
    }
    if (!citySpellings.isEmpty()) {
        text += separator;
        text += citySpellings;
    }
    // Folding is done here for the common case, ASCII and CJK text, which
    // QString::toCaseFolded() would first scan and then copy: letters A to
    // Z are lowered in place and CJK characters have no case. Anything else
    // goes to toCaseFolded(), so the result is the same as its.
    QChar *data = text.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = data[i].unicode();
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                data[i] = QChar(char16_t(c + (u'a' - u'A')));
        } else if (!((c >= 0x3000 && c <= 0x303F) || (c >= 0x3400 && c <= 0x4DBF) ||
                     (c >= 0x4E00 && c <= 0x9FFF))) {
            return std::move(text).toCaseFolded();
        }
    }
    return text;
}

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> readOptional(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonObject rangeJson(const ParkFilter::Range &r)
{
    return QJsonObject{{QStringLiteral("min"), optionalNumber(r.min)},
                       {QStringLiteral("max"), optionalNumber(r.max)},
                       {QStringLiteral("includeUnknown"), r.includeUnknown}};
}

ParkFilter::Range readRange(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    ParkFilter::Range r;
    r.min = readOptional(o.value(QStringLiteral("min")));
    r.max = readOptional(o.value(QStringLiteral("max")));
    r.includeUnknown = o.value(QStringLiteral("includeUnknown")).toBool();
    return r;
}

QJsonArray sortedArray(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return QJsonArray::fromStringList(list);
}

QSet<QString> readSet(const QJsonValue &v)
{
    QSet<QString> set;
    for (const QJsonValue &item : v.toArray())
        set.insert(item.toString());
    return set;
}

} // namespace

QJsonObject ParkFilter::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("provinces"), sortedArray(provinces));
    o.insert(QStringLiteral("cities"), sortedArray(cities));
    o.insert(QStringLiteral("leadership"),
             leadership ? QJsonValue(ParkEnums::toString(*leadership).isEmpty()
                                         ? QStringLiteral("unknown")
                                         : ParkEnums::toString(*leadership))
                        : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("carrierType"),
             carrierType ? QJsonValue(ParkEnums::toString(*carrierType).isEmpty()
                                          ? QStringLiteral("unknown")
                                          : ParkEnums::toString(*carrierType))
                         : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("yearFrom"), yearFrom);
    o.insert(QStringLiteral("yearTo"), yearTo);
    o.insert(QStringLiteral("includeUnknownYear"), includeUnknownYear);
    QJsonObject rangesJson;
    for (auto it = ranges.constBegin(); it != ranges.constEnd(); ++it)
        rangesJson.insert(FieldRegistry::key(it.key()), rangeJson(*it));
    o.insert(QStringLiteral("ranges"), rangesJson);
    o.insert(QStringLiteral("onlyProblems"), onlyProblems);
    o.insert(QStringLiteral("missingField"), missingField);
    return o;
}

ParkFilter ParkFilter::fromJson(const QJsonObject &o)
{
    ParkFilter f;
    f.text = o.value(QStringLiteral("text")).toString();
    f.provinces = readSet(o.value(QStringLiteral("provinces")));
    f.cities = readSet(o.value(QStringLiteral("cities")));
    const QString leadership = o.value(QStringLiteral("leadership")).toString();
    if (leadership == QLatin1String("unknown"))
        f.leadership = Leadership::Unknown;
    else if (!leadership.isEmpty())
        f.leadership = ParkEnums::leadershipFromString(leadership);
    const QString type = o.value(QStringLiteral("carrierType")).toString();
    if (type == QLatin1String("unknown"))
        f.carrierType = CarrierType::Unknown;
    else if (!type.isEmpty())
        f.carrierType = ParkEnums::carrierTypeFromString(type);
    f.yearFrom = o.value(QStringLiteral("yearFrom")).toInt();
    f.yearTo = o.value(QStringLiteral("yearTo")).toInt();
    f.includeUnknownYear = o.value(QStringLiteral("includeUnknownYear")).toBool();
    const QJsonObject rangesJson = o.value(QStringLiteral("ranges")).toObject();
    for (auto it = rangesJson.constBegin(); it != rangesJson.constEnd(); ++it) {
        const FieldRegistry::Field *field = FieldRegistry::byKey(it.key());
        if (field && field->has(FieldRegistry::RangeFilter))
            f.setRange(field->field, readRange(*it));
    }
    // Filters remembered before ranges were kept by field.
    const std::pair<const char *, ParkField> earlier[] = {{"area", ParkField::AreaKm2},
                                                          {"enterprises", ParkField::Enterprises},
                                                          {"fund", ParkField::FundCny100m}};
    for (const auto &[name, field] : earlier) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isObject() && !f.ranges.contains(field))
            f.setRange(field, readRange(v));
    }
    f.onlyProblems = o.value(QStringLiteral("onlyProblems")).toBool();
    f.missingField = o.value(QStringLiteral("missingField")).toString();
    return f;
}
