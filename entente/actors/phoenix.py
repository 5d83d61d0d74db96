"""The field's actor dictionaries (PETRARCH2's Phoenix files, converted into data/petrarch/ by
scripts/convert_petrarch.py), merged under entente's own files.

The merge rules (also in data/petrarch/README.md, and tested):
1. A name entente's own files give keeps entente's meaning; Phoenix adds only names entente lacks.
2. A Phoenix person who is one of entente's people (a shared name) keeps entente's offices: for
   each country, entente's record runs from its first office there on, and a Phoenix office of that
   country is kept only for the days before it, so that nobody holds two offices of one country on
   one day from two sources. ("Imran Khan", open-ended as PAKGOVLEG from 2013 in Phoenix, is
   entente's prime minister from 2018, then opposition leader; Nasheed, whose Phoenix presidency
   is left open, is out of office from 7 February 2012 as entente records.)
3. Phoenix knows nothing after its horizon (the last day its files record): an office it leaves
   open ends there (closed by the conversion), after which the person is of their country's elite.
4. A Phoenix group's names that entente knows stay entente's, its others name the group; the
   cities and provinces of a Phoenix country block are places of that country, also where the
   block's country code is dated (IRAQ_, read by the conversion as a person): of the country it
   names last (UKRAINE_, USRUKR until 1991, then UKR).
5. Phoenix's role words (Phoenix.agents.txt) add to entente's roles.yaml, which wins on a phrase
   both give.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from entente.actors.gazetteer import world_towns
from entente.actors.names import key_of
from entente.actors.petrarch import code_fields

PHOENIX_FILES = ("actors_countries.json", "actors_international.json", "actors_milnonstate.json")
PHOENIX_OFFICE = "Phoenix dictionary"
PHOENIX_PREFIX = "Phoenix."  # the start of a Phoenix entry's source ("Phoenix.Countries.actors.txt line 9")


def phoenix_roles() -> dict[str, str]:
    """Phoenix's role words (Phoenix.agents.txt) -> CAMEO sectors."""
    folder = resources.files("entente.data").joinpath("petrarch")
    return json.loads(folder.joinpath("agents.json").read_text(encoding="utf-8"))["roles"]


def is_phoenix(entity) -> bool:
    return (entity.source or "").startswith(PHOENIX_PREFIX)


@lru_cache(maxsize=1)
def phoenix_horizons() -> frozenset[str]:
    """The last days Phoenix's files record: an office that ends on one was left open by its file."""
    return frozenset(f["horizon"] for f in phoenix_files() if f.get("horizon"))


def past_the_horizon(office) -> bool:
    """An office Phoenix left open, closed at its horizon: whether it went on after, Phoenix cannot say."""
    return is_phoenix(office) and office.end in phoenix_horizons()


def phoenix_files() -> list[dict]:
    folder = resources.files("entente.data").joinpath("petrarch")
    return [json.loads(folder.joinpath(name).read_text(encoding="utf-8")) for name in PHOENIX_FILES]


def uncovered(start: str | None, end: str | None, covered: list[tuple[str | None, str | None]]
              ) -> list[tuple[str | None, str | None]]:
    """The parts of [start, end) that no (start, end) in `covered` holds; None is an open end."""
    pieces = [(start, end)]
    for c_start, c_end in covered:
        out = []
        for p_start, p_end in pieces:
            # the piece before the covered span, and the piece after it
            if c_start is not None and (p_start is None or p_start < c_start):
                out.append((p_start, c_start if p_end is None or c_start < p_end else p_end))
            if c_end is not None and (p_end is None or c_end < p_end):
                out.append((c_end if p_start is None or p_start < c_end else p_start, p_end))
        pieces = [(s, e) for s, e in out if s is None or e is None or s < e]
    return pieces


def merge_phoenix(entities: dict, names: dict[str, list[tuple[str, str]]],
                  add: Callable[[str, str, str], None], make_office: Callable, make_entity: Callable) -> None:
    """Phoenix's places, people and groups into the dictionary's entities and names, under
    entente's own entries (the rules above)."""
    # entente's names, as the name index compares them ("U.N. Security Council" is entente's
    # "UN Security Council" written otherwise only if the keys match; "U.n. Security Council" is)
    known = {key_of(name) for name in names}

    def unknown(name: str) -> bool:
        return key_of(name) not in known

    for data in phoenix_files():
        source = data["source"]
        for country, place_names, _ in data["places"]:
            for name in place_names:
                if unknown(name):
                    add(name, country, "place")
        for person_names, offices, line in data["people"]:
            where = f"{source} line {line}"
            # (the code held last: a start of None is the default, before any dated one)
            country = max(offices, key=lambda office: office[1] or "")[0] if offices else None
            if country is not None and len(country) == 3 and code_fields(country)["role"] is None:
                # a country block with dates lists the country's names, cities and provinces: IRAQ_
                # ("Falluja"), whose code lapses in 2003-2006 (entente keeps Iraq throughout), and the
                # blocks of states that were part of another (UKRAINE_ from USRUKR: "Donetsk", GDR's
                # cities from DDR to DEU: "Leipzig"), which are of the state coded last. In those (more
                # than one code) a town GeoNames knows is a place and the rest name the country
                # ("Bosnia-Herzegovina", "Belorussia", "FYROM" act as the state they spell, as they did
                # when the block was read as a person); IRAQ_'s names stay places ("Iraqi Kurdistan")
                towns = world_towns() if len({code for code, _, _ in offices}) > 1 else None
                for name in person_names:
                    if unknown(name):
                        add(name, country, "name" if towns is not None and key_of(name) not in towns else "place")
                continue
            own = next((key for name in person_names for key, _ in names.get(name, [])
                        if entities[key].kind == "person" and not is_phoenix(entities[key])), None)
            kept = [make_office(code_fields(code), start, end, where) for code, start, end in offices]
            if own is not None:
                entity = entities[own]
                # entente's record of a country's offices runs from its first one on: Phoenix
                # fills only the years before it
                first: dict[str | None, str | None] = {}  # country -> entente's first day there
                for office in entity.offices:
                    earliest = first.get(office.country, office.start)
                    first[office.country] = None if earliest is None or office.start is None \
                        else min(earliest, office.start)
                spans = {country: [(start, None)] for country, start in first.items()}
                for office in kept:
                    if office.start is None and office.end is None:
                        continue  # a default code: entente's out-of-office rule says the same
                    for start, end in uncovered(office.start, office.end, spans.get(office.country, [])):
                        entity.offices.append(make_office(
                            {"code": office.code, "country": office.country, "role": office.role},
                            start, end, where))
                key = own
            else:
                key = person_names[0] if person_names[0] not in entities else f"{person_names[0]} ({where})"
                entities[key] = make_entity("person", key, person_names[0], offices=kept, source=where)
            for name in person_names:
                if unknown(name):
                    add(name, key, "name")
        for group_names, code, line in data["groups"]:
            group_names = [name for name in group_names if unknown(name)]
            if not group_names:
                continue
            key = f"petrarch:{group_names[0]}"
            fields = code_fields(code)
            entities[key] = make_entity("org", key, group_names[0], country=fields["country"],
                                        role=fields["role"], code=code, source=f"{source} line {line}")
            for name in group_names:
                add(name, key, "name")
