"""Peta / Map: a choropleth of one published series by province or by kabupaten/kota; a click filters the app."""
from dataclasses import replace

import pandas as pd
import streamlit as st

from lib import cached
from lib.views.charts import choropleth, escape
from lib.model.gazetteer import load_gazetteer
from lib.maps.regions import map_province, pick_series, regional_totals, region_values, series_options
from lib.formats import format_number
from lib.words import t
from lib.model.vocabulary import load_vocabulary
from pages import common

common.require_shell()

dataset, v = common.data(), common.view()
lang, vocab = v.lang, load_vocabulary()
st.title(t("page_map", lang))
st.caption(t("map_intro", lang))

level = v.level


def on_offer():
    """What this view can map: the province (kab/kota level) and the others, the series on offer, the one picked
    and its values. Made once for every session showing the view."""
    # The map shows every region of its level and marks the filtered ones, so the region filter is not applied.
    scoped = common.filtered(dataset, region=(), dimension=(), category=())
    province, provinces = None, []
    if level == "regency":
        regencies = regional_totals(scoped, "regency")
        province = map_province(v.filters.region, regencies)
        provinces = sorted({c[:2] for c in regencies["region_code"].astype(str)} | {province})
        scoped = scoped[scoped["region_code"].astype(str).str[:2] == province]
    options = series_options(scoped, level)
    series = pick_series(options, v.series)
    return province, provinces, options, series, region_values(scoped, level, series) if series else None


province, provinces, options, series, values = common.shared(dataset, "map_offer", on_offer)


def _set(**changes):
    common.set_view(replace(common.view(), **changes))


def _series_label(s) -> str:
    return " · ".join([vocab.label("publisher", s.publisher, lang), vocab.label("measure", s.measure, lang),
                       vocab.label("unit", s.unit, lang), vocab.label("election", s.election, lang),
                       t("map_regions", lang, n=s.regions)])


level_names = {"province": t("level_province", lang), "regency": t("level_regency", lang)}
controls = st.columns([1.3, 3, 1.4])
with controls[0]:
    st.segmented_control(t("map_level", lang), list(level_names), key=common._bind("level", v.level), required=True,
                         format_func=level_names.get, on_change=lambda: _set(level=st.session_state["w_level"] or "province"))

with controls[1]:
    if options:
        keys = [s.key for s in options]
        labels = dict(zip(keys, map(_series_label, options)))
        st.selectbox(t("map_series", lang), keys, key=common._bind("series", series.key), format_func=labels.get,
                     on_change=lambda: _set(series=st.session_state["w_series"] or ""))
if level == "regency":
    with controls[0]:
        st.selectbox(t("map_province", lang), provinces, key=common._bind("map_province", province),
                     format_func=lambda c: load_gazetteer().get(c).name,
                     on_change=lambda: common.set_view(common.view().with_filters(region=(st.session_state["w_map_province"],))))

if series is None:
    st.info(t("map_none", lang, level=level_names[level].lower()), icon=":material/map:")
    st.stop()

can_rate = series.unit == "asn" and values["rate"].notna().any()
with controls[2]:
    if can_rate:
        st.segmented_control(t("map_scale", lang), ["count", "rate"], key=common._bind("per", "rate" if v.per_1000 else "count"),
                             required=True, format_func=lambda k: t("map_counts" if k == "count" else "map_per_1000", lang),
                             on_change=lambda: _set(per_1000=st.session_state["w_per"] == "rate"))
per_1000 = can_rate and v.per_1000
shown = values[values["rate"].notna()] if per_1000 else values
if per_1000:
    with_headcount = ", ".join(values.loc[values["rate"].notna(), "region_name"].astype(str))
    st.caption(t("map_per_1000_none", lang, regions=with_headcount))

# Indonesia is wide: the country map takes the full width with its table below; a province's sits beside it.
wide = level == "province"


def drawing():
    """The map, its data rows and its table for this view: made once for every session showing it."""
    boundaries = cached.boundaries(level)
    all_codes = [c for c in boundaries.features if level == "province" or c.startswith(province + ".")]
    data_codes = [c for c in shown["region_code"].astype(str) if c in boundaries.features]
    names = dict(zip(boundaries.frame["code"], boundaries.frame["nama" if level == "regency" else "provinsi"]))
    pilkada = dataset.pilkada_regions
    marked_pilkada = set(pilkada.loc[pilkada["election"] == series.election, "region_code"]) & set(all_codes) if len(pilkada) else set()
    selected = set(v.filters.region) & set(all_codes)
    marked = marked_pilkada | selected

    unit_label = t("map_per_1000_unit", lang) if per_1000 else vocab.label("unit", series.unit, lang)
    value_column = "rate" if per_1000 else "value"
    outlets = dataset.outlets

    def _hover(row) -> str:
        code = str(row.region_code)
        lines = [f"<b>{escape(names.get(code, row.region_name))}</b>",
                 f"{common.number(row.rate if per_1000 else row.value, lang)} {unit_label}"]
        if per_1000:
            lines.append(f"{format_number(row.value, lang)} / {format_number(row.headcount, lang)} ASN")
        outlet = outlets.get(row.source_id, row.source_id)
        lines.append(f"{t('as_of', lang)} {common.when(row, lang)} · {escape(outlet)}")
        if row.others:
            lines.append(f"⚠ {t('map_other_sources', lang)}: {', '.join(format_number(x, lang) for x in row.others)}")
        if code in marked_pilkada:
            lines.append(t("map_pilkada_region", lang))
        return "<br>".join(lines)

    no_data_codes = [c for c in all_codes if c not in set(data_codes)]
    where = load_gazetteer().get(province).name if level == "regency" else "Indonesia"
    title = f"{vocab.label('measure', series.measure, lang)} · {vocab.label('election', series.election, lang)} · {where}"
    notes = [t("map_no_data", lang)]
    if marked_pilkada:
        notes.append(t("map_marked", lang, what=t("map_marked_pilkada", lang)))
    elif selected:
        notes.append(t("map_marked", lang, what=t("map_marked_filter", lang)))
    in_map = shown[shown["region_code"].astype(str).isin(data_codes)]
    fig = choropleth(
        in_map, geojson=boundaries.geojson(data_codes), no_data_geojson=boundaries.geojson(no_data_codes),
        extent=boundaries.extent(all_codes), value_column=value_column, hover=[_hover(r) for r in in_map.itertuples()],
        no_data_hover=[f"<b>{escape(names.get(c, c))}</b><br>{t('no_data_region', lang)}" + (
            f"<br>{t('map_pilkada_region', lang)}" if c in marked_pilkada else "") for c in no_data_codes],
        marked=marked, title=title, unit_label=unit_label, no_data_label=" · ".join(notes), sources=dataset.sources, lang=lang,
        **({"height": 340, "width": 760} if wide else {"height": 520, "width": 480}),
    )
    table = pd.DataFrame({
        t("region", lang): [names.get(str(c), n) for c, n in zip(in_map["region_code"].astype(str), in_map["region_name"])],
        unit_label: [common.number(x, lang) for x in in_map[value_column]],
        t("as_of", lang): [common.when(r, lang) for r in in_map.itertuples()],
        t("source", lang): [outlets.get(s, s) for s in in_map["source_id"]],
        t("other_values", lang): [", ".join(format_number(x, lang) for x in o) for o in in_map["others"]],
    })
    if per_1000:
        table.insert(2, t("map_headcount", lang), [format_number(x, lang) for x in in_map["headcount"]])
    if marked_pilkada:
        table["Pilkada"] = ["✓" if str(c) in marked_pilkada else "" for c in in_map["region_code"]]
    return fig, in_map, table.sort_values(t("region", lang))


fig, in_map, table = common.shared(dataset, "map", drawing)
left, right = (st.container(), st.container()) if wide else st.columns([3, 2])
with left:
    common.chart_block(fig, in_map, dataset, key=f"map_{level}", selectable="map_region")
    st.caption(t("map_boundaries", lang))
with right:
    st.dataframe(table, hide_index=True, width="stretch")
