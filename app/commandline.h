#pragma once

#include <QCommandLineParser>

// The command line: parkexplorer [FILE], plus the commands that run without
// a window (--validate, --summary). Those must work with no display at all,
// so main() decides before creating any GUI application object.
namespace CommandLine {

struct Options
{
    QCommandLineOption validate{QStringLiteral("validate"), QString(), QStringLiteral("FILE")};
    QCommandLineOption summary{QStringLiteral("summary")};
    QCommandLineOption exportCsv{QStringLiteral("export-csv"), QString(), QStringLiteral("OUT")};
    QCommandLineOption lang{QStringLiteral("lang"), QString(), QStringLiteral("LANG")};
    QCommandLineOption exportChart{QStringLiteral("export-chart"), QString(),
                                   QStringLiteral("KIND")};
    QCommandLineOption exportMap{QStringLiteral("export-map")};
    QCommandLineOption out{QStringLiteral("out"), QString(), QStringLiteral("FILE")};
    QCommandLineOption size{QStringLiteral("size"), QString(), QStringLiteral("WxH")};
    QCommandLineOption dpi{QStringLiteral("dpi"), QString(), QStringLiteral("N")};
    QCommandLineOption top{QStringLiteral("top"), QString(), QStringLiteral("N")};
    QCommandLineOption province{QStringLiteral("province"), QString(), QStringLiteral("NAME")};
    QCommandLineOption city{QStringLiteral("city"), QString(), QStringLiteral("NAME")};
    QCommandLineOption leadership{QStringLiteral("leadership"), QString(),
                                  QStringLiteral("government|enterprise")};
    QCommandLineOption years{QStringLiteral("years"), QString(), QStringLiteral("FROM-TO")};
    QCommandLineOption metric{QStringLiteral("metric"), QString(), QStringLiteral("METRIC")};
    QCommandLineOption classes{QStringLiteral("classes"), QString(), QStringLiteral("N")};
    QCommandLineOption method{QStringLiteral("method"), QString(),
                              QStringLiteral("equal|quantile|jenks")};
    QCommandLineOption includeQualified{QStringLiteral("include-qualified")};
    QCommandLineOption level{QStringLiteral("level"), QString(), QStringLiteral("province|city")};
    QCommandLineOption force{QStringLiteral("force")};
    // The notes under an exported chart or map: coverage and source lines.
    QCommandLineOption subtitle{QStringLiteral("subtitle"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption source{QStringLiteral("source"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption noNotes{QStringLiteral("no-notes")};
    QCommandLineOption logScale{QStringLiteral("log")};
    // The report pack.
    QCommandLineOption exportReport{QStringLiteral("export-report"), QString(),
                                    QStringLiteral("OUT")};
    QCommandLineOption paper{QStringLiteral("paper"), QString(), QStringLiteral("a4|letter")};
    QCommandLineOption sections{QStringLiteral("sections"), QString(), QStringLiteral("LIST")};
    QCommandLineOption title{QStringLiteral("title"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption charts{QStringLiteral("charts"), QString(), QStringLiteral("LIST")};
    QCommandLineOption columns{QStringLiteral("columns"), QString(), QStringLiteral("LIST")};
};

// The most entries --top shows, and the longest value a filter option
// (--province, --city) takes, in characters (README, "Command line").
constexpr int MaximumTop = 100;
constexpr int MaximumFilterLength = 200;

// Sets up the parser; the descriptions are translated, so call this after
// the translations are installed.
void setup(QCommandLineParser &parser, Options &options);

// Parses the arguments of APP, as QCommandLineParser::process() does, but a
// mistake (an unknown option, a missing value, two commands at once) is a
// usage error: it is printed and the result is ExitCode::Usage. Returns -1
// when the program should go on.
int processArguments(QCommandLineParser &parser, const Options &options,
                     const QCoreApplication &app);

// For the commands that run without a window, before any application object
// exists: the offscreen platform, whatever QT_QPA_PLATFORM says (a display
// platform without a display aborts), and no platform chatter such as
// "XDG_RUNTIME_DIR not set" on the terminal.
void prepareHeadlessPlatform();

// True when argv asks for a command that needs no window.
bool isHeadless(int argc, char **argv);

// The --lang value in argv, if any, so that translations can be installed
// before the parser (whose help text is translated) is set up.
QString languageArgument(int argc, char **argv);

// Runs --validate, --summary or --export-csv and returns the exit code (an
// ExitCode, commandresult.h).
int runHeadless(const QCommandLineParser &parser, const Options &options);

// True when argv asks for an image (--export-chart, --export-map) or a
// report (--export-report): these
// paint, so they need a GUI application, but never a display.
bool isImageExport(int argc, char **argv);
// Runs --export-chart, --export-map or --export-report and returns the exit code (an ExitCode).
int runImageExport(const QCommandLineParser &parser, const Options &options);

} // namespace CommandLine
