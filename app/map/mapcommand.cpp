#include "mapcommand.h"

#include "choroplethscene.h"
#include "export/imageexporter.h"
#include "filter/filterdescription.h"
#include "mapexport.h"
#include "mapgeometry.h"

#include "backgroundrelease.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace MapCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MapCommand", text);
}

} // namespace

std::optional<MapMetric> metricFromId(const QString &id)
{
    return MapMetrics::fromId(id);
}

std::optional<Classification::Method> methodFromId(const QString &id)
{
    return ClassificationMethods::fromId(id);
}

Aggregations::Records filtered(const QList<ParkRecord> &records, const ParkFilter &filter)
{
    const QString text = filter.text.trimmed().toCaseFolded();
    Aggregations::Records result;
    for (const ParkRecord &r : records) {
        if (filter.acceptsStructured(r) &&
            (text.isEmpty() || ParkFilter::searchText(r).contains(text)))
            result.append(&r);
    }
    return result;
}

CommandResult run(const Request &request, QList<ParkRecord> records)
{
    bool knownFormat = false;
    const ImageExportSettings::Format format =
        ImageExportSettings::formatFromFileName(request.outPath, &knownFormat);
    if (request.outPath.isEmpty())
        return fail(ExitCode::Usage, tr("no output file was given"));
    if (!knownFormat) {
        return fail(ExitCode::Usage,
                    tr("%1: unknown image format: use a file name ending in .png, .svg or .pdf")
                        .arg(request.outPath));
    }
    if (request.classes < Classification::MinPaletteClasses ||
        request.classes > Classification::MaxPaletteClasses) {
        return fail(ExitCode::Usage, tr("%1 classes: choose between %2 and %3")
                                         .arg(request.classes)
                                         .arg(Classification::MinPaletteClasses)
                                         .arg(Classification::MaxPaletteClasses));
    }

    ImageExportSettings settings;
    settings.format = format;
    settings.sizePx = request.sizePx;
    settings.dpi = request.dpi;
    const ExportResult valid = ImageExporter::validate(settings);
    if (!valid.ok())
        return fail(ExitCode::Usage, tr("%1: %2").arg(request.outPath, valid.message));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return fail(ExitCode::WriteFailed,
                    tr("%1: drawing a map needs the graphical libraries, which were not started")
                        .arg(request.outPath));
    }

    const MapGeometry *geometry = &MapGeometry::embedded();
    if (request.level == Request::Level::City && !request.province.isEmpty()) {
        geometry = MapGeometry::citiesOf(request.province);
        if (!geometry)
            return fail(ExitCode::Usage, tr("no city map of \"%1\"").arg(request.province));
    }
    ImageExporter::RenderedExport rendered;
    {
        ChoroplethScene scene(*geometry);
        // A province's few parks are what its map is looked at for.
        scene.setParkMarkersVisible(geometry->isCityMap());
        scene.setCityCirclesVisible(request.level == Request::Level::City &&
                                    request.province.isEmpty());
        scene.setReportFigures(request.reportFigures);
        scene.setQualifiedValues(request.qualified);
        // A city map's title names its province, which the filter line need
        // not repeat.
        const ParkFilter described =
            geometry->isCityMap() ? FilterDescription::without(
                                        request.filter, FilterDescription::Criterion::Provinces)
                                  : request.filter;
        scene.setData(filtered(records, request.filter), request.metric, request.method,
                      request.classes, FilterDescription::summary(described), request.english,
                      false);
        scene.setSelectedProvinces({});
        settings.title = scene.titleText();
        settings.notes = request.notes;
        MapExport exportable(&scene, settings);
        rendered = ImageExporter::render(exportable, settings);
    }
    // Drawn, the map needs the parks no more, and the scene that pointed
    // into them is gone. Freeing 100,000 parks takes longer than writing
    // the PNG (docs/benchmarks.md), so they are freed meanwhile.
    BackgroundRelease<QList<ParkRecord>> release(std::move(records));
    const ExportResult result = ImageExporter::write(rendered, request.outPath);
    if (!result.ok())
        return fail(ExitCode::WriteFailed, result.message);
    return CommandResult();
}

} // namespace MapCommand
