"""Alignment: where actor A stands between B and C, period by period.

The cooperation index of A toward B in a period is the mean Goldstein score of the events between
them (both directions by default: a relation is what both sides do), each story counted once. The
alignment is the index toward B minus the index toward C. Each comes with a bootstrap interval over
the period's events, so that a month with two events says it is thin.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np

from entente.relations.series import FREQUENCIES, event_filter

RESAMPLES = 2000
LEVEL = 0.90  # the interval's coverage
SEED = 7  # fixed, so that a report can be reproduced


@dataclass
class Interaction:
    period: str
    day: str
    goldstein: float
    confidence: float
    row_key: tuple  # (doc_id, evidence_start, code): to find the event again


def interactions(con: duckdb.DuckDBPyConnection, a: str, b: str, freq: str = "month", both_ways: bool = True,
                 since: str | None = None, until: str | None = None) -> list[Interaction]:
    """A's events with B (and B's with A), dated, in date order."""
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {sorted(FREQUENCIES)}")
    out: list[Interaction] = []
    for source, target in ([(a, b), (b, a)] if both_ways else [(a, b)]):
        where, params = event_filter(source, target, since, until)
        rows = con.execute(
            f"SELECT strftime(date_trunc('{freq}', event_day), '%Y-%m-%d'), strftime(event_day, '%Y-%m-%d'), "
            f"goldstein, confidence, doc_id, evidence_start, code FROM events WHERE {where}", params).fetchall()
        out += [Interaction(p[:7] if freq == "month" else p, d, g, c, (doc, start, code))
                for p, d, g, c, doc, start, code in rows]
    return sorted(out, key=lambda x: (x.day, x.row_key))


def interval(values: np.ndarray, rng: np.random.Generator) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean."""
    if len(values) == 1:
        return float(values[0]), float(values[0])
    means = rng.choice(values, size=(RESAMPLES, len(values)), replace=True).mean(axis=1)
    tail = (1 - LEVEL) / 2
    return float(np.quantile(means, tail)), float(np.quantile(means, 1 - tail))


def side(values: list[float], rng: np.random.Generator) -> dict:
    if not values:
        return {"events": 0, "index": None, "low": None, "high": None}
    array = np.array(values, dtype=float)
    low, high = interval(array, rng)
    return {"events": len(values), "index": round(float(array.mean()), 3), "low": round(low, 3),
            "high": round(high, 3)}


def alignment(con: duckdb.DuckDBPyConnection, a: str, b: str, c: str, freq: str = "month",
              both_ways: bool = True, since: str | None = None, until: str | None = None) -> list[dict]:
    """Per period: A's cooperation index toward B and toward C, and their difference, each with
    its bootstrap interval (None where a side has no event)."""
    rng = np.random.default_rng(SEED)
    toward = {x: interactions(con, a, x, freq, both_ways, since, until) for x in (b, c)}
    periods = sorted({i.period for events in toward.values() for i in events})
    out = []
    for period in periods:
        scores = {x: [i.goldstein for i in toward[x] if i.period == period] for x in (b, c)}
        row = {"period": period, "actor": a, "toward": {x: side(scores[x], rng) for x in (b, c)}}
        if scores[b] and scores[c]:
            sb = rng.choice(scores[b], size=(RESAMPLES, len(scores[b]))).mean(axis=1)
            sc = rng.choice(scores[c], size=(RESAMPLES, len(scores[c]))).mean(axis=1)
            tail = (1 - LEVEL) / 2
            diff = np.mean(scores[b]) - np.mean(scores[c])
            row["alignment"] = {"index": round(float(diff), 3),
                                "low": round(float(np.quantile(sb - sc, tail)), 3),
                                "high": round(float(np.quantile(sb - sc, 1 - tail)), 3)}
        else:
            row["alignment"] = None
        out.append(row)
    return out
