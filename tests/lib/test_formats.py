import pandas as pd

from lib.formats import format_date, format_number, format_value


def test_indonesian_and_english_number_formats():
    assert format_number(1305, "id") == "1.305"
    assert format_number(78.5, "id") == "78,5"
    assert format_number(1305, "en") == "1,305"
    assert format_number(78.5, "en") == "78.5"
    assert format_number(50.76, "id") == "50,76"
    assert format_value(21.5, "percent", "id") == "21,5%"


def test_dates_only_as_precise_as_the_source():
    assert format_date(pd.Timestamp("2020-12-21"), "day", "id") == "21 Desember 2020"
    assert format_date(pd.Timestamp("2022-08-01"), "month", "en") == "August 2022"
    assert format_date(pd.Timestamp("2022-01-01"), "year", "en") == "2022"
    assert format_date(pd.NaT, "unknown", "id") == "tanggal tidak disebut"
