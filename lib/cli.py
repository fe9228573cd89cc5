"""Netra on the command line: python -m lib.cli {datasets,validate,export,parse}.

Findings go to stderr in the chosen language; the exit code is 1 when a file has errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lib.export import build_extract, to_csv_bytes, to_xlsx_bytes
from lib.importing.engine import Answers, Mapping, analyse, merge_answers, replay, tidy_csv
from lib.importing.store import load_served
from lib.model.filters import Filters
from lib.model.findings import Finding
from lib.paths import data_dir


def _report(findings, lang: str) -> int:
    """Print findings to stderr; 1 if any is an error."""
    for finding in findings:
        print(finding.text(lang), file=sys.stderr)
    return 1 if any(f.level == "error" for f in findings) else 0


def cmd_datasets(args) -> int:
    dataset = load_served(data_dir())
    counts = dataset.figures.groupby("source_id").agg(
        figures=("figure_id", "size"),
        elections=("election", lambda s: ", ".join(sorted(set(s.astype(str))))),
        measures=("measure", lambda s: ", ".join(sorted(set(s.astype(str))))),
    )
    table = dataset.sources.join(counts, on="source_id")
    table["figures"] = table["figures"].fillna(0).astype(int)
    columns = ["source_id", "publisher", "outlet", "published", "figures", "elections", "title", "url"]
    table[columns].fillna("").to_csv(sys.stdout, index=False, lineterminator="\n")
    return _report(dataset.findings, args.lang)


def cmd_validate(args) -> int:
    dataset = load_served(Path(args.data_dir) if args.data_dir else data_dir())
    status = _report(dataset.findings, args.lang)
    if status == 0:
        print(f"{len(dataset.figures)} figures, {len(dataset.sources)} sources: OK", file=sys.stderr)
    return status


def cmd_export(args) -> int:
    dataset = load_served(data_dir())
    filters = Filters(
        election=tuple(args.election or ()),
        publisher=tuple(args.publisher or ()),
        region=tuple(args.region or ()),
        dimension=tuple(args.dimension or ()),
    )
    extract = build_extract(
        filters.apply(dataset.figures), dataset.sources, dataset.vocabulary, args.lang, dataset.contradictions
    )
    description = filters.describe(args.lang)
    if args.format == "xlsx":
        if not args.output:
            print("--format xlsx needs -o FILE", file=sys.stderr)
            return 2
        Path(args.output).write_bytes(to_xlsx_bytes(extract, dataset.sources, description, args.lang))
    else:
        data = to_csv_bytes(extract, description)
        if args.output:
            Path(args.output).write_bytes(data)
        else:
            sys.stdout.write(data.decode("utf-8-sig"))
    return _report(dataset.findings, args.lang)


def cmd_parse(args) -> int:
    """The same engine as the Impor page: tidy rows on stdout (formula-safe unless --raw), findings on stderr, exit 1
    on errors. --mapping replays a mapping saved with --save-mapping (or stored with an import)."""
    dataset = load_served(data_dir())
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError:
        return _report([Finding("error", "missing_file", str(path))], args.lang)
    mapping = Mapping(
        sheet=args.sheet or "",
        publisher=args.publisher or "",
        election=args.election or "",
        as_of=args.as_of or "",
        measure=args.measure or "",
        unit=args.unit or "",
        source_id=args.source_id,
    )
    if args.mapping:
        mapping = replay(json.loads(Path(args.mapping).read_text(encoding="utf-8")), mapping)
    answers = Answers(
        header_rows=tuple(args.header_rows) if args.header_rows else None,
        roles=dict(_pair(r, int) for r in args.role or ()),
        rows=args.rows or "",
        columns={
            int(index): dict(_pair(p) for p in said.split(","))
            for index, _, said in (c.partition(":") for c in args.column or ())
        },
        regions=dict(_pair(r) for r in args.region or ()),
    )
    if answers != Answers():
        mapping = merge_answers(mapping, args.sheet or "", answers)
    analysis = analyse(data, path.name, mapping, dataset)
    if not analysis.errors:
        sys.stdout.write(tidy_csv(analysis.figures, raw=args.raw).decode("utf-8"))
    if args.save_mapping:
        Path(args.save_mapping).write_text(
            json.dumps(analysis.recipe(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return _report(analysis.findings, args.lang)


def _pair(text: str, key_type=str) -> tuple:
    key, _, value = text.partition("=")
    return key_type(key.strip()), value.strip()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lib.cli", description="Netra: ASN neutrality violation statistics")
    parser.add_argument("--lang", choices=["id", "en"], default="id", help="language of labels and messages")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("datasets", help="the sources and what each contributes").set_defaults(run=cmd_datasets)
    validate = commands.add_parser("validate", help="check the data files")
    validate.add_argument("--data-dir", help="a folder laid out like data/")
    validate.set_defaults(run=cmd_validate)
    export = commands.add_parser("export", help="the filtered figures with their sources")
    export.add_argument("--election", action="append")
    export.add_argument("--publisher", action="append")
    export.add_argument("--region", action="append", help="region code, e.g. 32 or 32.04")
    export.add_argument("--dimension", action="append")
    export.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    export.add_argument("-o", "--output")
    export.set_defaults(run=cmd_export)
    parse = commands.add_parser("parse", help="the tidy rows a CSV/XLSX file would add")
    parse.add_argument("file")
    parse.add_argument("--sheet")
    parse.add_argument("--format", choices=["csv"], default="csv")
    parse.add_argument("--publisher", help="for a printed table or case list, e.g. KASN")
    parse.add_argument("--election", help="e.g. 'Pilkada 2020'")
    parse.add_argument("--as-of", help="YYYY-MM-DD, YYYY-MM or YYYY")
    parse.add_argument("--measure", help="what the numbers count where no heading or label says, e.g. reported")
    parse.add_argument("--unit", help="their unit where no heading or label says: asn, cases, persons or percent")
    parse.add_argument(
        "--rows",
        "--dimension",
        dest="rows",
        help="what row labels are: a dimension (violation_type…), 'measure', or 'none'",
    )
    parse.add_argument(
        "--column",
        action="append",
        metavar="N:KEY=VALUE,…",
        help="a column's meaning, e.g. 3:measure=findings,unit=cases (0-based)",
    )
    parse.add_argument("--mapping", metavar="FILE", help="replay a mapping saved with --save-mapping")
    parse.add_argument("--save-mapping", metavar="FILE", help="write the mapping used, to replay on next month's file")
    parse.add_argument("--raw", action="store_true", help="do not make text that could run as a formula inert")
    parse.add_argument(
        "--header-rows", nargs=2, type=int, metavar=("FIRST", "LAST"), help="correct the detected header rows"
    )
    parse.add_argument(
        "--role", action="append", metavar="COLUMN=ROLE", help="correct a column's role, e.g. 2=ignore (0-based)"
    )
    parse.add_argument(
        "--region", action="append", metavar="SPELLING=CODE", help="choose a region, e.g. 'Bandung=32.73'"
    )
    parse.add_argument("--source-id", default="import-cli", help="id the rows cite")
    parse.set_defaults(run=cmd_parse)
    for sub in (export, parse, validate):
        sub.add_argument("--lang", choices=["id", "en"], default=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # `| head` closed the pipe: not an error of ours
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
