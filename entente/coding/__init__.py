"""Coding: texts in, CAMEO events with their evidence (and the sentences) out."""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from entente.actors.dictionary import Dictionary
from entente.actors.resolve import resolve
from entente.coding.document_days import ISSUE_MONTH, RETELLING, issue_month
from entente.coding.extract import POSTS, WRITTEN, code_document, written_sentence
from entente.coding.lexicon import default_lexicon
from entente.dates import parse_day
from entente.nlp import parse_stream, pieces, prepare_text, question_turns
from entente.posts import read_posts
from entente.retellings import retells
from entente.types import Event, Sentence

PACKAGE = Path(__file__).resolve().parents[1]  # entente's own code, wherever it is installed
HEADLINE_CHARS = 300  # a title longer than this is a paragraph put in the title field, no headline


@dataclass
class Coded:
    events: list[Event]
    sentences: list[Sentence]
    # why the text could not be coded: a rule that raised on it, a fault in entente rather than in
    # the text. A faulted text has no events; the texts after it are coded as usual.
    fault: str | None = None


def fault_of(exc: Exception) -> str:
    """What to tell of a rule that raised: the exception and where, for a report."""
    frames = traceback.extract_tb(exc.__traceback__)
    # (the innermost frame of entente's own code: the rule, not the library it called)
    where = next((f for f in reversed(frames) if Path(f.filename).resolve().is_relative_to(PACKAGE)), frames[-1])
    return (f"not coded: the coder failed on it ({type(exc).__name__}: {exc}, at {Path(where.filename).name}:"
            f"{where.lineno}); a fault in entente, not in the text: please report it")


def coding_item(text: str, when: date | str | None, doc_id: str | None, voice: str | None, posts: str | None,
                url: str | None, title: str | None) -> tuple:
    """What code_texts takes for one text, whoever calls it (the CLI, the ingest workers, the Dask
    batch): its text, date, id, voice, posts, whether it retells (by its address and title) and its
    headline."""
    return text, when, doc_id, voice, posts, retells(url, title), title


def code_texts(items: Iterable[tuple], dictionary: Dictionary | None = None,
               min_confidence: float = 0.0, modes: Collection[str] | None = None, keep_unknown: bool = False
               ) -> Iterator[Coded]:
    """For each (text, date or None, doc_id[, voice[, posts[, retelling[, headline]]]]): its events and
    sentences, in input order; events of the given modes only (entente.types.MODES), or of every
    mode. `voice` is the actor code of who speaks in the text, when an institution published it
    (Dictionary.voice); `posts`, the dated posts it links to (Document.posts), which date the
    quotations they label; `retelling`, whether the text retells acts of other days
    (entente.retellings.retells); `headline`, its title, which may say what country a news report is
    about (resolve.country_reported_on). A text longer than the parser takes is coded piece by piece
    (entente.nlp.pieces), offsets kept."""
    lexicon = default_lexicon()
    # per piece parsed: which text it is of, its offset there (None for a news report's headline,
    # parsed before its text), the text's date, id, voice, posts and whether it retells, and the
    # piece as written (the parser reads it with turn labels and restarts blanked)
    meta: list[tuple[int, int | None, date | str | None, str | None, str | None, str | None, bool,
                     list[tuple[int, int]], str]] = []

    def texts() -> Iterator[str]:
        for number, (text, when, doc_id, *more) in enumerate(items):
            voice, posts, retelling, headline = (*more, None, None, False, None)[:4]
            # (where a voice speaks, a report is about no one country)
            if isinstance(headline, str) and headline.strip() and len(headline) <= HEADLINE_CHARS and voice is None:
                meta.append((number, None, when, doc_id, voice, posts, retelling, [], headline))
                yield prepare_text(headline)
            for offset, piece in pieces(text):
                # a transcript's question turns, read before their "Q" is masked from the parser
                meta.append((number, offset, when, doc_id, voice, posts, retelling, question_turns(piece), piece))
                yield prepare_text(piece)

    current: Coded | None = None
    current_number = -1
    headline: Counter | None = None  # the countries the current text's headline names
    month: str | None = None  # the month the current text's headline says it covers, as an issue
    for k, doc in enumerate(parse_stream(texts())):
        number, offset, when, doc_id, voice, posts, retelling, questions, piece = meta[k]
        meta[k] = None  # type: ignore[call-overload]  # a long text's pieces need not all be kept
        if number != current_number:
            if current is not None:
                yield current
            current, current_number, headline, month = Coded([], []), number, None, None
        day = parse_day(when) if when else None  # a date, or a string people write one as
        doc.user_data[WRITTEN] = piece
        doc.user_data[POSTS] = read_posts(posts, day)
        doc.user_data[RETELLING] = retelling
        doc.user_data[ISSUE_MONTH] = month
        if current.fault is not None:
            continue  # a text's later pieces, after one that faulted
        try:
            if offset is None:
                headline = resolve(doc, dictionary, day.isoformat() if day else None).headline_countries()
                month = issue_month(doc, day)
                continue
            actors = resolve(doc, dictionary, day.isoformat() if day else None, voice, questions, headline)
            events = code_document(doc, actors, lexicon, day, doc_id, keep_unknown)
        except Exception as exc:  # one text's fault must not end the others' coding
            current.events, current.sentences, current.fault = [], [], fault_of(exc)
            continue
        current.events += [shifted(e, offset) for e in events
                           if e.confidence >= min_confidence and (modes is None or e.mode in modes)]
        first = len(current.sentences)
        current.sentences += [Sentence(doc_id or "", first + n, text, offset + start, offset + end)
                              for n, (text, start, end) in enumerate(written_sentence(s) for s in doc.sents
                                                                     if s.text.strip())]
    if current is not None:
        yield current


def shifted(event: Event, offset: int) -> Event:
    """An event of a piece, its evidence placed in the whole text."""
    if not offset:
        return event
    evidence = replace(event.evidence, start=event.evidence.start + offset, end=event.evidence.end + offset)
    return replace(event, evidence=evidence)


def code_text(text: str, when: str | None = None, doc_id: str | None = None) -> list[Event]:
    return next(code_texts([(text, when, doc_id)])).events
