#include "pngencoder.h"

#include <QIODevice>
#include <QImage>
#include <QRgb>

#include <png.h>

#include <cstdio>
#include <vector>

namespace {

// Level 3 of 9: within 2 % of level 1's speed on figures and smaller; level
// 6 takes twice as long for 12 % less.
constexpr int ZlibLevel = 3;
// libpng's default is 8 KiB, which cuts a map into hundreds of IDAT chunks.
constexpr size_t CompressionBufferBytes = 64 * 1024;

// What libpng's callbacks report back. Plain data only: libpng leaves an
// error by longjmp, which must not skip a destructor.
struct Sink
{
    QIODevice *device = nullptr;
    bool writeFailed = false;
    char error[256] = {};
};

void writeBytes(png_structp png, png_bytep data, size_t length)
{
    auto *sink = static_cast<Sink *>(png_get_io_ptr(png));
    // After a failed write the rest is dropped; write() reports the failure.
    if (!sink->writeFailed &&
        sink->device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        sink->writeFailed = true;
}

void flushNothing(png_structp) {}

void onError(png_structp png, png_const_charp message)
{
    auto *sink = static_cast<Sink *>(png_get_error_ptr(png));
    std::snprintf(sink->error, sizeof sink->error, "%s", message);
    png_longjmp(png, 1);
}

// libpng's warnings concern chunks this encoder does not write.
void ignoreWarning(png_structp, png_const_charp) {}

// The pixels, as encode() reads them.
struct Pixels
{
    const uchar *bits;
    qsizetype bytesPerLine;
    int width;
    int height;
    bool alpha;         // written as RGBA, else RGB
    bool premultiplied; // stored premultiplied, written straight
    int dotsPerMeterX;
    int dotsPerMeterY;
};

bool hasTranslucentPixel(const QImage &image)
{
    const int width = image.width();
    const int height = image.height();
    for (int y = 0; y < height; ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            if (qAlpha(row[x]) != 255)
                return true;
        }
    }
    return false;
}

void packRow(const Pixels &pixels, int y, png_bytep out)
{
    const auto *in = reinterpret_cast<const QRgb *>(pixels.bits + y * pixels.bytesPerLine);
    for (int x = 0; x < pixels.width; ++x) {
        const QRgb p = pixels.premultiplied ? qUnpremultiply(in[x]) : in[x];
        *out++ = png_byte(qRed(p));
        *out++ = png_byte(qGreen(p));
        *out++ = png_byte(qBlue(p));
        if (pixels.alpha)
            *out++ = png_byte(qAlpha(p));
    }
}

// Everything in here is trivially destructible, because libpng leaves an
// error by longjmp to the setjmp below.
bool encode(png_structp png, png_infop info, const Pixels &pixels, png_textp title, png_bytep row)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_IHDR(png, info, png_uint_32(pixels.width), png_uint_32(pixels.height), 8,
                 pixels.alpha ? PNG_COLOR_TYPE_RGBA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, ZlibLevel);
    png_set_compression_buffer_size(png, CompressionBufferBytes);
    if (pixels.dotsPerMeterX > 0 && pixels.dotsPerMeterY > 0) {
        png_set_pHYs(png, info, png_uint_32(pixels.dotsPerMeterX),
                     png_uint_32(pixels.dotsPerMeterY), PNG_RESOLUTION_METER);
    }
    if (title)
        png_set_text(png, info, title, 1);
    png_write_info(png, info);
    for (int y = 0; y < pixels.height; ++y) {
        packRow(pixels, y, row);
        png_write_row(png, row);
    }
    png_write_end(png, info);
    return true;
}

bool isLatin1(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return false;
    }
    return true;
}

} // namespace

QString PngEncoder::write(const QImage &image, const QString &title, QIODevice *device)
{
    if (image.isNull())
        return tr("there is no image to write");
    QImage source = image;
    const QImage::Format format = image.format();
    if (format != QImage::Format_RGB32 && format != QImage::Format_ARGB32 &&
        format != QImage::Format_ARGB32_Premultiplied) {
        source = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32
                                                               : QImage::Format_RGB32);
        if (source.isNull())
            return tr("not enough memory to write the PNG");
    }
    const bool alpha = source.hasAlphaChannel() && hasTranslucentPixel(source);
    const Pixels pixels{source.constBits(), source.bytesPerLine(), source.width(), source.height(),
                        alpha,
                        // Opaque pixels are the same either way.
                        alpha && source.format() == QImage::Format_ARGB32_Premultiplied,
                        source.dotsPerMeterX(), source.dotsPerMeterY()};

    // A Latin-1 title in a tEXt chunk, as readers expect; any other in UTF-8
    // in an iTXt chunk.
    const bool latin1 = isLatin1(title);
    QByteArray titleBytes = latin1 ? title.toLatin1() : title.toUtf8();
    char key[] = "Title";
    png_text text{};
    text.compression = latin1 ? PNG_TEXT_COMPRESSION_NONE : PNG_ITXT_COMPRESSION_NONE;
    text.key = key;
    text.text = titleBytes.data();
    if (latin1)
        text.text_length = size_t(titleBytes.size());
    else
        text.itxt_length = size_t(titleBytes.size());

    std::vector<png_byte> row(size_t(pixels.width) * (alpha ? 4 : 3));
    Sink sink;
    sink.device = device;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, onError, ignoreWarning);
    if (!png)
        return tr("not enough memory to write the PNG");
    png_infop info = png_create_info_struct(png);
    png_set_write_fn(png, &sink, writeBytes, flushNothing);
    const bool started = info != nullptr;
    const bool encoded =
        started && encode(png, info, pixels, title.isEmpty() ? nullptr : &text, row.data());
    // Frees both and sets them to null.
    png_destroy_write_struct(&png, started ? &info : nullptr);

    if (sink.writeFailed) {
        const QString reason = device->errorString();
        return reason.isEmpty() ? tr("the bytes could not be written") : reason;
    }
    if (!started)
        return tr("not enough memory to write the PNG");
    if (!encoded)
        return tr("the PNG encoder failed: %1").arg(QString::fromLatin1(sink.error));
    return QString();
}
