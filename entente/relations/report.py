"""Reports: one self-contained HTML file (plotly.js bundled in it, no network), and PNG charts.

The HTML shows A's cooperation index toward B and toward C, the alignment between them with their
intervals, the breaks in words and numbers, and a table of the events behind each break. Every
text that comes from the news is escaped (Jinja2 autoescape); charts are drawn from JSON.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

import duckdb

from entente.relations.alignment import LEVEL
from entente.relations.shift import period_start, shift
from entente.types import ASSERTED

COLOURS = ("#1f77b4", "#d62728", "#2ca02c")


def corpus_counts(con: duckdb.DuckDBPyConnection) -> dict:
    events, stories, documents = con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM stories), "
        "(SELECT count(*) FROM documents)").fetchone()
    return {"events": events, "stories": stories, "documents": documents}


def error_bars(rows: list[dict], key) -> dict:
    values = [key(r) for r in rows]
    return {"type": "data", "symmetric": False, "array": [v["high"] - v["index"] for v in values],
            "arrayminus": [v["index"] - v["low"] for v in values]}


def figures(result: dict) -> dict:
    """Plotly figure JSON for the two charts, with a vertical line at each break."""
    b, c = result["between"]
    toward = []
    for colour, partner in zip(COLOURS, (b, c)):
        rows = [r for r in result["series"] if r["toward"][partner]["events"]]
        toward.append({
            "type": "scatter", "mode": "lines+markers", "name": result["labels"][partner],
            "x": [period_start(r["period"]) for r in rows], "y": [r["toward"][partner]["index"] for r in rows],
            "error_y": error_bars(rows, lambda r, p=partner: r["toward"][p]),
            "text": [f"{r['toward'][partner]['events']} events" for r in rows], "line": {"color": colour}})
    rows = [r for r in result["series"] if r["alignment"]]
    aligned = [{"type": "scatter", "mode": "lines+markers", "name": f"{b} minus {c}",
                "x": [period_start(r["period"]) for r in rows], "y": [r["alignment"]["index"] for r in rows],
                "error_y": error_bars(rows, lambda r: r["alignment"]), "line": {"color": COLOURS[2]}}]
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
    """The two charts as PNG images (matplotlib), dated by event date."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    a, (b, c) = result["actor"], result["between"]
    paths = []
    for name, series in (("toward", [(p, lambda r, p=p: r["toward"][p]) for p in (b, c)]),
                         ("alignment", [(f"{b} minus {c}", lambda r: r["alignment"])])):
        fig, ax = plt.subplots(figsize=(9, 4), dpi=100)
        for colour, (label, pick) in zip(COLOURS, series):
            rows = [r for r in result["series"] if pick(r) and pick(r).get("index") is not None]
            xs = [date.fromisoformat(period_start(r["period"])) for r in rows]
            ys = [pick(r)["index"] for r in rows]
            low = [pick(r)["index"] - pick(r)["low"] for r in rows]
            high = [pick(r)["high"] - pick(r)["index"] for r in rows]
            ax.errorbar(xs, ys, yerr=[low, high], marker="o", capsize=3, color=colour,
                        label=result["labels"][label] if name == "toward" else label)
        for brk in result["breaks"]:
            ax.axvline(date.fromisoformat(brk["date"]), linestyle=":", color="#555")
        ax.axhline(0, color="#aaa", linewidth=0.8)
        ax.set_xlabel("event date")
        ax.set_ylabel("mean Goldstein score" if name == "toward" else "difference")
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
