#pragma once

#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QString>
#include <QStringList>

// A map label: text with a halo so that it stays readable on any fill, and
// for places too small to hold their name, a leader line from the place to
// the text. Positions are page coordinates; the text is drawn as outlines,
// so the halo and the text match in every export format.
class MapLabelItem : public QGraphicsItem
{
public:
    explicit MapLabelItem(QGraphicsItem *parent = nullptr);

    void setText(const QString &text, const QFont &font);
    QString text() const { return m_text; }
    QFont font() const { return m_font; }
    // The size of the text box.
    QSizeF textSize() const { return m_textRect.size(); }

    // Centres the text on CENTRE; with a leader, the line runs from ANCHOR
    // to the nearest edge of the text box.
    void place(const QPointF &centre);
    void placeWithLeader(const QPointF &anchor, const QPointF &centre);
    bool hasLeader() const { return m_leader; }
    // The text box in scene coordinates.
    QRectF textRect() const;
    QPointF anchor() const { return m_anchor; }

    void setColors(const QColor &text, const QColor &halo, const QColor &leader);
    void setHaloWidth(double width);
    // Whether the exact halo of SVG and PDF output is stroked and kept.
    bool hasVectorHalo() const { return !m_haloPath.isEmpty(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QString m_text;
    void updateHalo();
    void drawLines(QPainter *painter, const QPointF &offset) const;

    QList<QGlyphRun> m_glyphs; // positioned around (0, 0)
    QPainterPath m_textPath;   // centred on (0, 0); only for the halo
    QFont m_font;
    // Each line with its baseline's start, for drawing it as text.
    QList<QPair<QPointF, QString>> m_lines;
    // The exact halo for vector output, stroked once per text when first
    // drawn as vectors: the screen and PNGs never use it, and stroking the
    // map's forty names took 7 ms each time they were set.
    QPainterPath m_haloPath;
    QRectF m_textRect; // local coordinates, centred on (0, 0)
    bool m_leader = false;
    QPointF m_anchor;    // scene
    QLineF m_leaderLine; // local
    QColor m_textColor = Qt::black;
    QColor m_haloColor = Qt::white;
    QColor m_leaderColor = Qt::black;
    double m_haloWidth = 3;
};
