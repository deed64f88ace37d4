#pragma once

#include "parkrecord.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QString>

// The look every chart shares, so that a colour or a font means the same
// thing in each of them and in every export.
namespace ChartStyle {

// Fixed colours for the leadership categories, from a palette that stays
// distinguishable with the common colour-vision deficiencies and in grey
// print: dark blue, orange and a light grey, at least 15 CIELAB lightness
// units apart from each other.
QColor leadershipColour(Leadership leadership);
// The fill of that leadership's bars and slices: its colour, hatched for
// "leadership unknown" so that unknown never passes for a value.
QBrush leadershipBrush(Leadership leadership);
// A colour for text drawn on top of a bar of that leadership colour.
QColor labelColourOn(Leadership leadership);
// Lines and text drawn straight on the chart background.
QColor lineColour(bool dark);
QColor textColour(bool dark);
QColor mutedTextColour(bool dark);
// The plot background of the light and dark themes, for separators and
// boxes that must look cut out of what they cross.
QColor backgroundColour(bool dark);

// A font that has Chinese glyphs on every platform the app runs on.
QFont font(qreal pointSize, bool bold = false);

// An axis range from zero whose ticks fall on whole numbers: MAXIMUM is
// strictly below the top so that a label above the highest bar still fits.
struct IntegerScale
{
    int top = 1;
    int step = 1;
    int tickCount() const { return top / step + 1; }
};
IntegerScale integerScale(int maximum, int maxIntervals = 8);
// A scale with exactly INTERVALS intervals that holds MAXIMUM, for a second
// axis whose ticks must line up with the first one's.
IntegerScale integerScaleWithIntervals(int maximum, int intervals);

// An axis range from zero for measured values (km², 亿元), with round steps
// and room at the top for a value label.
struct ValueScale
{
    double top = 1;
    double step = 1;
    int decimals = 0; // digits the tick labels need
    int tickCount() const { return int(top / step + 0.5) + 1; }
    QString labelFormat() const;
};
ValueScale valueScale(double maximum, int maxIntervals = 8);

} // namespace ChartStyle
