"""The whole pipeline on the real dated corpus in ../shared/corpus/, read in place.

Usage: .venv/bin/python bench/corpus.py [--db corpus.duckdb] [--out reports/] [--limit N]

Ingests the Wikinews and White House files (JSONL, one document a line), prints the time it took
and what was stored, then writes `entente report` for the United States between Pakistan and China
and between China and Russia, with PNG charts, and prints the shift summaries.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from entente.pipeline import ingest
from entente.relations.report import report
from entente.store import connect

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
QUESTIONS = [("USA", "PAK", "CHN"), ("USA", "CHN", "RUS"), ("PAK", "USA", "CHN")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("corpus.duckdb"))
    parser.add_argument("--out", type=Path, default=Path("reports"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents of each file")
    args = parser.parse_args()
    files = sorted(CORPUS.glob("*.jsonl"))
    with tempfile.TemporaryDirectory() as tmp:
        if args.limit:
            for path in files:
                lines = path.read_text(encoding="utf-8").splitlines()[:args.limit]
                (Path(tmp) / path.name).write_text("\n".join(lines), encoding="utf-8")
            files = sorted(Path(tmp).glob("*.jsonl"))
        start = time.perf_counter()
        summary = ingest(files, args.db)
        elapsed = time.perf_counter() - start
    print(f"ingest: {summary.line()} in {elapsed:.0f} s")
    con = connect(args.db, read_only=True)
    args.out.mkdir(parents=True, exist_ok=True)
    for a, b, c in QUESTIONS:
        out = args.out / f"{a}_{b}_{c}.html"
        result = report(con, a, b, c, out, png=args.out, db_name=args.db.name)
        print(f"\n{a} between {b} and {c}: {out}")
        for line in result["summary"]:
            print(f"  {line}")
        totals = {x: sum(r["toward"][x]["events"] for r in result["series"]) for x in (b, c)}
        print(f"  events: {json.dumps(totals)} over {len(result['series'])} periods")


if __name__ == "__main__":
    main()
