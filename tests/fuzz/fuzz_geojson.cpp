// libFuzzer target over the province outlines reader: ProvinceGeometry::load()
// must never crash, hang or leak, and what it accepts must answer look-ups.
// The skim that reads the city names without their outlines must never
// crash either, and where both read a collection they agree on every
// feature's properties.

#include "geojsonskim.h"
#include "provincegeometry.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<QList<GeoJson::Feature>> skimmed = GeoJson::skimFeatures(bytes);
    if (skimmed) {
        const ResultOf<QList<GeoJson::Feature>> whole =
            GeoJson::readFeatures(bytes, QStringLiteral("fuzz.geojson"));
        if (whole.ok()) {
            bool same = whole.value->size() == skimmed->size();
            for (qsizetype i = 0; same && i < skimmed->size(); ++i)
                same = whole.value->at(i).properties == skimmed->at(i).properties;
            if (!same) {
                std::fprintf(stderr, "fuzz_geojson: the skim and the whole read disagree\n");
                std::abort();
            }
        }
    }
    const ResultOf<ProvinceGeometry> geometry =
        ProvinceGeometry::load(bytes, QStringLiteral("fuzz.geojson"));
    if (!geometry.ok()) {
        if (geometry.message.isEmpty()) {
            std::fprintf(stderr, "fuzz_geojson: refused without saying why\n");
            std::abort();
        }
        return 0;
    }
    for (double lat = -80; lat <= 80; lat += 20) {
        for (double lon = -170; lon <= 170; lon += 20)
            (void)geometry->provinceAt(QGeoCoordinate(lat, lon));
    }
    for (const ProvinceShape &shape : geometry->shapes()) {
        (void)geometry->find(shape.name);
        (void)geometry->provinceAt(shape.labelPoint);
    }
    (void)geometry->find(QStringLiteral("310000"));
    return 0;
}
