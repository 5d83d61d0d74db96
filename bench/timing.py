"""Words per second of spaCy's own nlp.pipe and of entente's coding, on the same texts: the one
measurement bench/throughput.py and bench/batch.py share."""

from __future__ import annotations

import time

from entente.coding import code_texts
from entente.nlp import BATCH_SIZE, load_pipeline


def raw_and_coded(texts: list[str], date: str | None = None) -> tuple[float, float, int]:
    """(raw spaCy words/s, entente code words/s, events coded)."""
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass  # a first pass fills the vocabulary, so that neither timed pass pays for it
    next(code_texts([(texts[0], date, None)]))  # and the coder loads its lexicon and dictionary
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    raw = words / (time.perf_counter() - start)
    start = time.perf_counter()
    events = sum(len(c.events) for c in code_texts((t, date, None) for t in texts))
    coded = words / (time.perf_counter() - start)
    return raw, coded, events
