"""Load on the dashboard: a store of 100,000 events, 40 concurrent clients on loopback, 120 seconds,
while uploads are ingested and swapped in.

Usage: .venv/bin/python bench/dashboard_load.py [--events N] [--clients N] [--seconds S] [--no-upload]

The store is made from real coded events (the seed article's, coded here) copied with shifted dates
and with their actors rotated over real country codes, so that series, breaks and searches have
work to do. Each client loops over the pages in turn, and each page over several parameter sets
(10 dyads, 4 alignment triples, 40 events, 12 actors, 6 searches), so that the figures include the
first computation of each view and not only answers the server has already worked out. The script
prints requests per second and the p50/p95/p99 and worst latency of each page (the worst is
usually a view's first computation), and the count of errors. Meanwhile one more client uploads a
JSONL file of new articles, waits for its ingest, and uploads the next: each swaps the store (and
empties the server's caches) under the readers' feet.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import tempfile
import threading
import time
import urllib.request
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import duckdb
from upload_client import upload_and_wait

from entente.pipeline import ingest
from entente.web.background import running_dashboard

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"
WIKINEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "wikinews_2019_2020.jsonl"
COUNTRIES = ["PAK", "USA", "CHN", "IND", "AFG", "RUS", "IRN", "GBR", "FRA", "DEU", "TUR", "SAU"]


def build_store(path: Path, events: int) -> None:
    ingest([SEEDS], path)
    con = duckdb.connect(str(path))
    seed = con.execute("SELECT count(*) FROM events").fetchone()[0]
    copies = events // seed
    countries = ", ".join(f"'{c}'" for c in COUNTRIES)
    con.execute(f"""
        INSERT INTO events BY NAME
        SELECT e.* REPLACE (
            e.event_id || '-' || CAST(k AS VARCHAR) AS event_id,
            CAST(e.event_day + INTERVAL (k % 1500) DAY AS DATE) AS event_day,
            strftime(e.event_day + INTERVAL (k % 1500) DAY, '%Y-%m-%d') AS date,
            list_extract([{countries}], 1 + (k % {len(COUNTRIES)})) AS source_country,
            list_extract([{countries}], 1 + ((k // 7) % {len(COUNTRIES)})) AS target_country)
        FROM events e, range(1, {copies}) AS r(k) WHERE e.event_day IS NOT NULL""")
    con.close()


def page_urls(db: Path) -> dict[str, list[str]]:
    """Several parameter sets per page, taken from the store."""
    con = duckdb.connect(str(db), read_only=True)
    events = con.execute("SELECT event_id, story_id FROM events USING SAMPLE 40 ROWS (reservoir, 7)").fetchall()
    con.close()
    pairs = list(itertools.permutations(COUNTRIES[:5], 2))[:10]
    triples = [("PAK", "USA", "CHN"), ("IND", "CHN", "USA"), ("RUS", "USA", "CHN"), ("IRN", "USA", "RUS")]
    words = ["Washington", "Beijing", "talks", "Taliban", "IMF", "security"]
    return {
        "overview": ["/"],
        "dyad": [f"/dyad?a={a}&b={b}&freq=month" for a, b in pairs],
        "dyad api": [f"/api/dyad?a={a}&b={b}" for a, b in pairs],
        "alignment": [f"/alignment?actor={a}&b={b}&c={c}" for a, b, c in triples],
        "event": [f"/event/{quote(e)}" for e, _ in events],
        "story": sorted({f"/story/{quote(st)}" for _, st in events}),
        "actor": [f"/actor/{c}" for c in COUNTRIES],
        "events": [f"/events?q={w}&source={COUNTRIES[k % len(COUNTRIES)]}" for k, w in enumerate(words)]
        + ["/events", "/events?sort=-goldstein&page=3", "/events?source=Pakistan&target=United%20States&mode=all"],
        "dyad by name": ["/dyad?a=Pakistan&b=the%20United%20States", "/api/dyad?a=India&b=China&direction=out"],
        "stories": ["/stories", "/stories?page=2"],
        "actors": ["/actors"],
    }


def upload_loop(base: str, stop: float, outcome: dict) -> None:
    """Upload a JSONL file of 30 Wikinews articles, wait for its ingest to finish, and the next 30.
    (Real, distinct stories: copies of a stored story would recode it, replacing its events.)"""
    articles = WIKINEWS.read_text(encoding="utf-8").splitlines()
    round_ = 0
    while time.monotonic() < stop and round_ * 30 < len(articles):
        lines = "\n".join(articles[round_ * 30:(round_ + 1) * 30]) + "\n"
        round_ += 1
        try:
            job = upload_and_wait(base, [(f"round{round_}.jsonl", lines.encode())], timeout=120)
            outcome["done" if job["state"] == "done" else "failed"] += 1
            outcome["documents"] += len(job["stored"])
        except OSError:
            outcome["failed"] += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--no-upload", action="store_true", help="Only read: no upload during the load.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        build_store(db, args.events)
        con = duckdb.connect(str(db), read_only=True)
        total = con.execute("SELECT count(*) FROM events").fetchone()[0]
        con.close()
        pages = page_urls(db)
        latencies: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, int] = defaultdict(int)
        lock = threading.Lock()
        with running_dashboard(db) as base:
            stop = time.monotonic() + args.seconds

            def client(offset: int) -> None:
                names = list(pages)
                k = offset
                while time.monotonic() < stop:
                    name = names[k % len(names)]
                    url = pages[name][(k // len(names)) % len(pages[name])]
                    k += 1
                    start = time.perf_counter()
                    try:
                        with urllib.request.urlopen(base + url, timeout=30) as response:
                            response.read()
                            ok = response.status == 200
                    except OSError:
                        ok = False
                    elapsed = time.perf_counter() - start
                    with lock:
                        latencies[name].append(elapsed)
                        errors[name] += not ok

            threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
            uploaded: dict[str, int] = defaultdict(int)
            if not args.no_upload:
                threads.append(threading.Thread(target=upload_loop, args=(base, stop, uploaded)))
            began = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.monotonic() - began
            # downloads are no pages: each timed alone, after the load
            downloads = []
            for a, b in list(itertools.permutations(COUNTRIES[:5], 2))[:4]:
                start = time.perf_counter()
                with urllib.request.urlopen(f"{base}/api/events?source={a}&target={b}&format=csv", timeout=120) as r:
                    rows = r.read().count(b"\n") - 1
                downloads.append((a, b, rows, time.perf_counter() - start))
    requests = sum(len(v) for v in latencies.values())
    print(f"store: {total:,} events; {args.clients} clients for {wall:.0f} s: {requests / wall:.1f} requests/s, "
          f"{sum(errors.values())} errors")
    if not args.no_upload:
        print(f"uploads meanwhile: {uploaded['done']} ingested and swapped in ({uploaded['documents']} documents), "
              f"{uploaded['failed']} failed")
    for a, b, rows, seconds in downloads:
        print(f"  download of {a} -> {b} as CSV, alone: {rows:,} events in {seconds * 1000:.0f} ms")
    for name, values in latencies.items():
        q = statistics.quantiles(sorted(values), n=100)
        print(f"  {name:10s} n={len(values):5d}  p50 {q[49] * 1000:6.0f} ms  p95 {q[94] * 1000:6.0f} ms  "
              f"p99 {q[98] * 1000:6.0f} ms  max {max(values) * 1000:6.0f} ms  errors {errors[name]}")


if __name__ == "__main__":
    main()
