#pragma once

#include "parkrecord.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

// What the user asked to see, as typed values. All criteria combine with
// AND; an empty criterion lets everything through.
struct ParkFilter
{
    // A numeric range; either end may be open. Unknown values pass only
    // when includeUnknown is set, and only while the range is active.
    struct Range
    {
        std::optional<double> min;
        std::optional<double> max;
        bool includeUnknown = false;

        bool isActive() const { return min.has_value() || max.has_value(); }
        bool accepts(const std::optional<double> &value) const;
        bool operator==(const Range &o) const
        {
            return min == o.min && max == o.max && includeUnknown == o.includeUnknown;
        }
    };

    // Matched case-insensitively against the text fields the registry marks
    // searchable (names, places, operator, focus, policy, notes, id).
    QString text;
    QSet<QString> provinces; // full names
    QSet<QString> cities;
    // nullopt: any; Leadership::Unknown: only records whose leadership is unknown.
    std::optional<Leadership> leadership;
    std::optional<CarrierType> carrierType;
    int yearFrom = 0; // 0: open
    int yearTo = 0;
    // Whether records with an unknown founding date pass an active year range.
    bool includeUnknownYear = false;
    // Ranges of the fields the registry offers for range filtering
    // (FieldRegistry::RangeFilter), by field; a field without one is open.
    QMap<ParkField, Range> ranges;
    bool onlyProblems = false;
    // JSON key of a field; only records where it is unknown pass. Empty: off.
    QString missingField;

    bool isEmpty() const;
    Range range(ParkField field) const { return ranges.value(field); }
    // Sets a field's range; an open range that adds nothing is removed.
    void setRange(ParkField field, const Range &range);
    bool hasYearRange() const { return yearFrom > 0 || yearTo > 0; }
    bool operator==(const ParkFilter &o) const;
    bool operator!=(const ParkFilter &o) const { return !(*this == o); }

    // Everything but the text: the part that does not depend on typing.
    bool acceptsStructured(const ParkRecord &r) const;

    QJsonObject toJson() const;
    static ParkFilter fromJson(const QJsonObject &o);

    // The record text the free-text search looks in, case-folded.
    static QString searchText(const ParkRecord &r);
};
