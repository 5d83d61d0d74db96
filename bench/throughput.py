"""Words per second of spaCy's own nlp.pipe and of entente's coding, on the same texts, one core.

Usage: .venv/bin/python bench/throughput.py [--docs N] [--seed]
Texts: the first N White House documents of ../shared/corpus/ (default 60, about 70k words of real
statements and briefings, read as entente reads them), or with --seed the seed article's body
repeated N times. Also prints how long the actor dictionary, its name index and the lexicon take
to load.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from timing import raw_and_coded  # noqa: E402

from entente.actors.dictionary import Dictionary  # noqa: E402
from entente.actors.names import NameIndex  # noqa: E402
from entente.coding.lexicon import default_lexicon  # noqa: E402
from entente.errors import InputError  # noqa: E402
from entente.ingest import extract, read_paths  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "examples" / "articles" / "article-web.md"
WHITE_HOUSE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "whitehouse_briefings_ir.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--seed", action="store_true", help="the seed article repeated instead")
    args = parser.parse_args()
    start = time.perf_counter()
    dictionary = Dictionary.load()
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    NameIndex.build(list(dictionary.names))
    indexed = time.perf_counter() - start
    start = time.perf_counter()
    default_lexicon()
    lexicon = time.perf_counter() - start
    print(f"loading: dictionary {loaded:.2f} s ({len(dictionary.entities):,} entities, {len(dictionary.names):,} "
          f"names), name index {indexed:.2f} s, lexicon {lexicon:.2f} s")
    if args.seed:
        doc = extract(SEED)
        texts, date = [doc.text] * args.docs, doc.date
        what = "the seed article"
    else:
        docs = [d for d in read_paths([WHITE_HOUSE]) if not isinstance(d, InputError)][:args.docs]
        texts, date = [d.text for d in docs], None
        what = "White House documents"
    words = sum(len(t.split()) for t in texts)
    raw, coded, n_events = raw_and_coded(texts, date)
    print(f"text: {len(texts)} {what}, {words} words")
    print(f"spaCy nlp.pipe (full en_core_web_sm pipeline): {raw:,.0f} words/s")
    print(f"entente code (parse + actors + coding):        {coded:,.0f} words/s "
          f"({coded / raw:.2f} of raw spaCy), {n_events} events")


if __name__ == "__main__":
    main()
