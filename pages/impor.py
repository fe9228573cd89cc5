"""Impor / Import: upload a table, see what Netra understood, correct it, name the source, confirm.

The engine is lib.importing.engine (the same one behind `python -m lib.cli parse`); storage is lib.importing.store.
The uploaded file's name is shown, never used as a path.
"""

import datetime as dt
from dataclasses import replace

import pandas as pd
import streamlit as st

from lib.export import build_extract
from lib.importing.engine import Analysis, Mapping, analyse
from lib.importing.layout import ROLES
from lib.importing.store import list_imports, new_source_id, remove_import, save_import, source_problems
from lib.model.dataset import Dataset
from lib.model.findings import NetraError
from lib.paths import data_dir, imports_dir
from lib.views.state import View
from lib.words import say as t
from pages.ui import blocks, shell


def _source_form(dataset, lang, upload) -> tuple[dict, Mapping]:
    """The source and what the numbers mean: asked before anything is stored."""
    st.subheader(t("import_source", lang))
    left, right = st.columns(2)
    vocab = dataset.vocabulary
    publishers, elections = vocab.keys("publisher"), vocab.keys("election")
    with left:
        publisher = st.selectbox(
            t("publisher", lang),
            publishers,
            index=None,
            key="imp_publisher",
            format_func=lambda k: vocab.label("publisher", k, lang),
        )
        title = st.text_input(t("import_title", lang), key="imp_title", max_chars=300)
        url = st.text_input(t("import_url", lang), key="imp_url", max_chars=500, placeholder="https://")
    with right:
        outlet = st.text_input(t("import_outlet", lang), key="imp_outlet", max_chars=120)
        published = st.date_input(
            t("import_published", lang),
            value=None,
            key="imp_published",
            format="DD/MM/YYYY",
            min_value=dt.date(1999, 1, 1),
            max_value=dt.date.today(),
        )
    st.subheader(t("import_meaning", lang))
    cols = st.columns(5)
    election = cols[0].selectbox(
        t("election", lang),
        elections,
        index=None,
        key="imp_election",
        format_func=lambda k: vocab.label("election", k, lang),
    )
    as_of = cols[1].date_input(
        t("import_as_of", lang),
        value=None,
        key="imp_as_of",
        format="DD/MM/YYYY",
        min_value=dt.date(1999, 1, 1),
        max_value=dt.date.today(),
    )
    measures = vocab.keys("measure")
    measure = cols[2].selectbox(
        t("measure", lang),
        measures,
        index=measures.index("reported"),
        key="imp_measure",
        format_func=lambda k: vocab.label("measure", k, lang),
    )
    units = [u for u in vocab.keys("unit") if u != "percent"]
    unit = cols[3].selectbox(t("unit", lang), units, key="imp_unit", format_func=lambda k: vocab.label("unit", k, lang))
    dimensions = ["", *vocab.keys("dimension")]
    dimension = cols[4].selectbox(
        t("dimension", lang),
        dimensions,
        key="imp_dimension",
        format_func=lambda k: vocab.label("dimension", k, lang) if k else t("auto_dimension", lang),
    )
    source_id = st.session_state.setdefault("imp_source_id", new_source_id())
    source = {
        "source_id": source_id,
        "publisher": publisher or "",
        "outlet": outlet or (publisher or ""),
        "title": title.strip(),
        "published": published.isoformat() if published else "",
        "url": url.strip(),
        "quoted": "",
        "document": upload.name[:200],
        "fact_refs": "",
    }
    mapping = Mapping(
        source_id=source_id,
        publisher=publisher or "",
        election=election or "",
        measure=measure,
        unit=unit,
        dimension=dimension,
        as_of=as_of.isoformat() if as_of else "",
    )
    return source, _corrections(mapping)


def _corrections(mapping: Mapping) -> Mapping:
    """What the user changed in the detected mapping on earlier reruns (sheet, header rows, roles, regions)."""
    saved = st.session_state.get("imp_fix", {})
    return replace(
        mapping,
        sheet=saved.get("sheet", ""),
        header_rows=saved.get("header_rows"),
        roles=saved.get("roles", {}),
        regions=saved.get("regions", {}),
    )


def _fix(**changes) -> None:
    st.session_state["imp_fix"] = {**st.session_state.get("imp_fix", {}), **changes}


def _mapping_editor(analysis: Analysis, lang) -> None:
    st.subheader(t("import_mapping", lang))
    kind = analysis.kind
    detail = (
        t(f"import_kind_{kind}", lang, rows=analysis.rows, dropped=", ".join(analysis.dropped) or "-")
        if kind == "cases"
        else t(f"import_kind_{kind}", lang)
    )
    st.write(t("import_kind", lang, kind=detail))
    if len(analysis.sheets) > 1:
        st.selectbox(
            t("import_sheet", lang),
            analysis.sheets,
            index=analysis.sheets.index(analysis.mapping.sheet) if analysis.mapping.sheet in analysis.sheets else 0,
            key="imp_sheet",
            on_change=lambda: _fix(sheet=st.session_state["imp_sheet"], header_rows=None, roles={}),
        )
    table = analysis.table
    if table is None:
        return
    first, last = table.header_rows
    a, b = st.columns(2)
    a.number_input(
        f"{t('import_header_rows', lang)} · 1",
        1,
        10_000,
        first,
        key="imp_first",
        on_change=lambda: _fix(
            header_rows=(st.session_state["imp_first"], max(st.session_state["imp_first"], last)), roles={}
        ),
    )
    b.number_input(
        f"{t('import_header_rows', lang)} · 2",
        1,
        10_000,
        last,
        key="imp_last",
        on_change=lambda: _fix(
            header_rows=(min(first, st.session_state["imp_last"]), st.session_state["imp_last"]), roles={}
        ),
    )
    st.markdown(f"**{t('import_columns', lang)}**")
    roles = {c.index: c.role for c in table.columns}
    columns = st.columns(min(6, len(table.columns)) or 1)
    for i, column in enumerate(table.columns):
        key = f"imp_role_{column.index}_{column.role}"
        columns[i % len(columns)].selectbox(
            column.header[:60],
            ROLES,
            index=ROLES.index(column.role),
            key=key,
            format_func=lambda r: t(f"role_{r}", lang),
            on_change=lambda k=key, c=column.index: _fix(roles={**roles, c: st.session_state[k]}),
        )
    if table.captions or table.notes:
        with st.expander(t("import_captions", lang)):
            for line in table.captions + table.notes:
                st.text(line)


def _region_matches(analysis: Analysis, dataset, lang) -> None:
    if not analysis.regions:
        return
    st.markdown(f"**{t('import_regions', lang)}**")
    fields = ("spelling", "row", "status", "code", "name")
    st.dataframe(
        pd.DataFrame([{k: r[k] for k in fields} for r in analysis.regions]),
        hide_index=True,
        width="stretch",
        column_config=dict(zip(fields, t("import_region_columns", lang).split("|"))),
    )
    gazetteer = dataset.gazetteer
    everything = [r.code for r in gazetteer.regions.values() if r.level != "national"]
    for match in (r for r in analysis.regions if r["status"] in ("unknown", "ambiguous")):
        options = [code for code, _ in match["options"]] + [
            c for c in everything if c not in {o for o, _ in match["options"]}
        ]
        key = f"imp_region_{match['row']}"
        st.selectbox(
            t("import_choose_region", lang, value=match["spelling"]),
            options,
            index=None,
            key=key,
            format_func=lambda c: f"{gazetteer.get(c).name} ({c})",
            on_change=lambda k=key, s=match["spelling"]: _fix(
                regions={**st.session_state.get("imp_fix", {}).get("regions", {}), s: st.session_state[k]}
            ),
        )


def _findings(analysis: Analysis, lang) -> None:
    st.markdown(f"**{t('import_findings', lang)}**")
    if not analysis.findings:
        st.caption(t("import_no_findings", lang))
    for finding in analysis.findings[:50]:
        (st.error if finding.level == "error" else st.warning)(
            finding.text(lang), icon=":material/error:" if finding.level == "error" else ":material/warning:"
        )


def _preview(analysis: Analysis, source: dict, dataset, lang) -> None:
    st.markdown(f"**{t('import_preview', lang, rows=len(analysis.figures))}**")
    if analysis.figures.empty:
        return
    sources = pd.concat([dataset.sources, pd.DataFrame([source])], ignore_index=True)
    extract = build_extract(analysis.figures.head(500), sources, dataset.vocabulary, lang)
    st.dataframe(
        extract[["region_name", "category_label", "value", "unit_label", "as_of", "note"]],
        hide_index=True,
        width="stretch",
        height=280,
        column_config={
            "region_name": t("region", lang),
            "category_label": t("category", lang),
            "unit_label": t("unit", lang),
            "value": st.column_config.NumberColumn(t("value", lang), format="localized"),
            "as_of": t("as_of", lang),
            "note": t("note", lang),
        },
    )


def _confirm(analysis: Analysis, source: dict, lang, folder, attempt) -> None:
    missing = source_problems(source) + [f for f in ("election",) if not analysis.mapping.election]
    blocked = bool(analysis.errors or missing or analysis.figures.empty or analysis.kind == "tidy")
    if blocked:
        st.info(t("import_blocked", lang, missing=", ".join(missing) or "-"), icon=":material/block:")
    st.button(
        t("import_confirm", lang),
        type="primary",
        disabled=blocked,
        key="imp_confirm",
        icon=":material/upload:",
        on_click=_store,
        args=(analysis.figures, source, lang, folder, attempt),
    )


def _store(figures: pd.DataFrame, source: dict, lang, folder, attempt) -> None:
    """Runs before the next script run, so that run already loads the new import on every page."""
    try:
        save_import(figures, source, folder)
    except NetraError as exc:
        st.session_state["imp_error"] = exc.text(lang)
        return
    st.session_state["imp_done"] = t("import_done", lang, rows=len(figures), title=source["title"])
    for key in [k for k in st.session_state if str(k).startswith("imp_") and k not in ("imp_done", "imp_attempt")]:
        del st.session_state[key]
    st.session_state["imp_attempt"] = attempt + 1  # a fresh, empty uploader


def _remove(source_id: str, lang, folder) -> None:
    try:
        remove_import(source_id, folder)
    except NetraError as exc:
        st.session_state["imp_error"] = exc.text(lang)


def render(dataset: Dataset, view: View) -> None:
    lang = view.lang
    folder = imports_dir(data_dir())
    limit = st.get_option("server.maxUploadSize")
    st.title(t("page_import", lang))
    st.caption(t("import_intro", lang, limit=limit))
    if "imp_done" in st.session_state:
        st.success(st.session_state.pop("imp_done"), icon=":material/check_circle:")
    attempt = st.session_state.setdefault("imp_attempt", 0)
    upload = st.file_uploader(
        t("import_file", lang),
        type=["csv", "xlsx", "xls"],
        key=f"imp_file_{attempt}",
        help=t("import_intro", lang, limit=limit),
    )
    if "imp_error" in st.session_state:
        st.error(st.session_state.pop("imp_error"))
    if upload is not None:
        source, mapping = _source_form(dataset, lang, upload)
        analysis = analyse(upload.getvalue(), upload.name, mapping, dataset)
        _mapping_editor(analysis, lang)
        _region_matches(analysis, dataset, lang)
        _findings(analysis, lang)
        _preview(analysis, source, dataset, lang)
        _confirm(analysis, source, lang, folder, attempt)
    st.divider()
    st.subheader(t("import_stored", lang))
    stored = list_imports(folder)
    if not stored:
        st.caption(t("import_none_stored", lang))
    for entry in stored:
        left, right = st.columns([5, 1])
        left.markdown(
            " · ".join(
                [
                    f"**{blocks.literal(entry['title'])}**",
                    blocks.literal(entry["publisher"]),
                    blocks.literal(entry["published"]),
                    f"{entry['rows']} {t('rows', lang)}",
                    blocks.literal(entry["document"]),
                ]
            )
        )
        right.button(
            t("import_remove", lang),
            key=f"imp_remove_{entry['source_id']}",
            icon=":material/delete:",
            on_click=_remove,
            args=(entry["source_id"], lang, folder),
        )


shell.page(render)
