#include "provinceitem.h"

#include "hatching.h"
#include "mapstyle.h"
#include "provincelayercache.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>

ProvinceItem::ProvinceItem(const QPainterPath &path, QGraphicsItem *parent)
    : QGraphicsPathItem(path, parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

void ProvinceItem::setFill(const QColor &color, bool hatched, const QColor &hatchColor,
                           bool crossed)
{
    m_fill = color;
    m_hatched = hatched;
    if (crossed != m_crossed)
        m_stripesSpacing = 0;
    m_crossed = crossed;
    m_hatchColor = hatchColor;
    update();
}

void ProvinceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_cache && m_cache->drewFor(painter))
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_fill);
    painter->drawPath(path());
    if (m_hatched) {
        const QTransform world = painter->worldTransform();
        const double scale = std::hypot(world.m11(), world.m12());
        if (scale > 0)
            paintHatching(painter, scale);
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(pen());
    painter->drawPath(path());
}

void ProvinceItem::paintHatching(QPainter *painter, double scale)
{
    // Device pixels apart, as thin as the border, at every zoom.
    const double spacing = 6.0 * m_lineScale / scale;
    const bool svg = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::SVG;
    if (!svg) {
        painter->save();
        painter->setClipPath(path(), Qt::IntersectClip);
        painter->setPen(MapStyle::cosmeticPen(m_hatchColor, 0.8 * m_lineScale));
        painter->drawLines(m_crossed ? Hatching::crossLines(boundingRect(), spacing)
                                     : Hatching::lines(boundingRect(), spacing));
        painter->restore();
        return;
    }
    // SVG output has no clipping: the stripes are cut to the outline
    // beforehand, once per scale, as exports are few.
    if (m_stripesSpacing != spacing) {
        const double width = 0.8 * m_lineScale / scale;
        m_stripes = m_crossed ? Hatching::crossStripes(path(), spacing, width)
                              : Hatching::stripes(path(), spacing, width);
        m_stripesSpacing = spacing;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_hatchColor);
    painter->drawPath(m_stripes);
}
