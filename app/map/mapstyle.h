#pragma once

#include <QColor>
#include <QFont>
#include <QPen>

// The colours of the map page in a theme. The class colours are the
// palette's in both themes; what changes is everything around them.
struct MapTheme
{
    QColor background;
    QColor border;
    QColor text;
    QColor mutedText;
    QColor labelText; // on the fills, which are light in both themes
    QColor halo;      // around labels on the fills
    QColor selection;
    QColor highlight;
    QColor hoverFill;
    QColor hatch;
    QColor legendPanel;
    QColor markerOutline;
    QColor clusterFill; // a marker for several parks, with their number
    QColor clusterText;
    QColor insetLand; // the mainland coast along the top of the inset
    // Proportional circles of cities: translucent, so that the classes
    // under them show through.
    QColor circleFill;
    QColor circleOutline;

    static MapTheme of(bool dark);
};

namespace MapStyle {

// The charts' font at a size in pixels: page layouts are in pixels at
// 96 dpi, and a size in points would follow the screen's resolution.
QFont pixelFont(double px, bool bold = false);
// A pen as wide in device pixels at every zoom.
QPen cosmeticPen(const QColor &color, double width);

} // namespace MapStyle
