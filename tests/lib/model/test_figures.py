import pandas as pd
import pytest

from lib.model.figures import filter_figures, latest, safe_total
from lib.model.findings import NetraError


def test_persons_and_cases_are_never_added(dataset):
    bawaslu = dataset.figures[dataset.figures["source_id"] == "republika-20201227"]
    forwarded = bawaslu[bawaslu["measure"] == "forwarded"]
    assert set(forwarded["unit"]) == {"asn", "cases"}
    with pytest.raises(NetraError, match="cannot add different units"):
        safe_total(forwarded)


def test_cumulative_snapshots_are_never_summed_across_dates(dataset):
    reported = filter_figures(
        dataset.figures, publisher="KASN", election="Pilkada 2020", measure="reported", region="ID", unit="asn"
    )
    assert reported["as_of"].nunique() > 3
    with pytest.raises(NetraError, match="cumulative figures from different dates"):
        safe_total(reported)


def test_percentages_are_never_summed(dataset):
    shares = dataset.figures[
        (dataset.figures["source_id"] == "okezone-20200630") & (dataset.figures["unit"] == "percent")
    ]
    with pytest.raises(NetraError, match="percentages"):
        safe_total(shares)


def test_parts_of_one_published_breakdown_add_up(dataset):
    sanctions = dataset.figures[
        (dataset.figures["dimension"] == "sanction") & (dataset.figures["source_id"] == "mediaindonesia-20201221")
    ]
    assert safe_total(sanctions) == 872


def test_the_error_speaks_indonesian_too(dataset):
    rows = dataset.figures[dataset.figures["source_id"] == "republika-20201227"]
    with pytest.raises(NetraError) as info:
        safe_total(rows[rows["measure"] == "forwarded"])
    assert "ASN dan kasus bukan hal yang sama" in info.value.text("id")


def test_latest_keeps_the_newest_snapshot_per_publisher(dataset):
    kasn = filter_figures(
        dataset.figures,
        publisher="KASN",
        election="Pilkada 2020",
        measure="reported",
        region="ID",
        unit="asn",
        dimension="none",
    )
    newest = latest(kasn)
    assert newest["as_of"].max() == pd.Timestamp("2024-02-06")
    assert newest["value"].tolist() == [2034]


def test_province_filter_keeps_its_kabupaten_kota(dataset):
    jabar = filter_figures(dataset.figures, region="32")
    assert {"32", "32.04", "32.76"} <= set(jabar["region_code"].astype(str))
    assert not jabar["region_code"].astype(str).str.startswith("33").any()


def test_latest_orders_dates_by_the_last_day_they_cover(dataset):
    # KASN, Pemilu 2019: 128 cases to 15 Apr 2019 (Antara), 137 for 'Jan-Apr 2019' (Harian Jogja): April ends later.
    kasn = filter_figures(
        dataset.figures, publisher="KASN", election="Pemilu 2019", measure="reported", region="ID", dimension="none"
    )
    assert latest(kasn)["value"].tolist() == [137]
