"""Charts, defined once: the Plotly figures of the report, the alignment page and the dyad page
(the report's PNGs draw the same figures with matplotlib). Every period from the first to the last is
drawn, a period with no event is a gap, a point's size grows with its events, a point resting on
fewer than THIN_PERIOD events is open and faint, and a point's interval is drawn as a bar.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from entente.relations.series import THIN_PERIOD, every_period
from entente.relations.shift import period_start

COLOURS = ("#1f77b4", "#d62728", "#2ca02c")
# a dyad chart's lines: Plotly's own colours, each pair of directions beside each other
DYAD_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                "#bcbd22", "#17becf")
Point = dict  # {"y", "events", "low", "high"}: a period's value, the events it rests on, its interval or None


def plain(text: str) -> str:
    """Plotly reads a few HTML tags in names and titles: a code or label goes in as typed."""
    return html.escape(text, quote=False)


def trace(name: str, colour: str, drawn: list[tuple[str, Point | None]]) -> dict:
    """A line of points sized by their events, open and faint under THIN_PERIOD events, with their
    intervals, and gaps where a period has none."""
    return {"type": "scatter", "mode": "lines+markers", "name": plain(name), "connectgaps": False,
            "x": [period_start(p) for p, _ in drawn], "y": [v["y"] if v else None for _, v in drawn],
            "customdata": [p for p, _ in drawn], "line": {"color": colour},
            "text": [f"{v['events']} events" if v else "" for _, v in drawn],
            "marker": {"color": colour, "size": [5 + 3 * v["events"] ** 0.5 if v else 0 for _, v in drawn],
                       "symbol": ["circle-open" if v and v["events"] < THIN_PERIOD else "circle" for _, v in drawn],
                       "opacity": [0.45 if v and v["events"] < THIN_PERIOD else 1 for _, v in drawn]},
            "error_y": {"type": "data", "symmetric": False,
                        "array": [v["high"] - v["y"] if v and v["high"] is not None else None for _, v in drawn],
                        "arrayminus": [v["y"] - v["low"] if v and v["low"] is not None else None
                                       for _, v in drawn]},
            "visible": True if any(v for _, v in drawn) else "legendonly"}


# the series' names in a row above the chart: below it, Plotly draws them over the axis's title
LEGEND = {"orientation": "h", "x": 0, "xanchor": "left", "y": 1.02, "yanchor": "bottom"}


def layout(y_title: str, shapes: list[dict] | None = None, y_range: list[float] | None = None) -> dict:
    return {"xaxis": {"title": {"text": "event date"}, "type": "date"},
            "yaxis": {"title": {"text": y_title}, **({"range": y_range} if y_range else {})},
            "shapes": shapes or [], "margin": {"t": 20}, "legend": LEGEND}


def shift_points(result: dict, pick: Callable[[dict], dict | None]) -> list[tuple[str, Point | None]]:
    """A shift result's series as points, every period from the first to the last: a side's index
    toward a partner, or the alignment (which rests on the fewer of the two sides' events)."""
    rows = {r["period"]: r for r in result["series"]}
    periods = every_period(result["series"][0]["period"], result["series"][-1]["period"], result["freq"]) \
        if result["series"] else []
    out = []
    for period in periods:
        value = pick(rows[period]) if period in rows else None
        if not value or value.get("index") is None:
            out.append((period, None))
            continue
        events = value["events"] if "events" in value else \
            min(rows[period]["toward"][p]["events"] for p in result["between"])
        out.append((period, {"y": value["index"], "events": events, "low": value["low"], "high": value["high"]}))
    return out


def figures(result: dict) -> dict:
    """The report's and the alignment page's two charts, with a vertical line at each break."""
    b, c = result["between"]
    toward = [trace(result["labels"][partner], colour, shift_points(result, lambda r, p=partner: r["toward"][p]))
              for colour, partner in zip(COLOURS, (b, c))]
    aligned = [trace(f"{b} minus {c}", COLOURS[2], shift_points(result, lambda r: r["alignment"]))]
    shapes = [{"type": "line", "xref": "x", "yref": "paper", "x0": brk["date"], "x1": brk["date"], "y0": 0,
               "y1": 1, "line": {"dash": "dot", "color": "#555"}} for brk in result["breaks"]]
    return {"toward": {"data": toward, "layout": layout("mean Goldstein score", shapes, [-10.5, 10.5])},
            "alignment": {"data": aligned, "layout": layout("difference", shapes, [-20.5, 20.5])}}


def dyad_figure(series: list[dict], pairs: list[tuple[str, str]], freq: str, measure: str,
                measure_name: str) -> dict:
    """The dyad page's chart: one line per (source, target) pair of `pairs`, in that order (a click
    on line k lists pairs[k]'s events), of `measure`; a mean's bar reaches two standard errors each
    way (a period of one event has none)."""
    # rows come pair by pair: the chart spans the earliest and the latest period of them all
    periods = every_period(min(r["period"] for r in series), max(r["period"] for r in series), freq) \
        if series else []
    traces = []
    for k, (source, target) in enumerate(pairs):
        rows = {r["period"]: r for r in series if (r["source"], r["target"]) == (source, target)}
        drawn = []
        for period in periods:
            row = rows.get(period)
            spread = 2 * row["goldstein_se"] if row and measure == "goldstein_mean" and row["goldstein_se"] else None
            drawn.append((period, {"y": row[measure], "events": row["events"],
                                   "low": row[measure] - spread if spread else None,
                                   "high": row[measure] + spread if spread else None} if row else None))
        traces.append(trace(f"{source} toward {target}", DYAD_COLOURS[k % len(DYAD_COLOURS)], drawn))
    return {"data": traces, "layout": layout(measure_name)}
