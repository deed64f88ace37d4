#pragma once

#include "parkrecord.h"
#include "problem.h"

#include <functional>

class ProvinceGeometry;
class CityGazetteer;

// Checks the plausibility of park records. Reading (ParkRecord::setValue)
// already rejects values of the wrong type or form; validation looks at what
// could be read and says what cannot be right.
namespace ParkValidator {

// Limits beyond which a value is taken for a typing error.
constexpr double MaxAreaKm2 = 5000.0; // larger than any city district
constexpr qint64 MaxEnterprises = 100000;
constexpr double MaxFundCny100m = 100000.0; // 10 trillion CNY
constexpr int MinYear = 1980;
constexpr int MaxYear = 2100;

// The longest text a field may have, in characters (UTF-16 code units):
// names and places are short, notes and policies may be long. A longer
// value is an error of its record, kept as it is until it is corrected.
constexpr int MaxShortText = 200;     // nameZh, nameEn, province, city, district, coordPrecision
constexpr int MaxLongText = 10000;    // the notes, policy, focus, operator, coordNote
constexpr int MaxSourceLength = 2000; // each entry of sources

bool isValidId(const QString &id);

// Translates a validation message (context "ParkValidator").
QString tr(const char *text);

// "duplicate id ...", naming both records by their 1-based positions.
QString duplicateIdMessage(const QString &id, int firstNumber, int thisNumber);

// What a record is checked against beyond itself. Every caller (the store,
// the table model, the edit form, the command line) uses the same rules;
// they differ only in what they know around the record.
struct Context
{
    // The record's 1-based position in its store; 0 when it has none yet.
    int recordNumber = 0;
    // The 1-based position of another record that owns ID and makes this
    // record's id a duplicate, or 0. Unset: ids are not compared.
    std::function<int(const QString &id)> ownerOfId;
    // When given, a location outside the record's province is a warning.
    const ProvinceGeometry *outlines = nullptr;
    // When given, a city the gazetteer does not know in the record's
    // province (or names otherwise: 杭州 for 杭州市) is a warning that names
    // the nearest matches, and so is a location outside the city.
    const CityGazetteer *cities = nullptr;
    // When set, text with control characters is a warning (warnings()
    // and the edit form; loading keeps such text without a problem).
    bool textWarnings = false;
    // Whether messages name provinces in English (the UI language).
    bool englishNames = false;
};

// Every problem of one record: errors and, with outlines, warnings.
QList<FieldProblem> validate(const ParkRecord &record, const Context &context = Context());

// Validates every record, including checks across records (duplicate ids:
// each record after the first with an id), and stores the result in each
// record's problems. Locations are not checked (see Context::outlines).
// Returns how many records have each id (the empty one too), which the
// duplicates were found with.
QHash<QString, int> validateAll(QList<ParkRecord> &records);

// The warnings of a store's records (with the embedded outlines), as
// problems of FILE, each message starting "warning: ".
QList<Problem> warnings(const QString &file, const QList<ParkRecord> &records, bool englishNames);

// The embedded province outlines, loaded once; nullptr if they cannot be.
const ProvinceGeometry *embeddedOutlines();

// Whether a source that looks like a web address is a usable one.
bool isValidWebAddress(const QString &source);

} // namespace ParkValidator
