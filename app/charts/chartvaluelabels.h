#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <QList>
#include <QPointF>
#include <QString>

class QAbstractSeries;
class QChart;
class QFontMetricsF;

// Value texts on a chart: the total above a stacked bar, the exact value
// after a horizontal bar, the points of a line, the segments of mixed
// stacks. Qt Charts labels every segment but not the stack, puts line labels
// on the markers and formats values without the locale. The texts follow
// the plot at every layout (on screen and in exports) because their places
// are worked out when they are painted. They are drawn as plain text.
class ChartValueLabels : public QGraphicsObject
{
    Q_OBJECT

public:
    enum Placement
    {
        Above,  // the end of a vertical bar, a point of a line
        After,  // the end of a horizontal bar
        Centred // the middle of a bar segment
    };

    struct Label
    {
        QPointF value; // in the series' domain: (category, value) or (value, category)
        QString text;
        QColor colour = QColor(); // when invalid, the style's text colour
    };

    struct Style
    {
        QColor text;
        QFont font;
        qreal gap = 4; // between the point and the text, in logical pixels
        // When valid, a box of this colour behind each text, so that it stays
        // readable where it crosses a bar.
        QColor box;
    };

    ChartValueLabels(QChart *chart, QAbstractSeries *series, Placement placement,
                     const QList<Label> &labels, const Style &style);

    const QList<Label> &labels() const { return m_labels; }
    const Style &style() const { return m_style; }
    // Where each text goes (with its box, if any) at the chart's present
    // layout, in chart coordinates, measured with METRICS.
    QList<QRectF> textRects(const QFontMetricsF &metrics) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QChart *m_chart;
    QAbstractSeries *m_series;
    Placement m_placement;
    QList<Label> m_labels;
    Style m_style;
};
