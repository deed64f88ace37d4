#pragma once

#include <QPointF>

// Albers equal-area conic projection on a sphere (Snyder, Map Projections:
// A Working Manual, 1987, eqs. 14-1 to 14-11). Equal area keeps a choropleth
// honest: a province's share of the drawing is its share of the land. The
// defaults are the usual ones for maps of China. The sphere has the
// authalic radius of WGS84, so that areas match the ellipsoid's in total;
// over China the outlines differ from the ellipsoidal form by well under a
// pixel at screen scales.
class AlbersProjection
{
public:
    static constexpr double AuthalicRadius = 6371007.181; // metres, WGS84

    // Degrees. The standard parallels must not be symmetric about the
    // equator (that case is a cylindrical projection, not a cone).
    explicit AlbersProjection(double standardParallel1 = 25.0, double standardParallel2 = 47.0,
                              double centralMeridian = 105.0, double originLatitude = 0.0,
                              double radius = AuthalicRadius);

    // Longitude and latitude in degrees to metres east and north of the
    // point (central meridian, origin latitude).
    QPointF forward(double lon, double lat) const;
    // Metres to QPointF(longitude, latitude) in degrees.
    QPointF inverse(QPointF xy) const;

    double standardParallel1() const { return m_phi1; }
    double standardParallel2() const { return m_phi2; }
    double centralMeridian() const { return m_lambda0; }
    double originLatitude() const { return m_phi0; }
    double radius() const { return m_radius; }

private:
    double rho(double phiRadians) const;

    double m_phi1;
    double m_phi2;
    double m_lambda0;
    double m_phi0;
    double m_radius;
    // Constants of eqs. 14-6, 14-5 and 14-3a.
    double m_n;
    double m_c;
    double m_rho0;
};
