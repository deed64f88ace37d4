#include "parkvalidator.h"

#include "citygazetteer.h"
#include "fieldregistry.h"
#include "provincegeometry.h"
#include "provinces.h"
#include "safetext.h"
#include "twohalves.h"

#include <QUrl>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace ParkValidator {

QString tr(const char *text)
{
    return QCoreApplication::translate("ParkValidator", text);
}

namespace {

void add(QList<FieldProblem> &list, ParkField field, const QString &message)
{
    list.append({ParkFields::key(field), message});
}

void checkRange(QList<FieldProblem> &list, ParkField field, const std::optional<double> &value,
                double max, const QString &unit)
{
    if (!value)
        return;
    if (*value < 0) {
        add(list, field, tr("must not be negative (found %1)").arg(*value, 0, 'g', 15));
    } else if (*value > max) {
        add(list, field,
            tr("%1 %2 is implausibly large (at most %3 %2 expected)")
                .arg(*value, 0, 'g', 15)
                .arg(unit)
                .arg(max, 0, 'g', 15));
    }
}

void checkLengths(QList<FieldProblem> &list, const ParkRecord &r)
{
    const auto check = [&list](ParkField field, const QString &value, int limit) {
        if (value.size() > limit) {
            add(list, field,
                tr("%1 characters, more than the %2 this field may have")
                    .arg(value.size())
                    .arg(limit));
        }
    };
    for (const auto &[field, value] : {std::pair{ParkField::NameZh, &r.nameZh},
                                       {ParkField::NameEn, &r.nameEn},
                                       {ParkField::Province, &r.province},
                                       {ParkField::City, &r.city},
                                       {ParkField::District, &r.district},
                                       {ParkField::CoordPrecision, &r.coordPrecision}})
        check(field, *value, MaxShortText);
    for (const auto &[field, value] : {std::pair{ParkField::AreaNote, &r.areaNote},
                                       {ParkField::EnterprisesNote, &r.enterprisesNote},
                                       {ParkField::FundNote, &r.fundNote},
                                       {ParkField::Policy, &r.policy},
                                       {ParkField::Focus, &r.focus},
                                       {ParkField::Operator, &r.operatorName},
                                       {ParkField::CoordNote, &r.coordNote},
                                       {ParkField::Notes, &r.notes}})
        check(field, *value, MaxLongText);
    for (const QString &source : r.sources) {
        if (source.size() > MaxSourceLength) {
            add(list, ParkField::Sources,
                tr("an entry of %1 characters, more than the %2 a source may have")
                    .arg(source.size())
                    .arg(MaxSourceLength));
            break;
        }
    }
}

// A value to quote in a message, cut short if it is long.
QString quoted(const QString &value)
{
    constexpr int shown = 80;
    return value.size() <= shown ? value : value.left(shown) + QStringLiteral("…");
}

bool hasProblem(const QList<FieldProblem> &list, ParkField field)
{
    const QString key = ParkFields::key(field);
    return std::any_of(list.cbegin(), list.cend(),
                       [&key](const FieldProblem &p) { return p.field == key; });
}

} // namespace

bool isValidId(const QString &id)
{
    // ^[a-z0-9][a-z0-9._-]{0,79}$, checked by hand: a regular expression
    // costs a microsecond a record, and its $ would let a final newline in.
    if (id.isEmpty() || id.size() > 80)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'.' && c != u'_' && c != u'-')))
            return false;
    }
    return true;
}

namespace {

// Whether S starts with the lower-case ASCII PREFIX, in any case.
bool startsWithNoCase(QStringView s, const char *prefix)
{
    qsizetype i = 0;
    for (; prefix[i]; ++i) {
        if (i >= s.size())
            return false;
        char16_t c = s.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        if (c != char16_t(prefix[i]))
            return false;
    }
    return true;
}

// The common case, checked without building a QUrl (which costs a
// microsecond or two, a second per 100,000 parks): http(s)://host/path in
// printable ASCII with no escapes. True: certainly valid; false: ask QUrl.
bool isPlainWebAddress(QStringView s)
{
    qsizetype i = startsWithNoCase(s, "https://") ? 8 : startsWithNoCase(s, "http://") ? 7 : 0;
    if (i == 0)
        return false;
    const qsizetype hostStart = i;
    while (i < s.size()) {
        const char16_t c = s.at(i).unicode();
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
              c == u'.' || c == u'-'))
            break;
        ++i;
    }
    if (i == hostStart || s.at(hostStart) == u'.' || s.at(i - 1) == u'.')
        return false;
    if (i < s.size() && s.at(i) != u'/' && s.at(i) != u'?' && s.at(i) != u'#')
        return false;
    for (; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c <= u' ' || c >= 0x7F || c == u'%' || c == u'"' || c == u'<' || c == u'>' ||
            c == u'\\' || c == u'^' || c == u'`' || c == u'{' || c == u'|' || c == u'}')
            return false;
    }
    return true;
}

} // namespace

bool isValidWebAddress(const QString &source)
{
    const QStringView s = QStringView(source).trimmed();
    if (!startsWithNoCase(s, "http"))
        return true; // not meant as an address: a citation in words
    if (isPlainWebAddress(s))
        return true;
    const QUrl url(s.toString(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QList<Problem> warnings(const QString &file, const QList<ParkRecord> &records, bool englishNames)
{
    QList<Problem> list;
    Context context;
    context.outlines = embeddedOutlines();
    context.cities = &CityGazetteer::embedded();
    context.textWarnings = true;
    context.englishNames = englishNames;
    for (int i = 0; i < records.size(); ++i) {
        for (const FieldProblem &fp : validate(records.at(i), context)) {
            if (fp.isError())
                continue;
            Problem p;
            p.file = file;
            p.recordIndex = i;
            p.recordId = isValidId(records.at(i).id) ? records.at(i).id : QString();
            p.field = fp.field;
            p.message = tr("warning: %1").arg(fp.message);
            list.append(p);
        }
    }
    return list;
}

namespace {

// The city RECORD names, checked against the gazetteer: a warning, never
// an error, since stores written before the gazetteer (or naming a city it
// lacks) must still load. Returns the city when the record names it by its
// full name.
const CityInfo *checkCity(QList<FieldProblem> &list, const ParkRecord &r,
                          const ProvinceInfo &province, const CityGazetteer &cities, bool english)
{
    const QString name = r.city.trimmed();
    const QString provinceName = Provinces::displayName(province.fullName, english);
    if (const CityInfo *city = cities.find(name, province.code)) {
        if (city->fullName == r.city)
            return city;
        list.append({ParkFields::key(ParkField::City),
                     tr("write the city's full name \"%1\" rather than \"%2\"")
                         .arg(city->fullName, quoted(r.city)),
                     FieldProblem::Severity::Warning});
        return nullptr;
    }
    const QStringList nearest = cities.suggestions(name, province.code);
    QStringList fullNames;
    for (const QString &suggestion : nearest) {
        if (const CityInfo *c = cities.find(suggestion, province.code))
            fullNames << c->fullName;
    }
    list.append(
        {ParkFields::key(ParkField::City),
         fullNames.isEmpty()
             ? tr("\"%1\" is not a city of %2 in the gazetteer").arg(quoted(r.city), provinceName)
             : tr("\"%1\" is not a city of %2 in the gazetteer; did you mean %3?")
                   .arg(quoted(r.city), provinceName, fullNames.join(tr(" or "))),
         FieldProblem::Severity::Warning});
    return nullptr;
}

} // namespace

const ProvinceGeometry *embeddedOutlines()
{
    static const ResultOf<ProvinceGeometry> outlines = ProvinceGeometry::loadEmbedded();
    return outlines.ok() ? &*outlines : nullptr;
}

QList<FieldProblem> validate(const ParkRecord &r, const Context &context)
{
    QList<FieldProblem> list;
    if (!r.nonObjectEntry.isUndefined()) {
        list.append(
            {QString(),
             tr("this entry is not a park record: a park is a group of named values (a JSON "
                "object)")});
        return list;
    }

    // Values that could not be read at all: say again why.
    for (auto it = r.unreadableValues.constBegin(); it != r.unreadableValues.constEnd(); ++it) {
        const std::optional<ParkField> field = ParkFields::fromKey(it.key());
        ParkRecord scratch;
        QString error;
        if (field && !scratch.setValue(*field, it.value(), &error))
            list.append({it.key(), error});
    }
    checkLengths(list, r);
    auto readable = [&](ParkField f) {
        return r.unreadableValues.isEmpty() || !r.unreadableValues.contains(ParkFields::key(f));
    };

    if (readable(ParkField::Id)) {
        if (r.id.isEmpty())
            add(list, ParkField::Id, tr("missing required field"));
        else if (!isValidId(r.id))
            add(list, ParkField::Id,
                tr("\"%1\" is not a valid id (use lower-case letters a-z, digits, '-', '.' "
                   "and '_', starting with a letter or digit)")
                    .arg(quoted(r.id)));
    }
    if (readable(ParkField::NameZh) && r.nameZh.trimmed().isEmpty())
        add(list, ParkField::NameZh, tr("missing required field"));

    const ProvinceInfo *province = nullptr;
    if (readable(ParkField::Province)) {
        if (r.province.isEmpty()) {
            add(list, ParkField::Province, tr("missing required field"));
        } else {
            province = Provinces::find(r.province);
            if (!province) {
                add(list, ParkField::Province,
                    tr("unknown province \"%1\" (expected one of the 34 provincial-level "
                       "divisions, e.g. 浙江省)")
                        .arg(quoted(r.province)));
            } else if (province->fullName != r.province) {
                add(list, ParkField::Province,
                    tr("write the full name \"%1\" instead of \"%2\"")
                        .arg(province->fullName, r.province));
            }
        }
    }
    if (r.provinceCode) {
        const ProvinceInfo *byCode = Provinces::byCode(*r.provinceCode);
        if (!byCode)
            add(list, ParkField::ProvinceCode,
                tr("%1 is not the code of a province (such as 330000 for 浙江省)")
                    .arg(*r.provinceCode));
        else if (province && byCode != province)
            add(list, ParkField::ProvinceCode,
                tr("%1 is the code of %2, not of %3")
                    .arg(*r.provinceCode)
                    .arg(byCode->fullName, province->fullName));
    }

    if (r.established.isKnown() &&
        (r.established.year() < MinYear || r.established.year() > MaxYear))
        add(list, ParkField::Established,
            tr("year %1 is implausible (expected %2 to %3)")
                .arg(r.established.year())
                .arg(MinYear)
                .arg(MaxYear));

    checkRange(list, ParkField::AreaKm2, r.areaKm2, MaxAreaKm2, QStringLiteral("km²"));
    checkRange(list, ParkField::FundCny100m, r.fundCny100m, MaxFundCny100m, QStringLiteral("亿元"));
    // The unit is only translated when there is something to say.
    if (r.enterprises && (*r.enterprises < 0 || *r.enterprises > MaxEnterprises))
        checkRange(list, ParkField::Enterprises, double(*r.enterprises), double(MaxEnterprises),
                   tr("enterprises"));

    // A qualifier says how to read a value; without the value it says nothing.
    for (const FieldRegistry::Field &f : FieldRegistry::fields) {
        if (f.companionOf != f.field && f.type == FieldRegistry::ValueType::Choice &&
            readable(f.field) && !FieldRegistry::isUnknown(r, f.field) &&
            FieldRegistry::isUnknown(r, f.companionOf))
            add(list, f.field,
                tr("says how to read %1, which is empty").arg(FieldRegistry::label(f.companionOf)));
    }

    if (r.lat && (*r.lat < -90.0 || *r.lat > 90.0))
        add(list, ParkField::Lat, tr("latitude %1 is outside -90 to 90").arg(*r.lat));
    if (r.lon && (*r.lon < -180.0 || *r.lon > 180.0))
        add(list, ParkField::Lon, tr("longitude %1 is outside -180 to 180").arg(*r.lon));
    if (readable(ParkField::Lat) && readable(ParkField::Lon) &&
        r.lat.has_value() != r.lon.has_value())
        add(list, r.lat ? ParkField::Lon : ParkField::Lat,
            tr("latitude and longitude must be given together"));

    for (const QString &source : r.sources) {
        if (source.trimmed().isEmpty()) {
            add(list, ParkField::Sources, tr("one of the sources is empty"));
            break;
        }
    }
    for (const QString &source : r.sources) {
        if (!isValidWebAddress(source))
            add(list, ParkField::Sources,
                tr("\"%1\" is not a valid web address").arg(source.trimmed()));
    }

    if (context.ownerOfId && !r.id.isEmpty()) {
        if (const int owner = context.ownerOfId(r.id); owner > 0)
            add(list, ParkField::Id,
                context.recordNumber > 0
                    ? duplicateIdMessage(r.id, owner, context.recordNumber)
                    : tr("park #%1 already uses the id \"%2\"").arg(owner).arg(r.id));
    }

    // Control characters (and noncharacters) are kept as read, but nothing
    // legitimate needs them, and they are never written out raw: exports
    // replace them, the terminal shows them escaped.
    // Line breaks and tabs are text like any other.
    static const QString lineBreaks = QStringLiteral("\n\r\t");
    for (const FieldRegistry::Field &f : FieldRegistry::fields) {
        if (!context.textWarnings ||
            (f.type != FieldRegistry::ValueType::Text &&
             f.type != FieldRegistry::ValueType::TextList) ||
            !readable(f.field))
            continue;
        const QJsonValue v = FieldRegistry::value(r, f.field);
        bool unsafe = SafeText::hasUnsafeCharacters(v.toString(), lineBreaks);
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; !unsafe && i < items.size(); ++i)
            unsafe = SafeText::hasUnsafeCharacters(items.at(i).toString(), lineBreaks);
        if (unsafe)
            list.append({QString::fromLatin1(f.key),
                         tr("contains control characters; exports replace them with U+FFFD"),
                         FieldProblem::Severity::Warning});
    }

    const CityInfo *city = nullptr;
    if (context.cities && province && readable(ParkField::City) && !r.city.trimmed().isEmpty())
        city = checkCity(list, r, *province, *context.cities, context.englishNames);

    // Outside the province is a warning, not an error: the coordinates of
    // a district may be rough, and the outlines are simplified.
    if (context.outlines && r.hasLocation() && readable(ParkField::Lat) &&
        readable(ParkField::Lon) && province && !hasProblem(list, ParkField::Lat) &&
        !hasProblem(list, ParkField::Lon)) {
        const ProvinceShape *shape = context.outlines->find(r.province);
        if (shape && !shape->contains(QGeoCoordinate(*r.lat, *r.lon)))
            list.append({ParkFields::key(ParkField::Lat),
                         tr("the point %1, %2 lies outside %3")
                             .arg(*r.lat)
                             .arg(*r.lon)
                             .arg(Provinces::displayName(province->fullName, context.englishNames)),
                         FieldProblem::Severity::Warning});
    }
    // Outside the city only where the point lies inside the province: one
    // warning about a point is enough.
    if (city && r.hasLocation() && !hasProblem(list, ParkField::Lat) &&
        !hasProblem(list, ParkField::Lon)) {
        const QGeoCoordinate point(*r.lat, *r.lon);
        if (!city->area.contains(point)) {
            list.append({ParkFields::key(ParkField::Lat),
                         tr("the point %1, %2 lies outside %3")
                             .arg(*r.lat)
                             .arg(*r.lon)
                             .arg(city->displayName(context.englishNames)),
                         FieldProblem::Severity::Warning});
        }
    }
    return list;
}

QString duplicateIdMessage(const QString &id, int firstNumber, int thisNumber)
{
    return tr("duplicate id \"%1\": park #%2 has the same id as park #%3")
        .arg(id)
        .arg(thisNumber)
        .arg(firstNumber);
}

QHash<QString, int> validateAll(QList<ParkRecord> &records)
{
    QHash<QString, int> count;
    count.reserve(records.size()); // growing it step by step costs twice as much
    for (const ParkRecord &r : std::as_const(records))
        count[r.id]++;
    // The first record with an id owns it; the others are duplicates. Only
    // repeated ids are looked for, and there are none in most stores.
    QHash<QString, int> firstRow;
    if (count.size() < records.size()) {
        for (int i = 0; i < records.size(); ++i) {
            const QString &id = records.at(i).id;
            if (!id.isEmpty() && count.value(id) > 1 && !firstRow.contains(id))
                firstRow.insert(id, i);
        }
    }
    ParkRecord *const data = records.data(); // detached here, once, not by two threads
    inTwoHalves(records.size(), 4096, [data, &firstRow](qsizetype begin, qsizetype end) {
        Context context;
        context.ownerOfId = [&firstRow, &context](const QString &id) {
            const int first = firstRow.value(id, -1);
            return first >= 0 && first < context.recordNumber - 1 ? first + 1 : 0;
        };
        for (qsizetype i = begin; i < end; ++i) {
            context.recordNumber = int(i) + 1;
            data[i].problems = validate(data[i], context);
        }
    });
    return count;
}

} // namespace ParkValidator
