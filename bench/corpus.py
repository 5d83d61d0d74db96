"""The whole pipeline on the real dated corpus in ../shared/corpus/, read in place.

Usage: .venv/bin/python bench/corpus.py [--db corpus.duckdb] [--out reports/] [--limit N] [--batch]

Ingests the Wikinews and White House files (JSONL, one document a line), prints the time it took
and what was stored, then writes `entente report` for the United States between Pakistan and China
and between China and Russia, with PNG charts, and prints the shift summaries. With --batch, also
codes the same files with `entente batch` on a 2-worker LocalCluster, loads the output into a second
store and compares its stories and events with the single-process store's.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

from entente.batch import load, run_batch
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
    parser.add_argument("--batch", action="store_true", help="also run entente batch and compare")
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
        if args.batch:
            compare_with_batch([str(f) for f in files], args.db, Path(tmp))
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


def compare_with_batch(files: list[str], single: Path, tmp: Path) -> None:
    """The same files through `entente batch` (2 workers) and `entente load`, against the store."""
    start = time.perf_counter()
    counts = run_batch(files, tmp / "batch-out", workers=2)
    elapsed = time.perf_counter() - start
    loaded = load(tmp / "batch-out", tmp / "batch.duckdb")
    a, b = connect(single, read_only=True), connect(tmp / "batch.duckdb", read_only=True)
    key = "SELECT story_id, source_code, target_code, code, date, evidence_start, doc_id FROM events"
    stories = "SELECT story_id, canonical_doc_id, coded_doc_id, coded_date FROM stories ORDER BY 1"
    same_events = Counter(a.sql(key).fetchall()) == Counter(b.sql(key).fetchall())
    same_stories = a.sql(stories).fetchall() == b.sql(stories).fetchall()
    print(f"batch (2 workers): {counts['documents']} documents, {counts['stories']} stories in {elapsed:.0f} s; "
          f"loaded {loaded['events']} events; same stories as the single run: {same_stories}; "
          f"same events: {same_events}")
    a.close()
    b.close()


if __name__ == "__main__":
    main()
