#include "chartfootnote.h"

#include <QBrush>
#include <QChart>
#include <QFontMetricsF>

namespace {
// Space between the footnote and the chart's bottom edge, in logical pixels.
constexpr int BottomGap = 8;
} // namespace

ChartFootnote::ChartFootnote(QChart *chart, const QString &text, const QColor &colour,
                             const QFont &font)
    : QGraphicsSimpleTextItem(text, chart)
    , m_chart(chart)
{
    setFont(font);
    setBrush(colour);
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);

    QMargins margins = chart->margins();
    margins.setBottom(margins.bottom() + int(boundingRect().height()) + BottomGap);
    chart->setMargins(margins);

    // The chart owns this item; the connection ends with it.
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [this] { place(); });
    place();
}

void ChartFootnote::place()
{
    const QRectF area = m_chart->rect();
    setPos(area.left() + m_chart->margins().left(),
           area.bottom() - BottomGap - boundingRect().height());
}
