#include "fieldregistry.h"

#include "places.h"
#include "provinces.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace FieldRegistry {

namespace {

// Texts whose sources are marked with QT_TRANSLATE_NOOP("Field", ...).
QString translated(const char *text)
{
    return QCoreApplication::translate("Field", text);
}

template <typename M> struct MemberTraits;
template <typename V> struct MemberTraits<V ParkRecord::*>
{
    using Value = V;
};
template <typename M> using ValueOf = typename MemberTraits<M>::Value;

template <typename V> struct IsOptional : std::false_type
{};
template <typename V> struct IsOptional<std::optional<V>> : std::true_type
{};

// What a value is, in words, with the value itself where it is short:
// "the text "ten"", "the number 12", "a list".
QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QCoreApplication::translate("ParkRecord", "nothing");
    case QJsonValue::Bool:
        return v.toBool() ? QCoreApplication::translate("ParkRecord", "yes (true)")
                          : QCoreApplication::translate("ParkRecord", "no (false)");
    case QJsonValue::Double:
        return QCoreApplication::translate("ParkRecord", "the number %1")
            .arg(v.toDouble(), 0, 'g', 15);
    case QJsonValue::String: {
        QString text = v.toString();
        if (text.size() > 40)
            text = text.left(39) + QChar(0x2026);
        return QCoreApplication::translate("ParkRecord", "the text \"%1\"").arg(text);
    }
    case QJsonValue::Array:
        return QCoreApplication::translate("ParkRecord", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("ParkRecord", "a group of named values");
    }
    return QString();
}

// "should be WHAT (found ...)": what the field takes, in plain words with an
// example, and what it has.
QString expected(const QString &what, const QJsonValue &found)
{
    return QCoreApplication::translate("ParkRecord", "should be %1 (found %2)")
        .arg(what, describe(found));
}

// What a field of each type takes, with an example.
QString takes(ParkField f)
{
    switch (field(f).type) {
    case ValueType::Text:
        return QCoreApplication::translate("ParkRecord", "text");
    case ValueType::Integer:
        return QCoreApplication::translate("ParkRecord", "a whole number, such as 120");
    case ValueType::Real:
        return QCoreApplication::translate("ParkRecord", "a number, such as 12.5");
    case ValueType::Date:
        return QCoreApplication::translate(
            "ParkRecord", "a date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-04");
    case ValueType::Choice:
        return QCoreApplication::translate("ParkRecord", "one of %1").arg(choiceSpellings(f));
    case ValueType::Boolean:
        return QCoreApplication::translate("ParkRecord", "yes (true) or no (false)");
    case ValueType::TextList:
        return QCoreApplication::translate("ParkRecord",
                                           "a list of texts, such as [\"https://example.org/a\"]");
    }
    return QString();
}

bool isNull(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

// A number that must be finite, and whole for integer fields.
bool readNumber(ParkField f, const QJsonValue &v, bool whole, std::optional<double> *out,
                QString *error)
{
    if (isNull(v)) {
        out->reset();
        return true;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) ||
        (whole && (d != std::floor(d) || std::fabs(d) > 9.0e15))) {
        *error = expected(takes(f), v);
        return false;
    }
    *out = d;
    return true;
}

QString formatNumber(double v, int maxDecimals)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString s = locale.toString(v, 'f', maxDecimals);
    // Drop trailing zeros: 41.480 -> 41.48, 2000.000 -> 2000.
    if (s.contains(locale.decimalPoint())) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(locale.decimalPoint()))
            s.chop(locale.decimalPoint().size());
    }
    return s;
}

} // namespace

const Field *byKey(const QString &key)
{
    static const QHash<QString, const Field *> index = [] {
        QHash<QString, const Field *> h;
        for (const Field &f : fields)
            h.insert(QString::fromLatin1(f.key), &f);
        return h;
    }();
    return index.value(key, nullptr);
}

QString key(ParkField f)
{
    return QString::fromLatin1(field(f).key);
}

QString label(ParkField f)
{
    return translated(field(f).label);
}

QString placeholder(ParkField f)
{
    const char *text = field(f).placeholder;
    return *text ? translated(text) : QString();
}

QString unit(ParkField f)
{
    return QString::fromUtf8(field(f).unit);
}

QString choiceLabel(ParkField f, int index)
{
    const ChoiceList &choices = field(f).choices;
    if (index < 0 || index >= choices.count)
        return unknownText();
    return translated(choices.items[index].label);
}

QString booleanText(bool value)
{
    return value ? QCoreApplication::translate("Field", "Yes")
                 : QCoreApplication::translate("Field", "No");
}

int choiceIndex(const ParkRecord &r, ParkField f)
{
    if (field(f).type != ValueType::Choice)
        return -1;
    return std::visit(
        [&r, f](auto member) -> int {
            using V = ValueOf<decltype(member)>;
            if constexpr (std::is_enum_v<V>)
                return int(r.*member) - 1; // Unknown is 0
            else if constexpr (std::is_same_v<V, QString>)
                return (r.*member).isEmpty() ? -1 : choiceOf(f, QStringView(r.*member));
            else
                return -1;
        },
        field(f).member);
}

QString choiceValue(const ParkRecord &r, ParkField f)
{
    const int index = choiceIndex(r, f);
    if (index < 0)
        return QString();
    return QString::fromLatin1(field(f).choices.items[index].json);
}

void setChoiceIndex(ParkRecord &r, ParkField f, int index)
{
    const ChoiceList &choices = field(f).choices;
    std::visit(
        [&r, &choices, index](auto member) {
            using V = ValueOf<decltype(member)>;
            if constexpr (std::is_enum_v<V>)
                r.*member = V(index + 1);
            else if constexpr (std::is_same_v<V, QString>)
                r.*member = index >= 0 && index < choices.count
                                ? QString::fromLatin1(choices.items[index].json)
                                : QString();
        },
        field(f).member);
}

int choiceOf(ParkField f, QStringView json)
{
    const ChoiceList &choices = field(f).choices;
    for (int i = 0; i < choices.count; ++i) {
        if (json == QLatin1String(choices.items[i].json))
            return i;
    }
    return -1;
}

int choiceOf(ParkField f, QByteArrayView utf8)
{
    const ChoiceList &choices = field(f).choices;
    for (int i = 0; i < choices.count; ++i) {
        if (utf8 == QByteArrayView(choices.items[i].json))
            return i;
    }
    return -1;
}

QString choiceSpellings(ParkField f)
{
    const ChoiceList &choices = field(f).choices;
    QStringList list;
    for (int i = 0; i < choices.count; ++i)
        list << QString::fromLatin1(choices.items[i].json);
    return list.join(QStringLiteral(", "));
}

QJsonValue value(const ParkRecord &r, ParkField f)
{
    return std::visit(
        [&r, f](auto member) -> QJsonValue {
            using V = ValueOf<decltype(member)>;
            const V &v = r.*member;
            if constexpr (std::is_same_v<V, QString>) {
                return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
            } else if constexpr (std::is_same_v<V, QStringList>) {
                return QJsonArray::fromStringList(v);
            } else if constexpr (std::is_same_v<V, FoundingDate>) {
                return v.isKnown() ? QJsonValue(v.toString()) : QJsonValue(QJsonValue::Null);
            } else if constexpr (std::is_enum_v<V>) {
                const QString s = choiceValue(r, f);
                return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
            } else {
                static_assert(IsOptional<V>::value);
                return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
            }
        },
        field(f).member);
}

bool setValue(ParkRecord &r, ParkField f, const QJsonValue &v, QString *errorOut)
{
    QString scratch;
    QString *error = errorOut ? errorOut : &scratch;
    error->clear();
    return std::visit(
        [&](auto member) -> bool {
            using V = ValueOf<decltype(member)>;
            V &out = r.*member;
            if constexpr (std::is_same_v<V, QString>) {
                if (isNull(v)) {
                    out = QString();
                    return true;
                }
                if (!v.isString()) {
                    *error = expected(takes(f), v);
                    return false;
                }
                // A choice kept as text must still be one of its choices.
                if (field(f).type == ValueType::Choice && choiceOf(f, v.toString()) < 0) {
                    *error = expected(takes(f), v);
                    return false;
                }
                out = v.toString();
                if (out.isNull())
                    out = QStringLiteral(""); // "" in the file stays "" (known to be empty)
                return true;
            } else if constexpr (std::is_same_v<V, QStringList>) {
                if (isNull(v)) {
                    out.clear();
                    return true;
                }
                if (!v.isArray()) {
                    *error = expected(takes(f), v);
                    return false;
                }
                QStringList list;
                const QJsonArray array = v.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (!array.at(i).isString()) {
                        *error = QCoreApplication::translate(
                                     "ParkRecord", "item %1 of the list should be text (found %2)")
                                     .arg(i + 1)
                                     .arg(describe(array.at(i)));
                        return false;
                    }
                    list.append(array.at(i).toString());
                }
                out = list;
                return true;
            } else if constexpr (std::is_same_v<V, FoundingDate>) {
                if (isNull(v)) {
                    out = FoundingDate();
                    return true;
                }
                if (!v.isString()) {
                    *error = expected(takes(f), v);
                    return false;
                }
                const FoundingDate d = FoundingDate::fromString(v.toString(), error);
                if (!d.isKnown())
                    return false;
                out = d;
                return true;
            } else if constexpr (std::is_enum_v<V>) {
                if (isNull(v)) {
                    out = V(0);
                    return true;
                }
                const int index = v.isString() ? choiceOf(f, v.toString()) : -1;
                if (index < 0) {
                    *error = expected(takes(f), v);
                    return false;
                }
                out = V(index + 1);
                return true;
            } else if constexpr (std::is_same_v<V, std::optional<bool>>) {
                if (isNull(v)) {
                    out.reset();
                    return true;
                }
                if (!v.isBool()) {
                    *error = expected(takes(f), v);
                    return false;
                }
                out = v.toBool();
                return true;
            } else {
                using N = typename V::value_type;
                std::optional<double> d;
                if (!readNumber(f, v, std::is_integral_v<N>, &d, error))
                    return false;
                if constexpr (std::is_same_v<N, int>)
                    out = d ? std::optional<int>(int(std::clamp(*d, -1.0e9, 1.0e9))) : std::nullopt;
                else
                    out = d ? V(N(*d)) : std::nullopt;
                return true;
            }
        },
        field(f).member);
}

QString *textMember(ParkRecord &r, ParkField f)
{
    if (field(f).type != ValueType::Text)
        return nullptr;
    return &(r.*std::get<QString ParkRecord::*>(field(f).member));
}

const QString *textMember(const ParkRecord &r, ParkField f)
{
    if (field(f).type != ValueType::Text)
        return nullptr;
    return &(r.*std::get<QString ParkRecord::*>(field(f).member));
}

std::optional<double> number(const ParkRecord &r, ParkField f)
{
    return std::visit(
        [&r](auto member) -> std::optional<double> {
            using V = ValueOf<decltype(member)>;
            if constexpr (IsOptional<V>::value && !std::is_same_v<V, std::optional<bool>>) {
                const V &v = r.*member;
                return v ? std::optional<double>(double(*v)) : std::nullopt;
            } else {
                return std::nullopt;
            }
        },
        field(f).member);
}

namespace {

// Unknown as value() would say it, for each kind of member: null text, an
// empty list, an unknown date, an enum's Unknown (0), an empty optional.
template <typename V> bool nullOrEmpty(const V &v)
{
    if constexpr (std::is_same_v<V, QString>) {
        return v.isNull();
    } else if constexpr (std::is_same_v<V, QStringList>) {
        return v.isEmpty();
    } else if constexpr (std::is_same_v<V, FoundingDate>) {
        return !v.isKnown();
    } else if constexpr (std::is_enum_v<V>) {
        return int(v) == 0;
    } else {
        static_assert(IsOptional<V>::value);
        return !v.has_value();
    }
}

} // namespace

bool isNullOrEmptyList(const ParkRecord &r, ParkField f)
{
    return std::visit([&r](auto member) -> bool { return nullOrEmpty(r.*member); },
                      field(f).member);
}

std::array<qsizetype, ParkFieldCount>
countNullOrEmptyLists(const QList<const ParkRecord *> &records)
{
    // Field by field over a block of parks small enough to stay in the
    // cache: park by park, each field's member was looked up again for
    // every park; field by field over all of them, every park was read
    // from memory once per field.
    constexpr qsizetype Block = 256;
    std::array<qsizetype, ParkFieldCount> counts{};
    for (qsizetype begin = 0; begin < records.size(); begin += Block) {
        const auto first = records.cbegin() + begin;
        const auto last = records.cbegin() + std::min(begin + Block, records.size());
        for (ParkField f : ParkFields::all()) {
            counts[size_t(f)] += std::visit(
                [first, last](auto member) -> qsizetype {
                    return std::count_if(first, last, [member](const ParkRecord *r) {
                        return nullOrEmpty(r->*member);
                    });
                },
                field(f).member);
        }
    }
    return counts;
}

bool isUnknown(const ParkRecord &r, ParkField f)
{
    const QJsonValue v = value(r, f);
    return v.isNull() || (v.isArray() && v.toArray().isEmpty()) ||
           (v.isString() && v.toString().isEmpty());
}

QString displayText(const ParkRecord &r, ParkField f, bool english)
{
    const Field &def = field(f);
    switch (def.type) {
    case ValueType::Text: {
        const QString &s = *textMember(r, f);
        if (f == ParkField::Province) {
            const QString name = Provinces::displayName(s, english);
            return name.isEmpty() ? unknownText() : name;
        }
        if (f == ParkField::City && !s.isEmpty())
            return Places::cityName(r.province, s, english);
        if (f == ParkField::District && !s.isEmpty())
            return Places::districtName(r.province, r.city, s, english);
        return s.isEmpty() ? unknownText() : s;
    }
    case ValueType::Integer: {
        const std::optional<double> d = number(r, f);
        return d ? QLocale().toString(qint64(*d)) : unknownText();
    }
    case ValueType::Real: {
        const std::optional<double> d = number(r, f);
        return d ? formatNumber(*d, def.decimals) : unknownText();
    }
    case ValueType::Date: {
        const FoundingDate &d = r.*std::get<FoundingDate ParkRecord::*>(def.member);
        return d.isKnown() ? d.toString() : unknownText();
    }
    case ValueType::Choice:
        return choiceLabel(f, choiceIndex(r, f));
    case ValueType::Boolean: {
        const QJsonValue v = value(r, f);
        return v.isBool() ? booleanText(v.toBool()) : unknownText();
    }
    case ValueType::TextList: {
        const int n = int(value(r, f).toArray().size());
        return n == 0 ? unknownText() : QCoreApplication::translate("Field", "%n source(s)", "", n);
    }
    }
    return unknownText();
}

QVariant sortValue(const ParkRecord &r, ParkField f, bool english)
{
    const Field &def = field(f);
    switch (def.type) {
    case ValueType::Text: {
        const QString s = f == ParkField::Province ? Provinces::displayName(r.province, english)
                          : f == ParkField::City   ? Places::cityName(r.province, r.city, english)
                          : f == ParkField::District
                              ? Places::districtName(r.province, r.city, r.district, english)
                              : *textMember(r, f);
        return s.isEmpty() ? QVariant() : QVariant(s);
    }
    case ValueType::Integer:
    case ValueType::Real: {
        const std::optional<double> d = number(r, f);
        return d ? QVariant(*d) : QVariant();
    }
    case ValueType::Date: {
        const FoundingDate &d = r.*std::get<FoundingDate ParkRecord::*>(def.member);
        return d.isKnown() ? QVariant(d.sortKey()) : QVariant();
    }
    case ValueType::Choice: {
        const int index = choiceIndex(r, f);
        return index < 0 ? QVariant() : QVariant(index + 1);
    }
    case ValueType::Boolean: {
        const QJsonValue v = value(r, f);
        return v.isBool() ? QVariant(int(v.toBool())) : QVariant();
    }
    case ValueType::TextList: {
        const int n = int(value(r, f).toArray().size());
        return n == 0 ? QVariant() : QVariant(n);
    }
    }
    return QVariant();
}

QVariant editValue(const ParkRecord &r, ParkField f)
{
    if (field(f).type == ValueType::TextList)
        return value(r, f).toVariant().toStringList();
    const QJsonValue v = value(r, f);
    return v.isNull() ? QVariant() : v.toVariant();
}

QJsonValue fromUserValue(ParkField f, const QVariant &value)
{
    const Field &def = field(f);
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (def.type == ValueType::TextList)
        return QJsonArray::fromStringList(value.toStringList());
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
        return QJsonValue::fromVariant(value);

    const QString s = value.toString().trimmed();
    if (s.isEmpty() || s == unknownText())
        return QJsonValue(QJsonValue::Null);
    switch (def.type) {
    case ValueType::Integer:
    case ValueType::Real: {
        bool ok = false;
        double d = QLocale().toDouble(s, &ok);
        if (!ok)
            d = QLocale::c().toDouble(s, &ok);
        return ok ? QJsonValue(d) : QJsonValue(s);
    }
    case ValueType::Choice:
        // The translated label as well as the JSON spelling.
        for (int i = 0; i < def.choices.count; ++i) {
            if (s == choiceLabel(f, i))
                return QString::fromLatin1(def.choices.items[i].json);
        }
        return s;
    case ValueType::Boolean:
        if (s == booleanText(true) || s == QLatin1String("true"))
            return true;
        if (s == booleanText(false) || s == QLatin1String("false"))
            return false;
        return s;
    case ValueType::Text:
        if (f == ParkField::Province) {
            const ProvinceInfo *p = Provinces::find(s);
            return p ? p->fullName : s;
        }
        return s;
    case ValueType::Date:
    case ValueType::TextList:
        break;
    }
    return s;
}

void updateDerived(ParkRecord &r, ParkField changed)
{
    if (changed == ParkField::Province) {
        const ProvinceInfo *p = Provinces::find(r.province);
        r.provinceCode = p ? std::optional<int>(p->code) : std::nullopt;
    }
}

} // namespace FieldRegistry
