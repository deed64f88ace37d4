#include "commandline.h"

#include "aggregations.h"
#include "parkstore.h"
#include "parktablemodel.h"
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

int validate(const QString &path)
{
    const LoadResult result = ParkStore::loadFile(path);
    for (const Problem &p : result.problems)
        out() << p.toString() << '\n';
    if (result.readOnly)
        err() << result.readOnlyReason << '\n';
    out().flush();
    switch (result.status) {
    case LoadResult::Status::Loaded:
        err() << QCoreApplication::translate("CommandLine", "%1: %n park(s), no problems", nullptr,
                                             int(result.document.parks.size()))
                     .arg(path)
              << '\n';
        return 0;
    case LoadResult::Status::LoadedWithProblems:
        return 1;
    case LoadResult::Status::Refused:
        return 2;
    }
    return 2;
}

int summary(const QString &path)
{
    const LoadResult result = ParkStore::loadFile(path);
    if (!result.isUsable()) {
        for (const Problem &p : result.problems)
            err() << p.toString() << '\n';
        return 2;
    }
    for (const Problem &p : result.problems)
        err() << p.toString() << '\n';
    Aggregations::Records records;
    for (const ParkRecord &r : result.document.parks)
        records.append(&r);
    const QJsonObject summary = Summary::build(records, parseReportFigures(result.document.about));
    out() << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
    out().flush();
    return 0;
}

int exportCsv(const QString &out, const QString &path)
{
    const LoadResult result = ParkStore::loadFile(path);
    for (const Problem &p : result.problems)
        err() << p.toString() << '\n';
    if (!result.isUsable())
        return 2;
    ParkTableModel model;
    model.setEnglish(Translations::isEnglish());
    model.setRecords(result.document.parks);
    QList<int> columns;
    for (int c = 0; c < ParkTableModel::ColumnCount; ++c)
        columns << c;
    const QByteArray bytes = TableExport::toCsv(model, columns);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << tr("%1: cannot be written: %2").arg(out, file.errorString()) << '\n';
        return 1;
    }
    return 0;
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
    parser.addOption(options.validate);
    parser.addOption(options.summary);
    parser.addOption(options.exportCsv);
    parser.addOption(options.lang);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A park store (.json) to open."),
                                 QStringLiteral("[FILE]"));
}

bool isHeadless(int argc, char **argv)
{
    static const char *const headless[] = {"--validate", "--summary", "--export-csv",
                                           "--help",     "-h",        "--help-all",
                                           "--version",  "-v",        "-?"};
    for (int i = 1; i < argc; ++i) {
        for (const char *option : headless) {
            const size_t n = std::strlen(option);
            if (std::strncmp(argv[i], option, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
                return true;
        }
    }
    return false;
}

QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return QString();
}

int runHeadless(const QCommandLineParser &parser, const Options &options)
{
    if (parser.isSet(options.validate))
        return validate(parser.value(options.validate));
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        err() << tr("give at most one FILE") << '\n';
        return 2;
    }
    const QString store = files.isEmpty() ? ParkStore::EmbeddedPath : files.first();
    if (parser.isSet(options.summary))
        return summary(store);
    if (parser.isSet(options.exportCsv))
        return exportCsv(parser.value(options.exportCsv), store);
    return 0;
}

} // namespace CommandLine
