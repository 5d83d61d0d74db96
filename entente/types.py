"""The plain data types every pipeline stage speaks.

Stages take and return these; none of them knows about DuckDB, spaCy or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Document:
    """One article as read from one file (or one JSONL line / WARC record)."""

    doc_id: str
    text: str
    format: str
    path: str = ""
    title: str | None = None
    author: str | None = None
    date: date | None = None  # the day the article was first published
    outlet: str | None = None  # who published this copy
    original_source: str | None = None  # the outlet the copy credits, if any
    republished: date | None = None  # the day of this copy, when it differs from `date`
    url: str | None = None
    lang: str | None = None
    posts: str | None = None  # the dated social-media posts the text links to (entente.posts)

    def contract(self) -> dict:
        """The JSON object `entente extract` prints (DESIGN.md contract, plus extras)."""
        out = {
            "title": self.title,
            "author": self.author,
            "date": self.date.isoformat() if self.date else None,
            "outlet": self.outlet,
            "original_source": self.original_source,
            "text": self.text,
            "format": self.format,
        }
        out.update(republished=self.republished.isoformat() if self.republished else None, url=self.url,
                   lang=self.lang, doc_id=self.doc_id)
        return out


@dataclass
class Story:
    """One article however many copies of it were read."""

    story_id: str
    canonical_doc_id: str
    doc_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)


@dataclass
class Sentence:
    doc_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    """A CAMEO actor: country (ISO alpha-3, or IGO) plus role (sector code)."""

    code: str
    country: str | None
    role: str | None
    name: str
    text: str = ""

    def contract(self) -> dict:
        return {"code": self.code, "country": self.country, "role": self.role,
                "name": self.name, "text": self.text}


@dataclass(frozen=True)
class Mention:
    """A span of a document that refers to an actor, and why it resolved so."""

    start: int  # token index in the parsed doc
    end: int
    actor: Actor
    why: str


@dataclass
class Evidence:
    text: str
    start: int  # character offsets in the document's clean text
    end: int
    doc_id: str | None = None


# What the text says of an event: it happened (or is happening), it did not, it is asked about, it
# might or would happen, it is to happen, or it is reported and denied. Analyses count "asserted".
MODES = ("asserted", "negated", "question", "hypothetical", "future", "reported_denied")
ASSERTED = "asserted"
FUTURE = "future"
# which of a dyad's events a relation counts: A's acts toward B ("out"), B's toward A ("in"), or both
DIRECTIONS = ("both", "out", "in")
# how a listing of events can be sorted (entente.relations.series.SORTS): a minus sorts the other way
LISTING_SORTS = ("date", "-date", "goldstein", "-goldstein", "confidence", "-confidence")


@dataclass
class Event:
    source: Actor | None  # None only for an agentless passive ("a journalist was killed")
    target: Actor | None
    code: str
    root: str
    quad: int
    goldstein: float
    date: str | None
    # "day", "month", "year"; "document": the text gives no date, the document's day is the act's;
    # "before": told with no date as done, in the perfect, by a transcript's speaker or by a news
    # report, so done on or before that day
    date_precision: str
    evidence: Evidence
    place: dict | None = None
    mode: str = ASSERTED
    confidence: float = 0.0
    trigger: str = ""

    @property
    def negated(self) -> bool:
        return self.mode == "negated"

    def contract(self) -> dict:
        """DESIGN.md's EVENT object, with the provenance fields a stored event fills."""
        from entente.record import event_record, event_row

        return event_record(event_row(self))
