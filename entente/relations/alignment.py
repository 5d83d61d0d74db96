"""Alignment: where actor A stands between B and C, period by period.

The cooperation index of A with B in a period is the mean Goldstein score of the events between
them (both directions by default: a relation is what both sides do; or A's acts toward B, or B's
toward A), each story counted once. The
alignment is the index toward B minus the index toward C. Each comes with a bootstrap interval over
the period's events, so that a month with two events says it is thin.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np

from entente.relations.series import FREQUENCIES, directed_pairs, event_filter, period_name
from entente.types import ASSERTED

RESAMPLES = 2000
LEVEL = 0.90  # the interval's coverage
SEED = 7  # fixed, so that a report can be reproduced


@dataclass
class Interaction:
    period: str
    day: str
    goldstein: float
    confidence: float
    row_key: tuple  # (doc_id, evidence_start, code): a stable order within a day
    event_id: str


def interactions(con: duckdb.DuckDBPyConnection, a: str, b: str, freq: str = "month", direction: str = "both",
                 since: str | None = None, until: str | None = None, mode: str = ASSERTED) -> list[Interaction]:
    """A's events with B and B's with A (or one direction: series.DIRECTIONS), dated, in date order;
    asserted ones unless `mode` says otherwise ("all", or another mode)."""
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {sorted(FREQUENCIES)}")
    out: list[Interaction] = []
    for source, target in directed_pairs(a, b, direction):
        where, params = event_filter(source, target, since, until, mode)
        rows = con.execute(
            f"SELECT strftime(date_trunc('{freq}', event_day), '%Y-%m-%d'), strftime(event_day, '%Y-%m-%d'), "
            f"goldstein, confidence, doc_id, evidence_start, code, event_id FROM events WHERE {where}",
            params).fetchall()
        out += [Interaction(period_name(p, freq), d, g, c, (doc, start, code), event_id)
                for p, d, g, c, doc, start, code, event_id in rows]
    return sorted(out, key=lambda x: (x.day, x.row_key))


def resampled_means(values: list[float], rng: np.random.Generator) -> np.ndarray:
    """RESAMPLES bootstrap means of the values (all equal for a single value)."""
    return rng.choice(np.asarray(values, dtype=float), size=(RESAMPLES, len(values))).mean(axis=1)


def estimate(index: float, means: np.ndarray) -> dict:
    """An index with the percentile interval of its bootstrap means."""
    tail = (1 - LEVEL) / 2
    return {"index": round(float(index), 3), "low": round(float(np.quantile(means, tail)), 3),
            "high": round(float(np.quantile(means, 1 - tail)), 3)}


def alignment(con: duckdb.DuckDBPyConnection, a: str, b: str, c: str, freq: str = "month",
              direction: str = "both", since: str | None = None, until: str | None = None,
              events: dict[str, list[Interaction]] | None = None, mode: str = ASSERTED) -> list[dict]:
    """Per period: A's cooperation index toward B and toward C, and their difference, each with
    its bootstrap interval (None where a side has no event). `events`: the interactions with B and
    C when the caller has read them already."""
    rng = np.random.default_rng(SEED)
    scores: dict[str, dict[str, list[float]]] = {b: {}, c: {}}  # partner -> period -> Goldstein scores
    for partner in (b, c):
        read = events[partner] if events else interactions(con, a, partner, freq, direction, since, until, mode)
        for event in read:
            scores[partner].setdefault(event.period, []).append(event.goldstein)
    out = []
    for period in sorted(set(scores[b]) | set(scores[c])):
        row: dict = {"period": period, "actor": a, "toward": {}, "alignment": None}
        means = {}
        for partner in (b, c):
            values = scores[partner].get(period, [])
            if values:
                means[partner] = resampled_means(values, rng)
                row["toward"][partner] = {"events": len(values), **estimate(np.mean(values), means[partner])}
            else:
                row["toward"][partner] = {"events": 0, "index": None, "low": None, "high": None}
        if len(means) == 2:  # the difference's interval from the same resamples, side by side
            difference = np.mean(scores[b][period]) - np.mean(scores[c][period])
            row["alignment"] = estimate(difference, means[b] - means[c])
        out.append(row)
    return out
