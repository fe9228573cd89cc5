"""Rincian / Breakdowns: one dimension at a time, counts or shares, one chart per unit; a click filters the app."""
from dataclasses import replace

import streamlit as st

from lib.views.charts import bar_breakdown, series_label
from lib.views.breakdowns import breakdown_rows
from lib.words import t
from lib.model.vocabulary import load_vocabulary
from pages import common

common.require_shell()

dataset, v = common.data(), common.view()
lang, vocab = v.lang, load_vocabulary()
st.title(t("page_breakdowns", lang))


def _on_by():
    common.set_view(replace(common.view(), by=st.session_state["w_by"] or "position_level"))


def _on_show():
    common.set_view(replace(common.view(), show=st.session_state["w_show"] or "count"))


left, right = st.columns([3, 1])
with left:
    st.pills(t("breakdown_by", lang), common.BREAKDOWNS, key=common._bind("by", v.by), on_change=_on_by, required=True,
             format_func=lambda d: t("by_province", lang) if d == "region" else vocab.label("dimension", d, lang))
with right:
    st.segmented_control(" ", ["count", "share"], key=common._bind("show", v.show), on_change=_on_show, required=True,
                         format_func=lambda s: t("counts" if s == "count" else "shares", lang))

scoped = common.filtered(dataset, dimension=(), category=())
rows = breakdown_rows(scoped, v.by, v.show)
other = "share" if v.show == "count" else "count"
if rows.empty and not breakdown_rows(scoped, v.by, other).empty:
    # Most breakdowns are published as shares, provinces as counts: show what exists and say so.
    rows = breakdown_rows(scoped, v.by, other)
    st.caption(t("shown_instead", lang, shown=t("shares" if other == "share" else "counts", lang)))
if rows.empty:
    common.empty_notice(lang)
else:
    st.caption(t("click_to_filter", lang))
    is_region = v.by == "region"
    for unit, part in rows.groupby("unit", observed=True):
        unit = str(unit)
        what = t("by_province", lang) if is_region else vocab.label("dimension", v.by, lang)
        elections = ", ".join(sorted(set(part["election"].astype(str))))
        where = "" if is_region else ", ".join(sorted(set(part["region_name"].astype(str))))
        title = " · ".join([what, elections] + ([where] if where and len(where) < 60 else []))
        fig = bar_breakdown(
            part, vocabulary=vocab, sources=dataset.sources, title=title,
            unit_label=vocab.label("unit", unit, lang), lang=lang,
            label_of=(lambda r: str(r["region_name"])) if is_region else None,
            key_column="region_code" if is_region else "category",
            series_of=(lambda r: f"{vocab.label('measure', r['measure'], lang)} · {series_label(r, dataset.outlets, lang)}"),
        )
        common.chart_block(fig, part, dataset, key=f"breakdown_{v.by}_{unit}", selectable=v.by)
