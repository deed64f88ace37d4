#pragma once

#include "parkfilter.h"

#include <QList>
#include <QString>

// Human-readable pieces of a filter ("Province: 浙江省, 湖南省",
// "Government-led", "2017–2018") in the UI language, each naming the
// criterion it comes from so that it can be cleared on its own.
namespace FilterDescription {

enum class Criterion
{
    Text,
    Provinces,
    Cities,
    Leadership,
    CarrierType,
    Years,
    Range, // the range of Part::field
    OnlyProblems,
    MissingField,
};

struct Part
{
    Criterion criterion;
    QString text;
    ParkField field = ParkField::Id; // for Criterion::Range
};

QList<Part> describe(const ParkFilter &filter);
// All parts joined with " · "; empty for an empty filter.
QString summary(const ParkFilter &filter);
// The filter without one criterion.
ParkFilter without(const ParkFilter &filter, const Part &part);
ParkFilter without(const ParkFilter &filter, Criterion criterion);
// A field's name in the UI language, for "missing field" choices.
QString fieldLabel(const QString &key);

} // namespace FilterDescription
