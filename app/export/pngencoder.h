#pragma once

#include <QCoreApplication>
#include <QString>

class QImage;
class QIODevice;

// Writes an image as PNG through libpng, as Qt's own writer does, but with
// the settings suited to figures. Charts and maps are areas of flat colour
// with antialiased edges: PNG's row filters gain them little, and Qt's
// writer tries all five on every row; it took 150 ms for a 2400 × 1500
// map where no filter and zlib level 3 take 25 ms, for a file no larger
// (docs/benchmarks.md). An image without a translucent pixel is written
// without an alpha channel, as an RGB PNG.
class PngEncoder
{
    Q_DECLARE_TR_FUNCTIONS(PngEncoder)

public:
    // Writes IMAGE to DEVICE, with the image's resolution (a pHYs chunk)
    // and, when TITLE is not empty, a "Title" text chunk (UTF-8 when it is
    // not Latin-1). Empty on success, otherwise why the PNG was not
    // written; the device may then hold part of it.
    static QString write(const QImage &image, const QString &title, QIODevice *device);
};
