"""Load on the dashboard: a store of 100,000 events, 20 concurrent clients on loopback, 30 seconds.

Usage: .venv/bin/python bench/dashboard_load.py [--events N] [--clients N] [--seconds S]

The store is made from real coded events (the seed article's, coded here) copied with shifted dates
and with their actors rotated over real country codes, so that series, breaks and searches have
work to do. Each client loops over the pages in turn; the script prints requests per second and the
p50/p95/p99 latency of each page, and the count of errors.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

import duckdb

from entente.pipeline import ingest

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        build_store(db, args.events)
        con = duckdb.connect(str(db), read_only=True)
        total = con.execute("SELECT count(*) FROM events").fetchone()[0]
        event_id, story_id = con.execute("SELECT event_id, story_id FROM events LIMIT 1").fetchone()
        con.close()
        pages = {"overview": "/", "dyad": "/dyad?a=PAK&b=USA&freq=month", "dyad api": "/api/dyad?a=PAK&b=USA",
                 "alignment": "/alignment?actor=PAK&b=USA&c=CHN", "event": f"/event/{event_id}",
                 "story": f"/story/{story_id}", "actor": "/actor/PAK", "search": "/search?q=Washington&source=PAK"}
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "entente.cli", "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/api/overview", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        latencies: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, int] = defaultdict(int)
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds

        def client(offset: int) -> None:
            names = list(pages)
            k = offset
            while time.monotonic() < stop:
                name = names[k % len(names)]
                k += 1
                start = time.perf_counter()
                try:
                    with urllib.request.urlopen(base + pages[name], timeout=30) as response:
                        response.read()
                        ok = response.status == 200
                except OSError:
                    ok = False
                elapsed = time.perf_counter() - start
                with lock:
                    latencies[name].append(elapsed)
                    errors[name] += not ok

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        began = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.monotonic() - began
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # requests still queued: stop it outright
            server.kill()
            server.wait()
    requests = sum(len(v) for v in latencies.values())
    print(f"store: {total:,} events; {args.clients} clients for {wall:.0f} s: {requests / wall:.1f} requests/s, "
          f"{sum(errors.values())} errors")
    for name, values in latencies.items():
        q = statistics.quantiles(sorted(values), n=100)
        print(f"  {name:10s} n={len(values):5d}  p50 {q[49] * 1000:6.0f} ms  p95 {q[94] * 1000:6.0f} ms  "
              f"p99 {q[98] * 1000:6.0f} ms  errors {errors[name]}")


if __name__ == "__main__":
    main()
