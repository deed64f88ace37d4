#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsSimpleTextItem>

class QChart;

// A line of small print under a chart ("7 parks with unknown area not
// shown"): part of the figure, so that what a chart leaves out travels with
// every copy of it. The chart's bottom margin grows to make room, and the
// text stays in the bottom left corner at every size. Plain text only.
class ChartFootnote : public QGraphicsSimpleTextItem
{
public:
    ChartFootnote(QChart *chart, const QString &text, const QColor &colour, const QFont &font);

private:
    void place();

    QChart *m_chart;
};
