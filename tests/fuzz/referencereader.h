#pragma once

#include "parkrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

// How ParkStore reads a store through QJsonDocument, value by value: the
// reading that ParkStoreReader must match. Kept here, apart from the
// models, so that a change to one of the two is noticed by the tests and
// the fuzzer rather than copied into both.
namespace ReferenceReader {

struct Parsed
{
    QJsonObject top; // without "parks"
    QList<ParkRecord> parks;
};

inline ParkRecord readRecord(const QJsonValue &entry)
{
    ParkRecord record;
    if (!entry.isObject()) {
        record.nonObjectEntry = entry;
        return record;
    }
    const QJsonObject object = entry.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::optional<ParkField> field = ParkFields::fromKey(it.key());
        if (!field)
            record.unknownFields.insert(it.key(), it.value());
        else if (!record.setValue(*field, it.value()))
            record.unreadableValues.insert(it.key(), it.value());
    }
    return record;
}

// nullopt where ParkStore refuses the bytes before reading records.
inline std::optional<Parsed> read(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    Parsed parsed;
    parsed.top = json.object();
    const QJsonValue parks = parsed.top.take(QStringLiteral("parks"));
    if (!parks.isArray())
        return std::nullopt;
    for (const QJsonValue &entry : parks.toArray())
        parsed.parks.append(readRecord(entry));
    return parsed;
}

// Same data, and the same representation where it shows: a null string is
// not an empty one.
inline bool sameRecord(const ParkRecord &a, const ParkRecord &b)
{
    if (!(a == b))
        return false;
    const QString *strings[][2] = {
        {&a.id, &b.id},
        {&a.nameZh, &b.nameZh},
        {&a.nameEn, &b.nameEn},
        {&a.province, &b.province},
        {&a.city, &b.city},
        {&a.district, &b.district},
        {&a.areaNote, &b.areaNote},
        {&a.enterprisesNote, &b.enterprisesNote},
        {&a.fundNote, &b.fundNote},
        {&a.policy, &b.policy},
        {&a.focus, &b.focus},
        {&a.operatorName, &b.operatorName},
        {&a.coordPrecision, &b.coordPrecision},
        {&a.coordNote, &b.coordNote},
        {&a.notes, &b.notes},
    };
    for (const auto &pair : strings) {
        if (pair[0]->isNull() != pair[1]->isNull())
            return false;
    }
    return a.established.precision() == b.established.precision();
}

} // namespace ReferenceReader
