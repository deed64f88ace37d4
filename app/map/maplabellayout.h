#pragma once

#include "mapgeometry.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QTransform>

#include <optional>

class MapLabelItem;

// Where the province labels go. Places too small for their name (Beijing,
// Tianjin, Shanghai, Hong Kong, Macao, Ningxia) get a leader line to a label set off into the sea
// or a large neighbour; the others sit at their anchor or, where that is taken (by a park marker or
// another label), at the nearest free place, preferably inside the province; a label that finds
// none inside gets a leader line to a free place near it off the land; one that finds none is
// left out.
class MapLabelLayout
{
public:
    MapLabelLayout(const MapGeometry &geometry, const QTransform &mapToScene);

    // A scene rect no label may cover.
    void avoid(const QRectF &rect);
    // The rect labels must stay inside, if any.
    void setPage(const QRectF &page) { m_page = page; }

    // Moves LABELS (by full name; their texts set) into place for a font
    // of FONTPX pixels.
    void place(const QHash<QString, MapLabelItem *> &labels, double fontPx);

    // How far, in lines of its text, a label may be led out of its province.
    static constexpr double MaxLeaderLines = 6.0;

private:
    // The anchor if free, else the nearest free place inside the province,
    // else the nearest free one off the land within MaxLeaderLines of it,
    // its line crossing no name; none if none.
    std::optional<QPointF> freeSpotFor(const MapGeometry::Province &province,
                                       const QSizeF &size) const;
    bool collides(const QRectF &box) const;
    // Whether a label led out of its province may stand in BOX.
    bool fitsOutside(const QPointF &anchor, const QRectF &box) const;
    void takeLeader(const QLineF &leader, const QRectF &text);

    const MapGeometry &m_geometry;
    QTransform m_toScene;
    QTransform m_toMap;
    QList<QRectF> m_taken;
    QRectF m_page;
};
