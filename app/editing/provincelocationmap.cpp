#include "provincelocationmap.h"

#include "citygazetteer.h"
#include "provincegeometry.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {
constexpr qreal Margin = 8;
constexpr qreal PointRadius = 5;
} // namespace

ProvinceLocationMap::ProvinceLocationMap(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(240, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Location map"));
    setToolTip(tr("Click or drag to place the park's point"));
}

void ProvinceLocationMap::setProvince(const ProvinceShape *province,
                                      const QList<const CityInfo *> &cities)
{
    m_province = province;
    m_cities = cities;
    m_city = nullptr;
    update();
}

void ProvinceLocationMap::setCity(const CityInfo *city)
{
    m_city = city;
    update();
}

void ProvinceLocationMap::setPoint(const QGeoCoordinate &point)
{
    m_point = point;
    update();
}

QRectF ProvinceLocationMap::drawingRect() const
{
    if (!m_province || !m_province->bounds.isValid())
        return {};
    const QGeoRectangle &b = m_province->bounds;
    const double middle = (b.topLeft().latitude() + b.bottomRight().latitude()) / 2;
    const double width = b.width() * std::cos(middle * M_PI / 180.0);
    const double height = b.height();
    const QRectF area = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);
    if (width <= 0 || height <= 0 || area.isEmpty())
        return {};
    const double scale = std::min(area.width() / width, area.height() / height);
    QRectF drawn(0, 0, width * scale, height * scale);
    drawn.moveCenter(area.center());
    return drawn;
}

QPointF ProvinceLocationMap::toWidget(const QGeoCoordinate &c) const
{
    const QRectF drawn = drawingRect();
    if (drawn.isEmpty())
        return {};
    const QGeoRectangle &b = m_province->bounds;
    const double x = (c.longitude() - b.topLeft().longitude()) / b.width();
    const double y = (b.topLeft().latitude() - c.latitude()) / b.height();
    return {drawn.left() + x * drawn.width(), drawn.top() + y * drawn.height()};
}

QGeoCoordinate ProvinceLocationMap::toCoordinate(const QPointF &p) const
{
    const QRectF drawn = drawingRect();
    if (drawn.isEmpty())
        return {};
    const QGeoRectangle &b = m_province->bounds;
    const double lon = b.topLeft().longitude() + (p.x() - drawn.left()) / drawn.width() * b.width();
    const double lat = b.topLeft().latitude() - (p.y() - drawn.top()) / drawn.height() * b.height();
    return QGeoCoordinate(std::clamp(lat, -90.0, 90.0), std::clamp(lon, -180.0, 180.0));
}

QPolygonF ProvinceLocationMap::outline(const QList<QGeoCoordinate> &path) const
{
    QPolygonF polygon;
    polygon.reserve(path.size());
    for (const QGeoCoordinate &c : path)
        polygon << toWidget(c);
    return polygon;
}

void ProvinceLocationMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (!m_province) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Choose a province to see the map"));
        return;
    }
    const QColor line = palette().color(QPalette::Mid);
    const QColor shade = palette().color(QPalette::Highlight);
    for (const CityInfo *city : std::as_const(m_cities)) {
        QPainterPath path;
        for (const QGeoPolygon &polygon : city->area.polygons)
            path.addPolygon(outline(polygon.perimeter()));
        QColor fill = shade;
        fill.setAlpha(city == m_city ? 70 : 0);
        painter.setBrush(fill);
        painter.setPen(QPen(line, city == m_city ? 1.5 : 0.7));
        painter.drawPath(path);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().color(QPalette::Text), 1.2));
    for (const QGeoPolygon &polygon : m_province->polygons)
        painter.drawPolygon(outline(polygon.perimeter()));
    if (m_point.isValid()) {
        const QPointF at = toWidget(m_point);
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(QColor(0xd7, 0x30, 0x27));
        painter.drawEllipse(at, PointRadius, PointRadius);
    }
}

void ProvinceLocationMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_province)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    setPoint(toCoordinate(event->position()));
}

void ProvinceLocationMap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    setPoint(toCoordinate(event->position()));
}

void ProvinceLocationMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    setPoint(toCoordinate(event->position()));
    emit pointPlaced(m_point);
}
