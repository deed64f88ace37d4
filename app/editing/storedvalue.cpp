#include "editing/storedvalue.h"

#include "fieldregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

QString StoredValue::rawText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString StoredValue::rawJson(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

std::optional<StoredValue::Conversion> StoredValue::conversionOf(ParkField f, const QJsonValue &raw)
{
    using FieldRegistry::ValueType;
    const FieldRegistry::Field &def = FieldRegistry::field(f);
    auto fits = [f](const QJsonValue &v) {
        ParkRecord scratch;
        return scratch.setValue(f, v);
    };
    const QString text = raw.toString().trimmed();
    switch (def.type) {
    case ValueType::TextList:
        if (raw.isString() && !text.isEmpty())
            return Conversion{QJsonArray{text},
                              QCoreApplication::translate("ParkEditDialog", "Make It a List")};
        break;
    case ValueType::Integer:
    case ValueType::Real:
        if (raw.isString()) {
            bool ok = false;
            const double d = QLocale::c().toDouble(text, &ok);
            if (ok && fits(d))
                return Conversion{
                    d, QCoreApplication::translate("ParkEditDialog", "Make It the Number %1")
                           .arg(QLocale().toString(d, 'g', 12))};
        }
        break;
    case ValueType::Boolean:
        if (raw.isString()) {
            const QString lower = text.toLower();
            if (lower == QLatin1String("true") || lower == QLatin1String("yes"))
                return Conversion{true,
                                  QCoreApplication::translate("ParkEditDialog", "Make It Yes")};
            if (lower == QLatin1String("false") || lower == QLatin1String("no"))
                return Conversion{false,
                                  QCoreApplication::translate("ParkEditDialog", "Make It No")};
        }
        break;
    case ValueType::Text:
        if (raw.isDouble()) {
            const QString number = QLocale::c().toString(raw.toDouble(), 'g', 15);
            if (fits(number))
                return Conversion{number,
                                  QCoreApplication::translate("ParkEditDialog", "Make It Text")};
        }
        break;
    case ValueType::Date:
        if (raw.isDouble()) {
            const QString year = QString::number(raw.toDouble(), 'f', 0);
            if (raw.toDouble() == year.toDouble() && fits(year))
                return Conversion{
                    year,
                    QCoreApplication::translate("ParkEditDialog", "Make It the Year %1").arg(year)};
        }
        break;
    case ValueType::Choice:
        break;
    }
    return std::nullopt;
}
