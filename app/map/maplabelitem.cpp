#include "maplabelitem.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStringList>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

MapLabelItem::MapLabelItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{}

void MapLabelItem::setText(const QString &text, const QFont &font)
{
    prepareGeometryChange();
    m_text = text;
    const QFontMetricsF metrics(font);
    const QStringList lines = text.split(QLatin1Char('\n'));
    double width = 0;
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    const double lineHeight = metrics.ascent() + metrics.descent();
    const double height = lineHeight * lines.size();
    m_textRect = QRectF(-width / 2, -height / 2, width, height);
    m_textPath = QPainterPath();
    m_font = font;
    m_lines.clear();
    for (int i = 0; i < lines.size(); ++i) {
        // Each line centred, as place names are.
        const double x = -metrics.horizontalAdvance(lines.at(i)) / 2;
        const QPointF baseline(x, -height / 2 + i * lineHeight + metrics.ascent());
        m_textPath.addText(baseline, font, lines.at(i));
        m_lines.append({baseline, lines.at(i)});
    }
    // Shaped once: a label is drawn a dozen times per paint for its halo.
    m_glyphs.clear();
    for (int i = 0; i < lines.size(); ++i) {
        QTextLayout layout(lines.at(i), font);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        layout.endLayout();
        if (!line.isValid())
            continue;
        const QPointF origin(-line.naturalTextWidth() / 2, -height / 2 + i * lineHeight);
        for (QGlyphRun run : layout.glyphRuns()) {
            run.setPositions([&] {
                QList<QPointF> positions = run.positions();
                for (QPointF &p : positions)
                    p += origin;
                return positions;
            }());
            m_glyphs.append(run);
        }
    }
    m_haloPath = QPainterPath(); // stroked again when drawn as vectors
}

void MapLabelItem::setHaloWidth(double width)
{
    if (width == m_haloWidth)
        return;
    prepareGeometryChange();
    m_haloWidth = width;
    m_haloPath = QPainterPath();
}

void MapLabelItem::updateHalo()
{
    QPainterPathStroker stroker;
    stroker.setWidth(m_haloWidth);
    stroker.setJoinStyle(Qt::RoundJoin);
    stroker.setCapStyle(Qt::RoundCap);
    m_haloPath = stroker.createStroke(m_textPath);
    m_haloPath.setFillRule(Qt::WindingFill);
}

void MapLabelItem::place(const QPointF &centre)
{
    prepareGeometryChange();
    m_leader = false;
    m_anchor = centre;
    setPos(centre);
}

void MapLabelItem::placeWithLeader(const QPointF &anchor, const QPointF &centre)
{
    prepareGeometryChange();
    m_leader = true;
    m_anchor = anchor;
    setPos(centre);
    // Ends at the box's edge on the way to the anchor, with a little air.
    const QPointF toAnchor = anchor - centre;
    const double sx =
        toAnchor.x() == 0 ? 1e9 : (m_textRect.width() / 2 + 2) / std::abs(toAnchor.x());
    const double sy =
        toAnchor.y() == 0 ? 1e9 : (m_textRect.height() / 2 + 1) / std::abs(toAnchor.y());
    const double t = std::min({sx, sy, 1.0});
    m_leaderLine = QLineF(toAnchor * t, toAnchor);
}

QRectF MapLabelItem::textRect() const
{
    return m_textRect.translated(pos());
}

void MapLabelItem::setColors(const QColor &text, const QColor &halo, const QColor &leader)
{
    m_textColor = text;
    m_haloColor = halo;
    m_leaderColor = leader;
    update();
}

QRectF MapLabelItem::boundingRect() const
{
    const double m = m_haloWidth;
    QRectF r = m_textRect.adjusted(-m, -m, m, m);
    if (m_leader) {
        const QRectF line = QRectF(m_leaderLine.p1(), m_leaderLine.p2()).normalized();
        r = r.united(line.adjusted(-3, -3, 3, 3));
    }
    return r;
}

void MapLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_leader) {
        painter->setPen(QPen(m_haloColor, 2.6, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(m_leaderLine);
        painter->setPen(QPen(m_leaderColor, 1.0, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(m_leaderLine);
        painter->setPen(QPen(m_haloColor, 0.8));
        painter->setBrush(m_leaderColor);
        painter->drawEllipse(m_leaderLine.p2(), 1.8, 1.8);
    }
    const bool raster =
        painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    if (raster) {
        // On screen and in PNGs: the text drawn around itself in the halo
        // colour. Glyphs come from the glyph cache, where filling their
        // outlines would cost more than the whole map.
        painter->setPen(m_haloColor);
        const double r = m_haloWidth / 2;
        for (int i = 0; i < 12; ++i) {
            const double angle = i * 3.14159265358979323846 / 6;
            drawLines(painter, QPointF(r * std::cos(angle), r * std::sin(angle)));
        }
    } else {
        // In SVG and PDF: an exact halo, and the text stays text (the SVG
        // engine writes glyph runs as empty text elements, so the names are
        // drawn as strings).
        if (m_haloPath.isEmpty())
            updateHalo();
        painter->fillPath(m_haloPath, m_haloColor);
        painter->setPen(m_textColor);
        painter->setFont(m_font);
        for (const auto &line : m_lines)
            painter->drawText(line.first, line.second);
        return;
    }
    painter->setPen(m_textColor);
    drawLines(painter, QPointF());
}

void MapLabelItem::drawLines(QPainter *painter, const QPointF &offset) const
{
    for (const QGlyphRun &run : m_glyphs)
        painter->drawGlyphRun(offset, run);
}
