#pragma once

#include "parkrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

// Reads a park store straight from its bytes into records, without building
// a QJsonDocument of the records first. A store of 100,000 parks takes well
// over a second and several hundred megabytes more through QJsonDocument,
// because every value is copied into the document and then copied again into
// its record.
//
// It reads exactly what ParkStore's QJsonDocument path reads, value for
// value. To make that easy to trust it handles only strict JSON (RFC 8259)
// of the usual shape, and gives up (nullopt) on anything where its reading
// could differ from QJsonDocument's: syntax errors, duplicate keys, numbers
// that overflow or underflow, lone surrogates, noncharacters, a "parks"
// member that is missing or not an array. The caller then takes the
// QJsonDocument path, which also words the error. Values the app does not
// interpret (unknown members and fields, values of the wrong type) are
// handed to QJsonDocument one by one, so they are kept exactly as it keeps
// them.
namespace ParkStoreReader {

struct Parsed
{
    // The top-level members other than "parks".
    QJsonObject top;
    // As ParkStore reads each entry: typed fields set, unknown fields and
    // unreadable values kept; not yet validated.
    QList<ParkRecord> parks;
};

std::optional<Parsed> read(const QByteArray &json);

} // namespace ParkStoreReader
