"""The shipped boundary files: rebuilt from their packages and compared, and joined to every figure."""

import json
from pathlib import Path

import geopandas as gpd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from lib.maps import build as build_boundaries
from lib.model.boundaries import FILES, load_boundaries
from lib.paths import ROOT, SHIPPED_DATA


def boundaries_file(level: str) -> str:
    return FILES[level][0]


# Areas in degrees are fine for ratios of two shapes of the same place.
pytestmark = pytest.mark.filterwarnings("ignore:Geometry is in a geographic CRS")

SHIPPED = SHIPPED_DATA / "boundaries"
REFERENCE = ROOT.parent / "shared" / "geo"  # the reference build beside the project, where present


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("boundaries")
    build_boundaries.build(out)
    return out


def _frame(path: Path, key: str) -> gpd.GeoDataFrame:
    return gpd.read_file(path).set_index(key).sort_index()


@pytest.mark.parametrize("name, key", [("kabkota.geojson", "kode"), ("provinsi.geojson", "kode_prov")])
def test_a_rebuild_gives_the_shipped_files(rebuilt, name, key):
    shipped, fresh = _frame(SHIPPED / name, key), _frame(rebuilt / name, key)
    assert list(shipped.index) == list(fresh.index)
    assert shipped.drop(columns="geometry").equals(fresh.drop(columns="geometry"))
    moved = shipped.geometry.symmetric_difference(fresh.geometry, align=True).area / shipped.geometry.area
    assert moved.max() < 1e-6, moved.sort_values().tail()


@pytest.mark.parametrize(
    "name, key, count", [("idn_adm2_kabkota.geojson", "kode", 514), ("idn_adm1_provinsi.geojson", "kode_prov", 38)]
)
def test_the_build_comes_close_to_the_reference(name, key, count):
    if not (REFERENCE / name).exists():
        pytest.skip("no reference build beside the project")
    ours = _frame(SHIPPED / ("kabkota.geojson" if key == "kode" else "provinsi.geojson"), key)
    reference = _frame(REFERENCE / name, key)
    assert len(ours) == len(reference) == count and list(ours.index) == list(reference.index)
    names = "nama" if key == "kode" else "provinsi"
    assert (ours[names] == reference[names]).all()
    reference = reference.set_geometry(reference.geometry.make_valid())
    differ = ours.geometry.symmetric_difference(reference.geometry, align=True).area / reference.geometry.area
    assert differ.median() < 0.002 and differ.max() < 0.05, differ.sort_values().tail()


def test_every_kemendagri_region_has_exactly_one_valid_polygon(dataset):
    gazetteer = dataset.gazetteer
    for level in ("province", "regency"):
        boundaries = load_boundaries(level, SHIPPED)
        expected = {r.code for r in gazetteer.regions.values() if r.level == level}
        assert set(boundaries.features) == expected
        frame = gpd.read_file(SHIPPED / boundaries_file(level))
        assert frame.geometry.is_valid.all() and not frame.geometry.is_empty.any()


def test_every_regional_figure_joins_a_boundary(dataset):
    codes = {level: set(load_boundaries(level, SHIPPED).features) for level in ("province", "regency")}
    regional = dataset.figures[dataset.figures["region_level"] != "national"]
    orphans = [
        f"{r.figure_id} {r.region_code} {r.region_name}"
        for r in regional.itertuples()
        if str(r.region_code) not in codes[r.region_level]
    ]
    assert orphans == [], "figures whose region has no boundary"


def test_the_files_credit_their_sources_and_stay_small():
    for name in ("kabkota.geojson", "provinsi.geojson"):
        text = (SHIPPED / name).read_text(encoding="utf-8")
        assert "geoBoundaries" in json.loads(text)["attribution"] and "CC BY 3.0 IGO" in json.loads(text)["attribution"]
        assert len(text.encode()) < 2_000_000


def test_the_west_java_pilkada_regions_are_drawn(dataset):
    boundaries = load_boundaries("regency", SHIPPED)
    assert set(dataset.pilkada_regions["region_code"]) <= set(boundaries.features)


def test_drawn_maps_share_the_boundaries_and_send_the_same_json():
    """Plotly and Streamlit deep-copy every figure they draw: boundary features are shared, not copied, and
    the browser receives exactly the GeoJSON the file holds."""
    boundaries = load_boundaries("province", SHIPPED)
    collection = boundaries.geojson(["32", "73"])
    figure = go.Figure([{"type": "choropleth", "geojson": collection, "locations": ["32", "73"], "z": [1, 2]}])
    drawn = figure.to_dict()["data"][0]["geojson"]["features"]
    assert [id(f) for f in drawn] == [id(f) for f in collection["features"]]
    plain = json.loads(json.dumps(collection))  # the same features as ordinary dicts
    assert json.loads(pio.to_json(figure))["data"][0]["geojson"] == plain
    shipped = json.loads((SHIPPED / "provinsi.geojson").read_text(encoding="utf-8"))["features"]
    assert plain["features"][0]["geometry"] == next(
        f["geometry"] for f in shipped if f["properties"]["kode_prov"] == "32"
    )
