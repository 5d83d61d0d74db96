"""The actor dictionary's size, and how many of the seed article's entity mentions resolve.

Usage: .venv/bin/python bench/actors.py [--show]

A mention is a spaCy entity of type PERSON, ORG, GPE or NORP in the web seed's body; it resolves
when a noun phrase it belongs to resolves to a known (non-UNK) actor for the article's date.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from entente.actors.dictionary import UNKNOWN, default_dictionary
from entente.actors.resolve import anchor, resolve
from entente.ingest import extract
from entente.nlp import parse

SEED = Path(__file__).resolve().parent.parent / "examples" / "articles" / "article-web.md"
MENTION_TYPES = {"PERSON", "ORG", "GPE", "NORP"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="list each mention and what it resolves to")
    args = parser.parse_args()
    d = default_dictionary()
    kinds = Counter(e.kind for e in d.entities.values())
    offices = sum(len(e.offices) for e in d.entities.values() if e.kind == "person")
    print(f"dictionary: {kinds['country']} countries, {kinds['org']} organisations and groups, "
          f"{kinds['person']} people with {offices} dated offices, {len(d.names)} names, "
          f"{len(d.roles)} role phrases")
    document = extract(SEED)
    doc = parse([document.text])[0]
    actors = resolve(doc)
    resolved = 0
    mentions = [e for e in doc.ents if e.label_ in MENTION_TYPES]
    for ent in mentions:
        refs = actors.for_token(anchor(ent))
        actor = refs[0][0].actor(document.date) if refs else None
        ok = actor is not None and actor.code != UNKNOWN
        resolved += ok
        if args.show:
            print(f"  {'ok ' if ok else 'no '} {ent.label_:6s} {ent.text!r:40s} -> {actor.code if actor else None}")
    print(f"seed article ({document.date}): {resolved}/{len(mentions)} entity mentions resolved "
          f"({resolved / len(mentions):.0%})")


if __name__ == "__main__":
    main()
