"""Words per second of spaCy's own nlp.pipe and of entente's coding, on the same texts: the one
measurement bench/throughput.py and bench/batch.py share."""

from __future__ import annotations

import time

from entente.coding import code_texts
from entente.nlp import BATCH_SIZE, load_pipeline


def raw_and_coded(texts: list[str], date: str | None = None, repeats: int = 2) -> tuple[float, float, int]:
    """(raw spaCy words/s, entente code words/s, events coded): the faster of `repeats` runs of
    each, taken in turns, so that a slow spell of a shared machine falls on both or is dropped."""
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass  # a first pass fills the vocabulary, so that neither timed pass pays for it
    next(code_texts([(texts[0], date, None)]))  # and the coder loads its lexicon and dictionary
    raw_best = coded_best = float("inf")
    events = 0
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
        raw_best = min(raw_best, time.perf_counter() - start)
        start = time.perf_counter()
        events = sum(len(c.events) for c in code_texts((t, date, None) for t in texts))
        coded_best = min(coded_best, time.perf_counter() - start)
    return words / raw_best, words / coded_best, events
