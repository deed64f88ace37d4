#include "choroplethscene.h"

#include "charts/chartstyle.h"
#include "choroplethtexts.h"
#include "maplabelitem.h"
#include "maplabellayout.h"
#include "maplegenditem.h"
#include "mapstyle.h"
#include "provinceitem.h"

#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsTextItem>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace {

// Stacking order: fills, then the outlines that mark provinces (above all
// fills, so that no neighbour covers them), then labels, parks and text.
enum ZOrder
{
    ZMap = 0,
    ZHighlight = 1,
    ZSelection = 2,
    ZHover = 3,
    ZLabels = 5,
    ZMarkers = 6,
    ZPageText = 8
};

// Holds the items of one coordinate system; draws nothing itself.
class LayerItem : public QGraphicsItem
{
public:
    LayerItem() { setFlag(ItemHasNoContents); }
    QRectF boundingRect() const override { return QRectF(); }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

const QString Hainan = QStringLiteral("海南省");

} // namespace

ChoroplethScene::ChoroplethScene(QObject *parent)
    : ChoroplethScene(MapGeometry::embedded(), parent)
{}

ChoroplethScene::ChoroplethScene(const MapGeometry &geometry, QObject *parent)
    : QGraphicsScene(parent)
    , m_geometry(geometry)
    , m_size(1000, 750)
{
    // The page is static between layouts; an index of its few dozen items
    // costs more than it saves.
    setItemIndexMethod(NoIndex);
    buildItems();
    applyTheme();
    applyColors();
    updateTexts();
    updateLegend();
    relayout();
}

ChoroplethScene::~ChoroplethScene() = default;

void ChoroplethScene::buildItems()
{
    m_mapLayer = new LayerItem;
    m_mapLayer->setZValue(ZMap);
    addItem(m_mapLayer);
    for (const MapGeometry::Province &p : m_geometry.provinces()) {
        m_provinceItems.insert(p.fullName, new ProvinceItem(p.path, m_mapLayer));
        auto *label = new MapLabelItem;
        label->setZValue(ZLabels);
        addItem(label);
        m_labels.insert(p.fullName, label);
    }

    const auto overlay = [this](int z) {
        auto *item = new QGraphicsPathItem(m_mapLayer);
        item->setZValue(z);
        item->setAcceptedMouseButtons(Qt::NoButton);
        return item;
    };
    m_highlightItem = overlay(ZHighlight);
    m_selectionItem = overlay(ZSelection);
    m_hoverItem = overlay(ZHover);

    m_insetLayer = new LayerItem;
    m_insetLayer->setZValue(ZMap);
    addItem(m_insetLayer);
    const SouthChinaSeaInset &inset = m_geometry.inset();
    m_insetCoast = new QGraphicsPathItem(inset.coast, m_insetLayer);
    m_insetFrame = new QGraphicsPathItem(inset.frame, m_insetLayer);
    m_insetDashes = new QGraphicsPathItem(inset.dashes, m_insetLayer);
    m_insetIslands = new QGraphicsPathItem(inset.hainanIslands, m_insetLayer);
    QPainterPath border;
    border.addRect(inset.bounds);
    m_insetBorder = new QGraphicsPathItem(border, m_insetLayer);
    m_insetCaption = new MapLabelItem;
    m_insetCaption->setZValue(ZLabels);
    addItem(m_insetCaption);

    m_legend = new MapLegendItem;
    m_legend->setZValue(ZPageText);
    addItem(m_legend);

    const auto textItem = [this] {
        auto *item = new QGraphicsTextItem;
        item->document()->setDocumentMargin(0);
        item->setZValue(ZPageText);
        item->setAcceptedMouseButtons(Qt::NoButton);
        addItem(item);
        return item;
    };
    m_title = textItem();
    m_subtitle = textItem();
}

void ChoroplethScene::setData(const Aggregations::Records &records, MapMetric metric,
                              Classification::Method method, int classes, const QString &filterText,
                              bool english, bool darkTheme)
{
    m_classes = ChoroplethClasses(metric, records, method, classes);
    m_filterText = filterText;
    m_english = english;
    m_dark = darkTheme;
    rebuildMarkers(records);
    applyTheme();
    applyColors();
    updateTexts();
    updateLegend();
    relayout();
}

void ChoroplethScene::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    applyTheme();
    applyColors();
    updateLegend();
    relayout();
}

void ChoroplethScene::setParkMarkersVisible(bool visible)
{
    if (visible == m_markersVisible)
        return;
    m_markersVisible = visible;
    for (QGraphicsEllipseItem *item : std::as_const(m_markerItems))
        item->setVisible(visible);
    updateLegend();
    relayout();
}

void ChoroplethScene::setBackgroundVisible(bool visible)
{
    m_backgroundVisible = visible;
    applyTheme();
}

void ChoroplethScene::setLineScale(double scale)
{
    m_lineScale = scale > 0 ? scale : 1.0;
    applyLineWidths();
}

void ChoroplethScene::layoutFor(const QSizeF &size)
{
    if (size.isEmpty())
        return;
    m_size = size;
    relayout();
}

void ChoroplethScene::rebuildMarkers(const Aggregations::Records &records)
{
    qDeleteAll(m_markerItems);
    m_markerItems.clear();
    m_markers = ParkMarkers::fromRecords(records, m_english);
    for (int i = 0; i < m_markers.size(); ++i) {
        auto *item = new QGraphicsEllipseItem;
        item->setZValue(ZMarkers);
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setVisible(m_markersVisible);
        addItem(item);
        m_markerItems.append(item);
    }
}

void ChoroplethScene::applyTheme()
{
    const MapTheme t = MapTheme::of(m_dark);
    setBackgroundBrush(m_backgroundVisible ? QBrush(t.background) : QBrush(Qt::NoBrush));
    m_title->setDefaultTextColor(t.text);
    m_subtitle->setDefaultTextColor(t.mutedText);
    m_insetCoast->setBrush(t.insetLand);
    for (QGraphicsPathItem *item : {m_insetFrame, m_insetDashes}) {
        item->setBrush(t.text);
        item->setPen(Qt::NoPen);
    }
    m_hoverItem->setBrush(t.hoverFill);
    for (int i = 0; i < m_markerItems.size(); ++i)
        m_markerItems.at(i)->setBrush(ChartStyle::leadershipColour(m_markers.at(i).leadership));
    colorLabels();
    applyLineWidths();
}

void ChoroplethScene::applyLineWidths()
{
    const MapTheme t = MapTheme::of(m_dark);
    const double s = m_lineScale;
    for (ProvinceItem *item : std::as_const(m_provinceItems)) {
        item->setPen(MapStyle::cosmeticPen(t.border, 0.75 * s));
        item->setLineScale(s);
    }
    m_insetIslands->setPen(MapStyle::cosmeticPen(t.text, 0.6 * s));
    m_insetCoast->setPen(MapStyle::cosmeticPen(t.border, 0.75 * s));
    m_insetBorder->setPen(MapStyle::cosmeticPen(t.text, 1.0 * s));
    m_highlightItem->setPen(MapStyle::cosmeticPen(t.highlight, 2.2 * s));
    m_selectionItem->setPen(MapStyle::cosmeticPen(t.selection, 2.4 * s));
    m_hoverItem->setPen(MapStyle::cosmeticPen(t.selection, 1.4 * s));
    // Markers and labels are sized in page pixels, which an export scales.
    for (QGraphicsEllipseItem *item : std::as_const(m_markerItems))
        item->setPen(QPen(t.markerOutline, 1.0));
}

void ChoroplethScene::applyColors()
{
    const MapTheme t = MapTheme::of(m_dark);
    for (auto it = m_provinceItems.cbegin(); it != m_provinceItems.cend(); ++it) {
        const bool hatched = m_classes.stateOf(it.key()) == ChoroplethClasses::State::NoData;
        it.value()->setFill(m_classes.colorOf(it.key()), hatched, t.hatch);
    }
    // The island groups in the inset are Hainan's and take its colour.
    m_insetIslands->setBrush(m_classes.colorOf(Hainan));
}

void ChoroplethScene::colorLabels()
{
    const MapTheme t = MapTheme::of(m_dark);
    QColor pageHalo = t.background;
    pageHalo.setAlpha(m_backgroundVisible ? 215 : 0);
    for (MapLabelItem *label : std::as_const(m_labels)) {
        // A label moved out to sea stands on the page, not on a fill.
        if (provinceAt(label->textRect().center()).isEmpty())
            label->setColors(t.text, pageHalo, t.text);
        else
            label->setColors(t.labelText, t.halo, t.text);
    }
    m_insetCaption->setColors(t.text, pageHalo, t.text);
}

void ChoroplethScene::updateTexts()
{
    m_title->setPlainText(MapMetrics::title(metric()));
    m_subtitle->setPlainText(ChoroplethTexts::subtitle(m_classes.parkCount(), m_filterText));
}

void ChoroplethScene::updateLegend()
{
    using Row = MapLegendItem::Row;
    QList<Row> rows{{Row::Heading, QColor(), MapMetrics::label(metric())}};
    for (const ChoroplethClasses::LegendEntry &e : m_classes.legend(provinceNames())) {
        const bool hatched = e.state == ChoroplethClasses::State::NoData;
        rows.append({hatched ? Row::Hatched : Row::Swatch, e.color, e.text});
    }
    if (!m_selected.isEmpty()) {
        rows.append({Row::Gap, QColor(), QString()});
        rows.append({Row::Outline, MapTheme::of(m_dark).selection, tr("Selected")});
    }
    if (m_markersVisible && !m_markers.isEmpty()) {
        rows.append({Row::Section, QColor(), QString()});
        rows.append({Row::Heading, QColor(), tr("Parks")});
        for (Leadership l : {Leadership::Government, Leadership::Enterprise, Leadership::Unknown}) {
            const bool present =
                std::any_of(m_markers.cbegin(), m_markers.cend(),
                            [l](const ParkMarker &m) { return m.leadership == l; });
            if (present) {
                rows.append({Row::Marker, ChartStyle::leadershipColour(l),
                             ChoroplethTexts::leadershipText(l)});
            }
        }
    }
    m_legend->setRows(rows);
}

void ChoroplethScene::relayout()
{
    if (m_size.isEmpty())
        return;
    const double width = m_size.width();
    const double height = m_size.height();
    // Text grows a little with the page, within what stays readable on
    // screen and in print (pixels at 96 dpi).
    const double fontPx = std::clamp(std::sqrt(width * height) / 75.0, 9.0, 15.0);
    const double margin = std::max(8.0, 0.025 * std::min(width, height));

    m_title->setFont(MapStyle::pixelFont(fontPx * 1.4, true));
    m_title->setTextWidth(width - 2 * margin);
    m_title->setPos(margin, margin * 0.6);
    m_subtitle->setFont(MapStyle::pixelFont(fontPx));
    m_subtitle->setTextWidth(width - 2 * margin);
    m_subtitle->setPos(margin, m_title->sceneBoundingRect().bottom());
    const double top = m_subtitle->sceneBoundingRect().bottom() + fontPx;

    m_mapArea = QRectF(margin, top, width - 2 * margin, std::max(1.0, height - margin - top));
    const QRectF content = m_geometry.contentBounds();
    if (!content.isEmpty()) {
        const double scale =
            std::min(m_mapArea.width() / content.width(), m_mapArea.height() / content.height());
        const QPointF offset = m_mapArea.center() - content.center() * scale;
        m_mapTransform = QTransform(scale, 0, 0, scale, offset.x(), offset.y());
    }
    m_mapLayer->setTransform(m_mapTransform);

    layoutInset(fontPx);
    // Markers first: labels make way for them.
    m_markerRadius = std::max(2.5, fontPx * 0.3);
    layoutMarkers(m_markerRadius);
    layoutLabels(fontPx * 0.92);

    const MapTheme t = MapTheme::of(m_dark);
    MapLegendItem::Style style;
    style.font = MapStyle::pixelFont(fontPx * 0.92);
    style.text = t.text;
    style.panel = t.legendPanel;
    style.swatchBorder = t.border;
    style.hatch = t.hatch;
    m_legend->setStyle(style);
    layoutLegend();

    setSceneRect(QRectF(QPointF(0, 0), m_size));
}

void ChoroplethScene::layoutInset(double fontPx)
{
    const SouthChinaSeaInset &inset = m_geometry.inset();
    m_insetRect = m_mapTransform.mapRect(m_geometry.insetBox());
    if (inset.isEmpty())
        return;
    const QFont font = MapStyle::pixelFont(std::max(8.0, fontPx * 0.8));
    const QFontMetricsF metrics(font);
    const QString caption = tr("South China Sea Islands");
    // Inside the frame, in its empty lower right corner, as national maps
    // have it; a caption too long for that corner even on two lines goes
    // under the frame, which then moves up to make room.
    QString twoLines = caption;
    const qsizetype middle = caption.size() / 2;
    const qsizetype before = caption.lastIndexOf(QLatin1Char(' '), middle);
    const qsizetype after = caption.indexOf(QLatin1Char(' '), middle);
    const qsizetype split =
        before < 0 ? after : (after < 0 || middle - before <= after - middle ? before : after);
    if (split > 0)
        twoLines[split] = QLatin1Char('\n');
    const QSizeF corner(m_insetRect.width() * 0.4, m_insetRect.height() * 0.2);
    const auto fits = [&](const QString &text) {
        double textWidth = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            textWidth = std::max(textWidth, metrics.horizontalAdvance(line));
        const double textHeight = metrics.height() * double(text.count(QLatin1Char('\n')) + 1);
        return textWidth <= corner.width() && textHeight <= corner.height();
    };
    const bool inside = fits(caption) || (split > 0 && fits(twoLines));
    m_insetCaption->setText(inside && !fits(caption) ? twoLines : caption, font);
    const QSizeF c = m_insetCaption->textSize();
    const double gap = fontPx * 0.3;
    if (!inside) {
        const double overflow = m_insetRect.bottom() + gap + c.height() - m_mapArea.bottom();
        if (overflow > 0)
            m_insetRect.translate(0, -overflow);
    }

    const double s = std::min(m_insetRect.width() / inset.bounds.width(),
                              m_insetRect.height() / inset.bounds.height());
    m_insetLayer->setTransform(QTransform(s, 0, 0, s, m_insetRect.left(), m_insetRect.top()));
    const double pad = m_insetRect.width() * 0.05;
    if (inside) {
        m_insetCaption->place(m_insetRect.bottomRight() -
                              QPointF(c.width() / 2 + pad, c.height() / 2 + pad));
    } else {
        m_insetCaption->place(
            QPointF(m_insetRect.center().x(), m_insetRect.bottom() + gap + c.height() / 2));
    }
}

void ChoroplethScene::layoutMarkers(double radius)
{
    QList<QPointF> positions;
    for (const ParkMarker &m : std::as_const(m_markers))
        positions.append(m_mapTransform.map(m.mapPos));
    positions = ParkMarkers::spread(positions, radius);
    for (int i = 0; i < m_markerItems.size(); ++i) {
        m_markerItems.at(i)->setRect(QRectF(-radius, -radius, 2 * radius, 2 * radius));
        m_markerItems.at(i)->setPos(positions.at(i));
    }
}

void ChoroplethScene::layoutLabels(double fontPx)
{
    const QFont font = MapStyle::pixelFont(fontPx);
    for (const MapGeometry::Province &p : m_geometry.provinces()) {
        MapLabelItem *label = m_labels.value(p.fullName);
        label->setHaloWidth(std::max(2.0, fontPx * 0.22));
        label->setText(m_english ? p.nameEn : p.name, font);
    }
    MapLabelLayout layout(m_geometry, m_mapTransform);
    if (m_markersVisible) {
        for (const QGraphicsEllipseItem *item : std::as_const(m_markerItems))
            layout.avoid(item->sceneBoundingRect());
    }
    layout.place(m_labels, fontPx);
    colorLabels();
}

void ChoroplethScene::layoutLegend()
{
    // Down the lower left corner, which is open land outside China on a map
    // of this extent. A legend too tall for it puts its parts side by side
    // rather than cover a province.
    const auto place = [this] {
        m_legend->setPos(m_mapArea.left(), m_mapArea.bottom() - m_legend->size().height());
    };
    m_legend->setSideBySide(false);
    place();
    if (coversProvince(legendRect())) {
        m_legend->setSideBySide(true);
        place();
    }
}

bool ChoroplethScene::coversProvince(const QRectF &sceneRect) const
{
    const QRectF inMap = m_mapTransform.inverted().mapRect(sceneRect);
    return std::any_of(m_geometry.provinces().cbegin(), m_geometry.provinces().cend(),
                       [&](const MapGeometry::Province &p) {
                           return p.bounds.intersects(inMap) && p.path.intersects(inMap);
                       });
}

void ChoroplethScene::updateOverlay(QGraphicsPathItem *item, const QSet<QString> &names)
{
    QPainterPath path;
    for (const QString &name : names) {
        if (const MapGeometry::Province *p = m_geometry.find(name))
            path.addPath(p->mainParts);
    }
    item->setPath(path);
}

void ChoroplethScene::setHoveredProvince(const QString &fullName)
{
    if (fullName == m_hovered)
        return;
    m_hovered = fullName;
    updateOverlay(m_hoverItem, fullName.isEmpty() ? QSet<QString>() : QSet<QString>{fullName});
}

void ChoroplethScene::setSelectedProvinces(const QSet<QString> &fullNames)
{
    if (fullNames == m_selected)
        return;
    const bool legendChanges = fullNames.isEmpty() != m_selected.isEmpty();
    m_selected = fullNames;
    updateOverlay(m_selectionItem, fullNames);
    if (legendChanges) {
        updateLegend();
        relayout();
    }
}

void ChoroplethScene::setHighlightedProvinces(const QSet<QString> &fullNames)
{
    if (fullNames == m_highlighted)
        return;
    m_highlighted = fullNames;
    updateOverlay(m_highlightItem, fullNames);
}

QStringList ChoroplethScene::provinceNames() const
{
    QStringList names;
    for (const MapGeometry::Province &p : m_geometry.provinces())
        names.append(p.fullName);
    return names;
}

QString ChoroplethScene::provinceAt(const QPointF &scenePos) const
{
    bool invertible = false;
    const QTransform inverse = m_mapTransform.inverted(&invertible);
    if (!invertible)
        return QString();
    const MapGeometry::Province *p = m_geometry.provinceAt(inverse.map(scenePos));
    return p ? p->fullName : QString();
}

int ChoroplethScene::markerAt(const QPointF &scenePos) const
{
    if (!m_markersVisible)
        return -1;
    int best = -1;
    double bestDistance = m_markerRadius + 1.5;
    for (int i = 0; i < m_markerItems.size(); ++i) {
        const double d = QLineF(m_markerItems.at(i)->pos(), scenePos).length();
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

QPointF ChoroplethScene::labelAnchorOf(const QString &fullName) const
{
    const MapGeometry::Province *p = m_geometry.find(fullName);
    return p ? m_mapTransform.map(p->labelPoint) : QPointF();
}

QColor ChoroplethScene::fillOf(const QString &fullName) const
{
    const ProvinceItem *item = m_provinceItems.value(fullName);
    return item ? item->fill() : QColor();
}

bool ChoroplethScene::isHatched(const QString &fullName) const
{
    const ProvinceItem *item = m_provinceItems.value(fullName);
    return item && item->isHatched();
}

QString ChoroplethScene::labelOf(const QString &fullName) const
{
    const MapLabelItem *label = m_labels.value(fullName);
    return label ? label->text() : QString();
}

bool ChoroplethScene::hasLeaderLine(const QString &fullName) const
{
    const MapLabelItem *label = m_labels.value(fullName);
    return label && label->hasLeader();
}

QRectF ChoroplethScene::labelRectOf(const QString &fullName) const
{
    const MapLabelItem *label = m_labels.value(fullName);
    return label ? label->textRect() : QRectF();
}

QRectF ChoroplethScene::legendRect() const
{
    return QRectF(m_legend->pos(), m_legend->size());
}

QRectF ChoroplethScene::mapRect() const
{
    return m_mapTransform.mapRect(m_geometry.bounds());
}

QString ChoroplethScene::titleText() const
{
    return m_title->toPlainText();
}

QString ChoroplethScene::subtitleText() const
{
    return m_subtitle->toPlainText();
}

QStringList ChoroplethScene::legendTexts() const
{
    QStringList texts;
    for (const MapLegendItem::Row &row : m_legend->rows()) {
        if (row.kind != MapLegendItem::Row::Gap && row.kind != MapLegendItem::Row::Section)
            texts.append(row.text);
    }
    return texts;
}

QString ChoroplethScene::toolTipFor(const QString &fullName) const
{
    if (!m_geometry.find(fullName))
        return QString();
    return ChoroplethTexts::provinceToolTip(m_classes, fullName, m_english,
                                            !m_filterText.isEmpty());
}

QString ChoroplethScene::toolTipForMarker(int index) const
{
    if (index < 0 || index >= m_markers.size())
        return QString();
    return ChoroplethTexts::markerToolTip(m_markers.at(index), m_english);
}

QString ChoroplethScene::accessibleSummary() const
{
    return ChoroplethTexts::summary(m_classes, titleText(), subtitleText(), m_english);
}
