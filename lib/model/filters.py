"""The one set of filters every page and the CLI share, and how it reads as text and in a URL."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import pandas as pd

from lib.model.figures import filter_figures
from lib.words import say

DEFAULT_ELECTION = ("Pilkada 2020",)


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

    def replace(self, **changes) -> Filters:
        return Filters(**{**asdict(self), **{k: tuple(v) for k, v in changes.items()}})

    def describe(self, lang: str) -> str:
        """'pemilihan: Pilkada 2020; penerbit: KASN' or 'semua data'."""
        parts = [
            f"{say('filter_' + f.name, lang)}: {', '.join(getattr(self, f.name))}"
            for f in fields(self)
            if getattr(self, f.name)
        ]
        return "; ".join(parts) if parts else say("all_data", lang)
