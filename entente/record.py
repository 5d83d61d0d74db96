"""The records, defined once: the event, and the document and story it comes from.

An event is stored as one flat row (EVENT_COLUMNS: the DuckDB table, the batch's Parquet, the Parquet
export) and shown as DESIGN.md's EVENT object (event_record: `entente code`, `entente events --format
jsonl`, the API, shift's breaks); CSV, from the CLI or the API, is the object flattened again
(listing_row). Every shape comes from here, so that a new field is added in this file and nowhere
else; tests/test_store_cli.py holds every output to the same fields. A document's and a story's
columns (the store's tables, the batch's Parquet) come from here too: a Document's own fields, then
what the store adds.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from datetime import date
from typing import TYPE_CHECKING

import pyarrow as pa

from entente import stories
from entente.types import Actor, Document, Event

if TYPE_CHECKING:
    from entente.coding import Coded

ACTOR_FIELDS = tuple(f.name for f in fields(Actor))
STRING = pa.string()

# A stored event, column by column, in the order tables and files hold them.
EVENT_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    ("event_id", STRING), ("story_id", STRING), ("doc_id", STRING),
    *((f"{side}_{field}", STRING) for side in ("source", "target") for field in ACTOR_FIELDS),
    ("code", STRING), ("root", STRING), ("quad", pa.int8()), ("goldstein", pa.float64()),
    ("date", STRING), ("date_precision", STRING), ("event_day", pa.date32()),
    ("place_name", STRING), ("place_country", STRING), ("negated", pa.bool_()), ("confidence", pa.float64()),
    ("evidence_text", STRING), ("evidence_start", pa.int32()), ("evidence_end", pa.int32()),
    ("trigger", STRING), ("mode", STRING),
)
EVENT_SCHEMA = pa.schema(EVENT_COLUMNS)
# What a listing of stored events adds from the event's document and story: its provenance.
PROVENANCE_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    ("title", STRING), ("outlet", STRING), ("url", STRING), ("copies", pa.int64()), ("outlets", pa.list_(STRING)),
)
LISTING_SCHEMA = pa.schema(EVENT_COLUMNS + PROVENANCE_COLUMNS)

# A Document's fields are text or days (types.py writes them as "str | None", "date | None")
FIELD_TYPES = {"str": STRING, "date": pa.date32()}
# A stored document: its own fields, then its story, its size and its MinHash signature (stories.py)
DOCUMENT_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    *((f.name, FIELD_TYPES[str(f.type).split(" | ")[0]]) for f in fields(Document)),
    ("story_id", STRING), ("n_words", pa.int32()), ("n_shingles", pa.int32()), ("signature", pa.list_(pa.uint64())),
)
# The batch's documents, before stories are known, in the order they were read
READ_DOCUMENT_SCHEMA = pa.schema([c for c in DOCUMENT_COLUMNS if c[0] != "story_id"] + [("order", pa.int64())])
# A sentence of a coded document, where it lies in the document's text
SENTENCE_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    ("doc_id", STRING), ("idx", pa.int32()), ("start_char", pa.int32()), ("end_char", pa.int32()), ("text", STRING),
)
SENTENCE_SCHEMA = pa.schema(SENTENCE_COLUMNS)
# A story: the document it is listed under, and the copy and day it was coded from (stories.coded_copy)
STORY_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    ("story_id", STRING), ("canonical_doc_id", STRING), ("coded_doc_id", STRING), ("coded_date", pa.date32()),
)

DUCKDB_TYPES = {pa.string(): "VARCHAR", pa.int8(): "TINYINT", pa.int32(): "INTEGER", pa.int64(): "BIGINT",
                pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN", pa.date32(): "DATE",
                pa.list_(pa.uint64()): "UBIGINT[]"}


# a row written without a mode (a batch's Parquet from before modes) was asserted
DEFAULTS = {"mode": "'asserted'"}


def duckdb_columns(columns: tuple[tuple[str, pa.DataType], ...]) -> str:
    """The column list of a CREATE TABLE for these columns."""
    return ", ".join(f"{name} {DUCKDB_TYPES[kind]}" + (f" DEFAULT {DEFAULTS[name]}" if name in DEFAULTS else "")
                     for name, kind in columns)


def document_row(doc: Document) -> dict:
    """A document's row before its story is known: its own fields, its size and its MinHash
    signature, the same whoever reads it (`ingest` in its writer, `batch` on a worker)."""
    shingle_set = stories.shingles(doc.text)
    return {**vars(doc), "n_words": len(doc.text.split()), "n_shingles": len(shingle_set),
            "signature": stories.signature(shingle_set)}


def coded_rows(coded: Coded, story_id: str, doc_id: str) -> tuple[list[dict], list[dict]]:
    """A story's coded copy as the rows stored: its events and its sentences."""
    return ([event_row(e, story_id, doc_id) for e in coded.events],
            [{"doc_id": doc_id, "idx": s.index, "start_char": s.start, "end_char": s.end, "text": s.text}
             for s in coded.sentences])


def event_id(event: Event, story_id: str) -> str:
    """The same event of the same story always has the same id, whichever process coded it."""
    src, tgt = event.source, event.target
    key = "|".join(str(v) for v in (story_id, src.code if src else "", tgt.code if tgt else "", event.code,
                                     event.date, event.evidence.start, event.mode))
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def event_day(when: str | None) -> date | None:
    """The first day of an event's date, whatever its precision ("2022-05" is 2022-05-01)."""
    from entente.coding.dates import first_day

    return date.fromisoformat(first_day(when)) if when else None


def event_row(event: Event, story_id: str | None = None, doc_id: str | None = None) -> dict:
    """The flat row of an event; outside a store (no story) it has no id."""
    row = {"event_id": event_id(event, story_id) if story_id else None, "story_id": story_id,
           "doc_id": doc_id if doc_id is not None else event.evidence.doc_id}
    for side, actor in (("source", event.source), ("target", event.target)):
        row.update({f"{side}_{field}": getattr(actor, field) if actor else None for field in ACTOR_FIELDS})
    place = event.place or {}
    row.update(code=event.code, root=event.root, quad=event.quad, goldstein=event.goldstein, date=event.date,
               date_precision=event.date_precision, event_day=event_day(event.date),
               place_name=place.get("name"), place_country=place.get("country"), negated=event.negated,
               confidence=event.confidence, evidence_text=event.evidence.text,
               evidence_start=event.evidence.start, evidence_end=event.evidence.end, trigger=event.trigger,
               mode=event.mode)
    return row


def event_record(row: dict) -> dict:
    """A flat row (stored, listed or just coded) as DESIGN.md's EVENT object with its provenance."""
    def actor(side: str) -> dict | None:
        if row[f"{side}_code"] is None:
            return None
        return {field: row[f"{side}_{field}"] for field in ACTOR_FIELDS}

    return {
        "source": actor("source"), "target": actor("target"), "code": row["code"], "root": row["root"],
        "quad": row["quad"], "goldstein": row["goldstein"], "date": row["date"],
        "date_precision": row["date_precision"],
        "place": {"name": row["place_name"], "country": row["place_country"]} if row["place_name"] else None,
        "mode": row["mode"], "negated": row["mode"] == "negated", "confidence": round(row["confidence"], 3),
        "evidence": {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"],
                     "doc_id": row["doc_id"]},
        "trigger": row["trigger"], "event_id": row["event_id"], "story_id": row["story_id"],
        **{name: row.get(name) for name, _ in PROVENANCE_COLUMNS}, "outlets": row.get("outlets") or [],
    }


def listing_row(record: dict) -> dict:
    """An EVENT object back as the listing's flat columns (LISTING_SCHEMA), for CSV: the inverse of
    event_record, but for the confidence, which the object gives to three places."""
    row = {name: record.get(name) for name in LISTING_SCHEMA.names}
    for side in ("source", "target"):
        actor = record[side] or {}
        row.update({f"{side}_{field}": actor.get(field) for field in ACTOR_FIELDS})
    place, evidence = record["place"] or {}, record["evidence"]
    row.update(place_name=place.get("name"), place_country=place.get("country"), evidence_text=evidence["text"],
               evidence_start=evidence["start"], evidence_end=evidence["end"], doc_id=evidence["doc_id"],
               event_day=event_day(record["date"]))
    return row
