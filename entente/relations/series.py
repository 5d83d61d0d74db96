"""Dyad series: events aggregated by period and direction. Each story is coded once, so an event
counts once however many copies of its story were read."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

import duckdb

from entente.types import ASSERTED, DIRECTIONS, LISTING_SORTS

FREQUENCIES = {"day", "week", "month"}
ALL_MODES = "all"
WEIGHTS = {"none", "confidence"}


def directed_pairs(a: str, b: str, direction: str) -> list[tuple[str, str]]:
    """The (source, target) pairs a direction counts."""
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}")
    return {"both": [(a, b), (b, a)], "out": [(a, b)], "in": [(b, a)]}[direction]


def compared(a: str, b: str, more: Iterable[str | None] | None = None) -> list[str]:
    """The actors a dyad chart compares with A: B, then each further one once (a blank, a repeat
    or A itself is none)."""
    return list(dict.fromkeys((b, *(x for x in more or () if x and x != a))))


def relation_label(a: str, b: str, direction: str) -> str:
    """What a series of A's relation with B counts, in words: "PAK toward USA", "USA toward PAK",
    or "PAK with USA" for both directions."""
    return {"both": f"{a} with {b}", "out": f"{a} toward {b}", "in": f"{b} toward {a}"}[direction]


def period_name(start: str, freq: str) -> str:
    """A period as the series name it: a month by "2022-04", a week or a day by its first day."""
    return start[:7] if freq == "month" else start


# a period resting on fewer events is drawn as an open, faint point (the dyad page, the report)
THIN_PERIOD = 3


def every_period(first: str, last: str, freq: str) -> list[str]:
    """The periods from the first to the last named, none left out: a period with no event is a
    gap in a chart, never a line drawn across it."""
    day, end = date.fromisoformat(first if freq != "month" else f"{first}-01"), \
        date.fromisoformat(last if freq != "month" else f"{last}-01")
    out = []
    while day <= end:
        out.append(period_name(day.isoformat(), freq))
        if freq == "month":
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            day += timedelta(days=7 if freq == "week" else 1)
    return out


def period_totals(con: duckdb.DuckDBPyConnection, freq: str, mode: str = ASSERTED) -> dict[str, int]:
    """The store's dated events per period (of `mode`): what a share of the period's events is of."""
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {sorted(FREQUENCIES)}")
    where, params = event_filter(mode=mode, dyadic=False)
    rows = con.execute(f"SELECT strftime(date_trunc('{freq}', event_day), '%Y-%m-%d'), count(*) FROM events "
                       f"WHERE {where} AND event_day IS NOT NULL GROUP BY 1", params).fetchall()
    return {period_name(p, freq): n for p, n in rows}


def share(count: int, total: int) -> float:
    return round(count / total, 5) if total else 0.0


def event_filter(source: str | None = None, target: str | None = None, since: str | None = None,
                 until: str | None = None, mode: str = ASSERTED, dyadic: bool = True) -> tuple[str, list]:
    """A WHERE clause (and its parameters) over the events table; actors match code or country.
    `mode`: the events the text asserts (what analyses count), one other mode, or "all".
    `dyadic` keeps only events with a target and a day (what a relation is made of); otherwise an
    undated event is listed too, unless a date range is asked for."""
    clauses, params = ["target_code IS NOT NULL"] if dyadic else ["TRUE"], []
    if mode != ALL_MODES:
        clauses.append("mode = ?")
        params.append(mode)
    if dyadic or since or until:
        clauses.append("event_day IS NOT NULL")
    for column, value in (("source", source), ("target", target)):
        if value:
            clauses.append(f"({column}_code = ? OR {column}_country = ?)")
            params += [value, value]
    if since:
        clauses.append("event_day >= CAST(? AS DATE)")
        params.append(since)
    if until:
        clauses.append("event_day <= CAST(? AS DATE)")
        params.append(until)
    return " AND ".join(clauses), params


def dyad_series(con: duckdb.DuckDBPyConnection, a: str, b: str, freq: str = "month", direction: str = "out",
                weight: str = "none", mode: str = ASSERTED, normalise: bool = False) -> list[dict]:
    """Per period and direction (A's acts toward B, B's toward A, or both, each a row): events
    (asserted ones, unless `mode` says otherwise), Goldstein mean (with its standard error, of an
    unweighted mean only) and sum, counts per quad class; with `normalise`, also the events'
    share of all the store's events of that period. With weight="confidence" the mean and sum weigh
    each event by its confidence."""
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {sorted(FREQUENCIES)}")
    if weight not in WEIGHTS:
        raise ValueError(f"weight must be one of {sorted(WEIGHTS)}")
    w = "confidence" if weight == "confidence" else "1.0"
    totals = period_totals(con, freq, mode) if normalise else {}
    out: list[dict] = []
    for source, target in directed_pairs(a, b, direction):
        where, params = event_filter(source, target, mode=mode)
        rows = con.execute(
            f"SELECT strftime(date_trunc('{freq}', event_day), '%Y-%m-%d') AS period, count(*) AS n, "
            f"sum(goldstein * {w}) / sum({w}), sum(goldstein * {w}), stddev_samp(goldstein), "
            "count(*) FILTER (quad = 1), count(*) FILTER (quad = 2), "
            "count(*) FILTER (quad = 3), count(*) FILTER (quad = 4) "
            f"FROM events WHERE {where} GROUP BY period ORDER BY period", params).fetchall()
        for period, n, mean, total, sd, q1, q2, q3, q4 in rows:
            period = period_name(period, freq)
            # how far the mean may be from the relation's own: its standard error (none from one event)
            row = {"period": period, "source": source, "target": target, "events": n,
                   "goldstein_mean": round(mean, 3),
                   "goldstein_se": round(sd / n ** 0.5, 3) if n > 1 and weight == "none" else None,
                   "goldstein_sum": round(total, 3), "quad": {"1": q1, "2": q2, "3": q3, "4": q4}}
            if normalise:
                row["share"] = share(n, totals.get(period, 0))
            out.append(row)
    return sorted(out, key=lambda r: (r["period"], r["source"]))


def country_dyads(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every directed dyad of two different countries (or IGOs, each by its own code), by month,
    of asserted events."""
    rows = con.execute(
        "SELECT strftime(event_day, '%Y-%m') AS month, "
        "CASE WHEN source_country = 'IGO' THEN source_code ELSE source_country END AS source, "
        "CASE WHEN target_country = 'IGO' THEN target_code ELSE target_country END AS target, count(*), "
        "avg(goldstein), count(*) FILTER (quad = 1), count(*) FILTER (quad = 2), "
        "count(*) FILTER (quad = 3), count(*) FILTER (quad = 4) FROM events "
        "WHERE mode = ? AND event_day IS NOT NULL AND source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source <> target GROUP BY ALL ORDER BY month, source, target", [ASSERTED]
    ).fetchall()
    return [{"period": m, "source": s, "target": t, "events": n, "goldstein_mean": round(g, 3),
             "quad": {"1": q1, "2": q2, "3": q3, "4": q4}} for m, s, t, n, g, q1, q2, q3, q4 in rows]


# how a listing of events is sorted: by date (the default), newest first, by Goldstein score or by
# confidence, each way; ties in the order of the text, then by id (the same order on every read)
SORTS = {"date": "event_day, evidence_start, event_id",
         "-date": "event_day DESC NULLS LAST, evidence_start, event_id",
         "goldstein": "goldstein, event_day, evidence_start, event_id",
         "-goldstein": "goldstein DESC, event_day, evidence_start, event_id",
         "confidence": "confidence, event_day, evidence_start, event_id",
         "-confidence": "confidence DESC, event_day, evidence_start, event_id"}
assert tuple(SORTS) == LISTING_SORTS


def code_prefix(value: str) -> str:
    """A CAMEO code or its first digits, as a listing filters by it ("19", "0211")."""
    if not re.fullmatch(r"[0-9]{2,4}", str(value)):
        raise ValueError(f"{value!r} is no CAMEO code (two to four digits: 19, 0211)")
    return str(value)


def listing_filter(source: str | None = None, target: str | None = None, since: str | None = None,
                   until: str | None = None, mode: str = ASSERTED, code: str | None = None,
                   quad: int | None = None, words: str = "") -> tuple[str, list]:
    """The WHERE clause of an events listing (`entente events`, the events page and its downloads,
    search): event_filter's actors, days and mode, a CAMEO code prefix, a quad class, and words the
    evidence sentence holds; events without a target or a day are listed too."""
    where, params = event_filter(source, target, since, until, mode, dyadic=False)
    for word in words.split():
        # a word is matched as written: "%" and "_" are no wildcards here
        where += " AND evidence_text ILIKE ? ESCAPE '\\'"
        params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if code:
        where += " AND code LIKE ?"
        params.append(f"{code_prefix(code)}%")
    if quad:
        where += " AND quad = ?"
        params.append(int(quad))
    return where, params


def event_rows(con: duckdb.DuckDBPyConnection, where: str, params: list, newest_first: bool = False,
               limit: int | None = None, sort: str = "date", offset: int = 0) -> list[dict]:
    """Stored events matching a WHERE clause as flat rows with their provenance (record.py's
    LISTING_SCHEMA: the document's title, outlet and URL, the story's copies and outlets), by date
    (or as `sort` says: SORTS)."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    order = SORTS["-date" if newest_first else sort]
    tail = (" LIMIT ?" if limit is not None else "") + (" OFFSET ?" if offset else "")
    extra = ([limit] if limit is not None else []) + ([offset] if offset else [])
    cursor = con.execute(f"SELECT e.*, d.title, d.outlet, d.url, c.copies, c.outlets FROM events e "
                         f"LEFT JOIN story_copies c USING (story_id) LEFT JOIN documents d USING (doc_id) "
                         f"WHERE {where} ORDER BY {order}{tail}", params + extra)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, r)) for r in cursor.fetchall()]


def count_events(con: duckdb.DuckDBPyConnection, where: str, params: list) -> int:
    return con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
