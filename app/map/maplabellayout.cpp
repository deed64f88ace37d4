#include "maplabellayout.h"

#include "maplabelitem.h"

#include <algorithm>
#include <optional>

namespace {

// The direction each callout's label goes: its near edge sits this many
// font heights from the place.
struct Callout
{
    int code;
    double dx;
    double dy;
    bool always; // otherwise only when the name does not fit
};
constexpr Callout Callouts[] = {
    {110000, 0.9, -1.7, true}, // Beijing: north-east, into Hebei
    {120000, 2.2, 0.5, true},  // Tianjin: east, over the Bohai
    {310000, 2.4, 0.2, true},  // Shanghai: east, out to sea
    {810000, 1.6, 1.5, true},  // Hong Kong: south-east
    {820000, -0.8, 2.0, true}, // Macao: south-west
    {640000, -2.2, -0.4, true} // Ningxia: west, over Gansu, with its line
};

const Callout *calloutFor(int code)
{
    for (const Callout &c : Callouts) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

// Whether LINE runs through RECT.
bool crosses(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    return std::any_of(std::begin(edges), std::end(edges), [&](const QLineF &edge) {
        return line.intersects(edge) == QLineF::BoundedIntersection;
    });
}

} // namespace

MapLabelLayout::MapLabelLayout(const MapGeometry &geometry, const QTransform &mapToScene)
    : m_geometry(geometry)
    , m_toScene(mapToScene)
    , m_toMap(mapToScene.inverted())
{}

void MapLabelLayout::avoid(const QRectF &rect)
{
    m_taken.append(rect);
}

bool MapLabelLayout::collides(const QRectF &box) const
{
    if (!m_page.isEmpty() && !m_page.contains(box))
        return true;
    return std::any_of(m_taken.cbegin(), m_taken.cend(),
                       [&](const QRectF &r) { return r.intersects(box); });
}

void MapLabelLayout::takeLeader(const QLineF &leader, const QRectF &text)
{
    // A string of small boxes along the line.
    const int steps = std::max(1, int(leader.length() / 3));
    for (int i = 0; i <= steps; ++i) {
        const QPointF at = leader.pointAt(double(i) / steps);
        if (!text.contains(at))
            m_taken.append(QRectF(at - QPointF(1.5, 1.5), QSizeF(3, 3)));
    }
}

void MapLabelLayout::place(const QHash<QString, MapLabelItem *> &labels, double fontPx)
{
    const double scale = m_toScene.m11();
    // Callouts have their places; the others take theirs in turn, the
    // smallest provinces first, as they have the least room to move in.
    QList<const MapGeometry::Province *> free;
    for (const MapGeometry::Province &p : m_geometry.provinces()) {
        MapLabelItem *label = labels.value(p.fullName);
        if (!label)
            continue;
        label->setVisible(true);
        const QPointF anchor = m_toScene.map(p.labelPoint);
        const Callout *callout = calloutFor(p.code);
        const bool fits = label->textSize().width() <= 0.75 * p.bounds.width() * scale;
        if (!callout || (!callout->always && fits)) {
            free.append(&p);
            continue;
        }
        // The offset is to the label's near edge, so that long English
        // names do not run back over the place they name.
        const double halfWidth = label->textSize().width() / 2;
        const QSizeF size = label->textSize();
        // Further out along the same line while something (a park marker,
        // another label) is in the way.
        QPointF centre;
        for (double reach : {1.0, 1.4, 1.8, 2.2, 2.6}) {
            const double dx = callout->dx * fontPx * reach;
            const double side = dx < 0 ? -halfWidth : dx > 0 ? halfWidth : 0;
            centre = QPointF(anchor.x() + dx + side, anchor.y() + callout->dy * fontPx * reach);
            if (!collides(QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size)))
                break;
        }
        label->placeWithLeader(anchor, centre);
        m_taken.append(label->textRect());
        takeLeader(QLineF(anchor, centre), label->textRect());
    }
    std::stable_sort(free.begin(), free.end(),
                     [](const auto *a, const auto *b) { return a->areaKm2 < b->areaKm2; });
    for (const MapGeometry::Province *p : std::as_const(free)) {
        MapLabelItem *label = labels.value(p->fullName);
        const QPointF anchor = m_toScene.map(p->labelPoint);
        const std::optional<QPointF> spot = freeSpotFor(*p, label->textSize());
        // No room near its province (a small map): left out, as a map's
        // labelling leaves out a name it cannot place, rather than drawn
        // over another name or far off over another province.
        label->setVisible(spot.has_value());
        if (!spot)
            continue;
        // A label pushed out of its province points back to it.
        if (*spot != anchor && !p->path.contains(m_toMap.map(*spot))) {
            label->placeWithLeader(anchor, *spot);
            m_taken.append(label->textRect());
            takeLeader(QLineF(anchor, *spot), label->textRect());
        } else {
            label->place(*spot);
            m_taken.append(label->textRect());
        }
    }
}

std::optional<QPointF> MapLabelLayout::freeSpotFor(const MapGeometry::Province &province,
                                                   const QSizeF &size) const
{
    const QPointF anchor = m_toScene.map(province.labelPoint);
    const auto boxAt = [&](const QPointF &centre) {
        return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    };
    if (!collides(boxAt(anchor)))
        return anchor;
    // Rings of places around the anchor, nearest first, above first as
    // names of places sit over their point.
    const double stepX = size.width() * 0.35;
    const double stepY = size.height() * 0.55;
    static constexpr int Directions[][2] = {{0, -1}, {0, 1},   {1, 0}, {-1, 0},
                                            {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
    std::optional<QPointF> outside;
    for (int ring = 1; ring <= 6; ++ring) {
        for (const auto &d : Directions) {
            const QPointF centre = anchor + QPointF(d[0] * ring * stepX, d[1] * ring * stepY);
            if (collides(boxAt(centre)))
                continue;
            if (province.path.contains(m_toMap.map(centre)))
                return centre;
            if (!outside && fitsOutside(anchor, boxAt(centre)))
                outside = centre;
        }
    }
    return outside;
}

bool MapLabelLayout::fitsOutside(const QPointF &anchor, const QRectF &box) const
{
    // Close enough to be read as its province's: a long English name's
    // rings reach far, and a name led two provinces away names the wrong
    // one to a reader.
    const QPointF centre = box.center();
    if (QLineF(anchor, centre).length() > MaxLeaderLines * box.height())
        return false;
    // Off the land, where no other province's name is expected: a name set
    // on a neighbour reads as the neighbour's, line or no line ("Taiwan"
    // on Jiangxi, 江西 on Guangdong).
    if (m_geometry.provinceAt(m_toMap.map(centre)))
        return false;
    // Its line crosses no name placed before it, nor a marker or another
    // line, except what lies on the place itself (a park's marker there).
    const QLineF leader(anchor, centre);
    return std::none_of(m_taken.cbegin(), m_taken.cend(),
                        [&](const QRectF &r) { return !r.contains(anchor) && crosses(leader, r); });
}
