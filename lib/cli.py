"""Netra on the command line: python -m lib.cli {datasets,validate,export,parse}.

Findings go to stderr in the chosen language; the exit code is 1 when a file has errors.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from lib.datasets import load_dataset
from lib.export import build_extract, to_csv_bytes, to_xlsx_bytes
from lib.filters import Filters
from lib.parse import parse_file
from lib.schema import FIGURE_COLUMNS
from lib.vocabulary import load_vocabulary


def _report(findings, lang: str) -> int:
    """Print findings to stderr; 1 if any is an error."""
    for finding in findings:
        print(finding.text(lang), file=sys.stderr)
    return 1 if any(f.level == "error" for f in findings) else 0


def cmd_datasets(args) -> int:
    dataset = load_dataset()
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
    dataset = load_dataset(Path(args.data_dir)) if args.data_dir else load_dataset()
    status = _report(dataset.findings, args.lang)
    if status == 0:
        print(f"{len(dataset.figures)} figures, {len(dataset.sources)} sources: OK", file=sys.stderr)
    return status


def cmd_export(args) -> int:
    dataset = load_dataset()
    filters = Filters(
        election=tuple(args.election or ()), publisher=tuple(args.publisher or ()),
        region=tuple(args.region or ()), dimension=tuple(args.dimension or ()),
    )
    extract = build_extract(filters.apply(dataset.figures), dataset.sources, load_vocabulary(), args.lang)
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
    dataset = load_dataset()
    result = parse_file(Path(args.file), known_sources=dataset.sources, sheet=args.sheet)
    if result.ok:
        tidy = build_extract(result.figures, pd.concat([dataset.sources, result.sources]).drop_duplicates("source_id"),
                             load_vocabulary(), args.lang)[FIGURE_COLUMNS]
        tidy.to_csv(sys.stdout, index=False, lineterminator="\n")
    return _report(result.findings, args.lang)


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
