"""Coding on several cores, for `entente ingest --workers N`.

The store keeps one writer, this process: it reads, signs, clusters and stores each document in its
own transaction, as a single-process ingest does. What costs (parsing and coding a text) is done
ahead by worker processes: each new document is coded as if it were its story's canonical copy,
dated by itself, which it is unless it is a copy of a story already read. The writer takes a
worker's result only when it was made for exactly the text, date and voice the story needs, and
codes in-process otherwise, so the store is the same whatever the number of workers.

Where processes start by forking (Linux), the writer loads spaCy before the workers start and they
inherit it, loaded, rather than each spending seconds of a core loading its own.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date

from entente.actors.dictionary import Dictionary
from entente.coding import Coded, code_texts
from entente.stories import codes_as_english
from entente.types import Document

# Documents read ahead per worker: more keeps a worker busy while the writer stores a long text,
# fewer holds fewer texts and results in memory. bench/ingest.py, run with 2, 4 and 8, told them
# apart by less than its own run-to-run spread. The workers start only once that many new
# documents are in sight: starting them, and spaCy with them, costs more than coding a few short
# texts here.
LOOKAHEAD_PER_WORKER = 4

_worker_dictionary: Dictionary | None = None


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def start_worker(dictionary: Dictionary | None) -> None:
    global _worker_dictionary
    from entente.nlp import load_pipeline

    _worker_dictionary = dictionary
    load_pipeline()  # loaded (or found inherited) when the worker starts, not inside its first task


def code_in_worker(text: str, when: date | None, doc_id: str, voice: str | None) -> Coded:
    return next(code_texts([(text, when, doc_id, voice)], _worker_dictionary))


Key = tuple[str, date | None, str | None]  # doc_id (a hash of the text), date, voice


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
        return LOOKAHEAD_PER_WORKER * self.workers if self.workers > 1 else 0

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
            key = (doc.doc_id, doc.date, voice)
            if key not in self.ahead and codes_as_english(doc.lang):
                self.ahead[key] = self.pool.submit(code_in_worker, doc.text, doc.date, doc.doc_id, voice)

    def code(self, doc: Document, when: date | None, voice: str | None) -> Coded:
        future = self.ahead.pop((doc.doc_id, when, voice), None)
        if future is not None:
            self.taken += 1
            return future.result()
        return next(code_texts([(doc.text, when, doc.doc_id, voice)], self.dictionary))

    def forget(self, doc: Document, voice: str | None) -> None:
        """A document stored: what was coded ahead for it and not taken (a copy) is not needed."""
        future = self.ahead.pop((doc.doc_id, doc.date, voice), None)
        if future is not None:
            future.cancel()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        self.ahead.clear()
