#include "choroplethscene.h"

#include "charts/chartstyle.h"
#include "choroplethtexts.h"
#include "citygazetteer.h"
#include "maplabelitem.h"
#include "maplabellayout.h"
#include "maplegenditem.h"
#include "mapstyle.h"
#include "places.h"
#include "provinceitem.h"
#include "provinces.h"

#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace {

// Stacking order: fills, then the outlines that mark provinces (above all
// fills, so that no neighbour covers them), then city circles, labels,
// parks and text.
enum ZOrder
{
    ZMap = 0,
    ZHighlight = 1,
    ZSelection = 2,
    ZHover = 3,
    ZCircles = 4,
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

// 9 pt and 14 pt in pixels at 96 dpi, rounded up to whole pixels.
constexpr double MinTextPx = 12.0;
constexpr double MinTitlePx = 19.0;
// The smallest type anywhere on the map: the inset's caption.
constexpr double MinCaptionPx = 10.0;

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
        auto *item = new ProvinceItem(p.path, m_mapLayer);
        item->setLayerCache(&m_provinceCache);
        m_provinceItems.insert(p.fullName, item);
        m_provinceOrder.append(item);
        auto *label = new MapLabelItem;
        label->setZValue(ZLabels);
        addItem(label);
        m_labels.insert(p.fullName, label);
    }

    const auto overlay = [this](int z) {
        auto *item = new QGraphicsPathItem(m_mapLayer);
        item->setZValue(z);
        item->setAcceptedMouseButtons(Qt::NoButton);
        // Shown only with a path: an empty one would be written to SVG and
        // PDF as a stroke without points.
        item->setVisible(false);
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
    // A province's map has no South China Sea inset: the islands are
    // Hainan's, and a map of Hainan's cities shows them at their place.
    m_insetLayer->setVisible(!m_geometry.isCityMap());
    m_insetCaption->setVisible(!m_geometry.isCityMap());

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
    show(records, nullptr, metric, method, classes, filterText, english, darkTheme);
}

void ChoroplethScene::setData(const ParkSnapshot &records, MapMetric metric,
                              Classification::Method method, int classes, const QString &filterText,
                              bool english, bool darkTheme)
{
    show(records.pointers(), &records, metric, method, classes, filterText, english, darkTheme);
}

void ChoroplethScene::show(const Aggregations::Records &records, const ParkSnapshot *snapshot,
                           MapMetric metric, Classification::Method method, int classes,
                           const QString &filterText, bool english, bool darkTheme)
{
    m_english = english;
    m_dark = darkTheme;
    m_filterText = filterText;
    if (m_geometry.isCityMap()) {
        // The province's parks, each in its city as the gazetteer knows it;
        // a municipality's parks all count in the municipality.
        const QString province = m_geometry.provinceFullName();
        Aggregations::Records inProvince;
        m_unknownCityParks = 0;
        for (const ParkRecord *r : records) {
            if (r->province != province)
                continue;
            inProvince.append(r);
            if (!Places::city(r->province, r->city))
                ++m_unknownCityParks;
        }
        const AreaOfRecord cityOf = [](const ParkRecord &r) {
            const CityInfo *city = Places::city(r.province, r.city);
            return city ? city->cityFullName : QString();
        };
        m_classes = ChoroplethClasses(metric, inProvince, method, classes, {}, m_qualified, cityOf);
        // The report's count of the province's parks, set beside the
        // dataset's in the subtitle.
        const ChoroplethClasses national(MapMetric::ParkCount, Aggregations::Records(), method,
                                         classes, m_report);
        m_reportedProvinceParks = national.reportCountOf(province);
        setMarkerRecords(inProvince);
        rebuildCircles({});
    } else {
        // A count from the snapshot's counts by province: at a million parks
        // counting them again was half of the first Map tab's stall.
        m_classes =
            snapshot && MapMetrics::isParkCount(metric)
                ? ChoroplethClasses(
                      metric, *provinceFiguresFromCounts(metric, snapshot->byProvinceAndCity()),
                      method, classes, m_report, m_qualified)
                : ChoroplethClasses(metric, records, method, classes, m_report, m_qualified);
        setMarkerRecords(records);
        // Counted only while shown, as markers are built.
        rebuildCircles(m_circlesVisible ? records : Aggregations::Records());
    }
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
    // Hidden markers are dropped, not kept out of sight: at 100,000 parks
    // their items alone slowed every repaint.
    if (visible)
        rebuildMarkers();
    else
        clearMarkers();
    updateLegend();
    relayout();
}

void ChoroplethScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    // The provinces lie on the page's background, under every other item.
    if (m_provinceCacheEnabled)
        m_provinceCache.draw(painter, m_provinceOrder,
                             backgroundBrush().style() == Qt::SolidPattern
                                 ? backgroundBrush().color()
                                 : QColor(Qt::transparent));
    else
        m_provinceCache.invalidate();
}

void ChoroplethScene::setProvinceCacheEnabled(bool enabled)
{
    m_provinceCacheEnabled = enabled;
    m_provinceCache.invalidate();
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

void ChoroplethScene::setMarkerRecords(const Aggregations::Records &records)
{
    m_records = records;
    if (m_markersVisible)
        rebuildMarkers();
    else
        clearMarkers();
}

void ChoroplethScene::clearMarkers()
{
    qDeleteAll(m_markerItems);
    m_markerItems.clear();
    m_markers.clear();
    qDeleteAll(m_clusterItems);
    m_clusterItems.clear();
    m_clusters.clear();
}

void ChoroplethScene::rebuildMarkers()
{
    clearMarkers();
    m_markers = ParkMarkers::fromRecords(m_records, m_english);
    const MapTheme t = MapTheme::of(m_dark);
    m_markerItems.reserve(m_markers.size());
    for (const ParkMarker &marker : std::as_const(m_markers)) {
        auto *item = new QGraphicsEllipseItem;
        item->setZValue(ZMarkers);
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setBrush(ChartStyle::leadershipColour(marker.leadership));
        item->setPen(QPen(t.markerOutline, 1.0));
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
    for (const CityCircle &c : std::as_const(m_circles)) {
        c.item->setBrush(t.circleFill);
        c.item->setPen(QPen(t.circleOutline, 1.0));
    }
    colorLabels();
    applyLineWidths();
}

void ChoroplethScene::applyLineWidths()
{
    m_provinceCache.invalidate();
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
    m_provinceCache.invalidate();
    const MapTheme t = MapTheme::of(m_dark);
    for (auto it = m_provinceItems.cbegin(); it != m_provinceItems.cend(); ++it) {
        const ChoroplethClasses::State state = m_classes.stateOf(it.key());
        const bool crossed = state == ChoroplethClasses::State::NotInDataset;
        const bool hatched = crossed || state == ChoroplethClasses::State::NoData;
        it.value()->setFill(m_classes.colorOf(it.key()), hatched, t.hatch, crossed);
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
    if (m_geometry.isCityMap()) {
        const QString province = Provinces::displayName(m_geometry.provinceFullName(), m_english);
        m_title->setPlainText(ChoroplethTexts::cityTitle(metric(), province));
        int withParks = 0;
        for (const ProvinceFigures &f : m_classes.figures()) {
            if (f.parks.total > 0)
                ++withParks;
        }
        const int parks = m_classes.parkCount() + m_unknownCityParks;
        QString subtitle = ChoroplethTexts::subtitle(parks, m_filterText);
        const QString coverage = ChoroplethTexts::cityCoverage(
            withParks, int(m_geometry.provinces().size()),
            m_filterText.isEmpty() ? m_reportedProvinceParks : std::nullopt, parks, province);
        if (!coverage.isEmpty())
            subtitle += QLatin1Char('\n') + coverage;
        m_subtitle->setPlainText(subtitle);
        return;
    }
    m_title->setPlainText(MapMetrics::title(metric()));
    // The report's count of provinces beside the dataset's, so that the
    // provinces without parks read as without parks in the dataset.
    QString subtitle = ChoroplethTexts::subtitle(m_classes.parkCount(), m_filterText);
    const QString coverage = m_classes.provinceCoverageText();
    if (!coverage.isEmpty())
        subtitle += QLatin1Char('\n') + coverage;
    m_subtitle->setPlainText(subtitle);
}

void ChoroplethScene::updateLegend()
{
    using Row = MapLegendItem::Row;
    QList<Row> rows{{Row::Heading, QColor(), MapMetrics::label(metric())}};
    if (m_classes.ramp().classCount() > 0)
        rows.append({Row::Note, QColor(), m_classes.methodText()});
    for (const ChoroplethClasses::LegendEntry &e : m_classes.legend(provinceNames())) {
        // A city map whose every city has parks (a municipality) has no
        // use for the row of those without.
        if (m_geometry.isCityMap() && e.state == ChoroplethClasses::State::NoParks &&
            e.provinces == 0)
            continue;
        const Row::Kind kind = e.state == ChoroplethClasses::State::NoData ? Row::Hatched
                               : e.state == ChoroplethClasses::State::NotInDataset
                                   ? Row::CrossHatched
                                   : Row::Swatch;
        rows.append({kind, e.color, e.text});
    }
    // What the sums leave out or take in, and the report's own counts to
    // set beside the dataset's; the report's counts are of all parks of a
    // province, so a filter leaves them out.
    QStringList notes{m_classes.qualifiedValuesText()};
    if (m_filterText.isEmpty() && !m_geometry.isCityMap())
        notes.append(m_classes.reportCountsText(m_english, provinceNames()));
    if (m_geometry.isCityMap() && m_unknownCityParks > 0)
        notes.append(ChoroplethTexts::unknownCitiesNote(m_unknownCityParks));
    notes.removeAll(QString());
    if (!notes.isEmpty()) {
        rows.append({Row::Gap, QColor(), QString()});
        for (const QString &note : std::as_const(notes))
            rows.append({Row::Footnote, QColor(), note});
    }

    if (!m_selected.isEmpty() || !m_highlighted.isEmpty())
        rows.append({Row::Gap, QColor(), QString()});
    if (!m_selected.isEmpty())
        rows.append({Row::Outline, MapTheme::of(m_dark).selection, tr("Selected")});
    // The outline that follows the table's selection says what it is.
    if (!m_highlighted.isEmpty())
        rows.append({Row::Outline, MapTheme::of(m_dark).highlight,
                     m_highlighted.size() == 1
                         ? tr("Province of the park selected in the table")
                         : tr("Provinces of the parks selected in the table")});
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
        // Whether piles form depends on the scale: the row is always there.
        rows.append(
            {Row::Marker, MapTheme::of(m_dark).clusterFill, tr("Several parks (their number)")});
    }
    if (m_circlesVisible && !m_circles.isEmpty()) {
        rows.append({Row::Section, QColor(), QString()});
        rows.append({Row::Heading, QColor(), tr("Parks by city")});
        for (int parks : std::as_const(m_circleReferences)) {
            Row row{Row::Circle, MapTheme::of(m_dark).circleFill,
                    parks == 1 ? tr("1 park") : tr("%1 parks").arg(parks)};
            row.radius = m_circleUnitRadius * std::sqrt(double(parks));
            rows.append(row);
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
    // screen and in print (pixels at 96 dpi, which an export at D dpi draws
    // D / 96 times as many device pixels: sizes in points stay). As on the
    // charts: a title of at least 14 pt, legend and labels of at least 9 pt.
    const double fontPx = std::clamp(std::sqrt(width * height) / 75.0, MinTextPx, 16.0);
    const double textPx = std::max(MinTextPx, fontPx * 0.92);
    const double margin = std::max(8.0, 0.025 * std::min(width, height));

    m_title->setFont(MapStyle::pixelFont(std::max(MinTitlePx, fontPx * 1.4), true));
    m_title->setTextWidth(width - 2 * margin);
    m_title->setPos(margin, margin * 0.6);
    m_subtitle->setFont(MapStyle::pixelFont(fontPx));
    m_subtitle->setTextWidth(width - 2 * margin);
    m_subtitle->setPos(margin, m_title->sceneBoundingRect().bottom());
    const double top = m_subtitle->sceneBoundingRect().bottom() + fontPx;

    // The legend's size first: the map makes room for it if it would cover
    // a province in its corner.
    const MapTheme t = MapTheme::of(m_dark);
    MapLegendItem::Style style;
    style.font = MapStyle::pixelFont(textPx);
    style.text = t.text;
    style.panel = t.legendPanel;
    style.swatchBorder = t.border;
    style.hatch = t.hatch;
    m_legendFont = style.font;
    m_legend->setStyle(style);

    m_pageArea = QRectF(margin, top, width - 2 * margin, std::max(1.0, height - margin - top));
    // The largest circle grows with the page; the legend shows its sizes.
    layoutCircles(std::max(8.0, fontPx * 1.6));
    fitMapTo(m_pageArea);
    layoutLegend();
    if (coversProvince(legendRect())) {
        // The largest map, kept in the upper right, that clears the legend
        // in the lower left, with the legend's parts one under the other or
        // side by side, whichever leaves the larger map.
        const auto areaAt = [this](double s) {
            const QSizeF size = m_pageArea.size() * s;
            return QRectF(QPointF(m_pageArea.right() - size.width(), m_pageArea.top()), size);
        };
        double best = 0;
        bool bestSideBySide = false;
        for (bool sideBySide : {false, true}) {
            m_legend->setSideBySide(sideBySide);
            placeLegend();
            for (double s = 0.98; s > best && s >= 0.5; s -= 0.02) {
                fitMapTo(areaAt(s));
                if (!coversProvince(legendRect())) {
                    best = s;
                    bestSideBySide = sideBySide;
                    break;
                }
            }
        }
        // Or, on a page too short for the legend's usual spacing, the map
        // beside the legend at the page's full height, if that makes it
        // larger. (Otherwise the map's place does not depend on the
        // legend's width, which changes with the language.)
        m_legend->setSideBySide(false);
        placeLegend();
        const double gap = fontPx;
        const QRectF beside(QPointF(legendRect().right() + gap, m_pageArea.top()),
                            m_pageArea.bottomRight());
        const QRectF corner = areaAt(best > 0 ? best : 0.5);
        if (m_legend->isCompact() && m_legend->size().height() <= m_pageArea.height() &&
            mapScaleIn(beside) > mapScaleIn(corner)) {
            fitMapTo(beside);
        } else {
            m_legend->setSideBySide(bestSideBySide);
            placeLegend();
            fitMapTo(corner);
        }
    }

    layoutInset(fontPx);
    // Markers first: labels make way for them.
    m_markerRadius = std::max(2.5, fontPx * 0.3);
    layoutMarkers(m_markerRadius);
    for (CityCircle &c : m_circles)
        c.item->setPos(m_mapTransform.map(c.mapPos));

    layoutLabels(textPx);

    setSceneRect(QRectF(QPointF(0, 0), m_size));
}

void ChoroplethScene::fitMapTo(const QRectF &area)
{
    m_mapArea = area;
    const QRectF content = m_geometry.orientedBounds();
    if (!content.isEmpty()) {
        const double scale = mapScaleIn(m_mapArea);
        const QPointF offset = m_mapArea.center() - content.center() * scale;
        m_mapTransform =
            m_geometry.orientation() * QTransform(scale, 0, 0, scale, offset.x(), offset.y());
    }
    m_mapLayer->setTransform(m_mapTransform);
}

void ChoroplethScene::layoutInset(double fontPx)
{
    const SouthChinaSeaInset &inset = m_geometry.inset();
    // Where the schematic goes; the frame adds the caption's band under it.
    QRectF schematic = m_mapTransform.mapRect(m_geometry.insetBox());
    m_insetRect = schematic;
    if (inset.isEmpty()) {
        m_insetRect = QRectF();
        return;
    }
    const double basePx = std::max(MinCaptionPx, fontPx * 0.8);
    const double pad = fontPx * 0.3;
    // The caption sits in a band inside the frame, under the islands,
    // centred on a fixed point: two lines high in every language, so that
    // neither the frame nor the caption moves when the language changes
    // (a caption placed by its width sat in the corner in Chinese and
    // under the frame in English). The schematic leaves no corner empty
    // enough for a caption in either.
    const double band = 2 * QFontMetricsF(MapStyle::pixelFont(basePx)).height() + pad;
    m_insetRect.setHeight(schematic.height() + band);
    const double overflow = m_insetRect.bottom() - m_mapArea.bottom();
    if (overflow > 0) {
        m_insetRect.translate(0, -overflow);
        schematic.translate(0, -overflow);
    }
    m_insetCaptionAnchor = QPointF(m_insetRect.center().x(), schematic.bottom() + band / 2);

    // One line if it fits the band's width, else two, split at the space
    // nearest the middle; a line still too long gets a smaller type.
    const QString caption = tr("South China Sea Islands");
    const auto widest = [](const QFont &font, const QString &text) {
        const QFontMetricsF metrics(font);
        double width = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            width = std::max(width, metrics.horizontalAdvance(line));
        return width;
    };
    const double room = m_insetRect.width() - 2 * pad;
    QFont font = MapStyle::pixelFont(basePx);
    QString text = caption;
    if (widest(font, caption) > room) {
        const qsizetype middle = caption.size() / 2;
        const qsizetype before = caption.lastIndexOf(QLatin1Char(' '), middle);
        const qsizetype after = caption.indexOf(QLatin1Char(' '), middle);
        const qsizetype split =
            before < 0 ? after : (after < 0 || middle - before <= after - middle ? before : after);
        if (split > 0)
            text[split] = QLatin1Char('\n');
        const double width = widest(font, text);
        if (width > room)
            font = MapStyle::pixelFont(std::max(MinCaptionPx, basePx * room / width));
    }
    // Still too wide at the smallest readable type: the frame widens to
    // the left (the inset sits in the map's right-hand corner).
    const double extra = std::max(0.0, widest(font, text) - room);
    m_insetRect.adjust(-extra, 0, 0, 0);
    m_insetCaptionAnchor.setX(m_insetRect.center().x());
    m_insetCaption->setText(text, font);
    m_insetCaption->place(m_insetCaptionAnchor);

    const double s = std::min(schematic.width() / inset.bounds.width(),
                              schematic.height() / inset.bounds.height());
    m_insetLayer->setTransform(QTransform(s, 0, 0, s, schematic.left(), schematic.top()));
    QPainterPath border;
    border.addRect(QRectF(inset.bounds.topLeft() - QPointF(extra / s, 0),
                          QSizeF(m_insetRect.width() / s, m_insetRect.height() / s)));
    m_insetBorder->setPath(border);
}

void ChoroplethScene::layoutMarkers(double radius)
{
    qDeleteAll(m_clusterItems);
    m_clusterItems.clear();
    m_clusters.clear();
    if (!m_markersVisible)
        return;
    QList<QPointF> positions;
    positions.reserve(m_markers.size());
    for (const ParkMarker &m : std::as_const(m_markers))
        positions.append(m_mapTransform.map(m.mapPos));
    // Piles of three or more become one marker with the count; pairs are
    // set side by side.
    m_clusters = ParkMarkers::clusters(positions, radius);
    QList<bool> clustered(positions.size(), false);
    for (const QList<int> &group : std::as_const(m_clusters)) {
        for (int i : group)
            clustered[i] = true;
    }
    const QList<QPointF> spread = ParkMarkers::spread(positions, radius);
    for (int i = 0; i < m_markerItems.size(); ++i) {
        m_markerItems.at(i)->setRect(QRectF(-radius, -radius, 2 * radius, 2 * radius));
        m_markerItems.at(i)->setPos(clustered.at(i) ? positions.at(i) : spread.at(i));
        m_markerItems.at(i)->setVisible(!clustered.at(i));
    }
    const MapTheme t = MapTheme::of(m_dark);
    const QFont font = MapStyle::pixelFont(std::max(MinTextPx, radius * 3.0), true);
    const QFontMetricsF metrics(font);
    for (const QList<int> &group : std::as_const(m_clusters)) {
        QPointF centre;
        for (int i : group)
            centre += positions.at(i);
        centre /= double(group.size());
        const QString count = QString::number(group.size());
        const double r = std::max(
            radius * 1.8,
            std::max(metrics.horizontalAdvance(count), metrics.capHeight()) / 2 + radius * 0.6);
        auto *item = new QGraphicsEllipseItem(QRectF(-r, -r, 2 * r, 2 * r));
        item->setZValue(ZMarkers);
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setBrush(t.clusterFill);
        item->setPen(QPen(t.markerOutline, 1.0));
        item->setPos(centre);
        auto *text = new QGraphicsSimpleTextItem(count, item);
        text->setFont(font);
        text->setBrush(t.clusterText);
        const QRectF box = text->boundingRect();
        text->setPos(-box.center());
        addItem(item);
        m_clusterItems.append(item);
    }
}

void ChoroplethScene::layoutLabels(double fontPx)
{
    const QFont font = MapStyle::pixelFont(fontPx);
    m_labelFont = font;
    for (const MapGeometry::Province &p : m_geometry.provinces()) {
        MapLabelItem *label = m_labels.value(p.fullName);
        label->setHaloWidth(std::max(2.0, fontPx * 0.22));
        label->setText(m_english ? p.nameEn : p.name, font);
    }
    MapLabelLayout layout(m_geometry, m_mapTransform);
    layout.setPage(QRectF(QPointF(0, 0), m_size));
    layout.avoid(legendRect());
    layout.avoid(m_insetRect);
    if (m_markersVisible) {
        for (const QGraphicsEllipseItem *item : std::as_const(m_markerItems)) {
            if (item->isVisible())
                layout.avoid(item->sceneBoundingRect());
        }
        for (const QGraphicsEllipseItem *item : std::as_const(m_clusterItems))
            layout.avoid(item->sceneBoundingRect());
    }
    layout.place(m_labels, fontPx);
    colorLabels();
}

void ChoroplethScene::layoutLegend()
{
    // Down the lower left corner, which is open land outside China on a map
    // of this extent. A legend too tall for it puts its parts side by side
    // rather than cover a province; one too tall for a short page (a small
    // export with its notes under it) puts its rows closer together.
    m_legend->setSideBySide(false);
    m_legend->setCompact(false);
    if (m_legend->size().height() > m_pageArea.height())
        m_legend->setCompact(true);
    placeLegend();
    if (coversProvince(legendRect())) {
        m_legend->setSideBySide(true);
        placeLegend();
    }
}

void ChoroplethScene::placeLegend()
{
    // Never above the page: above it are the titles.
    const double top = m_pageArea.bottom() - m_legend->size().height();
    m_legend->setPos(m_pageArea.left(), std::max(m_pageArea.top(), top));
}

double ChoroplethScene::mapScaleIn(const QRectF &area) const
{
    const QRectF content = m_geometry.orientedBounds();
    if (content.isEmpty() || area.isEmpty())
        return 0;
    return std::min(area.width() / content.width(), area.height() / content.height());
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
    item->setVisible(!path.isEmpty());
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
    const bool legendChanges = fullNames.isEmpty() != m_highlighted.isEmpty() ||
                               (fullNames.size() == 1) != (m_highlighted.size() == 1);
    m_highlighted = fullNames;
    updateOverlay(m_highlightItem, fullNames);
    if (legendChanges) {
        updateLegend();
        relayout();
    }
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
    for (int c = 0; c < m_clusterItems.size(); ++c) {
        const QGraphicsEllipseItem *item = m_clusterItems.at(c);
        if (QLineF(item->pos(), scenePos).length() <= item->rect().width() / 2 + 1.5)
            return m_clusters.at(c).constFirst();
    }
    int best = -1;
    double bestDistance = m_markerRadius + 1.5;
    for (int i = 0; i < m_markerItems.size(); ++i) {
        if (!m_markerItems.at(i)->isVisible())
            continue;
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

bool ChoroplethScene::isCrossHatched(const QString &fullName) const
{
    const ProvinceItem *item = m_provinceItems.value(fullName);
    return item && item->isCrossHatched();
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
    return label && label->isVisible() ? label->textRect() : QRectF();
}

bool ChoroplethScene::isLabelShown(const QString &fullName) const
{
    const MapLabelItem *label = m_labels.value(fullName);
    return label && label->isVisible();
}

QRectF ChoroplethScene::titlesRect() const
{
    return m_title->sceneBoundingRect().united(m_subtitle->sceneBoundingRect());
}

QRectF ChoroplethScene::legendRect() const
{
    return QRectF(m_legend->pos(), m_legend->size());
}

QRectF ChoroplethScene::mapRect() const
{
    return m_mapTransform.mapRect(m_geometry.bounds());
}

QFont ChoroplethScene::titleFont() const
{
    return m_title->font();
}

QFont ChoroplethScene::subtitleFont() const
{
    return m_subtitle->font();
}

QFont ChoroplethScene::legendFont() const
{
    return m_legendFont;
}

QFont ChoroplethScene::insetCaptionFont() const
{
    return m_insetCaption->font();
}

QFont ChoroplethScene::labelFont() const
{
    return m_labelFont;
}

QString ChoroplethScene::titleText() const
{
    return m_title->toPlainText();
}

QRectF ChoroplethScene::insetCaptionRect() const
{
    return m_insetCaption->textRect();
}

QString ChoroplethScene::insetCaptionText() const
{
    return m_insetCaption->text();
}

QString ChoroplethScene::subtitleText() const
{
    return m_subtitle->toPlainText();
}

QStringList ChoroplethScene::legendTexts() const
{
    QStringList texts;
    for (const MapLegendItem::Row &row : m_legend->rows()) {
        if (row.kind != MapLegendItem::Row::Gap && row.kind != MapLegendItem::Row::Section &&
            row.kind != MapLegendItem::Row::Footnote)
            texts.append(row.text);
    }
    return texts;
}

QStringList ChoroplethScene::legendNotes() const
{
    QStringList texts;
    for (const MapLegendItem::Row &row : m_legend->rows()) {
        if (row.kind == MapLegendItem::Row::Footnote)
            texts.append(row.text);
    }
    return texts;
}

QString ChoroplethScene::toolTipFor(const QString &fullName) const
{
    if (!m_geometry.find(fullName))
        return QString();
    return ChoroplethTexts::areaToolTip(m_classes, fullName, areaDisplayName(fullName),
                                        !m_filterText.isEmpty());
}

QString ChoroplethScene::toolTipForMarker(int index) const
{
    if (index < 0 || index >= m_markers.size())
        return QString();
    for (const QList<int> &group : std::as_const(m_clusters)) {
        if (!group.contains(index))
            continue;
        // A cluster tells all its parks.
        QStringList tips;
        for (int i : group)
            tips.append(ChoroplethTexts::markerToolTip(m_markers.at(i), m_english));
        return tips.join(QStringLiteral("\n\n"));
    }
    return ChoroplethTexts::markerToolTip(m_markers.at(index), m_english);
}

QString ChoroplethScene::accessibleSummary() const
{
    return ChoroplethTexts::summary(m_classes, titleText(), subtitleText(),
                                    [this](const QString &name) { return areaDisplayName(name); });
}

QString ChoroplethScene::areaDisplayName(const QString &fullName) const
{
    if (m_geometry.isCityMap())
        return Places::cityName(m_geometry.provinceFullName(), fullName, m_english);
    return Provinces::displayName(fullName, m_english);
}

void ChoroplethScene::setCityCirclesVisible(bool visible)
{
    if (visible == m_circlesVisible)
        return;
    m_circlesVisible = visible;
    rebuildCircles(visible && !m_geometry.isCityMap() ? m_records : Aggregations::Records());
    updateLegend();
    relayout();
}

void ChoroplethScene::rebuildCircles(const Aggregations::Records &records)
{
    for (const CityCircle &c : std::as_const(m_circles))
        delete c.item;
    m_circles.clear();
    // Nothing to draw (the scene is being built at start): the gazetteer,
    // possibly still being read, is not waited for.
    if (records.isEmpty())
        return;
    // Parks per city the gazetteer knows, in the gazetteer's order.
    QHash<const CityInfo *, int> parks;
    for (const ParkRecord *r : records) {
        if (const CityInfo *city = Places::city(r->province, r->city))
            ++parks[city];
    }
    const MapTheme t = MapTheme::of(m_dark);
    for (const CityInfo &city : CityGazetteer::embedded().all()) {
        const int n = parks.value(&city);
        if (n == 0 || !city.labelPoint.isValid())
            continue;
        CityCircle c;
        const ProvinceInfo *province = Provinces::byCode(city.provinceCode);
        c.province = province ? province->fullName : QString();
        c.city = city.fullName;
        c.parks = n;
        c.mapPos = MapGeometry::project(city.labelPoint.longitude(), city.labelPoint.latitude());
        c.item = new QGraphicsEllipseItem;
        c.item->setZValue(ZCircles);
        c.item->setAcceptedMouseButtons(Qt::NoButton);
        c.item->setBrush(t.circleFill);
        c.item->setPen(QPen(t.circleOutline, 1.0));
        c.item->setVisible(m_circlesVisible);
        addItem(c.item);
        m_circles.append(c);
    }
    // Larger circles first, so that a small one on top stays in sight.
    std::stable_sort(m_circles.begin(), m_circles.end(),
                     [](const CityCircle &a, const CityCircle &b) { return a.parks > b.parks; });
    for (int i = 0; i < m_circles.size(); ++i)
        m_circles.at(i).item->setZValue(ZCircles + 0.001 * i);

    // Three reference sizes: one park, the largest count, and a round
    // number between them.
    m_circleReferences.clear();
    const int largest = m_circles.isEmpty() ? 0 : m_circles.constFirst().parks;
    if (largest > 0) {
        m_circleReferences.append(largest);
        const int middle = largest >= 10 ? int(std::lround(largest / 2.0 / 5.0) * 5)
                                         : int(std::lround(largest / 2.0));
        if (middle > 1 && middle < largest)
            m_circleReferences.append(middle);
        if (largest > 1)
            m_circleReferences.append(1);
    }
}

void ChoroplethScene::layoutCircles(double largestRadius)
{
    // Area in proportion to the count: the radius grows as its square root.
    const int largest = m_circles.isEmpty() ? 1 : m_circles.constFirst().parks;
    m_circleUnitRadius = largestRadius / std::sqrt(double(largest));
    for (const CityCircle &c : std::as_const(m_circles)) {
        const double r = m_circleUnitRadius * std::sqrt(double(c.parks));
        c.item->setRect(QRectF(-r, -r, 2 * r, 2 * r));
    }
    if (m_circlesVisible)
        updateLegend();
}

double ChoroplethScene::cityCircleRadius(const QString &cityFullName,
                                         const QString &provinceFullName) const
{
    for (const CityCircle &c : m_circles) {
        if (c.city == cityFullName &&
            (provinceFullName.isEmpty() || c.province == provinceFullName))
            return c.item->rect().width() / 2;
    }
    return 0;
}

int ChoroplethScene::cityCircleCount(const QString &cityFullName) const
{
    for (const CityCircle &c : m_circles) {
        if (c.city == cityFullName)
            return c.parks;
    }
    return 0;
}
