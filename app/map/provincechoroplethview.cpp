#include "provincechoroplethview.h"

#include "choroplethscene.h"
#include "deferredrefresh.h"
#include "filter/filterdescription.h"
#include "mapgeometry.h"
#include "maptooltip.h"
#include "parkfilterproxy.h"
#include "parktablemodel.h"
#include "translations.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

ProvinceChoroplethView::ProvinceChoroplethView(ParkFilterProxy *proxy, QWidget *parent)
    : QGraphicsView(parent)
    , m_proxy(proxy)
    , m_nationalScene(new ChoroplethScene(this))
    , m_scene(m_nationalScene)
    , m_tip(new MapToolTip(viewport()))
    , m_refresh(new DeferredRefresh(this, [this] { rebuild(); }))
{
    Q_ASSERT(proxy);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    // Hover and the selection outline change small parts of the page.
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);

    connect(m_proxy, &ParkFilterProxy::filterChanged, this, &ProvinceChoroplethView::followFilter);
    connect(m_proxy, &ParkFilterProxy::shownRecordsChanged, this,
            &ProvinceChoroplethView::scheduleRebuild);

    retranslate();
    rebuild();
}

ProvinceChoroplethView::~ProvinceChoroplethView() = default;

QString ProvinceChoroplethView::drilledProvince() const
{
    return m_scene->drilledProvince();
}

bool ProvinceChoroplethView::cityCirclesVisible() const
{
    return m_nationalScene->cityCirclesVisible();
}

void ProvinceChoroplethView::setCityCirclesVisible(bool visible)
{
    m_nationalScene->setCityCirclesVisible(visible);
}

bool ProvinceChoroplethView::drillDown(const QString &provinceFullName)
{
    if (provinceFullName == drilledProvince())
        return true;
    const MapGeometry *geometry = MapGeometry::citiesOf(provinceFullName);
    if (!geometry)
        return false;
    ChoroplethScene *previous = m_cityScene;
    m_cityScene = new ChoroplethScene(*geometry, this);
    m_cityScene->setReportFigures(m_reportFigures);
    m_cityScene->setParkMarkersVisible(m_nationalScene->parkMarkersVisible());
    showScene(m_cityScene);
    if (previous)
        previous->deleteLater();
    emit drillDownChanged(provinceFullName);
    return true;
}

void ProvinceChoroplethView::drillUp()
{
    if (m_scene == m_nationalScene)
        return;
    showScene(m_nationalScene);
    if (m_cityScene) {
        m_cityScene->deleteLater();
        m_cityScene = nullptr;
    }
    m_cityRecords = ParkSnapshot();
    emit drillDownChanged(QString());
}

void ProvinceChoroplethView::showScene(ChoroplethScene *scene)
{
    clearHover();
    m_scene = scene;
    setScene(scene);
    rebuild();
    layoutToViewport();
}

QSet<QString> ProvinceChoroplethView::selectedAreas(const ParkFilter &filter) const
{
    return m_scene->isCityMap() ? filter.cities : filter.provinces;
}

QPointF ProvinceChoroplethView::sceneCentreOf(const QString &fullName) const
{
    return m_scene->labelAnchorOf(fullName);
}

QColor ProvinceChoroplethView::fillOf(const QString &fullName) const
{
    return m_scene->fillOf(fullName);
}

void ProvinceChoroplethView::setMetric(MapMetric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    scheduleRebuild();
}

void ProvinceChoroplethView::setMethod(Classification::Method method)
{
    if (method == m_method)
        return;
    m_method = method;
    scheduleRebuild();
}

void ProvinceChoroplethView::setClassCount(int classes)
{
    classes =
        std::clamp(classes, Classification::MinPaletteClasses, Classification::MaxPaletteClasses);
    if (classes == m_classes)
        return;
    m_classes = classes;
    scheduleRebuild();
}

void ProvinceChoroplethView::setQualifiedValues(Aggregations::QualifiedValues qualified)
{
    if (qualified == m_qualified)
        return;
    m_qualified = qualified;
    scheduleRebuild();
}

bool ProvinceChoroplethView::parkMarkersVisible() const
{
    return m_scene->parkMarkersVisible();
}

void ProvinceChoroplethView::setParkMarkersVisible(bool visible)
{
    m_nationalScene->setParkMarkersVisible(visible);
    if (m_cityScene)
        m_cityScene->setParkMarkersVisible(visible);
}

void ProvinceChoroplethView::setDarkTheme(bool dark)
{
    m_dark = dark;
    m_nationalScene->setDarkTheme(dark);
    if (m_cityScene)
        m_cityScene->setDarkTheme(dark);
}

void ProvinceChoroplethView::highlightProvinces(const QSet<QString> &fullNames)
{
    // Provinces are outlined on the map of China only.
    m_nationalScene->setHighlightedProvinces(fullNames);
}

void ProvinceChoroplethView::scheduleRebuild()
{
    // Nobody sees a hidden map: it is rebuilt when shown, or when asked.
    m_refresh->schedule();
}

void ProvinceChoroplethView::setReportFigures(const QList<ReportFigure> &figures)
{
    m_reportFigures = figures;
    m_nationalScene->setReportFigures(figures);
    if (m_cityScene)
        m_cityScene->setReportFigures(figures);
    scheduleRebuild();
}

void ProvinceChoroplethView::flushPendingRebuild()
{
    m_refresh->flush();
}

void ProvinceChoroplethView::rebuild()
{
    m_refresh->done();
    const ParkFilter filter = m_proxy->filter();
    // The proxy's rows would hold only the selected provinces; the map
    // applies the rest of the filter itself, the same way the proxy does.
    // A city map does the same with the cities, and takes its province's
    // parks itself.
    ParkFilter others = FilterDescription::without(filter, FilterDescription::Criterion::Provinces);
    if (m_scene->isCityMap())
        others = FilterDescription::without(others, FilterDescription::Criterion::Cities);
    const ParkSnapshot records = m_proxy->recordsAcceptedBy(others);
    // The scene builds park markers and city circles from these records
    // when they are shown.
    (m_scene == m_nationalScene ? m_nationalRecords : m_cityRecords) = records;
    m_scene->setQualifiedValues(m_qualified);
    m_scene->setData(records, m_metric, m_method, m_classes, FilterDescription::summary(others),
                     Translations::isEnglish(), m_dark);
    m_scene->setSelectedProvinces(selectedAreas(filter));
    setAccessibleDescription(m_scene->accessibleSummary());
    // The tip shows figures that may just have changed.
    if (m_tip->isVisible())
        updateHover(viewport()->mapFromGlobal(QCursor::pos()));
}

void ProvinceChoroplethView::followFilter(const ParkFilter &filter)
{
    // The outline follows at once; the colours wait for the burst to end.
    m_scene->setSelectedProvinces(selectedAreas(filter));
    scheduleRebuild();
}

void ProvinceChoroplethView::layoutToViewport()
{
    const QSize size = viewport()->size();
    if (size.width() < 16 || size.height() < 16)
        return;
    resetTransform();
    m_zoom = 1.0;
    m_scene->layoutFor(QSizeF(size));
    setSceneRect(m_scene->sceneRect());
    centerOn(m_scene->sceneRect().center());
}

void ProvinceChoroplethView::fitToView()
{
    layoutToViewport();
}

bool ProvinceChoroplethView::isZoomed() const
{
    return m_zoom > 1.0001;
}

void ProvinceChoroplethView::zoomIn()
{
    zoomBy(1.25);
}

void ProvinceChoroplethView::zoomOut()
{
    zoomBy(1 / 1.25);
}

void ProvinceChoroplethView::zoomBy(double factor)
{
    const double target = std::clamp(m_zoom * factor, 1.0, MaximumZoom);
    if (target <= 1.0001) {
        fitToView();
        return;
    }
    const double applied = target / m_zoom;
    m_zoom = target;
    // Zoomed in, the page is larger than the viewport and can be panned.
    setSceneRect(m_scene->sceneRect());
    scale(applied, applied);
    clearHover();
}

QString ProvinceChoroplethView::toolTipText() const
{
    return m_tip->isVisible() ? m_tip->text() : QString();
}

void ProvinceChoroplethView::updateHover(const QPoint &viewportPos)
{
    if (!viewport()->rect().contains(viewportPos)) {
        clearHover();
        return;
    }
    const QPointF scenePos = mapToScene(viewportPos);
    const QString province = m_scene->provinceAt(scenePos);
    const int marker = m_scene->markerAt(scenePos);
    if (province != m_scene->hoveredProvince()) {
        m_scene->setHoveredProvince(province);
        emit provinceHovered(province);
    }
    const QString text =
        marker >= 0 ? m_scene->toolTipForMarker(marker) : m_scene->toolTipFor(province);
    m_tip->showAt(viewportPos, text);
}

void ProvinceChoroplethView::clearHover()
{
    m_tip->hideTip();
    if (!m_scene->hoveredProvince().isEmpty()) {
        m_scene->setHoveredProvince(QString());
        emit provinceHovered(QString());
    }
}

void ProvinceChoroplethView::clickAt(const QPoint &viewportPos, Qt::KeyboardModifiers modifiers)
{
    const QString province = m_scene->provinceAt(mapToScene(viewportPos));
    if (province.isEmpty())
        return;
    // On a city map the areas are cities, selected by their full names as
    // records store them.
    QSet<QString> areas = selectedAreas(m_proxy->requestedFilter());
    if (modifiers & Qt::ControlModifier) {
        if (!areas.remove(province))
            areas.insert(province);
    } else {
        areas = {province};
    }
    if (m_scene->isCityMap())
        m_proxy->setCities(areas);
    else
        m_proxy->setProvinces(areas);
}

bool ProvinceChoroplethView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Leave:
        clearHover();
        break;
    case QEvent::ToolTip:
        // The map shows its own tip; the scene has none to add.
        return true;
    default:
        break;
    }
    return QGraphicsView::viewportEvent(event);
}

void ProvinceChoroplethView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!isZoomed())
        layoutToViewport();
}

void ProvinceChoroplethView::showEvent(QShowEvent *event)
{
    // Rebuilt by then if changes waited (DeferredRefresh).
    QGraphicsView::showEvent(event);
    if (!isZoomed())
        layoutToViewport();
}

void ProvinceChoroplethView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    // One notch (120) zooms by 20 %; touchpads send smaller steps.
    zoomBy(std::pow(1.2, delta / 120.0));
    event->accept();
}

void ProvinceChoroplethView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToView();
        return;
    case Qt::Key_Escape:
        if (m_scene->isCityMap() && !m_proxy->filter().cities.isEmpty()) {
            m_proxy->setCities({});
            return;
        }
        if (!m_scene->isCityMap() && !m_proxy->filter().provinces.isEmpty()) {
            m_proxy->setProvinces({});
            return;
        }
        break;
    case Qt::Key_Backspace:
        if (m_scene->isCityMap()) {
            drillUp();
            return;
        }
        break;
    case Qt::Key_Left:
        if ((event->modifiers() & Qt::AltModifier) && m_scene->isCityMap()) {
            drillUp();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void ProvinceChoroplethView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
        m_tip->hideTip();
    }
    QGraphicsView::mousePressEvent(event);
}

void ProvinceChoroplethView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton)
        updateHover(event->position().toPoint());
}

void ProvinceChoroplethView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    const QPoint pos = event->position().toPoint();
    // A press and release in one place is a click; anything more was a pan.
    if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        clickAt(pos, event->modifiers());
    updateHover(pos);
}

void ProvinceChoroplethView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_scene->isCityMap()) {
        const QString province = m_scene->provinceAt(mapToScene(event->position().toPoint()));
        if (!province.isEmpty() && drillDown(province)) {
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void ProvinceChoroplethView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ProvinceChoroplethView::retranslate()
{
    setAccessibleName(tr("Map of parks by province"));
    scheduleRebuild();
}
