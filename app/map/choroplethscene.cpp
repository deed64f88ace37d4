#include "choroplethscene.h"

#include "charts/chartstyle.h"
#include "mapgeometry.h"
#include "maplabelitem.h"
#include "maplegenditem.h"
#include "parktablemodel.h"
#include "provinces.h"

#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsTextItem>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace {

constexpr double Pi = 3.14159265358979323846;

// Stacking order: fills, then the outlines that mark provinces (drawn
// above all fills so that no neighbour covers them), then text.
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

struct Theme
{
    QColor background;
    QColor border;
    QColor text;
    QColor mutedText;
    QColor labelText;
    QColor halo;
    QColor selection;
    QColor highlight;
    QColor hoverFill;
    QColor hatch;
    QColor legendPanel;
    QColor markerOutline;
    QColor insetLand; // the mainland coast along the top of the inset
};

Theme themeFor(bool dark)
{
    Theme t;
    t.background = dark ? QColor(0x2e, 0x30, 0x3a) : QColor(Qt::white);
    t.border = dark ? QColor(0x1f, 0x21, 0x28) : QColor(0x8c, 0x8c, 0x8c);
    t.text = ChartStyle::textColour(dark);
    t.mutedText = ChartStyle::mutedTextColour(dark);
    // The fills are light in both themes, so labels on them stay dark.
    t.labelText = QColor(0x1a, 0x1a, 0x1a);
    t.halo = QColor(255, 255, 255, 215);
    t.selection = dark ? QColor(Qt::white) : QColor(0x10, 0x10, 0x10);
    t.highlight = dark ? QColor(0x5a, 0xb4, 0xff) : QColor(0x0a, 0x64, 0xc8);
    t.hoverFill = QColor(255, 255, 255, dark ? 60 : 85);
    t.hatch = QColor(0x8f, 0x8f, 0x8f);
    t.legendPanel = t.background;
    t.legendPanel.setAlpha(225);
    t.markerOutline = dark ? t.background : QColor(Qt::white);
    t.insetLand = dark ? QColor(0x55, 0x58, 0x63) : QColor(0xee, 0xee, 0xee);
    return t;
}

QFont pixelFont(double px, bool bold = false)
{
    QFont font = ChartStyle::font(10, bold);
    font.setPixelSize(std::max(1, int(std::lround(px))));
    return font;
}

QPen cosmeticPen(const QColor &color, double width)
{
    QPen pen(color, width);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

// Places too small for their name at map scales, with the direction their
// label goes: the label's near edge sits this many font heights from the
// place, into the sea or into a large neighbour.
struct Callout
{
    int code;
    double dx;
    double dy;
    bool always; // otherwise only when the name does not fit
};
constexpr Callout Callouts[] = {
    {110000, 0.9, -1.7, true},  // Beijing: north-east, into Hebei
    {120000, 2.2, 0.5, true},   // Tianjin: east, over the Bohai
    {310000, 2.4, 0.2, true},   // Shanghai: east, out to sea
    {810000, 1.6, 1.5, true},   // Hong Kong: south-east
    {820000, -0.8, 2.0, true},  // Macao: south-west
    {640000, -2.2, -0.4, false} // Ningxia: west, into Gansu and Inner Mongolia
};

const Callout *calloutFor(int code)
{
    for (const Callout &c : Callouts) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

} // namespace

// A province's fill: the class colour, or grey, hatched when the province
// has parks but no known value.
class ChoroplethScene::ProvinceItem : public QGraphicsPathItem
{
public:
    ProvinceItem(const QPainterPath &path, QGraphicsItem *parent)
        : QGraphicsPathItem(path, parent)
    {
        setAcceptedMouseButtons(Qt::NoButton);
    }

    void setFill(const QColor &color, bool hatched, const QColor &hatchColor)
    {
        m_fill = color;
        m_hatched = hatched;
        m_hatchColor = hatchColor;
        update();
    }
    QColor fill() const { return m_fill; }
    bool isHatched() const { return m_hatched; }
    void setLineScale(double scale) { m_lineScale = scale; }

    // The outline itself: the default stroked shape costs a stroke of the
    // whole outline on every hit test.
    QPainterPath shape() const override { return path(); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_fill);
        painter->drawPath(path());
        if (m_hatched) {
            // Pattern brushes scale with the painter; undo that so that the
            // hatching has the same pitch at every zoom.
            QBrush hatch(m_hatchColor, Qt::BDiagPattern);
            const QTransform world = painter->worldTransform();
            const double scale = std::hypot(world.m11(), world.m12());
            if (scale > 0)
                hatch.setTransform(QTransform::fromScale(m_lineScale / scale, m_lineScale / scale));
            painter->setBrush(hatch);
            painter->drawPath(path());
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(pen());
        painter->drawPath(path());
    }

private:
    QColor m_fill = Qt::lightGray;
    QColor m_hatchColor = Qt::gray;
    bool m_hatched = false;
    double m_lineScale = 1.0;
};

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
    updateTexts();
    updateLegend();
    applyColors();
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
        m_provinceItems.insert(p.fullName, item);
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
    m_insetFrame = new QGraphicsPathItem(inset.frame, m_insetLayer);
    m_insetCoast = new QGraphicsPathItem(inset.coast, m_insetLayer);
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
    m_markers.clear();
    for (const ParkRecord *r : records) {
        if (!r->hasLocation())
            continue;
        Marker m;
        m.name = r->displayName(m_english);
        m.province = r->province;
        m.leadership = r->leadership;
        m.mapPos = MapGeometry::project(*r->lon, *r->lat);
        m_markers.append(m);
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
    const Theme t = themeFor(m_dark);
    setBackgroundBrush(m_backgroundVisible ? QBrush(t.background) : QBrush(Qt::NoBrush));
    m_title->setDefaultTextColor(t.text);
    m_subtitle->setDefaultTextColor(t.mutedText);
    m_insetFrame->setBrush(t.text);
    m_insetFrame->setPen(Qt::NoPen);
    m_insetDashes->setBrush(t.text);
    m_insetDashes->setPen(Qt::NoPen);
    m_insetCoast->setBrush(t.insetLand);
    colorLabels();
    QColor captionHalo = t.background;
    captionHalo.setAlpha(m_backgroundVisible ? 215 : 0);
    m_insetCaption->setColors(t.text, captionHalo, t.text);
    for (int i = 0; i < m_markerItems.size(); ++i) {
        m_markerItems.at(i)->setBrush(ChartStyle::leadershipColour(m_markers.at(i).leadership));
    }
    m_hoverItem->setBrush(t.hoverFill);
    applyLineWidths();
}

void ChoroplethScene::applyLineWidths()
{
    const Theme t = themeFor(m_dark);
    const double s = m_lineScale;
    for (ProvinceItem *item : std::as_const(m_provinceItems)) {
        item->setPen(cosmeticPen(t.border, 0.75 * s));
        item->setLineScale(s);
    }
    m_insetIslands->setPen(cosmeticPen(t.text, 0.6 * s));
    m_insetCoast->setPen(cosmeticPen(t.border, 0.75 * s));
    m_insetBorder->setPen(cosmeticPen(t.text, 1.0 * s));
    m_highlightItem->setPen(cosmeticPen(t.highlight, 2.2 * s));
    m_selectionItem->setPen(cosmeticPen(t.selection, 2.6 * s));
    m_hoverItem->setPen(cosmeticPen(t.selection, 1.4 * s));
    for (QGraphicsEllipseItem *item : std::as_const(m_markerItems))
        item->setPen(QPen(t.markerOutline, 1.0));
}

void ChoroplethScene::applyColors()
{
    const Theme t = themeFor(m_dark);
    for (auto it = m_provinceItems.cbegin(); it != m_provinceItems.cend(); ++it) {
        const bool hatched = m_classes.stateOf(it.key()) == ChoroplethClasses::State::NoData;
        it.value()->setFill(m_classes.colorOf(it.key()), hatched, t.hatch);
    }
    // The islands are Hainan's and take its colour.
    m_insetIslands->setBrush(m_classes.colorOf(QStringLiteral("海南省")));
}

void ChoroplethScene::updateTexts()
{
    m_title->setPlainText(MapMetrics::title(metric()));
    const int parks = m_classes.parkCount();
    m_subtitle->setPlainText(m_filterText.isEmpty() ? tr("All %1 parks").arg(parks)
                                                    : QStringLiteral("%1 · %2").arg(
                                                          m_filterText, tr("%1 parks").arg(parks)));
}

void ChoroplethScene::updateLegend()
{
    QList<MapLegendItem::Row> rows;
    rows.append({MapLegendItem::Row::Heading, QColor(), MapMetrics::label(metric())});
    for (const ChoroplethClasses::LegendEntry &e : m_classes.legend(provinceNames())) {
        MapLegendItem::Row row;
        row.kind = e.state == ChoroplethClasses::State::NoData ? MapLegendItem::Row::Hatched
                                                               : MapLegendItem::Row::Swatch;
        row.color = e.color;
        row.text = e.text;
        rows.append(row);
    }
    const Theme t = themeFor(m_dark);
    if (!m_selected.isEmpty()) {
        rows.append({MapLegendItem::Row::Gap, QColor(), QString()});
        rows.append({MapLegendItem::Row::Outline, t.selection, tr("Selected")});
    }
    if (m_markersVisible && !m_markers.isEmpty()) {
        rows.append({MapLegendItem::Row::Section, QColor(), QString()});
        rows.append({MapLegendItem::Row::Heading, QColor(), tr("Parks")});
        for (Leadership l : {Leadership::Government, Leadership::Enterprise, Leadership::Unknown}) {
            const bool present = std::any_of(m_markers.cbegin(), m_markers.cend(),
                                             [l](const Marker &m) { return m.leadership == l; });
            if (!present)
                continue;
            const QString text = l == Leadership::Unknown ? tr("Leadership unknown")
                                                          : ParkTableModel::leadershipText(l);
            rows.append({MapLegendItem::Row::Marker, ChartStyle::leadershipColour(l), text});
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
    const Theme t = themeFor(m_dark);

    m_title->setFont(pixelFont(fontPx * 1.4, true));
    m_title->setTextWidth(width - 2 * margin);
    m_title->setPos(margin, margin * 0.6);
    m_subtitle->setFont(pixelFont(fontPx));
    m_subtitle->setTextWidth(width - 2 * margin);
    m_subtitle->setPos(margin, m_title->mapRectToScene(m_title->boundingRect()).bottom());
    const double top = m_subtitle->mapRectToScene(m_subtitle->boundingRect()).bottom() + fontPx;

    m_mapRect = QRectF(margin, top, width - 2 * margin, std::max(1.0, height - margin - top));
    const QRectF content = m_geometry.contentBounds();
    if (!content.isEmpty()) {
        const double scale =
            std::min(m_mapRect.width() / content.width(), m_mapRect.height() / content.height());
        const QPointF offset = m_mapRect.center() - content.center() * scale;
        m_mapTransform = QTransform(scale, 0, 0, scale, offset.x(), offset.y());
    }
    m_mapLayer->setTransform(m_mapTransform);

    layoutInset(fontPx);

    // Markers first: labels make way for them.
    m_markerRadius = std::max(2.5, fontPx * 0.3);
    layoutMarkers(m_markerRadius);
    layoutLabels(fontPx * 0.92);

    MapLegendItem::Style style;
    style.font = pixelFont(fontPx * 0.92);
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
    const QFont captionFont = pixelFont(std::max(8.0, fontPx * 0.8));
    const QFontMetricsF metrics(captionFont);
    QString caption = tr("South China Sea Islands");
    // Inside the frame, in its empty lower right corner, as national maps
    // have it; a caption too long for that corner goes under the frame,
    // which then moves up to make room.
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
        double width = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            width = std::max(width, metrics.horizontalAdvance(line));
        const double height = metrics.height() * (text.count(QLatin1Char('\n')) + 1);
        return width <= corner.width() && height <= corner.height();
    };
    const bool inside = fits(caption) || (split > 0 && fits(twoLines));
    if (inside) {
        m_insetCaption->setText(fits(caption) ? caption : twoLines, captionFont);
    } else {
        m_insetCaption->setText(caption, captionFont);
        const double below = m_insetCaption->textSize().height() + fontPx * 0.3;
        const double overflow = m_insetRect.bottom() + below - m_mapRect.bottom();
        if (overflow > 0)
            m_insetRect.translate(0, -overflow);
    }

    const double s = std::min(m_insetRect.width() / inset.bounds.width(),
                              m_insetRect.height() / inset.bounds.height());
    m_insetLayer->setTransform(QTransform(s, 0, 0, s, m_insetRect.left(), m_insetRect.top()));
    const QSizeF c = m_insetCaption->textSize();
    const double pad = m_insetRect.width() * 0.05;
    if (inside) {
        m_insetCaption->place(m_insetRect.bottomRight() -
                              QPointF(c.width() / 2 + pad, c.height() / 2 + pad));
    } else {
        m_insetCaption->place(QPointF(m_insetRect.center().x(),
                                      m_insetRect.bottom() + fontPx * 0.3 + c.height() / 2));
    }
}

void ChoroplethScene::layoutLegend()
{
    // Down the lower left corner, which is open land outside China on a
    // map of this extent. A legend too tall for it puts its parts side by
    // side rather than cover a province.
    const auto place = [this] {
        m_legend->setPos(m_mapRect.left(), m_mapRect.bottom() - m_legend->size().height());
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
    for (const MapGeometry::Province &p : m_geometry.provinces()) {
        if (p.bounds.intersects(inMap) && p.path.intersects(inMap))
            return true;
    }
    return false;
}

void ChoroplethScene::colorLabels()
{
    const Theme t = themeFor(m_dark);
    QColor pageHalo = t.background;
    pageHalo.setAlpha(m_backgroundVisible ? 215 : 0);
    for (MapLabelItem *label : std::as_const(m_labels)) {
        // A label moved out to sea stands on the page, not on a fill.
        if (provinceAt(label->textRect().center()).isEmpty())
            label->setColors(t.text, pageHalo, t.text);
        else
            label->setColors(t.labelText, t.halo, t.text);
    }
}

void ChoroplethScene::layoutLabels(double fontPx)
{
    const QFont font = pixelFont(fontPx);
    const double scale = m_mapTransform.m11();
    QList<QRectF> taken;
    if (m_markersVisible) {
        for (const QGraphicsEllipseItem *item : std::as_const(m_markerItems))
            taken.append(item->sceneBoundingRect());
    }

    // Callouts have their places; the others take theirs in turn, the
    // smallest provinces first, as they have the least room to move in.
    QList<const MapGeometry::Province *> free;
    for (const MapGeometry::Province &p : m_geometry.provinces()) {
        MapLabelItem *label = m_labels.value(p.fullName);
        label->setHaloWidth(std::max(2.0, fontPx * 0.22));
        label->setText(m_english ? p.nameEn : p.name, font);
        const QPointF anchor = toScene(p.labelPoint);
        const Callout *callout = calloutFor(p.code);
        const bool fits = label->textSize().width() <= 0.75 * p.bounds.width() * scale;
        if (!callout || (!callout->always && fits)) {
            free.append(&p);
            continue;
        }
        // The offset is to the label's near edge, so that long English
        // names do not run back over the place they name.
        const double halfWidth = label->textSize().width() / 2;
        const double dx = callout->dx * fontPx;
        const QPointF centre(anchor.x() + dx +
                                 (dx < 0   ? -halfWidth
                                  : dx > 0 ? halfWidth
                                           : 0),
                             anchor.y() + callout->dy * fontPx);
        label->placeWithLeader(anchor, centre);
        taken.append(label->textRect());
        // The leader line too, as a string of small boxes.
        const QLineF leader(anchor, centre);
        const int steps = std::max(1, int(leader.length() / 3));
        for (int i = 0; i <= steps; ++i) {
            const QPointF at = leader.pointAt(double(i) / steps);
            if (!label->textRect().contains(at))
                taken.append(QRectF(at - QPointF(1.5, 1.5), QSizeF(3, 3)));
        }
    }
    std::stable_sort(free.begin(), free.end(),
                     [](const auto *a, const auto *b) { return a->areaKm2 < b->areaKm2; });
    for (const MapGeometry::Province *p : std::as_const(free)) {
        MapLabelItem *label = m_labels.value(p->fullName);
        const QPointF centre = freeSpotFor(*p, label->textSize(), taken);
        label->place(centre);
        taken.append(label->textRect());
    }
    colorLabels();
}

QPointF ChoroplethScene::freeSpotFor(const MapGeometry::Province &province, const QSizeF &size,
                                     const QList<QRectF> &taken) const
{
    const QPointF anchor = toScene(province.labelPoint);
    const auto collides = [&](const QPointF &centre) {
        const QRectF box(centre - QPointF(size.width() / 2, size.height() / 2), size);
        return std::any_of(taken.cbegin(), taken.cend(),
                           [&](const QRectF &r) { return r.intersects(box); });
    };
    if (!collides(anchor))
        return anchor;
    // Rings of places around the anchor, nearest first; a place inside the
    // province is better than one outside it.
    const QTransform toMap = m_mapTransform.inverted();
    const double stepX = size.width() * 0.35;
    const double stepY = size.height() * 0.55;
    // Above first, as names of places sit over their point.
    static constexpr int Directions[][2] = {{0, -1}, {0, 1},   {1, 0}, {-1, 0},
                                            {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
    std::optional<QPointF> outside;
    for (int ring = 1; ring <= 6; ++ring) {
        for (const auto &d : Directions) {
            const QPointF centre = anchor + QPointF(d[0] * ring * stepX, d[1] * ring * stepY);
            if (collides(centre))
                continue;
            if (province.path.contains(toMap.map(centre)))
                return centre;
            if (!outside)
                outside = centre;
        }
    }
    return outside.value_or(anchor);
}

void ChoroplethScene::layoutMarkers(double radius)
{
    // Parks that share a place (several stand at a city's centre) are set
    // in a ring around it, so that every one of them can be seen and
    // pointed at.
    QList<QPointF> positions;
    for (const Marker &m : std::as_const(m_markers))
        positions.append(toScene(m.mapPos));
    QList<bool> placed(positions.size(), false);
    for (int i = 0; i < positions.size(); ++i) {
        if (placed.at(i))
            continue;
        QList<int> group{i};
        for (int j = i + 1; j < positions.size(); ++j) {
            if (!placed.at(j) && QLineF(positions.at(i), positions.at(j)).length() < radius * 1.5)
                group.append(j);
        }
        QPointF centre;
        for (int k : group)
            centre += positions.at(k);
        centre /= double(group.size());
        const int n = int(group.size());
        const double ring = n > 1 ? radius * 1.15 / std::sin(Pi / n) : 0.0;
        for (int k = 0; k < n; ++k) {
            const double angle = -Pi / 2 + 2 * Pi * k / n;
            const QPointF at = centre + ring * QPointF(std::cos(angle), std::sin(angle));
            QGraphicsEllipseItem *item = m_markerItems.at(group.at(k));
            item->setRect(QRectF(-radius, -radius, 2 * radius, 2 * radius));
            item->setPos(at);
            placed[group.at(k)] = true;
        }
    }
}

void ChoroplethScene::updateOverlay(QGraphicsPathItem *item, const QSet<QString> &names)
{
    QPainterPath path;
    for (const QString &name : names) {
        if (const MapGeometry::Province *p = m_geometry.find(name))
            path.addPath(p->path);
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
    return p ? toScene(p->labelPoint) : QPointF();
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

QRectF ChoroplethScene::insetRect() const
{
    return m_insetRect;
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
    QStringList lines{Provinces::displayName(fullName, m_english)};
    const ProvinceFigures f = m_classes.figuresOf(fullName);
    const QString label = MapMetrics::label(metric());
    switch (m_classes.stateOf(fullName)) {
    case ChoroplethClasses::State::NoParks:
        lines.append(m_filterText.isEmpty() ? tr("No parks") : tr("No parks match the filter"));
        return lines.join(QLatin1Char('\n'));
    case ChoroplethClasses::State::NoData:
        lines.append(tr("%1: not known for any of its parks").arg(label));
        break;
    case ChoroplethClasses::State::Classified: {
        QString value = tr("%1: %2").arg(label, MapMetrics::formatValue(metric(), *f.value));
        if (f.known < f.parks.total)
            value +=
                QLatin1Char(' ') + tr("(known for %1 of %2 parks)").arg(f.known).arg(f.parks.total);
        lines.append(value);
        break;
    }
    }
    QString counts = tr("Parks: %1 · government-led: %2 · enterprise-led: %3")
                         .arg(f.parks.total)
                         .arg(f.parks.government)
                         .arg(f.parks.enterprise);
    if (f.parks.unknownLeadership > 0)
        counts +=
            QStringLiteral(" · ") + tr("leadership unknown: %1").arg(f.parks.unknownLeadership);
    lines.append(counts);
    if (!m_filterText.isEmpty())
        lines.append(tr("Counting the parks that match the filter"));
    return lines.join(QLatin1Char('\n'));
}

QString ChoroplethScene::toolTipForMarker(int index) const
{
    if (index < 0 || index >= m_markers.size())
        return QString();
    const Marker &m = m_markers.at(index);
    const QString leadership = m.leadership == Leadership::Unknown
                                   ? tr("Leadership unknown")
                                   : ParkTableModel::leadershipText(m.leadership);
    return QStringLiteral("%1\n%2 · %3")
        .arg(m.name, Provinces::displayName(m.province, m_english), leadership);
}

QString ChoroplethScene::accessibleSummary() const
{
    QList<QPair<double, QString>> values;
    for (auto it = m_classes.figures().cbegin(); it != m_classes.figures().cend(); ++it) {
        if (it->value)
            values.append({*it->value, it.key()});
    }
    std::stable_sort(values.begin(), values.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &v : std::as_const(values)) {
        parts.append(tr("%1: %2").arg(Provinces::displayName(v.second, m_english),
                                      MapMetrics::formatValue(metric(), v.first)));
    }
    QString text = QStringLiteral("%1. %2.").arg(titleText(), subtitleText());
    if (!parts.isEmpty())
        text += QLatin1Char(' ') + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    return text;
}

// MapExport -----------------------------------------------------------------

MapExport::MapExport(ChoroplethScene *scene, const ImageExportSettings &settings)
    : m_scene(scene)
    , m_lineScale(lineScaleFor(settings))
{
    Q_ASSERT(scene);
}

double MapExport::lineScaleFor(const ImageExportSettings &settings)
{
    // PDF pages are 96 dpi devices (see ImageExporter); PNG and SVG are
    // drawn in output pixels.
    if (settings.format == ImageExportSettings::Pdf || settings.dpi <= 0)
        return 1.0;
    return settings.dpi / 96.0;
}

void MapExport::setDarkTheme(bool dark)
{
    m_dark = dark;
}

void MapExport::saveState()
{
    if (m_saved)
        return;
    m_savedSize = m_scene->layoutSize();
    m_savedDark = m_scene->isDarkTheme();
    m_savedBackground = m_scene->isBackgroundVisible();
    m_savedHover = m_scene->hoveredProvince();
    m_savedHighlight = m_scene->highlightedProvinces();
    m_scene->setHoveredProvince(QString());
    m_scene->setHighlightedProvinces({});
    m_saved = true;
}

void MapExport::layoutFor(const QSizeF &logicalSize)
{
    saveState();
    if (m_dark)
        m_scene->setDarkTheme(*m_dark);
    m_scene->setLineScale(m_lineScale);
    m_scene->layoutFor(logicalSize);
}

QRectF MapExport::sourceRect() const
{
    return QRectF(QPointF(0, 0), m_scene->layoutSize());
}

void MapExport::restoreLayout()
{
    if (!m_saved)
        return;
    m_scene->setLineScale(1.0);
    m_scene->setBackgroundVisible(m_savedBackground);
    m_scene->setDarkTheme(m_savedDark);
    m_scene->layoutFor(m_savedSize);
    m_scene->setHoveredProvince(m_savedHover);
    m_scene->setHighlightedProvinces(m_savedHighlight);
    m_saved = false;
}

void MapExport::setTransparentBackground(bool transparent)
{
    saveState();
    m_scene->setBackgroundVisible(!transparent);
}
