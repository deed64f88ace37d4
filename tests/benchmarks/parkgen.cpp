// parkgen N OUT [--seed S]: writes a synthetic park store of N records.

#include "syntheticstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a synthetic park store of N records (deterministic per seed)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("number of records"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("file to write"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("random seed (default 1)"),
                                        QStringLiteral("S"), QStringLiteral("1"));
    parser.addOption(seedOption);
    parser.process(app);

    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    bool countOk = false;
    bool seedOk = false;
    const int count = args.value(0).toInt(&countOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (args.size() != 2 || !countOk || count < 0 || !seedOk) {
        err << "usage: parkgen N OUT [--seed S]\n";
        return 2;
    }
    const ParkDocument doc = SyntheticStore::generate(count, seed);
    const SaveResult result = ParkStore::save(doc, args.at(1));
    if (!result.ok()) {
        err << result.message << '\n';
        return 1;
    }
    return 0;
}
