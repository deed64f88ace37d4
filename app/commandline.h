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
};

// Sets up the parser; the descriptions are translated, so call this after
// the translations are installed.
void setup(QCommandLineParser &parser, Options &options);

// True when argv asks for a command that needs no window.
bool isHeadless(int argc, char **argv);

// The --lang value in argv, if any, so that translations can be installed
// before the parser (whose help text is translated) is set up.
QString languageArgument(int argc, char **argv);

// Runs --validate, --summary or --export-csv and returns the exit code.
int runHeadless(const QCommandLineParser &parser, const Options &options);

} // namespace CommandLine
