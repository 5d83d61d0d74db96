"""Coding on several cores, for `entente ingest --workers N`.

The store keeps one writer, this process: it reads, signs, clusters and stores each document in its
own transaction, as a single-process ingest does. What costs (parsing and coding a text) is done
ahead by worker processes: each new document is coded as if it were its story's canonical copy,
dated by itself, which it is unless it is a copy of a story already read. The writer takes a
worker's result only when it was made for exactly the text, date, voice, posts and kind (a
retelling or not) the story needs, and codes in-process otherwise, so the store is the same
whatever the number of workers.

Where processes start by forking (Linux), the writer loads spaCy before the workers start and they
inherit it, loaded, rather than each spending seconds of a core loading its own.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date

from entente.actors.dictionary import Dictionary
from entente.coding import Coded, code_texts, coding_item
from entente.stories import codes_as_english
from entente.types import Document

# The workers start once LOOKAHEAD_PER_WORKER new documents a worker are in sight: starting them,
# and spaCy with them, costs more than coding a few short texts here (bench/ingest.py, run with 2, 4
# and 8, told them apart by less than its own run-to-run spread). From then on the writer reads
# ahead by words: enough that while one worker codes the longest transcript (14,000 words, several
# seconds) the others have texts to code. With 8 documents a worker and no word count, the second
# worker idled behind each long transcript: 1.65x on 300 statements. LOOKAHEAD_WORDS_PER_WORKER
# trades that idling against the texts and results held in memory (20,000 words: about 150 KB of
# text a worker); MAX_AHEAD_PER_WORKER bounds the documents held when they are all short.
LOOKAHEAD_PER_WORKER = 4
LOOKAHEAD_WORDS_PER_WORKER = 20_000
MAX_AHEAD_PER_WORKER = 64

_worker_dictionary: Dictionary | None = None


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def start_worker(dictionary: Dictionary | None) -> None:
    global _worker_dictionary
    from entente.nlp import load_pipeline

    _worker_dictionary = dictionary
    load_pipeline()  # loaded (or found inherited) when the worker starts, not inside its first task


def code_in_worker(item: tuple) -> Coded:
    return next(code_texts([item], _worker_dictionary))


def document_item(doc: Document, when: date | None, voice: str | None) -> tuple:
    """What code_texts takes for a stored document (entente.coding.coding_item)."""
    return coding_item(doc.text, when, doc.doc_id, voice, doc.posts, doc.url, doc.title)


# everything code_texts takes but the text: its date, doc_id (a hash of the text), voice, posts,
# whether it retells and its headline (two copies of one text may differ in all but the text)
Key = tuple[date | None, str, str | None, str | None, bool, str | None]


def key_of(item: tuple) -> Key:
    return item[1:]


class Coder:
    """Codes a story's chosen copy: with what a worker coded ahead when it matches, else here."""

    def __init__(self, dictionary: Dictionary | None = None, workers: int = 1):
        self.dictionary = dictionary
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.ahead: dict[Key, Future] = {}
        self.taken = 0  # stories coded with what a worker coded ahead

    @property
    def lookahead(self) -> int:
        """New documents in sight before the workers start (none with one process)."""
        return LOOKAHEAD_PER_WORKER * self.workers if self.workers > 1 else 0

    def reads_ahead(self, documents: int, words: int) -> bool:
        """Whether the writer should read one more document, with this many new documents (of this
        many words) in sight and not stored yet."""
        if self.workers <= 1:
            return False
        return documents < self.lookahead or (
            documents < MAX_AHEAD_PER_WORKER * self.workers and words < LOOKAHEAD_WORDS_PER_WORKER * self.workers)

    def foresee(self, docs: list[tuple[Document, str | None]]) -> None:
        """Code ahead the new documents (each with its voice) that the writer will store next."""
        if self.pool is None:
            if self.workers <= 1 or len(docs) < self.lookahead:
                return
            context = multiprocessing.get_context()  # the platform's own way: fork on Linux, spawn elsewhere
            if context.get_start_method() == "fork":
                from entente.nlp import load_pipeline

                load_pipeline()  # once here, inherited by every worker
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                            initializer=start_worker, initargs=(self.dictionary,))
        for doc, voice in docs:
            item = document_item(doc, doc.date, voice)
            if key_of(item) not in self.ahead and codes_as_english(doc.lang):
                self.ahead[key_of(item)] = self.pool.submit(code_in_worker, item)

    def code(self, doc: Document, when: date | None, voice: str | None) -> Coded:
        item = document_item(doc, when, voice)
        future = self.ahead.pop(key_of(item), None)
        if future is not None:
            self.taken += 1
            return future.result()
        return next(code_texts([item], self.dictionary))

    def forget(self, doc: Document, voice: str | None) -> None:
        """A document stored: what was coded ahead for it and not taken (a copy) is not needed."""
        future = self.ahead.pop(key_of(document_item(doc, doc.date, voice)), None)
        if future is not None:
            future.cancel()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        self.ahead.clear()
