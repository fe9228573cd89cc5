from lib.model.filters import Filters
from lib.views import data


def test_the_extract_is_labelled_and_carries_its_sources(dataset):
    shown = data.build(dataset, Filters(election=("Pilkada 2020",), region=("32",)), "en")
    assert shown.description == "election: Pilkada 2020; region: 32"
    assert shown.caption == f"{shown.description} · {len(shown.extract)} rows"
    assert set(data.SHOWN) <= set(shown.extract.columns) and set(shown.headers) == set(data.SHOWN)
    assert shown.extract["source_title"].notna().all()
    assert shown.headers["measure_label"] == "Measure"
