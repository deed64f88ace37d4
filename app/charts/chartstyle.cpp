#include "chartstyle.h"

#include <QLinearGradient>
#include <QtMath>

#include <cmath>

namespace ChartStyle {

QColor leadershipColour(Leadership leadership)
{
    switch (leadership) {
    // CIELAB lightness 34, 68 and 89: at least 15 apart in grey print.
    case Leadership::Government:
        return QColor(0x1d, 0x4f, 0x91);
    case Leadership::Enterprise:
        return QColor(0xf2, 0x8e, 0x2b);
    case Leadership::Unknown:
        break;
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

QBrush leadershipBrush(Leadership leadership)
{
    const QColor colour = leadershipColour(leadership);
    if (leadership != Leadership::Unknown)
        return QBrush(colour);
    // A light fill crossed by thin diagonal lines: "unknown" reads as such
    // without colour, and is not mistaken for a lighter shade of a value.
    // A repeating gradient rather than a texture: SVG keeps gradients (as
    // the plain light colour where it cannot repeat them), but drops
    // textures, which would leave the segment empty.
    const QColor hatch(0xa0, 0xa0, 0xa0);
    QLinearGradient stripes(QPointF(0, 0), QPointF(5, 5));
    stripes.setSpread(QGradient::RepeatSpread);
    stripes.setColorAt(0, colour);
    stripes.setColorAt(0.8, colour);
    stripes.setColorAt(0.82, hatch);
    stripes.setColorAt(0.98, hatch);
    stripes.setColorAt(1, colour);
    QBrush brush(stripes);
    return brush;
}

QColor labelColourOn(Leadership leadership)
{
    // White only reaches a readable contrast on the blue.
    return leadership == Leadership::Government ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
}

QColor lineColour(bool dark)
{
    return dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x26, 0x26, 0x26);
}

QColor textColour(bool dark)
{
    return dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x26, 0x26, 0x26);
}

QColor mutedTextColour(bool dark)
{
    return dark ? QColor(0xb8, 0xb8, 0xb8) : QColor(0x5a, 0x5a, 0x5a);
}

QColor backgroundColour(bool dark)
{
    return dark ? QColor(0x23, 0x25, 0x2d) : QColor(Qt::white);
}

QFont font(qreal pointSize, bool bold)
{
    QFont f;
    // The first family installed wins; without any of them Qt's own fallback
    // still finds Chinese glyphs, but with a mix of styles.
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("Noto Sans SC"), QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei"),
                   QStringLiteral("sans-serif")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

IntegerScale integerScale(int maximum, int maxIntervals)
{
    IntegerScale scale;
    if (maximum < 0)
        maximum = 0;
    // Steps of 1, 2, 5, 10, 20, 50, ...
    for (int magnitude = 1;; magnitude *= 10) {
        for (int factor : {1, 2, 5}) {
            const int step = factor * magnitude;
            const int top = (maximum / step + 1) * step;
            if (top / step <= maxIntervals) {
                scale.step = step;
                scale.top = top;
                return scale;
            }
        }
    }
}

IntegerScale integerScaleWithIntervals(int maximum, int intervals)
{
    IntegerScale scale;
    intervals = qMax(1, intervals);
    scale.step = qMax(1, (qMax(0, maximum) + intervals) / intervals);
    scale.top = scale.step * intervals;
    return scale;
}

QString ValueScale::labelFormat() const
{
    return decimals <= 0 ? QStringLiteral("%d") : QStringLiteral("%.%1f").arg(decimals);
}

ValueScale valueScale(double maximum, int maxIntervals)
{
    ValueScale scale;
    if (!(maximum > 0))
        return scale;
    // Room for the value label at the end of the longest bar.
    const double wanted = maximum * 1.18;
    const double rough = wanted / maxIntervals;
    const int exponent = int(std::floor(std::log10(rough)));
    const double magnitude = std::pow(10.0, exponent);
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        const double step = factor * magnitude;
        const double top = std::ceil(wanted / step - 1e-9) * step;
        if (top / step <= maxIntervals + 1e-9) {
            scale.step = step;
            scale.top = top;
            scale.decimals = qMax(0, -int(std::floor(std::log10(step) + 1e-9)));
            return scale;
        }
    }
    scale.top = wanted;
    scale.step = wanted;
    return scale;
}

} // namespace ChartStyle
