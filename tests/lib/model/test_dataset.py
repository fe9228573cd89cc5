"""The shipped data: loads clean, and its numbers are the published ones."""

import pandas as pd
import pytest

from lib.model.dataset import load_dataset
from lib.model.figures import filter_figures


def one(figures, **match) -> float:
    rows = figures
    for column, value in match.items():
        rows = (
            rows[rows[column].astype(str) == str(value)]
            if column != "as_of"
            else rows[rows["as_of"] == pd.Timestamp(value)]
        )
    assert len(rows) == 1, (match, rows[["figure_id", "value"]])
    return rows["value"].iloc[0]


def test_shipped_data_loads_without_findings(dataset):
    assert [f.text("en") for f in dataset.findings] == []
    assert len(dataset.figures) > 350


def test_dtypes_are_explicit(dataset):
    f = dataset.figures
    for column in ("publisher", "election", "measure", "unit", "dimension", "category", "region_code"):
        assert isinstance(f[column].dtype, pd.CategoricalDtype), column
    assert f["value"].dtype == "float64"
    assert pd.api.types.is_datetime64_any_dtype(f["as_of"])
    assert f["disputed"].dtype == bool


def test_every_figure_traces_to_a_source_with_a_url_or_document(dataset):
    sources = dataset.sources.set_index("source_id")
    assert set(dataset.figures["source_id"]) <= set(sources.index)
    cited = sources.loc[sorted(set(dataset.figures["source_id"]))]
    assert ((cited["url"] != "") | (cited["document"] != "")).all()


def test_every_numbered_fact_with_a_number_is_shipped(dataset):
    """Facts #14 (a ranking without counts) is the only numbered row with no number to ship."""
    shipped = {fid.split("-")[0] for fid in dataset.figures["figure_id"]}
    expected = {f"F{n:02d}" for n in range(1, 69)} - {"F14"}
    assert expected <= shipped


def test_west_java_bawaslu_cases_107_85_22_from_both_sources(dataset):
    jabar = filter_figures(dataset.figures, region="32", election="Pilkada 2020", unit="cases")
    for source in ("jabarekspres-20201021", "seed-webinar-jagaasn"):
        rows = jabar[jabar["source_id"] == source]
        assert one(rows, measure="suspected") == 107
        assert one(rows, measure="violations", dimension="none") == 85
        assert one(rows, measure="not_violation") == 22
        kinds = rows[rows["dimension"] == "violation_kind"].set_index("category")["value"]
        assert kinds.to_dict() == {"administrative": 41, "code_of_ethics": 12, "asn_neutrality": 32}
        assert kinds.sum() == 85


def test_west_java_trend_counts_from_the_webinar(dataset):
    rows = dataset.figures[
        (dataset.figures["source_id"] == "seed-webinar-jagaasn") & (dataset.figures["unit"] == "asn")
    ]
    counts = rows.set_index("category")["value"].to_dict()
    assert counts == {
        "support_candidate": 23,
        "gathering": 26,
        "campaign_props": 34,
        "party_approach": 81,
        "social_media": 112,
    }


def test_position_level_shares_pinned_to_their_sources(dataset):
    f = dataset.figures[dataset.figures["dimension"] == "position_level"]
    kasn_june = f[f["source_id"] == "okezone-20200630"].set_index("category")["value"].to_dict()
    assert kasn_june == {"jpt": 36, "fungsional": 17, "administrator": 13, "pelaksana": 12, "kepala_wilayah": 7}
    webinar = f[f["source_id"] == "seed-webinar-jagaasn"].set_index("category")["value"].to_dict()
    assert webinar == {"jpt": 27.6, "fungsional": 25.4, "administrator": 14.3, "pelaksana": 12.7, "kepala_wilayah": 9}
    bkn = f[f["source_id"] == "detikfinance-202011"].set_index("category")["value"].to_dict()
    assert bkn == {"fungsional": 25.7, "jpt": 22.8, "administrator": 14.6, "pelaksana": 12.9, "kepala_wilayah": 11.5}


def test_kasn_pilkada_2020_funnel(dataset):
    kasn = filter_figures(
        dataset.figures, publisher="KASN", election="Pilkada 2020", region="ID", unit="asn", dimension="none"
    )
    dec = kasn[kasn["as_of"] == pd.Timestamp("2020-12-21")].set_index("measure")["value"]
    assert (dec["reported"], dec["recommended"], dec["followed_up"]) == (1305, 872, 635)
    final = kasn[kasn["source_id"] == "antarajabar-20240206"].set_index("measure")["value"]
    assert (final["reported"], final["proven"], final["followed_up"]) == (2034, 1597, 1450)
    # The same snapshot's partitions add up, as the facts file says they do.
    dec21 = kasn[kasn["source_id"] == "detik-20211216"].set_index("measure")["value"]
    assert dec21["recommended"] + dec21["not_proven"] + dec21["incomplete"] == dec21["reported"]


def test_the_eight_west_java_pilkada_2020_regions(dataset):
    regions = dataset.pilkada_regions
    assert len(regions) == 8
    assert set(regions["region_code"]) == {"32.02", "32.03", "32.04", "32.06", "32.12", "32.15", "32.18", "32.76"}


def test_reference_content_has_principles_stages_reasons_and_law(dataset):
    sections = dataset.reference.groupby("section").size()
    assert sections["principle"] == 6
    assert set(dataset.reference.query("section == 'stage_area'")["topic"]) == {
        "pre_stage",
        "registration",
        "candidacy",
        "post_result",
    }
    assert sections["reason"] >= 13
    law = " ".join(dataset.reference.query("section == 'legal_basis'")["text_id"])
    assert "Pasal 2 huruf f" in law and "Pasal 9 ayat (2)" in law
    assert set(dataset.reference["source_id"]) <= set(dataset.sources["source_id"])


def test_disputed_figures_are_kept_not_corrected(dataset):
    f = dataset.figures
    proven = f[(f["measure"] == "proven") & (f["status"] == "final") & (f["unit"] == "asn")]
    assert sorted(proven["value"]) == [1596, 1597]
    assert proven["disputed"].all()


@pytest.mark.parametrize(
    "column, value, expected_in_message",
    [
        ("value", "12a", "'12a'"),
        ("region_code", "99.99", "Kemendagri code"),
        ("as_of", "21/12/2020", "YYYY-MM-DD"),
        ("measure", "guessed", "one of: reported"),
        ("unit", "orang", "one of: asn"),
    ],
)
def test_a_malformed_data_file_names_file_row_and_column(data_copy, column, value, expected_in_message):
    path = data_copy / "figures.csv"
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table.loc[4, column] = value
    table.to_csv(path, index=False)
    loaded = load_dataset(data_copy)
    errors = [f for f in loaded.findings if f.level == "error"]
    assert len(errors) == 1
    text = errors[0].text("en")
    assert text.startswith("error: figures.csv, row 6, column '" + column + "'")
    assert expected_in_message in text
    assert "baris 6" in errors[0].text("id") and "kolom" in errors[0].text("id")
    # Only the broken row is left out; the rest still loads.
    assert len(loaded.figures) == len(table) - 1


def test_a_missing_column_or_file_is_reported_not_raised(data_copy):
    (data_copy / "figures.csv").write_text("figure_id,value\nX,1\n", encoding="utf-8")
    (data_copy / "reference.csv").unlink()
    loaded = load_dataset(data_copy)
    texts = [f.text("en") for f in loaded.findings]
    assert any("reference.csv: file not found" in t for t in texts)
    assert any("column 'source_id': required column 'source_id' is missing" in t for t in texts)
    assert loaded.figures.empty and not loaded.sources.empty


def test_a_name_that_does_not_match_its_code_is_an_error(data_copy):
    path = data_copy / "figures.csv"
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    row = table.index[table["region_code"] == "32.04"][0]
    table.loc[row, "region_name"] = "Kota Bandung"
    table.to_csv(path, index=False)
    [error] = load_dataset(data_copy).errors
    assert "does not match code 32.04 ('Kabupaten Bandung')" in error.text("en")
