#include "maplegenditem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace {

QFont headingFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

MapLegendItem::MapLegendItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{}

void MapLegendItem::setRows(const QList<Row> &rows)
{
    m_rows = rows;
    relayout();
}

void MapLegendItem::setStyle(const Style &style)
{
    m_style = style;
    relayout();
}

double MapLegendItem::rowHeight() const
{
    return QFontMetricsF(m_style.font).height() * 1.3;
}

void MapLegendItem::relayout()
{
    prepareGeometryChange();
    const QFontMetricsF metrics(m_style.font);
    const QFontMetricsF headingMetrics(headingFont(m_style.font));
    const double em = metrics.height();
    const double padding = em * 0.5;
    const double textLeft = padding + em * 1.6 + em * 0.5;
    double width = 0;
    double height = padding;
    for (const Row &row : std::as_const(m_rows)) {
        switch (row.kind) {
        case Row::Heading:
            width = std::max(width, padding + headingMetrics.horizontalAdvance(row.text));
            height += rowHeight();
            break;
        case Row::Gap:
            height += em * 0.5;
            break;
        default:
            width = std::max(width, textLeft + metrics.horizontalAdvance(row.text));
            height += rowHeight();
            break;
        }
    }
    m_size = QSizeF(width + padding, height + padding * 0.6);
    update();
}

QRectF MapLegendItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-1, -1, 1, 1);
}

void MapLegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(m_style.font);
    const double em = metrics.height();
    const double padding = em * 0.5;
    const double swatchWidth = em * 1.6;
    const double swatchHeight = em * 0.8;
    const double textLeft = padding + swatchWidth + em * 0.5;

    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.panel);
    painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size), em * 0.25, em * 0.25);

    double y = padding;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.kind == Row::Gap) {
            y += em * 0.5;
            continue;
        }
        const double h = rowHeight();
        const QRectF textRect(textLeft, y, m_size.width() - textLeft, h);
        const QRectF swatch(padding, y + (h - swatchHeight) / 2, swatchWidth, swatchHeight);
        painter->setPen(QPen(m_style.swatchBorder, 0.8));
        switch (row.kind) {
        case Row::Heading:
            painter->setFont(headingFont(m_style.font));
            painter->setPen(m_style.text);
            painter->drawText(QRectF(padding, y, m_size.width() - padding, h),
                              Qt::AlignLeft | Qt::AlignVCenter, row.text);
            y += h;
            continue;
        case Row::Swatch:
            painter->setBrush(row.color);
            painter->drawRect(swatch);
            break;
        case Row::Hatched: {
            painter->setBrush(row.color);
            painter->drawRect(swatch);
            QBrush hatch(m_style.hatch, Qt::BDiagPattern);
            painter->setBrush(hatch);
            painter->setPen(Qt::NoPen);
            painter->drawRect(swatch);
            break;
        }
        case Row::Outline:
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(row.color, 2.2));
            painter->drawRect(swatch.adjusted(1, 1, -1, -1));
            break;
        case Row::Marker: {
            const double r = swatchHeight * 0.45;
            painter->setBrush(row.color);
            painter->setPen(QPen(m_style.panel, 1.0));
            painter->drawEllipse(swatch.center(), r, r);
            break;
        }
        case Row::Gap:
            break;
        }
        painter->setFont(m_style.font);
        painter->setPen(m_style.text);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, row.text);
        y += h;
    }
}
