"""Events between countries in the White House documents that mention Pakistan.

Usage: .venv/bin/python bench/pakistan.py [--db pakistan.duckdb] [--corpus FILE]

Reads ../shared/corpus/whitehouse_briefings_ir.jsonl in place, keeps the documents whose text names
Pakistan (143 of them), ingests them into a fresh store and prints how many events it holds, how
many have a source country, a target country, and both (two different countries: what a dyad
series counts), the most frequent dyads and the mix of root codes. `bench/audit.py` draws events
from the same store for a person to judge.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from entente.pipeline import ingest
from entente.store import connect

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "whitehouse_briefings_ir.jsonl"


def pakistan_documents(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and "Pakistan" in json.loads(line)["text"]]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("pakistan.duckdb"))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    lines = pakistan_documents(args.corpus)
    args.db.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "whitehouse_pakistan.jsonl"
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        start = time.perf_counter()
        summary = ingest([source], args.db)
        elapsed = time.perf_counter() - start
    print(f"{len(lines)} White House documents naming Pakistan: {summary.line()} in {elapsed:.0f} s")
    con = connect(args.db, read_only=True)
    columns = {row[0] for row in con.sql("DESCRIBE events").fetchall()}
    asserted = "WHERE mode = 'asserted'" if "mode" in columns else ""
    total, sourced, targeted, both, dyadic = con.sql(f"""
        SELECT count(*), count(source_country), count(target_country),
               count(*) FILTER (source_country IS NOT NULL AND target_country IS NOT NULL),
               count(*) FILTER (source_country IS NOT NULL AND target_country IS NOT NULL
                                AND source_country <> target_country)
        FROM events {asserted}""").fetchone()
    print(f"events{' (asserted)' if asserted else ''}: {total}; with a source country {sourced}, "
          f"a target country {targeted}, both {both}, two different countries {dyadic}")
    print("most frequent dyads:")
    for source, target, n in con.sql(f"""
            SELECT source_country, target_country, count(*) AS n FROM events
            {asserted + ' AND' if asserted else 'WHERE'} source_country IS NOT NULL
              AND target_country IS NOT NULL AND source_country <> target_country
            GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 15""").fetchall():
        print(f"  {source}->{target}: {n}")
    roots = con.sql(f"SELECT substr(code, 1, 2) AS root, count(*) FROM events {asserted} GROUP BY 1 ORDER BY 1")
    print("roots: " + ", ".join(f"{root}:{n}" for root, n in roots.fetchall()))


if __name__ == "__main__":
    main()
