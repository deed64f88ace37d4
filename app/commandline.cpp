#include "commandline.h"

#include "aggregations.h"
#include "parkstore.h"
#include "reportfigures.h"
#include "summary.h"

#include <QCoreApplication>
#include <QJsonDocument>
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
    parser.addOption(options.validate);
    parser.addOption(options.summary);
    parser.addOption(options.lang);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A park store (.json) to open."),
                                 QStringLiteral("[FILE]"));
}

bool isHeadless(int argc, char **argv)
{
    static const char *const headless[] = {"--validate", "--summary", "--help", "-h",
                                           "--help-all", "--version", "-v",     "-?"};
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
    if (parser.isSet(options.summary)) {
        const QStringList files = parser.positionalArguments();
        if (files.size() > 1) {
            err() << tr("--summary takes at most one FILE") << '\n';
            return 2;
        }
        return summary(files.isEmpty() ? ParkStore::EmbeddedPath : files.first());
    }
    return 0;
}

} // namespace CommandLine
