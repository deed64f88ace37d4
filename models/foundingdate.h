#pragma once

#include <QDate>
#include <QString>

// A founding date known to a year, a month or a day: sources often give only
// "2017" or "2017-04", and the app must not invent the rest.
class FoundingDate
{
public:
    enum class Precision
    {
        Unknown,
        Year,
        Month,
        Day
    };

    FoundingDate() = default;
    FoundingDate(int year, int month = 0, int day = 0);

    // Parses YYYY, YYYY-MM or YYYY-MM-DD. On failure returns an unknown date
    // and, if error is given, says why ("2019-02-30 is not a calendar date").
    static FoundingDate fromString(const QString &text, QString *error = nullptr);

    bool isKnown() const { return m_year > 0; }
    Precision precision() const;
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    // YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.
    QString toString() const;
    // Orders dates of mixed precision: 2017 < 2017-01 < 2017-01-01.
    int sortKey() const { return m_year * 10000 + m_month * 100 + m_day; }
    // The first day the date can mean, for date axes.
    QDate earliestDay() const;

    bool operator==(const FoundingDate &o) const
    {
        return m_year == o.m_year && m_month == o.m_month && m_day == o.m_day;
    }
    bool operator!=(const FoundingDate &o) const { return !(*this == o); }

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};
