#include "classification.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Classification {

namespace {

// The finite values, sorted.
std::vector<double> sortedFinite(const QList<double> &values)
{
    std::vector<double> sorted;
    sorted.reserve(size_t(values.size()));
    for (double v : values) {
        if (std::isfinite(v))
            sorted.push_back(v);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

struct Distinct
{
    std::vector<double> values;
    std::vector<double> counts;
};

Distinct distinctOf(const std::vector<double> &sorted)
{
    Distinct d;
    for (double v : sorted) {
        if (d.values.empty() || d.values.back() != v) {
            d.values.push_back(v);
            d.counts.push_back(1.0);
        } else {
            d.counts.back() += 1.0;
        }
    }
    return d;
}

QList<double> toList(const std::vector<double> &v)
{
    return QList<double>(v.begin(), v.end());
}

// Sets the breaks all methods share for degenerate input and tells whether
// it did; otherwise the method has real work to do.
bool degenerate(const std::vector<double> &sorted, int classes, QList<double> *result)
{
    if (sorted.empty() || classes < 1) {
        *result = {};
        return true;
    }
    if (classes == 1) {
        *result = {sorted.back()};
        return true;
    }
    const Distinct d = distinctOf(sorted);
    if (d.values.size() < size_t(classes)) {
        *result = toList(d.values);
        return true;
    }
    return false;
}

} // namespace

QList<double> equalIntervalBreaks(const QList<double> &values, int classes)
{
    const std::vector<double> sorted = sortedFinite(values);
    QList<double> result;
    if (degenerate(sorted, classes, &result))
        return result;
    const double min = sorted.front();
    const double max = sorted.back();
    const double width = (max - min) / classes;
    for (int i = 1; i < classes; ++i)
        result.append(min + i * width);
    // Exactly the largest value, whatever rounding did to min + k * width.
    result.append(max);
    return result;
}

QList<double> quantileBreaks(const QList<double> &values, int classes)
{
    const std::vector<double> sorted = sortedFinite(values);
    QList<double> result;
    if (degenerate(sorted, classes, &result))
        return result;
    const size_t n = sorted.size();
    for (int i = 1; i < classes; ++i) {
        const double position = double(i) / classes * double(n - 1);
        const size_t below = std::min(size_t(position), n - 1);
        const size_t above = std::min(below + 1, n - 1);
        const double fraction = position - double(below);
        const double q = (1.0 - fraction) * sorted[below] + fraction * sorted[above];
        if (result.isEmpty() || q > result.constLast())
            result.append(q);
    }
    if (result.isEmpty() || sorted.back() > result.constLast())
        result.append(sorted.back());
    return result;
}

QList<double> jenksBreaks(const QList<double> &values, int classes)
{
    const std::vector<double> sorted = sortedFinite(values);
    QList<double> result;
    if (degenerate(sorted, classes, &result))
        return result;

    // Working on distinct values weighted by their counts gives the same
    // optimum (equal values never need to be split between classes) at a
    // fraction of the cost when values repeat, as zeros and small counts do.
    const Distinct d = distinctOf(sorted);
    const size_t m = d.values.size();
    const size_t k = size_t(classes);
    // best[j * k + l]: least sum of squared deviations of values 0..j in
    // l + 1 classes; first[j * k + l]: where the last of those classes starts.
    std::vector<double> best(m * k, std::numeric_limits<double>::infinity());
    std::vector<size_t> first(m * k, 0);
    for (size_t j = 0; j < m; ++j) {
        // Grow the last class [i, j] to the left, keeping its squared
        // deviations with Welford's update rather than sums of squares,
        // which lose everything to cancellation for large, close values.
        double weight = 0;
        double mean = 0;
        double ssd = 0;
        for (size_t i = j + 1; i-- > 0;) {
            const double v = d.values[i];
            const double c = d.counts[i];
            weight += c;
            const double delta = v - mean;
            mean += delta * c / weight;
            ssd += c * delta * (v - mean);
            if (i == 0) {
                best[j * k] = ssd;
                continue;
            }
            const size_t maxClasses = std::min(k - 1, i);
            for (size_t l = 1; l <= maxClasses; ++l) {
                const double candidate = best[(i - 1) * k + l - 1] + ssd;
                if (candidate < best[j * k + l]) {
                    best[j * k + l] = candidate;
                    first[j * k + l] = i;
                }
            }
        }
    }

    std::vector<double> breaks(k);
    size_t j = m - 1;
    for (size_t l = k; l-- > 0;) {
        breaks[l] = d.values[j];
        if (l > 0)
            j = first[j * k + l] - 1;
    }
    return toList(breaks);
}

QList<double> breaks(Method method, const QList<double> &values, int classes)
{
    switch (method) {
    case Method::EqualInterval:
        return equalIntervalBreaks(values, classes);
    case Method::Quantile:
        return quantileBreaks(values, classes);
    case Method::Jenks:
        return jenksBreaks(values, classes);
    }
    return {};
}

int classOf(double value, const QList<double> &breaks)
{
    if (!std::isfinite(value) || breaks.isEmpty() || value > breaks.constLast())
        return -1;
    return int(std::lower_bound(breaks.cbegin(), breaks.cend(), value) - breaks.cbegin());
}

QList<QColor> sequentialPalette(int classes, Palette palette)
{
    // Row r for r + 3 classes; L* of the rows (lightest first): 81 55 29;
    // 81 63 45 27; 81 65.5 50 34.5 19 (see the header).
    static const QRgb ylOrRd[3][5] = {
        {0xffbd58, 0xf44025, 0x8d0026},
        {0xffbd58, 0xfd6b31, 0xd41121, 0x850026},
        {0xffbd58, 0xfd7835, 0xe7251e, 0xa60026, 0x5e0d1e},
    };
    static const QRgb blues[3][5] = {
        {0xa9cfe5, 0x3b8ac2, 0x094387},
        {0xa9cfe5, 0x58a0ce, 0x1f6db2, 0x093e80},
        {0xa9cfe5, 0x61a7d2, 0x2e7bba, 0x08519b, 0x0d2c61},
    };
    const QRgb(*table)[5] = palette == Palette::Blues ? blues : ylOrRd;
    QList<int> picks;
    int row = classes - MinPaletteClasses;
    if (classes == 1) {
        picks = {1};
        row = 0;
    } else if (classes == 2) {
        // The ends of the 3-class scheme keep the two classes far apart.
        picks = {0, 2};
        row = 0;
    } else if (classes >= MinPaletteClasses && classes <= MaxPaletteClasses) {
        for (int i = 0; i < classes; ++i)
            picks.append(i);
    }
    QList<QColor> colors;
    for (int i : picks)
        colors.append(QColor(table[row][i])); // opaque, unlike fromRgb
    return colors;
}

QColor noDataColor()
{
    return QColor(0xf7, 0xf7, 0xf7); // L* 97.2
}

double lightness(const QColor &color)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    const double y =
        0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
    const double f = y > 216.0 / 24389.0 ? std::cbrt(y) : (24389.0 / 27.0 * y + 16.0) / 116.0;
    return 116.0 * f - 16.0;
}

QList<double> withoutEmptyClasses(const QList<double> &breaks, const QList<double> &values)
{
    QList<int> counts(breaks.size(), 0);
    for (double v : values) {
        const int i = classOf(v, breaks);
        if (i >= 0)
            ++counts[i];
    }
    QList<double> result;
    for (int i = 0; i < breaks.size(); ++i) {
        // The last break is the largest value: its class is never empty.
        if (counts.at(i) > 0 || i == breaks.size() - 1)
            result.append(breaks.at(i));
    }
    return result;
}

QColor ColorRamp::colorOf(double value) const
{
    const int i = classOf(value, breaks);
    return i < 0 || i >= colors.size() ? noDataColor() : colors.at(i);
}

ColorRamp colorRamp(Method method, const QList<double> &values, int classes, Palette palette)
{
    ColorRamp ramp;
    ramp.requestedClasses = classes;
    ramp.breaks =
        withoutEmptyClasses(breaks(method, values, std::min(classes, MaxPaletteClasses)), values);
    ramp.colors = sequentialPalette(int(ramp.breaks.size()), palette);
    return ramp;
}

} // namespace Classification
