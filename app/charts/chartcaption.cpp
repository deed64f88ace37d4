#include "chartcaption.h"

#include <QBrush>
#include <QChart>

ChartCaption::ChartCaption(QChart *chart, const QString &text, qreal horizontalPosition,
                           qreal pieSize, const QColor &colour, const QFont &font)
    : QGraphicsSimpleTextItem(text, chart)
    , m_chart(chart)
    , m_position(horizontalPosition)
    , m_pieSize(pieSize)
{
    setFont(font);
    setBrush(colour);
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);
    // The chart owns this item; the connections end with it.
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { place(); });
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [this] { place(); });
    place();
}

void ChartCaption::place()
{
    const QRectF plot = m_chart->plotArea();
    const QRectF text = boundingRect();
    // Qt Charts sizes a pie by the smaller side of the plot; the caption
    // keeps clear of the slice labels' arms below it.
    const qreal radius = qMin(plot.width(), plot.height()) * m_pieSize / 2;
    const qreal top =
        qMin(plot.center().y() + radius * 1.2 + 2.5 * text.height(), plot.bottom() - text.height());
    setPos(plot.left() + plot.width() * m_position - text.width() / 2, top);
}
