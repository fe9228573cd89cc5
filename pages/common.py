"""Streamlit pieces every page shares: the view state, the sidebar filters, chart and card blocks."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pandas as pd
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from lib import cached
from lib.views.charts import source_line
from lib.model.dataset import Dataset
from lib.export import build_extract, to_csv_bytes
from lib.model.figures import disagreements, distinct
from lib.model.gazetteer import load_gazetteer
from lib.formats import format_date, format_number
from lib.views.state import Choices, View, apply_selection, view_from_params, view_to_params
from lib.words import t
from lib.model.vocabulary import load_vocabulary

T = TypeVar("T")
VIEW_KEY = "view"
BREAKDOWNS = ("position_level", "violation_type", "region", "agency", "sanction", "stage", "violation_kind", "cause", "influencer")
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def require_shell() -> None:
    """Make sure a page runs inside app.py's shell (sidebar, filters, URL state).

    With a pages/ folder beside app.py, Streamlit starts each server in its old multipage mode and, on a
    direct link such as /tren, runs pages/tren.py alone; st.navigation switches that mode off only once
    app.py has run. A page that finds the old mode still on switches it off and reruns through app.py.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


@st.cache_resource(show_spinner=False)
def favicon():
    """A blue tile with an N: served by Streamlit itself, so no icon is fetched from the internet."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (64, 64), "#0072B2")
    ImageDraw.Draw(image).text((20, 8), "N", fill="white", font_size=44)
    return image


def data() -> Dataset:
    return cached.dataset()


def filter_options(dataset: Dataset) -> dict[str, list[str]]:
    """Each sidebar filter's options, in display order: worked out once per data version, not per rerun."""
    def work_out() -> dict[str, list[str]]:
        f = dataset.figures
        return {
            "election": distinct(f, "election"), "publisher": distinct(f, "publisher"),
            "region": sorted(distinct(f, "region_code"), key=lambda c: (c != "ID", c)),
            "dimension": [d for d in distinct(f, "dimension") if d != "none"],
            "year": sorted(f["as_of"].dropna().dt.year.astype(int).astype(str).unique()),
            "category": distinct(f, "category"),
        }
    return dataset.views.get(("filter_options",), work_out)


def choices(dataset: Dataset) -> Choices:
    """What a URL may choose; 'none' (totals, no breakdown) is a dimension too."""
    options = filter_options(dataset)
    values = {name: frozenset(options[name]) for name in ("election", "publisher", "region", "year", "category")}
    return Choices(**values, dimension=frozenset(options["dimension"]) | {"none"}, by=frozenset(BREAKDOWNS))


def view() -> View:
    """This session's view: read from the URL once, then kept in session state (page switches clear the URL)."""
    if VIEW_KEY not in st.session_state:
        st.session_state[VIEW_KEY] = view_from_params(st.query_params.to_dict(), choices(data()))
    return st.session_state[VIEW_KEY]


def set_view(new: View) -> None:
    st.session_state[VIEW_KEY] = new


def publish_view() -> None:
    """Write the view into the URL, so the address bar always reopens what is on screen."""
    params = view_to_params(view())
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)


# --- Sidebar ----------------------------------------------------------------------------------

def _bind(name: str, value) -> str:
    """Give a widget its value from the view before it is drawn; return its key."""
    key = f"w_{name}"
    st.session_state[key] = value
    return key


def _on_filter(name: str) -> None:
    value = st.session_state[f"w_{name}"]
    set_view(view().with_filters(**{name: tuple(value or ())}))


def _on_lang() -> None:
    from dataclasses import replace
    set_view(replace(view(), lang=st.session_state["w_lang"] or "id"))


def _reset() -> None:
    set_view(View(lang=view().lang))


def sidebar(dataset: Dataset) -> None:
    v, vocab, lang = view(), load_vocabulary(), view().lang
    f = dataset.figures
    gazetteer = load_gazetteer()
    with st.sidebar:
        st.segmented_control(t("language", lang), ["id", "en"], key=_bind("lang", v.lang), on_change=_on_lang,
                             format_func=lambda k: {"id": "Bahasa Indonesia", "en": "English"}[k], required=True)
        st.subheader(t("filters", lang))
        options = filter_options(dataset)
        _multi("election", options["election"], v, lambda k: vocab.label("election", k, lang), lang)
        _multi("publisher", options["publisher"], v, lambda k: vocab.label("publisher", k, lang), lang)
        _multi("region", options["region"], v, lambda c: f"{gazetteer.get(c).name} ({c})" if c in gazetteer else c, lang)
        _multi("dimension", options["dimension"], v, lambda k: vocab.label("dimension", k, lang), lang)
        _multi("year", options["year"], v, str, lang)
        if v.filters.category:
            dims = v.filters.dimension or tuple(BREAKDOWNS)
            cats = sorted(set(f[f["dimension"].isin(dims)]["category"].astype(str)) | set(v.filters.category))
            dim = v.filters.dimension[0] if v.filters.dimension else "none"
            _multi("category", cats, v, lambda k: vocab.label(dim, k, lang), lang)
        st.button(t("reset_filters", lang), on_click=_reset, width="stretch")
        st.caption(f":material/link: {t('share_link', lang)}: {t('share_link_help', lang)}")
        st.button(t("present_link", lang), icon=":material/slideshow:", on_click=_start_presenting, width="stretch", key="start_present")


def _multi(name: str, options: list[str], v: View, label, lang: str) -> None:
    current = [x for x in getattr(v.filters, name) if x in options]
    st.multiselect(t(name, lang), options, key=_bind(name, current), on_change=_on_filter, args=(name,),
                   format_func=label, placeholder=t("all", lang))


def _start_presenting() -> None:
    from dataclasses import replace
    set_view(replace(view(), present=True, slide=0))


# --- Blocks used by pages -----------------------------------------------------------------------

def shared(dataset: Dataset, name: str, build: Callable[[], T]) -> T:
    """What `build` makes of `dataset` for this view, made once for all sessions showing the same view.

    `build` may depend on the dataset and the view only; what it returns is read-only (see lib.memo).
    """
    return dataset.views.get((name, view()), build)


def filtered(dataset: Dataset, **ignore) -> pd.DataFrame:
    """The figures under the view's filters, minus any facet a page does not apply (e.g. category=())."""
    return view().filters.replace(**ignore).apply(dataset.figures) if ignore else view().filters.apply(dataset.figures)


def empty_notice(lang: str) -> None:
    st.info(t("empty", lang), icon=":material/search_off:")


def chart_block(fig, rows: pd.DataFrame, dataset: Dataset, key: str, *, selectable: str | None = None) -> None:
    """A chart, its source line with links, and its data as CSV; a click on a bar filters the app."""
    lang = view().lang
    event = st.plotly_chart(fig, key=key, config={**PLOTLY_CONFIG, "toImageButtonOptions": {"format": "png", "scale": 2, "filename": f"netra-{key}"}},
                            on_select="rerun" if selectable else "ignore", selection_mode=("points",))
    if selectable and event:
        _apply_click(key, selectable, event)
    for caption in shared(dataset, f"notes_{key}", lambda: _source_links(rows, dataset, lang) + _discrepancies(rows, lang)):
        st.caption(caption)
    description = view().filters.describe(lang)

    def chart_csv() -> bytes:  # built only when clicked: charts rerun often, downloads are rare
        return to_csv_bytes(build_extract(rows, dataset.sources, load_vocabulary(), lang), description)

    st.download_button(t("download_chart_data", lang), chart_csv,
                       file_name=f"netra-{key}.csv", mime="text/csv", key=f"dl_{key}", icon=":material/download:", type="tertiary",
                       on_click="ignore")  # a rerun would replace the generator while the browser asks for it


def _apply_click(key: str, dimension: str, event) -> None:
    points = (event.get("selection") or {}).get("points") or []
    picked = sorted({str(p.get("customdata")[0] if isinstance(p.get("customdata"), list) else p.get("customdata")) for p in points if p.get("customdata") is not None})
    memo = f"clicked_{key}"
    if picked and st.session_state.get(memo) != picked:
        st.session_state[memo] = picked
        set_view(apply_selection(view(), dimension, picked))
        st.rerun()


def _discrepancies(rows: pd.DataFrame, lang: str) -> list[str]:
    """What to say under a chart where its sources disagree or contradict themselves (⚠ in the data)."""
    notes = list(dict.fromkeys(n for n in rows.loc[rows["disputed"], "note"] if n))
    said = [f"⚠ {t('disagree', lang)}: {t('disagree_body', lang)}"] if len(disagreements(rows)) else []
    return said + [note if note.startswith("⚠") else f"⚠ {note}" for note in notes[:3]]


def _source_links(rows: pd.DataFrame, dataset: Dataset, lang: str) -> list[str]:
    ids = list(dict.fromkeys(rows["source_id"]))
    table = dataset.sources.set_index("source_id")
    links = []
    for source_id in ids:
        if source_id in table.index:
            s = table.loc[source_id]
            title = md_text(f"{s['outlet']}: {s['title']}")
            links.append(f"[{title}]({s['url']})" if s["url"].startswith(("http://", "https://")) else title)
    return [f"{t('sources', lang)}: " + " · ".join(links)] if links else []


def md_text(text: str) -> str:
    """Source titles shown as plain text inside Markdown: no markup, no raw HTML."""
    for ch in "\\`*_{}[]()<>#+!|":
        text = text.replace(ch, "\\" + ch)
    return text


def when(row_or_snapshot, lang: str) -> str:
    as_of = getattr(row_or_snapshot, "as_of", None)
    precision = getattr(row_or_snapshot, "precision", None) or getattr(row_or_snapshot, "as_of_precision", "day")
    return format_date(as_of, precision, lang)


def number(value: float, lang: str, unit: str = "") -> str:
    return format_number(value, lang) + ("%" if unit == "percent" else "")


def caption_sources(rows: pd.DataFrame, dataset: Dataset, lang: str) -> str:
    return source_line(rows, dataset.sources, lang)



def data_warnings(dataset: Dataset, lang: str) -> None:
    """Files or rows that could not be loaded: named, never hidden, never a stack trace."""
    problems = [f for f in dataset.findings if f.level == "error"]
    if problems:
        with st.sidebar.expander(f"⚠ {t('warnings_in_data', lang)} ({len(problems)})"):
            for finding in problems[:20]:
                st.text(finding.text(lang))


def page_header(title_key: str, lang: str) -> None:
    st.title(t(title_key, lang))


def headline(dataset: Dataset, groups, election: str, region: str, lang: str, *, limit: int | None = None) -> None:
    """The funnel cards of one election: value, date and outlet under each, other sources flagged ⚠."""
    vocab = load_vocabulary()
    region_name = dataset.figures.loc[dataset.figures["region_code"] == region, "region_name"].astype(str)
    st.header(f"{vocab.label('election', election, lang)} · {region_name.iloc[0] if len(region_name) else region}")
    for group in groups[:limit]:
        st.subheader(f"{vocab.label('publisher', group.publisher, lang)} · {vocab.label('unit', group.unit, lang)}")
        columns = st.columns(len(group.cards) + (1 if group.rate else 0))
        for column, card in zip(columns, group.cards):
            with column:
                delta = since = None
                if card.delta is not None:
                    delta = f"{'+' if card.delta >= 0 else ''}{format_number(card.delta, lang)}"
                    since = f"{t('since_previous', lang)} {when(card.previous, lang)}"
                st.metric(vocab.label("measure", card.measure, lang), format_number(card.current.value, lang), delta,
                          help=vocab.description("measure", card.measure, lang) or None, border=True, delta_color="off",
                          delta_description=since)
                outlets = [dataset.outlets.get(s, s) for s in card.current.source_ids]
                st.caption(f"{t('as_of', lang)} {when(card.current, lang)} · {', '.join(outlets)}")
                if card.current.scope:
                    st.caption(f"{t('scope', lang)}: {card.current.scope}")
                if card.others:
                    others = ", ".join(f"{format_number(o.value, lang)} ({when(o, lang)})" for o in card.others)
                    st.caption(f"⚠ {t('card_sources_differ', lang, others=others)}")
        if group.rate:
            with columns[-1]:
                st.metric(t("followup_rate", lang), f"{format_number(round(group.rate.value, 1), lang)}%", border=True,
                          help=t("followup_rate_help", lang))
                outlets = ", ".join(dataset.outlets.get(s, s) for s in group.rate.source_ids)
                how = outlets if group.rate.published else t("computed", lang) + " " + " / ".join(
                    vocab.label("measure", m, lang) for m in (group.rate.numerator, group.rate.denominator)) + f" ({outlets})"
                st.caption(f"{t('as_of', lang)} {when(group.rate, lang)} · {how}")



if __name__ == "__main__":  # opened directly as /common
    require_shell()
