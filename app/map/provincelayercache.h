#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QTransform>

class ProvinceItem;

// The provinces' fills, hatching and outlines, drawn once into an image for
// one device transform and then copied on each repaint, which is what
// drawing them costs most of. Only pixel devices take the copy: SVG, PDF
// and printers get the outlines as paths.
class ProvinceLayerCache
{
public:
    // The provinces changed (colour, outline, place or size), or are to be
    // drawn directly: the image is dropped and the items paint themselves.
    void invalidate()
    {
        m_image = QImage();
        m_drawnBy = nullptr;
    }

    // Draws ITEMS (siblings under one layer, in stacking order) from the
    // image when PAINTER draws pixels, rendering the image first if the
    // transform changed; false (and nothing drawn) otherwise. BACKGROUND is
    // the page's colour under them, which PAINTER has just filled. The
    // items paint nothing for the painter that drew them so, until the next
    // call.
    bool draw(QPainter *painter, const QList<ProvinceItem *> &items, const QColor &background);
    bool drewFor(const QPainter *painter) const { return painter && painter == m_drawnBy; }

private:
    void render(const QList<ProvinceItem *> &items, const QTransform &sceneToImage,
                const QPainter &like);

    QImage m_image;
    QTransform m_transform; // the layer's coordinates to the painter's
    QPointF m_origin;       // where the image goes, in the painter's
    QColor m_base;          // what the image was filled with first
    QPainter::RenderHints m_hints;
    const QPainter *m_drawnBy = nullptr;
};
