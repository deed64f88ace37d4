#include "commandline.h"

#include "parkvalidator.h"

#include "aggregations.h"
#include "charts/chartcommand.h"
#include "commandresult.h"
#include "map/mapcommand.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "provinces.h"
#include "reportfigures.h"
#include "summary.h"
#include "tableexport.h"
#include "translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

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

// Ends a command: says why it failed, when there is something to say, and
// gives the exit code.
int finish(const CommandResult &result)
{
    if (!result.message.isEmpty())
        err() << result.message << '\n';
    return result.code();
}

CommandResult validate(const QString &path)
{
    const LoadResult result = ParkStore::loadFile(path);
    for (const Problem &p : result.problems)
        out() << p.toString() << '\n';
    // Warnings need the province outlines, which loading does not use; they
    // do not change the exit code.
    for (const Problem &p :
         ParkValidator::warnings(path, result.document.parks, Translations::isEnglish()))
        out() << p.toString() << '\n';
    if (result.readOnly)
        err() << result.readOnlyReason << '\n';
    out().flush();
    switch (result.status) {
    case LoadResult::Status::Ok:
        err() << QCoreApplication::translate("CommandLine", "%1: %n park(s), no problems", nullptr,
                                             int(result.document.parks.size()))
                     .arg(path)
              << '\n';
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
            err() << p.toString() << '\n';
        return fail(ExitCode::Unreadable);
    }
    for (const Problem &p : result.problems)
        err() << p.toString() << '\n';
    Aggregations::Records records;
    for (const ParkRecord &r : result.document.parks)
        records.append(&r);
    const QJsonObject summary = Summary::build(records, parseReportFigures(result.document.about));
    out() << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
    out().flush();
    return CommandResult();
}

CommandResult exportCsv(const QString &out, const QString &path)
{
    const LoadResult result = ParkStore::loadFile(path);
    for (const Problem &p : result.problems)
        err() << p.toString() << '\n';
    if (!result.isUsable())
        return fail(ExitCode::Unreadable);
    ParkTableModel model;
    model.setEnglish(Translations::isEnglish());
    model.setRecords(result.document.parks);
    QList<int> columns;
    for (int c = 0; c < ParkTableModel::ColumnCount; ++c)
        columns << c;
    const QByteArray bytes = TableExport::toCsv(model, columns);
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
        tr("Write every park of FILE (default: the embedded dataset) to the CSV file OUT "
           "(UTF-8 with BOM, headers in the interface language)."));
    options.exportChart.setDescription(
        tr("Write a chart of FILE (default: the embedded dataset) to --out. KIND: by-province, "
           "by-city, top-area, top-enterprises, top-fund, by-year, by-month, leadership."));
    options.exportMap.setDescription(
        tr("Write the province map of FILE (default: the embedded dataset) to --out."));
    options.out.setDescription(tr("The image to write; .png, .svg or .pdf chooses the format."));
    options.size.setDescription(tr("Image size in pixels, e.g. 2400x1500."));
    options.dpi.setDescription(tr("Resolution in dots per inch (PNG metadata and text size)."));
    options.top.setDescription(tr("How many cities or parks the top-N charts show (default 10)."));
    options.province.setDescription(
        tr("Only parks in this province (Chinese or English name; repeatable)."));
    options.city.setDescription(tr("Only parks in this city (repeatable)."));
    options.leadership.setDescription(tr("Only government-led or enterprise-led parks."));
    options.years.setDescription(tr("Only parks founded in these years, e.g. 2017-2018."));
    options.metric.setDescription(
        tr("Map metric: parks, government, enterprise, enterprises, area, fund."));
    options.classes.setDescription(tr("Number of map classes, 3 to 7 (default 5)."));
    options.method.setDescription(tr("Map classification: equal, quantile or jenks (default)."));
    for (const QCommandLineOption &o :
         {options.validate, options.summary, options.exportCsv, options.exportChart,
          options.exportMap, options.out, options.size, options.dpi, options.top, options.province,
          options.city, options.leadership, options.years, options.metric, options.classes,
          options.method})
        parser.addOption(o);
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

// Reads the filter options shared by the image exports.
Result readFilter(const QCommandLineParser &parser, const Options &options, ParkFilter *filter)
{
    for (const QString &name : parser.values(options.province)) {
        const ProvinceInfo *p = Provinces::find(name);
        if (!p)
            return Result::failure(tr("unknown province \"%1\"").arg(name));
        filter->provinces.insert(p->fullName);
    }
    for (const QString &city : parser.values(options.city))
        filter->cities.insert(city);
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

CommandResult runMapExport(const QCommandLineParser &parser, const Options &options,
                           const QList<ParkRecord> &records, const ParkFilter &filter)
{
    MapCommand::Request request;
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
    if (parser.isSet(options.classes))
        request.classes = parser.value(options.classes).toInt();
    request.outPath = parser.value(options.out);
    request.english = Translations::isEnglish();
    request.filter = filter;
    const Result size = readSize(parser, options, &request.sizePx, &request.dpi);
    if (!size.ok())
        return fail(ExitCode::Usage, size.message);
    return MapCommand::run(request, records);
}

CommandResult imageExportCommand(const QCommandLineParser &parser, const Options &options)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(ExitCode::Usage, tr("give at most one FILE"));
    if (!parser.isSet(options.out))
        return fail(ExitCode::Usage, tr("--out FILE is required"));
    const QString store = files.isEmpty() ? ParkStore::EmbeddedPath : files.first();
    const LoadResult loaded = ParkStore::loadFile(store);
    if (!loaded.isUsable()) {
        for (const Problem &p : loaded.problems)
            err() << p.toString() << '\n';
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
        request.outPath = parser.value(options.out);
        request.english = Translations::isEnglish();
        request.filter = filter;
        const Result size = readSize(parser, options, &request.sizePx, &request.dpi);
        if (!size.ok())
            return fail(ExitCode::Usage, size.message);
        if (parser.isSet(options.top))
            request.topN = parser.value(options.top).toInt();
        return ChartCommand::run(request, loaded.document.parks);
    }
    return runMapExport(parser, options, loaded.document.parks, filter);
}

CommandResult headlessCommand(const QCommandLineParser &parser, const Options &options)
{
    if (parser.isSet(options.validate))
        return validate(parser.value(options.validate));
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(ExitCode::Usage, tr("give at most one FILE"));
    const QString store = files.isEmpty() ? ParkStore::EmbeddedPath : files.first();
    if (parser.isSet(options.summary))
        return summary(store);
    if (parser.isSet(options.exportCsv))
        return exportCsv(parser.value(options.exportCsv), store);
    return CommandResult();
}

} // namespace

bool isImageExport(int argc, char **argv)
{
    return hasOption(argc, argv, "--export-chart") || hasOption(argc, argv, "--export-map");
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
