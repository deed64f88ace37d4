#include "reportfigures.h"

#include "places.h"
#include "provinces.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QVarLengthArray>

#include <climits>

bool FigureScope::isEverything() const
{
    return leadership == Leadership::Unknown && province.isEmpty() && city.isEmpty() &&
           foundedFrom == 0 && foundedTo == 0 && foundedMonths.isEmpty();
}

bool FigureScope::matches(const ParkRecord &r) const
{
    if (leadership != Leadership::Unknown && r.leadership != leadership)
        return false;
    if (!province.isEmpty() && r.province != province)
        return false;
    if (!city.isEmpty() && r.city != city)
        return false;
    if (foundedFrom || foundedTo) {
        const int y = r.established.year();
        if (!r.established.isKnown() || (foundedFrom && y < foundedFrom) ||
            (foundedTo && y > foundedTo))
            return false;
    }
    if (!foundedMonths.isEmpty() &&
        (r.established.month() == 0 || !foundedMonths.contains(r.established.month())))
        return false;
    return true;
}

QString FigureScope::describe(bool english) const
{
    QStringList parts;
    if (leadership == Leadership::Government)
        parts << QCoreApplication::translate("FigureScope", "government-led");
    else if (leadership == Leadership::Enterprise)
        parts << QCoreApplication::translate("FigureScope", "enterprise-led");
    if (!province.isEmpty())
        parts << Provinces::displayName(province, english);
    if (!city.isEmpty())
        parts << Places::cityName(province, city, english);
    if (foundedFrom || foundedTo) {
        if (foundedFrom == foundedTo)
            parts << QCoreApplication::translate("FigureScope", "founded in %1").arg(foundedFrom);
        else
            parts << QCoreApplication::translate("FigureScope", "founded %1–%2")
                         .arg(foundedFrom)
                         .arg(foundedTo);
    }
    if (!foundedMonths.isEmpty()) {
        QStringList months;
        for (int m : foundedMonths)
            months << QString::number(m);
        parts << QCoreApplication::translate("FigureScope", "founded in months %1")
                     .arg(months.join(QLatin1Char(',')));
    }
    return parts.join(QStringLiteral(" · "));
}

QHash<QString, QSet<QString>> FigureScope::cityProvinces(const QList<const ParkRecord *> &records)
{
    QHash<QString, QSet<QString>> provinces;
    for (const ParkRecord *r : records) {
        if (!r->city.isEmpty())
            provinces[r->city].insert(r->province);
    }
    return provinces;
}

bool FigureScope::isWithin(const ParkFilter &f, const QList<const ParkRecord *> &records) const
{
    if (f.provinces.isEmpty() || city.isEmpty() || !province.isEmpty())
        return isWithin(f, QHash<QString, QSet<QString>>());
    QHash<QString, QSet<QString>> provinces;
    for (const ParkRecord *r : records) {
        if (r->city == city)
            provinces[city].insert(r->province);
    }
    return isWithin(f, provinces);
}

bool FigureScope::isWithin(const ParkFilter &f,
                           const QHash<QString, QSet<QString>> &provincesByCity) const
{
    // Criteria no scope speaks of leave some of its parks out, or may.
    if (!f.text.trimmed().isEmpty() || f.carrierType || f.onlyProblems || !f.missingField.isEmpty())
        return false;
    for (const ParkFilter::Range &range : f.ranges) {
        if (range.isActive())
            return false;
    }
    if (f.leadership && (leadership == Leadership::Unknown || *f.leadership != leadership))
        return false;
    if (!f.cities.isEmpty() && (city.isEmpty() || !f.cities.contains(city)))
        return false;
    if (!f.provinces.isEmpty()) {
        if (!province.isEmpty()) {
            if (!f.provinces.contains(province))
                return false;
        } else if (city.isEmpty()) {
            return false;
        } else {
            // The provinces the city's parks lie in; a municipality is its
            // own province.
            const auto it = provincesByCity.constFind(city);
            if (it == provincesByCity.constEnd()) {
                if (!f.provinces.contains(city))
                    return false;
            } else {
                for (const QString &p : *it) {
                    if (!f.provinces.contains(p))
                        return false;
                }
            }
        }
    }
    if (f.hasYearRange()) {
        if (f.yearFrom && (!foundedFrom || foundedFrom < f.yearFrom))
            return false;
        if (f.yearTo && (!foundedTo || foundedTo > f.yearTo))
            return false;
    }
    return true;
}

std::optional<double> ReportFigure::datasetValue(const QList<const ParkRecord *> &records) const
{
    int count = 0;
    std::optional<double> max;
    QSet<QString> provinces;
    for (const ParkRecord *r : records) {
        if (!scope.matches(*r))
            continue;
        ++count;
        if (!r->province.isEmpty())
            provinces.insert(r->province);
        std::optional<double> v;
        if (key == QLatin1String("maxAreaKm2"))
            v = r->areaKm2;
        else if (key == QLatin1String("maxFundCny100m"))
            v = r->fundCny100m;
        else if (key == QLatin1String("maxEnterprises") && r->enterprises)
            v = double(*r->enterprises);
        if (v && (!max || *v > *max))
            max = v;
        if (key == QLatin1String("parksWithPublishedFund") && !r->fundCny100m)
            --count;
    }
    if (key == QLatin1String("parks") || key == QLatin1String("parksWithPublishedFund"))
        return count;
    if (key == QLatin1String("provinces"))
        return double(provinces.size());
    if (key.startsWith(QLatin1String("max")))
        return max;
    return std::nullopt;
}

QString ReportFigure::label(bool english) const
{
    QString what;
    if (key == QLatin1String("parks"))
        what = QCoreApplication::translate("ReportFigure", "Parks");
    else if (key == QLatin1String("provinces"))
        what = QCoreApplication::translate("ReportFigure", "Provincial-level divisions with parks");
    else if (key == QLatin1String("maxAreaKm2"))
        what = QCoreApplication::translate("ReportFigure", "Largest planned area (km²)");
    else if (key == QLatin1String("maxEnterprises"))
        what = QCoreApplication::translate("ReportFigure", "Most enterprises settled");
    else if (key == QLatin1String("maxFundCny100m"))
        what = QCoreApplication::translate("ReportFigure", "Largest support fund (亿元)");
    else if (key == QLatin1String("parksWithPublishedFund"))
        what = QCoreApplication::translate("ReportFigure", "Parks that published their fund size");
    else
        return english && !labelEn.isEmpty() ? labelEn : key;
    const QString scopeText = scope.describe(english);
    return scopeText.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, scopeText);
}

QList<ReportFigure> figuresWithin(const QList<ReportFigure> &figures, const ParkFilter &filter,
                                  const QList<const ParkRecord *> &all)
{
    if (figures.isEmpty())
        return {};
    const QHash<QString, QSet<QString>> provincesByCity = FigureScope::cityProvinces(all);
    QList<ReportFigure> within;
    for (const ReportFigure &f : figures) {
        if (f.scope.isWithin(filter, provincesByCity))
            within << f;
    }
    return within;
}

bool ReportFigure::isCount() const
{
    return key == QLatin1String("parks") || key == QLatin1String("parksWithPublishedFund") ||
           key == QLatin1String("provinces");
}

bool ReportFigure::isLargest() const
{
    return key == QLatin1String("maxAreaKm2") || key == QLatin1String("maxEnterprises") ||
           key == QLatin1String("maxFundCny100m");
}

std::optional<Aggregations::Metric> ReportFigure::largestMetric() const
{
    if (key == QLatin1String("maxAreaKm2"))
        return Aggregations::Metric::AreaKm2;
    if (key == QLatin1String("maxEnterprises"))
        return Aggregations::Metric::Enterprises;
    if (key == QLatin1String("maxFundCny100m"))
        return Aggregations::Metric::FundCny100m;
    return std::nullopt;
}

bool ReportFigure::isContradictedBy(const std::optional<double> &dataset) const
{
    if (!dataset || !(isCount() || isLargest()))
        return false;
    if (!qualifier.isEmpty()) // "more than N": nothing above N contradicts it
        return false;
    return *dataset > value;
}

bool ReportFigure::isBehindConflict(const ParkRecord &r) const
{
    if (!scope.matches(r))
        return false;
    if (key == QLatin1String("parks") || key == QLatin1String("provinces"))
        return true;
    if (key == QLatin1String("parksWithPublishedFund"))
        return r.fundCny100m.has_value();
    std::optional<double> v;
    if (key == QLatin1String("maxAreaKm2"))
        v = r.areaKm2;
    else if (key == QLatin1String("maxFundCny100m"))
        v = r.fundCny100m;
    else if (key == QLatin1String("maxEnterprises") && r.enterprises)
        v = double(*r.enterprises);
    return v && *v > value;
}

QList<ReportFigure> parseReportFigures(const QJsonObject &about)
{
    QList<ReportFigure> figures;
    for (const QJsonValue &v : about.value(QStringLiteral("reportFigures")).toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("value")).isDouble())
            continue;
        ReportFigure f;
        f.key = o.value(QStringLiteral("key")).toString();
        f.value = o.value(QStringLiteral("value")).toDouble();
        f.labelEn = o.value(QStringLiteral("labelEn")).toString();
        f.quoteZh = o.value(QStringLiteral("quoteZh")).toString();
        f.parkId = o.value(QStringLiteral("park")).toString();
        f.qualifier = o.value(QStringLiteral("qualifier")).toString();
        const QJsonObject s = o.value(QStringLiteral("scope")).toObject();
        f.scope.leadership =
            ParkEnums::leadershipFromString(s.value(QStringLiteral("leadership")).toString())
                .value_or(Leadership::Unknown);
        f.scope.province = s.value(QStringLiteral("province")).toString();
        f.scope.city = s.value(QStringLiteral("city")).toString();
        f.scope.foundedFrom = s.value(QStringLiteral("foundedFrom")).toInt();
        f.scope.foundedTo = s.value(QStringLiteral("foundedTo")).toInt();
        for (const QJsonValue &m : s.value(QStringLiteral("foundedMonths")).toArray())
            f.scope.foundedMonths.append(m.toInt());
        figures.append(f);
    }
    return figures;
}

namespace {

// What the figures need of a set of records.
struct Totals
{
    int count = 0;
    int withFund = 0;
    std::optional<double> maxArea;
    std::optional<double> maxFund;
    std::optional<double> maxEnterprises;
    QSet<QString> provinces;
    QList<const ParkRecord *> members; // of a cell only: its records

    static void raise(std::optional<double> &max, const std::optional<double> &v)
    {
        if (v && (!max || *v > *max))
            max = v;
    }

    void add(const ParkRecord &r)
    {
        members.append(&r);
        ++count;
        if (r.fundCny100m)
            ++withFund;
        raise(maxArea, r.areaKm2);
        raise(maxFund, r.fundCny100m);
        if (r.enterprises)
            raise(maxEnterprises, double(*r.enterprises));
        if (!r.province.isEmpty())
            provinces.insert(r.province);
    }

    // The provinces only when asked: uniting sets is most of the work.
    void add(const Totals &o, bool withProvinces)
    {
        count += o.count;
        withFund += o.withFund;
        raise(maxArea, o.maxArea);
        raise(maxFund, o.maxFund);
        raise(maxEnterprises, o.maxEnterprises);
        if (withProvinces)
            provinces.unite(o.provinces);
    }

    std::optional<double> value(const QString &key) const
    {
        if (key == QLatin1String("parks"))
            return count;
        if (key == QLatin1String("parksWithPublishedFund"))
            return withFund;
        if (key == QLatin1String("provinces"))
            return double(provinces.size());
        if (key == QLatin1String("maxAreaKm2"))
            return maxArea;
        if (key == QLatin1String("maxFundCny100m"))
            return maxFund;
        if (key == QLatin1String("maxEnterprises"))
            return maxEnterprises;
        return std::nullopt;
    }
};

// The place part of a scope: leadership, province and city ("" for any).
QString placeKey(Leadership leadership, const QString &province, const QString &city)
{
    return QString::number(int(leadership)) + QChar(0x1F) + province + QChar(0x1F) + city;
}

// (year, month); year INT_MIN when unknown, month 0 when unknown.
using When = std::pair<int, int>;

// A record's leadership, province and city: what decides which places it
// counts in. Records share a few thousand of them at most.
struct RecordPlace
{
    Leadership leadership;
    QString province;
    QString city;

    bool operator==(const RecordPlace &o) const
    {
        return leadership == o.leadership && province == o.province && city == o.city;
    }
};

size_t qHash(const RecordPlace &p, size_t seed = 0)
{
    return qHashMulti(seed, int(p.leadership), p.province, p.city);
}

} // namespace

QList<FigureComparison> compareFigures(const QList<ReportFigure> &figures,
                                       const QList<const ParkRecord *> &records, int maxListed)
{
    if (figures.isEmpty())
        return {};
    // The places the figures ask about, each with its records in cells.
    using Cells = QMap<When, Totals>;
    QHash<QString, Cells> places;
    for (const ReportFigure &f : figures)
        places.insert(placeKey(f.scope.leadership, f.scope.province, f.scope.city), {});
    // The places asked about that the records of each RecordPlace count in,
    // found once for all of them: spelling the eight keys of every record
    // was most of --summary at 100,000 parks. No place is added from here
    // on, so the pointers stay valid.
    QHash<RecordPlace, QVarLengthArray<Cells *, 8>> countsIn;
    for (const ParkRecord *r : records) {
        const When when{r->established.isKnown() ? r->established.year() : INT_MIN,
                        r->established.month()};
        const RecordPlace recordPlace{r->leadership, r->province, r->city};
        auto feeds = countsIn.constFind(recordPlace);
        if (feeds == countsIn.constEnd()) {
            QSet<QString> keys; // a record counts once per place
            for (Leadership l : {Leadership::Unknown, r->leadership}) {
                for (const QString &province : {QString(), r->province}) {
                    for (const QString &city : {QString(), r->city})
                        keys.insert(placeKey(l, province, city));
                }
            }
            QVarLengthArray<Cells *, 8> found;
            for (const QString &key : std::as_const(keys)) {
                const auto place = places.find(key);
                if (place != places.end())
                    found.append(&*place);
            }
            feeds = countsIn.insert(recordPlace, found);
        }
        for (Cells *cells : *feeds)
            (*cells)[when].add(*r);
    }

    // Each distinct scope adds up the cells of its place once.
    // The cells of PLACE in scope S, in order.
    const auto forEachCell = [&places](const QString &place, const FigureScope &s,
                                       const auto &visit) {
        const QMap<When, Totals> &cells = places[place];
        const bool byYear = s.foundedFrom || s.foundedTo;
        auto it = byYear ? cells.lowerBound({s.foundedFrom ? s.foundedFrom : INT_MIN + 1, 0})
                         : cells.constBegin();
        for (; it != cells.constEnd(); ++it) {
            const auto [year, month] = it.key();
            if (byYear && s.foundedTo && year > s.foundedTo)
                break;
            if (!s.foundedMonths.isEmpty() && (month == 0 || !s.foundedMonths.contains(month)))
                continue;
            if (!visit(*it))
                break;
        }
    };

    QHash<QString, Totals> scopes;
    QList<FigureComparison> values;
    values.reserve(figures.size());
    for (const ReportFigure &f : figures) {
        const FigureScope &s = f.scope;
        const QString place = placeKey(s.leadership, s.province, s.city);
        QStringList months;
        for (int m : s.foundedMonths)
            months << QString::number(m);
        const bool withProvinces = f.key == QLatin1String("provinces");
        const QString scopeKey = place + QChar(0x1F) + QString::number(s.foundedFrom) +
                                 QChar(0x1F) + QString::number(s.foundedTo) + QChar(0x1F) +
                                 months.join(QLatin1Char(',')) +
                                 (withProvinces ? QStringLiteral("\x1fP") : QString());
        auto scope = scopes.find(scopeKey);
        if (scope == scopes.end()) {
            Totals totals;
            forEachCell(place, s, [&](const Totals &cell) {
                totals.add(cell, withProvinces);
                return true;
            });
            scope = scopes.insert(scopeKey, totals);
        }
        FigureComparison c;
        c.dataset = scope->value(f.key);
        c.conflict = f.isContradictedBy(c.dataset);
        if (c.conflict) {
            // Every record counted stands behind a count; a largest value
            // needs each record looked at.
            const bool all = f.key == QLatin1String("parks") || withProvinces;
            if (all)
                c.conflictRecordCount = scope->count;
            else if (f.key == QLatin1String("parksWithPublishedFund"))
                c.conflictRecordCount = scope->withFund;
            const bool counted = f.isCount();
            forEachCell(place, s, [&](const Totals &cell) {
                for (const ParkRecord *r : cell.members) {
                    if (counted && c.conflictRecords.size() >= maxListed)
                        return false;
                    if (!all && !f.isBehindConflict(*r))
                        continue;
                    if (!counted)
                        ++c.conflictRecordCount;
                    if (c.conflictRecords.size() < maxListed)
                        c.conflictRecords.append(r);
                }
                return true;
            });
        }
        values.append(c);
    }
    return values;
}

QList<std::optional<double>> datasetValues(const QList<ReportFigure> &figures,
                                           const QList<const ParkRecord *> &records)
{
    QList<std::optional<double>> values;
    values.reserve(figures.size());
    for (const FigureComparison &c : compareFigures(figures, records, 0))
        values.append(c.dataset);
    return values;
}
