"""The main job: read files, keep one story per article, code each story once, store it all."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from entente import stories
from entente.actors.dictionary import Dictionary, default_dictionary
from entente.errors import CodingFault, InputError, NotEnglishError
from entente.ingest import MAX_BYTES, iter_files, read_path
from entente.record import coded_rows, document_row
from entente.store import connect, insert_rows
from entente.types import Document
from entente.workers import Coder


@dataclass
class IngestSummary:
    documents: int = 0
    stories: int = 0
    copies: int = 0
    unchanged: int = 0
    not_english: int = 0
    story_events: dict[str, int] = field(default_factory=dict)  # events stored per story coded now
    rejected: list[InputError] = field(default_factory=list)
    flagged: list[InputError] = field(default_factory=list)  # stored but not coded
    coded_ahead: int = 0  # stories coded by worker processes (ingest --workers)

    @property
    def events(self) -> int:
        """Events stored for the stories this ingest coded (a recoded story counts once)."""
        return sum(self.story_events.values())

    def line(self) -> str:
        return (f"{self.documents} new documents ({self.stories} new stories, {self.copies} copies "
                f"of known stories, {self.not_english} not English), {self.unchanged} already stored, "
                f"{self.events} events stored, {len(self.rejected)} rejected")


@dataclass
class StoredCopies:
    """The store's documents as stories.EarlierCopies, through the LSH bands stored with them, in
    the order stored (documents loaded from a batch in one statement: in the batch's input order)."""

    con: duckdb.DuckDBPyConnection

    def candidates(self, keys: list[tuple[int, int]]) -> list[tuple[str, list[int], int]]:
        return self.con.execute(
            "SELECT story_id, signature, n_shingles FROM documents WHERE doc_id IN (SELECT doc_id FROM "
            f"lsh_bands WHERE (band, key) IN (SELECT * FROM (VALUES {', '.join('(?, ?)' for _ in keys)}))) "
            "ORDER BY ingested_at, rowid", [v for pair in keys for v in pair]).fetchall()


def voice_of(doc: Document, dictionary: Dictionary | None) -> str | None:
    """Who speaks in the document, when an institution published it (Dictionary.voice)."""
    return (dictionary or default_dictionary()).voice(doc.url, doc.outlet)


def read_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> Document:
    cursor = con.execute("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
    record = dict(zip([d[0] for d in cursor.description], cursor.fetchone()))
    return Document(**{k: record[k] for k in Document.__dataclass_fields__})


def recode_story(con: duckdb.DuckDBPyConnection, story_id: str, coder: Coder, stored: Document) -> int | None:
    """Code the story's most complete English copy, dated by the earliest date any copy gives, now
    that `stored` has joined it. Nothing is done when that copy and date were already coded: copies
    cost no coding."""
    best, when = stories.coded_copy(con.execute("SELECT doc_id, n_words, date, lang FROM documents "
                                                "WHERE story_id = ?", [story_id]).fetchall())
    coded_doc, coded_date = con.execute("SELECT coded_doc_id, coded_date FROM stories WHERE story_id = ?",
                                        [story_id]).fetchone()
    if best is None or (best == coded_doc and when == coded_date):
        return None  # a story with no English copy keeps its first copy as canonical, uncoded
    doc = stored if best == stored.doc_id else read_document(con, best)
    coded = coder.code(doc, when, voice_of(doc, coder.dictionary))
    if coded.fault is not None:  # the document ingested is named; the story's copy coded too, if another
        raise CodingFault(stored.path, coded.fault if doc is stored else f"{coded.fault} (coding its copy {doc.path})")
    if coded_doc is not None:  # coded before, from another copy or date: those events and sentences give way
        con.execute("DELETE FROM events WHERE story_id = ?", [story_id])
        con.execute("DELETE FROM sentences WHERE doc_id IN (?, ?)", [coded_doc, best])
    events, sentences = coded_rows(coded, story_id, doc.doc_id)
    insert_rows(con, "events", events)
    insert_rows(con, "sentences", sentences)
    con.execute("UPDATE stories SET canonical_doc_id = ?, coded_doc_id = ?, coded_date = ? WHERE story_id = ?",
                [best, best, when, story_id])
    return len(coded.events)


def store_document(con: duckdb.DuckDBPyConnection, doc: Document, summary: IngestSummary, coder: Coder) -> None:
    """One document, one transaction: stored, joined to its story, coded once per story."""
    if is_stored(con, doc.doc_id):
        summary.unchanged += 1
        return
    row = document_row(doc)
    con.execute("BEGIN TRANSACTION")
    try:
        story_id = stories.story_of(StoredCopies(con), row["signature"], row["n_shingles"])
        new_story = story_id is None
        if new_story:
            story_id = doc.doc_id
            con.execute("INSERT INTO stories (story_id, canonical_doc_id) VALUES (?, ?)",
                        [story_id, doc.doc_id])
        insert_rows(con, "documents", [{**row, "story_id": story_id}])
        insert_rows(con, "lsh_bands", [{"band": b, "key": k, "doc_id": doc.doc_id}
                                       for b, k in stories.band_keys(row["signature"])])
        coded = recode_story(con, story_id, coder, doc)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    # counted once stored: a document rolled back is in no count but the rejected
    if coded is not None:
        summary.story_events[story_id] = coded
    summary.stories += new_story
    summary.copies += not new_story
    summary.documents += 1
    if not stories.codes_as_english(doc.lang):
        summary.not_english += 1
        summary.flagged.append(NotEnglishError(doc.path, doc.lang))


def reject(con: duckdb.DuckDBPyConnection, error: InputError, summary: IngestSummary) -> None:
    summary.rejected.append(error)
    # one row per file and reason, however often it is offered (the first time kept)
    con.execute("INSERT INTO rejected (path, reason) SELECT ?, ? WHERE NOT EXISTS "
                "(SELECT 1 FROM rejected WHERE path = ? AND reason = ?)",
                [error.path, error.reason, error.path, error.reason])


def is_stored(con: duckdb.DuckDBPyConnection, doc_id: str) -> bool:
    return con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone() is not None


def read_files(files: list[Path | InputError], max_bytes: int) -> Iterator[tuple[int, Document | InputError | None]]:
    """(files done, item): each file's documents and errors, then None once the file is read."""
    for done, entry in enumerate(files, start=1):
        items = [entry] if isinstance(entry, InputError) else read_path(entry, max_bytes)
        yield from ((done, item) for item in items)
        yield done, None


def ingest(paths: Iterable[str | Path], db: str | Path, max_bytes: int = MAX_BYTES,
           on_file: Callable[[int, int, IngestSummary], None] | None = None,
           dictionary: Dictionary | None = None, workers: int = 1) -> IngestSummary:
    """Read, cluster, code and store every file under `paths`; `on_file(done, total, summary)` is
    called once before the first file and after each file (a JSONL or WARC file holds many documents).
    With `workers` > 1, worker processes code ahead (entente.workers): the store is the same."""
    summary = IngestSummary()
    files = list(iter_files(paths))
    con = connect(db)
    # the writer's queries are lookups and small inserts: DuckDB's own threads would only take CPU
    # from the coders
    con.execute("SET threads TO 1")
    coder = Coder(dictionary, workers)
    if on_file is not None:
        on_file(0, len(files), summary)
    stream = read_files(files, max_bytes)
    # read ahead: (files done, item, and for a document not stored yet, its voice and words)
    pending: deque[tuple[int, Document | InputError | None, tuple[str | None, int] | None]] = deque()
    try:
        while True:
            # as many new documents in sight as the workers read ahead (ends of files, errors and
            # documents already stored aside, up to as many again as the workers start with)
            while True:
                ahead = [new for *_, new in pending if new is not None]
                if pending and not (coder.reads_ahead(len(ahead), sum(words for _, words in ahead))
                                    and len(pending) - len(ahead) <= coder.lookahead):
                    break
                if (entry := next(stream, None)) is None:
                    break
                done, item = entry
                # a document the workers could code ahead (with one process there are none)
                new = coder.lookahead > 0 and isinstance(item, Document) and not is_stored(con, item.doc_id)
                pending.append((done, item, (voice_of(item, dictionary), len(item.text.split())) if new else None))
            if not pending:
                break
            coder.foresee([(item, new[0]) for _, item, new in pending if new is not None])
            done, item, new = pending.popleft()
            if item is None:
                if on_file is not None:
                    on_file(done, len(files), summary)
            elif isinstance(item, InputError):
                reject(con, item, summary)
            else:
                try:
                    store_document(con, item, summary, coder)
                except CodingFault as fault:  # rolled back: the store is as it was before the document
                    reject(con, fault, summary)
                if new is not None:
                    coder.forget(item, new[0])
    finally:
        summary.coded_ahead = coder.taken
        coder.close()
        con.close()
    return summary
