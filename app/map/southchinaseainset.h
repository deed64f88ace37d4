#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

struct ProvinceShape;

// The South China Sea islands inset that national maps of China carry in a
// box at the lower right. The outline data hold it as a schematic already
// drawn in its frame at made-up coordinates (126–132°E, 18–25°N): the
// frame, the coast along its top and the dashed line. Drawn in a plain
// equirectangular form, since a conic projection would tilt and bow a frame
// that lies that far east of the central meridian.
struct SouthChinaSeaInset
{
    // In the inset's own kilometres, y down; bounds() is the frame.
    QPainterPath frame;
    QPainterPath coast;
    QPainterPath dashes;
    // The island groups that belong to Hainan (Xisha, Zhongsha's Huangyan
    // Dao and Nansha), as dots at their places relative to the dashed line.
    QPainterPath hainanIslands;
    QRectF bounds;

    bool isEmpty() const { return bounds.isEmpty(); }

    static SouthChinaSeaInset fromShape(const ProvinceShape &shape);
};
