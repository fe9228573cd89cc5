from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

from lib.export import citation
from lib.model.filters import Filters
from lib.views import sharing
from lib.views.state import View, choices, view_from_params

DAY = datetime(2026, 11, 23, tzinfo=UTC)


def test_the_link_reopens_the_view_on_the_page_the_browser_is_on(dataset):
    view = view_from_params({"election": "Pilkada 2020", "region": "32", "lang": "en"}, choices(dataset))
    address = sharing.link(view, "https://netra.example.id/tren?stale=1")
    parts = urlsplit(address)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "netra.example.id", "/tren")
    assert parse_qs(parts.query) == {"region": ["32"], "lang": ["en"]}  # the default election is left out
    assert view_from_params({k: v[0] for k, v in parse_qs(parts.query).items()}, choices(dataset)) == view


def test_the_embed_snippet_is_an_iframe_of_the_view_in_embedded_mode(dataset):
    view = View(filters=Filters(election=("Pilkada 2020",)))
    snippet = sharing.embed(view, "https://netra.example.id/peta", "id")
    assert snippet.startswith('<iframe src="https://netra.example.id/peta?') and "embed=true" in snippet
    assert 'title="Netra: statistik netralitas ASN"' in snippet


def test_file_names_say_what_is_in_them(dataset):
    filters = Filters(election=("Pilkada 2020",), region=("32",))
    assert sharing.file_stem(dataset, filters, DAY) == "netra_pilkada-2020_jawa-barat_2026-11-23"
    assert sharing.slug("Kab. Tana Toraja / <b>") == "kab-tana-toraja-b"


def test_the_citation_carries_the_link(dataset):
    said = citation("pemilihan: Pilkada 2020", "id", "https://netra.example.id/?election=Pilkada+2020", DAY)
    assert said.startswith("Netra, statistik pelanggaran netralitas ASN (pemilihan: Pilkada 2020), diunduh 2026-11-23")
    assert said.endswith("Tampilan: https://netra.example.id/?election=Pilkada+2020")
