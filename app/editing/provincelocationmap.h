#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QWidget>

struct CityInfo;
struct ProvinceShape;

// A small map of one province in the edit form: its outline, its cities'
// outlines with the chosen city shaded, and the park's point. Clicking or
// dragging places the point, for refining a location by eye; the form then
// takes the coordinates. Drawn in a plain equirectangular projection
// (longitudes shrunk by the cosine of the middle latitude), which is true
// enough at the size of a province.
class ProvinceLocationMap : public QWidget
{
    Q_OBJECT

public:
    explicit ProvinceLocationMap(QWidget *parent = nullptr);

    // PROVINCE may be nullptr (nothing chosen yet): the map says so.
    void setProvince(const ProvinceShape *province, const QList<const CityInfo *> &cities);
    void setCity(const CityInfo *city);
    void setPoint(const QGeoCoordinate &point);
    QGeoCoordinate point() const { return m_point; }

    // Where a coordinate is drawn and which coordinate a widget position
    // stands for, at the present size.
    QPointF toWidget(const QGeoCoordinate &coordinate) const;
    QGeoCoordinate toCoordinate(const QPointF &position) const;

    QSize sizeHint() const override { return {320, 220}; }

signals:
    // The user placed the point (on release after a drag).
    void pointPlaced(const QGeoCoordinate &point);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF drawingRect() const;
    QPolygonF outline(const QList<QGeoCoordinate> &path) const;

    const ProvinceShape *m_province = nullptr;
    QList<const CityInfo *> m_cities;
    const CityInfo *m_city = nullptr;
    QGeoCoordinate m_point;
    bool m_dragging = false;
};
