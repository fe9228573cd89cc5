"""Every screen, every option, both languages (AppTest): no exception, and no word of the other language outside
proper names (outlets, titles of documents, places, the data's own notes as published).

What a person reads is gathered from the page as Streamlit sends it: text, labels, options, help, table headers,
and each chart's title, axes, legend and notes."""

from __future__ import annotations

import json
import re

import pytest
from google.protobuf.json_format import MessageToDict

from lib.maps.regions import series_options
from lib.model.filters import Filters
from lib.views import breakdowns, presenter
from tests.app.conftest import open_app
from tests.shipped import DATASET

# Words only one of the two languages uses in running text (the dashboard's own words, not the data's names).
ENGLISH = set(
    re.findall(
        r"\w+",
        """the and of to from with by figures figure source sources reported proven violations cases share shares
        count counts download chart table map trends overview breakdowns about import region regions election
        elections publisher year all filters reset link copy view newest each not one series differing scope kind
        voting day computed approximate partial hatched since before change measure unit note category level
        province regencies cities language presenter next previous auto advance refreshed undo click embed is are
        was were this that these those in on at as it its than only more most less into under over both they sum
        types top their which""",
    )
)
INDONESIAN = set(
    re.findall(
        r"\w+",
        """dan yang dari untuk dengan tidak oleh pada atau sumber angka tahun wilayah pemilihan penerbit semua unduh
        grafik tabel peta tren rincian tentang impor kasus orang dilaporkan terbukti sejak sebelumnya terbaru
        perubahan bukan seri berbeda cakupan jenis sebagian arsir dihitung perkiraan sekitar hari pemungutan suara
        bagikan tautan salin sematkan batalkan klik ukuran satuan catatan kategori tingkat provinsi bahasa
        presentasi berikutnya otomatis diperbarui ini itu akan adalah juga sudah belum masih lain lebih hanya bagi
        dalam ke di se""",
    )
)
FOREIGN = {"id": ENGLISH, "en": INDONESIAN}
# Texts that are names or published words in their own language: the documents' titles and outlets (link buttons,
# source columns), addresses, and the Indonesian names the English interface keeps on purpose.
NAMED = {"LinkButton", "Html"}  # Html: Netra's own stylesheet and key script
KEEP = re.compile(
    r"<style>.*?</style>|https?://\S+|<[^>]+>|\([^)]*\b(?:kab/kota|camat/lurah|jabatan|instansi)\b[^)]*\)", re.I | re.S
)


def texts(at) -> list[tuple[str, str]]:
    """(element type, text) for everything readable on the page."""
    found = []

    def walk(node):
        for child in getattr(node, "children", {}).values():
            kind = type(child).__name__
            proto = getattr(child, "proto", None)
            if proto is not None and kind not in NAMED:
                found.extend((kind, t) for t in _strings(MessageToDict(proto), kind))
            walk(child)

    walk(at._tree)
    return found


def _strings(message: dict, kind: str):
    for key, value in message.items():
        if key == "spec":  # a Plotly figure: what a reader sees of it
            yield from _chart_texts(json.loads(value))
        elif key in ("body", "label", "help", "placeholder", "content", "text") and isinstance(value, str):
            yield value
        elif key == "options" and isinstance(value, list):
            yield from (o if isinstance(o, str) else o.get("content", "") for o in value)
        elif isinstance(value, dict):
            yield from _strings(value, kind)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    yield from _strings(item, kind)


def _chart_texts(figure: dict):
    layout = figure.get("layout", {})
    yield layout.get("title", {}).get("text", "")
    for axis in ("xaxis", "yaxis"):
        title = layout.get(axis, {}).get("title", {})
        yield title.get("text", "") if isinstance(title, dict) else str(title)
        yield from (str(t) for t in layout.get(axis, {}).get("ticktext", []))
    yield from (a.get("text", "") for a in layout.get("annotations", []))
    yield from (str(trace.get("name", "")) for trace in figure.get("data", []))


def proper_names(lang: str) -> list[str]:
    """Names and published wording that stand as they are: outlets and document titles, places, the languages'
    own names, licences, and the published lists the About page quotes in this language."""
    sources = DATASET.sources
    names = [*sources["outlet"], *sources["title"], *DATASET.gazetteer.frame()["name"], "Bahasa Indonesia", "CC BY"]
    names += list(DATASET.reference[f"text_{lang}"])
    return sorted({str(n) for n in names if str(n).strip()}, key=len, reverse=True)


def foreign_words(at, lang: str) -> list[tuple[str, str, str]]:
    """(element, word, text) for each word of the other language in what the page shows."""
    names = proper_names(lang)
    flagged = []
    for kind, text in texts(at):
        plain = KEEP.sub(" ", text)
        lowered = plain.lower()
        for name in names:
            if name.lower() in lowered:
                plain = re.sub(re.escape(name), " ", plain, flags=re.I)
                lowered = plain.lower()
        for word in re.findall(r"[A-Za-z]+", plain):
            if word.lower() in FOREIGN[lang]:
                flagged.append((kind, word, text[:120]))
    return flagged


def screens():
    """Every page with every option a person can pick there."""
    for election in [*DATASET.vocabulary.keys("election"), ""]:
        yield "pages/ringkasan.py", {"election": election}
        yield "pages/tren.py", {"election": election}
    for by in breakdowns.dimensions(DATASET):
        yield "pages/rincian.py", {"by": by}
    for level in ("province", "regency"):
        for series in series_options(Filters(election=("Pilkada 2020",)).apply(DATASET.figures), level)[:4]:
            yield "pages/peta.py", {"level": level, "series": series.key}
    yield "pages/peta.py", {"level": "regency", "region": "73"}
    yield "pages/data.py", {}
    yield "pages/impor.py", {}
    yield "pages/tentang.py", {}
    for slide in range(len(presenter.SLIDES)):
        yield None, {"present": "1", "slide": str(slide), "election": "Pilkada 2020"}


SCREENS = list(screens())


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "page, params", SCREENS, ids=[f"{p}-{'&'.join(f'{k}={v}' for k, v in q.items())}" for p, q in SCREENS]
)
def test_every_screen_runs_and_speaks_one_language(page, params, lang):
    at = open_app({**params, "lang": lang}, page)
    assert not at.exception and not at.error, [e.value for e in (*at.exception, *at.error)]
    assert foreign_words(at, lang) == []
