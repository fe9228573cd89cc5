"""Presentasi / Presenter mode (?present=1): no chrome, big type, a sequence of slides that advances on a
timer or by button, and figures that follow the data files as they change."""
import time
from dataclasses import replace
from datetime import datetime

import streamlit as st

from lib.views.breakdowns import breakdown_rows
from lib.views.charts import bar_breakdown, snapshot_lines
from lib.model.figures import latest_breakdown
from lib.views.cards import FUNNELS, card_groups, headline_region
from lib.formats import format_date
from lib.paths import data_dir
from lib.views.state import DEFAULT_ELECTION
from lib.views.trends import running_totals
from lib.words import t
from lib.model.vocabulary import load_vocabulary
from pages import common

SECONDS_PER_SLIDE = 15
REFRESH_SECONDS = 3
BIG = {"font": {"size": 22}, "title": {"font": {"size": 30}}, "height": 620}
def _go(step: int) -> None:
    v = common.view()
    common.set_view(replace(v, slide=(v.slide + step) % len(v.slides)))
    st.session_state["slide_started"] = time.monotonic()


def _leave() -> None:
    common.set_view(replace(common.view(), present=False, slide=0))


def _slide(dataset, v, lang, vocab) -> None:
    name = v.slides[v.slide]
    rows = common.filtered(dataset, dimension=(), category=())
    election = (v.filters.election or DEFAULT_ELECTION)[0]
    region = headline_region(rows, v.filters.region)
    if name == "cards":
        groups = card_groups(rows, election, region)
        if groups:
            common.headline(dataset, groups, election, region, lang, limit=2)
        else:
            common.empty_notice(lang)
        return
    if name == "funnel":
        line = running_totals(rows, election, "KASN")
        if line.empty:
            common.empty_notice(lang)
            return
        fig = snapshot_lines(line, vocabulary=vocab, sources=dataset.sources, title=f"KASN · {t('snapshots', lang)}",
                             unit_label=vocab.label("unit", "asn", lang), lang=lang, measures=FUNNELS["asn"])
    elif name in ("positions", "types", "stages"):
        dimension = {"positions": "position_level", "types": "violation_type", "stages": "stage"}[name]
        part = latest_breakdown(rows[rows["region_code"].astype(str) == region] if name != "stages" else rows, dimension)
        title = {"positions": t("top_positions", lang), "types": t("top_types", lang), "stages": t("stages_counts", lang)}[name]
        if part.empty:
            common.empty_notice(lang)
            return
        fig = bar_breakdown(part, vocabulary=vocab, sources=dataset.sources, title=title,
                            unit_label=vocab.label("unit", str(part["unit"].iloc[0]), lang), lang=lang)
    else:
        part = breakdown_rows(rows, "region", "count")
        part = part[part["unit"] == "asn"] if (part["unit"] == "asn").any() else part
        part = latest_breakdown(part.assign(dimension="none"), "none", units=(str(part["unit"].iloc[0]),)) if len(part) else part
        if part.empty:
            common.empty_notice(lang)
            return
        fig = bar_breakdown(part, vocabulary=vocab, sources=dataset.sources, title=t("by_province", lang),
                            unit_label=vocab.label("unit", str(part["unit"].iloc[0]), lang), lang=lang,
                            label_of=lambda r: str(r["region_name"]), key_column="region_code")
    fig.update_layout(**BIG, margin_t=(fig.layout.margin.t or 80) + 40)
    st.plotly_chart(fig, key=f"slide_{name}", config=common.PLOTLY_CONFIG)


@st.fragment(run_every=REFRESH_SECONDS)
def presentation() -> None:
    dataset, vocab = common.data(), load_vocabulary()
    if st.session_state.get("auto_advance", True):
        started = st.session_state.setdefault("slide_started", time.monotonic())
        if time.monotonic() - started >= SECONDS_PER_SLIDE:
            _go(+1)
    v = common.view()
    lang = v.lang
    newest = dataset.figures["as_of"].max()
    updated = datetime.fromtimestamp(max(m for _, m, _ in common.cached.data_version(data_dir())) / 1e9)
    top = st.columns([6, 3, 1, 1, 1])
    top[0].markdown(f"### {t('app_title', lang)}")
    top[1].markdown(f"**{t('data_as_of', lang)} {format_date(newest, 'day', lang)}**  \n{updated:%d-%m-%Y %H:%M}")
    top[2].button("◀", on_click=_go, args=(-1,), key="prev", help=t("previous", lang))
    top[3].button("▶", on_click=_go, args=(+1,), key="next", help=t("next", lang))
    top[4].button("✕", on_click=_leave, key="leave", help=t("exit_present", lang))
    _slide(dataset, v, lang, vocab)
    st.caption(f"{t('slide', lang)} {v.slide + 1}/{len(v.slides)}")
    common.publish_view()
    if not common.view().present:
        st.rerun(scope="app")


def render() -> None:
    """Presenter mode: app.py calls this instead of a page when the URL says present=1."""
    # Our own static stylesheet (no user text in it): hide Streamlit's chrome, enlarge type for projectors.
    st.markdown(
        """<style>
        header[data-testid="stHeader"], [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
        [data-testid="stToolbar"], footer {display: none !important;}
        .block-container {padding-top: 1.2rem; max-width: 100%;}
        [data-testid="stMetricValue"] {font-size: 4.2rem !important;}
        [data-testid="stMetricLabel"] p {font-size: 1.6rem !important;}
        [data-testid="stCaptionContainer"] p {font-size: 1.15rem !important;}
        h1 {font-size: 3rem !important;} h2 {font-size: 2.3rem !important;} h3 {font-size: 1.8rem !important;}
        </style>""",
        unsafe_allow_html=True,
    )
    st.toggle(t("auto_advance", common.view().lang), key="auto_advance", value=True)
    presentation()


if __name__ == "__main__":  # opened directly as /presentasi
    common.require_shell()
