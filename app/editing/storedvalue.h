#pragma once

#include "parkrecord.h"

#include <QJsonValue>
#include <QString>

#include <optional>

// How the form shows a value the file has but the app could not read, and
// the one-click conversion it offers where the reading is obvious.
namespace StoredValue {

// A value as text: strings as they are, numbers in C locale, the rest as JSON.
QString rawText(const QJsonValue &v);
// A value as it is written in the file: JSON, strings in quotes.
QString rawJson(const QJsonValue &v);

// The obvious reading of a value that has only the wrong type, as a
// button's text and the value it gives.
struct Conversion
{
    QJsonValue value;
    QString label;
};
// E.g. a string where a list is expected: "Make It a List". None when no
// reading is obvious.
std::optional<Conversion> conversionOf(ParkField f, const QJsonValue &raw);

} // namespace StoredValue
