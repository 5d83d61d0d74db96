"""Turning points: where a relation's level changed, when, by how much, and the events behind it.

Breaks are found with ruptures' PELT (least-squares cost) on a period series: A's cooperation index
toward B, toward C, and the alignment between them. The penalty is BIC-like, 2 ln(n) sigma^2, with
sigma the noise of the series estimated robustly from its period-to-period differences, and never
below MIN_SIGMA: a move smaller than one Goldstein point is not called a turn.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta

import duckdb
import numpy as np

from entente.record import event_record
from entente.relations.alignment import Interaction, alignment, interactions
from entente.relations.series import ALL_MODES, event_rows, period_totals, relation_label, share
from entente.types import ASSERTED

MIN_SIGMA = 1.0  # Goldstein points, for a series of period means
# single events of one steady relation still differ by a couple of points (a meeting +1, a statement
# 0, a complaint -2.4), so an event-by-event series is never taken as less noisy than this
MIN_SIGMA_EVENTS = 1.5
MAD_TO_SIGMA = 0.6745  # the median absolute deviation of a normal variable, in standard deviations
EVENTS_PER_BREAK = 6  # the events nearest a break that are shown with it
MAX_CANDIDATES = 200
MIN_EVENTS_PER_LEVEL = 2  # a level before or after a break rests on at least this many events


def summed_l2_cost():
    """ruptures' least-squares cost ("l2") from running sums: a segment's cost in constant time
    instead of a pass over its values, the same breaks (a series of 1,500 events: 0.09 s instead of
    0.6; with one read of the breaks' events, PAK between USA and CHN on bench/dashboard_load.py's
    100,000-event store takes 1.1 s instead of 4.9)."""
    from ruptures.base import BaseCost
    from ruptures.exceptions import NotEnoughPoints

    class SummedL2(BaseCost):
        model = "summed_l2"
        min_size = 1

        def fit(self, signal: np.ndarray) -> SummedL2:
            self.signal = np.asarray(signal, dtype=float).reshape(-1, 1)  # one series
            values = self.signal[:, 0]
            self.sums = np.concatenate([[0.0], np.cumsum(values)]).tolist()
            self.squares = np.concatenate([[0.0], np.cumsum(values ** 2)]).tolist()
            return self

        def error(self, start: int, end: int) -> float:
            if end - start < self.min_size:
                raise NotEnoughPoints
            total = self.sums[end] - self.sums[start]
            return max(0.0, self.squares[end] - self.squares[start] - total * total / (end - start))

    return SummedL2()


def change_points(values: list[float], min_size: int = 1, min_sigma: float = MIN_SIGMA) -> list[int]:
    """Indices at which a new level starts (none for a series too short to have one); each level
    spans at least `min_size` values."""
    if len(values) < 2 * min_size:
        return []
    import ruptures

    signal = np.asarray(values, dtype=float).reshape(-1, 1)
    steps = np.diff(signal[:, 0])
    spread = np.median(np.abs(steps - np.median(steps))) / MAD_TO_SIGMA / np.sqrt(2) if len(steps) > 1 else 0.0
    sigma = max(min_sigma, float(spread))
    penalty = 2 * np.log(len(values)) * sigma ** 2
    # PELT's cost grows with the square of the candidates: past MAX_CANDIDATES values, breaks are
    # looked for every `jump` values only (a break is then placed to within len/MAX_CANDIDATES values)
    jump = max(1, len(values) // MAX_CANDIDATES)
    pelt = ruptures.Pelt(custom_cost=summed_l2_cost(), min_size=max(min_size, jump), jump=jump)
    ends = pelt.fit(signal).predict(pen=penalty)
    return ends[:-1]


def period_start(period: str) -> str:
    return f"{period}-01" if len(period) == 7 else period


def period_end(period: str) -> str:
    """The last day of a period ("2022-04" -> "2022-04-30"; a week or day start -> itself + 6 or 0)."""
    if len(period) == 7:
        first = date.fromisoformat(f"{period}-01")
        following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
        return (following - timedelta(days=1)).isoformat()
    return period


def weighted_level(points: list[tuple[float, int]]) -> float:
    """The mean over the events of a stretch of periods (each period weighs by its events)."""
    total = sum(n for _, n in points)
    return round(sum(v * n for v, n in points) / total, 3)


def between(events: list[Interaction], first: str, last: str) -> list[Interaction]:
    """The events (in date order, as `interactions` reads them) from day `first` to day `last`."""
    return events[bisect_left(events, first, key=day_of):bisect_right(events, last, key=day_of)]


def day_of(event: Interaction) -> str:
    return event.day


def nearest_events(events: list[Interaction], start: str, end: str, pivot: str) -> list[str]:
    """The ids of the events nearest the break, as many from each side as there are (up to half
    each), the more confident first on the same day, chosen among the interactions already read
    (read in full once for every break: with_events)."""
    stretch = between(events, start, end)
    before = sorted((e for e in stretch if e.day < pivot), key=lambda e: (e.day, e.confidence),
                    reverse=True)[:EVENTS_PER_BREAK // 2]
    after = sorted((e for e in stretch if e.day >= pivot),
                   key=lambda e: (e.day, -e.confidence))[:EVENTS_PER_BREAK - len(before)]
    return [e.event_id for e in before + after]


def with_events(con: duckdb.DuckDBPyConnection, items: list[dict]) -> list[dict]:
    """Breaks and comparisons with their events' ids replaced by the events, in date order, read in
    one query (a busy relation has dozens of breaks)."""
    wanted = sorted({event_id for item in items for event_id in item["events"]})
    rows = [(r["event_id"], event_record(r)) for r in event_rows(con, "list_contains(?, event_id)", [wanted])
            ] if wanted else []
    for item in items:
        ids = set(item["events"])
        item["events"] = [event for event_id, event in rows if event_id in ids]
    return items


def series_breaks(label: str, points: list[tuple[str, float, int]],
                  events: list[Interaction], min_size: int = 1, min_sigma: float = MIN_SIGMA) -> list[dict]:
    """Breaks in one series of (period, level, events); `events` are the interactions behind it,
    the ids of those nearest each break given with it."""
    values = [v for _, v, _ in points]
    cuts = change_points(values, min_size, min_sigma)
    bounds = [0, *cuts, len(points)]
    out = []
    for k, cut in enumerate(cuts):
        before = points[bounds[k]:cut]
        after = points[cut:bounds[k + 2]]
        when = period_start(points[cut][0])
        nearest = nearest_events(events, period_start(before[0][0]), period_end(after[-1][0]), when)
        level_before = weighted_level([(v, n) for _, v, n in before])
        level_after = weighted_level([(v, n) for _, v, n in after])
        out.append({"series": label, "date": when, "before": level_before, "after": level_after,
                    "change": round(level_after - level_before, 3),
                    "events_before": sum(n for _, _, n in before), "events_after": sum(n for _, _, n in after),
                    "periods_before": [before[0][0], before[-1][0]], "periods_after": [after[0][0], after[-1][0]],
                    "events": nearest})
    return out


def compare_at(label: str, events: list[Interaction], when: str,
               reason: str, window: tuple[str, str] | None = None) -> dict:
    """One series' level before and after a given day ("the other side across the same date", or a
    date the analyst names, such as a change of government), with the events nearest it; within
    `window` (first and last day) where given, such as the stretch a break's levels rest on."""
    if window:
        events = between(events, *window)
    before = [e for e in events if e.day < when]
    after = [e for e in events if e.day >= when]

    def level(side: list[Interaction]) -> float | None:
        return round(sum(e.goldstein for e in side) / len(side), 3) if side else None

    def periods(side: list[Interaction]) -> list[str]:
        return [side[0].period, side[-1].period] if side else []

    level_before, level_after = level(before), level(after)
    first = events[0].day if events else when
    last = events[-1].day if events else when
    return {"series": label, "date": when, "reason": reason, "before": level_before, "after": level_after,
            "change": None if level_before is None or level_after is None else round(level_after - level_before, 3),
            "events_before": len(before), "events_after": len(after),
            "periods_before": periods(before), "periods_after": periods(after),
            "events": nearest_events(events, first, last, when)}


def describe_comparison(cmp: dict) -> str:
    def side(level: float | None, count: int, periods: list[str]) -> str:
        return f"{level:+.2f} ({count} events, {' to '.join(dict.fromkeys(periods))})"

    head = f"{cmp['series']} across {cmp['date']} ({cmp['reason']})"
    if cmp["change"] is None:
        if cmp["events_before"] == cmp["events_after"] == 0:
            return f"{head}: no events to compare"
        if cmp["events_before"] == 0:
            return (f"{head}: no event before it to compare with; "
                    f"{side(cmp['after'], cmp['events_after'], cmp['periods_after'])} from it")
        return (f"{head}: {side(cmp['before'], cmp['events_before'], cmp['periods_before'])} before it; "
                "no event from it to compare with")
    direction = "rose" if cmp["change"] > 0 else "fell" if cmp["change"] < 0 else "stayed"
    return (f"{head}: {direction} from {side(cmp['before'], cmp['events_before'], cmp['periods_before'])} to "
            f"{side(cmp['after'], cmp['events_after'], cmp['periods_after'])}, a change of "
            f"{cmp['change']:+.2f} Goldstein points")


def describe(brk: dict) -> str:
    direction = "rose" if brk["change"] > 0 else "fell"
    return (f"{brk['series']}: {direction} from {brk['before']:+.2f} ({brk['events_before']} events, "
            f"{' to '.join(dict.fromkeys(brk['periods_before']))}) to {brk['after']:+.2f} "
            f"({brk['events_after']} events, {' to '.join(dict.fromkeys(brk['periods_after']))}), "
            f"a change of {brk['change']:+.2f} Goldstein points from {brk['date']}")


def shift(con: duckdb.DuckDBPyConnection, a: str, b: str, c: str, freq: str = "month",
          since: str | None = None, until: str | None = None, at: str | None = None, mode: str = ASSERTED,
          direction: str = "both", normalise: bool = False) -> dict:
    """A's relations with B and C over time, the breaks in each and in the alignment, in numbers
    and in words, with the events nearest each break. Where one relation breaks, the other is
    compared across the same date (did it run the other way?); `at` compares both across a day
    the caller names. Counts asserted events unless `mode` says otherwise, both directions unless
    `direction` says one ("out": A's acts, "in": B's and C's toward A), and says which; with
    `normalise`, each period's events also as a share of all the store's events of that period."""
    events = {partner: interactions(con, a, partner, freq, direction, since, until, mode) for partner in (b, c)}
    series = alignment(con, a, b, c, freq, since=since, until=until, events=events)
    if normalise:
        totals = period_totals(con, freq, mode)
        for row in series:
            for side in row["toward"].values():
                side["share"] = share(side["events"], totals.get(row["period"], 0))
    label = {partner: relation_label(a, partner, direction) for partner in (b, c)}
    breaks = []
    for partner in (b, c):
        # event by event, so that a month of one event weighs as one event, and no level rests on
        # fewer than MIN_EVENTS_PER_LEVEL events
        points = [(i.period, i.goldstein, 1) for i in events[partner]]
        breaks += series_breaks(label[partner], points, events[partner], MIN_EVENTS_PER_LEVEL, MIN_SIGMA_EVENTS)
    points = [(r["period"], r["alignment"]["index"], r["toward"][b]["events"] + r["toward"][c]["events"])
              for r in series if r["alignment"] and min(r["toward"][b]["events"], r["toward"][c]["events"])
              >= MIN_EVENTS_PER_LEVEL]
    breaks += series_breaks(f"{a} between {b} and {c} ({b} minus {c})", points,
                            sorted(events[b] + events[c], key=lambda x: (x.day, x.row_key)))
    comparisons = []
    for partner, other in ((b, c), (c, b)):
        # two breaks can fall in one period (a one-month spike): the other side is compared once,
        # over the stretch both rest on
        same_date: dict[str, list[dict]] = {}
        for brk in breaks:
            if brk["series"] == label[partner]:
                same_date.setdefault(brk["date"], []).append(brk)
        for when, group in same_date.items():
            stretch = (min(period_start(x["periods_before"][0]) for x in group),
                       max(period_end(x["periods_after"][-1]) for x in group))
            comparisons.append(compare_at(label[other], events[other], when,
                                          f"the date of the break in {label[partner]}, over the same stretch",
                                          stretch))
    if at:
        comparisons += [compare_at(label[partner], events[partner], at, "the date asked for") for partner in (b, c)]
    with_events(con, breaks + comparisons)
    summary = [describe(brk) for brk in sorted(breaks, key=lambda x: x["date"])]
    if not breaks:
        summary = [f"no break: {a}'s relations with {b} and {c} show no change of a Goldstein point or more"]
    summary += [describe_comparison(cmp) for cmp in comparisons]
    counted = "asserted events only" if mode == ASSERTED else ("events of every mode" if mode == ALL_MODES
                                                                 else f"{mode} events only")
    counted += {"both": ", both directions", "out": f", {a}'s acts only", "in": f", acts toward {a} only"}[direction]
    return {"actor": a, "between": [b, c], "labels": label, "freq": freq, "mode": mode, "direction": direction,
            "normalised": normalise, "counted": counted, "series": series, "breaks": breaks,
            "comparisons": comparisons, "summary": summary}
