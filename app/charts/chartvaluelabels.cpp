#include "chartvaluelabels.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

ChartValueLabels::ChartValueLabels(QChart *chart, QAbstractSeries *series, Placement placement,
                                   const QList<Label> &labels, const Style &style)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_series(series)
    , m_placement(placement)
    , m_labels(labels)
    , m_style(style)
{
    // Above the series, which Qt Charts stacks at z values up to a few dozen.
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    connect(chart, &QGraphicsWidget::geometryChanged, this, [this] { prepareGeometryChange(); });
}

QRectF ChartValueLabels::boundingRect() const
{
    return m_chart->rect();
}

QList<QRectF> ChartValueLabels::textRects(const QFontMetricsF &metrics) const
{
    const qreal height = metrics.height();
    const qreal padding = m_style.box.isValid() ? 2 : 0;
    QList<QRectF> rects;
    for (const Label &label : m_labels) {
        const QPointF at = m_chart->mapToPosition(label.value, m_series);
        const qreal width = metrics.horizontalAdvance(label.text) + 2;
        QRectF box;
        switch (m_placement) {
        case Above:
            box =
                QRectF(at.x() - width / 2, at.y() - m_style.gap - height - padding, width, height);
            break;
        case After:
            box = QRectF(at.x() + m_style.gap + padding, at.y() - height / 2, width, height);
            break;
        case Centred:
            box = QRectF(at.x() - width / 2, at.y() - height / 2, width, height);
            break;
        }
        rects << box;
    }
    return rects;
}

void ChartValueLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                             QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->save();
    painter->setFont(m_style.font);
    // The painter's metrics, not the screen's: exports paint on devices of
    // other resolutions.
    const QList<QRectF> rects = textRects(painter->fontMetrics());
    const qreal padding = m_style.box.isValid() ? 2 : 0;
    for (int i = 0; i < m_labels.size() && i < rects.size(); ++i) {
        const Label &label = m_labels.at(i);
        const QRectF &box = rects.at(i);
        if (m_style.box.isValid()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_style.box);
            painter->drawRoundedRect(box.adjusted(-padding * 2, -padding, padding * 2, padding), 3,
                                     3);
        }
        painter->setPen(label.colour.isValid() ? label.colour : m_style.text);
        painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, label.text);
    }
    painter->restore();
}
