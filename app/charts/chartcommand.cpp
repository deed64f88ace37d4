#include "chartcommand.h"

#include "export/imageexporter.h"
#include "filter/filterdescription.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>

#include <memory>

namespace ChartCommand {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)
};

} // namespace

Aggregations::Records filtered(const QList<ParkRecord> &records, const ParkFilter &filter)
{
    const QString text = filter.text.trimmed().toCaseFolded();
    Aggregations::Records result;
    for (const ParkRecord &r : records) {
        if (!filter.acceptsStructured(r))
            continue;
        if (!text.isEmpty() && !ParkFilter::searchText(r).contains(text))
            continue;
        result.append(&r);
    }
    return result;
}

CommandResult run(const Request &request, const QList<ParkRecord> &records)
{
    const QString shownPath = QDir::toNativeSeparators(request.outPath);
    if (request.outPath.isEmpty())
        return fail(ExitCode::Usage, Texts::tr("no output file was given"));
    bool known = false;
    const ImageExportSettings::Format format =
        ImageExportSettings::formatFromFileName(request.outPath, &known);
    if (!known) {
        return fail(ExitCode::Usage,
                    Texts::tr("%1: unknown image format; use a .png, .svg or .pdf file name")
                        .arg(shownPath));
    }
    if (request.topN < 1) {
        return fail(ExitCode::Usage,
                    Texts::tr("%1 is not a number of entries to show").arg(request.topN));
    }

    ImageExportSettings settings;
    settings.format = format;
    settings.sizePx = request.sizePx;
    settings.dpi = request.dpi;
    const ExportResult check = ImageExporter::validate(settings);
    if (!check.ok())
        return fail(ExitCode::Usage, Texts::tr("%1: %2").arg(shownPath, check.message));

    ChartOptions options;
    options.topN = request.topN;
    options.english = request.english;
    options.logScale = request.logScale;
    options.filterText = FilterDescription::summary(request.filter);
    QList<const ParkRecord *> all;
    all.reserve(records.size());
    for (const ParkRecord &r : records)
        all << &r;
    options.reportFigures = figuresWithin(request.reportFigures, request.filter, all);
    const BuiltChart built = buildChart(request.kind, filtered(records, request.filter), options);
    const std::unique_ptr<QChart> chart(built.chart);
    settings.title = built.info.title;
    settings.notes = request.notes;

    ChartExport exportable(chart.get());
    const ExportResult result = ImageExporter::exportToFile(exportable, settings, request.outPath);
    if (!result.ok())
        return fail(ExitCode::WriteFailed, result.message);
    return CommandResult();
}

} // namespace ChartCommand
