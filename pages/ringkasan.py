"""Ringkasan / Overview: headline cards per election, top violation types and position levels, what changed."""
import streamlit as st

from lib.views.overview import overview
from lib.words import t
from pages import common

common.require_shell()

dataset, v = common.data(), common.view()
lang = v.lang
st.title(t("app_title", lang))
st.caption(t("app_tagline", lang))
if not v.filters.election:
    st.info(t("pick_election", lang), icon=":material/arrow_back:")

shown = overview(dataset, v.filters, lang)
for cards in shown.elections:
    common.headline(dataset, cards.groups, cards.election, shown.region, lang)
    with st.expander(t("what_changed", lang), expanded=False):
        if cards.changes.empty:
            st.write(t("no_previous", lang))
        else:
            st.dataframe(
                cards.changes, hide_index=True, width="stretch",
                column_config={
                    "publisher": t("publisher", lang), "measure": t("measure", lang), "unit": t("unit", lang),
                    "previous": st.column_config.NumberColumn(format="localized"),
                    "current": st.column_config.NumberColumn(format="localized"),
                    "change": st.column_config.NumberColumn(format="localized"),
                    "previous_as_of": st.column_config.DateColumn(format="DD-MM-YYYY"),
                    "current_as_of": st.column_config.DateColumn(format="DD-MM-YYYY"),
                },
            )
if not shown.elections:
    common.empty_notice(lang)

if shown.conflict_count:
    with st.expander(f"⚠ {t('disagree', lang)} ({shown.conflict_count})"):
        st.write(t("disagree_body", lang))
        st.dataframe(shown.conflicts, hide_index=True, width="stretch",
                     column_config={"value": st.column_config.NumberColumn(format="localized"),
                                    "as_of": st.column_config.DateColumn(format="DD-MM-YYYY")})

for column, chart in zip(st.columns(2), shown.charts):
    with column:
        if chart.figure is None:
            st.subheader(chart.title)
            common.empty_notice(lang)
        else:
            common.chart_block(chart.figure, chart.rows, dataset, key=f"overview_{chart.dimension}", selectable=chart.dimension)
