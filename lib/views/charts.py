"""Chart builders: a tidy frame and options in, a Plotly figure out. No Streamlit here.

Every chart carries its title, its unit on the value axis and its source line inside the figure,
so a PNG exported from Plotly's toolbar still says where the numbers come from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from urllib.parse import quote

import pandas as pd
import plotly.graph_objects as go

from lib.formats import format_date, format_value, plotly_separators
from lib.model.dates import precision_of
from lib.model.vocabulary import Vocabulary
from lib.views.literal import plotly as escape
from lib.words import say

# Okabe–Ito: distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"


def source_line(rows: pd.DataFrame, sources: pd.DataFrame, lang: str = "id", limit: int = 2) -> str:
    """'Sumber: KASN via Okezone, 30 Juni 2020; …' for the sources behind these rows."""
    ids = list(dict.fromkeys(rows["source_id"]))
    table = sources.set_index("source_id")
    parts = []
    for source_id in ids[:limit]:
        if source_id not in table.index:
            parts.append(source_id)
            continue
        source = table.loc[source_id]
        published = pd.Timestamp(source["published"]) if source["published"] else pd.NaT
        parts.append(f"{source['outlet']}, {format_date(published, precision_of(source['published']), lang)}")
    if len(ids) > limit:
        parts.append(say("and_more", lang, n=len(ids) - limit))
    return say("source_line", lang, sources="; ".join(parts))


def series_label(row, outlets: Mapping[str, str], vocabulary: Vocabulary, lang: str) -> str:
    """How a breakdown's series is named in a legend: publisher, date and outlet (outlets: source_id → outlet)."""
    outlet = outlets.get(row["source_id"], row["source_id"])
    publisher = vocabulary.label("publisher", row["publisher"], lang)
    return f"{publisher} · {format_date(row['as_of'], row['as_of_precision'], lang)} ({outlet})"


def _figure(
    traces: list[dict],
    layout: dict,
    *,
    title: str,
    subtitle: str,
    source: str,
    lang: str,
    height: int,
    wrap: bool = False,
) -> go.Figure:
    """The figure from plain trace and layout dicts, with Netra's title block, legend and axes.

    Built in one constructor call: Plotly validates every property it is given, once, while each
    later update_* call costs milliseconds more, and charts are rebuilt on every rerun.
    The title carries the unit and source line, inside the figure, so an exported PNG still cites it.
    """
    for trace in traces:
        if trace.get("name") and len(trace["name"]) > LEGEND_LINE:
            trace["name"] = "<br>".join(wrapped(trace["name"], LEGEND_LINE))
    names = [str(trace.get("name") or "") for trace in traces if trace.get("showlegend") is not False]
    # The legend sits under the plot, where Plotly makes room for as many rows as the screen's width needs (over
    # the title it covered the subtitle on a phone); about 90 characters a row on a laptop.
    legend_rows = 0 if len(names) < 2 else -(-sum(len(n) + 6 for n in names) // 90)
    # Plotly does not wrap titles: lines are broken here, short enough for a phone.
    title_lines = wrapped(title, TITLE_LINE)
    small = [subtitle, source] if wrap else [f"{subtitle} · {source}"]
    small_lines = [line for text in small for line in wrapped(text, SMALL_LINE)]
    top = 30 + TITLE_PX * len(title_lines) + SMALL_PX * len(small_lines)
    is_map = any(trace.get("type") == "choropleth" for trace in traces)
    axes = (
        {} if is_map else {"xaxis": {**_AXIS, **layout.pop("xaxis", {})}, "yaxis": {**_AXIS, **layout.pop("yaxis", {})}}
    )
    heading = "<br>".join(f"<b>{escape(line)}</b>" for line in title_lines)
    small_print = "<br>".join(escape(line) for line in small_lines)
    return go.Figure(
        data=traces,
        layout={
            "title": {
                "text": f"{heading}<br><span style='font-size:12px;color:#555'>{small_print}</span>",
                "x": 0,
                "xanchor": "left",
                "y": 1,
                "yanchor": "top",
                "yref": "container",
                "pad": {"t": 18},
            },
            "font": {"family": FONT, "size": 14},
            "separators": plotly_separators(lang),
            "colorway": PALETTE,
            "height": height + top + 22 * legend_rows,
            "margin": {"l": 10, "r": 48, "t": top, "b": 40, **layout.pop("margin", {})},
            "showlegend": legend_rows > 0,
            "legend": {
                "orientation": "h",
                "yanchor": "top",
                "y": -0.16,
                "x": 0,
                "xanchor": "left",
                "title": None,
                "traceorder": "normal",
            },
            "plot_bgcolor": "white",
            "paper_bgcolor": "white",
            "hoverlabel": {"font": {"family": FONT}},
            **axes,
            **layout,
        },
    )


_AXIS = {"gridcolor": "#eee", "zerolinecolor": "#ccc"}
# Numbers on a value axis with the locale's thousands separator (2.000 beside a bar labelled 2.034).
VALUE_TICKS = {"tickformat": ","}
CAVEAT_COLOUR = "#8a4b00"
# Characters per line of a title, of the small print under it, and of a legend entry: what a phone's width holds.
TITLE_LINE, SMALL_LINE, LEGEND_LINE = 44, 58, 40
# Pixels per line of each: Plotly spaces every line of a title by the title's font, small print included.
TITLE_PX, SMALL_PX = 22, 20


def wrapped(text: str, width: int) -> list[str]:
    """Text broken into lines of at most `width` characters, at spaces (a longer word stands alone)."""
    lines, line = [], ""
    for word in str(text).split(" "):
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line]


def with_caveat(figure: go.Figure, text: str) -> go.Figure:
    """The figure with a line under its title saying how comparable its numbers are (so an exported image says it
    too); long text wraps, and the plot moves down to make room."""
    lines = wrapped(text, SMALL_LINE)
    extra = SMALL_PX * len(lines)
    block = "<br>".join(escape(x) for x in lines)
    layout = figure.layout
    figure.update_layout(
        title_text=f"{layout.title.text}<br><span style='font-size:12px;color:{CAVEAT_COLOUR}'>{block}</span>",
        margin_t=(layout.margin.t or 0) + extra,
        height=(layout.height or 400) + extra,
    )
    return figure


def _hover_value(values: pd.Series, unit: str, lang: str, approximate=None) -> list[str]:
    about = [False] * len(values) if approximate is None else list(approximate)
    return [format_value(v, unit, lang, a) for v, a in zip(values, about)]


def bar_breakdown(
    rows: pd.DataFrame,
    *,
    vocabulary: Vocabulary,
    sources: pd.DataFrame,
    title: str,
    unit_label: str,
    lang: str = "id",
    label_of=None,
    key_column: str = "category",
    series_of=None,
) -> go.Figure:
    """Horizontal bars, one per category; one colour per published series so sources sit side by side.

    customdata carries each bar's category key (or region code), for click-to-filter.
    """
    label_of = label_of or (lambda row: vocabulary.label(row["dimension"], row["category"], lang))
    outlets = dict(zip(sources["source_id"], sources["outlet"]))
    series_of = series_of or (lambda row: series_label(row, outlets, vocabulary, lang))
    records = rows.to_dict("records")  # label functions read a row as a mapping; dicts are cheap, iterrows is not
    # Labels and series names come from data; Plotly reads HTML in them, so they are escaped before anything.
    rows = rows.assign(label=[escape(label_of(r)) for r in records], series=[escape(series_of(r)) for r in records])
    # One series may state a label twice (a./b. sub-rows named alike under two parents): both are drawn, the
    # second as a series of its own, never one dropped or added to the other.
    repeat = rows.groupby(["series", "label"], sort=False).cumcount()
    rows["series"] = rows["series"].where(repeat == 0, rows["series"] + " (" + (repeat + 1).astype(str) + ")")
    order = rows.groupby("label", observed=True)["value"].max().sort_values().index.tolist()
    unit = str(rows["unit"].iloc[0]) if len(rows) else ""
    traces = []
    for series, group in rows.groupby("series", sort=False):
        group = group.set_index("label").reindex([o for o in order if o in set(group["label"])])
        traces.append(
            {
                "type": "bar",
                "y": group.index.tolist(),
                "x": group["value"].tolist(),
                "name": series,
                "orientation": "h",
                "customdata": group[key_column].astype(str).tolist(),
                "text": _hover_value(group["value"], unit, lang, group["approximate"]),
                "textposition": "outside",
                "cliponaxis": False,
                "hovertemplate": "%{y}: %{text}<extra>%{fullData.name}</extra>",
            }
        )
    layout = {
        "barmode": "group",
        "bargap": 0.25,
        "clickmode": "event+select",
        # Room on the right for the value printed after the longest bar.
        "xaxis": {"title": escape(unit_label), "range": [0, float(rows["value"].max() or 1) * 1.18], **VALUE_TICKS},
        "yaxis": {"categoryorder": "array", "categoryarray": order, "automargin": True},
    }
    height = max(260, 40 + 30 * len(order) * max(1, rows["series"].nunique()) ** 0.7)
    return _figure(
        traces,
        layout,
        title=title,
        subtitle=unit_label,
        source=source_line(rows, sources, lang),
        lang=lang,
        height=int(height),
    )


def snapshot_lines(
    rows: pd.DataFrame,
    *,
    names: Mapping[str, str],
    sources: pd.DataFrame,
    title: str,
    unit_label: str,
    lang: str = "id",
    days: Sequence[tuple[pd.Timestamp, str]] = (),
) -> go.Figure:
    """Running totals over time: one line per value of the rows' `line` column (named by `names`, in its order), a
    marker per published date; dates on the axis and in the hover in the reader's language; `days` (date, label)
    drawn as dashed vertical lines (an election's voting day)."""
    traces = []
    for key, name in names.items():
        # Two sources giving one value on one day are one point (and both stay in the sources line).
        line = rows[rows["line"] == key].sort_values("as_of").drop_duplicates(["as_of", "value"])
        if line.empty:
            continue
        traces.append(
            {
                "type": "scatter",
                "x": line["as_of"].tolist(),
                "y": line["value"].tolist(),
                "mode": "lines+markers",
                "name": escape(name),
                "text": _hover_value(line["value"], "", lang, line["approximate"]),
                "customdata": [format_date(w, p, lang) for w, p in zip(line["as_of"], line["as_of_precision"])],
                "marker": {"size": 9},
                "hovertemplate": "%{customdata}: %{text}<extra>%{fullData.name}</extra>",
            }
        )
    dates = rows["as_of"].dropna()
    first, last = dates.min(), dates.max()
    shown_days = [(d, label) for d, label in days if first - pd.Timedelta(days=45) <= d <= last + pd.Timedelta(days=45)]
    span = [min([first, *(d for d, _ in shown_days)]), max([last, *(d for d, _ in shown_days)])]
    ticks = date_ticks(span[0], span[1])
    layout = {
        "yaxis": {"title": escape(unit_label), "rangemode": "tozero", **VALUE_TICKS},
        "xaxis": {
            "tickvals": ticks,
            "ticktext": [format_date(t, "month", lang, short=True) for t in ticks],
            "range": [span[0] - pd.Timedelta(days=10), span[1] + pd.Timedelta(days=10)],
        },
        "shapes": [
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": d,
                "x1": d,
                "y0": 0,
                "y1": 1,
                "line": {"color": "#777", "width": 1.5, "dash": "dash"},
            }
            for d, _ in shown_days
        ],
        "annotations": [
            {
                "x": d,
                "xref": "x",
                "y": 1,
                "yref": "paper",
                "text": escape(label),
                "showarrow": False,
                # Right of the line: to its left the value axis's top label sat under it.
                "xanchor": "left",
                "xshift": 4,
                "yanchor": "top",
                "font": {"size": 12, "color": "#555"},
            }
            for d, label in shown_days
        ],
    }
    return _figure(
        traces,
        layout,
        title=title,
        subtitle=unit_label,
        source=source_line(rows, sources, lang),
        lang=lang,
        height=380,
    )


def date_ticks(first: pd.Timestamp, last: pd.Timestamp, most: int = 7) -> list[pd.Timestamp]:
    """Month starts between two dates, every 1, 2, 3, 6 or 12 months, as few as keep `most` ticks or fewer."""
    start = pd.Timestamp(first).to_period("M").to_timestamp()
    if start < first:
        start += pd.offsets.MonthBegin(1)
    months = (last.year - start.year) * 12 + last.month - start.month + 1
    step = next((s for s in (1, 2, 3, 6, 12, 24, 48) if months / s <= most), 96)
    if step >= 12 and start.month != 1:
        start = pd.Timestamp(year=start.year + 1, month=1, day=1)
    return list(pd.date_range(start, last, freq=f"{step}MS"))


def grouped_columns(
    rows: pd.DataFrame,
    *,
    x: str,
    color: str,
    x_labels: dict,
    color_labels: dict,
    sources: pd.DataFrame,
    title: str,
    unit_label: str,
    lang: str = "id",
    x_order: list | None = None,
    color_order: tuple = (),
    hatched: frozenset[str] = frozenset(),
) -> go.Figure:
    """Vertical columns of `x` groups, one colour per `color` value (e.g. measures per date, elections per measure).
    Columns whose x is `hatched` (a year counted only in part) are drawn hatched."""
    # A few columns, not the whole figures frame: each colour's group is copied.
    bars = pd.DataFrame(
        {
            "x": rows[x].astype(str),
            "color": rows[color].astype(str),
            "value": rows["value"],
            "about": rows["approximate"],
        }
    )
    x_order = x_order or list(dict.fromkeys(bars["x"]))
    present = list(dict.fromkeys(bars["color"]))
    traces = []
    for key in [k for k in color_order if k in present] + [k for k in present if k not in color_order]:
        group = bars[bars["color"] == key].drop_duplicates("x").set_index("x")
        group = group.reindex([k for k in x_order if k in set(group.index)])
        traces.append(
            {
                "type": "bar",
                "x": [escape(x_labels.get(k, k)) for k in group.index],
                "y": group["value"].tolist(),
                "name": escape(color_labels.get(key, key)),
                "text": _hover_value(group["value"], str(rows["unit"].iloc[0]), lang, group["about"]),
                "marker": {"pattern": {"shape": ["/" if k in hatched else "" for k in group.index]}},
                "textposition": "outside",
                "constraintext": "none",  # every label in the chart's type: Plotly would shrink those over narrow bars
                "cliponaxis": False,
                "hovertemplate": "%{x}: %{text}<extra>%{fullData.name}</extra>",
            }
        )
    layout = {
        "barmode": "group",
        "yaxis": {"title": escape(unit_label), "rangemode": "tozero", **VALUE_TICKS},
        "xaxis": {
            "type": "category",
            "categoryorder": "array",
            "categoryarray": [escape(x_labels.get(k, k)) for k in x_order],
        },
    }
    return _figure(
        traces, layout, title=title, subtitle=unit_label, source=source_line(rows, sources, lang), lang=lang, height=380
    )


# Plotly's geo maps fetch a world topology for their base layers (land, coasts) even when every layer is hidden;
# Netra draws its own boundaries, so an empty topology, inlined as a data: address, stands in and nothing is fetched
# (Plotly appends the file name after the '#', which a data: address ignores).
_LAYERS = ("land", "ocean", "lakes", "rivers", "countries", "subunits", "coastlines")
_TOPOLOGY = {
    "type": "Topology",
    "objects": {k: {"type": "GeometryCollection", "geometries": []} for k in _LAYERS},
    "arcs": [],
}
EMPTY_TOPOLOGY = "data:application/json," + quote(json.dumps(_TOPOLOGY, separators=(",", ":"))) + "#"

# Sequential, single hue (Okabe–Ito blue at the dark end): order reads at a glance, colour-blind safe.
MAP_SCALE = [[0, "#deebf7"], [0.5, "#6baed6"], [1, "#08306b"]]
NO_DATA = "#d9d9d9"


def choropleth(
    values: pd.DataFrame,
    *,
    geojson: dict,
    no_data_geojson: dict,
    extent: tuple[float, float, float, float],
    value_column: str,
    hover: list[str],
    no_data_hover: list[str],
    marked: set[str],
    title: str,
    unit_label: str,
    no_data_label: str,
    sources: pd.DataFrame,
    lang: str = "id",
    height: int = 520,
) -> go.Figure:
    """A choropleth on Plotly's geo subplot, framed on `extent` (west, south, east, north) at whatever width the
    screen gives it (a phone shows all of Indonesia too); no base map is drawn or fetched (see EMPTY_TOPOLOGY).

    Regions without a figure are grey and named as such, never zero; `marked` regions get a thick outline.
    customdata carries each region's code, for click-to-filter.
    """
    codes = values["region_code"].astype(str).tolist()
    traces = []
    none_codes = [f["id"] for f in no_data_geojson["features"]]
    if none_codes:
        traces.append(
            {
                "type": "choropleth",
                "geojson": no_data_geojson,
                "locations": none_codes,
                "z": [0] * len(none_codes),
                "customdata": none_codes,
                "colorscale": [[0, NO_DATA], [1, NO_DATA]],
                "showscale": False,
                "name": escape(no_data_label),
                "marker": _outlines(none_codes, marked),
                "text": no_data_hover,
                "hovertemplate": "%{text}<extra></extra>",
            }
        )
    traces.append(
        {
            "type": "choropleth",
            "geojson": geojson,
            "locations": codes,
            "z": values[value_column].tolist(),
            "customdata": codes,
            "colorscale": MAP_SCALE,
            "zmin": 0,
            "zmax": float(values[value_column].max()) if len(values) else 1,
            "name": escape(unit_label),
            "marker": _outlines(codes, marked),
            # Under the map, across it: a phone keeps its whole width for the map.
            "colorbar": {
                "title": {"text": escape(unit_label), "side": "top"},
                "orientation": "h",
                "thickness": 12,
                "len": 0.6,
                "x": 0,
                "xanchor": "left",
                "y": -0.02,
                "yanchor": "top",
                "separatethousands": True,
            },
            "text": hover,
            "hovertemplate": "%{text}<extra></extra>",
        }
    )
    west, south, east, north = extent
    pad_x, pad_y = (east - west) * 0.01, (north - south) * 0.02
    layout = {
        # The frame takes the regions' own shape (their longitude and latitude ranges) and Plotly scales it to the
        # width it gets, so every region is drawn on any screen.
        "geo": {
            "visible": False,
            "projection": {"type": "mercator"},
            "lonaxis": {"range": [west - pad_x, east + pad_x]},
            "lataxis": {"range": [south - pad_y, north + pad_y]},
            "bgcolor": "white",
        },
        "clickmode": "event+select",
        "dragmode": False,
        "margin": {"l": 0, "r": 0, "b": 70},
    }
    return _figure(
        traces,
        layout,
        title=title,
        subtitle=f"{unit_label} · {no_data_label}",
        source=source_line(values, sources, lang, limit=1),
        lang=lang,
        height=height,
        wrap=True,
    )


def _outlines(codes: list[str], marked: set[str]) -> dict:
    return {
        "line": {
            "color": ["#000000" if c in marked else "white" for c in codes],
            "width": [2.5 if c in marked else 0.6 for c in codes],
        }
    }
