"""The actor dictionary: countries, organisations, office holders and role words, from data files.

Users extend it with their own YAML files in the same shape as `data/organizations.yaml` and
`data/people.yaml` (`Dictionary.load(extra=[...])`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import pycountry
import yaml

from entente.actors.gazetteer import town_country
from entente.actors.petrarch import actor_code
from entente.actors.phoenix import PHOENIX_OFFICE, merge_phoenix, past_the_horizon, phoenix_roles
from entente.actors.userfiles import read_actor_file
from entente.types import Actor

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser, ten times faster
FAR = 10**6  # days: farther than any real date
FORMER_ROLE = "ELI"  # CAMEO's sector for elites, former officials among them
UNKNOWN = "UNK"  # actor code of a person or group named in the text but not in the dictionary
NO_ROLE = "NONE"  # roles.yaml's key for words that are no role word, whatever PETRARCH2 codes them


@dataclass(frozen=True)
class Office:
    country: str | None
    role: str | None
    office: str
    start: str | None
    end: str | None  # exclusive
    code: str | None = None
    source: str | None = None  # where the office comes from, when not from its holder's own entry

    @property
    def actor_code(self) -> str:
        """The code its holder acts under: the office's own ("PAKGOVLEG"), else country and sector."""
        return self.code or actor_code(self.country, self.role)

    def holds(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class Entity:
    """Something a name can refer to: a country, an organisation or a person."""

    kind: str  # country | org | person | sector (a role word with no country: "police", "rebels";
    # or, with no role, a name the dictionary lacks)
    key: str  # ISO code, org code or the person's full name
    name: str
    country: str | None = None
    role: str | None = None
    offices: list[Office] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    code: str | None = None  # an org's code kept as given (user files), not rebuilt from country + role
    source: str | None = None  # the file (and line) the entry comes from
    forum: bool = False  # a gathering of states (the G7): an actor, but the venue of what is said around it

    def actor_at(self, date: str | None, text: str = "", role: str | None = None, title: str | None = None
                 ) -> Actor | None:
        """This entity as an actor on `date` (ISO, or None for 'now'); role overrides a country's;
        `title`, the role a title the text gives a person names ("Prime Minister Minnis": GOV), is
        theirs past an office their dictionary could not see end (phoenix.past_the_horizon)."""
        if self.kind == "country":
            return make_actor(self.key, role, self.name, text)
        if self.kind == "sector":
            if self.role is None:  # a name the dictionary does not know
                return Actor(code=UNKNOWN, country=None, role=None, name=self.name, text=text)
            return make_actor(None, self.role, self.name, text)
        if self.kind == "org":
            # an undated text says nothing of which standing held: the group is what it is listed as
            office = self.office_at(date) if date else None
            org_role = office.role if office else self.role
            if self.code:
                return Actor(code=self.code, country=self.country, role=org_role, name=self.name, text=text)
            if self.country and self.country != "IGO":
                return make_actor(self.country, org_role, self.name, text)
            return Actor(code=self.key, country=self.country, role=org_role, name=self.name, text=text)
        office = self.office_at(date)
        if office is None:
            office = self.nearest_office(date)
            if office is None or office.country in (None, "IGO"):
                return None
            # out of office on that date: still of their country, as CAMEO's elites (ELI)
            stale = title is not None and past_the_horizon(office) and date is not None and date >= office.end
            return make_actor(office.country, title if stale else FORMER_ROLE, self.name, text)
        if role and office.country and office.country != "IGO":
            return make_actor(office.country, role, self.name, text)
        if office.code:
            return Actor(code=office.code, country=office.country, role=office.role,
                         name=self.name, text=text)
        return make_actor(office.country, office.role, self.name, text)

    def nearest_office(self, date: str | None) -> Office | None:
        """The office held closest in time to `date` (before or after it)."""
        if not self.offices or date is None:
            return None
        return min(self.offices, key=lambda o: min(days_between(date, o.start), days_between(date, o.end)))

    def office_at(self, date: str | None) -> Office | None:
        held = [o for o in self.offices if o.holds(date)]
        if not held and date is None and self.offices:
            # an undated text is read as of now: the office held last, whatever order the sources list
            # them in (George H. W. Bush was President after he led the CIA)
            return max(self.offices, key=lambda o: o.start or "")
        return held[-1] if held else None


def days_between(a: str, b: str | None) -> int:
    """Days between two ISO dates; an open end (None) is far away."""
    if b is None:
        return FAR
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(str(b)[:10])).days)


def make_actor(country: str | None, role: str | None, name: str, text: str) -> Actor:
    return Actor(code=actor_code(country, role), country=country, role=role, name=name, text=text)


def plural(demonym: str) -> list[str]:
    """"Pakistani" -> ["Pakistanis"]; "Chinese", "British", "Swiss" have no -s plural."""
    return [] if demonym.endswith(("ese", "s", "sh", "ch")) else [demonym + "s"]


# places.csv kinds of a country's parts, not its towns, that a town is set beside ("Odessa, Texas"):
# states; not provinces or regions, whose names two countries may share (Punjab, Balochistan, Kashmir)
DIVISION_KINDS = {"state"}


@dataclass
class Dictionary:
    entities: dict[str, Entity]
    names: dict[str, list[tuple[str, str]]]  # surface name -> [(entity key, how it names it)]
    roles: dict[tuple[str, ...], str]  # lemma tuple -> sector code
    things: frozenset[str] = frozenset()  # nouns a country's name modifies without making them an actor
    voices: list[dict] = field(default_factory=list)  # data/voices.yaml: who speaks in whose documents
    # a place named as a country is ("Georgia"): the place's country, where listed with its places
    homonyms: dict[str, str] = field(default_factory=dict)
    # states (data/places.csv): a town set beside one is in it ("Odessa, Texas")
    divisions: frozenset[str] = frozenset()
    role_heads: set[str] | None = None  # the last words of the role phrases, filled on first use
    coded_as: dict[str, list[str]] | None = None  # actor code -> entity keys, filled on first use
    names_of: dict[str, list[str]] | None = None  # entity key -> its names, filled on first use
    surnames: dict[str, list[str]] | None = None  # a person's last name -> person keys, filled on first use

    @classmethod
    def load(cls, extra: list[Path] | None = None) -> Dictionary:
        entities: dict[str, Entity] = {}
        names: dict[str, list[tuple[str, str]]] = {}

        def add(name: str, key: str, how: str) -> None:
            name = name.strip()
            if name and (key, how) not in names.setdefault(name, []):
                names[name].append((key, how))

        data = resources.files("entente.data")
        rows = {row["iso3"]: row for row in commented_csv("countries.csv")}
        rows.update((row["iso3"], row) for row in commented_csv("regions.csv"))
        # every ISO 3166 country, with what countries.csv adds where it has a row (and Kosovo, XKX,
        # which CAMEO codes but ISO has not assigned)
        empty = {"aliases": "", "demonyms": "", "capital": "", "seats": ""}
        every = [rows.get(c.alpha_3, {**empty, "iso3": c.alpha_3}) for c in pycountry.countries]
        every += [row for iso3, row in rows.items() if pycountry.countries.get(alpha_3=iso3) is None]
        for row in every:
            iso3 = row["iso3"]
            country = pycountry.countries.get(alpha_3=iso3)
            official = [getattr(country, a, None) for a in ("name", "common_name", "official_name")]
            aliases = [n for n in official if n] + split(row["aliases"])
            display = (getattr(country, "common_name", None) or getattr(country, "name", None)
                       or aliases[0])
            entities[iso3] = Entity("country", iso3, display, country=iso3)
            for alias in aliases:
                add(alias, iso3, "name")
            for demonym in split(row["demonyms"]):
                for form in [demonym, *plural(demonym)]:
                    add(form, iso3, "demonym")
            for capital in split(row["capital"]):
                add(capital, iso3, "capital")
            for seat in split(row["seats"]):
                add(seat, iso3, "seat")
        homonyms, divisions = {}, set()
        for row in commented_csv("places.csv"):
            if row["kind"] == "homonym":
                homonyms[row["name"]] = row["iso3"]
            else:
                add(row["name"], row["iso3"], "place")
            if row["kind"] in DIVISION_KINDS:
                divisions.add(row["name"])
        def add_items(items: list[dict], source: str) -> None:
            for item in items:
                entity = entity_from_yaml(item, source)
                entities[entity.key] = entity
                for alias in [entity.name, *item.get("aliases", [])]:
                    add(alias, entity.key, "name")
                for short in entity.short:
                    add(short, entity.key, "short")

        for path in bundled_actor_files():
            add_items(yaml.load(path.read_text(), Loader=YAML_LOADER) or [], path.name)
        merge_phoenix(entities, names, add, phoenix_office, Entity)
        for path in extra or []:
            add_items(read_actor_file(Path(path)), Path(path).name)
        roles = {}
        for sector, words in yaml.load(data.joinpath("roles.yaml").read_text(), Loader=YAML_LOADER).items():
            for word in words:
                roles[tuple(word.lower().split())] = sector
        for phrase, sector in phoenix_roles().items():
            roles.setdefault(tuple(phrase.split()), sector)  # entente's own role words first
        roles = {phrase: sector for phrase, sector in roles.items() if sector != NO_ROLE}
        things = frozenset(yaml.load(data.joinpath("not_actors.yaml").read_text(), Loader=YAML_LOADER))
        voices = yaml.load(data.joinpath("voices.yaml").read_text(), Loader=YAML_LOADER)
        return cls(entities, names, roles, things, voices, homonyms, frozenset(divisions))

    def voice(self, url: str | None, outlet: str | None) -> str | None:
        """The actor code of whoever speaks in a document published at `url` or by `outlet`: an
        institution's own site (data/voices.yaml), or None for news."""
        host = (urlsplit(url).hostname or "") if url else ""
        for entry in self.voices:
            if any(host == h or host.endswith("." + h) for h in entry.get("hosts", [])):
                return entry["actor"]
            if outlet and any(outlet.startswith(name) for name in entry.get("outlets", [])):
                return entry["actor"]
        return None

    def titles_not_of(self, voice: str) -> frozenset[str]:
        """The person titles the speaking government does not have (data/voices.yaml), lower case."""
        entry = next((e for e in self.voices if e["actor"] == voice), {})
        return frozenset(title.lower() for title in entry.get("not_its_titles", []))

    def ends_a_role(self, token) -> bool:
        """Whether the token's word is the last word of some role phrase ("police", "minister")."""
        if self.role_heads is None:
            self.role_heads = {words[-1] for words in self.roles}
        return token.lemma_.lower() in self.role_heads or token.lower_ in self.role_heads

    def entities_with_code(self, code: str) -> list[tuple[Entity, list[str]]]:
        """The entities coded `code` (as themselves, their country and sector, or in an office),
        each with its names, for an actor's page."""
        if self.coded_as is None:
            coded_as: dict[str, list[str]] = {}
            for entity in self.entities.values():
                codes = {entity.key, actor_code(entity.country, entity.role)}
                codes |= {o.actor_code for o in entity.offices}
                for each in codes - {""}:
                    coded_as.setdefault(each, []).append(entity.key)
            self.coded_as = coded_as
        return [(self.entities[key], sorted(self.names_for(key))) for key in self.coded_as.get(code, [])]

    def names_for(self, key: str) -> list[str]:
        """Every name of the entity ("Joe Biden", "Joseph R. Biden", "Biden")."""
        if self.names_of is None:
            names_of: dict[str, list[str]] = {}
            for name, refs in self.names.items():
                for each in dict.fromkeys(k for k, _ in refs):
                    names_of.setdefault(each, []).append(name)
            self.names_of = names_of
        return self.names_of.get(key, [])

    def people_named(self, surname: str) -> list[Entity]:
        """The persons one of whose names ends in this word ("Johnson": Boris, Lyndon, ...)."""
        if self.surnames is None:
            surnames: dict[str, list[str]] = {}
            for name, refs in self.names.items():
                for key, _ in refs:
                    if self.entities[key].kind == "person" and " " in name:
                        keys = surnames.setdefault(name.rsplit(" ", 1)[1], [])
                        if key not in keys:
                            keys.append(key)
            self.surnames = surnames
        return [self.entities[key] for key in self.surnames.get(surname, [])]

    def lookup(self, name: str, date: str | None = None) -> list[tuple[Actor, str]]:
        """How a name resolves on a date, with the reason, for `entente actors lookup`."""
        out = []
        for key, how in self.names.get(name.strip(), []):
            entity = self.entities[key]
            role = "GOV" if how in ("capital", "seat") else None
            actor = entity.actor_at(date, name, role)
            if actor:
                office = entity.office_at(date) if entity.kind == "person" else None
                why = f"{how} of {entity.kind} {entity.name}"
                if office:
                    why += f" ({office.office}, {office.start or 'an unrecorded day'} to {office.end or 'now'})"
                source = (office.source if office else None) or entity.source
                if source:
                    why += f" [from {source}]"
                out.append((actor, why))
        country = town_country(name) if not out else None
        if country in self.entities:
            # a town the dictionary lacks, as the resolver places it (entente.actors.gazetteer)
            entity = self.entities[country]
            out.append((entity.actor_at(date, name, None), f"town of country {entity.name} [from GeoNames]"))
        return out


def commented_csv(name: str) -> list[dict]:
    """The rows of a bundled CSV file whose notes are lines starting with "#"."""
    text = resources.files("entente.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO("\n".join(ln for ln in text.splitlines() if not ln.startswith("#")))))


def bundled_actor_files() -> list:
    """Entente's own actor files: organisations, people, then office holders by region."""
    data = resources.files("entente.data")
    regional = sorted((p for p in data.joinpath("offices").iterdir() if p.name.endswith(".yaml")),
                      key=lambda p: p.name)
    return [data.joinpath(name) for name in ("organizations.yaml", "people.yaml", "office_holders.yaml",
                                             "ministers_and_chiefs.yaml")] + regional


def split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split(";") if p.strip()]


def entity_from_yaml(item: dict, source: str | None = None) -> Entity:
    def text(value) -> str | None:
        return None if value is None else str(value)

    if "offices" in item:
        offices = [Office(o.get("country"), o.get("role"), o.get("office", ""), text(o.get("start")),
                          text(o.get("end")), o.get("code")) for o in item["offices"]]
        return Entity("person", item["name"], item["name"], offices=offices,
                      short=item.get("short", []), source=source)
    offices = [Office(item.get("country"), s["role"], item["name"], text(s.get("from")),
                      text(s.get("until"))) for s in item.get("status", [])]
    # a user's entry has its own key, so that it adds a name without replacing a country or an IGO
    return Entity("org", item.get("key", item["code"]), item["name"], country=item.get("country"),
                  role=item.get("role"), offices=offices, code=item["code"] if "key" in item else None,
                  source=source, forum=bool(item.get("forum")))


def phoenix_office(fields: dict, start: str | None, end: str | None, source: str) -> Office:
    return Office(fields["country"], fields["role"], PHOENIX_OFFICE, start, end, fields.get("code"), source)


@lru_cache(maxsize=1)
def default_dictionary() -> Dictionary:
    return Dictionary.load()
