"""Words per second of spaCy's own nlp.pipe and of entente's coding, on the same text, one core.

Usage: .venv/bin/python bench/throughput.py [--docs N]
Text: the seed article's body repeated N times as separate documents (default 40, about 50k words).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from timing import raw_and_coded  # noqa: E402

from entente.ingest import extract  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "examples" / "articles" / "article-web.md"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=40)
    args = parser.parse_args()
    doc = extract(SEED)
    texts = [doc.text] * args.docs
    words = sum(len(t.split()) for t in texts)
    raw, coded, n_events = raw_and_coded(texts, doc.date)
    print(f"text: {args.docs} documents, {words} words")
    print(f"spaCy nlp.pipe (full en_core_web_sm pipeline): {raw:,.0f} words/s")
    print(f"entente code (parse + actors + coding):        {coded:,.0f} words/s "
          f"({coded / raw:.2f} of raw spaCy), {n_events} events")


if __name__ == "__main__":
    main()
