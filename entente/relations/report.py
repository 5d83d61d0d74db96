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
from entente.relations.charts import figures
from entente.relations.shift import shift
from entente.types import ASSERTED


def corpus_counts(con: duckdb.DuckDBPyConnection) -> dict:
    events, stories, documents = con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM stories), "
        "(SELECT count(*) FROM documents)").fetchone()
    return {"events": events, "stories": stories, "documents": documents}


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
