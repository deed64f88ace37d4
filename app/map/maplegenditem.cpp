#include "maplegenditem.h"

#include "hatching.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

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

void MapLegendItem::setSideBySide(bool sideBySide)
{
    if (sideBySide == m_sideBySide)
        return;
    m_sideBySide = sideBySide;
    relayout();
}

double MapLegendItem::em() const
{
    return QFontMetricsF(m_style.font).height();
}

void MapLegendItem::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    relayout();
}

double MapLegendItem::rowHeight() const
{
    // Compact, the swatches (0.8 em high) stay apart by a quarter em.
    return em() * (m_compact ? 1.05 : 1.3);
}

double MapLegendItem::heightOf(const Row &row) const
{
    return row.kind == Row::Circle ? std::max(rowHeight(), 2 * row.radius + em() * 0.3)
                                   : rowHeight();
}

double MapLegendItem::textIndent(const QList<Row> &rows) const
{
    double indent = em() * 2.1;
    for (const Row &row : rows) {
        if (row.kind == Row::Circle)
            indent = std::max(indent, 2 * row.radius + em() * 0.6);
    }
    return indent;
}

double MapLegendItem::footnoteWidth(double keyWidth) const
{
    // A footnote wraps rather than widen the legend over the map, but not
    // into a column of a few words when the key is narrow.
    return std::max(keyWidth, em() * 16);
}

QRectF MapLegendItem::footnoteRect(const QString &text, double width) const
{
    return QFontMetricsF(m_style.font)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      text);
}

QSizeF MapLegendItem::measure(const QList<Row> &rows) const
{
    const QFontMetricsF metrics(m_style.font);
    const QFontMetricsF headingMetrics(headingFont(m_style.font));
    const double textLeft = textIndent(rows);
    double width = 0;
    double height = 0;
    // Footnotes last: they wrap to the width of the rest.
    double footnotesHeight = 0;
    QList<const Row *> footnotes;
    for (const Row &row : rows) {
        switch (row.kind) {
        case Row::Footnote:
            footnotes.append(&row);
            break;
        case Row::Heading:
            width = std::max(width, headingMetrics.horizontalAdvance(row.text));
            height += rowHeight();
            break;
        case Row::Note:
            width = std::max(width, metrics.horizontalAdvance(row.text));
            height += rowHeight();
            break;
        case Row::Gap:
        case Row::Section:
            height += em() * 0.5;
            break;
        case Row::Swatch:
        case Row::Hatched:
        case Row::CrossHatched:
        case Row::Outline:
        case Row::Marker:
        case Row::Circle:
            width = std::max(width, textLeft + metrics.horizontalAdvance(row.text));
            height += heightOf(row);
            break;
        }
    }
    const double wrap = footnoteWidth(width);
    double footnotesWidth = 0;
    for (const Row *row : std::as_const(footnotes)) {
        const QRectF r = footnoteRect(row->text, wrap);
        // A pixel to spare, so that painting at this width wraps the same.
        footnotesWidth = std::max(footnotesWidth, std::ceil(r.width()) + 1);
        footnotesHeight += r.height() + em() * 0.3;
    }
    return {std::max(width, footnotesWidth), height + footnotesHeight};
}

void MapLegendItem::relayout()
{
    prepareGeometryChange();
    m_parts.clear();
    for (const Row &row : std::as_const(m_rows)) {
        if (m_parts.isEmpty() || row.kind == Row::Section)
            m_parts.append(Part());
        if (row.kind != Row::Section)
            m_parts.last().rows.append(row);
    }
    const double padding = em() * 0.5;
    const double spacing = em() * (m_sideBySide ? 1.2 : 0.6);
    QPointF at(padding, padding);
    QSizeF total;
    for (Part &part : m_parts) {
        part.size = measure(part.rows);
        part.origin = at;
        if (m_sideBySide) {
            at.rx() += part.size.width() + spacing;
            total = QSizeF(at.x() - spacing, std::max(total.height(), part.size.height()));
        } else {
            at.ry() += part.size.height() + spacing;
            total = QSizeF(std::max(total.width(), part.size.width()), at.y() - spacing);
        }
    }
    if (m_sideBySide)
        total.rheight() += padding;
    else
        total.rwidth() += padding;
    m_size = QSizeF(total.width() + padding, total.height() + padding * 0.6);
    update();
}

QRectF MapLegendItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-1, -1, 1, 1);
}

void MapLegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.panel);
    painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size), em() * 0.25, em() * 0.25);
    for (const Part &part : std::as_const(m_parts))
        paintRows(painter, part);
}

void MapLegendItem::paintRows(QPainter *painter, const Part &part) const
{
    const double e = em();
    const double swatchWidth = e * 1.6;
    const double swatchHeight = e * 0.8;
    const double left = part.origin.x();
    const double textLeft = left + textIndent(part.rows);
    const double right = left + part.size.width();
    double y = part.origin.y();
    for (const Row &row : part.rows) {
        if (row.kind == Row::Gap || row.kind == Row::Section) {
            y += e * 0.5;
            continue;
        }
        const double h = heightOf(row);
        const QRectF swatch(left, y + (h - swatchHeight) / 2, swatchWidth, swatchHeight);
        painter->setPen(QPen(m_style.swatchBorder, 0.8));
        switch (row.kind) {
        case Row::Heading:
            painter->setFont(headingFont(m_style.font));
            painter->setPen(m_style.text);
            painter->drawText(QRectF(left, y, right - left, h), Qt::AlignLeft | Qt::AlignVCenter,
                              row.text);
            y += h;
            continue;
        case Row::Note:
            painter->setFont(m_style.font);
            painter->setPen(m_style.text);
            painter->drawText(QRectF(left, y, right - left, h), Qt::AlignLeft | Qt::AlignVCenter,
                              row.text);
            y += h;
            continue;
        case Row::Footnote: {
            painter->setFont(m_style.font);
            painter->setPen(m_style.text);
            const QRectF box = footnoteRect(row.text, right - left).translated(left, y);
            painter->drawText(QRectF(left, y, right - left, box.height()),
                              Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, row.text);
            y += box.height() + e * 0.3;
            continue;
        }
        case Row::Swatch:
            painter->setBrush(row.color);
            painter->drawRect(swatch);
            break;
        case Row::Hatched:
        case Row::CrossHatched:
            painter->setBrush(row.color);
            painter->drawRect(swatch);
            painter->setPen(QPen(m_style.hatch, 0.8));
            painter->drawLines(row.kind == Row::CrossHatched
                                   ? Hatching::crossLines(swatch, e * 0.35)
                                   : Hatching::lines(swatch, e * 0.35));
            painter->setPen(QPen(m_style.swatchBorder, 0.8));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(swatch);
            break;
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
        case Row::Circle: {
            // Centred in the column of the widest circle.
            const double column = textLeft - left - e * 0.6;
            painter->setBrush(row.color);
            painter->setPen(QPen(m_style.swatchBorder, 0.8));
            painter->drawEllipse(QPointF(left + column / 2, y + h / 2), row.radius, row.radius);
            break;
        }
        case Row::Gap:
        case Row::Section:
            break;
        }
        painter->setFont(m_style.font);
        painter->setPen(m_style.text);
        painter->drawText(QRectF(textLeft, y, right - textLeft, h),
                          Qt::AlignLeft | Qt::AlignVCenter, row.text);
        y += h;
    }
}
