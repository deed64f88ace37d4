#pragma once

#include "figurenotes.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>

class QChart;
class QGraphicsScene;
class QMimeData;

// What to produce. The pixel size is the size of the output at the given
// resolution: 3000 x 2000 px at 300 dpi is a 254 x 169 mm figure, and text
// in it has the same physical size as on a 96 dpi screen.
struct ImageExportSettings
{
    enum Format
    {
        Png,
        Svg,
        Pdf
    };

    // The resolution screens are laid out at, and that of an export that
    // asks for no other.
    static constexpr int ScreenDpi = 96;
    static constexpr double MmPerInch = 25.4;

    Format format = Png;
    QSize sizePx;
    int dpi = ScreenDpi;
    bool transparentBackground = false;
    QString title; // document title in SVG and PDF (and a PNG text chunk)
    // Printed under the figure: what it covers and its sources. Empty: none.
    FigureNotes notes;

    // The size the content is laid out at, in device-independent pixels, so
    // that fonts and line widths keep their physical size at any dpi.
    QSizeF logicalSize() const;
    QSizeF sizeMm() const;

    static Format formatFromFileName(const QString &fileName, bool *ok = nullptr);
    // "png", "svg" or "pdf", without the dot.
    static QString extensionFor(Format format);
    // PATH with the extension of FORMAT: a known image extension is replaced
    // (so switching the format in a dialog does not give "chart.png.svg"),
    // anything else is kept and the extension appended.
    static QString withExtension(const QString &path, Format format);

    static double mmToPx(double mm, int dpi) { return mm / MmPerInch * dpi; }
    static double pxToMm(double px, int dpi) { return px * MmPerInch / dpi; }
    // A PNG for the clipboard: the on-screen layout at twice the pixels and
    // twice the dpi, so that it stays sharp when pasted into a document.
    static ImageExportSettings forClipboard(const QSizeF &onScreen, const QString &title);
};

// On failure, message names the file (when there is one) and the reason,
// and error says which kind of failure it was.
struct ExportResult : Result
{
    enum Error
    {
        NoError,
        FileError,
        TooLarge,
        InvalidSettings,
        UnsupportedFormat
    };

    Error error = NoError;
};

// Something that can be exported: a graphics scene whose content is laid out
// again at the export size, so that the output is a fresh rendering rather
// than a scaled copy of what is on screen. The exporter calls
// setTransparentBackground() and layoutFor(), renders sourceRect() of
// scene(), then calls restoreLayout().
class ExportableScene
{
public:
    virtual ~ExportableScene();

    virtual QGraphicsScene *scene() = 0;
    // Lays the content out at LOGICALSIZE (device-independent pixels).
    virtual void layoutFor(const QSizeF &logicalSize) = 0;
    // The scene area to render, valid after layoutFor().
    virtual QRectF sourceRect() const = 0;
    // Undoes layoutFor() and setTransparentBackground().
    virtual void restoreLayout() {}
    // Hides the content's own background so that only what is drawn on it
    // remains; scenes without a background of their own can ignore it.
    virtual void setTransparentBackground(bool transparent) { Q_UNUSED(transparent); }
};

// Exports a chart, whether it is shown in a QChartView or stands alone (it is
// then put in a scene of its own for as long as this adapter lives).
class ChartExport : public ExportableScene
{
public:
    explicit ChartExport(QChart *chart);
    ~ChartExport() override;

    ChartExport(const ChartExport &) = delete;
    ChartExport &operator=(const ChartExport &) = delete;

    QGraphicsScene *scene() override;
    void layoutFor(const QSizeF &logicalSize) override;
    QRectF sourceRect() const override;
    void restoreLayout() override;
    void setTransparentBackground(bool transparent) override;

private:
    void relayout();

    QChart *m_chart;
    std::unique_ptr<QGraphicsScene> m_ownScene;
    QRectF m_savedGeometry;
    int m_savedAnimations = 0;
    bool m_savedBackgroundVisible = true;
    bool m_layoutChanged = false;
    bool m_backgroundChanged = false;
};

// Writes PNG, SVG and PDF files from an ExportableScene. It never talks to
// the user: problems come back as an ExportResult for the caller to show.
class ImageExporter
{
    Q_DECLARE_TR_FUNCTIONS(ImageExporter)

public:
    static constexpr int MinimumSidePx = 16;
    static constexpr int MaximumSidePx = 20000;
    static constexpr int MinimumDpi = 10;
    static constexpr int MaximumDpi = 4800;

    // Success when the settings can be exported, whatever the file.
    static ExportResult validate(const ImageExportSettings &settings);

    // Writes PATH atomically: on failure an existing file is left untouched
    // and no partial file is created.
    static ExportResult exportToFile(ExportableScene &scene, const ImageExportSettings &settings,
                                     const QString &path);

    // What render() drew, for write() to put in a file: the image of a PNG,
    // the document of an SVG or PDF; neither when it could not be drawn.
    struct RenderedExport
    {
        ImageExportSettings settings;
        QImage image;
        QByteArray document;
    };
    // exportToFile() in its two steps, for a caller with work to do between
    // them: the scene is no longer needed once render() returns.
    static RenderedExport render(ExportableScene &scene, const ImageExportSettings &settings);
    // Writes what render() drew to PATH as exportToFile() does; settings that
    // could not be drawn are reported here, naming PATH.
    static ExportResult write(const RenderedExport &rendered, const QString &path);

    // The SVG document of the content (as an .svg export writes it); empty
    // when the settings are invalid or the document could not be produced.
    static QByteArray svgDocument(ExportableScene &scene, const ImageExportSettings &settings);

    // The content at settings.sizePx, ARGB32_Premultiplied, with the dpi
    // recorded; a null image when the settings are invalid.
    static QImage renderImage(ExportableScene &scene, const ImageExportSettings &settings);

    // Clipboard contents (a PNG image) for Edit > Copy; the caller owns the
    // result. Null when the settings are invalid.
    static QMimeData *clipboardData(ExportableScene &scene, const ImageExportSettings &settings);
    // Puts the image on the system clipboard; false if the settings are refused.
    static bool copyToClipboard(ExportableScene &scene, const ImageExportSettings &settings);
};
