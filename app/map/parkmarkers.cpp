#include "parkmarkers.h"

#include "mapgeometry.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <unordered_map>
#include <vector>

namespace ParkMarkers {

namespace {

constexpr double Pi = 3.14159265358979323846;

// Positions bucketed in square cells a little wider than REACH, so that two
// positions less than REACH apart lie in the same cell or in neighbouring
// ones, and a search looks at the nine cells around a position instead of
// at every other position. Positions that are not finite are in no cell:
// no distance to them is less than anything.
class PointGrid
{
public:
    PointGrid(const QList<QPointF> &positions, double reach)
    {
        // The margin keeps neighbours in neighbouring cells despite the
        // rounding of the division.
        m_cell = reach * (1 + 1e-6);
        if (!(m_cell > 0))
            return;
        std::vector<std::pair<std::uint64_t, int>> keyed;
        keyed.reserve(positions.size());
        for (int i = 0; i < positions.size(); ++i) {
            const QPointF &p = positions.at(i);
            if (std::isfinite(p.x()) && std::isfinite(p.y()))
                keyed.emplace_back(keyOf(columnOf(p.x()), columnOf(p.y())), i);
        }
        // By cell, and within a cell by index.
        std::sort(keyed.begin(), keyed.end());
        m_indices.reserve(keyed.size());
        for (const auto &[key, index] : keyed) {
            auto [it, inserted] =
                m_cells.try_emplace(key, Cell{int(m_indices.size()), int(m_indices.size())});
            Q_UNUSED(inserted);
            m_indices.push_back(index);
            it->second.end = int(m_indices.size());
        }
    }

    // Calls KEEP(index) for every position in the cells around P, in
    // ascending index within each cell; those it returns false for are
    // taken out of the grid.
    template <typename Keep> void scanAround(const QPointF &p, Keep keep)
    {
        if (m_cells.empty() || !std::isfinite(p.x()) || !std::isfinite(p.y()))
            return;
        const std::int64_t column = columnOf(p.x());
        const std::int64_t row = columnOf(p.y());
        for (std::int64_t y = row - 1; y <= row + 1; ++y) {
            for (std::int64_t x = column - 1; x <= column + 1; ++x) {
                const auto it = m_cells.find(keyOf(x, y));
                if (it == m_cells.end())
                    continue;
                Cell &cell = it->second;
                int kept = cell.begin;
                for (int k = cell.begin; k < cell.end; ++k) {
                    const int index = m_indices[k];
                    if (keep(index))
                        m_indices[kept++] = index;
                }
                cell.end = kept;
            }
        }
    }

private:
    struct Cell
    {
        int begin;
        int end;
    };

    // Far-out positions share the outermost cells, which keeps the keys in
    // range and neighbours neighbours.
    static constexpr double Limit = double(1 << 30);

    std::int64_t columnOf(double coordinate) const
    {
        return std::int64_t(std::clamp(std::floor(coordinate / m_cell), -Limit, Limit));
    }

    static std::uint64_t keyOf(std::int64_t column, std::int64_t row)
    {
        const auto offset = [](std::int64_t v) { return std::uint64_t(v + (1LL << 31)); };
        return offset(column) << 32 | offset(row);
    }

    double m_cell = 0;
    std::vector<int> m_indices;
    std::unordered_map<std::uint64_t, Cell> m_cells;
};

// Union-find over the positions' indices.
class Components
{
public:
    explicit Components(int n)
        : m_parent(std::size_t(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    int find(int i)
    {
        while (m_parent[std::size_t(i)] != i) {
            m_parent[std::size_t(i)] = m_parent[std::size_t(m_parent[std::size_t(i)])];
            i = m_parent[std::size_t(i)];
        }
        return i;
    }

    void join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::size_t(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

} // namespace

QList<ParkMarker> fromRecords(const QList<const ParkRecord *> &records, bool english)
{
    QList<ParkMarker> markers;
    for (const ParkRecord *r : records) {
        if (!r->hasLocation())
            continue;
        ParkMarker m;
        m.name = r->displayName(english);
        m.province = r->province;
        m.leadership = r->leadership;
        m.mapPos = MapGeometry::project(*r->lon, *r->lat);
        markers.append(m);
    }
    return markers;
}

QList<QPointF> spread(const QList<QPointF> &positions, double radius)
{
    // Each position, in order, gathers those after it within reach that no
    // earlier one has gathered; a placed position leaves the grid.
    const double reach = radius * 1.5;
    QList<QPointF> result = positions;
    std::vector<bool> placed(std::size_t(positions.size()), false);
    PointGrid grid(positions, reach);
    QList<int> group;
    for (int i = 0; i < positions.size(); ++i) {
        if (placed[std::size_t(i)])
            continue;
        group = {i};
        grid.scanAround(positions.at(i), [&](int j) {
            if (placed[std::size_t(j)] || j == i)
                return false;
            if (j > i && QLineF(positions.at(i), positions.at(j)).length() < reach)
                group.append(j);
            return true;
        });
        std::sort(group.begin() + 1, group.end());
        QPointF centre;
        for (int k : std::as_const(group))
            centre += positions.at(k);
        centre /= double(group.size());
        const int n = int(group.size());
        // Neighbours on the ring just clear each other.
        const double ring = n > 1 ? radius * 1.15 / std::sin(Pi / n) : 0.0;
        for (int k = 0; k < n; ++k) {
            const double angle = -Pi / 2 + 2 * Pi * k / n;
            result[group.at(k)] = centre + ring * QPointF(std::cos(angle), std::sin(angle));
            placed[std::size_t(group.at(k))] = true;
        }
    }
    return result;
}

QList<QList<int>> clusters(const QList<QPointF> &positions, double radius, int minSize)
{
    // The groups are the connected parts of the graph of positions within
    // reach of each other, in the order of their first members.
    const double reach = 2.2 * radius;
    const int n = int(positions.size());
    Components components(n);
    PointGrid grid(positions, reach);
    for (int i = 0; i < n; ++i) {
        grid.scanAround(positions.at(i), [&](int j) {
            if (j > i && components.find(i) != components.find(j) &&
                QLineF(positions.at(i), positions.at(j)).length() < reach)
                components.join(i, j);
            return true;
        });
    }
    std::vector<int> groupOfRoot(std::size_t(n), -1);
    QList<QList<int>> groups;
    for (int i = 0; i < n; ++i) {
        int &group = groupOfRoot[std::size_t(components.find(i))];
        if (group < 0) {
            group = int(groups.size());
            groups.append(QList<int>());
        }
        groups[group].append(i);
    }
    QList<QList<int>> result;
    for (const QList<int> &g : std::as_const(groups)) {
        if (g.size() >= minSize)
            result.append(g);
    }
    return result;
}

} // namespace ParkMarkers
