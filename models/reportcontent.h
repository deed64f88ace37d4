#pragma once

#include "aggregations.h"
#include "parkrecord.h"
#include "reportfigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The content of a report pack: a briefing on the parks a filter lets
// through, with the report's figures beside the dataset's, the table of
// parks, a fact sheet per park, methods and caveats and the numbered
// sources. Plain texts only (app/report renders them as PDF or HTML, and
// escapes them); the charts and maps are drawn by the renderer, which is
// told here only whether to draw them.
namespace ReportContent {

enum Section : unsigned
{
    Title = 1u << 0,
    Headline = 1u << 1,
    Charts = 1u << 2,
    Map = 1u << 3,
    Table = 1u << 4,
    FactSheets = 1u << 5,
    Methods = 1u << 6,
    Sources = 1u << 7,
};
Q_DECLARE_FLAGS(Sections, Section)

// Every section, in the order the report puts them.
QList<Section> allSections();
Sections defaultSections();
// The stable names --sections takes: title, headline, charts, map, table,
// factsheets, methods, sources.
QString sectionId(Section section);
std::optional<Section> sectionFromId(const QString &id);
// The section's heading in the installed language.
QString sectionTitle(Section section);

// Above this many parks the fact sheets are left out unless asked for by
// name (Input::factSheetsAtAnySize), with a note saying so.
constexpr int FactSheetLimit = 500;

struct Input
{
    // The parks the report is about (after the filter), in their order.
    Aggregations::Records records;
    // How many parks the store holds before the filter.
    int inDataset = 0;
    // The report's figures whose scope the filter covers (figuresWithin()).
    QList<ReportFigure> figures;
    // The report's count of all parks (the unscoped "parks" figure), if any.
    std::optional<double> reportTotal;
    // The store's "about" block (report, compile date).
    QJsonObject about;
    // The filter in words (FilterDescription::summary); empty: none.
    QString filter;
    bool english = false;
    // Empty: the default title.
    QString title;
    QString subtitle;
    QDate date;
    Sections sections = defaultSections();
    // The park table's columns; empty: defaultColumns().
    QList<ParkField> columns;
    bool factSheetsAtAnySize = false;
};

// Name, province, city, founded, leadership, carrier type, area,
// enterprises, fund, confidence, sources.
QList<ParkField> defaultColumns();

struct HeadlineRow
{
    enum class Status
    {
        Met,      // the dataset reaches the report's figure
        Short,    // the dataset holds fewer (it is partial)
        Conflict, // the dataset contradicts the report
        Unknown,  // the dataset cannot compute the figure
    };
    QString label;
    QString report;  // "44", "more than 100"
    QString dataset; // "28", "—"
    Status status = Status::Unknown;
    QString statusText;
    // The ids of the records behind a conflict (the first of them) and
    // how many there are.
    QStringList conflictIds;
    int conflictCount = 0;
};

struct TableRow
{
    QString id;
    QStringList cells; // one per column; the sources column holds "[1] [2]"
};

struct FactSheetLine
{
    QString label;
    QString text;
};

struct FactSheet
{
    QString id;
    QString name;
    QList<FactSheetLine> lines; // every field but the sources
    QString confidence;
    QList<int> sources; // numbers in Document::sources (1-based)
};

struct MethodsParagraph
{
    QString heading;
    QString text;
};

struct Document
{
    Sections sections;
    bool english = false;
    QString language; // "en" or "zh-CN"

    // Title page.
    QString title;
    QString subtitle;
    QString dateText; // yyyy-MM-dd
    QString filterText;
    QString coverage;      // "28 of the 44 parks the report counts …"
    QString partialNote;   // the dataset is partial
    QString compiledText;  // "Dataset compiled 2020-12-31"
    QString reportCredits; // the report the figures come from
    QString contentsTitle;

    // Headline figures.
    QStringList headlineColumns;
    QList<HeadlineRow> headline;
    QString headlineNote;

    // Charts and map.
    QString figuresNote;

    // Park table.
    QStringList tableColumns;
    QList<ParkField> tableFields; // the field of each column
    QList<TableRow> table;
    QString tableNote;

    // Fact sheets (empty when left out; factSheetsNote says why).
    QList<FactSheet> factSheets;
    QString factSheetsNote;
    QString factSheetsIntro;
    QString factSheetSourcesLabel;
    QString factSheetConfidenceLabel;

    QList<MethodsParagraph> methods;

    // Every source cited, in the order of first citation; number N is
    // sources[N - 1].
    QStringList sources;

    // The provinces of the parks shown, as the report names them.
    QStringList provinces;
    int parkCount = 0;

    // The running header and the footer.
    QString pageText; // "Page %1 of %2"

    QList<Section> shownSections() const;
};

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ReportContent)
};

Document build(const Input &input);

// A value with what qualifies it: "≥100", "~40", "41.48 km² (host zone)";
// "—" when unknown.
QString qualifiedText(const ParkRecord &record, Aggregations::Metric metric, bool english);

// The date a report carries: SOURCE_DATE_EPOCH when it is set (so that
// two runs give the same file), else today (UTC).
QDate reportDate();

} // namespace ReportContent

Q_DECLARE_OPERATORS_FOR_FLAGS(ReportContent::Sections)
