#pragma once

#include "foundingdate.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

enum class Leadership
{
    Unknown,
    Government,
    Enterprise
};
enum class CarrierType
{
    Unknown,
    Park,
    Base,
    Incubator
};
enum class Confidence
{
    Unknown,
    StatedInReport,
    Sourced,
    Inferred
};

// Every field a park record knows, in the order the store writes them.
enum class ParkField
{
    Id,
    NameZh,
    NameEn,
    Province,
    ProvinceCode,
    City,
    District,
    Established,
    Leadership,
    CarrierType,
    AreaKm2,
    AreaScope,
    AreaNote,
    Enterprises,
    EnterprisesQualifier,
    EnterprisesNote,
    FundCny100m,
    FundKind,
    FundNote,
    Policy,
    Focus,
    Operator,
    Lat,
    Lon,
    CoordPrecision,
    CoordNote,
    Confidence,
    NamedInReport,
    Sources,
    Notes,
};
constexpr int ParkFieldCount = int(ParkField::Notes) + 1;

namespace ParkFields {
// The JSON key of a field (FieldRegistry::key).
QString key(ParkField field);
// The field of a JSON key, or nullopt for keys the app does not know.
std::optional<ParkField> fromKey(const QString &key);
QList<ParkField> all();
} // namespace ParkFields

// The JSON spellings of the enumerations ("government", "stated-in-report").
namespace ParkEnums {
QString toString(Leadership v);
QString toString(CarrierType v);
QString toString(Confidence v);
std::optional<Leadership> leadershipFromString(const QString &s);
std::optional<CarrierType> carrierTypeFromString(const QString &s);
std::optional<Confidence> confidenceFromString(const QString &s);
} // namespace ParkEnums

// A problem found in one field of one record.
struct FieldProblem
{
    // An error makes the record invalid (the form will not accept it);
    // a warning is worth a look but may be right (a rough location).
    enum class Severity
    {
        Error,
        Warning
    };
    QString field; // JSON key; empty for problems of the whole record
    QString message;
    Severity severity = Severity::Error;
    bool isError() const { return severity == Severity::Error; }
    bool operator==(const FieldProblem &o) const
    {
        return field == o.field && message == o.message && severity == o.severity;
    }
};

// One park. Unknown values are null (a null QString, an empty optional),
// never zero or an empty string.
struct ParkRecord
{
    QString id;
    QString nameZh;
    QString nameEn;
    QString province; // full Chinese name, e.g. 浙江省
    std::optional<int> provinceCode;
    QString city;
    QString district;
    FoundingDate established;
    Leadership leadership = Leadership::Unknown;
    CarrierType carrierType = CarrierType::Unknown;
    std::optional<double> areaKm2;
    QString areaScope; // what areaKm2 measures: "park" or "hostZone"
    QString areaNote;
    std::optional<qint64> enterprises;
    QString enterprisesQualifier; // "exact", "atLeast" ("more than", 余) or "approx"
    QString enterprisesNote;
    std::optional<double> fundCny100m;
    QString fundKind; // "fund" or "investmentPlan" (an enterprise's plan)
    QString fundNote;
    QString policy;
    QString focus;
    QString operatorName;
    std::optional<double> lat;
    std::optional<double> lon;
    QString coordPrecision;
    QString coordNote;
    Confidence confidence = Confidence::Unknown;
    std::optional<bool> namedInReport;
    QStringList sources;
    QString notes;

    // Fields the app does not know, kept so that they survive a round trip.
    QJsonObject unknownFields;
    // Values of known fields that could not be read (wrong type, not a
    // date, ...), kept as they were so that saving never alters them.
    QJsonObject unreadableValues;

    // An entry of "parks" that is not an object at all. It is kept as it is
    // (and written back as it was) until the user replaces it.
    QJsonValue nonObjectEntry = QJsonValue(QJsonValue::Undefined);

    // Set by validation; not part of the record's data.
    QList<FieldProblem> problems;

    // The record's value of a field as JSON (null when unknown).
    QJsonValue value(ParkField field) const;
    // Sets a field from JSON, checking its type and form (not its
    // plausibility: that is validation's job). On failure the record is
    // unchanged and error says what was wrong with the value.
    bool setValue(ParkField field, const QJsonValue &value, QString *error = nullptr);
    // The name in the given language, falling back to the other one.
    QString displayName(bool english) const;
    bool hasLocation() const { return lat.has_value() && lon.has_value(); }

    // Compares data, not the problems found in it.
    bool operator==(const ParkRecord &o) const;
    bool operator!=(const ParkRecord &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(ParkRecord)
