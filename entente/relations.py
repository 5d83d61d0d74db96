"""Relations: events aggregated into dyad series (counted once per story: each story is coded once)."""

from __future__ import annotations

import duckdb

FREQUENCIES = {"day", "week", "month"}


def event_filter(source: str | None = None, target: str | None = None, since: str | None = None,
                 until: str | None = None, include_negated: bool = False) -> tuple[str, list]:
    """A WHERE clause (and its parameters) over the events table; actors match code or country."""
    clauses, params = ["target_code IS NOT NULL"], []
    if not include_negated:
        clauses.append("NOT negated")
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


def dyad_series(con: duckdb.DuckDBPyConnection, a: str, b: str, freq: str = "month",
                both_ways: bool = False) -> list[dict]:
    """Per period and direction: events, Goldstein mean and sum, counts per quad class."""
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {sorted(FREQUENCIES)}")
    pairs = [(a, b), (b, a)] if both_ways else [(a, b)]
    out: list[dict] = []
    for source, target in pairs:
        where, params = event_filter(source, target)
        rows = con.execute(
            f"SELECT strftime(date_trunc('{freq}', event_day), '%Y-%m-%d') AS period, count(*) AS n, "
            "avg(goldstein), sum(goldstein), count(*) FILTER (quad = 1), count(*) FILTER (quad = 2), "
            "count(*) FILTER (quad = 3), count(*) FILTER (quad = 4) "
            f"FROM events WHERE {where} GROUP BY period ORDER BY period", params).fetchall()
        for period, n, mean, total, q1, q2, q3, q4 in rows:
            out.append({"period": period[:7] if freq == "month" else period, "source": source,
                        "target": target, "events": n, "goldstein_mean": round(mean, 3),
                        "goldstein_sum": round(total, 3),
                        "quad": {"1": q1, "2": q2, "3": q3, "4": q4}})
    return sorted(out, key=lambda r: (r["period"], r["source"]))


def country_dyads(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every directed dyad of two different countries (or IGOs, each by its own code), by month."""
    rows = con.execute(
        "SELECT strftime(event_day, '%Y-%m') AS month, "
        "CASE WHEN source_country = 'IGO' THEN source_code ELSE source_country END AS source, "
        "CASE WHEN target_country = 'IGO' THEN target_code ELSE target_country END AS target, count(*), "
        "avg(goldstein), count(*) FILTER (quad = 1), count(*) FILTER (quad = 2), "
        "count(*) FILTER (quad = 3), count(*) FILTER (quad = 4) FROM events "
        "WHERE NOT negated AND event_day IS NOT NULL AND source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source <> target GROUP BY ALL ORDER BY month, source, target"
    ).fetchall()
    return [{"period": m, "source": s, "target": t, "events": n, "goldstein_mean": round(g, 3),
             "quad": {"1": q1, "2": q2, "3": q3, "4": q4}} for m, s, t, n, g, q1, q2, q3, q4 in rows]
