#pragma once

#include <QColor>
#include <QList>

// Class breaks for choropleth maps, QGIS style: a classification is the
// list of each class's upper bound, strictly increasing, the last being the
// largest value. Class i holds the values above break i-1 up to and
// including break i; the first class holds everything up to break 0.
//
// All methods share the handling of awkward data: values that are not
// finite (NaN, infinity) are ignored; no values or fewer than one class give
// no breaks; data with fewer distinct values than classes give the sorted
// distinct values, one class each (so all-equal data give one class). The
// result can therefore have fewer breaks than classes were asked for.
namespace Classification {

enum class Method
{
    EqualInterval,
    Quantile,
    Jenks
};

// Classes of equal width between the smallest and the largest value.
QList<double> equalIntervalBreaks(const QList<double> &values, int classes);
// Classes of (nearly) equal counts: the i/k quantiles, interpolated
// linearly between neighbours as QGIS does. Repeated values can make two
// quantiles equal; such duplicates are merged.
QList<double> quantileBreaks(const QList<double> &values, int classes);
// Jenks natural breaks: the partition of the sorted values into contiguous
// classes with the least within-class sum of squared deviations, found
// exactly by Fisher's dynamic programme. Its cost grows with the square of
// the number of distinct values; it is meant for per-province figures, not
// for raw values of many thousands of records.
QList<double> jenksBreaks(const QList<double> &values, int classes);

QList<double> breaks(Method method, const QList<double> &values, int classes);

// The 0-based class of a value, or -1 if it is not finite, above the last
// break, or there are no breaks.
int classOf(double value, const QList<double> &breaks);

// Sequential schemes after ColorBrewer's YlOrRd and Blues (Cynthia Brewer,
// colorbrewer2.org; both colour-blind safe), resampled along their hues in
// CIELAB so that adjacent classes differ by at least MinLightnessStep in L*,
// and the lightest class by as much from noDataColor(): a greyscale print
// keeps every class, and a province without a value, apart.
enum class Palette
{
    YlOrRd,
    Blues
};

constexpr int MinPaletteClasses = 3;
// Five at most: adjacent classes differ by at least MinLightnessStep in
// CIELAB lightness so that they stay apart in greyscale print, and five
// such steps below the no-data fill are all the lightness range holds.
constexpr int MaxPaletteClasses = 5;
constexpr double MinLightnessStep = 15.0;

// The scheme's colours for 3 to 7 classes, lightest first. One or two
// classes (which degenerate data give) take colours from the 3-class scheme;
// any other count gives an empty list.
QList<QColor> sequentialPalette(int classes, Palette palette = Palette::YlOrRd);

// For areas without a value; a neutral near-white that no scheme above
// contains, lighter than every class by at least MinLightnessStep.
QColor noDataColor();

// CIELAB lightness L* (0 black to 100 white, D65) of an sRGB colour.
double lightness(const QColor &color);

// BREAKS without the classes that hold none of VALUES (equal intervals over
// skewed data leave some empty): such a class's break is dropped, so that
// its range joins the next class, which holds the same values.
QList<double> withoutEmptyClasses(const QList<double> &breaks, const QList<double> &values);

// Breaks with their colours, as a map and its legend need them.
struct ColorRamp
{
    QList<double> breaks;
    QList<QColor> colors; // one per break
    // The classes asked for; classCount() can be fewer (degenerate data,
    // duplicate quantiles, empty classes dropped, MaxPaletteClasses).
    int requestedClasses = 0;

    int classCount() const { return int(breaks.size()); }
    // noDataColor() for values classOf() puts in no class.
    QColor colorOf(double value) const;
};

// At most MaxPaletteClasses classes, since more cannot be told apart; no
// empty class.
ColorRamp colorRamp(Method method, const QList<double> &values, int classes,
                    Palette palette = Palette::YlOrRd);

} // namespace Classification
