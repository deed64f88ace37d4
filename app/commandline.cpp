#include "commandline.h"

#include "citygazetteer.h"

#include "parkvalidator.h"

#include "aggregations.h"
#include "charts/chartcommand.h"
#include "commandresult.h"
#include "export/outputpath.h"
#include "figurenotes.h"
#include "filter/filterdescription.h"
#include "map/mapcommand.h"
#include "parkstore.h"
#include "provinces.h"
#include "report/reportcommand.h"
#include "reportfigures.h"
#include "safetext.h"
#include "stablecsv.h"
#include "summary.h"
#include "translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// One line for the terminal: data in TEXT (ids, names, paths) may hold
// control characters, which are escaped so that one line stays one line and
// no escape sequence reaches the terminal.
QString line(const QString &text)
{
    return SafeText::escapedForTerminal(text) + QLatin1Char('\n');
}

// Writes what is left for standard output; false when it could not be
// written (a full disk, a closed pipe), with the reason in REASON.
bool flushOutput(QString *reason)
{
    out().flush();
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    const int error = errno;
    if (flushed && out().status() == QTextStream::Ok && !std::ferror(stdout))
        return true;
    if (error != 0)
        *reason = QString::fromLocal8Bit(std::strerror(error));
    else if (out().device() && !out().device()->errorString().isEmpty())
        *reason = out().device()->errorString();
    else
        *reason = tr("write error");
    return false;
}

// Ends a command: says why it failed, when there is something to say, and
// gives the exit code. Output that did not reach standard output is a
// failure too, whatever the command's result.
int finish(const CommandResult &result)
{
    QString reason;
    if (!flushOutput(&reason)) {
        if (!result.message.isEmpty())
            err() << line(result.message);
        err() << line(tr("standard output: cannot be written: %1").arg(reason));
        err().flush();
        return int(result.ok() ? ExitCode::WriteFailed : result.exitCode);
    }
    if (!result.message.isEmpty())
        err() << line(result.message);
    err().flush();
    return result.code();
}

// What a refused output path gives: a usage error naming it.
CommandResult checkOutput(const QString &path, const QStringList &inputs, bool force)
{
    const Result check = OutputPath::check(path, inputs, force);
    return check.ok() ? CommandResult() : fail(ExitCode::Usage, check.message);
}

CommandResult validate(const QString &path)
{
    const LoadResult result = ParkStore::loadFile(path);
    for (const Problem &p : result.problems)
        out() << line(p.toString());
    // Warnings need the province outlines, which loading does not use; they
    // do not change the exit code.
    for (const Problem &p :
         ParkValidator::warnings(path, result.document.parks, Translations::isEnglish()))
        out() << line(p.toString());
    // A newer format may hold rules this version does not know: what it
    // checked is not all there is to check, so the file is not "valid".
    const bool newer = result.isUsable() && result.document.version > ParkDocument::CurrentVersion;
    if (newer) {
        out() << line(tr("%1: format version %2 is newer than this Park Explorer knows (%3): "
                         "only what version %3 defines was checked")
                          .arg(path)
                          .arg(result.document.version)
                          .arg(ParkDocument::CurrentVersion));
    } else if (result.readOnly) {
        err() << line(result.readOnlyReason);
    }
    out().flush();
    if (newer)
        return fail(ExitCode::Problems);
    switch (result.status) {
    case LoadResult::Status::Ok:
        err() << line(QCoreApplication::translate("CommandLine", "%1: %n park(s), no problems",
                                                  nullptr, int(result.document.parks.size()))
                          .arg(path));
        return CommandResult();
    case LoadResult::Status::Warning:
        return fail(ExitCode::Problems);
    case LoadResult::Status::Failed:
        return fail(ExitCode::Unreadable);
    }
    return fail(ExitCode::Unreadable);
}

CommandResult summary(const QString &path)
{
    const LoadResult result = ParkStore::loadFile(path);
    if (!result.isUsable()) {
        for (const Problem &p : result.problems)
            err() << line(p.toString());
        return fail(ExitCode::Unreadable);
    }
    for (const Problem &p : result.problems)
        err() << line(p.toString());
    Aggregations::Records records;
    for (const ParkRecord &r : result.document.parks)
        records.append(&r);
    const QJsonObject summary = Summary::build(records, parseReportFigures(result.document.about));
    out() << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
    return CommandResult();
}

CommandResult exportCsv(const QString &out, const QString &path, bool force)
{
    const CommandResult where = checkOutput(out, {path}, force);
    if (!where.ok())
        return where;
    const LoadResult result = ParkStore::loadFile(path);
    for (const Problem &p : result.problems)
        err() << line(p.toString());
    if (!result.isUsable())
        return fail(ExitCode::Unreadable);
    const QByteArray bytes = StableCsv::write(result.document.parks);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ExitCode::WriteFailed,
                    tr("%1: cannot be written: %2").arg(out, file.errorString()));
    }
    return CommandResult();
}

} // namespace

void setup(QCommandLineParser &parser, Options &options)
{
    parser.setApplicationDescription(
        tr("Park Explorer: browse, edit, chart and map China's blockchain industrial parks.\n"
           "Without FILE, opens the last saved dataset or the embedded one."));
    parser.addHelpOption();
    parser.addVersionOption();
    options.validate.setDescription(
        tr("Check FILE and print every problem, one per line. Exit code 0: valid, "
           "1: problems found, 2: unreadable or not a park store."));
    options.summary.setDescription(
        tr("Print the headline figures of FILE (default: the embedded dataset) as JSON, "
           "with the report's stated figures beside the dataset's."));
    options.lang.setDescription(tr("Language of the interface: zh_CN or en."));
    options.exportCsv.setDescription(
        tr("Write every park of FILE (default: the embedded dataset) to the CSV file OUT: "
           "every field under its JSON key, in the stable form that does not depend on the "
           "interface language (UTF-8 with BOM)."));
    options.exportChart.setDescription(
        tr("Write a chart of FILE (default: the embedded dataset) to --out. KIND: by-province, "
           "by-city, top-area, top-enterprises, top-fund, by-year, by-month, leadership."));
    options.exportMap.setDescription(
        tr("Write the province map of FILE (default: the embedded dataset) to --out."));
    options.level.setDescription(
        tr("Map level: province (default) or city. With one --province, the map of its cities; "
           "without, the map of China with a circle for each city's parks."));
    options.out.setDescription(tr("The image to write; .png, .svg or .pdf chooses the format."));
    options.size.setDescription(tr("Image size in pixels, e.g. 2400x1500."));
    options.dpi.setDescription(tr("Resolution in dots per inch (PNG metadata and text size)."));
    options.top.setDescription(
        tr("How many cities or parks the top-N charts show, 1 to %1 (default 10).")
            .arg(MaximumTop));
    options.province.setDescription(
        tr("Only parks in this province (Chinese or English name; repeatable)."));
    options.city.setDescription(tr("Only parks in this city (repeatable)."));
    options.leadership.setDescription(tr("Only government-led or enterprise-led parks."));
    options.years.setDescription(tr("Only parks founded in these years, e.g. 2017-2018."));
    options.metric.setDescription(
        tr("Map metric: parks, government, enterprise, enterprises, area, fund."));
    options.classes.setDescription(tr("Number of map classes, 3 to 5 (default 5)."));
    options.method.setDescription(tr("Map classification: equal, quantile or jenks (default)."));
    options.includeQualified.setDescription(
        tr("Sum the values the sources qualify (more than, about, a host zone's area, an "
           "investment plan) into the map's province figures; left out by default."));
    options.force.setDescription(
        tr("Let --export-csv and --out replace a file that holds a park store (never the "
           "store being read)."));
    options.subtitle.setDescription(
        tr("The coverage line under an exported chart or map (default: how many parks it shows, "
           "of the dataset's and of the report's count, and the filter)."));
    options.source.setDescription(
        tr("The source line under an exported chart or map (default: the report, the dataset "
           "and, for the map, the outlines)."));
    options.noNotes.setDescription(
        tr("Leave out the coverage and source lines (the figure then no longer says how much "
           "of the report's census it shows)."));
    options.logScale.setDescription(
        tr("Draw the values of top-area, top-enterprises and top-fund on a logarithmic axis."));
    options.exportReport.setDescription(
        tr("Write a report pack of FILE (default: the embedded dataset) to OUT, a .pdf or .html "
           "file: title page with the dataset's coverage, headline figures against the report's, "
           "charts, map, table of parks, fact sheets, methods and numbered sources. Takes the "
           "filter options of --export-chart."));
    options.paper.setDescription(tr("Paper size of a PDF report: a4 (default) or letter."));
    options.sections.setDescription(
        tr("The report's sections, comma-separated: title, headline, charts, map, table, "
           "factsheets, methods, sources (default: all; fact sheets only up to 500 parks unless "
           "named)."));
    options.title.setDescription(tr("The report's title (default: a title naming the subject)."));
    options.charts.setDescription(
        tr("The report's charts, comma-separated, in order: by-province, by-city, top-area, "
           "top-enterprises, top-fund, by-year, by-month, leadership (default: "
           "by-province,by-year,leadership)."));
    options.columns.setDescription(
        tr("The report's park table columns, comma-separated JSON keys as in the stable CSV "
           "(default: name, province, city, founded, leadership, type, area, enterprises, fund, "
           "confidence, sources)."));
    for (const QCommandLineOption &o :
         {options.validate,  options.summary,  options.exportCsv, options.exportChart,
          options.exportMap, options.out,      options.size,      options.dpi,
          options.top,       options.province, options.city,      options.leadership,
          options.years,     options.metric,   options.classes,   options.method,
          options.force,     options.subtitle, options.source,    options.noNotes,
          options.logScale})
        parser.addOption(o);
    parser.addOption(options.includeQualified);
    for (const QCommandLineOption &o : {options.exportReport, options.paper, options.sections,
                                        options.title, options.charts, options.columns})
        parser.addOption(o);
    parser.addOption(options.level);
    parser.addOption(options.lang);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A park store (.json) to open."),
                                 QStringLiteral("[FILE]"));
}

namespace {

bool hasOption(int argc, char **argv, const char *option)
{
    const size_t n = std::strlen(option);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], option, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
            return true;
    }
    return false;
}

// A user's value quoted in a message: short, whatever was typed.
QString quoted(const QString &value)
{
    return QStringLiteral("\"%1\"").arg(SafeText::elided(value, 60));
}

// A whole number from MIN to MAX in OPTION's value; otherwise a message that
// names the option, the range and what was given.
ResultOf<int> readWholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                              int min, int max)
{
    const QString value = parser.value(option);
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < min || n > max) {
        return Result::failure(tr("--%1 takes a whole number from %2 to %3 (found %4)")
                                   .arg(option.names().constFirst())
                                   .arg(min)
                                   .arg(max)
                                   .arg(quoted(value)));
    }
    return n;
}

// Filter values longer than any real name are refused before they reach the
// filter description and the chart titles.
Result checkLength(const QStringList &values, const QString &option)
{
    for (const QString &value : values) {
        if (value.size() > MaximumFilterLength) {
            return Result::failure(
                tr("--%1 takes a name of at most %2 characters (this one has %3)")
                    .arg(option)
                    .arg(MaximumFilterLength)
                    .arg(value.size()));
        }
    }
    return Result::success();
}

// The full name records store for the city NAME (in Chinese, English or
// pinyin, any case, or a code), among the cities of PROVINCES when any are
// given; a message naming the nearest cities when there is none, and the
// candidates when the name is ambiguous.
ResultOf<QString> cityNamed(const QString &name, const QSet<QString> &provinces)
{
    const CityGazetteer &gazetteer = CityGazetteer::embedded();
    QList<const CityInfo *> found;
    for (const CityInfo *city : gazetteer.findAll(name)) {
        const ProvinceInfo *province = Provinces::byCode(city->provinceCode);
        if (provinces.isEmpty() || (province && provinces.contains(province->fullName)))
            found << city;
    }
    const bool english = Translations::isEnglish();
    if (found.size() == 1)
        return found.first()->fullName;
    if (found.size() > 1) {
        QStringList candidates;
        for (const CityInfo *city : std::as_const(found)) {
            const ProvinceInfo *province = Provinces::byCode(city->provinceCode);
            candidates << tr("%1 (%2)").arg(city->displayName(english),
                                            province ? Provinces::displayName(*province, english)
                                                     : QString());
        }
        return Result::failure(tr("%1 names %2 cities: %3; add --province to choose")
                                   .arg(quoted(name))
                                   .arg(found.size())
                                   .arg(candidates.join(QStringLiteral(", "))));
    }
    int provinceCode = 0;
    if (provinces.size() == 1) {
        if (const ProvinceInfo *province = Provinces::find(*provinces.begin()))
            provinceCode = province->code;
    }
    const QStringList nearest = gazetteer.suggestions(name, provinceCode);
    if (nearest.isEmpty())
        return Result::failure(tr("unknown city %1").arg(quoted(name)));
    // "A", "A or B", "A, B or C".
    QString choices = nearest.last();
    if (nearest.size() > 1)
        choices =
            tr("%1 or %2").arg(nearest.mid(0, nearest.size() - 1).join(tr(", ")), nearest.last());
    return Result::failure(tr("unknown city %1; did you mean %2?").arg(quoted(name), choices));
}

// Reads the filter options shared by the image exports.
Result readFilter(const QCommandLineParser &parser, const Options &options, ParkFilter *filter)
{
    for (const QCommandLineOption *option : {&options.province, &options.city}) {
        const Result length = checkLength(parser.values(*option), option->names().constFirst());
        if (!length.ok())
            return length;
    }
    for (const QString &name : parser.values(options.province)) {
        const ProvinceInfo *p = Provinces::find(name);
        if (!p)
            return Result::failure(tr("unknown province %1").arg(quoted(name)));
        filter->provinces.insert(p->fullName);
    }
    for (const QString &name : parser.values(options.city)) {
        const ResultOf<QString> city = cityNamed(name, filter->provinces);
        if (!city.ok())
            return city;
        filter->cities.insert(*city);
    }
    if (parser.isSet(options.leadership)) {
        const std::optional<Leadership> l =
            ParkEnums::leadershipFromString(parser.value(options.leadership));
        if (!l)
            return Result::failure(tr("--leadership takes government or enterprise"));
        filter->leadership = l;
    }
    if (parser.isSet(options.years)) {
        const QStringList parts = parser.value(options.years).split(QLatin1Char('-'));
        bool okFrom = false;
        bool okTo = false;
        const int from = parts.value(0).toInt(&okFrom);
        const int to = parts.size() > 1 ? parts.value(1).toInt(&okTo) : from;
        if (!okFrom || (parts.size() > 1 && !okTo) || parts.size() > 2 || to < from)
            return Result::failure(tr("--years takes FROM-TO, e.g. 2017-2018"));
        filter->yearFrom = from;
        filter->yearTo = to;
    }
    return Result::success();
}

Result readSize(const QCommandLineParser &parser, const Options &options, QSize *size, int *dpi)
{
    if (parser.isSet(options.size)) {
        const QStringList wh = parser.value(options.size).toLower().split(QLatin1Char('x'));
        bool okW = false;
        bool okH = false;
        const int w = wh.value(0).toInt(&okW);
        const int h = wh.value(1).toInt(&okH);
        if (wh.size() != 2 || !okW || !okH)
            return Result::failure(tr("--size takes WIDTHxHEIGHT in pixels, e.g. 2400x1500"));
        *size = QSize(w, h);
    }
    if (parser.isSet(options.dpi)) {
        bool ok = false;
        *dpi = parser.value(options.dpi).toInt(&ok);
        if (!ok)
            return Result::failure(tr("--dpi takes a whole number"));
    }
    return Result::success();
}

// The notes under an exported figure: the standard ones, as the options
// change them.
FigureNotes figureNotes(const QCommandLineParser &parser, const Options &options,
                        const ParkDocument &document, const ParkFilter &filter, bool map)
{
    if (parser.isSet(options.noNotes))
        return FigureNotes();
    FigureNotes::Data data;
    data.shown = int(ChartCommand::filtered(document.parks, filter).size());
    data.inDataset = int(document.parks.size());
    for (const ReportFigure &figure : parseReportFigures(document.about)) {
        if (figure.key == QLatin1String("parks") && figure.scope.isEverything())
            data.reportTotal = figure.value;
    }
    data.filter = FilterDescription::summary(filter);
    data.about = document.about;
    data.map = map;
    FigureNotes notes = FigureNotes::standard(data);
    if (parser.isSet(options.subtitle))
        notes.coverage = parser.value(options.subtitle);
    if (parser.isSet(options.source))
        notes.source = parser.value(options.source);
    return notes;
}

// Takes the document, whose parks the map command frees as it writes.
CommandResult runMapExport(const QCommandLineParser &parser, const Options &options,
                           ParkDocument document, const ParkFilter &filter)
{
    MapCommand::Request request;
    request.notes = figureNotes(parser, options, document, filter, true);
    request.reportFigures = parseReportFigures(document.about);
    if (parser.isSet(options.metric)) {
        const auto metric = MapCommand::metricFromId(parser.value(options.metric));
        if (!metric) {
            return fail(ExitCode::Usage,
                        tr("unknown map metric \"%1\"").arg(parser.value(options.metric)));
        }
        request.metric = *metric;
    }
    if (parser.isSet(options.method)) {
        const auto method = MapCommand::methodFromId(parser.value(options.method));
        if (!method)
            return fail(ExitCode::Usage, tr("--method takes equal, quantile or jenks"));
        request.method = *method;
    }
    if (parser.isSet(options.classes)) {
        const ResultOf<int> classes =
            readWholeNumber(parser, options.classes, Classification::MinPaletteClasses,
                            Classification::MaxPaletteClasses);
        if (!classes.ok())
            return fail(ExitCode::Usage, classes.message);
        request.classes = *classes;
    }
    if (parser.isSet(options.includeQualified))
        request.qualified = Aggregations::QualifiedValues::Include;
    if (parser.isSet(options.level)) {
        // The option's value name spells the levels, in Level's order.
        const QStringList levels = options.level.valueName().split(QLatin1Char('|'));
        const qsizetype level = levels.indexOf(parser.value(options.level).trimmed().toLower());
        if (level < 0) {
            return fail(ExitCode::Usage,
                        tr("unknown map level \"%1\": use %2")
                            .arg(parser.value(options.level), levels.join(tr(" or "))));
        }
        request.level =
            level == 0 ? MapCommand::Request::Level::Province : MapCommand::Request::Level::City;
    }
    if (request.level == MapCommand::Request::Level::City) {
        // One --province is the province drilled into; its filter keeps
        // the province's parks, which is all a map of its cities shows.
        if (filter.provinces.size() > 1)
            return fail(ExitCode::Usage, tr("--level city maps one --province at a time"));
        if (filter.provinces.size() == 1)
            request.province = *filter.provinces.cbegin();
    }
    request.outPath = parser.value(options.out);
    request.english = Translations::isEnglish();
    request.filter = filter;
    const Result size = readSize(parser, options, &request.sizePx, &request.dpi);
    if (!size.ok())
        return fail(ExitCode::Usage, size.message);
    return MapCommand::run(request, std::move(document.parks));
}

CommandResult reportCommand(const QCommandLineParser &parser, const Options &options)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(ExitCode::Usage, tr("give at most one FILE"));
    ReportCommand::Request request;
    request.outPath = parser.value(options.exportReport);
    const QString store = files.isEmpty() ? ParkStore::EmbeddedPath : files.first();
    const CommandResult where = checkOutput(request.outPath, {store}, parser.isSet(options.force));
    if (!where.ok())
        return where;
    if (parser.isSet(options.paper)) {
        const auto paper = ReportCommand::paperFromId(parser.value(options.paper));
        if (!paper)
            return fail(ExitCode::Usage, tr("--paper takes a4 or letter"));
        request.paper = *paper;
    }
    if (parser.isSet(options.sections)) {
        const ResultOf<ReportContent::Sections> sections =
            ReportCommand::sectionsFromList(parser.value(options.sections));
        if (!sections.ok())
            return fail(ExitCode::Usage, sections.message);
        request.sections = *sections;
        // Fact sheets asked for by name come at any size.
        request.factSheetsAtAnySize = sections->testFlag(ReportContent::FactSheets);
    }
    if (parser.isSet(options.charts)) {
        const ResultOf<QList<ChartKind>> charts =
            ReportCommand::chartsFromList(parser.value(options.charts));
        if (!charts.ok())
            return fail(ExitCode::Usage, charts.message);
        request.charts = *charts;
    }
    if (parser.isSet(options.columns)) {
        const ResultOf<QList<ParkField>> columns =
            ReportCommand::columnsFromList(parser.value(options.columns));
        if (!columns.ok())
            return fail(ExitCode::Usage, columns.message);
        request.columns = *columns;
    }
    request.title = parser.value(options.title);
    request.subtitle = parser.value(options.subtitle);
    request.english = Translations::isEnglish();
    ParkFilter filter;
    const Result filtered = readFilter(parser, options, &filter);
    if (!filtered.ok())
        return fail(ExitCode::Usage, filtered.message);
    request.filter = filter;
    const LoadResult loaded = ParkStore::loadFile(store);
    if (!loaded.isUsable()) {
        for (const Problem &p : loaded.problems)
            err() << line(p.toString());
        return fail(ExitCode::Unreadable);
    }
    return ReportCommand::run(request, loaded.document);
}

CommandResult imageExportCommand(const QCommandLineParser &parser, const Options &options)
{
    if (parser.isSet(options.exportReport))
        return reportCommand(parser, options);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(ExitCode::Usage, tr("give at most one FILE"));
    if (!parser.isSet(options.out))
        return fail(ExitCode::Usage, tr("--out FILE is required"));
    const QString store = files.isEmpty() ? ParkStore::EmbeddedPath : files.first();
    const CommandResult where =
        checkOutput(parser.value(options.out), {store}, parser.isSet(options.force));
    if (!where.ok())
        return where;
    LoadResult loaded = ParkStore::loadFile(store);
    if (!loaded.isUsable()) {
        for (const Problem &p : loaded.problems)
            err() << line(p.toString());
        return fail(ExitCode::Unreadable);
    }
    ParkFilter filter;
    const Result filtered = readFilter(parser, options, &filter);
    if (!filtered.ok())
        return fail(ExitCode::Usage, filtered.message);
    if (parser.isSet(options.exportChart)) {
        ChartCommand::Request request;
        const std::optional<ChartKind> kind = chartKindFromId(parser.value(options.exportChart));
        if (!kind) {
            return fail(ExitCode::Usage,
                        tr("unknown chart kind \"%1\"").arg(parser.value(options.exportChart)));
        }
        request.kind = *kind;
        request.notes = figureNotes(parser, options, loaded.document, filter, false);
        request.reportFigures = parseReportFigures(loaded.document.about);
        request.outPath = parser.value(options.out);
        request.english = Translations::isEnglish();
        request.filter = filter;
        request.logScale = parser.isSet(options.logScale);
        const Result size = readSize(parser, options, &request.sizePx, &request.dpi);
        if (!size.ok())
            return fail(ExitCode::Usage, size.message);
        if (parser.isSet(options.top)) {
            const ResultOf<int> top = readWholeNumber(parser, options.top, 1, MaximumTop);
            if (!top.ok())
                return fail(ExitCode::Usage, top.message);
            request.topN = *top;
        }
        return ChartCommand::run(request, loaded.document.parks);
    }
    return runMapExport(parser, options, std::move(loaded.document), filter);
}

CommandResult headlessCommand(const QCommandLineParser &parser, const Options &options)
{
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(options.validate)) {
        // "--validate a.json b.json" would check a.json only.
        if (!files.isEmpty()) {
            return fail(ExitCode::Usage,
                        tr("--validate takes one FILE; %1 is one too many").arg(files.first()));
        }
        return validate(parser.value(options.validate));
    }
    if (files.size() > 1)
        return fail(ExitCode::Usage, tr("give at most one FILE"));
    const QString store = files.isEmpty() ? ParkStore::EmbeddedPath : files.first();
    if (parser.isSet(options.summary))
        return summary(store);
    if (parser.isSet(options.exportCsv))
        return exportCsv(parser.value(options.exportCsv), store, parser.isSet(options.force));
    return CommandResult();
}

} // namespace

namespace {

QtMessageHandler previousHandler = nullptr;

// Drops what the platform and its helpers say about the desktop session
// (there is none), passes everything else on.
void headlessMessageHandler(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    const bool platform = context.category && std::strncmp(context.category, "qt.qpa", 6) == 0;
    if (type != QtFatalMsg && type != QtCriticalMsg &&
        (platform || message.startsWith(QLatin1String("QStandardPaths: "))))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void prepareHeadlessPlatform()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(headlessMessageHandler);
}

int processArguments(QCommandLineParser &parser, const Options &options,
                     const QCoreApplication &app)
{
    if (!parser.parse(app.arguments())) {
        err() << line(tr("%1 (see --help)").arg(parser.errorText()));
        err().flush();
        return int(ExitCode::Usage);
    }
    QStringList commands;
    for (const QCommandLineOption *o :
         {&options.validate, &options.summary, &options.exportCsv, &options.exportChart,
          &options.exportMap, &options.exportReport}) {
        if (parser.isSet(*o))
            commands << QStringLiteral("--") + o->names().constFirst();
    }
    if (commands.size() > 1) {
        err() << line(tr("%1 cannot be used together: give one command at a time")
                          .arg(commands.join(tr(" and "))));
        err().flush();
        return int(ExitCode::Usage);
    }
    // Help and version, which print and exit; everything else was read above.
    parser.process(app);
    return -1;
}

bool isImageExport(int argc, char **argv)
{
    return hasOption(argc, argv, "--export-chart") || hasOption(argc, argv, "--export-map") ||
           hasOption(argc, argv, "--export-report");
}

int runImageExport(const QCommandLineParser &parser, const Options &options)
{
    return finish(imageExportCommand(parser, options));
}

bool isHeadless(int argc, char **argv)
{
    static const char *const headless[] = {"--validate", "--summary", "--export-csv",
                                           "--help",     "-h",        "--help-all",
                                           "--version",  "-v",        "-?"};
    for (const char *option : headless) {
        if (hasOption(argc, argv, option))
            return true;
    }
    return false;
}

QString languageArgument(int argc, char **argv)
{
    static const char option[] = "--lang";
    constexpr size_t n = sizeof(option) - 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], option) == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], option, n) == 0 && argv[i][n] == '=')
            return QString::fromLocal8Bit(argv[i] + n + 1);
    }
    return QString();
}

int runHeadless(const QCommandLineParser &parser, const Options &options)
{
    return finish(headlessCommand(parser, options));
}

} // namespace CommandLine
