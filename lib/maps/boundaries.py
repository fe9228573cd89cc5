"""Netra's boundary files (built by lib.maps.build) loaded for drawing: geopandas, once per loaded dataset.

Only the map page imports this module, so the other pages never pay for geopandas and shapely.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd

FILES = {"province": ("provinsi.geojson", "kode_prov"), "regency": ("kabkota.geojson", "kode")}


class SharedFeature(dict):
    """A GeoJSON feature every drawn map shares and nobody changes. Plotly and then Streamlit deep-copy a figure
    each time it is drawn; copying Indonesia's 50,000 boundary points took 0.25 s each time, now nothing."""

    def __deepcopy__(self, memo) -> SharedFeature:
        return self


@dataclass(frozen=True)
class Boundaries:
    """One level's polygons: the frame, and each region's GeoJSON feature and bounds by Kemendagri code."""

    level: str
    frame: gpd.GeoDataFrame
    features: dict[str, dict]
    bounds: dict[str, tuple[float, float, float, float]]
    attribution: str

    def geojson(self, codes) -> dict:
        """A FeatureCollection of these regions only: the browser gets no polygon it does not draw."""
        return {"type": "FeatureCollection", "features": [self.features[c] for c in codes if c in self.features]}

    def extent(self, codes) -> tuple[float, float, float, float]:
        boxes = [self.bounds[c] for c in codes if c in self.bounds] or list(self.bounds.values())
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def load_boundaries(level: str, directory: Path) -> Boundaries:
    name, key = FILES[level]
    data = json.loads((directory / name).read_text(encoding="utf-8"))
    frame = gpd.GeoDataFrame.from_features(data, crs="EPSG:4326")
    frame["code"] = frame[key].astype(str)
    # Features are passed to Plotly as read (already rounded), with the code as their id.
    features = {
        f["properties"][key]: SharedFeature(
            type="Feature", id=f["properties"][key], properties={}, geometry=f["geometry"]
        )
        for f in data["features"]
    }
    bounds = dict(zip(frame["code"], map(tuple, frame.geometry.bounds.to_numpy())))
    return Boundaries(level, frame, features, bounds, data.get("attribution", ""))
