"""Reports: one self-contained HTML file (plotly.js bundled in it, no network), and PNG charts.

The HTML shows A's cooperation index toward B and toward C, the alignment between them with their
intervals, the breaks in words and numbers, and a table of the events behind each break. Every
text that comes from the news is escaped (Jinja2 autoescape); charts are drawn from JSON.
"""

from __future__ import annotations

import html
import math
from datetime import date
from importlib import resources
from pathlib import Path

import duckdb

from entente.relations.alignment import LEVEL
from entente.relations.series import THIN_PERIOD, every_period
from entente.relations.shift import period_start, shift
from entente.types import ASSERTED

COLOURS = ("#1f77b4", "#d62728", "#2ca02c")


def corpus_counts(con: duckdb.DuckDBPyConnection) -> dict:
    events, stories, documents = con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM stories), "
        "(SELECT count(*) FROM documents)").fetchone()
    return {"events": events, "stories": stories, "documents": documents}


def plain(text: str) -> str:
    """Plotly reads a few HTML tags in names and titles: a code or label goes in as typed."""
    return html.escape(text, quote=False)


def points(result: dict, pick) -> list[tuple[str, dict | None, int]]:
    """(period, what `pick` gives for it or None, the events it rests on) for every period from the
    first to the last: a period with nothing to draw is a gap, never a line drawn across it."""
    rows = {r["period"]: r for r in result["series"]}
    periods = every_period(result["series"][0]["period"], result["series"][-1]["period"], result["freq"]) \
        if result["series"] else []
    out = []
    for period in periods:
        value = pick(rows[period]) if period in rows else None
        drawn = value if value and value.get("index") is not None else None
        out.append((period, drawn, rows_events(rows[period], result["between"], pick) if drawn else 0))
    return out


def rows_events(row: dict, between: list[str], pick) -> int:
    """The events a point rests on: its side's, or for the alignment, the fewer of the two sides'."""
    value = pick(row)
    return value["events"] if "events" in value else min(row["toward"][p]["events"] for p in between)


def trace(name: str, colour: str, drawn: list[tuple[str, dict | None, int]]) -> dict:
    """A line of points sized by their events, open and faint under THIN_PERIOD events, with its
    interval, and gaps where a period has none."""
    return {"type": "scatter", "mode": "lines+markers", "name": plain(name), "connectgaps": False,
            "x": [period_start(p) for p, _, _ in drawn], "y": [v["index"] if v else None for _, v, _ in drawn],
            "text": [f"{n} events" if v else "" for _, v, n in drawn], "line": {"color": colour},
            "marker": {"color": colour, "size": [5 + 3 * n ** 0.5 if v else 0 for _, v, n in drawn],
                       "symbol": ["circle-open" if n < THIN_PERIOD else "circle" for _, _, n in drawn],
                       "opacity": [0.45 if n < THIN_PERIOD else 1 for _, _, n in drawn]},
            "error_y": {"type": "data", "symmetric": False,
                        "array": [v["high"] - v["index"] if v else None for _, v, _ in drawn],
                        "arrayminus": [v["index"] - v["low"] if v else None for _, v, _ in drawn]}}


def figures(result: dict) -> dict:
    """Plotly figure JSON for the two charts (the report's and the alignment page's), with a vertical
    line at each break."""
    b, c = result["between"]
    toward = [trace(result["labels"][partner], colour, points(result, lambda r, p=partner: r["toward"][p]))
              for colour, partner in zip(COLOURS, (b, c))]
    aligned = [trace(f"{b} minus {c}", COLOURS[2], points(result, lambda r: r["alignment"]))]
    shapes = [{"type": "line", "xref": "x", "yref": "paper", "x0": brk["date"], "x1": brk["date"], "y0": 0,
               "y1": 1, "line": {"dash": "dot", "color": "#555"}} for brk in result["breaks"]]
    layout = {"xaxis": {"title": {"text": "event date"}, "type": "date"},
              "yaxis": {"title": {"text": "mean Goldstein score"}, "range": [-10.5, 10.5]},
              "shapes": shapes, "margin": {"t": 20}, "legend": {"orientation": "h"}}
    return {"toward": {"data": toward, "layout": layout},
            "alignment": {"data": aligned, "layout": {**layout, "yaxis": {"title": {"text": "difference"},
                                                                          "range": [-20.5, 20.5]}}}}


def render_html(con: duckdb.DuckDBPyConnection, result: dict, db_name: str) -> str:
    from jinja2 import Environment, select_autoescape
    from plotly.offline import get_plotlyjs

    template = resources.files("entente.relations").joinpath("templates/report.html").read_text()
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    b, c = result["between"]
    return env.from_string(template).render(
        actor=result["actor"], b=b, c=c, freq=result["freq"], summary=result["summary"], counted=result["counted"],
        breaks=result["breaks"], comparisons=result["comparisons"], figures=figures(result), plotly_js=get_plotlyjs(),
        counts=corpus_counts(con), db_name=db_name, level=round(LEVEL * 100), generated=date.today().isoformat())


def write_pngs(result: dict, folder: Path) -> list[Path]:
    """The two charts as PNG images (matplotlib), dated by event date, drawn as the HTML draws them:
    gaps, points sized by their events, open under THIN_PERIOD events, intervals."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    a, (b, c) = result["actor"], result["between"]
    paths = []
    for name, figure in figures(result).items():
        fig, ax = plt.subplots(figsize=(9, 4), dpi=100)
        for line in figure["data"]:
            xs = [date.fromisoformat(x) for x in line["x"]]
            ys = [math.nan if y is None else y for y in line["y"]]
            colour = line["line"]["color"]
            ax.plot(xs, ys, color=colour, label=html.unescape(line["name"]))
            for x, y, size, symbol, err_high, err_low in zip(xs, line["y"], line["marker"]["size"],
                                                             line["marker"]["symbol"], line["error_y"]["array"],
                                                             line["error_y"]["arrayminus"]):
                if y is None:
                    continue
                thin = symbol == "circle-open"
                ax.errorbar([x], [y], yerr=[[err_low], [err_high]], fmt="none", ecolor=colour, capsize=3,
                            alpha=0.45 if thin else 1)
                ax.scatter([x], [y], s=size ** 2, facecolors="none" if thin else colour, edgecolors=colour,
                           alpha=0.45 if thin else 1, zorder=3)
        for brk in result["breaks"]:
            ax.axvline(date.fromisoformat(brk["date"]), linestyle=":", color="#555")
        ax.axhline(0, color="#aaa", linewidth=0.8)
        ax.set_xlabel("event date")
        ax.set_ylabel(figure["layout"]["yaxis"]["title"]["text"])
        ax.legend(loc="best")
        fig.autofmt_xdate()
        path = folder / f"{a}_{b}_{c}_{name}.png"
        fig.savefig(path, bbox_inches="tight")
        plt.close(fig)
        paths.append(path)
    return paths


def report(con: duckdb.DuckDBPyConnection, a: str, b: str, c: str, out: Path, png: Path | None = None,
           freq: str = "month", db_name: str = "", mode: str = ASSERTED, direction: str = "both") -> dict:
    """Write the HTML report (and PNG charts); returns the shift result it shows."""
    result = shift(con, a, b, c, freq, mode=mode, direction=direction)
    out.write_text(render_html(con, result, db_name), encoding="utf-8")
    if png is not None:
        result["png"] = [str(p) for p in write_pngs(result, png)]
    return result
