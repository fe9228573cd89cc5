"""Ringkasan / Overview: headline cards per election, top violation types and position levels, what changed."""
import streamlit as st

from lib.charts import bar_breakdown
from lib.figures import disagreements, latest_breakdown
from lib.headline import card_groups, changes, headline_region
from lib.state import DEFAULT_ELECTION
from lib.ui_text import t
from lib.vocabulary import load_vocabulary
from pages import common

common.require_shell()

dataset, v = common.data(), common.view()
lang, vocab = v.lang, load_vocabulary()
st.title(t("app_title", lang))
st.caption(t("app_tagline", lang))

# Totals are not broken down by category: the cards ignore the breakdown facets.
totals = common.filtered(dataset, dimension=(), category=())
elections = list(v.filters.election[:3]) or list(DEFAULT_ELECTION)
if not v.filters.election:
    st.info(t("pick_election", lang), icon=":material/arrow_back:")
region = headline_region(totals, v.filters.region)

shown_any = False
for election in elections:
    groups = card_groups(totals, election, region)
    if not groups:
        continue
    shown_any = True
    common.headline(dataset, groups, election, region, lang)
    changed = changes(groups)
    with st.expander(t("what_changed", lang), expanded=False):
        if changed.empty:
            st.write(t("no_previous", lang))
        else:
            st.dataframe(
                changed.assign(
                    publisher=changed["publisher"], measure=[vocab.label("measure", m, lang) for m in changed["measure"]],
                    unit=[vocab.label("unit", u, lang) for u in changed["unit"]],
                ),
                hide_index=True, width="stretch",
                column_config={
                    "publisher": t("publisher", lang), "measure": t("measure", lang), "unit": t("unit", lang),
                    "previous": st.column_config.NumberColumn(format="localized"),
                    "current": st.column_config.NumberColumn(format="localized"),
                    "change": st.column_config.NumberColumn(format="localized"),
                    "previous_as_of": st.column_config.DateColumn(format="DD-MM-YYYY"),
                    "current_as_of": st.column_config.DateColumn(format="DD-MM-YYYY"),
                },
            )

if not shown_any:
    common.empty_notice(lang)

conflicts = disagreements(totals)
if len(conflicts):
    with st.expander(f"⚠ {t('disagree', lang)} ({conflicts['conflict'].nunique()})"):
        st.write(t("disagree_body", lang))
        extract = conflicts.assign(measure=[vocab.label("measure", m, lang) for m in conflicts["measure"].astype(str)])
        st.dataframe(extract[["election", "region_name", "measure", "value", "as_of", "source_id", "note"]],
                     hide_index=True, width="stretch",
                     column_config={"value": st.column_config.NumberColumn(format="localized"),
                                    "as_of": st.column_config.DateColumn(format="DD-MM-YYYY")})

breakdown_rows = common.filtered(dataset, category=())
left, right = st.columns(2)
for column, dimension, title_key in ((left, "violation_type", "top_types"), (right, "position_level", "top_positions")):
    rows = latest_breakdown(breakdown_rows[breakdown_rows["region_code"].astype(str) == region], dimension)
    with column:
        if rows.empty:
            st.subheader(t(title_key, lang))
            common.empty_notice(lang)
            continue
        unit = str(rows["unit"].iloc[0])
        place = ", ".join(sorted(set(rows["region_name"].astype(str))))
        context = " · ".join(sorted(set(rows["election"].astype(str))))
        fig = bar_breakdown(rows, vocabulary=vocab, sources=dataset.sources, title=f"{t(title_key, lang)} · {context} · {place}",
                            unit_label=vocab.label("unit", unit, lang), lang=lang)
        common.chart_block(fig, rows, dataset, key=f"overview_{dimension}", selectable=dimension)
