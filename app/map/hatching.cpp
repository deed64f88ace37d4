#include "hatching.h"

#include <QTransform>

#include <cmath>

namespace Hatching {

QList<QLineF> lines(const QRectF &rect, double spacing)
{
    QList<QLineF> result;
    if (rect.isEmpty() || spacing <= 0)
        return result;
    // Lines x + y = c (y down), c stepping across the rect's diagonal.
    const double step = spacing * std::sqrt(2.0);
    const double first = rect.left() + rect.top();
    const double last = rect.right() + rect.bottom();
    for (double c = first + step / 2; c < last; c += step) {
        // Where the line enters and leaves the rect.
        const double x1 = std::max(rect.left(), c - rect.bottom());
        const double x2 = std::min(rect.right(), c - rect.top());
        if (x2 > x1)
            result.append(QLineF(x1, c - x1, x2, c - x2));
    }
    return result;
}

QPainterPath stripes(const QPainterPath &path, double spacing, double width)
{
    QPainterPath bands;
    const QRectF bounds = path.boundingRect().adjusted(-width, -width, width, width);
    const QPointF half(width / 2 / std::sqrt(2.0), width / 2 / std::sqrt(2.0));
    for (const QLineF &line : lines(bounds, spacing)) {
        // A thin parallelogram around the line, across its direction.
        bands.addPolygon(QPolygonF{line.p1() - half, line.p2() - half, line.p2() + half,
                                   line.p1() + half, line.p1() - half});
    }
    return path.intersected(bands);
}

namespace {

// Mirrors left to right about RECT's vertical centre line.
QTransform mirrorIn(const QRectF &rect)
{
    return QTransform(-1, 0, 0, 1, rect.left() + rect.right(), 0);
}

} // namespace

QList<QLineF> crossLines(const QRectF &rect, double spacing)
{
    QList<QLineF> result = lines(rect, spacing);
    const QTransform mirror = mirrorIn(rect);
    for (const QLineF &line : lines(rect, spacing))
        result.append(mirror.map(line));
    return result;
}

QPainterPath crossStripes(const QPainterPath &path, double spacing, double width)
{
    const QTransform mirror = mirrorIn(path.boundingRect());
    QPainterPath result = stripes(path, spacing, width);
    result.addPath(mirror.map(stripes(mirror.map(path), spacing, width)));
    return result;
}

} // namespace Hatching
