#include "mapcommand.h"

#include "choroplethscene.h"
#include "export/imageexporter.h"
#include "filter/filterdescription.h"
#include "mapexport.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace MapCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MapCommand", text);
}

int fail(QString *errorMessage, const QString &message, int code)
{
    if (errorMessage)
        *errorMessage = message;
    return code;
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

int run(const Request &request, const QList<ParkRecord> &records, QString *errorMessage)
{
    bool knownFormat = false;
    const ImageExportSettings::Format format =
        ImageExportSettings::formatFromFileName(request.outPath, &knownFormat);
    if (request.outPath.isEmpty())
        return fail(errorMessage, tr("no output file was given"), 2);
    if (!knownFormat) {
        return fail(errorMessage,
                    tr("%1: unknown image format: use a file name ending in .png, .svg or .pdf")
                        .arg(request.outPath),
                    2);
    }
    if (request.classes < Classification::MinPaletteClasses ||
        request.classes > Classification::MaxPaletteClasses) {
        return fail(errorMessage,
                    tr("%1 classes: choose between %2 and %3")
                        .arg(request.classes)
                        .arg(Classification::MinPaletteClasses)
                        .arg(Classification::MaxPaletteClasses),
                    2);
    }

    ImageExportSettings settings;
    settings.format = format;
    settings.sizePx = request.sizePx;
    settings.dpi = request.dpi;
    const ExportResult valid = ImageExporter::validate(settings);
    if (!valid.ok())
        return fail(errorMessage, tr("%1: %2").arg(request.outPath, valid.message), 2);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return fail(errorMessage,
                    tr("%1: drawing a map needs the graphical libraries, which were not started")
                        .arg(request.outPath),
                    1);
    }

    ChoroplethScene scene;
    scene.setData(filtered(records, request.filter), request.metric, request.method,
                  request.classes, FilterDescription::summary(request.filter), request.english,
                  false);
    scene.setSelectedProvinces({});
    settings.title = scene.titleText();
    MapExport exportable(&scene, settings);
    const ExportResult result = ImageExporter::exportToFile(exportable, settings, request.outPath);
    if (!result.ok())
        return fail(errorMessage, result.message, 1);
    return 0;
}

} // namespace MapCommand
