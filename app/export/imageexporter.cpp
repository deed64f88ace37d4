#include "imageexporter.h"

#include "export/notedexport.h"
#include "export/pngencoder.h"

#include <QClipboard>
#include <QGuiApplication>

#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <optional>

namespace {

// Screens are laid out at 96 dpi; exports at other resolutions scale from
// there so that a 10 pt label is 10 pt on paper too.
constexpr double LogicalDpi = ImageExportSettings::ScreenDpi;

// Puts the scene back whatever happens between layoutFor() and the end of
// rendering.
class LayoutGuard
{
public:
    LayoutGuard(ExportableScene &scene, const ImageExportSettings &settings)
        : m_scene(scene)
    {
        m_scene.setTransparentBackground(settings.transparentBackground);
        m_scene.layoutFor(settings.logicalSize());
    }
    ~LayoutGuard() { m_scene.restoreLayout(); }

    LayoutGuard(const LayoutGuard &) = delete;
    LayoutGuard &operator=(const LayoutGuard &) = delete;

private:
    ExportableScene &m_scene;
};

// Renders the scene into TARGET (painter coordinates) after laying it out
// at the export size.
void paintScene(ExportableScene &exportable, const ImageExportSettings &settings, QPainter &painter,
                const QRectF &target)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!settings.transparentBackground)
        painter.fillRect(target, Qt::white);

    // The notes under the figure, when there are any, belong to it.
    std::optional<NotedExport> noted;
    if (!settings.notes.isEmpty())
        noted.emplace(exportable, settings.notes);
    ExportableScene &figure = noted ? static_cast<ExportableScene &>(*noted) : exportable;
    LayoutGuard guard(figure, settings);
    if (QGraphicsScene *scene = figure.scene())
        scene->render(&painter, target, figure.sourceRect(), Qt::IgnoreAspectRatio);
}

QString formatName(ImageExportSettings::Format format)
{
    switch (format) {
    case ImageExportSettings::Png:
        return QStringLiteral("PNG");
    case ImageExportSettings::Svg:
        return QStringLiteral("SVG");
    case ImageExportSettings::Pdf:
        return QStringLiteral("PDF");
    }
    return QString();
}

bool isKnownFormat(ImageExportSettings::Format format)
{
    return format == ImageExportSettings::Png || format == ImageExportSettings::Svg ||
           format == ImageExportSettings::Pdf;
}

void setDotsPerInch(QImage &image, double dpi)
{
    const int dotsPerMeter = qRound(dpi * 1000 / ImageExportSettings::MmPerInch);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
}

ExportResult failure(ExportResult::Error error, const QString &message)
{
    ExportResult result;
    result.status = Result::Status::Failed;
    result.error = error;
    result.message = message;
    return result;
}

// Vector documents are produced in memory and then written to the file in
// one go: the generators do not report write errors, the file does. Both
// are 96 dpi devices, because fonts given in points are resolved with the
// device's resolution while the painter already scales from the 96 dpi
// layout; a 300 dpi device would draw such text 3.125 times too large.
// Nothing is lost: the output is vector, and its physical size is the
// logical size at 96 dpi, which is the requested size at the requested dpi.

QByteArray renderSvg(ExportableScene &scene, const ImageExportSettings &settings)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // User units are pixels at the requested dpi, so that the numbers in the
    // file match the PNG export.
    const QRectF target(QPointF(0, 0), QSizeF(settings.sizePx));
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    // The size in mm written to the file comes from these two; whole 96 dpi
    // pixels put it within 0.14 mm of the requested size.
    generator.setResolution(int(LogicalDpi));
    generator.setSize(settings.logicalSize().toSize());
    generator.setViewBox(target);
    generator.setTitle(settings.title);
    QPainter painter;
    if (!painter.begin(&generator))
        return QByteArray();
    paintScene(scene, settings, painter, target);
    if (!painter.end())
        return QByteArray();
    buffer.close();
    return bytes;
}

QByteArray renderPdf(ExportableScene &scene, const ImageExportSettings &settings)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(settings.title);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setResolution(int(LogicalDpi));
    // ExactMatch: a figure that happens to be close to A4 must not become A4.
    const QPageSize pageSize(settings.sizeMm(), QPageSize::Millimeter, settings.title,
                             QPageSize::ExactMatch);
    if (!writer.setPageLayout(
            QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter)))
        return QByteArray();
    QPainter painter;
    if (!painter.begin(&writer))
        return QByteArray();
    paintScene(scene, settings, painter, QRectF(QPointF(0, 0), settings.logicalSize()));
    if (!painter.end())
        return QByteArray();
    buffer.close();
    return bytes;
}

} // namespace

// ImageExportSettings -------------------------------------------------------

QSizeF ImageExportSettings::logicalSize() const
{
    if (dpi <= 0)
        return QSizeF();
    return QSizeF(sizePx) * (LogicalDpi / dpi);
}

QSizeF ImageExportSettings::sizeMm() const
{
    if (dpi <= 0)
        return QSizeF();
    return QSizeF(pxToMm(sizePx.width(), dpi), pxToMm(sizePx.height(), dpi));
}

ImageExportSettings::Format ImageExportSettings::formatFromFileName(const QString &fileName,
                                                                    bool *ok)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (Format format : {Png, Svg, Pdf}) {
        if (suffix == extensionFor(format)) {
            if (ok)
                *ok = true;
            return format;
        }
    }
    if (ok)
        *ok = false;
    return Png;
}

QString ImageExportSettings::extensionFor(Format format)
{
    switch (format) {
    case Png:
        return QStringLiteral("png");
    case Svg:
        return QStringLiteral("svg");
    case Pdf:
        return QStringLiteral("pdf");
    }
    return QString();
}

QString ImageExportSettings::withExtension(const QString &path, Format format)
{
    if (path.isEmpty())
        return path;
    const QString extension = extensionFor(format);
    // Only the file name, so that a dot in a folder name is never taken for
    // an extension.
    const qsizetype nameStart = path.lastIndexOf(QLatin1Char('/')) + 1;
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot >= nameStart) {
        const QString suffix = path.mid(dot + 1);
        bool known = false;
        const Format current = formatFromFileName(path, &known);
        if (known && current == format)
            return path;
        // JPEG and the like are not offered, but they are still image
        // extensions the user meant to replace.
        static const QStringList otherImageSuffixes = {
            QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("tif"),
            QStringLiteral("tiff"), QStringLiteral("bmp"),  QStringLiteral("webp"),
            QStringLiteral("eps"),  QStringLiteral("ps")};
        if (known || suffix.isEmpty() || otherImageSuffixes.contains(suffix.toLower()))
            return path.left(dot + 1) + extension;
    }
    return path + QLatin1Char('.') + extension;
}

// ExportableScene -----------------------------------------------------------

ExportableScene::~ExportableScene() = default;

// ChartExport ---------------------------------------------------------------

ChartExport::ChartExport(QChart *chart)
    : m_chart(chart)
{
    Q_ASSERT(chart);
    if (!m_chart->scene()) {
        m_ownScene = std::make_unique<QGraphicsScene>();
        m_ownScene->addItem(m_chart);
    }
}

ChartExport::~ChartExport()
{
    // The chart belongs to the caller: take it out before the scene deletes
    // its items.
    if (m_ownScene && m_chart->scene() == m_ownScene.get())
        m_ownScene->removeItem(m_chart);
}

QGraphicsScene *ChartExport::scene()
{
    return m_chart->scene();
}

void ChartExport::layoutFor(const QSizeF &logicalSize)
{
    if (!m_layoutChanged) {
        m_savedGeometry = m_chart->geometry();
        m_savedAnimations = int(m_chart->animationOptions());
        m_layoutChanged = true;
    }
    // An animation would be caught halfway by the render.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->resize(logicalSize);
    relayout();
}

QRectF ChartExport::sourceRect() const
{
    return m_chart->mapRectToScene(m_chart->rect());
}

void ChartExport::restoreLayout()
{
    if (m_backgroundChanged) {
        m_chart->setBackgroundVisible(m_savedBackgroundVisible);
        m_backgroundChanged = false;
    }
    if (m_layoutChanged) {
        m_chart->setGeometry(m_savedGeometry);
        relayout();
        m_chart->setAnimationOptions(QChart::AnimationOptions(m_savedAnimations));
        m_layoutChanged = false;
    }
}

void ChartExport::setTransparentBackground(bool transparent)
{
    if (!m_backgroundChanged) {
        m_savedBackgroundVisible = m_chart->isBackgroundVisible();
        m_backgroundChanged = true;
    }
    m_chart->setBackgroundVisible(m_savedBackgroundVisible && !transparent);
}

void ChartExport::relayout()
{
    // Changes not yet laid out (a new title, axis labels) wait for a posted
    // layout request, and a resize to the current size does not flush it;
    // the render comes before the event loop runs.
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
}

// ImageExporter -------------------------------------------------------------

ExportResult ImageExporter::validate(const ImageExportSettings &settings)
{
    if (!isKnownFormat(settings.format))
        return failure(ExportResult::UnsupportedFormat, tr("the file format is not supported"));
    const QSize size = settings.sizePx;
    if (size.width() > MaximumSidePx || size.height() > MaximumSidePx) {
        return failure(ExportResult::TooLarge,
                       tr("%1 × %2 pixels is too large: at most %3 pixels a side can be exported")
                           .arg(size.width())
                           .arg(size.height())
                           .arg(MaximumSidePx));
    }
    if (size.width() < MinimumSidePx || size.height() < MinimumSidePx) {
        return failure(ExportResult::InvalidSettings,
                       tr("%1 × %2 pixels is too small: at least %3 pixels a side are needed")
                           .arg(size.width())
                           .arg(size.height())
                           .arg(MinimumSidePx));
    }
    if (settings.dpi < MinimumDpi || settings.dpi > MaximumDpi) {
        return failure(ExportResult::InvalidSettings,
                       tr("%1 dpi is not a usable resolution: choose between %2 and %3 dpi")
                           .arg(settings.dpi)
                           .arg(MinimumDpi)
                           .arg(MaximumDpi));
    }
    return ExportResult();
}

QByteArray ImageExporter::svgDocument(ExportableScene &scene, const ImageExportSettings &settings)
{
    if (!validate(settings).ok())
        return QByteArray();
    return renderSvg(scene, settings);
}

QImage ImageExporter::renderImage(ExportableScene &scene, const ImageExportSettings &settings)
{
    if (!validate(settings).ok())
        return QImage();
    QImage image(settings.sizePx, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(settings.transparentBackground ? Qt::transparent : Qt::white);

    // Painted as a 96 dpi device: fonts given in points are resolved with the
    // device's dpi, and the painter already scales by dpi / 96.
    setDotsPerInch(image, LogicalDpi);
    QPainter painter(&image);
    paintScene(scene, settings, painter, QRectF(QPointF(0, 0), QSizeF(settings.sizePx)));
    painter.end();
    setDotsPerInch(image, settings.dpi);
    return image;
}

namespace {

ExportResult cannotBeWritten(const QString &path, const QString &reason)
{
    return failure(ExportResult::FileError,
                   ImageExporter::tr("%1: cannot be written: %2").arg(path, reason));
}

// What is refused before anything is drawn or written.
ExportResult checkTarget(const ImageExportSettings &settings, const QString &path)
{
    ExportResult check = ImageExporter::validate(settings);
    if (!check.ok()) {
        check.message = ImageExporter::tr("%1: %2").arg(path, check.message);
        return check;
    }
    if (path.isEmpty())
        return failure(ExportResult::FileError, ImageExporter::tr("no file name was given"));
    // Saving over a device or FIFO would replace it with a regular file (as
    // root, /dev/null itself) or block.
    const QFileInfo existing(path);
    if (existing.exists() && !existing.isFile())
        return cannotBeWritten(path, ImageExporter::tr("not a regular file"));
    return ExportResult();
}

} // namespace

ImageExporter::RenderedExport ImageExporter::render(ExportableScene &scene,
                                                    const ImageExportSettings &settings)
{
    RenderedExport rendered;
    rendered.settings = settings;
    if (!validate(settings).ok())
        return rendered;
    switch (settings.format) {
    case ImageExportSettings::Png:
        rendered.image = renderImage(scene, settings);
        break;
    case ImageExportSettings::Svg:
        rendered.document = renderSvg(scene, settings);
        break;
    case ImageExportSettings::Pdf:
        rendered.document = renderPdf(scene, settings);
        break;
    }
    return rendered;
}

ExportResult ImageExporter::write(const RenderedExport &rendered, const QString &path)
{
    const ImageExportSettings &settings = rendered.settings;
    const ExportResult check = checkTarget(settings, path);
    if (!check.ok())
        return check;
    const bool png = settings.format == ImageExportSettings::Png;
    if (png && rendered.image.isNull()) {
        return failure(ExportResult::TooLarge,
                       tr("%1: there is not enough memory for a %2 × %3 pixel image")
                           .arg(path)
                           .arg(settings.sizePx.width())
                           .arg(settings.sizePx.height()));
    }
    if (!png && rendered.document.isEmpty()) {
        return failure(
            ExportResult::FileError,
            tr("%1: the %2 document could not be produced").arg(path, formatName(settings.format)));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotBeWritten(path, file.errorString());
    QString failed;
    if (png)
        failed = PngEncoder::write(rendered.image, settings.title, &file);
    else if (file.write(rendered.document) != rendered.document.size())
        failed = file.errorString();
    if (!failed.isEmpty()) {
        file.cancelWriting();
        return cannotBeWritten(path, failed);
    }
    if (!file.commit())
        return cannotBeWritten(path, file.errorString());
    return ExportResult();
}

ExportResult ImageExporter::exportToFile(ExportableScene &scene,
                                         const ImageExportSettings &settings, const QString &path)
{
    // A size or a file refused costs no drawing.
    const ExportResult check = checkTarget(settings, path);
    if (!check.ok())
        return check;
    return write(render(scene, settings), path);
}

QMimeData *ImageExporter::clipboardData(ExportableScene &scene, const ImageExportSettings &settings)
{
    ImageExportSettings pngSettings = settings;
    pngSettings.format = ImageExportSettings::Png;
    const QImage image = renderImage(scene, pngSettings);
    if (image.isNull())
        return nullptr;

    auto *data = new QMimeData;
    data->setImageData(image);
    // Also as ready-made PNG bytes, for the applications that only look for
    // image/png rather than asking Qt's clipboard to convert.
    QByteArray png;
    QBuffer buffer(&png);
    if (buffer.open(QIODevice::WriteOnly) &&
        PngEncoder::write(image, pngSettings.title, &buffer).isEmpty())
        data->setData(QStringLiteral("image/png"), png);
    return data;
}

ImageExportSettings ImageExportSettings::forClipboard(const QSizeF &onScreen, const QString &title)
{
    constexpr int scale = 2;
    ImageExportSettings s;
    s.format = Png;
    s.dpi = ScreenDpi * scale;
    s.sizePx = (onScreen * scale).toSize();
    s.title = title;
    return s;
}

bool ImageExporter::copyToClipboard(ExportableScene &scene, const ImageExportSettings &settings)
{
    QMimeData *data = clipboardData(scene, settings);
    if (!data)
        return false;
    QGuiApplication::clipboard()->setMimeData(data);
    return true;
}
