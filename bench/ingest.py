"""Ingest speed: documents per second read and cleaned, per format, and the whole pipeline.

Usage: .venv/bin/python bench/ingest.py [--docs N (300)] [--workers 1 2]

Reading (format sniffing, extraction, cleaning, language) is timed per format on real text: the two
seeds (markdown, PDF text), a PDF written from the seed with reportlab, the extraction set's HTML
pages and the White House corpus as JSONL (both read in place from ../shared). The whole pipeline
(read, cluster, parse, code, store in DuckDB) is timed on N White House statements, once for each
number of coding processes (`ingest --workers`), and the stores are compared table by table (the
times rows were written aside): they must be the same.
The first 300 statements hold transcripts of up to 14,000 words beside a median of 400: the mix a
corpus has. Loading spaCy and the dictionary (about 4 s) is serial in every run, so fewer documents
show less of the workers' gain (1.69x on 100 against 1.78x on 300 in one session).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from entente.ingest import read_bytes
from entente.store import snapshot

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
SEEDS = HERE.parent / "examples" / "articles"


def seed_pdf(folder: Path) -> bytes:
    from reportlab.pdfgen import canvas

    from entente.ingest import extract

    path = folder / "seed.pdf"
    pdf = canvas.Canvas(str(path))
    y = 800
    for paragraph in extract(SEEDS / "article-pdf.txt").text.split("\n\n"):
        words = paragraph.split()
        for k in range(0, len(words), 12):
            if y < 60:
                pdf.showPage()
                y = 800
            pdf.drawString(60, y, " ".join(words[k:k + 12]))
            y -= 14
        y -= 10
    pdf.save()
    return path.read_bytes()


def docs_per_second(samples: list[tuple[str, bytes]], repeat: int = 1) -> tuple[float, int]:
    start = time.perf_counter()
    count = 0
    for _ in range(repeat):
        for name, data in samples:
            count += sum(1 for _ in read_bytes(data, name))
    return count / (time.perf_counter() - start), count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    corpus = (SHARED / "corpus" / "whitehouse_briefings_ir.jsonl").read_text(encoding="utf-8").splitlines()
    pages = sorted((SHARED / "eval-dev" / "extraction" / "scrapinghub_aeb").glob("*/page.html"))
    with tempfile.TemporaryDirectory() as tmp:
        samples = {
            "markdown": [("seed.md", (SEEDS / "article-web.md").read_bytes())],
            "pdftext": [("seed.txt", (SEEDS / "article-pdf.txt").read_bytes())],
            "pdf": [("seed.pdf", seed_pdf(Path(tmp)))],
            "html": [(str(p), p.read_bytes()) for p in pages[:60]],
            "jsonl": [("corpus.jsonl", "\n".join(corpus[:200]).encode("utf-8"))],
        }
        print("reading (sniff, extract, clean, language), one core:")
        for fmt, items in samples.items():
            rate, count = docs_per_second(items, repeat=5 if len(items) == 1 else 1)
            print(f"  {fmt:9s} {rate:8.1f} documents/s ({count} documents)")
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        statements = corpus[:args.docs]
        (folder / "wh.jsonl").write_text("\n".join(statements), encoding="utf-8")
        words = sum(len(json.loads(line)["text"].split()) for line in statements)
        print(f"whole pipeline on {len(statements)} White House statements ({words:,} words), each run the "
              "`entente ingest` command in a fresh process (loading spaCy and the dictionary included):")
        seconds, stores = {}, {}
        for workers in args.workers:
            db = Path(tmp) / f"workers-{workers}.duckdb"
            start = time.perf_counter()
            run = subprocess.run([sys.executable, "-m", "entente", "ingest", str(folder), "--db", str(db),
                                  "--workers", str(workers)], capture_output=True, text=True, check=True)
            seconds[workers] = time.perf_counter() - start
            stores[workers] = snapshot(db, with_times=False)
            print(f"  --workers {workers}: {seconds[workers]:6.1f} s, {len(statements) / seconds[workers]:.2f} "
                  f"documents/s, {words / seconds[workers]:,.0f} words/s; {run.stdout.strip()}")
        first = args.workers[0]
        for workers in args.workers[1:]:
            same = "the same store" if stores[workers] == stores[first] else "DIFFERENT STORES"
            print(f"  --workers {workers} against --workers {first}: {seconds[first] / seconds[workers]:.2f}x, {same}")


if __name__ == "__main__":
    main()
