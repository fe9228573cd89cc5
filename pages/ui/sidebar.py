"""The sidebar: language, the filters every page shares, reset, presenter mode."""

from __future__ import annotations

import streamlit as st

from lib import cached
from lib.model.dataset import Dataset
from lib.views import sharing, sidebar
from lib.views.literal import markdown as literal
from lib.views.state import View
from lib.words import say
from pages.ui import session


def _on_filter(name: str) -> None:
    session.filter_by(**{name: tuple(session.widget(name) or ())})


def _on_lang() -> None:
    session.replace(lang=session.widget("lang") or "id")


def _reset() -> None:
    session.set_view(View(lang=session.view().lang))


def _start_presenting() -> None:
    session.replace(present=True, slide=0)


def draw(dataset: Dataset, view: View) -> None:
    lang = view.lang
    with st.sidebar:
        st.segmented_control(
            say("language", lang),
            ["id", "en"],
            key=session.bind("lang", lang),
            on_change=_on_lang,
            format_func=lambda k: say(f"language_{k}", lang),
            required=True,
        )
        st.subheader(say("filters", lang))
        for options in cached.view(sidebar.build, dataset, view.filters, lang):
            labels = dict(options.choices)
            current = [x for x in getattr(view.filters, options.name) if x in labels]
            st.multiselect(
                say(options.name, lang),
                options.values,
                key=session.bind(options.name, current),
                on_change=_on_filter,
                args=(options.name,),
                format_func=labels.get,
                placeholder=say("all", lang),
                # No "Select all": Streamlit words it in English only, and every value chosen is the empty filter
                # ("Semua") already.
                select_all=False,
            )
        before = session.before_click()
        if before is not None:
            # Which filter a click set, on every page, and the way back.
            what = literal(sidebar.changed(dataset, before.filters, view.filters, lang))
            st.info(say("click_filtered", lang, what=what), icon=":material/ads_click:")
            st.button(say("undo_click", lang), on_click=session.undo_click, icon=":material/undo:", width="stretch")
        st.button(say("reset_filters", lang), on_click=_reset, width="stretch")
        with st.popover(say("share", lang), icon=":material/share:", width="stretch"):
            st.caption(say("share_copy", lang))
            st.code(sharing.link(view, page_url()), language=None, wrap_lines=True)
            st.caption(say("share_embed", lang))
            st.code(sharing.embed(view, page_url(), lang), language="html", wrap_lines=True)
            st.caption(say("share_link_help", lang))
        st.button(
            say("present_link", lang),
            icon=":material/slideshow:",
            on_click=_start_presenting,
            width="stretch",
            key="start_present",
        )


def page_url() -> str | None:
    """The page's address as this visitor's browser has it (None where there is no browser, as in tests)."""
    try:
        return st.context.url
    except Exception:  # AppTest and bare script runs have no browser connection
        return None


def drafts_notice(lang: str) -> None:
    if session.drafts():
        st.sidebar.info(say("drafts_shown", lang, count=len(session.drafts())), icon=":material/edit_note:")


def data_warnings(dataset: Dataset, lang: str) -> None:
    """Files or rows that could not be loaded: named, never hidden, never a stack trace."""
    problems = dataset.errors
    if problems:
        with st.sidebar.expander(f"⚠ {say('warnings_in_data', lang)} ({len(problems)})"):
            for finding in problems[:20]:
                st.text(finding.text(lang))
