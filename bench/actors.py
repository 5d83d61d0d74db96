"""The actor dictionary's size, and how many of the seed article's entity mentions resolve.

Usage: .venv/bin/python bench/actors.py [--show] [--coverage]

With --coverage: for each country of the G20, South Asia, the Middle East and Central Asia, the
share of 2000-01-01 to today that the dated offices cover, by kind of office.
A mention is a spaCy entity of type PERSON, ORG, GPE or NORP in the web seed's body; it resolves
when a noun phrase it belongs to resolves to a known (non-UNK) actor for the article's date.
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date
from pathlib import Path

from entente.actors.dictionary import UNKNOWN, default_dictionary
from entente.actors.resolve import anchor, resolve
from entente.ingest import extract
from entente.nlp import parse

SEED = Path(__file__).resolve().parent.parent / "examples" / "articles" / "article-web.md"
MENTION_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
REGIONS = {
    "G20": "ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF",
    "South Asia": "AFG BGD BTN IND LKA MDV NPL PAK",
    "Middle East": "ARE BHR EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM",
    "Central Asia": "KAZ KGZ TJK TKM UZB",
}
# kind of office -> words of its title (or the role code for army and intelligence chiefs)
OFFICE_KINDS = {
    "head": ("president", "prime minister", "premier", "chancellor", "king", "emir", "sultan",
             "chief adviser", "chief executive"),
    "foreign": ("foreign", "external affairs", "secretary of state"),
    "defence": ("defence", "defense", "armed forces"),
    "finance": ("finance", "treasury", "treasurer", "exchequer"),
    "army": ("MIL",),
    "intelligence": ("SPY",),
}
START = date(2000, 1, 1)


def office_kind(office) -> str | None:
    title = office.office.lower()
    for kind, words in OFFICE_KINDS.items():
        if office.role in words or (office.role == "GOV" and any(w in title for w in words)):
            if kind == "head" and ("vice" in title or "deputy" in title or "chancellor of" in title):
                continue
            return kind
    return None


def covered_days(spans: list[tuple[date, date]]) -> int:
    """Days of START..today inside at least one span."""
    days, reach = 0, START
    for start, end in sorted(spans):
        start = max(start, reach)
        if end > start:
            days += (end - start).days
            reach = end
    return days


def print_coverage(d) -> None:
    today = date.today()
    total = (today - START).days
    spans: dict[tuple[str, str], list] = {}
    regional = {c for countries in REGIONS.values() for c in countries.split()}
    undated = []
    for entity in d.entities.values():
        for office in entity.offices if entity.kind == "person" else ():
            kind = office_kind(office)
            if kind is None or office.country is None:
                continue
            if office.start is None and office.country in regional:
                undated.append(f"{entity.name} ({office.country})")
            start = date.fromisoformat(office.start) if office.start else START
            end = date.fromisoformat(office.end) if office.end else today
            spans.setdefault((office.country, kind), []).append((max(start, START), min(end, today)))
    print(f"office coverage, share of {START} to {today} (kind: head, foreign, defence, finance, army, intel.)")
    for region, countries in REGIONS.items():
        shares = {kind: [] for kind in OFFICE_KINDS}
        for country in countries.split():
            for kind in OFFICE_KINDS:
                shares[kind].append(covered_days(spans.get((country, kind), [])) / total)
        print(f"  {region:12s} " + "  ".join(f"{kind} {sum(v) / len(v):.0%}" for kind, v in shares.items()))
    # An unrecorded first day counts from 2000: right for those in office before then, an
    # overcount for the few who started later but whose first day no source gave.
    print(f"  {len(undated)} of these offices have no recorded first day and count from {START}: "
          + ", ".join(sorted(undated)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="list each mention and what it resolves to")
    parser.add_argument("--coverage", action="store_true", help="share of 2000 to today covered, by office")
    args = parser.parse_args()
    d = default_dictionary()
    kinds = Counter(e.kind for e in d.entities.values())
    offices = sum(len(e.offices) for e in d.entities.values() if e.kind == "person")
    print(f"dictionary: {kinds['country']} countries, {kinds['org']} organisations and groups, "
          f"{kinds['person']} people with {offices} dated offices, {len(d.names)} names, "
          f"{len(d.roles)} role phrases")
    if args.coverage:
        print_coverage(d)
    document = extract(SEED)
    doc = parse([document.text])[0]
    day = document.date.isoformat()  # the resolver compares office dates as ISO text
    actors = resolve(doc, date=day)
    resolved = 0
    mentions = [e for e in doc.ents if e.label_ in MENTION_TYPES]
    for ent in mentions:
        refs = actors.for_token(anchor(ent))
        actor = refs[0][0].actor(day) if refs else None
        ok = actor is not None and actor.code != UNKNOWN
        resolved += ok
        if args.show:
            print(f"  {'ok ' if ok else 'no '} {ent.label_:6s} {ent.text!r:40s} -> {actor.code if actor else None}")
    print(f"seed article ({document.date}): {resolved}/{len(mentions)} entity mentions resolved "
          f"({resolved / len(mentions):.0%})")


if __name__ == "__main__":
    main()
