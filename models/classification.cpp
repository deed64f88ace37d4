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
    // ColorBrewer's tables, row r for r + 3 classes.
    static const QRgb ylOrRd[5][7] = {
        {0xffeda0, 0xfeb24c, 0xf03b20},
        {0xffffb2, 0xfecc5c, 0xfd8d3c, 0xe31a1c},
        {0xffffb2, 0xfecc5c, 0xfd8d3c, 0xf03b20, 0xbd0026},
        {0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xf03b20, 0xbd0026},
        {0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xb10026},
    };
    static const QRgb blues[5][7] = {
        {0xdeebf7, 0x9ecae1, 0x3182bd},
        {0xeff3ff, 0xbdd7e7, 0x6baed6, 0x2171b5},
        {0xeff3ff, 0xbdd7e7, 0x6baed6, 0x3182bd, 0x08519c},
        {0xeff3ff, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x3182bd, 0x08519c},
        {0xeff3ff, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x084594},
    };
    const QRgb(*table)[7] = palette == Palette::Blues ? blues : ylOrRd;
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
    return QColor(0xd9, 0xd9, 0xd9);
}

QColor ColorRamp::colorOf(double value) const
{
    const int i = classOf(value, breaks);
    return i < 0 || i >= colors.size() ? noDataColor() : colors.at(i);
}

ColorRamp colorRamp(Method method, const QList<double> &values, int classes, Palette palette)
{
    ColorRamp ramp;
    ramp.breaks = breaks(method, values, std::min(classes, MaxPaletteClasses));
    ramp.colors = sequentialPalette(int(ramp.breaks.size()), palette);
    return ramp;
}

} // namespace Classification
