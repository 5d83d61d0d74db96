"""The main job: read files, keep one story per article, code each story once, store it all."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from entente import stories
from entente.actors.dictionary import Dictionary, default_dictionary
from entente.coding import code_texts
from entente.errors import InputError, NotEnglishError
from entente.ingest import MAX_BYTES, iter_files, read_path
from entente.store import connect, insert_rows
from entente.types import Document, Event


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

    @property
    def events(self) -> int:
        """Events stored for the stories this ingest coded (a recoded story counts once)."""
        return sum(self.story_events.values())

    def line(self) -> str:
        return (f"{self.documents} new documents ({self.stories} new stories, {self.copies} copies "
                f"of known stories, {self.not_english} not English), {self.unchanged} already stored, "
                f"{self.events} events stored, {len(self.rejected)} rejected")


def event_row(event: Event, story_id: str, doc_id: str) -> dict:
    src, tgt = event.source, event.target
    key = "|".join(str(v) for v in (story_id, src.code if src else "", tgt.code if tgt else "", event.code,
                                     event.date, event.evidence.start, event.mode))
    return {
        "event_id": hashlib.sha1(key.encode()).hexdigest()[:16], "story_id": story_id, "doc_id": doc_id,
        "source_code": src.code if src else None, "source_country": src.country if src else None,
        "source_role": src.role if src else None, "source_name": src.name if src else None,
        "source_text": src.text if src else None,
        "target_code": tgt.code if tgt else None, "target_country": tgt.country if tgt else None,
        "target_role": tgt.role if tgt else None, "target_name": tgt.name if tgt else None,
        "target_text": tgt.text if tgt else None, "code": event.code, "root": event.root,
        "quad": event.quad, "goldstein": event.goldstein, "date": event.date,
        "date_precision": event.date_precision, "event_day": first_day_or_none(event.date),
        "place_name": (event.place or {}).get("name"), "place_country": (event.place or {}).get("country"),
        "negated": event.negated, "mode": event.mode, "confidence": event.confidence,
        "evidence_text": event.evidence.text,
        "evidence_start": event.evidence.start, "evidence_end": event.evidence.end, "trigger": event.trigger,
    }


def first_day_or_none(value: str | None) -> str | None:
    from entente.coding.dates import first_day

    return first_day(value) if value else None


def find_story(con: duckdb.DuckDBPyConnection, sig: list[int], size: int) -> str | None:
    """The story this signature is a copy of, found through the LSH bands stored in the database."""
    keys = stories.band_keys(sig)
    candidates = con.execute(
        "SELECT DISTINCT d.story_id, d.signature, d.n_shingles FROM lsh_bands b "
        "JOIN documents d USING (doc_id) WHERE (b.band, b.key) IN "
        f"(SELECT * FROM (VALUES {', '.join('(?, ?)' for _ in keys)}))",
        [v for pair in keys for v in pair]).fetchall()
    for story_id, other_sig, other_size in candidates:
        if story_id and stories.same_story(sig, size, list(other_sig), other_size):
            return story_id
    return None


def code_and_store(con: duckdb.DuckDBPyConnection, doc: Document, story_id: str, when: str | None,
                   dictionary: Dictionary | None = None) -> int:
    voice = (dictionary or default_dictionary()).voice(doc.url, doc.outlet)
    coded = next(code_texts([(doc.text, when, doc.doc_id, voice)], dictionary))
    con.execute("DELETE FROM events WHERE story_id = ?", [story_id])
    insert_rows(con, "events", [event_row(e, story_id, doc.doc_id) for e in coded.events])
    insert_rows(con, "sentences", [{"doc_id": doc.doc_id, "idx": s.index, "start_char": s.start,
                                    "end_char": s.end, "text": s.text} for s in coded.sentences])
    con.execute("UPDATE stories SET coded_doc_id = ?, coded_date = ? WHERE story_id = ?",
                [doc.doc_id, when, story_id])
    return len(coded.events)


def recode_story(con: duckdb.DuckDBPyConnection, story_id: str, dictionary: Dictionary | None = None
                 ) -> int | None:
    """Code the story's most complete English copy, dated by the earliest date any copy gives.
    Nothing is done when that copy and date were already coded: copies cost no coding."""
    copies = con.execute("SELECT doc_id, n_words, date, lang FROM documents WHERE story_id = ?",
                         [story_id]).fetchall()
    best = stories.canonical_copy(copies)
    when = min((date for _, _, date, _ in copies if date), default=None)
    coded_doc, coded_date = con.execute("SELECT coded_doc_id, coded_date FROM stories WHERE story_id = ?",
                                        [story_id]).fetchone()
    if best is None or (best == coded_doc and when == coded_date):
        return None  # a story with no English copy keeps its first copy as canonical, uncoded
    con.execute("UPDATE stories SET canonical_doc_id = ? WHERE story_id = ?", [best, story_id])
    row = con.execute("SELECT * FROM documents WHERE doc_id = ?", [best]).fetchone()
    columns = [d[0] for d in con.description]
    record = dict(zip(columns, row))
    doc = Document(**{k: record[k] for k in Document.__dataclass_fields__})
    return code_and_store(con, doc, story_id, when, dictionary)


def store_document(con: duckdb.DuckDBPyConnection, doc: Document, summary: IngestSummary,
                   dictionary: Dictionary | None = None) -> None:
    """One document, one transaction: stored, joined to its story, coded once per story."""
    if con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc.doc_id]).fetchone():
        summary.unchanged += 1
        return
    shingle_set = stories.shingles(doc.text)
    sig = stories.signature(shingle_set)
    con.execute("BEGIN TRANSACTION")
    try:
        story_id = find_story(con, sig, len(shingle_set))
        if story_id is None:
            story_id = doc.doc_id
            con.execute("INSERT INTO stories (story_id, canonical_doc_id) VALUES (?, ?)",
                        [story_id, doc.doc_id])
            summary.stories += 1
        else:
            summary.copies += 1
        row = dict(vars(doc))
        row.update(story_id=story_id, n_words=len(doc.text.split()), n_shingles=len(shingle_set),
                   signature=sig)
        insert_rows(con, "documents", [row])
        insert_rows(con, "lsh_bands", [{"band": b, "key": k, "doc_id": doc.doc_id}
                                       for b, k in stories.band_keys(sig)])
        coded = recode_story(con, story_id, dictionary)
        if coded is not None:
            summary.story_events[story_id] = coded
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    summary.documents += 1
    if doc.lang not in (None, "en"):
        summary.not_english += 1
        summary.flagged.append(NotEnglishError(doc.path, doc.lang))


def ingest(paths: Iterable[str | Path], db: str | Path, max_bytes: int = MAX_BYTES,
           on_file: Callable[[int, int, IngestSummary], None] | None = None,
           dictionary: Dictionary | None = None) -> IngestSummary:
    """Read, cluster, code and store every file under `paths`; `on_file(done, total, summary)` is
    called once before the first file and after each file (a JSONL or WARC file holds many documents)."""
    summary = IngestSummary()
    files = list(iter_files(paths))
    con = connect(db)
    if on_file is not None:
        on_file(0, len(files), summary)
    try:
        for done, entry in enumerate(files, start=1):
            items = [entry] if isinstance(entry, InputError) else read_path(entry, max_bytes)
            for item in items:
                if isinstance(item, InputError):
                    summary.rejected.append(item)
                    # one row per file and reason, however often it is offered (the latest time kept)
                    con.execute("DELETE FROM rejected WHERE path = ? AND reason = ?", [item.path, item.reason])
                    insert_rows(con, "rejected", [{"path": item.path, "reason": item.reason}])
                else:
                    store_document(con, item, summary, dictionary)
            if on_file is not None:
                on_file(done, len(files), summary)
    finally:
        con.close()
    return summary
