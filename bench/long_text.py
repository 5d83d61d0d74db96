"""Long texts: peak memory and time of `entente ingest` (a fresh process each, as a user runs it) on

- a text over the parser's own limit of 1,000,000 characters, coded in pieces (entente.nlp.pieces);
- a 50 MB text, which the length limit (entente.ingest.MAX_TEXT_CHARS) rejects, with the seed article
  beside it, which is stored;
- the same 50 MB text uploaded to the dashboard beside a JSONL file of 299 real articles (the 291
  Wikinews stories of ../shared/corpus/ and 8 White House statements): what the upload's report says
  of each.

Usage: .venv/bin/python bench/long_text.py [--chars N]

The long text is the seed article's paragraphs over and over, each made a distinct article by a
number, so that its parse has real sentences to work on. Peak memory is each ingest process's own
maximum resident set size (getrusage).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from upload_client import upload_and_wait

from entente.ingest import MAX_TEXT_CHARS
from entente.nlp import MAX_PIECE_CHARS
from entente.web.background import running_dashboard

SEED = Path(__file__).resolve().parent.parent / "examples" / "articles" / "article-web.md"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def long_text(chars: int) -> str:
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 20]
    out, k = [], 0
    while sum(map(len, out)) < chars:
        out.append(f"{paragraphs[k % len(paragraphs)]} ({k})\n\n")
        k += 1
    return "".join(out)


# the ingest as `entente ingest` runs it, in a process of its own that says its own peak memory
CHILD = ("import resource, sys\n"
         "from entente.cli import main\n"
         "try:\n    main(sys.argv[1:], standalone_mode=False)\n"
         "finally:\n    print(f'peak_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}', file=sys.stderr)\n")


def ingest(paths: list[Path], db: Path) -> tuple[float, float, str]:
    """(seconds, peak MB of its process, its summary line)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, "ingest", *map(str, paths), "--db", str(db)],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = next(int(ln.split("=")[1]) for ln in done.stderr.splitlines() if ln.startswith("peak_kb="))
    said = [ln for ln in done.stderr.splitlines() if not ln.startswith("peak_kb=")]
    return seconds, peak / 1024, " ".join([done.stdout.strip(), *said]).strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=1_200_000, help="Length of the text coded in pieces.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = folder / "seed.md"
        small.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
        seconds, peak, line = ingest([small], folder / "seed.duckdb")
        print(f"seed article alone ({small.stat().st_size:,} bytes): {seconds:.1f} s, peak {peak:.0f} MB")
        long = folder / "long.txt"
        long.write_text(long_text(args.chars), encoding="utf-8")
        seconds, peak, line = ingest([long], folder / "long.duckdb")
        pieces = -(-long.stat().st_size // MAX_PIECE_CHARS)
        print(f"text of {long.stat().st_size:,} characters, coded in about {pieces} pieces of at most "
              f"{MAX_PIECE_CHARS:,}: {seconds:.1f} s, peak {peak:.0f} MB\n  {line}")
        huge = folder / "huge.txt"
        with huge.open("w", encoding="utf-8") as out:
            block = long_text(1_000_000)
            while out.tell() < 50 * 1024 * 1024:
                out.write(block)
        seconds, peak, line = ingest([huge, small], folder / "huge.duckdb")
        print(f"text of {huge.stat().st_size:,} bytes (limit {MAX_TEXT_CHARS:,} characters) beside the seed: "
              f"{seconds:.1f} s, peak {peak:.0f} MB\n  {line}")
        upload_beside_articles(folder, huge)


def upload(db: Path, files: list[Path]) -> tuple[float, dict]:
    """Upload the files to a dashboard on the store as a browser's form would, and wait for the job."""
    start = time.perf_counter()
    with running_dashboard(db) as base:
        job = upload_and_wait(base, [(f.name, f.read_bytes()) for f in files], poll=2)
    return time.perf_counter() - start, job


def upload_beside_articles(folder: Path, huge: Path) -> None:
    lines = (CORPUS / "wikinews_2019_2020.jsonl").read_text(encoding="utf-8").splitlines()
    with (CORPUS / "whitehouse_briefings_ir.jsonl").open(encoding="utf-8") as whitehouse:
        lines += [next(whitehouse).rstrip("\n") for _ in range(299 - len(lines))]
    articles = folder / "articles.jsonl"
    articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seconds, job = upload(folder / "seed.duckdb", [articles, huge])
    stored = [d for d in job["stored"] if d["name"] == articles.name]
    print(f"upload of {len(lines)} articles in one JSONL file and the {huge.stat().st_size:,}-byte text: "
          f"{seconds:.0f} s, job {job['state']}: {len(stored)} documents stored from {articles.name} "
          f"({sum(d['events'] for d in stored)} events, {sum(d['lang'] != 'en' for d in stored)} not English), "
          f"{len(job['rejected'])} rejected, {len(job['unchanged'])} files unchanged")
    for row in job["rejected"]:
        print(f"  rejected {row['name']}: {row['reason']}")


if __name__ == "__main__":
    main()
