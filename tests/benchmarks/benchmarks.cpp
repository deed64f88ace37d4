#include "benchmarks.h"

#include "aggregations.h"
#include "citygazetteer.h"
#include "classification.h"
#include "commandline.h"
#include "documentsession.h"
#include "map/choroplethmetric.h"
#include "map/choroplethscene.h"
#include "map/mapgeometry.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "reportfigures.h"
#include "summary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QTextStream>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <random>

namespace Benchmarks {

namespace {

// A store's file. What each benchmark needs of it is loaded in the
// benchmark's own set-up and dropped after it, so that the process holds no
// more than the app would: a load timed beside 100,000 other parks held in
// memory ran 60% slower.
struct Store
{
    QString path;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QHash<QString, int> recordCounts;
// Kept for the whole run: Google Benchmark calls the functions after
// registerAll() returns.
std::vector<std::unique_ptr<Store>> stores;
QString largestStore;
QString workDir;

// The largest store in a model, for everything that works on a loaded
// document. Made on first use, after the load and save benchmarks.
ParkTableModel *model()
{
    static std::unique_ptr<ParkTableModel> shared;
    if (!shared) {
        shared = std::make_unique<ParkTableModel>();
        shared->setRecords(ParkStore::loadFile(largestStore).document.parks);
    }
    return shared.get();
}

const Aggregations::Records &allRecords()
{
    static const ParkSnapshot snapshot(model()->records());
    return snapshot.pointers();
}

// The records as a table sorted by another column than the file's order
// shows them, scattered over memory: what the charts and the map count
// after a sort.
const Aggregations::Records &scatteredRecords()
{
    static const Aggregations::Records scattered = [] {
        Aggregations::Records records = allRecords();
        std::shuffle(records.begin(), records.end(), std::mt19937(1));
        return records;
    }();
    return scattered;
}

std::string name(const char *base, int records)
{
    return std::string(base) + '/' + std::to_string(records);
}

void requireUsable(benchmark::State &state, const LoadResult &result)
{
    if (!result.isUsable())
        state.SkipWithError("the store could not be loaded");
}

// File to model ready, as the app opens a file (the table can be shown);
// with SEARCHABLE, until the search text made after it is ready too.
void load(benchmark::State &state, const Store *store, bool searchable)
{
    // The app reads the city gazetteer (which the search text spells city
    // names from) on its own thread from its first moment; its 150 ms are
    // not a load's.
    CityGazetteer::embedded();
    for (auto _ : state) {
        auto session = std::make_unique<DocumentSession>();
        auto result = std::make_unique<LoadResult>(session->open(store->path));
        if (searchable)
            benchmark::DoNotOptimize(session->model()->searchTexts());
        state.PauseTiming(); // freeing is not part of getting ready
        requireUsable(state, *result);
        result.reset();
        session.reset();
        state.ResumeTiming();
    }
}

void loadBaseline(benchmark::State &state, const Store *store)
{
    const QByteArray bytes = fileBytes(store->path);
    for (auto _ : state) {
        auto json = std::make_unique<QJsonDocument>(QJsonDocument::fromJson(bytes));
        benchmark::DoNotOptimize(json.get());
        state.PauseTiming();
        json.reset();
        state.ResumeTiming();
    }
}

// --summary as the command line runs it: the store loaded, summed up and
// written as JSON text. Its baseline is the load alone, as the command line
// loads (on one thread, without the table's search index).
void summaryCommand(benchmark::State &state, const Store *store, bool summary)
{
    for (auto _ : state) {
        auto result = std::make_unique<LoadResult>(ParkStore::loadFile(store->path));
        if (summary) {
            Aggregations::Records records;
            for (const ParkRecord &r : result->document.parks)
                records.append(&r);
            const QByteArray text =
                QJsonDocument(Summary::build(records, parseReportFigures(result->document.about)))
                    .toJson(QJsonDocument::Indented);
            benchmark::DoNotOptimize(text.data());
        }
        state.PauseTiming();
        requireUsable(state, *result);
        result.reset();
        state.ResumeTiming();
    }
}

// What `parkexplorer --export-map --out map.png STORE` does, through the
// command's own parser and code, in this process: load, map, PNG written.
void exportMapCommand(benchmark::State &state, const Store *store)
{
    const QString out = QDir(workDir).filePath(QStringLiteral("map.png"));
    for (auto _ : state) {
        QCommandLineParser parser;
        CommandLine::Options options;
        CommandLine::setup(parser, options);
        if (!parser.parse({QStringLiteral("parkexplorer"), QStringLiteral("--export-map"),
                           QStringLiteral("--out"), out, QStringLiteral("--force"), store->path}) ||
            CommandLine::runImageExport(parser, options) != 0) {
            state.SkipWithError("--export-map failed");
        }
    }
}

// A re-save over the file, as the app does it: FILE.bak kept, atomic commit.
void save(benchmark::State &state, const Store *store)
{
    const ParkDocument document = ParkStore::loadFile(store->path).document;
    const QString path = QDir(workDir).filePath(QStringLiteral("save.json"));
    if (!ParkStore::save(document, path).ok())
        state.SkipWithError("cannot save");
    for (auto _ : state) {
        if (!ParkStore::save(document, path).ok())
            state.SkipWithError("cannot save");
    }
}

void saveBaseline(benchmark::State &state, const Store *store)
{
    const QJsonDocument json = QJsonDocument::fromJson(fileBytes(store->path));
    const QString path = QDir(workDir).filePath(QStringLiteral("save-baseline.json"));
    for (auto _ : state) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(json.toJson(QJsonDocument::Indented)) < 0)
            state.SkipWithError("cannot write");
    }
}

// Two texts one keystroke apart; each iteration types or deletes that key.
const QString keystrokeTexts[] = {QStringLiteral("区块链产"), QStringLiteral("区块链产业")};

void filterText(benchmark::State &state, bool withProvinces)
{
    ParkFilterProxy proxy;
    proxy.setSourceModel(model());
    ParkFilter filter;
    if (withProvinces)
        filter.provinces = {QStringLiteral("浙江省"), QStringLiteral("广东省")};
    int i = 0;
    for (auto _ : state) {
        filter.text = keystrokeTexts[i++ % 2];
        proxy.setFilter(filter);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
    state.counters["rows"] = proxy.rowCount();
}

void filterTextBaseline(benchmark::State &state)
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model());
    proxy.setFilterKeyColumn(ParkTableModel::NameZhColumn);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    int i = 0;
    for (auto _ : state) {
        proxy.setFilterFixedString(keystrokeTexts[i++ % 2]);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
    state.counters["rows"] = proxy.rowCount();
}

template <typename Proxy> void sortColumn(benchmark::State &state, Proxy *proxy, int column)
{
    proxy->setSourceModel(model());
    for (auto _ : state) {
        proxy->sort(column, Qt::AscendingOrder);
        state.PauseTiming();
        proxy->sort(-1); // back to source order, so that every sort starts alike
        state.ResumeTiming();
    }
}

// A sort by a column sorted before: its sort values and keys are kept.
void sortApp(benchmark::State &state, int column)
{
    ParkFilterProxy proxy;
    proxy.setCollationLocale(QLocale(QLocale::Chinese, QLocale::China));
    proxy.setSourceModel(model());
    proxy.sort(column, Qt::AscendingOrder);
    proxy.sort(-1);
    sortColumn(state, &proxy, column);
}

// The first sort by a column: a new proxy each time, so that the column's
// sort values and collation keys are made within the timed sort.
void sortAppFirst(benchmark::State &state, int column)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto proxy = std::make_unique<ParkFilterProxy>();
        proxy->setCollationLocale(QLocale(QLocale::Chinese, QLocale::China));
        proxy->setSourceModel(model());
        state.ResumeTiming();
        proxy->sort(column, Qt::AscendingOrder);
        state.PauseTiming();
        proxy.reset();
        state.ResumeTiming();
    }
}

void sortBaseline(benchmark::State &state, int column)
{
    QSortFilterProxyModel proxy;
    proxy.setSortRole(ParkTableModel::SortRole);
    sortColumn(state, &proxy, column);
}

template <typename Function>
void aggregation(benchmark::State &state, Function function, bool scattered = false)
{
    const Aggregations::Records &records = scattered ? scatteredRecords() : allRecords();
    for (auto _ : state) {
        auto result = function(records);
        benchmark::DoNotOptimize(result);
    }
}

// The least any aggregation can cost: one look at each record.
void aggregationBaseline(benchmark::State &state, bool scattered)
{
    const Aggregations::Records &records = scattered ? scatteredRecords() : allRecords();
    for (auto _ : state) {
        int sum = 0;
        for (const ParkRecord *r : std::as_const(records))
            sum += int(r->leadership);
        benchmark::DoNotOptimize(sum);
    }
}

// Everything the charts tab and the map compute when the filter changes.
void allCharts(benchmark::State &state)
{
    using namespace Aggregations;
    const Records &records = allRecords();
    for (auto _ : state) {
        benchmark::DoNotOptimize(byProvince(records));
        benchmark::DoNotOptimize(byCity(records));
        benchmark::DoNotOptimize(byYear(records));
        benchmark::DoNotOptimize(byMonth(records));
        benchmark::DoNotOptimize(byLeadership(records));
        benchmark::DoNotOptimize(byCarrierType(records));
        benchmark::DoNotOptimize(cumulativeByYear(records));
        for (Metric m : {Metric::AreaKm2, Metric::Enterprises, Metric::FundCny100m}) {
            benchmark::DoNotOptimize(topBy(records, m, 10));
            benchmark::DoNotOptimize(metricStats(records, m));
        }
        for (MapMetric m : MapMetrics::all())
            benchmark::DoNotOptimize(provinceFigures(m, records));
    }
}

// --summary of a store whose about.reportFigures holds 2,000 figures of
// distinct scopes (issue 13: 62 s on 100,000 parks when each figure went
// through every park).
void summaryManyFigures(benchmark::State &state)
{
    const Aggregations::Records &records = allRecords();
    static const QStringList provinces = {QString(), QStringLiteral("浙江省"),
                                          QStringLiteral("广东省"), QStringLiteral("上海市")};
    QList<ReportFigure> figures;
    for (int i = 0; i < 2000; ++i) {
        ReportFigure f;
        f.key = i % 2 ? QStringLiteral("parks") : QStringLiteral("maxAreaKm2");
        f.scope.leadership = Leadership(i % 3);
        f.scope.province = provinces.at(i % provinces.size());
        f.scope.foundedFrom = 2010 + i % 10;
        f.scope.foundedTo = 2020 + i / 10 % 20;
        figures.append(f);
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(Summary::build(records, figures));
}

constexpr int mapWidth = 1600;
constexpr int mapHeight = 1200;

void choropleth(benchmark::State &state)
{
    ChoroplethScene scene(MapGeometry::embedded());
    scene.setData(allRecords(), MapMetric::ParkCount, Classification::Method::Jenks, 5, QString(),
                  false, false);
    scene.setParkMarkersVisible(false);
    scene.layoutFor(QSizeF(mapWidth, mapHeight));
    QImage image(mapWidth, mapHeight, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(0, 0, mapWidth, mapHeight), scene.sceneRect());
    }
}

// Plain QPainter over the same outlines, projected and filled once each:
// what drawing the provinces costs without the scene around them.
void choroplethBaseline(benchmark::State &state)
{
    const MapGeometry &geometry = MapGeometry::embedded();
    const QRectF bounds = geometry.bounds();
    const double scale = std::min(mapWidth / bounds.width(), mapHeight / bounds.height());
    QTransform transform;
    transform.scale(scale, scale);
    transform.translate(-bounds.left(), -bounds.top());
    QList<QPainterPath> paths;
    for (const MapGeometry::Province &p : geometry.provinces())
        paths << transform.map(p.path);
    const QList<QColor> colors = Classification::sequentialPalette(5);
    QImage image(mapWidth, mapHeight, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(image.rect(), Qt::white);
        painter.setPen(QPen(Qt::darkGray, 0.8));
        for (int i = 0; i < paths.size(); ++i) {
            painter.setBrush(colors.at(i % colors.size()));
            painter.drawPath(paths.at(i));
        }
    }
}

QList<double> provinceCounts()
{
    QList<double> values;
    for (const Aggregations::Count &c : Aggregations::byProvince(allRecords()))
        values << c.total;
    // Every province counts, even in a tiny smoke-test store.
    while (values.size() < 34)
        values << double(values.size() % 7);
    return values;
}

void jenks(benchmark::State &state)
{
    const QList<double> values = provinceCounts();
    for (auto _ : state)
        benchmark::DoNotOptimize(Classification::jenksBreaks(values, 5));
}

void jenksBaseline(benchmark::State &state)
{
    const QList<double> values = provinceCounts();
    for (auto _ : state)
        benchmark::DoNotOptimize(Classification::equalIntervalBreaks(values, 5));
}

} // namespace

int recordCount(const QString &store)
{
    return recordCounts.value(store);
}

bool registerAll(const Config &config)
{
    workDir = config.workDir;
    QTextStream err(stderr);
    for (const QString &path : config.stores) {
        const LoadResult result = ParkStore::loadFile(path);
        if (!result.isUsable()) {
            err << path << ": not a usable store\n";
            return false;
        }
        recordCounts.insert(path, int(result.document.parks.size()));
        stores.push_back(std::make_unique<Store>(Store{path}));
    }
    largestStore = config.stores.last();

    const auto timed = [](benchmark::internal::Benchmark *b) {
        b->Unit(benchmark::kMillisecond)->UseRealTime();
    };
    for (const auto &store : stores) {
        const int n = recordCounts.value(store->path);
        const Store *s = store.get();
        timed(benchmark::RegisterBenchmark(name("load", n).c_str(), load, s, false));
        timed(benchmark::RegisterBenchmark(name("load_searchable", n).c_str(), load, s, true));
        timed(benchmark::RegisterBenchmark(name("load_baseline", n).c_str(), loadBaseline, s));
        timed(benchmark::RegisterBenchmark(name("summary_command", n).c_str(), summaryCommand, s,
                                           true));
        timed(benchmark::RegisterBenchmark(name("load_command", n).c_str(), summaryCommand, s,
                                           false));
        timed(benchmark::RegisterBenchmark(name("save", n).c_str(), save, s));
        timed(benchmark::RegisterBenchmark(name("save_baseline", n).c_str(), saveBaseline, s));
    }

    const int n = recordCounts.value(largestStore);

    timed(benchmark::RegisterBenchmark(name("exportmap_command", n).c_str(), exportMapCommand,
                                       stores.back().get()));
    timed(benchmark::RegisterBenchmark(name("filter_text", n).c_str(), filterText, false));
    timed(benchmark::RegisterBenchmark(name("filter_text_province", n).c_str(), filterText, true));
    timed(benchmark::RegisterBenchmark(name("filter_baseline", n).c_str(), filterTextBaseline));

    timed(benchmark::RegisterBenchmark(name("sort_area", n).c_str(), sortApp,
                                       int(ParkTableModel::AreaColumn)));
    timed(benchmark::RegisterBenchmark(name("sort_area_baseline", n).c_str(), sortBaseline,
                                       int(ParkTableModel::AreaColumn)));
    timed(benchmark::RegisterBenchmark(name("sort_name_zh", n).c_str(), sortApp,
                                       int(ParkTableModel::NameZhColumn)));
    timed(benchmark::RegisterBenchmark(name("sort_name_zh_first", n).c_str(), sortAppFirst,
                                       int(ParkTableModel::NameZhColumn)));
    timed(benchmark::RegisterBenchmark(name("sort_name_zh_baseline", n).c_str(), sortBaseline,
                                       int(ParkTableModel::NameZhColumn)));

    using namespace Aggregations;
    const auto aggregate = [&](const char *label, auto function) {
        timed(benchmark::RegisterBenchmark(
            name(label, n).c_str(), [function](benchmark::State &s) { aggregation(s, function); }));
    };
    aggregate("agg_byProvince", byProvince);
    aggregate("agg_byCity", byCity);
    aggregate("agg_byYear", byYear);
    aggregate("agg_byMonth", byMonth);
    aggregate("agg_byLeadership", byLeadership);
    aggregate("agg_byCarrierType", byCarrierType);
    aggregate("agg_cumulativeByYear", cumulativeByYear);
    aggregate("agg_topBy_area", [](const Records &r) { return topBy(r, Metric::AreaKm2, 10); });
    aggregate("agg_topBy_enterprises",
              [](const Records &r) { return topBy(r, Metric::Enterprises, 10); });
    aggregate("agg_topBy_fund", [](const Records &r) { return topBy(r, Metric::FundCny100m, 10); });
    aggregate("agg_map_parks",
              [](const Records &r) { return provinceFigures(MapMetric::ParkCount, r); });
    aggregate("agg_map_area",
              [](const Records &r) { return provinceFigures(MapMetric::AreaKm2, r); });
    timed(benchmark::RegisterBenchmark(name("agg_all_charts", n).c_str(), allCharts));
    timed(
        benchmark::RegisterBenchmark(name("agg_baseline", n).c_str(), aggregationBaseline, false));
    timed(benchmark::RegisterBenchmark(name("agg_baseline_scattered", n).c_str(),
                                       aggregationBaseline, true));
    timed(benchmark::RegisterBenchmark(
        name("agg_byProvince_scattered", n).c_str(),
        [](benchmark::State &s) { aggregation(s, Aggregations::byProvince, true); }));
    timed(
        benchmark::RegisterBenchmark(name("summary_2000_figures", n).c_str(), summaryManyFigures));

    timed(benchmark::RegisterBenchmark(name("choropleth", n).c_str(), choropleth));
    timed(benchmark::RegisterBenchmark(name("choropleth_baseline", n).c_str(), choroplethBaseline));
    benchmark::RegisterBenchmark("jenks/34", jenks)->Unit(benchmark::kMicrosecond)->UseRealTime();
    benchmark::RegisterBenchmark("jenks_baseline/34", jenksBaseline)
        ->Unit(benchmark::kMicrosecond)
        ->UseRealTime();
    return true;
}

} // namespace Benchmarks
