#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsSimpleTextItem>

class QChart;

// A caption centred under one of the pies of a chart that shows several
// side by side ("The dataset: 28 parks" under one donut, "The report: 44
// parks" under the other): at the pie's horizontal position, below a pie of
// that size (both as fractions, as QPieSeries takes them). It follows the
// plot at every size. Plain text only.
class ChartCaption : public QGraphicsSimpleTextItem
{
public:
    ChartCaption(QChart *chart, const QString &text, qreal horizontalPosition, qreal pieSize,
                 const QColor &colour, const QFont &font);

private:
    void place();

    QChart *m_chart;
    qreal m_position;
    qreal m_pieSize;
};
