#include "appsettings.h"
#include "commandline.h"
#include "commandresult.h"
#include "mainwindow.h"
#include "readahead.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ParkExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("parkexplorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKEXPLORER_VERSION));
}

// Installs the language asked for on the command line, or the system's.
// Returns false (after saying so) for a language the app does not have.
bool installLanguage(const QString &requested)
{
    const QString language = requested.isEmpty() ? Translations::systemLanguage() : requested;
    if (Translations::install(language))
        return true;
    QTextStream(stderr) << QCoreApplication::translate("main", "Unknown language \"%1\" (use %2)")
                               .arg(language, Translations::available().join(QStringLiteral(", ")))
                        << '\n';
    return false;
}

// Runs a command-line command on an application object of the right kind.
template <typename Application, typename Command>
int runCommand(int &argc, char **argv, const QString &language, Command command)
{
    Application app(argc, argv);
    describeApplication();
    if (!installLanguage(language))
        return int(ExitCode::Usage);
    QCommandLineParser parser;
    CommandLine::Options options;
    CommandLine::setup(parser, options);
    const int refused = CommandLine::processArguments(parser, options, app);
    if (refused >= 0)
        return refused;
    return command(parser, options);
}

} // namespace

int main(int argc, char *argv[])
{
    const QString language = CommandLine::languageArgument(argc, argv);

    if (CommandLine::isHeadless(argc, argv)) {
        CommandLine::prepareHeadlessPlatform();
        return runCommand<QCoreApplication>(argc, argv, language, &CommandLine::runHeadless);
    }

    if (CommandLine::isImageExport(argc, argv)) {
        // Images are painted without a display, whatever the environment
        // names (xcb with no X server, or a platform that does not exist,
        // would abort), and the platform has nothing to say on the terminal.
        CommandLine::prepareHeadlessPlatform();
        return runCommand<QApplication>(argc, argv, language, &CommandLine::runImageExport);
    }

    QApplication app(argc, argv);
    ReadAhead::start();
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Park Explorer"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/parkexplorer.svg")));
    if (!installLanguage(language.isEmpty() ? AppSettings::language() : language))
        return int(ExitCode::Usage);
    if (AppSettings::theme() != AppSettings::Theme::FollowSystem)
        MainWindow::applyTheme(AppSettings::theme());
    QCommandLineParser parser;
    CommandLine::Options options;
    CommandLine::setup(parser, options);
    const int refused = CommandLine::processArguments(parser, options, app);
    if (refused >= 0)
        return refused;
    const QStringList files = parser.positionalArguments();

    MainWindow window;
    window.show();
    window.openAtStartup(files.value(0));
    return app.exec();
}
