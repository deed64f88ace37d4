#!/usr/bin/env python3
"""Converts a researched park dataset ({"_about": ..., "parks": [...]}) into
Park Explorer's store format, written exactly as the app writes it (fields in
the documented order, other objects with sorted keys, two-space indent), so
that loading and saving the result leaves it byte for byte unchanged.

Usage: scripts/convert-dataset.py IN.json OUT.json
"""
import json
import sys

# The order of the store's keys, which is the app's field registry order
# (models/fieldregistry.h). A research file lists its fields in
# _about.fields in the same order; that list is used when present, so that a
# new field needs no change here.
FIELDS = [
    "id", "nameZh", "nameEn", "province", "provinceCode", "city", "district",
    "established", "leadership", "carrierType", "areaKm2", "areaNote",
    "enterprises", "enterprisesNote", "fundCny100m", "fundNote", "policy",
    "focus", "operator", "lat", "lon", "coordPrecision", "coordNote",
    "confidence", "namedInReport", "sources", "notes",
]


def sorted_deep(value):
    if isinstance(value, dict):
        return {k: sorted_deep(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [sorted_deep(v) for v in value]
    return value


def record(park, fields):
    out = {k: park.get(k) for k in fields}
    if out["sources"] is None:
        out["sources"] = []
    for k in sorted(set(park) - set(fields)):
        out[k] = sorted_deep(park[k])
    return out


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    about = data.get("about", data.get("_about", {}))
    fields = list(about.get("fields", {})) or FIELDS
    doc = {
        "format": "parkexplorer.parks",
        "version": 1,
        "about": sorted_deep(data.get("about", data.get("_about", {}))),
        "parks": [record(p, fields) for p in data["parks"]],
    }
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=2))
        f.write("\n")


if __name__ == "__main__":
    main()
