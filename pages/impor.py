"""Impor / Import: upload a table, see what Netra read in it, correct it, name the source; keep it as a draft only
you see, and publish it to every visitor if you are an editor.

The engine is lib.importing.engine (the same one behind `python -m lib.cli parse`), run once per file and mapping
in a worker process with limits (lib.importing.worker); what the page shows of it is lib.views.importing; storage
is lib.importing.store. The uploaded file's name is shown as text, never used as a path.
"""

import datetime as dt
from dataclasses import replace

import streamlit as st

from lib import cached
from lib.importing import publishing, worker
from lib.importing.engine import Answers, Mapping, merge_answers, replay
from lib.importing.store import list_imports, new_source_id, recipe_for, remove_import, save_import, source_problems
from lib.model.dataset import Dataset
from lib.model.findings import NetraError
from lib.paths import data_dir, imports_dir
from lib.views import importing
from lib.views.literal import markdown as literal
from lib.views.state import View
from lib.words import say
from pages.ui import session, shell

REGION_CHOICES = 20  # unresolved spellings offered at once; a file with hundreds is not of this layout


def _visitor() -> publishing.Visitor:
    headers = {k.lower(): v for k, v in st.context.headers.items()} if st.context.headers else {}
    signed_in = bool(getattr(st.user, "is_logged_in", False))
    address = st.context.ip_address  # a str, or None on the server itself (a test harness has no client at all)
    return publishing.Visitor(
        address if isinstance(address, str) else None,
        headers,
        signed_in,
        str(st.user.get("email", "")) if signed_in else "",
    )


def _policy() -> publishing.Policy:
    try:
        sign_in = "auth" in st.secrets
        editors = tuple(st.secrets.get("netra", {}).get("editors", ()))
    except Exception:  # no secrets.toml at all: Streamlit raises rather than answer empty
        sign_in, editors = False, ()
    return publishing.Policy(sign_in, editors)


def may_publish() -> bool:
    return publishing.may_publish(_visitor(), _policy())


def _source_id() -> str:
    return st.session_state.setdefault("imp_source_id", new_source_id())


def _mapping() -> Mapping:
    """What this session has said about the upload so far (the source's meaning and every correction)."""
    said = st.session_state.get("imp_mapping") or Mapping(source_id=_source_id())
    return replace(
        said,
        publisher=st.session_state.get("imp_publisher") or "",
        election=st.session_state.get("imp_election") or "",
        as_of=(st.session_state.get("imp_as_of") or "") and st.session_state["imp_as_of"].isoformat(),
    )


def _answer(sheet: str, **changes) -> None:
    mapping = st.session_state.get("imp_mapping") or Mapping(source_id=_source_id())
    st.session_state["imp_mapping"] = merge_answers(mapping, sheet, Answers(**changes))


def _column_answer(sheet: str, index: int, field: str, key: str) -> None:
    mapping = st.session_state.get("imp_mapping") or Mapping(source_id=_source_id())
    said = dict(mapping.answers(sheet).columns.get(index, {}))
    said[field] = st.session_state[key] or ""
    _answer(sheet, columns={index: said})


def _role_answer(sheet: str, index: int, key: str) -> None:
    _answer(sheet, roles={index: st.session_state[key]})


def _analysis(upload, lang: str):
    """The file analysed under this session's mapping, once per file and mapping; a stored mapping of the same
    layout (last month's release) is replayed on the first analysis."""
    mapping = _mapping()
    key = (upload.file_id, repr(mapping))
    done = st.session_state.get("imp_done_analysis")
    if done and done[0] == key:
        return done[1]
    with st.spinner(say("import_reading", lang)):
        analysis = worker.analyse_safely(upload.getvalue(), upload.name, mapping, data_dir())
        if "imp_mapping" not in st.session_state:
            stored = recipe_for({r.name: r.layout for r in analysis.readings}, imports_dir(data_dir()))
            if stored is not None:
                st.session_state["imp_mapping"] = replay(stored.recipe, mapping)
                st.session_state["imp_reused"] = stored.title
                analysis = worker.analyse_safely(upload.getvalue(), upload.name, _mapping(), data_dir())
                key = (upload.file_id, repr(_mapping()))
    st.session_state["imp_done_analysis"] = (key, analysis)
    return analysis


def _source_form(dataset: Dataset, lang: str, upload) -> dict:
    vocab = dataset.vocabulary
    st.subheader(say("import_source", lang))
    left, right = st.columns(2)
    with left:
        publisher = st.selectbox(
            say("publisher", lang),
            vocab.keys("publisher"),
            index=None,
            key="imp_publisher",
            format_func=lambda k: vocab.label("publisher", k, lang),
        )
        title = st.text_input(say("import_title", lang), key="imp_title", max_chars=300)
        url = st.text_input(say("import_url", lang), key="imp_url", max_chars=500, placeholder="https://")
    with right:
        outlet = st.text_input(say("import_outlet", lang), key="imp_outlet", max_chars=120)
        published = st.date_input(
            say("import_published", lang),
            value=None,
            key="imp_published",
            format="DD/MM/YYYY",
            min_value=dt.date(1999, 1, 1),
            max_value=dt.date.today(),
        )
    st.subheader(say("import_meaning", lang))
    left, right = st.columns(2)
    left.selectbox(
        say("election", lang),
        vocab.keys("election"),
        index=None,
        key="imp_election",
        format_func=lambda k: vocab.label("election", k, lang),
        help=say("import_election_help", lang),
    )
    right.date_input(
        say("import_as_of", lang),
        value=None,
        key="imp_as_of",
        format="DD/MM/YYYY",
        min_value=dt.date(1999, 1, 1),
        max_value=dt.date.today(),
        help=say("import_as_of_help", lang),
    )
    return {
        "source_id": _source_id(),
        "publisher": publisher or "",
        "outlet": (outlet or publisher or "").strip(),
        "title": title.strip(),
        "url": url.strip(),
        "published": published.isoformat() if published else "",
        "quoted": "",
        "document": upload.name[:200],
        "fact_refs": "",
    }


def _sheet(sheet: importing.SheetView, dataset: Dataset, lang: str, shown: importing.ImportView) -> None:
    vocab = dataset.vocabulary
    st.caption(literal(sheet.kind_label))
    if sheet.kind != "table":
        return
    if sheet.header_rows:
        first, last = sheet.header_rows
        a, b = st.columns(2)
        a.number_input(
            f"{say('import_header_rows', lang)} · 1",
            1,
            10_000,
            first,
            key=f"imp_first_{sheet.name}",
            on_change=lambda: _answer(
                sheet.name,
                header_rows=(
                    st.session_state[f"imp_first_{sheet.name}"],
                    max(st.session_state[f"imp_first_{sheet.name}"], last),
                ),
            ),
        )
        b.number_input(
            f"{say('import_header_rows', lang)} · 2",
            1,
            10_000,
            last,
            key=f"imp_last_{sheet.name}",
            on_change=lambda: _answer(
                sheet.name,
                header_rows=(
                    min(first, st.session_state[f"imp_last_{sheet.name}"]),
                    st.session_state[f"imp_last_{sheet.name}"],
                ),
            ),
        )
    kinds = list(shown.row_kinds)
    st.selectbox(
        say("import_rows", lang),
        kinds,
        index=kinds.index(sheet.rows) if sheet.rows in kinds else 0,
        key=f"imp_rows_{sheet.name}",
        format_func=lambda k: importing.kind_label(k, dataset, lang),
        on_change=lambda: _answer(sheet.name, rows=st.session_state[f"imp_rows_{sheet.name}"] or ""),
    )
    st.markdown(f"**{say('import_columns', lang)}**")
    measures, units = ["", *vocab.keys("measure")], ["", *vocab.keys("unit")]
    for column in sheet.columns:
        cells = st.columns([3, 2, 3, 2])
        cells[0].markdown(("⚠ " if column.held else "") + literal(column.title))
        role_key = f"imp_role_{sheet.name}_{column.index}"
        cells[1].selectbox(
            say("import_role", lang),
            list(shown.roles),
            index=shown.roles.index(column.role),
            key=role_key,
            format_func=lambda r: say(f"role_{r}", lang),
            label_visibility="collapsed",
            on_change=_role_answer,
            args=(sheet.name, column.index, role_key),
        )
        if column.role != "value":
            continue
        for cell, field, options, group in (
            (cells[2], "measure", measures, "measure"),
            (cells[3], "unit", units, "unit"),
        ):
            key = f"imp_{field}_{sheet.name}_{column.index}"
            current = getattr(column, field)
            cell.selectbox(
                say(field, lang),
                options,
                index=options.index(current) if current in options else 0,
                key=key,
                label_visibility="collapsed",
                on_change=_column_answer,
                args=(sheet.name, column.index, field, key),
                format_func=lambda k, g=group: vocab.label(g, k, lang) if k else say("import_choose", lang),
            )
    if len(sheet.regions) > REGION_CHOICES:
        st.caption(say("import_more_regions", lang, shown=REGION_CHOICES, count=len(sheet.regions)))
    for problem in sheet.regions[:REGION_CHOICES]:
        everything = [r.code for r in dataset.gazetteer.regions.values() if r.level != "national"]
        options = list(problem.options) + [c for c in everything if c not in problem.options]
        key = f"imp_region_{sheet.name}_{problem.row}"
        st.selectbox(
            say("import_choose_region", lang, value=literal(problem.spelling)),
            options,
            index=None,
            key=key,
            format_func=lambda c: f"{dataset.gazetteer.get(c).name} ({c})",
            on_change=lambda k=key, s=problem.spelling: _answer(sheet.name, regions={s: st.session_state[k]}),
        )
    if len(sheet.found_regions):
        with st.expander(say("import_regions", lang)):
            st.dataframe(sheet.found_regions, hide_index=True, width="stretch")
    if sheet.captions:
        with st.expander(say("import_captions", lang)):
            for line in sheet.captions:
                st.text(line)


def _findings(shown: importing.ImportView, lang: str) -> None:
    st.markdown(f"**{say('import_findings', lang)}**")
    if not (shown.errors or shown.warnings or shown.notes):
        st.caption(say("import_no_findings", lang))
    for text in shown.errors[:50]:
        st.error(literal(text), icon=":material/error:")
    for text in shown.warnings[:50]:
        st.warning(literal(text), icon=":material/warning:")
    if shown.notes:
        with st.expander(f"{say('import_notes', lang)} ({len(shown.notes)})"):
            for text in shown.notes[:100]:
                st.text(text)


def _keep(analysis, source: dict, lang: str) -> None:
    missing = source_problems(source)
    blocked = bool(analysis.errors or missing or analysis.figures.empty or analysis.kind == "tidy")
    if blocked:
        st.info(say("import_blocked", lang, missing=", ".join(missing) or "-"), icon=":material/block:")
    left, right = st.columns(2)
    left.button(
        say("import_draft", lang),
        key="imp_draft",
        icon=":material/edit_note:",
        disabled=blocked,
        on_click=_keep_draft,
        args=(analysis, source, lang),
    )
    allowed = may_publish()
    right.button(
        say("import_confirm", lang),
        type="primary",
        disabled=blocked or not allowed,
        key="imp_confirm",
        icon=":material/publish:",
        on_click=_publish,
        args=(analysis, source, lang),
        help=None if allowed else say("import_editors_only", lang),
    )
    if not allowed:
        st.caption(say("import_editors_only", lang))


def _fresh_upload() -> None:
    for key in [k for k in st.session_state if str(k).startswith("imp_") and k not in ("imp_said", "imp_attempt")]:
        del st.session_state[key]
    st.session_state["imp_attempt"] = st.session_state.get("imp_attempt", 0) + 1


def _keep_draft(analysis, source: dict, lang: str) -> None:
    kept = [d for d in session.drafts() if d[1]["source_id"] != source["source_id"]]
    session.set_drafts([*kept, (analysis.figures.drop(columns=["sheet"], errors="ignore"), source)])
    st.session_state["imp_said"] = say("import_drafted", lang, rows=len(analysis.figures), title=source["title"])
    _fresh_upload()


def _publish(analysis, source: dict, lang: str) -> None:
    """Runs before the next script run, so that run already shows the new import on every page."""
    if not may_publish():
        st.session_state["imp_error"] = say("import_editors_only", lang)
        return
    try:
        save_import(analysis.figures, source, imports_dir(data_dir()), analysis.recipe(), analysis.digest)
    except NetraError as exc:
        st.session_state["imp_error"] = exc.text(lang)
        return
    _drop_draft(source["source_id"])
    st.session_state["imp_said"] = say("import_done", lang, rows=len(analysis.figures), title=source["title"])
    _fresh_upload()


def _remove(source_id: str, lang: str) -> None:
    if not may_publish():
        st.session_state["imp_error"] = say("import_editors_only", lang)
        return
    try:
        remove_import(source_id, imports_dir(data_dir()))
    except NetraError as exc:
        st.session_state["imp_error"] = exc.text(lang)


def _drop_draft(source_id: str) -> None:
    session.set_drafts([d for d in session.drafts() if d[1]["source_id"] != source_id])


def _stored(lang: str) -> None:
    st.divider()
    drafts = session.drafts()
    if drafts:
        st.subheader(say("import_drafts", lang))
        st.caption(say("import_drafts_help", lang))
        for figures, source in drafts:
            left, right = st.columns([5, 1])
            left.markdown(
                " · ".join(
                    [
                        f"**{literal(source['title'])}**",
                        literal(source["publisher"]),
                        f"{len(figures)} {say('rows', lang)}",
                    ]
                )
            )
            right.button(
                say("import_drop_draft", lang),
                key=f"imp_drop_{source['source_id']}",
                icon=":material/close:",
                on_click=_drop_draft,
                args=(source["source_id"],),
            )
    st.subheader(say("import_stored", lang))
    stored = list_imports(imports_dir(data_dir()))
    if not stored:
        st.caption(say("import_none_stored", lang))
    allowed = may_publish()
    for entry in stored:
        left, right = st.columns([5, 1])
        if entry.broken:
            left.markdown(f"⚠ {literal(entry.source_id)} · {literal(say('import_broken', lang, detail=entry.broken))}")
        else:
            left.markdown(
                " · ".join(
                    [
                        f"**{literal(entry.title)}**",
                        literal(entry.publisher),
                        literal(entry.published),
                        f"{entry.rows} {say('rows', lang)}",
                        literal(entry.document),
                    ]
                )
            )
        right.button(
            say("import_remove", lang),
            key=f"imp_remove_{entry.source_id}",
            icon=":material/delete:",
            on_click=_remove,
            args=(entry.source_id, lang),
            disabled=not allowed,
            help=None if allowed else say("import_editors_only", lang),
        )


def render(dataset: Dataset, view: View) -> None:
    lang = view.lang
    dataset = cached.dataset()  # the published data: a draft is checked against what every visitor sees
    limit = st.get_option("server.maxUploadSize")
    st.title(say("page_import", lang))
    st.caption(say("import_intro", lang, limit=limit))
    if "imp_said" in st.session_state:
        st.success(st.session_state.pop("imp_said"), icon=":material/check_circle:")
    if "imp_error" in st.session_state:
        st.error(literal(st.session_state.pop("imp_error")))
    upload = st.file_uploader(
        say("import_file", lang),
        type=["csv", "xlsx", "xls"],
        key=f"imp_file_{st.session_state.get('imp_attempt', 0)}",
        help=say("import_file_help", lang),
    )
    st.caption(say("import_file_limits", lang))  # in place of the uploader's own English words
    if upload is not None:
        source = _source_form(dataset, lang, upload)
        analysis = _analysis(upload, lang)
        if st.session_state.get("imp_reused"):
            st.info(
                say("import_reused", lang, title=literal(st.session_state["imp_reused"])), icon=":material/history:"
            )
        shown = importing.build(analysis, dataset, source, lang)
        st.subheader(say("import_mapping", lang))
        if shown.sheets:
            for tab, sheet in zip(st.tabs([literal(s.name) for s in shown.sheets]), shown.sheets):
                with tab:
                    _sheet(sheet, dataset, lang, shown)
        _findings(shown, lang)
        st.markdown(f"**{say('import_preview', lang, rows=shown.figures)}**")
        if len(shown.preview):
            st.dataframe(shown.preview, hide_index=True, width="stretch", height=280)
        _keep(analysis, source, lang)
    _stored(lang)


shell.page(render)
