#include "filterdescription.h"

#include "parktablemodel.h"
#include "places.h"
#include "provinces.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace FilterDescription {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FilterDescription", text);
}

QString rangeText(const ParkFilter::Range &r, const QString &unit)
{
    const QLocale locale;
    QString text;
    if (r.min && r.max)
        text = QStringLiteral("%1–%2").arg(locale.toString(*r.min), locale.toString(*r.max));
    else if (r.min)
        text = QStringLiteral("≥ %1").arg(locale.toString(*r.min));
    else
        text = QStringLiteral("≤ %1").arg(locale.toString(*r.max));
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    if (r.includeUnknown)
        text += tr(" or unknown");
    return text;
}

QString sortedJoin(const QSet<QString> &set, bool provinces)
{
    QStringList list;
    for (const QString &s : set)
        list << (provinces ? Provinces::displayName(s, Translations::isEnglish())
                           : Places::cityName(QString(), s, Translations::isEnglish()));
    list.sort();
    return list.join(QStringLiteral(", "));
}

} // namespace

QString fieldLabel(const QString &key)
{
    const FieldRegistry::Field *field = FieldRegistry::byKey(key);
    return field ? FieldRegistry::label(field->field) : key;
}

QList<Part> describe(const ParkFilter &f)
{
    QList<Part> parts;
    if (!f.text.trimmed().isEmpty())
        parts.append({Criterion::Text, tr("Text: “%1”").arg(f.text.trimmed())});
    if (!f.provinces.isEmpty())
        parts.append({Criterion::Provinces, tr("Province: %1").arg(sortedJoin(f.provinces, true))});
    if (!f.cities.isEmpty())
        parts.append({Criterion::Cities, tr("City: %1").arg(sortedJoin(f.cities, false))});
    if (f.leadership) {
        parts.append({Criterion::Leadership, *f.leadership == Leadership::Unknown
                                                 ? tr("Leadership unknown")
                                                 : ParkTableModel::leadershipText(*f.leadership)});
    }
    if (f.carrierType) {
        parts.append({Criterion::CarrierType,
                      *f.carrierType == CarrierType::Unknown
                          ? tr("Type unknown")
                          : tr("Type: %1").arg(ParkTableModel::carrierTypeText(*f.carrierType))});
    }
    if (f.hasYearRange()) {
        QString years;
        if (f.yearFrom > 0 && f.yearTo > 0)
            years = f.yearFrom == f.yearTo ? QString::number(f.yearFrom)
                                           : QStringLiteral("%1–%2").arg(f.yearFrom).arg(f.yearTo);
        else if (f.yearFrom > 0)
            years = tr("from %1").arg(f.yearFrom);
        else
            years = tr("until %1").arg(f.yearTo);
        if (f.includeUnknownYear)
            years += tr(" or unknown");
        parts.append({Criterion::Years, tr("Founded %1").arg(years)});
    }
    for (auto it = f.ranges.constBegin(); it != f.ranges.constEnd(); ++it) {
        if (it->isActive())
            parts.append(
                {Criterion::Range,
                 tr("%1: %2").arg(FieldRegistry::label(it.key()), rangeText(*it, QString())),
                 it.key()});
    }
    if (f.onlyProblems)
        parts.append({Criterion::OnlyProblems, tr("Only records with problems")});
    if (!f.missingField.isEmpty())
        parts.append({Criterion::MissingField, tr("Missing: %1").arg(fieldLabel(f.missingField))});
    return parts;
}

QString summary(const ParkFilter &filter)
{
    QStringList texts;
    for (const Part &p : describe(filter))
        texts << p.text;
    return texts.join(QStringLiteral(" · "));
}

ParkFilter without(const ParkFilter &filter, const Part &part)
{
    if (part.criterion != Criterion::Range)
        return without(filter, part.criterion);
    ParkFilter f = filter;
    f.ranges.remove(part.field);
    return f;
}

ParkFilter without(const ParkFilter &filter, Criterion criterion)
{
    ParkFilter f = filter;
    const ParkFilter empty;
    switch (criterion) {
    case Criterion::Text:
        f.text.clear();
        break;
    case Criterion::Provinces:
        f.provinces.clear();
        break;
    case Criterion::Cities:
        f.cities.clear();
        break;
    case Criterion::Leadership:
        f.leadership.reset();
        break;
    case Criterion::CarrierType:
        f.carrierType.reset();
        break;
    case Criterion::Years:
        f.yearFrom = empty.yearFrom;
        f.yearTo = empty.yearTo;
        f.includeUnknownYear = empty.includeUnknownYear;
        break;
    case Criterion::Range:
        f.ranges.clear();
        break;
    case Criterion::OnlyProblems:
        f.onlyProblems = false;
        break;
    case Criterion::MissingField:
        f.missingField.clear();
        break;
    }
    return f;
}

} // namespace FilterDescription
