"""Netra's boundary files (data/boundaries/, built by lib.maps.build) read for drawing: plain GeoJSON, each region's
feature and bounding box by Kemendagri code. No geopandas at run time: only the build needs it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

FILES = {"province": ("provinsi.geojson", "kode_prov", "provinsi"), "regency": ("kabkota.geojson", "kode", "nama")}


class SharedFeature(dict):
    """A GeoJSON feature every drawn map shares and nobody changes. Plotly and then Streamlit deep-copy a figure
    each time it is drawn; copying Indonesia's 50,000 boundary points took 0.25 s each time, now nothing."""

    def __deepcopy__(self, memo) -> SharedFeature:
        return self


@dataclass(frozen=True)
class Boundaries:
    """One level's polygons: each region's GeoJSON feature, bounds and name by Kemendagri code."""

    level: str
    features: dict[str, dict]
    bounds: dict[str, tuple[float, float, float, float]]
    names: dict[str, str]
    attribution: str

    def geojson(self, codes) -> dict:
        """A FeatureCollection of these regions only: the browser gets no polygon it does not draw."""
        return {"type": "FeatureCollection", "features": [self.features[c] for c in codes if c in self.features]}

    def extent(self, codes) -> tuple[float, float, float, float]:
        boxes = [self.bounds[c] for c in codes if c in self.bounds] or list(self.bounds.values())
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _points(geometry: dict):
    """Every (longitude, latitude) of a Polygon or MultiPolygon."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        for ring in polygon:
            yield from ring


def _bounds(geometry: dict) -> tuple[float, float, float, float]:
    xs, ys = zip(*((p[0], p[1]) for p in _points(geometry)))
    return min(xs), min(ys), max(xs), max(ys)


def load_boundaries(level: str, directory: Path) -> Boundaries:
    name, key, label = FILES[level]
    data = json.loads((Path(directory) / name).read_text(encoding="utf-8"))
    # Features are passed to Plotly as read (already rounded), with the code as their id.
    features, bounds, names = {}, {}, {}
    for feature in data["features"]:
        code = str(feature["properties"][key])
        features[code] = SharedFeature(type="Feature", id=code, properties={}, geometry=feature["geometry"])
        bounds[code] = _bounds(feature["geometry"])
        names[code] = str(feature["properties"].get(label, code))
    return Boundaries(level, features, bounds, names, data.get("attribution", ""))
