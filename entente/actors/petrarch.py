"""PETRARCH/TABARI `.actors` dictionaries read into entente's entry shapes.

The format (docs/source/dictionaries.rst of openeventdata/petrarch2): a primary phrase with
optional codes in brackets, synonym lines starting with "+", and date restrictions in brackets,
indented or on the primary line: "[CODE]" (whenever no dated one holds), "[CODE D1-D2]",
"[CODE >D]" (from D on), "[CODE <D]" (until D); dates YYMMDD (00-30 are 20xx) or YYYYMMDD; "#"
and ";" start comments. Words are joined by "_"; a trailing "_" only says the word ends there.

`entente actors import` and `--actors FILE.actors` read users' files with this module, and
scripts/convert_petrarch.py converts the Phoenix dictionaries bundled in entente/data/petrarch/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import pycountry

BRACKET = re.compile(r"\[\s*([^\]\s]+)(?:\s+([^\]]*?))?\s*\]")
TWO_DIGIT_CENTURY_PIVOT = 30  # PETRARCH's YYMMDD: 00-30 are 20xx, 31-99 are 19xx
ACRONYM_MAX = 6  # an all-capital phrase this short stays capitalised ("NATO"); longer ones are names
NULL_CODE = "---"
# CAMEO's non-state prefixes that stand before a country's place in a code (IGOUNO, NGOHRI, MNCUSA)
TRANSNATIONAL = {"IGO", "NGO", "MNC", "IMG", "NGM", "UIS"}


@dataclass
class Restriction:
    code: str
    start: str | None = None  # ISO day
    end: str | None = None  # ISO day, exclusive
    dated: bool = False


@dataclass
class Record:
    """One primary phrase with its synonyms and codes, and the line it starts on."""

    names: list[str]
    line: int
    restrictions: list[Restriction] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # why a restriction or a name was left out


def actor_code(country: str | None, role: str | None) -> str:
    """CAMEO's actor code: the country's code, then the sector ("PAK" + "GOV"); split_code's inverse."""
    return (country or "") + (role or "")


def split_code(code: str) -> tuple[str | None, str | None]:
    """"PAKGOV" -> ("PAK", "GOV"); "IGOUNO" -> ("IGO", None); "GOV" -> (None, "GOV")."""
    head = code[:3]
    if head == "IGO":
        return "IGO", None
    if is_country(head):
        return head, code[3:6] or None
    return None, code[:3] or None


def is_country(code: str) -> bool:
    return len(code) == 3 and (code == "XKX" or pycountry.countries.get(alpha_3=code) is not None)


def petrarch_date(raw: str) -> str:
    """"901106" -> "1990-11-06", "20130511" -> "2013-05-11"; ValueError for anything else."""
    digits = raw.strip()
    if len(digits) == 6 and digits.isdigit():
        year = int(digits[:2])
        digits = f"{2000 + year if year <= TWO_DIGIT_CENTURY_PIVOT else 1900 + year}{digits[2:]}"
    if len(digits) != 8 or not digits.isdigit():
        raise ValueError(f"bad PETRARCH date {raw!r}")
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()


def restriction(code: str, dates: str | None) -> Restriction:
    if not dates:
        return Restriction(code)
    dates = dates.strip()
    if dates.startswith("<"):
        return Restriction(code, end=petrarch_date(dates[1:]), dated=True)
    if dates.startswith(">"):
        return Restriction(code, start=petrarch_date(dates[1:]), dated=True)
    first, _, last = dates.partition("-")
    start, end = petrarch_date(first), petrarch_date(last)
    if end <= start:
        raise ValueError(f"range ends before it starts {dates!r}")
    return Restriction(code, start, end, dated=True)


def phrase_forms(raw: str) -> list[str]:
    """"HAMID_KARZAI_" -> ["Hamid Karzai"]; a short all-capital phrase keeps its capitals too; a
    bracketed acronym is its own name ("ISLAMIC_ARMY_OF_ADEN_(IAA)_" -> the army, and "IAA")."""
    acronyms = re.findall(rf"\(([A-Z0-9.]{{2,{ACRONYM_MAX}}})\)", raw)
    raw = re.sub(r"\([^)]*\)", " ", raw)
    words = raw.replace("_", " ").split()
    if not words or "+" in raw:
        return []
    phrase = " ".join(words)
    titled = " ".join(w.capitalize() if w.isupper() else w for w in words)
    forms = [titled]
    if phrase.isupper() and len(phrase.replace(" ", "")) <= ACRONYM_MAX:
        forms.append(phrase)
    return forms + acronyms


def strip_comment(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    return re.split(r"[#;]", line, maxsplit=1)[0].rstrip()


def read_records(text: str) -> list[Record]:
    """The records of a `.actors` file, each with its line number; ValueError on a file that is
    not one (a restriction or a synonym before any actor)."""
    records: list[Record] = []
    current: Record | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = strip_comment(raw)
        if not line.strip():
            continue
        body = line.strip()
        if body.startswith("[") and (line[0].isspace() or current is not None):
            if current is None:
                raise ValueError(f"line {number}: date restriction before any actor: {body}")
            add_restrictions(current, body)
        elif body.startswith("+"):
            if current is None:
                raise ValueError(f"line {number}: synonym before any actor: {body}")
            phrase = BRACKET.sub(" ", body[1:])
            current.names += phrase_forms(phrase)
            add_restrictions(current, body)
        else:
            first = BRACKET.search(body)
            phrase = body[:first.start()] if first else body
            current = Record(phrase_forms(phrase), number)
            add_restrictions(current, body)
            records.append(current)
    return records


def add_restrictions(record: Record, text: str) -> None:
    for match in BRACKET.finditer(text):
        try:
            record.restrictions.append(restriction(match.group(1), match.group(2)))
        except ValueError as exc:
            record.dropped.append(str(exc))


def code_fields(code: str) -> dict:
    """An office's or a group's fields for a PETRARCH code. A country's code keeps its first sector
    only ("PAKGOVLEG" is Pakistan's government); an IGO's or another transnational body's code is
    kept whole ("IGOUNOKID")."""
    country, role = split_code(code)
    if country is not None and country != "IGO":
        return {"country": country, "role": role}
    return {"code": code, "country": country, "role": role or code[:3]}


def entry(record: Record, horizon: str | None = None, source: str | None = None) -> dict | None:
    """An entente entry for one record: a person with dated offices when a restriction is dated,
    else a group with one code; None when the record codes nothing (PETRARCH's null code).

    `horizon`: the last day the file knew of; an open-ended office ends there, so that a stale
    "from 2013 on" does not outlive what its source could say."""
    if not record.names:
        return None
    codes = [r for r in record.restrictions if r.code != NULL_CODE]
    name, aliases = record.names[0], record.names[1:]
    base = {"name": name, "aliases": aliases} | ({"source": source} if source else {})
    if any(r.dated for r in codes):
        # an undated code holds whenever no dated one does: it goes first, since the last office
        # that holds on a date wins
        ordered = [r for r in codes if not r.dated] + [r for r in codes if r.dated]
        offices = []
        for r in ordered:
            end = r.end if r.end is not None or not r.dated or horizon is None else horizon
            if r.start and end and end <= r.start:
                continue  # begun after the horizon: nothing its source can vouch for
            offices.append({**code_fields(r.code), "office": "PETRARCH dictionary",
                            "start": r.start, "end": end})
        return {**base, "offices": offices} if offices else None
    if not codes:
        return None
    return {**base, "key": f"petrarch:{name}", **code_fields(codes[0].code)} | \
        {"code": codes[0].code}
