"""Actor files users bring: entente YAML, a CSV table, or a PETRARCH/TABARI `.actors` dictionary.

Each reader returns items in the shape of data/people.yaml (a name with dated offices) or
data/organizations.yaml (a name with a code), which Dictionary.load merges over its own data: a
user's entry for a name replaces entente's.

CSV columns: name, code (optional: country + role when empty), country, role, start, end, aliases
(separated by ";"). A row with a start or an end is an office of a person; several rows with one
name are several offices.

PETRARCH (docs/source/dictionaries.rst of openeventdata/petrarch2): a primary phrase with an
optional default [CODE], synonym lines starting with "+", and indented date restrictions
"[CODE date-date]", "[CODE <date]", "[CODE >date]", dates YYMMDD or YYYYMMDD; "#" and ";" start
comments.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pycountry
import yaml

from entente.errors import InputError

RESTRICTION = re.compile(r"^\[\s*(\S+)(?:\s+(.*?))?\s*\]$")
TWO_DIGIT_CENTURY_PIVOT = 30  # PETRARCH's YYMMDD: 00-30 are 20xx, 31-99 are 19xx
ACRONYM_MAX = 6  # an all-capital phrase this short stays capitalised ("NATO"); longer ones are names


def read_actor_file(path: Path) -> list[dict]:
    """The items of a user's actor file, by its extension (.yaml/.yml, .csv, else PETRARCH)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"unreadable actor file ({exc})") from exc
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            items = yaml.safe_load(text) or []
        elif path.suffix.lower() == ".csv":
            items = from_csv(text)
        else:
            items = from_petrarch(text)
    except (yaml.YAMLError, ValueError, KeyError) as exc:
        raise InputError(str(path), f"malformed actor file ({exc})") from exc
    if not isinstance(items, list) or not all(isinstance(i, dict) and "name" in i for i in items):
        raise InputError(str(path), "actor file must hold a list of entries with a name")
    return items


def split_code(code: str) -> tuple[str | None, str | None]:
    """"PAKGOV" -> ("PAK", "GOV"); "IGOUNO" -> ("IGO", None); "GOV" -> (None, "GOV")."""
    head = code[:3]
    if head == "IGO":
        return "IGO", None
    if pycountry.countries.get(alpha_3=head) is not None:
        return head, code[3:6] or None
    return None, code[:3] or None


def from_csv(text: str) -> list[dict]:
    people: dict[str, dict] = {}
    groups: list[dict] = []
    for row in csv.DictReader(io.StringIO(text)):
        name = (row.get("name") or "").strip()
        if not name:
            continue
        country = (row.get("country") or "").strip() or None
        role = (row.get("role") or "").strip() or None
        code = (row.get("code") or "").strip() or (country or "") + (role or "")
        aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
        start, end = (row.get("start") or "").strip() or None, (row.get("end") or "").strip() or None
        if start or end:
            person = people.setdefault(name, {"name": name, "aliases": [], "offices": []})
            person["aliases"] += [a for a in aliases if a not in person["aliases"]]
            person["offices"].append({"code": code, "country": country, "role": role, "office": "user file",
                                      "start": start, "end": end})
        else:
            groups.append({"key": f"user:{name}", "code": code, "name": name, "country": country,
                           "role": role, "aliases": aliases})
    return [*groups, *people.values()]


def petrarch_phrase(raw: str) -> list[str]:
    """"HAMID_KARZAI_" -> ["Hamid Karzai"]; a short all-capital phrase keeps its capitals too."""
    words = raw.replace("_", " ").split()
    if not words:
        return []
    phrase = " ".join(words)
    titled = " ".join(w.capitalize() if w.isupper() else w for w in words)
    forms = [titled]
    if phrase.isupper() and len(phrase.replace(" ", "")) <= ACRONYM_MAX:
        forms.append(phrase)
    return forms


def petrarch_date(raw: str) -> str:
    digits = raw.strip()
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year <= TWO_DIGIT_CENTURY_PIVOT else 1900 + year}{digits[2:]}"
    if len(digits) != 8 or not digits.isdigit():
        raise ValueError(f"bad PETRARCH date {raw!r}")
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()


def petrarch_office(code: str, restriction: str | None) -> dict:
    country, role = split_code(code)
    start = end = None
    if restriction:
        if restriction.startswith("<"):
            end = petrarch_date(restriction[1:])
        elif restriction.startswith(">"):
            start = petrarch_date(restriction[1:])
        else:
            first, _, last = restriction.partition("-")
            start, end = petrarch_date(first), petrarch_date(last)
    return {"code": code, "country": country, "role": role, "office": "PETRARCH dictionary",
            "start": start, "end": end}


def strip_comment(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    return re.split(r"[#;]", line, maxsplit=1)[0].rstrip()


def from_petrarch(text: str) -> list[dict]:
    records: list[dict] = []
    current: dict | None = None
    for raw in text.splitlines():
        line = strip_comment(raw)
        if not line.strip():
            continue
        body = line.strip()
        if line[0].isspace() and body.startswith("["):
            if current is None:
                raise ValueError(f"date restriction before any actor: {body}")
            match = RESTRICTION.match(body)
            if match is None:
                raise ValueError(f"bad date restriction {body!r}")
            current["restrictions"].append(petrarch_office(match.group(1), match.group(2)))
        elif body.startswith("+"):
            if current is None:
                raise ValueError(f"synonym before any actor: {body}")
            current["names"] += petrarch_phrase(body[1:])
        else:
            default = re.search(r"\[\s*(\S+)\s*\]", body)
            phrase = body[:default.start()] if default else body
            current = {"names": petrarch_phrase(phrase), "default": default.group(1) if default else None,
                       "restrictions": []}
            records.append(current)
    return [item for item in map(petrarch_item, records) if item is not None]


def petrarch_item(record: dict) -> dict | None:
    """An entente entry for one record; None for a record with no code at all (PETRARCH's null)."""
    if not record["names"] or (not record["restrictions"] and record["default"] in (None, "---")):
        return None
    name, aliases = record["names"][0], record["names"][1:]
    if record["restrictions"]:
        # a default code, if any, holds whenever no dated restriction does: it goes first, since the
        # last office that holds on a date wins
        offices = ([petrarch_office(record["default"], None)] if record["default"] else []) + record["restrictions"]
        return {"name": name, "aliases": aliases, "offices": offices}
    code = record["default"]
    country, role = split_code(code)
    return {"key": f"petrarch:{name}", "code": code, "name": name, "country": country, "role": role,
            "aliases": aliases}
