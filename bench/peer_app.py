"""A peer dashboard for `make bench`, written the way Streamlit's own dashboard template is: a cached CSV loader,
a slider, `st.metric` cards and one `st.line_chart`. Its ~10,000 rows are SYNTHETIC (a seeded random walk
written by bench/run.py), never shipped as data."""

import sys

import pandas as pd
import streamlit as st

st.set_page_config(page_title="Peer dashboard (synthetic)", layout="wide")


@st.cache_data
def load(path: str) -> pd.DataFrame:
    return pd.read_csv(path, parse_dates=["date"])


data = load(sys.argv[1])
st.title("Peer dashboard (synthetic data)")
first, last = int(data["year"].min()), int(data["year"].max())
years = st.slider("Years", first, last, (first, last))
shown = data[data["year"].between(*years)]
columns = st.columns(4)
for column, name in zip(columns, ["alpha", "beta", "gamma", "delta"], strict=True):
    series = shown[shown["series"] == name]["value"]
    column.metric(name, f"{series.iloc[-1]:,.0f}", f"{series.iloc[-1] - series.iloc[0]:+,.0f}", border=True)
st.line_chart(shown, x="date", y="value", color="series", height=320)
