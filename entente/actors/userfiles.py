"""Actor files users bring: entente YAML, a CSV table, or a PETRARCH/TABARI `.actors` dictionary.

Each reader returns items in the shape of data/people.yaml (a name with dated offices) or
data/organizations.yaml (a name with a code), which Dictionary.load merges over its own data: a
user's entry for a name replaces entente's.

CSV columns: name, code (optional: country + role when empty), country, role, start, end, aliases
(separated by ";"). A row with a start or an end is an office of a person; several rows with one
name are several offices.

PETRARCH: a `.actors` dictionary, read by entente.actors.petrarch.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml

from entente.actors.petrarch import actor_code, entry, read_records
from entente.errors import InputError


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


def from_csv(text: str) -> list[dict]:
    people: dict[str, dict] = {}
    groups: list[dict] = []
    for row in csv.DictReader(io.StringIO(text)):
        name = (row.get("name") or "").strip()
        if not name:
            continue
        country = (row.get("country") or "").strip() or None
        role = (row.get("role") or "").strip() or None
        code = (row.get("code") or "").strip() or actor_code(country, role)
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


def from_petrarch(text: str) -> list[dict]:
    return [item for item in map(entry, read_records(text)) if item is not None]
