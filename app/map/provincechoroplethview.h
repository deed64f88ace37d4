#pragma once

#include "choroplethmetric.h"
#include "classification.h"
#include "parkfilter.h"
#include "parksnapshot.h"
#include "reportfigures.h"

#include <QGraphicsView>
#include <QSet>

class ChoroplethScene;
class MapToolTip;
class ParkFilterProxy;
class DeferredRefresh;

// The province map on screen. It follows a ParkFilterProxy, rebuilding once
// per burst of changes. The map colours the records that pass every
// criterion of the filter but the provinces, which it shows as a selection
// instead: a click selects a province (Ctrl+click adds or removes one, Esc
// clears them) by setting the filter's provinces, so the table and charts
// narrow to it while the map keeps the other provinces for comparison.
// Wheel, +/− and 0 zoom; dragging pans. Double-clicking a province shows
// the map of its cities (drillDown), where a click selects cities the same
// way through the filter's cities; Backspace or Alt+Left goes back to the
// map of China (drillUp).
class ProvinceChoroplethView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ProvinceChoroplethView(ParkFilterProxy *proxy, QWidget *parent = nullptr);
    ~ProvinceChoroplethView() override;

    // The scene on show: the map of China or of a province's cities.
    ChoroplethScene *choroplethScene() const { return m_scene; }
    ChoroplethScene *nationalScene() const { return m_nationalScene; }
    // The province whose cities are shown; empty on the map of China.
    QString drilledProvince() const;
    bool cityCirclesVisible() const;
    void setCityCirclesVisible(bool visible);
    // Scene position of a point inside the province (where its label is
    // anchored); a null point for unknown names.
    QPointF sceneCentreOf(const QString &fullName) const;
    QColor fillOf(const QString &fullName) const;

    MapMetric metric() const { return m_metric; }
    void setMetric(MapMetric metric);
    Classification::Method method() const { return m_method; }
    void setMethod(Classification::Method method);
    int classCount() const { return m_classes; }
    void setClassCount(int classes);
    bool parkMarkersVisible() const;
    void setParkMarkersVisible(bool visible);
    // Whether the sums take in the values the sources qualify.
    Aggregations::QualifiedValues qualifiedValues() const { return m_qualified; }
    void setQualifiedValues(Aggregations::QualifiedValues qualified);
    bool isDarkTheme() const { return m_dark; }
    void setDarkTheme(bool dark);
    // The document's report figures (DocumentSession::reportFigures()).
    void setReportFigures(const QList<ReportFigure> &figures);

    // Outlines the provinces of the parks selected elsewhere.
    void highlightProvinces(const QSet<QString> &fullNames);

    // Shows the map of the cities of the province of that full name; false
    // (and nothing changes) for a province without a city map.
    bool drillDown(const QString &provinceFullName);
    // Back to the map of China.
    void drillUp();

    void zoomIn();
    void zoomOut();
    // Back to the whole page, laid out for the viewport.
    void fitToView();
    bool isZoomed() const;
    double zoomFactor() const { return m_zoom; }

    // The tooltip on show (plain text); empty when there is none.
    QString toolTipText() const;
    // Applies changes still waiting for the event loop.
    // Rebuilds now if the records or options changed since the last build
    // (while hidden, changes wait until the view is shown or this is called).
    void flushPendingRebuild();

    static constexpr double MaximumZoom = 24.0;

signals:
    // The province under the pointer changed; empty when it left them.
    void provinceHovered(const QString &fullName);
    // The map on show changed: the province drilled into, or empty for the
    // map of China.
    void drillDownChanged(const QString &provinceFullName);

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void followFilter(const ParkFilter &filter);
    void updateHover(const QPoint &viewportPos);
    void clearHover();
    void clickAt(const QPoint &viewportPos, Qt::KeyboardModifiers modifiers);
    void zoomBy(double factor);
    void layoutToViewport();
    void retranslate();
    void showScene(ChoroplethScene *scene);
    // The selection the filter makes on the map on show: its provinces, or
    // on a city map its cities.
    QSet<QString> selectedAreas(const ParkFilter &filter) const;

    ParkFilterProxy *m_proxy;
    ChoroplethScene *m_nationalScene;
    ChoroplethScene *m_cityScene = nullptr;
    ChoroplethScene *m_scene;
    // What each scene was last given, kept while the scene may need it.
    ParkSnapshot m_nationalRecords;
    ParkSnapshot m_cityRecords;
    QList<ReportFigure> m_reportFigures;
    MapToolTip *m_tip;
    DeferredRefresh *m_refresh;
    MapMetric m_metric = MapMetric::ParkCount;
    Classification::Method m_method = Classification::Method::Jenks;
    int m_classes = 5;
    Aggregations::QualifiedValues m_qualified = Aggregations::QualifiedValues::Exclude;
    bool m_dark = false;
    double m_zoom = 1.0;
    QPoint m_pressPos;
    bool m_pressed = false;
};
