"""Ringkasan / Overview: headline cards per election, top violation types and position levels, what changed."""
import streamlit as st

from lib.charts import bar_breakdown
from lib.figures import disagreements, latest_breakdown
from lib.headline import card_groups, changes, headline_region
from lib.numbers import format_number
from lib.state import DEFAULT_ELECTION
from lib.ui_text import t
from lib.vocabulary import load_vocabulary
from pages import common

dataset, v = common.data(), common.view()
lang, vocab = v.lang, load_vocabulary()
st.title(t("app_title", lang))
st.caption(t("app_tagline", lang))

# Totals are not broken down by category: the cards ignore the breakdown facets.
totals = common.filtered(dataset, dimension=(), category=())
elections = list(v.filters.election[:3]) or list(DEFAULT_ELECTION)
if not v.filters.election:
    st.info(t("pick_election", lang), icon="👈")
region = headline_region(totals, v.filters.region)

shown_any = False
for election in elections:
    groups = card_groups(totals, election, region)
    if not groups:
        continue
    shown_any = True
    region_name = dataset.figures.loc[dataset.figures["region_code"] == region, "region_name"].astype(str)
    st.header(f"{vocab.label('election', election, lang)} · {region_name.iloc[0] if len(region_name) else region}")
    for group in groups:
        st.subheader(f"{vocab.label('publisher', group.publisher, lang)} · {vocab.label('unit', group.unit, lang)}")
        columns = st.columns(len(group.cards) + (1 if group.rate else 0))
        for column, card in zip(columns, group.cards):
            with column:
                delta = None
                if card.delta is not None:
                    delta = f"{'+' if card.delta >= 0 else ''}{format_number(card.delta, lang)} {t('since_previous', lang)} {common.when(card.previous, lang)}"
                st.metric(vocab.label("measure", card.measure, lang), format_number(card.current.value, lang), delta,
                          help=vocab.description("measure", card.measure, lang) or None, border=True, delta_color="off")
                outlets = dataset.sources.set_index("source_id").loc[list(card.current.source_ids), "outlet"]
                st.caption(f"{t('as_of', lang)} {common.when(card.current, lang)} · {', '.join(outlets)}")
                if card.others:
                    others = ", ".join(f"{format_number(o.value, lang)} ({common.when(o, lang)})" for o in card.others)
                    st.caption(f"⚠ {t('card_sources_differ', lang, others=others)}")
        if group.rate:
            with columns[-1]:
                st.metric(t("followup_rate", lang), f"{format_number(round(group.rate.value, 1), lang)}%", border=True,
                          help=t("followup_rate_help", lang))
                outlets = ", ".join(dataset.sources.set_index("source_id").loc[list(group.rate.source_ids), "outlet"])
                how = outlets if group.rate.published else t("computed", lang) + " " + " / ".join(
                    vocab.label("measure", m, lang) for m in (group.rate.numerator, group.rate.denominator)) + f" ({outlets})"
                st.caption(f"{t('as_of', lang)} {common.when(group.rate, lang)} · {how}")

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
        fig = bar_breakdown(rows, vocabulary=vocab, sources=dataset.sources, title=t(title_key, lang),
                            unit_label=vocab.label("unit", unit, lang), lang=lang)
        common.chart_block(fig, rows, dataset, key=f"overview_{dimension}", selectable=dimension)
