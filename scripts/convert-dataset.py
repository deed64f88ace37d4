#!/usr/bin/env python3
"""Converts a researched park dataset ({"_about": ..., "parks": [...]}) into
Park Explorer's store format, written exactly as the app writes it (fields in
the documented order, other objects with sorted keys, two-space indent), so
that loading and saving the result leaves it byte for byte unchanged.

Usage: scripts/convert-dataset.py IN.json OUT.json
"""
import json
import sys

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


def record(park):
    out = {k: park.get(k) for k in FIELDS}
    if out["sources"] is None:
        out["sources"] = []
    for k in sorted(set(park) - set(FIELDS)):
        out[k] = sorted_deep(park[k])
    return out


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    doc = {
        "format": "parkexplorer.parks",
        "version": 1,
        "about": sorted_deep(data.get("about", data.get("_about", {}))),
        "parks": [record(p) for p in data["parks"]],
    }
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=2))
        f.write("\n")


if __name__ == "__main__":
    main()
