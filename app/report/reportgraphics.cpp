#include "reportgraphics.h"

#include "charts/chartcommand.h"
#include "export/imageexporter.h"
#include "filter/filterdescription.h"
#include "map/choroplethscene.h"
#include "map/mapexport.h"
#include "map/mapgeometry.h"

#include <QChart>

#include <algorithm>
#include <memory>

namespace ReportGraphics {

namespace {

// The most provinces whose city maps a report draws.
constexpr int MaximumCityMaps = 6;

ImageExportSettings settingsFor(const QSize &size, const FigureNotes &notes)
{
    ImageExportSettings settings;
    settings.format = ImageExportSettings::Svg;
    settings.sizePx = size;
    settings.dpi = ImageExportSettings::ScreenDpi;
    settings.notes = notes;
    return settings;
}

Graphic drawMap(const Request &request, const Aggregations::Records &records,
                const MapGeometry &geometry)
{
    ChoroplethScene scene(geometry);
    scene.setParkMarkersVisible(geometry.isCityMap());
    scene.setCityCirclesVisible(false);
    scene.setReportFigures(request.reportFigures);
    const ParkFilter described =
        geometry.isCityMap()
            ? FilterDescription::without(request.filter, FilterDescription::Criterion::Provinces)
            : request.filter;
    scene.setData(records, MapMetric::ParkCount, Classification::Method::Jenks, 5,
                  FilterDescription::summary(described), request.english, false);
    scene.setSelectedProvinces({});
    ImageExportSettings settings = settingsFor(QSize(960, 760), request.notes);
    settings.title = scene.titleText();
    MapExport exportable(&scene, settings);
    return Graphic{ReportContent::Map, settings.title,
                   ImageExporter::svgDocument(exportable, settings)};
}

} // namespace

QList<Graphic> draw(const Request &request)
{
    QList<Graphic> graphics;
    if (!request.records)
        return graphics;
    const QList<ParkRecord> &all = *request.records;
    const Aggregations::Records records = ChartCommand::filtered(all, request.filter);
    if (request.sections.testFlag(ReportContent::Charts)) {
        QList<const ParkRecord *> everything;
        for (const ParkRecord &r : all)
            everything << &r;
        ChartOptions options;
        options.english = request.english;
        options.filterText = FilterDescription::summary(request.filter);
        options.reportFigures = figuresWithin(request.reportFigures, request.filter, everything);
        for (ChartKind kind : request.charts) {
            const BuiltChart built = buildChart(kind, records, options);
            const std::unique_ptr<QChart> chart(built.chart);
            ImageExportSettings settings = settingsFor(QSize(960, 600), request.notes);
            settings.title = built.info.title;
            ChartExport exportable(chart.get());
            graphics << Graphic{ReportContent::Charts, built.info.title,
                                ImageExporter::svgDocument(exportable, settings)};
        }
    }
    if (request.sections.testFlag(ReportContent::Map)) {
        graphics << drawMap(request, records, MapGeometry::embedded());
        QStringList provinces(request.filter.provinces.cbegin(), request.filter.provinces.cend());
        std::sort(provinces.begin(), provinces.end());
        for (const QString &province : std::as_const(provinces).mid(0, MaximumCityMaps)) {
            if (const MapGeometry *cities = MapGeometry::citiesOf(province))
                graphics << drawMap(request, records, *cities);
        }
    }
    return graphics;
}

} // namespace ReportGraphics
