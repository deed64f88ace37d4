#include "parkrecord.h"

#include "fieldregistry.h"

namespace ParkFields {

QString key(ParkField field)
{
    return FieldRegistry::key(field);
}

std::optional<ParkField> fromKey(const QString &key)
{
    const FieldRegistry::Field *f = FieldRegistry::byKey(key);
    return f ? std::optional<ParkField>(f->field) : std::nullopt;
}

QList<ParkField> all()
{
    QList<ParkField> list;
    for (const FieldRegistry::Field &f : FieldRegistry::fields)
        list.append(f.field);
    return list;
}

} // namespace ParkFields

namespace ParkEnums {

namespace {

template <typename Enum> QString spelling(ParkField field, Enum v)
{
    const int index = int(v) - 1;
    const FieldRegistry::ChoiceList &choices = FieldRegistry::field(field).choices;
    return index >= 0 && index < choices.count ? QString::fromLatin1(choices.items[index].json)
                                               : QString();
}

template <typename Enum> std::optional<Enum> parse(ParkField field, const QString &s)
{
    const int index = FieldRegistry::choiceOf(field, s);
    return index < 0 ? std::nullopt : std::optional<Enum>(Enum(index + 1));
}

} // namespace

QString toString(Leadership v)
{
    return spelling(ParkField::Leadership, v);
}

QString toString(CarrierType v)
{
    return spelling(ParkField::CarrierType, v);
}

QString toString(Confidence v)
{
    return spelling(ParkField::Confidence, v);
}

std::optional<Leadership> leadershipFromString(const QString &s)
{
    return parse<Leadership>(ParkField::Leadership, s);
}

std::optional<CarrierType> carrierTypeFromString(const QString &s)
{
    return parse<CarrierType>(ParkField::CarrierType, s);
}

std::optional<Confidence> confidenceFromString(const QString &s)
{
    return parse<Confidence>(ParkField::Confidence, s);
}

} // namespace ParkEnums

QJsonValue ParkRecord::value(ParkField field) const
{
    return FieldRegistry::value(*this, field);
}

bool ParkRecord::setValue(ParkField field, const QJsonValue &value, QString *error)
{
    return FieldRegistry::setValue(*this, field, value, error);
}

QString ParkRecord::displayName(bool english) const
{
    if (english && !nameEn.isEmpty())
        return nameEn;
    return nameZh.isEmpty() ? nameEn : nameZh;
}

bool ParkRecord::operator==(const ParkRecord &o) const
{
    for (const FieldRegistry::Field &f : FieldRegistry::fields) {
        if (value(f.field) != o.value(f.field))
            return false;
    }
    return unknownFields == o.unknownFields && unreadableValues == o.unreadableValues &&
           nonObjectEntry == o.nonObjectEntry;
}
