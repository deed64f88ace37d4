#include "chartbarmarks.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace {
// Space between a bar's end (or its value label) and a mark's text, and
// between a bracket and its text, in logical pixels.
constexpr qreal TextGap = 6;
// How far a tick reaches beyond its bar on each side.
constexpr qreal TickOverhang = 4;
// The depth of a bracket's ends and the distance between hatch lines.
constexpr qreal BracketEnd = 5;
constexpr qreal HatchSpacing = 9;
} // namespace

ChartBarMarks::ChartBarMarks(QChart *chart, QAbstractBarSeries *series, Direction direction,
                             const Style &style)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_series(series)
    , m_direction(direction)
    , m_style(style)
{
    // Above the bars (Qt Charts stacks series at z values up to a few
    // dozen), below the value labels.
    setZValue(900);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    connect(chart, &QGraphicsWidget::geometryChanged, this, [this] { prepareGeometryChange(); });
    connect(chart, &QChart::plotAreaChanged, this, [this] { prepareGeometryChange(); });
}

QRectF ChartBarMarks::boundingRect() const
{
    return m_chart->rect();
}

QPointF ChartBarMarks::position(int category, double value) const
{
    const QPointF point =
        m_direction == Direction::Horizontal ? QPointF(value, category) : QPointF(category, value);
    return m_chart->mapToPosition(point, m_series);
}

QRectF ChartBarMarks::barRect(int category, double from, double to) const
{
    const qreal half = m_style.barWidth / 2;
    const QPointF a = m_direction == Direction::Horizontal ? QPointF(from, category - half)
                                                           : QPointF(category - half, from);
    const QPointF b = m_direction == Direction::Horizontal ? QPointF(to, category + half)
                                                           : QPointF(category + half, to);
    return QRectF(m_chart->mapToPosition(a, m_series), m_chart->mapToPosition(b, m_series))
        .normalized();
}

QList<QRectF> ChartBarMarks::textRects(const QFontMetricsF &metrics,
                                       const QFontMetricsF &valueMetrics) const
{
    QList<QRectF> rects;
    const qreal height = metrics.height();
    for (const BarMark &mark : m_barMarks) {
        const qreal width = metrics.horizontalAdvance(mark.text) + 2;
        if (m_direction == Direction::Horizontal) {
            qreal x = position(mark.category, mark.value).x();
            if (!mark.valueText.isEmpty())
                x += TextGap + valueMetrics.horizontalAdvance(mark.valueText) + 2;
            for (double v : {mark.outlineTo, mark.tickAt}) {
                if (v >= 0)
                    x = qMax(x, position(mark.category, v).x() + TickOverhang);
            }
            const qreal y = position(mark.category, 0).y();
            rects << QRectF(x + TextGap, y - height / 2, width, height);
        } else {
            qreal y = position(mark.category, mark.value).y();
            if (!mark.valueText.isEmpty())
                y -= TextGap + valueMetrics.height();
            for (double v : {mark.outlineTo, mark.tickAt}) {
                if (v >= 0)
                    y = qMin(y, position(mark.category, v).y());
            }
            const qreal x = position(mark.category, 0).x();
            rects << QRectF(x - width / 2, y - TextGap - height, width, height);
        }
    }
    const QRectF plot = m_chart->plotArea();
    for (const Bracket &bracket : m_brackets) {
        const QRectF first = barRect(bracket.first, 0, 0);
        const QRectF last = barRect(bracket.last, 0, 0);
        const qreal centre = (first.left() + last.right()) / 2;
        const qreal width = metrics.horizontalAdvance(bracket.text) + 2;
        // Centred over the run, but never past the plot's sides.
        qreal left =
            qBound(plot.left(), centre - width / 2, qMax(plot.left(), plot.right() - width));
        rects << QRectF(left, plot.top() + 2, width, height);
    }
    return rects;
}

void ChartBarMarks::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Hatches first: the outlines and ticks go over them.
    QPen hatchPen(m_style.hatch, 2);
    hatchPen.setCapStyle(Qt::FlatCap);
    for (const Hatch &hatch : std::as_const(m_hatches)) {
        const QRectF bar = barRect(hatch.category, hatch.from, hatch.to);
        if (bar.isEmpty())
            continue;
        painter->save();
        painter->setClipRect(bar);
        painter->setPen(hatchPen);
        const qreal span = bar.width() + bar.height();
        for (qreal d = -bar.height(); d < span; d += HatchSpacing)
            painter->drawLine(QPointF(bar.left() + d, bar.bottom()),
                              QPointF(bar.left() + d + bar.height(), bar.top()));
        painter->restore();
    }

    QPen outlinePen(m_style.ink, 1.5, Qt::DashLine);
    outlinePen.setJoinStyle(Qt::MiterJoin);
    const QPen tickPen(m_style.ink, 2.5, Qt::SolidLine, Qt::FlatCap);
    for (const BarMark &mark : std::as_const(m_barMarks)) {
        if (mark.outlineTo >= 0) {
            painter->setPen(outlinePen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(barRect(mark.category, 0, mark.outlineTo));
        }
        if (mark.tickAt >= 0) {
            const QRectF bar = barRect(mark.category, mark.tickAt, mark.tickAt);
            painter->setPen(tickPen);
            if (m_direction == Direction::Horizontal)
                painter->drawLine(QPointF(bar.left(), bar.top() - TickOverhang),
                                  QPointF(bar.left(), bar.bottom() + TickOverhang));
            else
                painter->drawLine(QPointF(bar.left() - TickOverhang, bar.top()),
                                  QPointF(bar.right() + TickOverhang, bar.top()));
        }
    }

    painter->setFont(m_style.font);
    const QFontMetricsF metrics = painter->fontMetrics();
    painter->setFont(m_style.valueFont);
    const QFontMetricsF valueMetrics = painter->fontMetrics();
    painter->setFont(m_style.font);
    // The painter's metrics, not the screen's: exports paint on devices of
    // other resolutions.
    const QList<QRectF> rects = textRects(metrics, valueMetrics);
    const QRectF plot = m_chart->plotArea();
    painter->setPen(QPen(m_style.ink, 1.2));
    for (int i = 0; i < m_brackets.size(); ++i) {
        const Bracket &bracket = m_brackets.at(i);
        const qreal left = barRect(bracket.first, 0, 0).left();
        const qreal right = barRect(bracket.last, 0, 0).right();
        const qreal y = plot.top() + 2 + metrics.height() + 3;
        QPainterPath path;
        path.moveTo(left, y + BracketEnd);
        path.lineTo(left, y);
        path.lineTo(right, y);
        path.lineTo(right, y + BracketEnd);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    for (int i = 0; i < rects.size(); ++i) {
        const QString &text = i < m_barMarks.size() ? m_barMarks.at(i).text
                                                    : m_brackets.at(i - m_barMarks.size()).text;
        painter->drawText(rects.at(i), Qt::AlignCenter | Qt::TextSingleLine, text);
    }
    painter->restore();
}
