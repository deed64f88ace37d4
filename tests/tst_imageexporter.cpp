#include "export/imageexporter.h"
#include "export/pngencoder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMimeData>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <QValueAxis>
#include <QXmlStreamReader>
#include <sys/stat.h>

#include <memory>

namespace {

const QColor BarColour(0x1f, 0x77, 0xb4);
const QString ChartTitle = QStringLiteral("Parks by province 测试");

// Records what the exporter asks of the scene it exports.
class SpyScene : public ExportableScene
{
public:
    explicit SpyScene(ExportableScene &inner)
        : m_inner(inner)
    {}

    QGraphicsScene *scene() override { return m_inner.scene(); }
    void layoutFor(const QSizeF &logicalSize) override
    {
        layouts.append(logicalSize);
        m_inner.layoutFor(logicalSize);
    }
    QRectF sourceRect() const override { return m_inner.sourceRect(); }
    void restoreLayout() override
    {
        ++restores;
        m_inner.restoreLayout();
    }
    void setTransparentBackground(bool transparent) override
    {
        m_inner.setTransparentBackground(transparent);
    }

    QList<QSizeF> layouts;
    int restores = 0;

private:
    ExportableScene &m_inner;
};

ImageExportSettings settingsFor(ImageExportSettings::Format format, QSize size, int dpi)
{
    ImageExportSettings s;
    s.format = format;
    s.sizePx = size;
    s.dpi = dpi;
    s.title = ChartTitle;
    return s;
}

int countPixels(const QImage &image, QRgb colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] == colour)
                ++n;
        }
    }
    return n;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// Text drawn straight with QPainter, which resolves point sizes with the
// paint device's resolution, as a map's labels would be.
class PaintedText : public QGraphicsItem
{
public:
    QRectF boundingRect() const override { return QRectF(0, 0, 90, 40); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QFont font = painter->font();
        font.setPointSizeF(12);
        painter->setFont(font);
        painter->setPen(Qt::black);
        painter->drawText(QPointF(5, 25), QStringLiteral("Hg"));
    }
};

// A plain scene, laid out once and for all: the kind of content a map is.
class TextScene : public ExportableScene
{
public:
    TextScene()
    {
        m_scene.addItem(new PaintedText);
        QFont font;
        font.setPointSizeF(12);
        QGraphicsSimpleTextItem *simple = m_scene.addSimpleText(QStringLiteral("Hg"), font);
        simple->setBrush(Qt::black);
        simple->setPos(101, 5);
    }

    QGraphicsScene *scene() override { return &m_scene; }
    void layoutFor(const QSizeF &) override {}
    QRectF sourceRect() const override { return QRectF(0, 0, 192, 96); }

private:
    QGraphicsScene m_scene;
};

// Height of the rows of REGION that hold dark pixels.
int inkHeight(const QImage &image, const QRect &region)
{
    int top = -1;
    int bottom = -1;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        for (int x = region.left(); x <= region.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 128) {
                if (top < 0)
                    top = y;
                bottom = y;
                break;
            }
        }
    }
    return top < 0 ? 0 : bottom - top + 1;
}

// Pixels of the dark grey the theme uses for text (and not of the blue
// bars, which are dark too).
int textPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            const int spread =
                qMax(qMax(qRed(p), qGreen(p)), qBlue(p)) - qMin(qMin(qRed(p), qGreen(p)), qBlue(p));
            if (qGray(p) < 128 && spread < 24)
                ++n;
        }
    }
    return n;
}

// Takes LIMIT bytes, then refuses, as a full disk does.
class FillingDevice : public QIODevice
{
public:
    explicit FillingDevice(qint64 limit)
        : m_limit(limit)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        if (m_written + length > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += length;
        return length;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

QImage renderSvgFile(const QString &path, const QSize &size)
{
    QSvgRenderer renderer(path);
    if (!renderer.isValid())
        return QImage();
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image;
}

} // namespace

class TestImageExporter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto *set = new QBarSet(QStringLiteral("Parks"));
        *set << 7 << 5 << 3;
        set->setColor(BarColour);
        set->setBorderColor(BarColour);
        auto *series = new QBarSeries;
        series->append(set);

        m_chart = new QChart;
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_chart->setTitle(ChartTitle);
        m_chart->addSeries(series);
        auto *categories = new QBarCategoryAxis;
        categories->append(
            {QStringLiteral("广东"), QStringLiteral("浙江"), QStringLiteral("上海")});
        m_chart->addAxis(categories, Qt::AlignBottom);
        series->attachAxis(categories);
        auto *values = new QValueAxis;
        values->setRange(0, 8);
        m_chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);

        // The view is never shown, so it never resizes the chart: give the
        // chart its "on-screen" size directly.
        m_view = std::make_unique<QChartView>(m_chart);
        m_chart->resize(OnScreenSize);
        m_exportable = std::make_unique<ChartExport>(m_chart);
        QVERIFY(m_dir.isValid());
    }

    // The notes travel with the figure as text in every format, under the
    // content, which is laid out in the height left; the scene is as it was
    // afterwards.
    void notesArePrintedUnderTheFigure()
    {
        ImageExportSettings s;
        s.sizePx = QSize(1200, 800);
        s.dpi = 150;
        s.notes.coverage = QStringLiteral("28 of the 44 parks the report counts");
        s.notes.source = QStringLiteral("Sources: the report ") + QChar(0x01) +
                         QStringLiteral("and the dataset");
        const int itemsBefore = int(m_chart->scene()->items().size());
        SpyScene spy(*m_exportable);
        s.format = ImageExportSettings::Svg;
        const QString svgPath = m_dir.filePath(QStringLiteral("noted.svg"));
        QVERIFY(ImageExporter::exportToFile(spy, s, svgPath).ok());
        const QByteArray svg = readAll(svgPath);
        QVERIFY(svg.contains("28 of the 44 parks the report counts"));
        QVERIFY(svg.contains("Sources: the report"));
        QVERIFY(!svg.contains('\x01')); // no control character reaches the SVG
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // The content got the height above the notes.
        QCOMPARE(spy.layouts.size(), 1);
        QCOMPARE(spy.layouts.first().width(), s.logicalSize().width());
        QVERIFY(spy.layouts.first().height() < s.logicalSize().height() - 20);
        QVERIFY(spy.layouts.first().height() > s.logicalSize().height() / 2);
        QCOMPARE(int(m_chart->scene()->items().size()), itemsBefore);

        // In the PNG, the band under the chart holds dark text pixels.
        s.format = ImageExportSettings::Png;
        const QImage image = ImageExporter::renderImage(*m_exportable, s);
        const int bandTop = int(spy.layouts.first().height() * s.dpi / 96.0) + 2;
        int dark = 0;
        for (int y = bandTop; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128;
        }
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));

        // Without notes, nothing is added.
        s.notes = FigureNotes();
        SpyScene plain(*m_exportable);
        QVERIFY(ImageExporter::exportToFile(plain, s, m_dir.filePath(QStringLiteral("plain.png")))
                    .ok());
        QCOMPARE(plain.layouts.first(), s.logicalSize());
    }

    void cleanup()
    {
        m_exportable.reset();
        m_view.reset();
        m_chart = nullptr;
    }

    void pngHasRequestedSizeAndDpi()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.png"));
        const ImageExportSettings s = settingsFor(ImageExportSettings::Png, {3000, 2000}, 300);
        const ExportResult result = ImageExporter::exportToFile(*m_exportable, s, path);
        QVERIFY2(result.ok(), qPrintable(result.message));

        QImage image;
        QVERIFY(image.load(path, "PNG"));
        QCOMPARE(image.size(), QSize(3000, 2000));
        QVERIFY(qAbs(image.dotsPerMeterX() - 300 / 0.0254) < 2);
        QVERIFY(qAbs(image.dotsPerMeterY() - 300 / 0.0254) < 2);

        image = image.convertToFormat(QImage::Format_ARGB32);
        const int colours = distinctColours(image);
        QVERIFY2(colours > 50, qPrintable(QString::number(colours)));
        // Three bars over most of a 3000 x 2000 plot: far more than a
        // thumbnail's worth of bar colour.
        const int bar = countPixels(image, BarColour.rgb());
        QVERIFY2(bar > 100000, qPrintable(QString::number(bar)));
        QCOMPARE(image.pixel(2, 2), qRgb(255, 255, 255));
    }

    void layoutUsesLogicalSize()
    {
        SpyScene spy(*m_exportable);
        const QImage image = ImageExporter::renderImage(
            spy, settingsFor(ImageExportSettings::Png, {3000, 2000}, 300));
        QCOMPARE(image.size(), QSize(3000, 2000));
        QCOMPARE(image.format(), QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(spy.layouts.size(), 1);
        // 3000 px at 300 dpi is 10 inches, 960 screen pixels.
        QCOMPARE(spy.layouts.first(), QSizeF(960, 640));
        QCOMPARE(spy.restores, 1);
    }

    void relaidOutNotStretched()
    {
        // Laid out again, a wider export gets wider bars but text of the same
        // size; a stretched screenshot would widen the text as much.
        const QImage narrow =
            ImageExporter::renderImage(*m_exportable,
                                       settingsFor(ImageExportSettings::Png, {600, 400}, 96))
                .convertToFormat(QImage::Format_ARGB32);
        const QImage wide =
            ImageExporter::renderImage(*m_exportable,
                                       settingsFor(ImageExportSettings::Png, {1800, 400}, 96))
                .convertToFormat(QImage::Format_ARGB32);
        const int narrowBar = countPixels(narrow, BarColour.rgb());
        const int wideBar = countPixels(wide, BarColour.rgb());
        QVERIFY(narrowBar > 1000);
        QVERIFY2(wideBar > 3 * narrowBar,
                 qPrintable(QStringLiteral("%1 vs %2").arg(wideBar).arg(narrowBar)));
        const int narrowText = textPixels(narrow);
        const int wideText = textPixels(wide);
        QVERIFY(narrowText > 200);
        QVERIFY2(wideText < narrowText * 3 / 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(wideText).arg(narrowText)));
    }

    void transparentBackground()
    {
        const QString path = m_dir.filePath(QStringLiteral("clear.png"));
        ImageExportSettings s = settingsFor(ImageExportSettings::Png, {800, 600}, 96);
        s.transparentBackground = true;
        const ExportResult result = ImageExporter::exportToFile(*m_exportable, s, path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QImage image;
        QVERIFY(image.load(path));
        QVERIFY(image.hasAlphaChannel());
        // Corners, and margins inside the chart's own (normally white)
        // background.
        QCOMPARE(qAlpha(image.pixel(1, 1)), 0);
        QCOMPARE(qAlpha(image.pixel(image.width() - 2, image.height() - 2)), 0);
        QCOMPARE(qAlpha(image.pixel(20, image.height() / 2)), 0);
        QCOMPARE(qAlpha(image.pixel(image.width() / 2, 8)), 0);
        // The bars are still there, opaque.
        QVERIFY(countPixels(image.convertToFormat(QImage::Format_ARGB32), BarColour.rgb()) > 1000);
        QVERIFY(m_chart->isBackgroundVisible());
    }

    // The file holds exactly the pixels drawn; an opaque figure without an
    // alpha channel (a quarter of its bytes), a transparent one with it.
    void pngHoldsTheRenderedPixels_data()
    {
        QTest::addColumn<bool>("transparent");
        QTest::newRow("opaque") << false;
        QTest::newRow("transparent") << true;
    }

    void pngHoldsTheRenderedPixels()
    {
        QFETCH(bool, transparent);
        const QString path = m_dir.filePath(QStringLiteral("pixels.png"));
        ImageExportSettings s = settingsFor(ImageExportSettings::Png, {900, 600}, 150);
        s.transparentBackground = transparent;
        const ExportResult result = ImageExporter::exportToFile(*m_exportable, s, path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QImage written;
        QVERIFY(written.load(path, "PNG"));
        QCOMPARE(written.hasAlphaChannel(), transparent);
        // Stored straight, the translucent edges come back to the very
        // premultiplied pixels they were drawn as.
        const QImage drawn = ImageExporter::renderImage(*m_exportable, s);
        QCOMPARE(drawn.format(), QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(written.convertToFormat(QImage::Format_ARGB32_Premultiplied), drawn);
        QVERIFY(qAbs(written.dotsPerMeterX() - 150 / 0.0254) < 2);
    }

    // The title travels in the PNG, in Latin-1 or, when it is not, in UTF-8.
    void pngKeepsItsTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("latin-1") << QStringLiteral("Parks by province, Zürich edition");
        QTest::newRow("chinese") << QStringLiteral("各省区块链产业园区数量");
        QTest::newRow("none") << QString();
    }

    void pngKeepsItsTitle()
    {
        QFETCH(QString, title);
        QImage image(40, 30, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(PngEncoder::write(image, title, &buffer), QString());
        QImage read;
        QVERIFY(read.loadFromData(bytes, "PNG"));
        QCOMPARE(read.text(QStringLiteral("Title")), title);
        QCOMPARE(read.textKeys().isEmpty(), title.isEmpty());
        QCOMPARE(read.pixel(5, 5), qRgb(255, 255, 255));
    }

    // Any image format is written; one that is not 32-bit is converted.
    void pngWritesOtherFormats()
    {
        QImage image(30, 20, QImage::Format_Grayscale8);
        image.fill(100);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(PngEncoder::write(image, QString(), &buffer), QString());
        QImage read;
        QVERIFY(read.loadFromData(bytes, "PNG"));
        QCOMPARE(read.size(), QSize(30, 20));
        QCOMPARE(read.pixel(29, 19), qRgb(100, 100, 100));
        QCOMPARE(PngEncoder::write(QImage(), QString(), &buffer).isEmpty(), false);
    }

    // A device that stops taking bytes half-way: the reason is the device's.
    void pngWriteFailureSaysWhy()
    {
        QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
        // Noise, so that the compressed image is larger than the limit.
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgb((x * 7 + y * 13) % 256, (x * y) % 256, (x ^ y) % 256));
        }
        FillingDevice device(4096);
        QCOMPARE(PngEncoder::write(image, ChartTitle, &device),
                 QStringLiteral("No space left on device"));
    }

    // Drawn first and written later, from the drawing alone: the file is
    // the one exportToFile() writes, and a drawing that could not be made
    // is refused by the write, which names the file.
    void renderedExportIsWrittenLater_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("png") << int(ImageExportSettings::Png);
        QTest::newRow("svg") << int(ImageExportSettings::Svg);
        QTest::newRow("pdf") << int(ImageExportSettings::Pdf);
    }

    void renderedExportIsWrittenLater()
    {
        QFETCH(int, format);
        const auto f = ImageExportSettings::Format(format);
        const ImageExportSettings s = settingsFor(f, {640, 480}, 96);
        const QString direct =
            m_dir.filePath(QStringLiteral("direct.") + ImageExportSettings::extensionFor(f));
        const QString later =
            m_dir.filePath(QStringLiteral("later.") + ImageExportSettings::extensionFor(f));
        QVERIFY(ImageExporter::exportToFile(*m_exportable, s, direct).ok());
        const ImageExporter::RenderedExport rendered = ImageExporter::render(*m_exportable, s);
        // The scene changes after the drawing; the file does not.
        m_chart->setTitle(QStringLiteral("Changed after drawing"));
        QVERIFY(ImageExporter::write(rendered, later).ok());
        if (f == ImageExportSettings::Png) {
            QCOMPARE(readAll(later), readAll(direct));
        } else {
            // SVG and PDF carry no clock; the PDF's ID may differ.
            QCOMPARE(readAll(later).size(), readAll(direct).size());
            QVERIFY(!readAll(later).contains("Changed after drawing"));
        }

        ImageExportSettings huge = s;
        huge.sizePx = QSize(30000, 100);
        const ExportResult refused =
            ImageExporter::write(ImageExporter::render(*m_exportable, huge), later);
        QCOMPARE(refused.error, ExportResult::TooLarge);
        QVERIFY2(refused.message.contains(later), qPrintable(refused.message));
        QVERIFY(QFileInfo::exists(later));
    }

    void specialFilesAreNotReplaced()
    {
        // Saving over a FIFO would block, over a device replace it (as root,
        // /dev/null itself) with a regular file.
        const QString fifo = m_dir.filePath(QStringLiteral("fifo.png"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const ExportResult result = ImageExporter::exportToFile(
            *m_exportable, settingsFor(ImageExportSettings::Png, {800, 600}, 96), fifo);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(QStringLiteral("not a regular file")),
                 qPrintable(result.message));
        QVERIFY(!QFileInfo(fifo).isFile());
    }

    void svgIsWellFormedAndHasTitle()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
        const ImageExportSettings s = settingsFor(ImageExportSettings::Svg, {3000, 2000}, 300);
        const ExportResult result = ImageExporter::exportToFile(*m_exportable, s, path);
        QVERIFY2(result.ok(), qPrintable(result.message));

        const QByteArray bytes = readAll(path);
        QXmlStreamReader xml(bytes);
        QString text;
        QString documentTitle;
        QString width;
        bool inTitle = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("svg"))
                    width = xml.attributes().value(QLatin1String("width")).toString();
                inTitle = xml.name() == QLatin1String("title");
            } else if (xml.isEndElement()) {
                inTitle = false;
            } else if (xml.isCharacters()) {
                if (inTitle)
                    documentTitle += xml.text();
                else
                    text += xml.text();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(documentTitle, ChartTitle);
        // The title is drawn as text, not as paths, in one or more runs.
        const QString simplified = text.simplified();
        QVERIFY2(simplified.contains(QStringLiteral("Parks by province")), qPrintable(text));
        QVERIFY(simplified.contains(QStringLiteral("测试")));
        QVERIFY(simplified.contains(QStringLiteral("浙江")));
        // 3000 px at 300 dpi.
        QVERIFY2(width.startsWith(QStringLiteral("254")), qPrintable(width));
        QVERIFY(width.endsWith(QStringLiteral("mm")));
    }

    void pdfHasRequestedPageSize_data()
    {
        QTest::addColumn<QSize>("sizePx");
        QTest::addColumn<int>("dpi");
        QTest::newRow("landscape 300 dpi") << QSize(3000, 2000) << 300;
        QTest::newRow("portrait 150 dpi") << QSize(1000, 1600) << 150;
        // Almost A4 (595 x 842 pt); must not be snapped to it.
        QTest::newRow("near A4 at 72 dpi") << QSize(593, 840) << 72;
    }

    void pdfHasRequestedPageSize()
    {
        QFETCH(QSize, sizePx);
        QFETCH(int, dpi);
        const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
        const ImageExportSettings s = settingsFor(ImageExportSettings::Pdf, sizePx, dpi);
        const ExportResult result = ImageExporter::exportToFile(*m_exportable, s, path);
        QVERIFY2(result.ok(), qPrintable(result.message));

        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("%PDF"));
        static const QRegularExpression mediaBox(QStringLiteral(
            R"(/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\])"));
        const QRegularExpressionMatch m = mediaBox.match(QString::fromLatin1(bytes));
        QVERIFY2(m.hasMatch(), "no /MediaBox");
        const double width = m.captured(3).toDouble() - m.captured(1).toDouble();
        const double height = m.captured(4).toDouble() - m.captured(2).toDouble();
        const double expectedWidth = sizePx.width() * 72.0 / dpi;
        const double expectedHeight = sizePx.height() * 72.0 / dpi;
        QVERIFY2(qAbs(width - expectedWidth) <= 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(width).arg(expectedWidth)));
        QVERIFY2(qAbs(height - expectedHeight) <= 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(height).arg(expectedHeight)));
        QVERIFY(bytes.contains("/Title"));
    }

    void svgRendersLikePng()
    {
        const ImageExportSettings png = settingsFor(ImageExportSettings::Png, {1500, 1000}, 150);
        ImageExportSettings svg = png;
        svg.format = ImageExportSettings::Svg;
        const QString path = m_dir.filePath(QStringLiteral("same.svg"));
        const ExportResult result = ImageExporter::exportToFile(*m_exportable, svg, path);
        QVERIFY2(result.ok(), qPrintable(result.message));

        const QImage fromPng =
            ImageExporter::renderImage(*m_exportable, png).convertToFormat(QImage::Format_ARGB32);
        const QImage fromSvg = renderSvgFile(path, png.sizePx);
        QVERIFY(!fromSvg.isNull());
        const int barPng = countPixels(fromPng, BarColour.rgb());
        const int barSvg = countPixels(fromSvg, BarColour.rgb());
        QVERIFY2(qAbs(barPng - barSvg) < barPng / 20,
                 qPrintable(QStringLiteral("%1 vs %2").arg(barPng).arg(barSvg)));
        // Text of the wrong size shows as a very different amount of ink.
        const int inkPng = textPixels(fromPng);
        const int inkSvg = textPixels(fromSvg);
        QVERIFY(inkPng > 500);
        QVERIFY2(qAbs(inkPng - inkSvg) < inkPng / 3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(inkPng).arg(inkSvg)));
    }

    void textKeepsPhysicalSize_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("png") << int(ImageExportSettings::Png);
        QTest::newRow("svg") << int(ImageExportSettings::Svg);
        QTest::newRow("pdf") << int(ImageExportSettings::Pdf);
    }

    void textKeepsPhysicalSize()
    {
        QFETCH(int, format);
        TextScene scene;
        // 192 x 96 logical pixels at 300 dpi.
        const ImageExportSettings s =
            settingsFor(ImageExportSettings::Format(format), {600, 300}, 300);
        const QString path = m_dir.filePath(ImageExportSettings::withExtension(
            QStringLiteral("text"), ImageExportSettings::Format(format)));
        const ExportResult result = ImageExporter::exportToFile(scene, s, path);
        QVERIFY2(result.ok(), qPrintable(result.message));

        QImage image;
        if (s.format == ImageExportSettings::Png) {
            QVERIFY(image.load(path));
        } else if (s.format == ImageExportSettings::Svg) {
            image = renderSvgFile(path, s.sizePx);
        } else {
            const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
            if (pdftoppm.isEmpty())
                QSKIP("pdftoppm (poppler-utils) is needed to look at the PDF");
            const QString prefix = m_dir.filePath(QStringLiteral("text-pdf"));
            QCOMPARE(QProcess::execute(pdftoppm, {QStringLiteral("-r"), QStringLiteral("300"),
                                                  QStringLiteral("-png"),
                                                  QStringLiteral("-singlefile"), path, prefix}),
                     0);
            QVERIFY(image.load(prefix + QStringLiteral(".png")));
        }
        QCOMPARE(image.size(), s.sizePx);
        // 12 pt is 50 px at 300 dpi; "Hg" from cap top to descender is a
        // little less than that. Three times too large would be ~150 px.
        const int painted = inkHeight(image, QRect(0, 0, 300, 300));
        const int simple = inkHeight(image, QRect(300, 0, 300, 300));
        QVERIFY2(painted >= 35 && painted <= 60, qPrintable(QString::number(painted)));
        QVERIFY2(simple >= 35 && simple <= 60, qPrintable(QString::number(simple)));
    }

    void refusesTooLarge()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.png"));
        const ExportResult result = ImageExporter::exportToFile(
            *m_exportable, settingsFor(ImageExportSettings::Png, {20001, 1000}, 300), path);
        QCOMPARE(result.error, ExportResult::TooLarge);
        QVERIFY(result.message.contains(QStringLiteral("20000")));
        QVERIFY(result.message.contains(path));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(ImageExporter::renderImage(*m_exportable,
                                           settingsFor(ImageExportSettings::Png, {1000, 20001}, 96))
                    .isNull());
        // The limit itself is allowed.
        QVERIFY(
            ImageExporter::validate(settingsFor(ImageExportSettings::Png, {20000, 16}, 96)).ok());
    }

    void refusesTooSmallOrBadDpi()
    {
        QCOMPARE(
            ImageExporter::validate(settingsFor(ImageExportSettings::Png, {15, 100}, 96)).error,
            ExportResult::InvalidSettings);
        QCOMPARE(ImageExporter::validate(settingsFor(ImageExportSettings::Svg, {100, 0}, 96)).error,
                 ExportResult::InvalidSettings);
        QCOMPARE(
            ImageExporter::validate(settingsFor(ImageExportSettings::Pdf, {100, 100}, 0)).error,
            ExportResult::InvalidSettings);
        QCOMPARE(
            ImageExporter::validate(settingsFor(ImageExportSettings::Format(3), {100, 100}, 96))
                .error,
            ExportResult::UnsupportedFormat);
        QVERIFY(ImageExporter::clipboardData(
                    *m_exportable, settingsFor(ImageExportSettings::Png, {8, 8}, 96)) == nullptr);
    }

    void missingFolderIsFileError_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("png") << int(ImageExportSettings::Png);
        QTest::newRow("svg") << int(ImageExportSettings::Svg);
        QTest::newRow("pdf") << int(ImageExportSettings::Pdf);
    }

    void missingFolderIsFileError()
    {
        QFETCH(int, format);
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/chart.png"));
        const ExportResult result = ImageExporter::exportToFile(
            *m_exportable, settingsFor(ImageExportSettings::Format(format), {400, 300}, 96), path);
        QCOMPARE(result.error, ExportResult::FileError);
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(m_chart->size(), QSizeF(OnScreenSize));
    }

    void readOnlyFolderIsFileError()
    {
        QString folder = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        {
            // Root ignores permission bits; sysfs refuses new files even to
            // root, so it stands in for a read-only folder there.
            QFile probe(folder + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                if (!QFileInfo(QStringLiteral("/sys")).isDir())
                    QSKIP("running with permission to write anywhere");
                folder = QStringLiteral("/sys");
            }
        }
        const QString path = folder + QStringLiteral("/chart.png");
        const ExportResult result = ImageExporter::exportToFile(
            *m_exportable, settingsFor(ImageExportSettings::Png, {400, 300}, 96), path);
        QFile::setPermissions(m_dir.filePath(QStringLiteral("read-only")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(result.error, ExportResult::FileError);
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QVERIFY(!QFileInfo::exists(path));
    }

    void failedExportKeepsExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.png"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old contents");
        }
        const ExportResult result = ImageExporter::exportToFile(
            *m_exportable, settingsFor(ImageExportSettings::Png, {30000, 100}, 96), path);
        QCOMPARE(result.error, ExportResult::TooLarge);
        QCOMPARE(readAll(path), QByteArray("old contents"));
    }

    void chartSizeRestored()
    {
        m_chart->setAnimationOptions(QChart::SeriesAnimations);
        const QRectF before = m_chart->geometry();
        const QRectF plotBefore = m_chart->plotArea();
        for (auto format :
             {ImageExportSettings::Png, ImageExportSettings::Svg, ImageExportSettings::Pdf}) {
            const QString path =
                m_dir.filePath(ImageExportSettings::withExtension(QStringLiteral("r"), format));
            ImageExportSettings s = settingsFor(format, {3000, 2000}, 300);
            s.transparentBackground = true;
            const ExportResult result = ImageExporter::exportToFile(*m_exportable, s, path);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(m_chart->geometry(), before);
            QCOMPARE(m_chart->plotArea(), plotBefore);
            QCOMPARE(m_chart->animationOptions(), QChart::SeriesAnimations);
            QVERIFY(m_chart->isBackgroundVisible());
        }
    }

    void standaloneChart()
    {
        // A chart that is in no view gets a scene for the export and leaves
        // it again.
        QChart chart;
        auto *series = new QBarSeries;
        auto *set = new QBarSet(QStringLiteral("x"));
        *set << 1 << 2;
        set->setColor(BarColour);
        set->setBorderColor(BarColour);
        series->append(set);
        chart.addSeries(series);
        chart.resize(300, 200);
        {
            ChartExport exportable(&chart);
            QVERIFY(chart.scene());
            const QImage image = ImageExporter::renderImage(
                exportable, settingsFor(ImageExportSettings::Png, {600, 400}, 96));
            QCOMPARE(image.size(), QSize(600, 400));
            QVERIFY(countPixels(image.convertToFormat(QImage::Format_ARGB32), BarColour.rgb()) >
                    1000);
        }
        QVERIFY(!chart.scene());
        QCOMPARE(chart.size(), QSizeF(300, 200));
    }

    void clipboardHasPng()
    {
        std::unique_ptr<QMimeData> data(ImageExporter::clipboardData(
            *m_exportable, settingsFor(ImageExportSettings::Svg, {900, 600}, 192)));
        QVERIFY(data);
        QVERIFY(data->hasImage());
        QVERIFY(data->hasFormat(QStringLiteral("image/png")));
        QImage image;
        QVERIFY(image.loadFromData(data->data(QStringLiteral("image/png")), "PNG"));
        QCOMPARE(image.size(), QSize(900, 600));
        QVERIFY(qAbs(image.dotsPerMeterX() - 192 / 0.0254) < 2);
        QCOMPARE(qvariant_cast<QImage>(data->imageData()).size(), QSize(900, 600));
    }

    void withExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected");
        const int png = ImageExportSettings::Png;
        const int svg = ImageExportSettings::Svg;
        const int pdf = ImageExportSettings::Pdf;
        QTest::newRow("none") << QStringLiteral("/tmp/chart") << svg
                              << QStringLiteral("/tmp/chart.svg");
        QTest::newRow("replace png")
            << QStringLiteral("/tmp/chart.png") << pdf << QStringLiteral("/tmp/chart.pdf");
        QTest::newRow("replace upper")
            << QStringLiteral("chart.SVG") << png << QStringLiteral("chart.png");
        QTest::newRow("keep same")
            << QStringLiteral("chart.PNG") << png << QStringLiteral("chart.PNG");
        QTest::newRow("replace jpeg")
            << QStringLiteral("chart.jpeg") << png << QStringLiteral("chart.png");
        QTest::newRow("keep other dot")
            << QStringLiteral("parks.2024") << svg << QStringLiteral("parks.2024.svg");
        QTest::newRow("dot in folder")
            << QStringLiteral("/home/a.b/chart") << pdf << QStringLiteral("/home/a.b/chart.pdf");
        QTest::newRow("trailing dot")
            << QStringLiteral("chart.") << png << QStringLiteral("chart.png");
        QTest::newRow("chinese") << QStringLiteral("图表.pdf") << svg << QStringLiteral("图表.svg");
        QTest::newRow("empty") << QString() << png << QString();
    }

    void withExtension()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QFETCH(QString, expected);
        QCOMPARE(ImageExportSettings::withExtension(path, ImageExportSettings::Format(format)),
                 expected);
    }

    void formatFromFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("format");
        QTest::newRow("png") << QStringLiteral("a/chart.png") << true
                             << int(ImageExportSettings::Png);
        QTest::newRow("svg upper")
            << QStringLiteral("CHART.SVG") << true << int(ImageExportSettings::Svg);
        QTest::newRow("pdf") << QStringLiteral("图表.pdf") << true << int(ImageExportSettings::Pdf);
        QTest::newRow("jpg") << QStringLiteral("chart.jpg") << false
                             << int(ImageExportSettings::Png);
        QTest::newRow("none") << QStringLiteral("chart") << false << int(ImageExportSettings::Png);
        QTest::newRow("folder only")
            << QStringLiteral("x.svg/chart") << false << int(ImageExportSettings::Png);
    }

    void formatFromFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, ok);
        QFETCH(int, format);
        bool actualOk = !ok;
        QCOMPARE(int(ImageExportSettings::formatFromFileName(fileName, &actualOk)), format);
        QCOMPARE(actualOk, ok);
    }

    void extensionsAndUnits()
    {
        QCOMPARE(ImageExportSettings::extensionFor(ImageExportSettings::Png),
                 QStringLiteral("png"));
        QCOMPARE(ImageExportSettings::extensionFor(ImageExportSettings::Svg),
                 QStringLiteral("svg"));
        QCOMPARE(ImageExportSettings::extensionFor(ImageExportSettings::Pdf),
                 QStringLiteral("pdf"));
        QCOMPARE(ImageExportSettings::mmToPx(25.4, 300), 300.0);
        QCOMPARE(ImageExportSettings::pxToMm(600, 300), 50.8);
        QVERIFY(qAbs(ImageExportSettings::pxToMm(ImageExportSettings::mmToPx(210, 150), 150) -
                     210) < 1e-9);
        const ImageExportSettings s = settingsFor(ImageExportSettings::Pdf, {3000, 1500}, 300);
        QCOMPARE(s.sizeMm(), QSizeF(254, 127));
        QCOMPARE(s.logicalSize(), QSizeF(960, 480));
    }

private:
    static constexpr QSize OnScreenSize{640, 480};

    QTemporaryDir m_dir;
    QChart *m_chart = nullptr;
    std::unique_ptr<QChartView> m_view;
    std::unique_ptr<ChartExport> m_exportable;
};

QTEST_MAIN(TestImageExporter)
#include "tst_imageexporter.moc"
