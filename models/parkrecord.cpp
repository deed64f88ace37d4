#include "parkrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace ParkFields {

namespace {
const char *const keys[ParkFieldCount] = {
    "id",       "nameZh",         "nameEn",      "province",        "provinceCode",
    "city",     "district",       "established", "leadership",      "carrierType",
    "areaKm2",  "areaNote",       "enterprises", "enterprisesNote", "fundCny100m",
    "fundNote", "policy",         "focus",       "operator",        "lat",
    "lon",      "coordPrecision", "coordNote",   "confidence",      "namedInReport",
    "sources",  "notes",
};
} // namespace

QString key(ParkField field)
{
    return QString::fromLatin1(keys[int(field)]);
}

std::optional<ParkField> fromKey(const QString &key)
{
    static const QHash<QString, ParkField> index = [] {
        QHash<QString, ParkField> h;
        for (int i = 0; i < ParkFieldCount; ++i)
            h.insert(QString::fromLatin1(keys[i]), ParkField(i));
        return h;
    }();
    const auto it = index.constFind(key);
    if (it == index.constEnd())
        return std::nullopt;
    return *it;
}

QList<ParkField> all()
{
    QList<ParkField> list;
    for (int i = 0; i < ParkFieldCount; ++i)
        list.append(ParkField(i));
    return list;
}

} // namespace ParkFields

namespace ParkEnums {

QString toString(Leadership v)
{
    switch (v) {
    case Leadership::Government:
        return QStringLiteral("government");
    case Leadership::Enterprise:
        return QStringLiteral("enterprise");
    case Leadership::Unknown:
        break;
    }
    return QString();
}

QString toString(CarrierType v)
{
    switch (v) {
    case CarrierType::Park:
        return QStringLiteral("park");
    case CarrierType::Base:
        return QStringLiteral("base");
    case CarrierType::Incubator:
        return QStringLiteral("incubator");
    case CarrierType::Unknown:
        break;
    }
    return QString();
}

QString toString(Confidence v)
{
    switch (v) {
    case Confidence::StatedInReport:
        return QStringLiteral("stated-in-report");
    case Confidence::Sourced:
        return QStringLiteral("sourced");
    case Confidence::Inferred:
        return QStringLiteral("inferred");
    case Confidence::Unknown:
        break;
    }
    return QString();
}

std::optional<Leadership> leadershipFromString(const QString &s)
{
    for (Leadership v : {Leadership::Government, Leadership::Enterprise}) {
        if (s == toString(v))
            return v;
    }
    return std::nullopt;
}

std::optional<CarrierType> carrierTypeFromString(const QString &s)
{
    for (CarrierType v : {CarrierType::Park, CarrierType::Base, CarrierType::Incubator}) {
        if (s == toString(v))
            return v;
    }
    return std::nullopt;
}

std::optional<Confidence> confidenceFromString(const QString &s)
{
    for (Confidence v : {Confidence::StatedInReport, Confidence::Sourced, Confidence::Inferred}) {
        if (s == toString(v))
            return v;
    }
    return std::nullopt;
}

} // namespace ParkEnums

namespace {

QJsonValue stringValue(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

template <typename T> QJsonValue optionalValue(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue ParkRecord::value(ParkField field) const
{
    switch (field) {
    case ParkField::Id:
        return stringValue(id);
    case ParkField::NameZh:
        return stringValue(nameZh);
    case ParkField::NameEn:
        return stringValue(nameEn);
    case ParkField::Province:
        return stringValue(province);
    case ParkField::ProvinceCode:
        return optionalValue(provinceCode);
    case ParkField::City:
        return stringValue(city);
    case ParkField::District:
        return stringValue(district);
    case ParkField::Established:
        return established.isKnown() ? QJsonValue(established.toString())
                                     : QJsonValue(QJsonValue::Null);
    case ParkField::Leadership:
        return stringValue(ParkEnums::toString(leadership));
    case ParkField::CarrierType:
        return stringValue(ParkEnums::toString(carrierType));
    case ParkField::AreaKm2:
        return optionalValue(areaKm2);
    case ParkField::AreaNote:
        return stringValue(areaNote);
    case ParkField::Enterprises:
        return optionalValue(enterprises);
    case ParkField::EnterprisesNote:
        return stringValue(enterprisesNote);
    case ParkField::FundCny100m:
        return optionalValue(fundCny100m);
    case ParkField::FundNote:
        return stringValue(fundNote);
    case ParkField::Policy:
        return stringValue(policy);
    case ParkField::Focus:
        return stringValue(focus);
    case ParkField::Operator:
        return stringValue(operatorName);
    case ParkField::Lat:
        return optionalValue(lat);
    case ParkField::Lon:
        return optionalValue(lon);
    case ParkField::CoordPrecision:
        return stringValue(coordPrecision);
    case ParkField::CoordNote:
        return stringValue(coordNote);
    case ParkField::Confidence:
        return stringValue(ParkEnums::toString(confidence));
    case ParkField::NamedInReport:
        return optionalValue(namedInReport);
    case ParkField::Sources:
        return QJsonArray::fromStringList(sources);
    case ParkField::Notes:
        return stringValue(notes);
    }
    return QJsonValue(QJsonValue::Null);
}

QString ParkRecord::displayName(bool english) const
{
    if (english && !nameEn.isEmpty())
        return nameEn;
    return nameZh.isEmpty() ? nameEn : nameZh;
}

bool ParkRecord::operator==(const ParkRecord &o) const
{
    for (ParkField f : ParkFields::all()) {
        if (value(f) != o.value(f))
            return false;
    }
    return unknownFields == o.unknownFields && unreadableValues == o.unreadableValues &&
           nonObjectEntry == o.nonObjectEntry;
}

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("ParkRecord", "true/false");
    case QJsonValue::Double:
        return QCoreApplication::translate("ParkRecord", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("ParkRecord", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("ParkRecord", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("ParkRecord", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString expected(const QString &what, const QJsonValue &found)
{
    return QCoreApplication::translate("ParkRecord", "expected %1, found %2")
        .arg(what, typeName(found));
}

bool readString(const QJsonValue &v, QString *out, QString *error)
{
    if (v.isNull() || v.isUndefined()) {
        *out = QString();
        return true;
    }
    if (!v.isString()) {
        *error = expected(QCoreApplication::translate("ParkRecord", "a string"), v);
        return false;
    }
    *out = v.toString();
    if (out->isNull())
        *out = QStringLiteral(""); // "" in the file stays "" (known to be empty)
    return true;
}

bool readDouble(const QJsonValue &v, std::optional<double> *out, QString *error)
{
    if (v.isNull() || v.isUndefined()) {
        out->reset();
        return true;
    }
    if (!v.isDouble()) {
        *error = expected(QCoreApplication::translate("ParkRecord", "a number"), v);
        return false;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        *error = QCoreApplication::translate("ParkRecord", "the number is not finite");
        return false;
    }
    *out = d;
    return true;
}

template <typename Enum>
bool readEnum(const QJsonValue &v, Enum *out, std::optional<Enum> (*parse)(const QString &),
              const QString &allowed, QString *error)
{
    if (v.isNull() || v.isUndefined()) {
        *out = Enum::Unknown;
        return true;
    }
    if (!v.isString()) {
        *error = expected(QCoreApplication::translate("ParkRecord", "one of %1").arg(allowed), v);
        return false;
    }
    const std::optional<Enum> parsed = parse(v.toString());
    if (!parsed) {
        *error = QCoreApplication::translate("ParkRecord", "\"%1\" is not one of %2")
                     .arg(v.toString(), allowed);
        return false;
    }
    *out = *parsed;
    return true;
}

} // namespace

bool ParkRecord::setValue(ParkField field, const QJsonValue &v, QString *errorOut)
{
    QString scratch;
    QString *error = errorOut ? errorOut : &scratch;
    error->clear();
    switch (field) {
    case ParkField::Id:
        return readString(v, &id, error);
    case ParkField::NameZh:
        return readString(v, &nameZh, error);
    case ParkField::NameEn:
        return readString(v, &nameEn, error);
    case ParkField::Province:
        return readString(v, &province, error);
    case ParkField::City:
        return readString(v, &city, error);
    case ParkField::District:
        return readString(v, &district, error);
    case ParkField::AreaNote:
        return readString(v, &areaNote, error);
    case ParkField::EnterprisesNote:
        return readString(v, &enterprisesNote, error);
    case ParkField::FundNote:
        return readString(v, &fundNote, error);
    case ParkField::Policy:
        return readString(v, &policy, error);
    case ParkField::Focus:
        return readString(v, &focus, error);
    case ParkField::Operator:
        return readString(v, &operatorName, error);
    case ParkField::CoordPrecision:
        return readString(v, &coordPrecision, error);
    case ParkField::CoordNote:
        return readString(v, &coordNote, error);
    case ParkField::Notes:
        return readString(v, &notes, error);
    case ParkField::AreaKm2:
        return readDouble(v, &areaKm2, error);
    case ParkField::FundCny100m:
        return readDouble(v, &fundCny100m, error);
    case ParkField::Lat:
        return readDouble(v, &lat, error);
    case ParkField::Lon:
        return readDouble(v, &lon, error);
    case ParkField::ProvinceCode:
    case ParkField::Enterprises: {
        std::optional<double> d;
        if (!readDouble(v, &d, error))
            return false;
        if (d && (*d != std::floor(*d) || std::fabs(*d) > 9.0e15)) {
            *error = QCoreApplication::translate("ParkRecord", "expected a whole number, found %1")
                         .arg(*d);
            return false;
        }
        if (field == ParkField::ProvinceCode)
            provinceCode =
                d ? std::optional<int>(int(std::clamp(*d, -1.0e9, 1.0e9))) : std::nullopt;
        else
            enterprises = d ? std::optional<qint64>(qint64(*d)) : std::nullopt;
        return true;
    }
    case ParkField::Established: {
        if (v.isNull() || v.isUndefined()) {
            established = FoundingDate();
            return true;
        }
        if (!v.isString()) {
            *error = expected(QCoreApplication::translate("ParkRecord", "a date string"), v);
            return false;
        }
        const FoundingDate d = FoundingDate::fromString(v.toString(), error);
        if (!d.isKnown())
            return false;
        established = d;
        return true;
    }
    case ParkField::Leadership:
        return readEnum(v, &leadership, &ParkEnums::leadershipFromString,
                        QStringLiteral("government, enterprise"), error);
    case ParkField::CarrierType:
        return readEnum(v, &carrierType, &ParkEnums::carrierTypeFromString,
                        QStringLiteral("park, base, incubator"), error);
    case ParkField::Confidence:
        return readEnum(v, &confidence, &ParkEnums::confidenceFromString,
                        QStringLiteral("stated-in-report, sourced, inferred"), error);
    case ParkField::NamedInReport:
        if (v.isNull() || v.isUndefined()) {
            namedInReport.reset();
            return true;
        }
        if (!v.isBool()) {
            *error = expected(QCoreApplication::translate("ParkRecord", "true or false"), v);
            return false;
        }
        namedInReport = v.toBool();
        return true;
    case ParkField::Sources: {
        if (v.isNull() || v.isUndefined()) {
            sources.clear();
            return true;
        }
        if (!v.isArray()) {
            *error = expected(QCoreApplication::translate("ParkRecord", "an array of strings"), v);
            return false;
        }
        QStringList list;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                *error = QCoreApplication::translate("ParkRecord", "item %1: %2")
                             .arg(i + 1)
                             .arg(expected(QCoreApplication::translate("ParkRecord", "a string"),
                                           array.at(i)));
                return false;
            }
            list.append(array.at(i).toString());
        }
        sources = list;
        return true;
    }
    }
    return false;
}
