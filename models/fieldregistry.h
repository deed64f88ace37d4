#pragma once

#include "parkrecord.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QVariant>

#include <array>
#include <iterator>
#include <utility>
#include <variant>

// Every field of a park record, described once. The store's readers and
// writer, the table's columns, the details view, the edit form, the filter
// bar's field choices, CSV and the documentation are all derived from this
// table; docs/adding-a-field.md says how to add a field.
namespace FieldRegistry {

// What a field holds, and so how it is read, written, shown and edited.
enum class ValueType
{
    Text,     // QString; null when unknown, "" when known to be empty
    Integer,  // std::optional<int> or std::optional<qint64>
    Real,     // std::optional<double>
    Date,     // FoundingDate: YYYY, YYYY-MM or YYYY-MM-DD
    Choice,   // one of a fixed list of JSON spellings (an enum or a QString)
    Boolean,  // std::optional<bool>
    TextList, // QStringList
};

enum Flag : unsigned
{
    NoFlags = 0,
    InTable = 1u << 0,         // a column of the park table
    HiddenByDefault = 1u << 1, // a column the table hides until asked
    Numeric = 1u << 2,         // compared and aligned as a number
    Searchable = 1u << 3,      // part of the free-text search
    Category = 1u << 4,        // values repeat across records (shared when read)
    Required = 1u << 5,        // a record without it has a problem
    RangeFilter = 1u << 6,     // offered as a numeric range filter
    Derived = 1u << 7,         // set from another field, never edited
};

// Where the edit form shows a field.
enum class FormTab
{
    None,
    General,
    Figures,
    Location,
    Notes,
};

// The widget the edit form uses for a field.
enum class Editor
{
    None,
    Line,      // QLineEdit
    Paragraph, // QPlainTextEdit
    Choice,    // QComboBox over the field's choices (or Yes/No), with "unknown"
    Province,  // QComboBox over the provincial-level divisions
    Date,      // precision + year, month, day
    List,      // an editable list
};

// One allowed value of a Choice field: its JSON spelling and its label
// (translated in the context "Field").
struct Choice
{
    const char *json;
    const char *label;
};

struct ChoiceList
{
    const Choice *items = nullptr;
    int count = 0;
    constexpr ChoiceList() = default;
    template <int N>
    constexpr ChoiceList(const Choice (&list)[N])
        : items(list)
        , count(N)
    {}
};

// The record member a field lives in.
using Member =
    std::variant<QString ParkRecord::*, std::optional<int> ParkRecord::*,
                 std::optional<qint64> ParkRecord::*, std::optional<double> ParkRecord::*,
                 FoundingDate ParkRecord::*, std::optional<bool> ParkRecord::*,
                 QStringList ParkRecord::*, Leadership ParkRecord::*, CarrierType ParkRecord::*,
                 Confidence ParkRecord::*>;

struct Field
{
    ParkField field;
    const char *key; // the JSON key, also the CSV column key
    ValueType type;
    Member member;
    const char *label; // translated in the context "Field"
    const char *unit;  // a symbol written after values ("km²"), or ""
    unsigned flags;
    FormTab tab;
    Editor editor;
    const char *placeholder; // the form's hint, translated in "Field", or ""
    int decimals;            // Real: the most decimals the table shows
    ChoiceList choices;      // Choice: the allowed values, in order
    // A note or qualifier of another field, shown with it (the field
    // itself when it stands alone).
    ParkField companionOf;

    bool has(Flag f) const { return (flags & f) != 0; }
};

inline constexpr Choice leadershipChoices[] = {
    {"government", QT_TRANSLATE_NOOP("Field", "Government-led")},
    {"enterprise", QT_TRANSLATE_NOOP("Field", "Enterprise-led")},
};
inline constexpr Choice carrierTypeChoices[] = {
    {"park", QT_TRANSLATE_NOOP("Field", "Park")},
    {"base", QT_TRANSLATE_NOOP("Field", "Base")},
    {"incubator", QT_TRANSLATE_NOOP("Field", "Incubator")},
};
inline constexpr Choice areaScopeChoices[] = {
    {"park", QT_TRANSLATE_NOOP("Field", "the park itself")},
    {"hostZone", QT_TRANSLATE_NOOP("Field", "the zone that hosts the park")},
};
inline constexpr Choice enterprisesQualifierChoices[] = {
    {"exact", QT_TRANSLATE_NOOP("Field", "exact")},
    {"atLeast", QT_TRANSLATE_NOOP("Field", "at least")},
    {"approx", QT_TRANSLATE_NOOP("Field", "about")},
};
inline constexpr Choice fundKindChoices[] = {
    {"fund", QT_TRANSLATE_NOOP("Field", "an industry or guidance fund")},
    {"investmentPlan", QT_TRANSLATE_NOOP("Field", "an enterprise's investment plan")},
};
inline constexpr Choice confidenceChoices[] = {
    {"stated-in-report", QT_TRANSLATE_NOOP("Field", "Stated in report")},
    {"sourced", QT_TRANSLATE_NOOP("Field", "Sourced")},
    {"inferred", QT_TRANSLATE_NOOP("Field", "Inferred")},
};

namespace Table {
// Shorthands for the table below.
using T = ValueType;
using E = Editor;
using P = ParkField;
using R = ParkRecord;
inline constexpr unsigned Column = InTable;
inline constexpr unsigned HiddenColumn = InTable | HiddenByDefault;

// In the order the store writes the fields (the order of ParkField).
// One entry per field, three lines each:
//   field, key, type, member,
//   label, unit, flags,
//   form tab, editor, placeholder, decimals, choices, companion of
// clang-format off
inline constexpr Field fields[] = {
    {P::Id, "id", T::Text, &R::id,
     QT_TRANSLATE_NOOP("Field", "ID"), "", Column | Searchable | Required,
     FormTab::General, E::Line, QT_TRANSLATE_NOOP("Field", "e.g. zj-xixigu: lower-case letters, digits, '-', '.', '_'"), 0, {}, P::Id},
    {P::NameZh, "nameZh", T::Text, &R::nameZh,
     QT_TRANSLATE_NOOP("Field", "Chinese name"), "", Column | Searchable | Required,
     FormTab::General, E::Line, "", 0, {}, P::NameZh},
    {P::NameEn, "nameEn", T::Text, &R::nameEn,
     QT_TRANSLATE_NOOP("Field", "English name"), "", Column | Searchable,
     FormTab::General, E::Line, "", 0, {}, P::NameEn},
    {P::Province, "province", T::Text, &R::province,
     QT_TRANSLATE_NOOP("Field", "Province"), "", Column | Searchable | Category | Required,
     FormTab::General, E::Province, "", 0, {}, P::Province},
    {P::ProvinceCode, "provinceCode", T::Integer, &R::provinceCode,
     QT_TRANSLATE_NOOP("Field", "Province code"), "", Numeric | Derived,
     FormTab::None, E::None, "", 0, {}, P::ProvinceCode},
    {P::City, "city", T::Text, &R::city,
     QT_TRANSLATE_NOOP("Field", "City"), "", Column | Searchable | Category,
     FormTab::General, E::Line, "", 0, {}, P::City},
    {P::District, "district", T::Text, &R::district,
     QT_TRANSLATE_NOOP("Field", "District"), "", Column | Searchable | Category,
     FormTab::General, E::Line, "", 0, {}, P::District},
    {P::Established, "established", T::Date, &R::established,
     QT_TRANSLATE_NOOP("Field", "Founded"), "", Column,
     FormTab::General, E::Date, "", 0, {}, P::Established},
    {P::Leadership, "leadership", T::Choice, &R::leadership,
     QT_TRANSLATE_NOOP("Field", "Leadership"), "", Column,
     FormTab::General, E::Choice, "", 0, leadershipChoices, P::Leadership},
    {P::CarrierType, "carrierType", T::Choice, &R::carrierType,
     QT_TRANSLATE_NOOP("Field", "Carrier type"), "", Column,
     FormTab::General, E::Choice, "", 0, carrierTypeChoices, P::CarrierType},
    {P::AreaKm2, "areaKm2", T::Real, &R::areaKm2,
     QT_TRANSLATE_NOOP("Field", "Planned area (km²)"), "km²", Column | Numeric | RangeFilter,
     FormTab::Figures, E::Line, QT_TRANSLATE_NOOP("Field", "unknown"), 4, {}, P::AreaKm2},
    {P::AreaScope, "areaScope", T::Choice, &R::areaScope,
     QT_TRANSLATE_NOOP("Field", "Area measures"), "", NoFlags,
     FormTab::Figures, E::Choice, "", 0, areaScopeChoices, P::AreaKm2},
    {P::AreaNote, "areaNote", T::Text, &R::areaNote,
     QT_TRANSLATE_NOOP("Field", "Area as the source words it"), "", NoFlags,
     FormTab::Figures, E::Line, "", 0, {}, P::AreaKm2},
    {P::Enterprises, "enterprises", T::Integer, &R::enterprises,
     QT_TRANSLATE_NOOP("Field", "Enterprises settled"), "", Column | Numeric | RangeFilter,
     FormTab::Figures, E::Line, QT_TRANSLATE_NOOP("Field", "unknown"), 0, {}, P::Enterprises},
    {P::EnterprisesQualifier, "enterprisesQualifier", T::Choice, &R::enterprisesQualifier,
     QT_TRANSLATE_NOOP("Field", "Enterprises figure is"), "", NoFlags,
     FormTab::Figures, E::Choice, "", 0, enterprisesQualifierChoices, P::Enterprises},
    {P::EnterprisesNote, "enterprisesNote", T::Text, &R::enterprisesNote,
     QT_TRANSLATE_NOOP("Field", "Enterprises as the source words it"), "", NoFlags,
     FormTab::Figures, E::Line, "", 0, {}, P::Enterprises},
    {P::FundCny100m, "fundCny100m", T::Real, &R::fundCny100m,
     QT_TRANSLATE_NOOP("Field", "Support fund (CNY 100 million)"), "亿元", Column | Numeric | RangeFilter,
     FormTab::Figures, E::Line, QT_TRANSLATE_NOOP("Field", "unknown"), 4, {}, P::FundCny100m},
    {P::FundKind, "fundKind", T::Choice, &R::fundKind,
     QT_TRANSLATE_NOOP("Field", "Fund is"), "", NoFlags,
     FormTab::Figures, E::Choice, "", 0, fundKindChoices, P::FundCny100m},
    {P::FundNote, "fundNote", T::Text, &R::fundNote,
     QT_TRANSLATE_NOOP("Field", "Fund as the source words it"), "", NoFlags,
     FormTab::Figures, E::Line, "", 0, {}, P::FundCny100m},
    {P::Policy, "policy", T::Text, &R::policy,
     QT_TRANSLATE_NOOP("Field", "Policies"), "", Column | Searchable,
     FormTab::Figures, E::Paragraph, "", 0, {}, P::Policy},
    {P::Focus, "focus", T::Text, &R::focus,
     QT_TRANSLATE_NOOP("Field", "Focus"), "", Column | Searchable,
     FormTab::Figures, E::Paragraph, "", 0, {}, P::Focus},
    {P::Operator, "operator", T::Text, &R::operatorName,
     QT_TRANSLATE_NOOP("Field", "Operator"), "", HiddenColumn | Searchable,
     FormTab::Figures, E::Line, "", 0, {}, P::Operator},
    {P::Lat, "lat", T::Real, &R::lat,
     QT_TRANSLATE_NOOP("Field", "Latitude"), "", HiddenColumn | Numeric,
     FormTab::Location, E::Line, QT_TRANSLATE_NOOP("Field", "e.g. 30.27 (unknown if empty)"), 6, {}, P::Lat},
    {P::Lon, "lon", T::Real, &R::lon,
     QT_TRANSLATE_NOOP("Field", "Longitude"), "", HiddenColumn | Numeric,
     FormTab::Location, E::Line, QT_TRANSLATE_NOOP("Field", "e.g. 120.15 (unknown if empty)"), 6, {}, P::Lat},
    {P::CoordPrecision, "coordPrecision", T::Text, &R::coordPrecision,
     QT_TRANSLATE_NOOP("Field", "Location precision"), "", Category,
     FormTab::Location, E::Line, QT_TRANSLATE_NOOP("Field", "site, district or city"), 0, {}, P::Lat},
    {P::CoordNote, "coordNote", T::Text, &R::coordNote,
     QT_TRANSLATE_NOOP("Field", "Location note"), "", NoFlags,
     FormTab::Location, E::Line, "", 0, {}, P::Lat},
    {P::Confidence, "confidence", T::Choice, &R::confidence,
     QT_TRANSLATE_NOOP("Field", "Confidence"), "", Column,
     FormTab::General, E::Choice, "", 0, confidenceChoices, P::Confidence},
    {P::NamedInReport, "namedInReport", T::Boolean, &R::namedInReport,
     QT_TRANSLATE_NOOP("Field", "Named in report"), "", HiddenColumn,
     FormTab::General, E::Choice, "", 0, {}, P::NamedInReport},
    {P::Sources, "sources", T::TextList, &R::sources,
     QT_TRANSLATE_NOOP("Field", "Sources"), "", Column,
     FormTab::Location, E::List, "", 0, {}, P::Sources},
    {P::Notes, "notes", T::Text, &R::notes,
     QT_TRANSLATE_NOOP("Field", "Notes"), "", HiddenColumn | Searchable,
     FormTab::Notes, E::Paragraph, "", 0, {}, P::Notes},
};;
// clang-format on;
} // namespace Table
using Table::fields;

inline constexpr int fieldCount = int(std::size(fields));
static_assert(fieldCount == ParkFieldCount, "one registry entry per ParkField");

constexpr bool entriesFollowParkField()
{
    for (int i = 0; i < fieldCount; ++i) {
        if (int(fields[i].field) != i)
            return false;
    }
    return true;
}
static_assert(entriesFollowParkField(), "registry entries are in ParkField order");

constexpr bool choicesWhereNeeded()
{
    for (const Field &f : fields) {
        if ((f.type == ValueType::Choice) != (f.choices.count > 0))
            return false;
    }
    return true;
}
static_assert(choicesWhereNeeded(), "Choice fields, and only they, list their choices");

constexpr const Field &field(ParkField f)
{
    return fields[int(f)];
}

// The table's columns: the fields flagged InTable, in registry order.
constexpr int columnCount()
{
    int n = 0;
    for (const Field &f : fields)
        n += (f.flags & InTable) ? 1 : 0;
    return n;
}

// The column of a field, or -1 when it is not in the table.
constexpr int columnOf(ParkField field)
{
    int column = 0;
    for (const Field &f : fields) {
        if (f.field == field)
            return (f.flags & InTable) ? column : -1;
        column += (f.flags & InTable) ? 1 : 0;
    }
    return -1;
}

constexpr ParkField fieldAtColumn(int column)
{
    for (const Field &f : fields) {
        if (f.flags & InTable) {
            if (column == 0)
                return f.field;
            --column;
        }
    }
    return ParkField::Id;
}

// The field of a JSON key, or nullptr for keys the app does not know.
const Field *byKey(const QString &key);
QString key(ParkField field);
// The field's translated label, e.g. "Planned area (km²)".
QString label(ParkField field);
QString placeholder(ParkField field);
QString unit(ParkField field);

// Text for an unknown value.
inline QString unknownText()
{
    return QStringLiteral("—");
}

// The translated label of choice INDEX (0-based) of a Choice field.
QString choiceLabel(ParkField field, int index);
// The JSON spelling of the record's value of a Choice field, null if unknown.
QString choiceValue(const ParkRecord &r, ParkField field);
// The 0-based index of the record's choice, or -1 when unknown.
int choiceIndex(const ParkRecord &r, ParkField field);
// Sets a Choice field to choice INDEX (-1: unknown).
void setChoiceIndex(ParkRecord &r, ParkField field, int index);
// The index of a JSON spelling among the field's choices, or -1.
int choiceOf(ParkField field, QStringView json);
int choiceOf(ParkField field, QByteArrayView utf8);
// "a, b, c": the choices' JSON spellings, for messages.
QString choiceSpellings(ParkField field);
// "Yes" / "No" for Boolean fields.
QString booleanText(bool value);

// The record's value of a field as JSON (null when unknown).
QJsonValue value(const ParkRecord &r, ParkField field);
// Sets a field from JSON, checking its type and form; the record is
// unchanged and error says why when the value does not fit.
bool setValue(ParkRecord &r, ParkField field, const QJsonValue &value, QString *error);
// Whether the record's value is unknown (null, empty text or list).
bool isUnknown(const ParkRecord &r, ParkField field);
// Whether value() would be null or an empty list, without making it (the
// summary asks this of every field of every park shown).
bool isNullOrEmptyList(const ParkRecord &r, ParkField field);
// For each field (by its index), how many of RECORDS isNullOrEmptyList()
// holds for: what the summary counts over every park shown.
std::array<qsizetype, ParkFieldCount>
countNullOrEmptyLists(const QList<const ParkRecord *> &records);
// The record's text member of a Text field; nullptr for other types.
QString *textMember(ParkRecord &r, ParkField field);
const QString *textMember(const ParkRecord &r, ParkField field);
// The value of a numeric field as a double.
std::optional<double> number(const ParkRecord &r, ParkField field);

// The value as the table shows it: translated, localised, "—" if unknown.
// ENGLISH picks English names for provinces.
QString displayText(const ParkRecord &r, ParkField field, bool english);
// The value for sorting: numbers, date keys, texts; invalid when unknown.
QVariant sortValue(const ParkRecord &r, ParkField field, bool english);
// The value to put into an editor (the JSON value as a QVariant).
QVariant editValue(const ParkRecord &r, ParkField field);
// Turns what a user typed or picked into the JSON setValue() takes:
// localised numbers, translated choice labels, province short names.
QJsonValue fromUserValue(ParkField field, const QVariant &value);
// Brings the fields derived from FIELD up to date (the province code).
void updateDerived(ParkRecord &r, ParkField changed);

// The words coordPrecision uses for how precise a location is (free text:
// other words are kept as written).
enum class LocationPrecision
{
    Site,
    Town,
    District,
    City,
    Other
};
inline constexpr std::pair<LocationPrecision, const char *> locationPrecisionWords[] = {
    {LocationPrecision::Site, "site"},
    {LocationPrecision::Town, "town"},
    {LocationPrecision::District, "district"},
    {LocationPrecision::City, "city"}};
inline QString locationPrecisionWord(LocationPrecision precision)
{
    for (const auto &[p, word] : locationPrecisionWords) {
        if (p == precision)
            return QString::fromLatin1(word);
    }
    return QString();
}
inline LocationPrecision locationPrecision(const QString &coordPrecision)
{
    const QString word = coordPrecision.trimmed().toLower();
    for (const auto &[p, w] : locationPrecisionWords) {
        if (word == QLatin1String(w))
            return p;
    }
    return LocationPrecision::Other;
}

} // namespace FieldRegistry
