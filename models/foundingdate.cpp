#include "foundingdate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

FoundingDate::FoundingDate(int year, int month, int day)
    : m_year(year)
    , m_month(month)
    , m_day(day)
{}

FoundingDate FoundingDate::fromString(const QString &text, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return FoundingDate();
    };
    if (!m.hasMatch()) {
        return fail(QCoreApplication::translate("FoundingDate",
                                                "\"%1\" is not a date of the form YYYY, "
                                                "YYYY-MM or YYYY-MM-DD")
                        .arg(text));
    }
    const int year = m.captured(1).toInt();
    const int month = m.capturedLength(2) ? m.captured(2).toInt() : 0;
    const int day = m.capturedLength(3) ? m.captured(3).toInt() : 0;
    // Which part is wrong, in words: a typed month 13 or 30 February is
    // reported, never turned into another date.
    const QString notADate =
        QCoreApplication::translate("FoundingDate", "%1 is not a calendar date").arg(text);
    if (year < 1)
        return fail(
            QCoreApplication::translate("FoundingDate", "%1: there is no year 0").arg(notADate));
    if (m.capturedLength(2) && (month < 1 || month > 12))
        return fail(QCoreApplication::translate("FoundingDate", "%1: there is no month %2")
                        .arg(notADate)
                        .arg(month));
    if (m.capturedLength(3) && !QDate::isValid(year, month, day)) {
        if (day < 1)
            return fail(
                QCoreApplication::translate("FoundingDate", "%1: there is no day 0").arg(notADate));
        return fail(QCoreApplication::translate("FoundingDate", "%1: %2 %3 has %4 days")
                        .arg(notADate, QLocale().monthName(month, QLocale::LongFormat))
                        .arg(year)
                        .arg(QDate(year, month, 1).daysInMonth()));
    }
    if (error)
        error->clear();
    return FoundingDate(year, month, day);
}

FoundingDate::Precision FoundingDate::precision() const
{
    if (m_year <= 0)
        return Precision::Unknown;
    if (m_month <= 0)
        return Precision::Year;
    return m_day <= 0 ? Precision::Month : Precision::Day;
}

QString FoundingDate::toString() const
{
    switch (precision()) {
    case Precision::Unknown:
        return QString();
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
    }
    return QString();
}

QDate FoundingDate::earliestDay() const
{
    if (!isKnown())
        return QDate();
    return QDate(m_year, m_month > 0 ? m_month : 1, m_day > 0 ? m_day : 1);
}
