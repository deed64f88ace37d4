#include "children.h"
#include "procstatus.h"

#include "documentsession.h"
#include "mainwindow.h"
#include "parkstore.h"
#include "readahead.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMainWindow>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace Children {

namespace {

// Bytes the allocator has handed out and not got back, whether or not it
// has returned the pages of freed memory to the system: RSS alone would
// count freed-but-kept pages as held.
double heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks) + double(info.hblkhd);
}

void print(const char *key, double value)
{
    std::printf("%s=%.0f\n", key, value);
}

// Reports the moment the watched widget has painted for the first time: the
// zero timer fires once the paint event, and the frame it belongs to, are done.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &clock)
        : m_clock(clock)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("startup_ms=%.3f\n", double(m_clock.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_seen = false;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

QMap<QString, double> parseLines(const QByteArray &output)
{
    QMap<QString, double> values;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), line.mid(eq + 1).toDouble());
    }
    return values;
}

} // namespace

int memoryChild(const QString &mode, const QString &file)
{
    const double before = heapInUse();
    if (mode == QLatin1String("raw")) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = f.readAll();
        const QJsonDocument json = QJsonDocument::fromJson(bytes);
        if (json.isNull())
            return 1;
        print("peak_kib", statusKib("VmHWM"));
        print("held_bytes", heapInUse() - before);
        return 0;
    }
    if (mode == QLatin1String("store")) {
        DocumentSession session;
        if (!session.open(file).isUsable())
            return 1;
        print("peak_kib", statusKib("VmHWM"));
        print("held_bytes", heapInUse() - before);
        print("records", session.model()->rowCount());
        return 0;
    }
    return 2;
}

int startupChild(int argc, char *argv[], bool baseline)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    // As main() names the app, so that settings are looked for where the
    // app keeps them (the parent points them at an empty folder).
    QCoreApplication::setOrganizationName(QStringLiteral("ParkExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("parkexplorer"));
    FirstPaint watcher(clock);

    if (baseline) {
        // Plain Qt's share: a main window with a table of the same shape.
        QMainWindow window;
        QStandardItemModel model(28, 21);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                model.setItem(row, column,
                              new QStandardItem(QStringLiteral("%1/%2").arg(row).arg(column)));
        }
        auto *table = new QTableView;
        table->setModel(&model);
        window.setCentralWidget(table);
        table->viewport()->installEventFilter(&watcher);
        window.show();
        return app.exec();
    }
    // In the order main() takes.
    ReadAhead::start();
    Translations::install(Translations::systemLanguage());
    MainWindow window;
    window.tableView()->viewport()->installEventFilter(&watcher);
    window.show();
    window.openAtStartup(ParkStore::EmbeddedPath);
    return app.exec();
}

std::optional<Memory> measureMemory(const QString &mode, const QString &file, int runs)
{
    QList<double> peaks;
    QList<double> held;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--memory-child"), mode, file});
        if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0) {
            QTextStream(stderr) << "memory child (" << mode << ") failed\n";
            return std::nullopt;
        }
        const QMap<QString, double> values = parseLines(child.readAllStandardOutput());
        peaks << values.value(QStringLiteral("peak_kib"));
        held << values.value(QStringLiteral("held_bytes"));
    }
    return Memory{median(peaks), median(held)};
}

std::optional<Startup> measureStartup(bool baseline, int runs)
{
    // Settings, recovery files and user data in a folder of their own, so
    // that every start is a first start on the embedded dataset.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(var), home.filePath(QString::fromLatin1(var)));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QStringList args{QStringLiteral("--startup-child")};
    if (baseline)
        args << QStringLiteral("--baseline");
    QList<double> wall;
    QList<double> inner;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        child.start(QCoreApplication::applicationFilePath(), args);
        QByteArray output;
        double seenAt = -1;
        while (seenAt < 0 && child.waitForReadyRead(60000)) {
            output += child.readAllStandardOutput();
            if (output.contains('\n'))
                seenAt = double(clock.nsecsElapsed()) / 1e6;
        }
        child.waitForFinished(60000);
        output += child.readAllStandardOutput();
        const QMap<QString, double> values = parseLines(output);
        if (seenAt < 0 || !values.contains(QStringLiteral("startup_ms"))) {
            QTextStream(stderr) << "startup child failed\n";
            return std::nullopt;
        }
        wall << seenAt;
        inner << values.value(QStringLiteral("startup_ms"));
    }
    return Startup{median(wall), median(inner)};
}

} // namespace Children
