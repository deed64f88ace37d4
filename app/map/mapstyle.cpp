#include "mapstyle.h"

#include "charts/chartstyle.h"

#include <algorithm>
#include <cmath>

MapTheme MapTheme::of(bool dark)
{
    MapTheme t;
    t.background = dark ? QColor(0x2e, 0x30, 0x3a) : QColor(Qt::white);
    t.border = dark ? QColor(0x1f, 0x21, 0x28) : QColor(0x8c, 0x8c, 0x8c);
    t.text = ChartStyle::textColour(dark);
    t.mutedText = ChartStyle::mutedTextColour(dark);
    t.labelText = QColor(0x1a, 0x1a, 0x1a);
    t.halo = QColor(255, 255, 255, 215);
    t.selection = dark ? QColor(Qt::white) : QColor(0x10, 0x10, 0x10);
    t.highlight = dark ? QColor(0x5a, 0xb4, 0xff) : QColor(0x0a, 0x64, 0xc8);
    t.hoverFill = QColor(255, 255, 255, dark ? 60 : 85);
    t.hatch = QColor(0x8f, 0x8f, 0x8f);
    t.legendPanel = t.background;
    t.legendPanel.setAlpha(225);
    t.markerOutline = dark ? t.background : QColor(Qt::white);
    t.clusterFill = dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x33, 0x33, 0x33);
    t.clusterText = dark ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
    t.insetLand = dark ? QColor(0x55, 0x58, 0x63) : QColor(0xee, 0xee, 0xee);
    // Blue against the yellow-to-red classes, so that a circle over a
    // province of its own hue still stands out.
    t.circleFill = dark ? QColor(0x9e, 0xca, 0xe1, 150) : QColor(0x31, 0x82, 0xbd, 140);
    t.circleOutline = dark ? QColor(0xde, 0xeb, 0xf7) : QColor(0x08, 0x30, 0x6b);
    return t;
}

namespace MapStyle {

QFont pixelFont(double px, bool bold)
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

} // namespace MapStyle
