#include "reportcommand.h"

#include "charts/chartcommand.h"
#include "figurenotes.h"
#include "filter/filterdescription.h"
#include "report/reportgraphics.h"
#include "report/reportrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ReportCommand {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

bool isHtml(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

bool isPdf(const QString &path)
{
    return QFileInfo(path).suffix().toLower() == QLatin1String("pdf");
}

std::optional<double> reportTotal(const QList<ReportFigure> &figures)
{
    for (const ReportFigure &figure : figures) {
        if (figure.key == QLatin1String("parks") && figure.scope.isEverything())
            return figure.value;
    }
    return std::nullopt;
}

} // namespace

ReportContent::Document content(const Request &request, const ParkDocument &document)
{
    const QList<ReportFigure> figures = parseReportFigures(document.about);
    QList<const ParkRecord *> all;
    for (const ParkRecord &r : document.parks)
        all << &r;
    ReportContent::Input input;
    input.records = ChartCommand::filtered(document.parks, request.filter);
    input.inDataset = int(document.parks.size());
    input.figures = figuresWithin(figures, request.filter, all);
    input.reportTotal = reportTotal(figures);
    input.about = document.about;
    input.filter = FilterDescription::summary(request.filter);
    input.english = request.english;
    input.title = request.title;
    input.subtitle = request.subtitle;
    input.date = request.date ? *request.date : ReportContent::reportDate();
    input.sections = request.sections;
    input.factSheetsAtAnySize = request.factSheetsAtAnySize;
    input.columns = request.columns;
    return ReportContent::build(input);
}

QByteArray render(const Request &request, const ParkDocument &document,
                  const ReportRenderer::Progress &progress)
{
    const ReportContent::Document doc = content(request, document);
    ReportGraphics::Request graphics;
    graphics.records = &document.parks;
    graphics.filter = request.filter;
    graphics.reportFigures = parseReportFigures(document.about);
    graphics.english = request.english;
    graphics.sections = request.sections;
    graphics.charts = request.charts;
    FigureNotes::Data notes;
    notes.shown = doc.parkCount;
    notes.inDataset = int(document.parks.size());
    notes.reportTotal = reportTotal(graphics.reportFigures);
    notes.filter = FilterDescription::summary(request.filter);
    notes.about = document.about;
    notes.map = true;
    graphics.notes = FigureNotes::standard(notes);
    const QList<ReportGraphics::Graphic> drawn = ReportGraphics::draw(graphics);
    if (isHtml(request.outPath))
        return ReportRenderer::html(doc, drawn);
    return ReportRenderer::pdf(doc, drawn, request.paper, progress);
}

CommandResult run(const Request &request, const ParkDocument &document)
{
    const QString shown = QDir::toNativeSeparators(request.outPath);
    if (request.outPath.isEmpty())
        return fail(ExitCode::Usage, Texts::tr("no output file was given"));
    if (!isHtml(request.outPath) && !isPdf(request.outPath)) {
        return fail(
            ExitCode::Usage,
            Texts::tr("%1: unknown report format; use a .pdf or .html file name").arg(shown));
    }
    const QByteArray bytes = render(request, document);
    if (bytes.isEmpty())
        return fail(ExitCode::WriteFailed,
                    Texts::tr("%1: the report could not be produced").arg(shown));
    const QFileInfo existing(request.outPath);
    if (existing.exists() && !existing.isFile()) {
        return fail(
            ExitCode::WriteFailed,
            Texts::tr("%1: cannot be written: %2").arg(shown, Texts::tr("not a regular file")));
    }
    QSaveFile file(request.outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ExitCode::WriteFailed,
                    Texts::tr("%1: cannot be written: %2").arg(shown, file.errorString()));
    }
    return CommandResult();
}

QList<ChartKind> defaultCharts()
{
    return {ChartKind::ByProvince, ChartKind::ByYear, ChartKind::Leadership};
}

ResultOf<QList<ChartKind>> chartsFromList(const QString &list)
{
    QList<ChartKind> charts;
    for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<ChartKind> kind = chartKindFromId(id);
        if (!kind) {
            QStringList known;
            for (ChartKind k : allChartKinds())
                known << chartKindId(k);
            return Result::failure(Texts::tr("unknown chart \"%1\": use %2")
                                       .arg(id.trimmed(), known.join(QLatin1Char(','))));
        }
        if (!charts.contains(*kind))
            charts << *kind;
    }
    if (charts.isEmpty())
        return Result::failure(Texts::tr("--charts names no chart"));
    return charts;
}

ResultOf<QList<ParkField>> columnsFromList(const QString &list)
{
    QList<ParkField> columns;
    for (const QString &key : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const FieldRegistry::Field *field = FieldRegistry::byKey(key.trimmed());
        if (!field) {
            return Result::failure(
                Texts::tr("unknown column \"%1\": use the fields' JSON keys, as in the stable "
                          "CSV's header")
                    .arg(key.trimmed()));
        }
        if (!columns.contains(field->field))
            columns << field->field;
    }
    if (columns.isEmpty())
        return Result::failure(Texts::tr("--columns names no column"));
    return columns;
}

ResultOf<ReportContent::Sections> sectionsFromList(const QString &list)
{
    ReportContent::Sections sections;
    for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<ReportContent::Section> s = ReportContent::sectionFromId(id);
        if (!s) {
            QStringList known;
            for (ReportContent::Section k : ReportContent::allSections())
                known << ReportContent::sectionId(k);
            return Result::failure(Texts::tr("unknown report section \"%1\": use %2")
                                       .arg(id.trimmed(), known.join(QLatin1Char(','))));
        }
        sections |= *s;
    }
    if (!sections)
        return Result::failure(Texts::tr("--sections names no section"));
    return sections;
}

std::optional<QPageSize::PageSizeId> paperFromId(const QString &id)
{
    const QString paper = id.trimmed().toLower();
    if (paper == QLatin1String("a4"))
        return QPageSize::A4;
    if (paper == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

} // namespace ReportCommand
