// What a user feels at 10,000 to 1,000,000 parks: the real MainWindow,
// driven offscreen by QTest key and mouse events, beside a bare QTableView
// over a QSortFilterProxyModel of the same records. For each interaction it
// measures how long until the window has painted the result, and the longest
// the event loop stood still meanwhile (a 1 ms probe timer), which is what a
// user sees as a frozen window.
//
//   parkguibench --store FILE... [--repetitions R] [--report OUT.md]
//
// Each session (app or baseline, per store) runs in a process of its own,
// so that its peak memory is its own.

#include "citygazetteer.h"
#include "documentsession.h"
#include "filter/filterbar.h"
#include "mainwindow.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "procstatus.h"
#include "readahead.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

// Watches the whole application: the event loop's longest stall (a 1 ms
// timer that notes how late each tick is) and the last paint of any widget.
class Probe : public QObject
{
public:
    Probe()
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (now - m_lastTick > m_longest) {
                m_longest = now - m_lastTick;
                m_stallAt = m_lastTick;
            }
            m_lastTick = now;
        });
        qApp->installEventFilter(this);
    }

    qint64 now() const { return m_clock.nsecsElapsed(); }

    void begin()
    {
        m_start = now();
        m_lastTick = m_start;
        m_longest = 0;
        m_lastPaint = -1;
        m_timer.start();
    }

    // Runs the event loop until DONE (when given) says the interaction's
    // work is done and nothing has painted for QUIET ms since (its result
    // is on screen and the window is idle), or LIMIT ms pass. Returns {ms
    // until the last paint, longest stall in ms}. A sort by a column not
    // yet ranked waits for a worker, which may paint nothing for longer
    // than QUIET.
    std::pair<double, double> end(const std::function<bool()> &done = {}, int quietMs = 450,
                                  int limitMs = 120000)
    {
        QElapsedTimer wall;
        wall.start();
        for (;;) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QTest::qWait(5);
            const qint64 since = now() - std::max(m_lastPaint, m_start);
            if (wall.elapsed() > limitMs)
                break;
            if (since > qint64(quietMs) * 1000000 && (!done || done()))
                break;
        }
        m_timer.stop();
        // With PE_STALLS set: when the longest stall began, in seconds of
        // CLOCK_MONOTONIC, and how long it was, to find it in a profile
        // (perf record -k CLOCK_MONOTONIC).
        if (qEnvironmentVariableIsSet("PE_STALLS"))
            std::fprintf(stderr, "stall %.6f %.6f\n",
                         double(m_clock.msecsSinceReference()) / 1e3 + double(m_stallAt) / 1e9,
                         double(m_longest) / 1e9);
        const double shown = m_lastPaint < 0 ? 0 : double(m_lastPaint - m_start) / 1e6;
        return {shown, double(m_longest) / 1e6};
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            m_lastPaint = now();
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_start = 0;
    qint64 m_lastTick = 0;
    qint64 m_longest = 0;
    qint64 m_stallAt = 0;
    qint64 m_lastPaint = -1;
};

// When WIDGET first painted while READY held, in ms from BEGIN on PROBE's
// clock; -1 until it has. The launch's last paint may be a follow-up's (the
// search text, the name column's ranks, made after the table is shown);
// this is when the user first sees the parks.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *widget, const Probe *probe, qint64 begin, std::function<bool()> ready)
        : m_probe(probe)
        , m_ready(std::move(ready))
        , m_begin(begin)
    {
        widget->installEventFilter(this);
    }
    double ms() const { return m_at < 0 ? -1 : double(m_at - m_begin) / 1e6; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_at < 0 && event->type() == QEvent::Paint && m_ready())
            m_at = m_probe->now();
        return QObject::eventFilter(watched, event);
    }

private:
    const Probe *m_probe;
    std::function<bool()> m_ready;
    qint64 m_begin;
    qint64 m_at = -1;
};

void report(const char *interaction, const std::pair<double, double> &measured)
{
    std::printf("%s=%.1f,%.1f\n", interaction, measured.first, measured.second);
    std::fflush(stdout);
}

void clickHeader(QHeaderView *header, int logical)
{
    const int x = header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

void clickTab(QTabWidget *tabs, int index)
{
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
}

// Clicks on the 中文名称 header (pinyin) and the area header, in turn.
// Whether PROXY filters by TEXT, with no search still running.
std::function<bool()> searched(const ParkFilterProxy *proxy, const QString &text)
{
    return [proxy, text] { return proxy->filter().text == text && !proxy->isSearching(); };
}

// Whether PROXY is sorted by COLUMN, with no sort waiting for its ranks.
std::function<bool()> sortedBy(const ParkFilterProxy *proxy, int column)
{
    return
        [proxy, column] { return proxy->sortColumn() == column && proxy->pendingSortColumn() < 0; };
}

std::function<bool()> sortedBy(const QSortFilterProxyModel *proxy, int column)
{
    return [proxy, column] { return proxy->sortColumn() == column; };
}

template <typename Proxy>
void sortByHeaders(Probe &probe, QHeaderView *header, const Proxy *proxy, int repetitions)
{
    for (int i = 0; i < repetitions; ++i) {
        probe.begin();
        clickHeader(header, ParkTableModel::NameZhColumn);
        report(i == 0 ? "sort_name_zh_first" : "sort_name_zh",
               probe.end(sortedBy(proxy, ParkTableModel::NameZhColumn)));
        probe.begin();
        clickHeader(header, ParkTableModel::AreaColumn);
        report("sort_area", probe.end(sortedBy(proxy, ParkTableModel::AreaColumn)));
    }
}

// The keystroke the issue timed: one letter into the search field, then Esc.
constexpr char Keystroke = 'F';

// The window's session; with LAUNCHONLY, only its launch (a start takes a
// process of its own).
int appSession(const QString &store, int repetitions, bool launchOnly = false)
{
    Probe probe;
    probe.begin();
    const qint64 launchBegin = probe.now();
    // As main() does, in the Chinese UI, where 中文名称 sorts by pinyin.
    ReadAhead::start();
    Translations::install(QStringLiteral("zh_CN"));
    MainWindow window;
    const FirstPaint parksShown(window.tableView()->viewport(), &probe, launchBegin,
                                [&window] { return window.proxy()->rowCount() > 0; });
    window.resize(1600, 1000);
    window.show();
    window.openAtStartup(store);
    report("launch", probe.end());
    report("launch_parks_shown", {parksShown.ms(), 0});
    if (window.proxy()->sourceRecordCount() == 0) {
        std::fprintf(stderr, "the store did not open\n");
        return 1;
    }
    if (launchOnly) {
        std::printf("records=%d\n", window.proxy()->sourceRecordCount());
        return 0;
    }

    QLineEdit *search = window.filterBar()->searchField();
    for (int i = 0; i < repetitions; ++i) {
        search->setFocus();
        probe.begin();
        QTest::keyClick(search, Keystroke);
        report("keystroke", probe.end(searched(window.proxy(), QString(QLatin1Char(Keystroke)))));
        probe.begin();
        QTest::keyClick(search, Qt::Key_Escape);
        report("escape", probe.end(searched(window.proxy(), QString())));
        if (!search->text().isEmpty()) {
            std::fprintf(stderr, "Esc did not clear the search\n");
            return 1;
        }
    }

    QHeaderView *header = window.tableView()->horizontalHeader();
    sortByHeaders(probe, header, window.proxy(), repetitions);
    probe.begin();
    clickHeader(header, ParkTableModel::NameZhColumn);
    report("sort_name_zh", probe.end(sortedBy(window.proxy(), ParkTableModel::NameZhColumn)));
    if (window.proxy()->sortColumn() != ParkTableModel::NameZhColumn) {
        std::fprintf(stderr, "the header click did not sort\n");
        return 1;
    }

    // Tabs: Charts, Map, then back to the table.
    QTabWidget *tabs = window.tabs();
    const int tableTab = tabs->currentIndex();
    for (int i = 0; i < repetitions; ++i) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tab == tableTab)
                continue;
            probe.begin();
            clickTab(tabs, tab);
            const QByteArray name = (i == 0 ? "tab_first_" : "tab_") + QByteArray::number(tab);
            report(name.constData(), probe.end());
        }
        probe.begin();
        clickTab(tabs, tableTab);
        report("tab_table", probe.end());
    }

    // An edit in the table, then Undo, with the table sorted by that column.
    ParkTableView *table = window.tableView();
    const QModelIndex cell = window.proxy()->index(0, ParkTableModel::NameZhColumn);
    table->setFocus();
    table->setCurrentIndex(cell);
    probe.begin();
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    if (!editor || editor == table) {
        std::fprintf(stderr, "F2 did not open an editor\n");
        return 1;
    }
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClicks(editor, QStringLiteral("X"));
    QTest::keyClick(editor, Qt::Key_Return);
    report("edit", probe.end());
    if (window.undoStack()->count() != 1) {
        std::fprintf(stderr, "the edit did not reach the undo stack\n");
        return 1;
    }
    probe.begin();
    window.undoStack()->undo();
    report("undo", probe.end());

    std::printf("peak_kib=%.0f\n", statusKib("VmHWM"));
    std::printf("records=%d\n", window.proxy()->sourceRecordCount());
    return 0;
}

// Plain Qt's share: the same records in a bare proxy and view, the search a
// line edit filtering every column as it is typed.
int baselineSession(const QString &store, int repetitions)
{
    Probe probe;
    probe.begin();
    QMainWindow window;
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    auto *search = new QLineEdit;
    auto *table = new QTableView;
    layout->addWidget(search);
    layout->addWidget(table);
    window.setCentralWidget(central);
    ParkTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSortRole(ParkTableModel::SortRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QObject::connect(search, &QLineEdit::textChanged, &proxy,
                     &QSortFilterProxyModel::setFilterFixedString);
    window.resize(1600, 1000);
    window.show();
    model.setRecords(ParkStore::loadFile(store).document.parks);
    proxy.setSourceModel(&model);
    table->setModel(&proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    report("launch", probe.end());

    for (int i = 0; i < repetitions; ++i) {
        search->setFocus();
        probe.begin();
        QTest::keyClick(search, Keystroke);
        report("keystroke", probe.end());
        probe.begin();
        search->clear(); // a bare QLineEdit has no Esc; clearing is the same change
        report("escape", probe.end());
    }
    sortByHeaders(probe, table->horizontalHeader(), &proxy, repetitions);
    std::printf("peak_kib=%.0f\n", statusKib("VmHWM"));
    std::printf("records=%d\n", model.rowCount());
    return 0;
}

// The load alone, as parkbench times it ("Load (file → model ready)"): the
// city gazetteer read first, then the store opened into a session: read,
// checked, validated and made ready for the model. In a process of its own,
// as the window's launch is.
int loadSession(const QString &store, int repetitions)
{
    CityGazetteer::embedded();
    int records = 0;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer clock;
        clock.start();
        auto session = std::make_unique<DocumentSession>();
        const LoadResult result = session->open(store);
        const double elapsed = double(clock.nsecsElapsed()) / 1e6;
        if (!result.isUsable()) {
            std::fprintf(stderr, "the store did not open\n");
            return 1;
        }
        records = int(result.document.parks.size());
        std::printf("load=%.3f,0\n", elapsed);
    }
    std::printf("records=%d\n", records);
    return 0;
}

struct Figures
{
    QMap<QString, QList<double>> shown;
    QMap<QString, QList<double>> stall;
    double peakKib = 0;
    int records = 0;
};

std::optional<Figures> runSession(const QString &mode, const QString &store, int repetitions)
{
    QTemporaryDir home;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Empty settings: the first run of a new user, the window at its defaults.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/.config"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--run-session"), mode, store, QString::number(repetitions)});
    if (!child.waitForFinished(3600000) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0) {
        QTextStream(stderr) << mode << " session on " << store << " failed\n";
        return std::nullopt;
    }
    Figures figures;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QString key = QString::fromUtf8(line.left(eq));
        const QList<QByteArray> values = line.mid(eq + 1).split(',');
        if (key == QLatin1String("peak_kib"))
            figures.peakKib = values.value(0).toDouble();
        else if (key == QLatin1String("records"))
            figures.records = values.value(0).toInt();
        else if (values.size() == 2) {
            figures.shown[key] << values.at(0).toDouble();
            figures.stall[key] << values.at(1).toDouble();
        }
    }
    return figures;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? -1 : *std::max_element(values.cbegin(), values.cend());
}

QString ms(double value)
{
    if (value < 0)
        return QStringLiteral("—");
    return value >= 100 ? QString::number(value, 'f', 0) + QStringLiteral(" ms")
                        : QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

QString describe(const QString &key)
{
    static const QMap<QString, QString> names = {
        {QStringLiteral("launch"),
         QStringLiteral("Launch with the store (window shown → table painted)")},
        {QStringLiteral("keystroke"),
         QStringLiteral("One keystroke in the search (after the 200 ms pause)")},
        {QStringLiteral("escape"), QStringLiteral("Esc, the search cleared")},
        {QStringLiteral("sort_name_zh_first"),
         QStringLiteral("Click 中文名称 header, first time (pinyin)")},
        {QStringLiteral("sort_name_zh"), QStringLiteral("Click 中文名称 header again")},
        {QStringLiteral("sort_area"), QStringLiteral("Click the area header (numeric)")},
        {QStringLiteral("tab_first_1"), QStringLiteral("First switch to the second tab")},
        {QStringLiteral("tab_first_2"), QStringLiteral("First switch to the third tab")},
        {QStringLiteral("tab_1"), QStringLiteral("Switch to the second tab again")},
        {QStringLiteral("tab_2"), QStringLiteral("Switch to the third tab again")},
        {QStringLiteral("tab_table"), QStringLiteral("Back to the table tab")},
        {QStringLiteral("edit"), QStringLiteral("Edit a name in the table (F2, type, Enter)")},
        {QStringLiteral("undo"), QStringLiteral("Undo the edit")},
    };
    return names.value(key, key);
}

// Starts of the window (and loads alone) measured per store.
constexpr int LaunchRuns = 3;

int parent(const QStringList &stores, int repetitions, const QString &reportPath)
{
    QString out;
    QTextStream md(&out);
    QStringList names;
    for (const QString &store : stores)
        names << QStringLiteral("--store ") + QFileInfo(store).fileName();
    md << "Measured by `parkguibench " << names.join(QLatin1Char(' ')) << " --repetitions "
       << repetitions << "` (median of \"shown after\", largest stall). Machine as above.\n\n";
    md << "| Interaction | Records | Shown after | Longest stall | Baseline shown | Baseline "
          "stall | Target (stall) | Met |\n|---|--:|--:|--:|--:|--:|---|---|\n";
    QString memory;
    QTextStream mem(&memory);
    QString launches;
    QTextStream launch(&launches);
    for (const QString &store : stores) {
        const auto app = runSession(QStringLiteral("app"), store, repetitions);
        const auto base = runSession(QStringLiteral("baseline"), store, repetitions);
        const auto load = runSession(QStringLiteral("load"), store, LaunchRuns);
        if (!app || !base || !load)
            return 1;
        // The data shown at launch against the load alone: what the window
        // adds to reading the file (its own building and painting, the work
        // it shares the two cores with). Starts in processes of their own,
        // as many as the loads: one start alone varied by half at a million
        // parks.
        QList<double> launchesMs = app->shown.value(QStringLiteral("launch_parks_shown"));
        for (int i = 1; i < LaunchRuns; ++i) {
            const auto start = runSession(QStringLiteral("launch"), store, 1);
            if (!start)
                return 1;
            launchesMs << start->shown.value(QStringLiteral("launch_parks_shown"));
        }
        const double launchMs = median(launchesMs);
        const double loadMs = median(load->shown.value(QStringLiteral("load")));
        const double launchRatio = launchMs / loadMs;
        // The issue sets it for 100,000 parks and more: below, the window's
        // own building outweighs the load.
        const bool launchTarget = app->records >= 100000;
        launch << "| " << app->records << " | " << ms(launchMs) << " | " << ms(loadMs) << " | "
               << QString::number(launchRatio, 'f', 2) << "× | "
               << (launchTarget ? "≤ 1.3× the load" : "none set") << " | "
               << (!launchTarget        ? "—"
                   : launchRatio <= 1.3 ? "yes"
                                        : "**no**")
               << " |\n";
        const QStringList order = {
            QStringLiteral("launch"),       QStringLiteral("keystroke"),
            QStringLiteral("escape"),       QStringLiteral("sort_name_zh_first"),
            QStringLiteral("sort_name_zh"), QStringLiteral("sort_area"),
            QStringLiteral("tab_first_1"),  QStringLiteral("tab_first_2"),
            QStringLiteral("tab_1"),        QStringLiteral("tab_2"),
            QStringLiteral("tab_table"),    QStringLiteral("edit"),
            QStringLiteral("undo"),
        };
        for (const QString &key : order) {
            if (!app->shown.contains(key))
                continue;
            const double stall = maximum(app->stall.value(key));
            const bool hasTarget = key != QLatin1String("launch");
            md << "| " << describe(key) << " | " << app->records << " | "
               << ms(median(app->shown.value(key))) << " | " << ms(stall) << " | "
               << ms(median(base->shown.value(key))) << " | " << ms(maximum(base->stall.value(key)))
               << " | "
               << (hasTarget ? QStringLiteral("≤ 50 ms")
                             : QStringLiteral("window answering ≤ 300 ms"))
               << " | "
               << (hasTarget ? (stall <= 50 ? QStringLiteral("yes") : QStringLiteral("**no**"))
                             : (stall <= 300 ? QStringLiteral("yes") : QStringLiteral("**no**")))
               << " |\n";
        }
        const double fileMib = double(QFileInfo(store).size()) / 1048576.0;
        mem << "| " << app->records << " | " << QString::number(fileMib, 'f', 1) << " MiB | "
            << QString::number(app->peakKib / 1024.0, 'f', 1) << " MiB ("
            << QString::number(app->peakKib / 1024.0 / fileMib, 'f', 2) << "×) | "
            << QString::number(base->peakKib / 1024.0, 'f', 1) << " MiB | ≤ 2.5× file | "
            << (app->peakKib / 1024.0 <= 2.5 * fileMib ? "yes" : "**no**") << " |\n";
    }
    md << "\n| Records | File | GUI peak memory (VmHWM) | Baseline peak | Target | Met |\n"
          "|--:|--:|--:|--:|---|---|\n"
       << memory;
    launch.flush();
    md << "\n| Records | Launch: the parks first painted | The load alone (file → model ready) | "
          "Ratio "
          "| Target | Met |\n|--:|--:|--:|--:|---|---|\n"
       << launches;
    md.flush();
    if (reportPath.isEmpty()) {
        QTextStream(stdout) << out;
    } else {
        QFile file(reportPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return 1;
        file.write(out.toUtf8());
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ParkExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("parkexplorer"));
    // A blinking cursor paints twice a second; the probe waits for quiet.
    QApplication::setCursorFlashTime(0);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("--run-session")) {
        const QString mode = args.value(2);
        const QString store = args.value(3);
        const int repetitions = std::max(1, args.value(4).toInt());
        if (mode == QLatin1String("load"))
            return loadSession(store, repetitions);
        if (mode == QLatin1String("launch"))
            return appSession(store, repetitions, true);
        return mode == QLatin1String("app") ? appSession(store, repetitions)
                                            : baselineSession(store, repetitions);
    }
    QStringList stores;
    int repetitions = 3;
    QString reportPath;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--store") && i + 1 < args.size())
            stores << args.at(++i);
        else if (args.at(i) == QLatin1String("--repetitions") && i + 1 < args.size())
            repetitions = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--report") && i + 1 < args.size())
            reportPath = args.at(++i);
        else {
            std::fprintf(
                stderr,
                "usage: parkguibench --store FILE... [--repetitions R] [--report OUT.md]\n");
            return 2;
        }
    }
    if (stores.isEmpty()) {
        std::fprintf(stderr, "parkguibench: no --store given\n");
        return 2;
    }
    return parent(stores, repetitions, reportPath);
}
