#pragma once

#include "parkrecord.h"

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

bool isValidId(const QString &id);

// Translates a validation message (context "ParkValidator").
QString tr(const char *text);

// "duplicate id ...", naming both records by their 1-based positions.
QString duplicateIdMessage(const QString &id, int firstNumber, int thisNumber);

// Problems of one record on its own.
QList<FieldProblem> validate(const ParkRecord &record);

// Validates every record, including checks across records (duplicate ids),
// and stores the result in each record's problems.
void validateAll(QList<ParkRecord> &records);

} // namespace ParkValidator
