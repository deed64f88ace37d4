#include "provincelayercache.h"

#include "provinceitem.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace {

// Larger pages (high-resolution exports, deep zooms) are drawn directly
// rather than held as an image several times the screen's size.
constexpr qint64 MaximumPixels = 4096LL * 4096;

} // namespace

bool ProvinceLayerCache::draw(QPainter *painter, const QList<ProvinceItem *> &items,
                              const QColor &background)
{
    m_drawnBy = nullptr;
    QPaintDevice *device = painter ? painter->device() : nullptr;
    if (items.isEmpty() || !device || !painter->paintEngine() ||
        painter->paintEngine()->type() != QPaintEngine::Raster)
        return false;
    const QGraphicsItem *layer = items.constFirst()->parentItem();
    if (!layer || !layer->isVisible())
        return false;
    const QTransform toDevice = layer->sceneTransform() * painter->worldTransform();
    // Rotated or sheared, an image copy would not match the pixels.
    if (toDevice.type() > QTransform::TxScale)
        return false;
    QRectF bounds;
    for (const ProvinceItem *item : items) {
        if (item->isVisible())
            bounds |= item->boundingRect();
    }
    const double dpr = device->devicePixelRatio();
    // The visible part of the layer, on whole device pixels, with room for
    // the outlines' antialiased edges.
    const QRect pixels =
        (toDevice * QTransform::fromScale(dpr, dpr))
            .mapRect(bounds)
            .toAlignedRect()
            .adjusted(-3, -3, 3, 3) &
        QRect(0, 0, int(std::ceil(device->width() * dpr)), int(std::ceil(device->height() * dpr)));
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > MaximumPixels)
        return false;
    const QPointF origin = QPointF(pixels.topLeft()) / dpr;
    // On an opaque page the image starts from the page's colour, so that
    // the provinces' edges blend with it as they would drawn on it: the
    // copy then gives the very same pixels.
    const QColor base = background.alpha() == 255 ? background : QColor(Qt::transparent);
    if (m_image.isNull() || m_transform != toDevice || m_origin != origin ||
        m_image.size() != pixels.size() || m_image.devicePixelRatio() != dpr || m_base != base ||
        m_hints != painter->renderHints()) {
        m_image = QImage(pixels.size(), QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(dpr);
        m_image.fill(base);
        m_transform = toDevice;
        m_origin = origin;
        m_base = base;
        m_hints = painter->renderHints();
        render(items,
               painter->worldTransform() * QTransform::fromTranslate(-origin.x(), -origin.y()),
               *painter);
        // Opaque throughout, the image is copied rather than blended.
        if (base.alpha() == 255)
            m_image.reinterpretAsFormat(QImage::Format_RGB32);
    }
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawImage(origin, m_image);
    painter->restore();
    m_drawnBy = painter;
    return true;
}

void ProvinceLayerCache::render(const QList<ProvinceItem *> &items, const QTransform &sceneToImage,
                                const QPainter &like)
{
    QPainter painter(&m_image);
    painter.setRenderHints(like.renderHints());
    // Clipped, as QGraphicsScene::render() and widget repaints clip: the
    // raster engine blends the edges of unclipped paths a little
    // differently, and the copy would not give the same pixels.
    painter.setClipRect(QRect(QPoint(0, 0), m_image.size()));
    QStyleOptionGraphicsItem option;
    // ITEMS are siblings in stacking order.
    for (ProvinceItem *item : items) {
        if (!item->isVisible())
            continue;
        painter.setWorldTransform(item->sceneTransform() * sceneToImage);
        option.exposedRect = item->boundingRect();
        item->paint(&painter, &option, nullptr);
    }
}
