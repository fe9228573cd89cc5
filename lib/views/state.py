"""The whole view a person sees — filters, language, page options — to and from a URL.

Query parameters are untrusted: anything unknown, too long or malformed is dropped and the
default view is used instead, so a copied link either restores the exact view or a sane one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from lib.model.dataset import Dataset
from lib.model.figures import distinct
from lib.model.filters import DEFAULT_ELECTION, Filters
from lib.model.series import SERIES
from lib.views.breakdowns import SHOW, dimensions
from lib.views.map import LEVELS
from lib.views.presenter import SLIDES

MAX_PARAM_LENGTH = 300
MAX_VALUES = 40
FILTER_KEYS = ("election", "publisher", "region", "dimension", "year", "category")


@dataclass(frozen=True)
class View:
    filters: Filters = field(default_factory=lambda: Filters(election=DEFAULT_ELECTION))
    lang: str = "id"
    present: bool = False
    by: str = "position_level"
    show: str = "count"
    slide: int = 0
    slides: tuple[str, ...] = SLIDES
    level: str = "province"  # the map's level
    series: str = ""  # the map's series, "election|publisher|measure|unit"; empty means the fullest one
    per_1000: bool = False  # the map shows rates per 1,000 ASN instead of counts

    def with_filters(self, **changes) -> View:
        return replace(self, filters=self.filters.replace(**changes))


@dataclass(frozen=True)
class Choices:
    """The values each parameter may take, from the data: anything else in a URL is ignored."""

    election: frozenset[str] = frozenset()
    publisher: frozenset[str] = frozenset()
    region: frozenset[str] = frozenset()
    dimension: frozenset[str] = frozenset()
    year: frozenset[str] = frozenset()
    category: frozenset[str] = frozenset()
    by: frozenset[str] = frozenset()


def choices(dataset: Dataset) -> Choices:
    """What a URL may choose: the values the data has ('none', totals only, is a dimension too)."""
    f = dataset.figures
    return Choices(
        election=frozenset(distinct(f, "election")),
        publisher=frozenset(distinct(f, "publisher")),
        region=frozenset(distinct(f, "region_code")),
        dimension=frozenset(distinct(f, "dimension")),
        year=frozenset(f["as_of"].dropna().dt.year.astype(int).astype(str)),
        category=frozenset(distinct(f, "category")),
        by=frozenset(dimensions(dataset)),
    )


def _first(params: Mapping, key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    if value is None:
        return None
    value = str(value)
    return value if len(value) <= MAX_PARAM_LENGTH else None


def _values(params: Mapping, key: str, allowed: frozenset[str]) -> tuple[str, ...] | None:
    """None when absent or naming nothing the data knows (use the default); the known values otherwise.

    An empty value ('election=') deliberately means all.
    """
    raw = _first(params, key)
    if raw is None:
        return None
    kept = []
    for part in raw.split(",")[:MAX_VALUES]:
        part = part.strip()
        if part in allowed and part not in kept:
            kept.append(part)
    return tuple(kept) if kept or not raw.strip(", ") else None


def view_from_params(params: Mapping, choices: Choices) -> View:
    """The view a URL asks for, keeping only values the data knows."""
    default = View()
    filters = {}
    for key in FILTER_KEYS:
        values = _values(params, key, getattr(choices, key))
        filters[key] = getattr(default.filters, key) if values is None else values
    lang = "en" if _first(params, "lang") == "en" else "id"  # the one place the language is resolved
    by = _first(params, "by")
    show = _first(params, "show")
    slide = _first(params, "slide") or ""
    slides = _values(params, "slides", frozenset(SLIDES)) or default.slides
    level = _first(params, "level")
    series = _first(params, "series") or ""
    return View(
        filters=Filters(**filters),
        lang=lang,
        present=_first(params, "present") in ("1", "true", "yes"),
        by=by if by in choices.by else default.by,
        show=show if show in SHOW else default.show,
        slide=int(slide) % len(slides) if slide.isdigit() and len(slide) < 4 else 0,
        slides=slides,
        level=level if level in LEVELS else default.level,
        # A series is checked against the data where it is used; here only its shape.
        series=series if series.count("|") == len(SERIES) - 1 and len(series) <= 200 else default.series,
        per_1000=_first(params, "per") == "1000",
    )


def view_to_params(view: View) -> dict[str, str]:
    """The shortest URL parameters that restore this view (defaults are left out)."""
    default = View()
    params: dict[str, str] = {}
    if view.lang != default.lang:
        params["lang"] = view.lang
    for key in FILTER_KEYS:
        value = getattr(view.filters, key)
        if value != getattr(default.filters, key):
            params[key] = ",".join(value)
    if view.by != default.by:
        params["by"] = view.by
    if view.show != default.show:
        params["show"] = view.show
    if view.level != default.level:
        params["level"] = view.level
    if view.series:
        params["series"] = view.series
    if view.per_1000:
        params["per"] = "1000"
    if view.present:
        params["present"] = "1"
        if view.slide:
            params["slide"] = str(view.slide)
        if view.slides != default.slides:
            params["slides"] = ",".join(view.slides)
    return params


def apply_selection(view: View, dimension: str, picked: list[str]) -> View:
    """A click on bars filters the app: provinces become the region filter, categories the category filter."""
    picked = [p for p in picked if p]
    if not picked:
        return view
    if dimension == "region":
        return view.with_filters(region=tuple(picked))
    if dimension == "map_region":  # a click on a province's map drills down to its kabupaten/kota
        drilled = replace(view, level="regency") if all(len(p) == 2 for p in picked) else view
        return drilled.with_filters(region=tuple(picked))
    return view.with_filters(dimension=(dimension,), category=tuple(picked))
