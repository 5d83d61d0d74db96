"""Coding: texts in, CAMEO events with their evidence (and the sentences) out."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from entente.actors.dictionary import Dictionary
from entente.actors.resolve import resolve
from entente.coding.extract import code_document
from entente.coding.lexicon import default_lexicon
from entente.nlp import BATCH_SIZE, load_pipeline, prepare_text, question_turns
from entente.types import Event, Sentence


@dataclass
class Coded:
    events: list[Event]
    sentences: list[Sentence]


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def code_texts(items: Iterable[tuple], dictionary: Dictionary | None = None,
               min_confidence: float = 0.0, modes: Collection[str] | None = None, keep_unknown: bool = False
               ) -> Iterator[Coded]:
    """For each (text, ISO date or None, doc_id[, voice]): its events and sentences, in input order;
    events of the given modes only (entente.types.MODES), or of every mode. `voice` is the actor
    code of who speaks in the text, when an institution published it (Dictionary.voice)."""
    lexicon = default_lexicon()
    meta: list[tuple[str | None, str | None, str | None, list[tuple[int, int]]]] = []

    def texts() -> Iterator[str]:
        for text, when, doc_id, *voice in items:
            # a transcript's question turns, read before their "Q" is masked from the parser
            meta.append((when, doc_id, voice[0] if voice else None, question_turns(text)))
            yield prepare_text(text)

    for k, doc in enumerate(load_pipeline().pipe(texts(), batch_size=BATCH_SIZE)):
        when, doc_id, voice, questions = meta[k]
        day = parse_date(when)
        actors = resolve(doc, dictionary, day.isoformat() if day else None, voice, questions)
        events = code_document(doc, actors, lexicon, day, doc_id, keep_unknown)
        sentences = [Sentence(doc_id or "", n, s.text, s.start_char, s.end_char)
                     for n, s in enumerate(doc.sents) if s.text.strip()]
        yield Coded([e for e in events if e.confidence >= min_confidence and (modes is None or e.mode in modes)],
                    sentences)


def code_text(text: str, when: str | None = None, doc_id: str | None = None) -> list[Event]:
    return next(code_texts([(text, when, doc_id)])).events
