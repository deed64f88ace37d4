#include "albersprojection.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace {

constexpr double DegToRad = 3.14159265358979323846 / 180.0;

} // namespace

AlbersProjection::AlbersProjection(double standardParallel1, double standardParallel2,
                                   double centralMeridian, double originLatitude, double radius)
    : m_phi1(standardParallel1)
    , m_phi2(standardParallel2)
    , m_lambda0(centralMeridian)
    , m_phi0(originLatitude)
    , m_radius(radius)
{
    const double sin1 = std::sin(m_phi1 * DegToRad);
    const double cos1 = std::cos(m_phi1 * DegToRad);
    m_n = (sin1 + std::sin(m_phi2 * DegToRad)) / 2.0;
    Q_ASSERT_X(std::abs(m_n) > 1e-12, "AlbersProjection",
               "standard parallels symmetric about the equator");
    m_c = cos1 * cos1 + 2.0 * m_n * sin1;
    m_rho0 = rho(m_phi0 * DegToRad);
}

double AlbersProjection::rho(double phiRadians) const
{
    // Rounding can take the radicand a hair below zero at the pole far from
    // the cone's apex.
    return m_radius * std::sqrt(std::max(0.0, m_c - 2.0 * m_n * std::sin(phiRadians))) / m_n;
}

QPointF AlbersProjection::forward(double lon, double lat) const
{
    // Longitudes are taken relative to the central meridian in (-180, 180],
    // so that a map straddling the antimeridian stays in one piece.
    double dLambda = std::remainder(lon - m_lambda0, 360.0);
    if (dLambda == -180.0)
        dLambda = 180.0;
    const double theta = m_n * dLambda * DegToRad;
    const double r = rho(lat * DegToRad);
    return {r * std::sin(theta), m_rho0 - r * std::cos(theta)};
}

QPointF AlbersProjection::inverse(QPointF xy) const
{
    const double x = xy.x();
    const double dy = m_rho0 - xy.y();
    // Eqs. 14-10 and 14-11: rho and theta take the sign of n.
    const double sign = m_n < 0 ? -1.0 : 1.0;
    const double r = sign * std::hypot(x, dy);
    const double theta = std::atan2(sign * x, sign * dy);
    const double q = r * m_n / m_radius;
    const double sinPhi = std::clamp((m_c - q * q) / (2.0 * m_n), -1.0, 1.0);
    const double lat = std::asin(sinPhi) / DegToRad;
    const double lon = m_lambda0 + theta / m_n / DegToRad;
    return {std::remainder(lon, 360.0), lat};
}
