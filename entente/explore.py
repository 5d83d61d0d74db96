"""Looking into a store: what the dashboard's pages (and a notebook) ask of it.

Plain functions over a DuckDB connection that return dicts and lists; every value from the caller
goes in as a query parameter, never into the SQL text.
"""

from __future__ import annotations

import duckdb

from entente.actors.dictionary import Dictionary, default_dictionary
from entente.actors.naming import described
from entente.coding.codebook import codebook
from entente.record import event_record
from entente.relations.series import (
    count_events,
    directed_pairs,
    event_filter,
    event_rows,
    every_period,
    listing_filter,
)
from entente.types import ASSERTED

LATEST = 20
TOP_DYADS = 10
MATRIX_COUNTRIES = 10  # the overview's matrix: who acts on whom among the countries in most dyadic events
# a matrix cell's tone, by the mean Goldstein score of its events: the lower bound of each tone
TONES = ((5, "coop2"), (1, "coop1"), (-1, "neutral"), (-5, "conflict1"), (float("-inf"), "conflict2"))
PAGE = 200  # the most rows a list shows
# the newest events an actor page lists per side; the events page, one link away, lists them all.
# It trades the page's length for its first answer: 200 a side took 180 ms to read and render at
# 100,000 events, under load the slowest page (bench/dashboard_load.py)
ACTOR_EVENTS = 50
CHOICES = 300  # the most actors an actor box suggests


def overview(con: duckdb.DuckDBPyConnection) -> dict:
    counts = dict(zip(("documents", "stories", "events", "asserted", "rejected"), con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM stories), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM events WHERE mode = ?), (SELECT count(*) FROM rejected)", [ASSERTED]).fetchone()))
    pairs = country_pairs(con)
    dyads = sorted(pairs, key=lambda pair: (-pair[2], pair[0], pair[1]))[:TOP_DYADS]
    latest = event_rows(con, "mode = ?", [ASSERTED], newest_first=True, limit=LATEST)
    months = con.execute(
        "SELECT strftime(event_day, '%Y-%m') AS month, count(*) FILTER (quad = 1), count(*) FILTER (quad = 2), "
        "count(*) FILTER (quad = 3), count(*) FILTER (quad = 4) FROM events WHERE mode = ? AND event_day IS NOT NULL "
        "GROUP BY month ORDER BY month", [ASSERTED]).fetchall()
    matrix = dyad_matrix(pairs)
    places = con.execute("SELECT place_country, count(*) AS n FROM events WHERE place_country IS NOT NULL "
                         "AND mode = ? GROUP BY ALL ORDER BY n DESC, place_country", [ASSERTED]).fetchall()
    rejected = con.execute("SELECT path, reason, CAST(rejected_at AS VARCHAR) FROM rejected "
                           "ORDER BY rejected_at DESC LIMIT ?", [LATEST]).fetchall()
    return {"counts": counts,
            "dyads": [{"source": s, "target": t, "events": n, "goldstein_mean": round(g, 2)} for s, t, n, g in dyads],
            "latest": [with_id(r) for r in latest],
            "by_month": every_month(months),
            "matrix": matrix, "places": [{"country": c, "events": n} for c, n in places],
            "rejected": [{"path": p, "reason": r, "at": a} for p, r, a in rejected]}


def every_month(months: list[tuple]) -> list[dict]:
    """(month, quad 1 to 4 counts) rows as every month from the first to the last: a month with no
    asserted event has no counts (a gap in the chart, never a bar of zero)."""
    quads = {m: {"1": q1, "2": q2, "3": q3, "4": q4} for m, q1, q2, q3, q4 in months}
    return [{"month": m, "quad": quads.get(m)} for m in every_period(months[0][0], months[-1][0], "month")] \
        if months else []


def country_pairs(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int, float]]:
    """(source country, target country, events, mean Goldstein score) of each pair of two different
    countries, counting the asserted dated events a dyad page counts: the overview's top dyads and
    its matrix, each of which links to that page."""
    return con.execute(
        "SELECT source_country, target_country, count(*), avg(goldstein) FROM events "
        "WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country "
        "AND mode = ? AND event_day IS NOT NULL GROUP BY ALL", [ASSERTED]).fetchall()


def dyad_matrix(pairs: list[tuple[str, str, int, float]]) -> dict:
    """Who acts on whom: the MATRIX_COUNTRIES countries in most asserted events between two countries
    (country_pairs), and for each (source, target) among them its events and their mean Goldstein
    score and tone."""
    involved: dict[str, int] = {}
    for source, target, n, _ in pairs:
        involved[source] = involved.get(source, 0) + n
        involved[target] = involved.get(target, 0) + n
    countries = sorted(involved, key=lambda c: (-involved[c], c))[:MATRIX_COUNTRIES]
    cells = {f"{s} {t}": {"events": n, "goldstein_mean": round(g, 2), "tone": tone(g)}
             for s, t, n, g in pairs if s in countries and t in countries}
    return {"countries": countries, "cells": cells}


def tone(goldstein_mean: float) -> str:
    return next(name for bound, name in TONES if goldstein_mean >= bound)


def story_list(con: duckdb.DuckDBPyConnection, page: int = 1) -> dict:
    """The stories, newest first: each with its canonical copy's title and date, its copies and
    outlets, and the events coded from it once."""
    total = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    rows = con.execute(
        "SELECT s.story_id, d.title, d.date, c.copies, c.outlets, "
        "(SELECT count(*) FROM events e WHERE e.story_id = s.story_id) FROM stories s "
        "JOIN documents d ON d.doc_id = s.canonical_doc_id JOIN story_copies c ON c.story_id = s.story_id "
        "ORDER BY d.date DESC NULLS LAST, s.story_id LIMIT ? OFFSET ?", [PAGE, (page - 1) * PAGE]).fetchall()
    keys = ("story_id", "title", "date", "copies", "outlets", "events")
    return {"total": total, "page": page, "pages": max(1, -(-total // PAGE)),
            "stories": [dict(zip(keys, row)) for row in rows]}


def actor_list(con: duckdb.DuckDBPyConnection, dictionary: Dictionary | None = None) -> list[dict]:
    """The CHOICES most active actor codes of the store's asserted events, with the code in words and
    their events as source and as target, counted as the events page filters them (a country's code
    matches its every actor: PAK counts PAKGOV's events too)."""
    dictionary = dictionary or default_dictionary()
    counts: dict[str, list[int]] = {}
    for k, side in enumerate(("source", "target")):
        for column in ("code", "country"):
            for code, n in con.execute(f"SELECT {side}_{column}, count(*) FROM events WHERE mode = ? AND "
                                       f"{side}_{column} IS NOT NULL GROUP BY 1", [ASSERTED]).fetchall():
                found = counts.setdefault(code, [0, 0])
                found[k] = max(found[k], n)  # a country's own count holds its code's
    ranked = sorted(counts.items(), key=lambda item: (-sum(item[1]), item[0]))[:CHOICES]
    return [{"code": code, "name": described(code, dictionary), "entities": len(dictionary.entities_with_code(code)),
             "as_source": as_source, "as_target": as_target} for code, (as_source, as_target) in ranked]


def actor_choices(con: duckdb.DuckDBPyConnection, dictionary: Dictionary | None = None) -> list[dict]:
    """The countries and organisations the store's events name, the most active first, each with the
    dictionary's name for it: the suggestions of the pages' actor boxes."""
    dictionary = dictionary or default_dictionary()
    rows = con.execute(
        "SELECT code, count(*) AS n FROM (SELECT CASE WHEN source_country = 'IGO' THEN source_code "
        "ELSE source_country END AS code FROM events UNION ALL SELECT CASE WHEN target_country = 'IGO' "
        "THEN target_code ELSE target_country END FROM events) WHERE code IS NOT NULL "
        "GROUP BY code ORDER BY n DESC, code LIMIT ?", [CHOICES]).fetchall()
    return [{"code": code, "name": described(code, dictionary)} for code, _ in rows]


def with_id(row: dict) -> dict:
    """A stored event as its record (which carries the id the pages link by) and its code's name."""
    event = event_record(row)
    cameo = codebook().get(row["code"])
    event["code_name"] = cameo.name if cameo else ""
    return event


def period_events(con: duckdb.DuckDBPyConnection, a: str, b: str, since: str, until: str,
                  direction: str = "both") -> list[dict]:
    rows = []
    for source, target in directed_pairs(a, b, direction):
        where, params = event_filter(source, target, since, until)
        rows += event_rows(con, where, params, limit=PAGE)
    return [with_id(r) for r in sorted(rows, key=lambda r: (r["event_day"], r["evidence_start"]))]


def event_detail(con: duckdb.DuckDBPyConnection, event_id: str) -> dict | None:
    rows = event_rows(con, "event_id = ?", [event_id])
    if not rows:
        return None
    row = rows[0]
    text = con.execute("SELECT text FROM documents WHERE doc_id = ?", [row["doc_id"]]).fetchone()[0]
    start, end = row["evidence_start"], row["evidence_end"]
    event = with_id(row)
    event["document"] = {"doc_id": row["doc_id"], "before": text[:start], "evidence": text[start:end],
                         "after": text[end:]}
    event["story"] = story_detail(con, row["story_id"])
    return event


def story_detail(con: duckdb.DuckDBPyConnection, story_id: str) -> dict | None:
    found = con.execute("SELECT canonical_doc_id, coded_doc_id FROM stories WHERE story_id = ?",
                        [story_id]).fetchone()
    if found is None:
        return None
    docs = con.execute(
        "SELECT doc_id, title, author, outlet, original_source, format, date, path, url, lang, n_words "
        "FROM documents WHERE story_id = ? ORDER BY date NULLS LAST, doc_id", [story_id]).fetchall()
    keys = ("doc_id", "title", "author", "outlet", "original_source", "format", "date", "path", "url", "lang",
            "words")
    events = con.execute("SELECT count(*) FROM events WHERE story_id = ?", [story_id]).fetchone()[0]
    return {"story_id": story_id, "canonical_doc_id": found[0], "coded_doc_id": found[1], "events": events,
            "copies": [dict(zip(keys, d)) for d in docs]}


def actor_detail(con: duckdb.DuckDBPyConnection, code: str, dictionary: Dictionary | None = None) -> dict:
    """What the dictionary knows of an actor code (names, offices with dates), and its asserted
    events as source and as target: how many (as the events page counts them), the newest listed."""
    dictionary = dictionary or default_dictionary()
    known = [{"name": entity.name, "kind": entity.kind, "names": names[:30],
              "offices": [{"office": o.office, "code": o.actor_code,
                           "start": o.start, "end": o.end} for o in entity.offices]}
             for entity, names in dictionary.entities_with_code(code)]
    sides = {}
    for side in ("source", "target"):
        where, params = listing_filter(**{side: code})
        rows = event_rows(con, where, params, newest_first=True, limit=ACTOR_EVENTS)
        sides[f"as_{side}"] = {"total": count_events(con, where, params), "events": [with_id(r) for r in rows]}
    return {"code": code, "name": described(code, dictionary), "dictionary": known[:20], **sides}


def search(con: duckdb.DuckDBPyConnection, words: str = "", source: str | None = None, target: str | None = None,
           code: str | None = None, quad: int | None = None, since: str | None = None,
           until: str | None = None) -> list[dict]:
    """Events whose evidence sentence holds the words, filtered by dyad, code prefix, quad and dates:
    the first page of the events listing."""
    return event_list(con, (source, target, since, until, ASSERTED, code, quad, words))["events"]


def listing_rows(con: duckdb.DuckDBPyConnection, filters: tuple, sort: str = "date") -> list[dict]:
    """Every event the filters keep, as flat rows: what the events page's downloads hold."""
    where, params = listing_filter(*filters)
    return event_rows(con, where, params, sort=sort)


def event_list(con: duckdb.DuckDBPyConnection, filters: tuple, sort: str = "date", page: int = 1) -> dict:
    """One page of the events listing: `filters` are listing_filter's arguments, in order."""
    where, params = listing_filter(*filters)
    total = count_events(con, where, params)
    pages = max(1, -(-total // PAGE))
    page = min(page, pages)  # past the last page: the last page
    rows = event_rows(con, where, params, limit=PAGE, sort=sort, offset=(page - 1) * PAGE)
    return {"total": total, "page": page, "pages": pages, "per_page": PAGE,
            "events": [with_id(r) for r in rows]}
