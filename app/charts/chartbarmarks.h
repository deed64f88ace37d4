#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <QList>
#include <QRectF>
#include <QString>

class QAbstractBarSeries;
class QChart;
class QFontMetricsF;
class QPainter;

// Marks drawn over the bars of a chart, in the bars' own coordinates:
// - the report's figure for a bar as a dashed outline from zero to that
//   figure (a "ghost bar") or a tick across the bar at that figure, with a
//   text after the bar ("Report: 7");
// - the report's figure for a run of bars (2017–2018, January–March) as a
//   bracket over them at the top of the plot, with its text above;
// - a hatch over a bar whose value is not the park's own figure (the area
//   of the zone that hosts it, an enterprise's investment plan).
// Qt Charts has no per-bar styles; marks drawn here follow the plot at
// every layout, on screen and in every export, and stay vector in SVG and
// PDF. Texts are plain.
class ChartBarMarks : public QGraphicsObject
{
    Q_OBJECT

public:
    enum class Direction
    {
        Vertical,
        Horizontal
    };

    struct BarMark
    {
        int category = 0;
        double outlineTo = -1; // a dashed outline from zero to this value; < 0: none
        double tickAt = -1;    // a tick across the bar at this value; < 0: none
        // The text goes after the bar, clear of the outline, the tick and of
        // the bar's own value label (VALUETEXT at VALUE, drawn in the style's
        // valueFont).
        QString text;
        double value = 0;
        QString valueText;
    };

    struct Bracket
    {
        int first = 0; // categories, inclusive
        int last = 0;
        QString text;
    };

    struct Hatch
    {
        int category = 0;
        double from = 0;
        double to = 0;
    };

    struct Style
    {
        QColor ink;           // outlines, ticks, brackets and texts
        QColor hatch;         // the hatch's lines
        QFont font;           // the marks' texts
        QFont valueFont;      // the bars' own value labels, to keep clear of
        qreal barWidth = 0.7; // as set on the series, in categories
    };

    ChartBarMarks(QChart *chart, QAbstractBarSeries *series, Direction direction,
                  const Style &style);

    void setBarMarks(const QList<BarMark> &marks) { m_barMarks = marks; }
    void setBrackets(const QList<Bracket> &brackets) { m_brackets = brackets; }
    void setHatches(const QList<Hatch> &hatches) { m_hatches = hatches; }
    const QList<BarMark> &barMarks() const { return m_barMarks; }
    const QList<Bracket> &brackets() const { return m_brackets; }
    const QList<Hatch> &hatches() const { return m_hatches; }

    // Where the texts of the bar marks, then of the brackets, go at the
    // chart's present layout, in chart coordinates, measured with METRICS
    // (and VALUEMETRICS for the bars' value labels).
    QList<QRectF> textRects(const QFontMetricsF &metrics, const QFontMetricsF &valueMetrics) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    // The rectangle of CATEGORY's bar from value FROM to value TO.
    QRectF barRect(int category, double from, double to) const;
    QPointF position(int category, double value) const;

    QChart *m_chart;
    QAbstractBarSeries *m_series;
    Direction m_direction;
    Style m_style;
    QList<BarMark> m_barMarks;
    QList<Bracket> m_brackets;
    QList<Hatch> m_hatches;
};
