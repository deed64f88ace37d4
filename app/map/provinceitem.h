#pragma once

#include <QColor>
#include <QGraphicsPathItem>

class ProvinceLayerCache;

// A province's fill: its class colour, or grey, hatched when the province
// has parks but no known value. The outline is drawn with the item's
// (cosmetic) pen.
class ProvinceItem : public QGraphicsPathItem
{
public:
    ProvinceItem(const QPainterPath &path, QGraphicsItem *parent);

    // CROSSED hatches both ways (provinces the report counts parks in that
    // the dataset has none of).
    void setFill(const QColor &color, bool hatched, const QColor &hatchColor, bool crossed = false);
    QColor fill() const { return m_fill; }
    bool isHatched() const { return m_hatched; }
    bool isCrossHatched() const { return m_hatched && m_crossed; }
    // Widens the hatching's lines as the exporter widens cosmetic pens.
    void setLineScale(double scale) { m_lineScale = scale; }
    // The cache that may have drawn the item already (which must outlive
    // it); null for none.
    void setLayerCache(const ProvinceLayerCache *cache) { m_cache = cache; }

    // The outline itself: the default stroked shape costs a stroke of the
    // whole outline on every hit test.
    QPainterPath shape() const override { return path(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    void paintHatching(QPainter *painter, double scale);

    QColor m_fill = Qt::lightGray;
    QColor m_hatchColor = Qt::gray;
    bool m_hatched = false;
    bool m_crossed = false;
    double m_lineScale = 1.0;
    const ProvinceLayerCache *m_cache = nullptr;
    QPainterPath m_stripes;
    double m_stripesSpacing = 0;
};
