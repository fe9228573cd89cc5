"""What the Map page shows for one view: one published series by province or by kabupaten/kota, the choices around
it (level, series, province, counts or rates), the map itself and the same numbers as a table."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib.formats import format_date, format_number, format_value
from lib.maps.regions import PER, map_province, pick_series, region_values, regional_totals, series_options
from lib.model.dataset import Dataset
from lib.model.filters import Filters
from lib.views.charts import choropleth, escape
from lib.views.parts import Chart, chart, series_choices
from lib.words import say

LEVELS = ("province", "regency")


@dataclass(frozen=True)
class MapView:
    level: str
    levels: tuple[tuple[str, str], ...]  # (level, label)
    series: tuple[tuple[str, str], ...]  # (series key, label), the fullest first
    picked: str  # the series key drawn; '' when nothing can be mapped
    province: str | None  # the province whose kabupaten/kota are drawn (regency level)
    provinces: tuple[tuple[str, str], ...]  # (code, name) a regency map can show
    can_rate: bool  # rates per 1,000 ASN are possible (a headcount is published)
    per_1000: bool
    rate_note: str | None
    none_message: str | None  # said instead of a map when nothing can be mapped
    chart: Chart | None
    table: pd.DataFrame
    wide: bool  # the country map takes the full width with its table below


def build(dataset: Dataset, filters: Filters, lang: str, level: str, series_key: str, per_1000: bool) -> MapView:
    vocab = dataset.vocabulary
    levels = tuple((lv, say(f"level_{lv}", lang)) for lv in LEVELS)
    # The map shows every region of its level and marks the filtered ones, so the region filter is not applied.
    scoped = filters.replace(region=(), dimension=(), category=()).apply(dataset.figures)
    province, provinces = None, ()
    if level == "regency":
        regencies = regional_totals(scoped, "regency")
        province = map_province(filters.region, regencies)
        codes = sorted({c[:2] for c in regencies["region_code"].astype(str)} | {province})
        provinces = tuple((c, dataset.gazetteer.get(c).name) for c in codes if c in dataset.gazetteer)
        scoped = scoped[scoped["region_code"].astype(str).str[:2] == province]
    options = series_options(scoped, level)
    series = pick_series(options, series_key)
    labels = series_choices(options, vocab, lang)
    if series is None:
        return MapView(
            level,
            levels,
            labels,
            "",
            province,
            provinces,
            False,
            False,
            None,
            say("map_none", lang, level=dict(levels)[level].lower()),
            None,
            pd.DataFrame(),
            level == "province",
        )
    values = region_values(scoped, level, series)
    can_rate = series.unit == "asn" and values["rate"].notna().any()
    per_1000 = bool(can_rate and per_1000)
    shown = values[values["rate"].notna()] if per_1000 else values
    rate_note = (
        say("map_per_1000_none", lang, regions=", ".join(values.loc[values["rate"].notna(), "region_name"].astype(str)))
        if per_1000
        else None
    )
    figure, in_map, table, computed = _drawing(dataset, filters, lang, level, province, series, shown, per_1000)
    cites = tuple(dict.fromkeys(in_map["headcount_source"])) if per_1000 else ()
    return MapView(
        level,
        levels,
        labels,
        series.key,
        province,
        provinces,
        bool(can_rate),
        per_1000,
        rate_note,
        None,
        chart(f"map_{level}", figure, in_map, dataset, lang, select="map_region", computed=computed, cites=cites),
        table,
        level == "province",
    )


def _drawing(
    dataset: Dataset,
    filters: Filters,
    lang: str,
    level: str,
    province: str | None,
    series,
    shown: pd.DataFrame,
    per_1000: bool,
):
    """The map, its data rows and its table."""
    vocab = dataset.vocabulary
    boundaries = dataset.boundaries(level)
    all_codes = [c for c in boundaries.features if level == "province" or c.startswith(province + ".")]
    data_codes = [c for c in shown["region_code"].astype(str) if c in boundaries.features]
    names = boundaries.names
    pilkada = dataset.pilkada_regions
    marked_pilkada = (
        set(pilkada.loc[pilkada["election"] == series.election, "region_code"]) & set(all_codes)
        if len(pilkada)
        else set()
    )
    selected = set(filters.region) & set(all_codes)
    marked = marked_pilkada | selected
    unit_label = say("map_per_1000_unit", lang) if per_1000 else vocab.label("unit", series.unit, lang)
    value_column = "rate" if per_1000 else "value"
    outlets = dataset.outlets

    def number(value, approximate=False) -> str:
        return format_value(value, "percent" if series.unit == "percent" and not per_1000 else "", lang, approximate)

    def shown_number(row) -> str:
        if per_1000:
            return number(row.rate, row.approximate or row.headcount_approximate)
        return number(row.value, row.approximate)

    def when(row) -> str:
        return format_date(row.as_of, row.as_of_precision, lang)

    def hover(row) -> str:
        code = str(row.region_code)
        lines = [
            f"<b>{escape(names.get(code, row.region_name))}</b>",
            f"{shown_number(row)} {escape(unit_label)}",
        ]
        if per_1000:
            lines.append(
                f"{say('computed_label', lang)}: {number(row.value, row.approximate)} / "
                f"{number(row.headcount, row.headcount_approximate)} ASN × {format_number(PER, lang)}"
            )
        outlet = outlets.get(row.source_id, row.source_id)
        lines.append(f"{say('as_of', lang)} {when(row)} · {escape(outlet)}")
        if row.others:
            lines.append(f"⚠ {say('map_other_sources', lang)}: {', '.join(format_number(x, lang) for x in row.others)}")
        if code in marked_pilkada:
            lines.append(say("map_pilkada_region", lang))
        return "<br>".join(lines)

    no_data_codes = [c for c in all_codes if c not in set(data_codes)]
    where = dataset.gazetteer.get(province).name if level == "regency" else "Indonesia"
    title = " · ".join(
        [
            vocab.label("measure", series.measure, lang),
            vocab.label("publisher", series.publisher, lang),
            vocab.label("election", series.election, lang),
            where,
        ]
    )
    notes = [say("map_no_data", lang)]
    if marked_pilkada:
        notes.append(say("map_marked", lang, what=say("map_marked_pilkada", lang)))
    elif selected:
        notes.append(say("map_marked", lang, what=say("map_marked_filter", lang)))
    in_map = shown[shown["region_code"].astype(str).isin(data_codes)]
    wide = level == "province"
    figure = choropleth(
        in_map,
        geojson=boundaries.geojson(data_codes),
        no_data_geojson=boundaries.geojson(no_data_codes),
        extent=boundaries.extent(all_codes),
        value_column=value_column,
        hover=[hover(r) for r in in_map.itertuples()],
        no_data_hover=[
            f"<b>{escape(names.get(c, c))}</b><br>{say('no_data_region', lang)}"
            + (f"<br>{say('map_pilkada_region', lang)}" if c in marked_pilkada else "")
            for c in no_data_codes
        ],
        marked=marked,
        title=title,
        unit_label=unit_label,
        no_data_label=" · ".join(notes),
        sources=dataset.sources,
        lang=lang,
        height=380 if wide else 520,
    )
    table = pd.DataFrame(
        {
            say("region", lang): [
                names.get(str(c), n) for c, n in zip(in_map["region_code"].astype(str), in_map["region_name"])
            ],
            unit_label: [shown_number(r) for r in in_map.itertuples()],
            say("as_of", lang): [when(r) for r in in_map.itertuples()],
            say("source", lang): [outlets.get(s, s) for s in in_map["source_id"]],
            say("other_values", lang): [", ".join(format_number(x, lang) for x in o) for o in in_map["others"]],
        }
    )
    computed = None
    if per_1000:
        table.insert(
            2,
            say("map_headcount", lang),
            [number(x, a) for x, a in zip(in_map["headcount"], in_map["headcount_approximate"])],
        )
        table.insert(3, say("map_headcount_source", lang), [outlets.get(s, s) for s in in_map["headcount_source"]])
        count_label = vocab.label("unit", series.unit, lang)
        table.insert(
            1, count_label, [format_value(v, "", lang, a) for v, a in zip(in_map["value"], in_map["approximate"])]
        )
        computed = say(
            "map_rate_how",
            lang,
            measure=vocab.label("measure", series.measure, lang),
            publisher=vocab.label("publisher", series.publisher, lang),
            sources=", ".join(dict.fromkeys(outlets.get(s, s) for s in in_map["headcount_source"])),
        ) + (f" ({say('approximate_result', lang)})" if in_map["headcount_approximate"].any() else "")
    if marked_pilkada:
        table["Pilkada"] = ["✓" if str(c) in marked_pilkada else "" for c in in_map["region_code"]]
    return figure, in_map, table.sort_values(say("region", lang)), computed
