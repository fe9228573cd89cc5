"""The one set of filters every page and the CLI share, and how it reads as text and in a URL."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import pandas as pd

from lib.model.figures import filter_figures

_ALL = {"id": "semua data", "en": "all data"}
_NAMES = {
    "id": {"election": "pemilihan", "publisher": "penerbit", "region": "wilayah", "dimension": "rincian", "year": "tahun", "category": "kategori"},
    "en": {"election": "election", "publisher": "publisher", "region": "region", "dimension": "breakdown", "year": "year", "category": "category"},
}


@dataclass(frozen=True)
class Filters:
    election: tuple[str, ...] = ()
    publisher: tuple[str, ...] = ()
    region: tuple[str, ...] = ()
    dimension: tuple[str, ...] = ()
    year: tuple[str, ...] = ()
    category: tuple[str, ...] = ()

    def apply(self, figures: pd.DataFrame) -> pd.DataFrame:
        return filter_figures(figures, **{k: list(v) or None for k, v in asdict(self).items()})

    def replace(self, **changes) -> "Filters":
        return Filters(**{**asdict(self), **{k: tuple(v) for k, v in changes.items()}})

    def describe(self, lang: str = "id") -> str:
        """'pemilihan: Pilkada 2020; penerbit: KASN' or 'semua data'."""
        lang = "en" if lang == "en" else "id"
        parts = [f"{_NAMES[lang][f.name]}: {', '.join(getattr(self, f.name))}" for f in fields(self) if getattr(self, f.name)]
        return "; ".join(parts) if parts else _ALL[lang]
