"""Which spans of a parsed text name the dictionary's entities, and which entity each name means:
the names matched whatever their case or spacing (entente.actors.names), less those that only
modify ("US-backed"), sit inside a thing's name ("the American Rescue Plan"), are another person's
("César Chávez", "Michael Jordan") or a title's holder out of office ("Prime Minister Sharif" in 2022); plus a
person's name parts after the full name ("Bilawal"). entente.actors.resolve joins them into noun
phrases.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from entente.actors.dictionary import Dictionary
from entente.actors.names import NameIndex

MODIFIER_SUFFIXES = {"backed", "sponsored", "influenced", "led", "based", "funded", "owned", "made",
                     "allied", "aligned", "brokered", "run", "controlled", "friendly"}
MODIFIER_PREFIXES = {"anti", "pro", "non", "post", "pre", "ex"}
THING_NAMES = {"FAC", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"}
# the prefixes of ships' names, which are often people's: "HMS Queen Elizabeth", "USS Ronald Reagan"
SHIP_PREFIXES = {"hms", "uss", "usns", "rms", "hmcs", "hmas", "hmnzs", "ins", "pns", "ss", "mv"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
NAME_ENTITIES = {"PERSON", "ORG"}  # what the tagger calls a person's whole name
MIN_NAME_PART = 3  # name parts shorter than this ("bin", "Al") never resolve alone


def name_spans(doc: Doc, dictionary: Dictionary, date: str | None) -> list[Span]:
    """The spans that name an entity, each labelled with the name it matched."""
    spans = filter_spans(name_index(dictionary).spans(doc))
    things = [e for e in doc.ents if e.label_ in THING_NAMES]
    spans = [s for s in spans if not is_modifier_use(s) and not inside_a_things_name(s, things)
             and not abbreviates_the_name_before(s, dictionary) and not names_a_ship(s)]
    spans += local_name_spans(doc, spans, dictionary)
    return [s for s in spans if not another_persons_name(s, dictionary)
            and not a_place_name_in_a_persons_name(s, dictionary) and not out_of_titled_office(s, dictionary, date)]


_indexes: dict[int, tuple[Dictionary, NameIndex]] = {}
INDEXES_KEPT = 4  # dictionaries whose name index stays built (the default and a few users' own)


def name_index(dictionary: Dictionary) -> NameIndex:
    """The dictionary's names indexed for matching, built once per dictionary."""
    cached = _indexes.get(id(dictionary))
    if cached is None or cached[0] is not dictionary:
        if len(_indexes) >= INDEXES_KEPT:
            _indexes.pop(next(iter(_indexes)))
        cached = _indexes[id(dictionary)] = (dictionary, NameIndex.build(list(dictionary.names)))
    return cached[1]


def is_modifier_use(span: Span) -> bool:
    """"anti-China", "US-backed": the name modifies, it is not the actor."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" \
            and doc[span.end + 1].lower_ in MODIFIER_SUFFIXES:
        return True
    return span.start >= 2 and doc[span.start - 1].text == "-" \
        and doc[span.start - 2].lower_ in MODIFIER_PREFIXES


def names_a_ship(span: Span) -> bool:
    """"sent the HMS Queen Elizabeth to Japan": a person's name after a ship's prefix is the ship's."""
    return span.start >= 1 and span.doc[span.start - 1].lower_ in SHIP_PREFIXES


def inside_a_things_name(span: Span, things: list[Span]) -> bool:
    """"Hamid Karzai International Airport", "the American Rescue Plan": a name inside the longer
    name of a place, a law, a work or an event (`things`, the doc's entities of those kinds) is not
    that actor."""
    return any(ent.start <= span.start and span.end <= ent.end and len(ent) > len(span) for ent in things)


def abbreviates_the_name_before(span: Span, dictionary: Dictionary) -> bool:
    """"the Autonomous Systems Industry Alliance (ASIA)": capitals in brackets that spell the initials
    of the capitalised words before them abbreviate that name, not the place they also spell (an
    organisation's acronym is how text brings it in: "Asia Pacific Economic Cooperation (APEC)")."""
    doc = span.doc
    if len(span) != 1 or len(span.text) < 2 or not span.text.isupper() or span.start < 2 \
            or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    if any(dictionary.entities[key].kind != "country" for key, _ in dictionary.names.get(span.label_, [])):
        return False
    initials = []
    for word in reversed(doc[:span.start - 1]):
        if word.is_title:
            initials.insert(0, word.text[0])
        elif not (word.is_lower and word.is_stop):  # "Bank of America", "Ministry of the Interior"
            break
    return "".join(initials).endswith(span.text)


def name_choice(dictionary: Dictionary, name: str, date: str | None) -> list[tuple[str, str]]:
    """The one entity a name stands for: where it names several people ("Clinton", "Bush", "Assad"),
    the one in office on the document's day, else the first listed."""
    candidates = dictionary.names.get(name, [])
    if len(candidates) > 1 and date:
        in_office = [c for c in candidates if dictionary.entities[c[0]].kind == "person"
                     and dictionary.entities[c[0]].office_at(date) is not None]
        candidates = in_office or candidates
    return candidates[:1]


def out_of_titled_office(span: Span, dictionary: Dictionary, date: str | None) -> bool:
    """"Prime Minister Sharif", a name PETRARCH2's dictionary gives Nawaz Sharif, names whoever holds
    that office on the day: a titled name of someone out of office is left to the title and the
    surname (resolve.titled_surname)."""
    words = span.label_.lower().split()
    titled = any(tuple(words[:k]) in dictionary.roles for k in range(1, len(words)))
    if not titled or not date:
        return False
    entities = [dictionary.entities[key] for key, _ in dictionary.names.get(span.label_, [])]
    return bool(entities) and all(e.kind == "person" and e.office_at(date) is None for e in entities)


def another_persons_name(span: Span, dictionary: Dictionary) -> bool:
    """A known person's name inside the parser's PERSON entity of someone else: after a given name
    none of that person's ("César Chávez", "Jeb Bush"), or before more of the name ("Abdulridha
    Abdullah Mahmoud Khori"). Middle names and initials say nothing ("Joseph R. Biden", "Narendra
    Damodardas Modi")."""
    doc, first = span.doc, span[0]
    # the tagger may call the whole name an organisation ("César Estrada Chávez")
    if first.ent_iob_ != "I" or any(t.ent_type_ not in NAME_ENTITIES for t in span):
        return False
    entities = [dictionary.entities[key] for key, _ in dictionary.names.get(span.label_, [])]
    if not entities or any(entity.kind != "person" for entity in entities):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.ent_iob_ == "I" and after.ent_type_ == "PERSON" \
            and after.lower_.rstrip(".") not in NAME_SUFFIXES:
        return True  # (an organisation's words go on after a name: "the Biden Administration")
    given = doc[first.i - 1]
    own = {w.lower() for entity in entities for name in dictionary.names_for(entity.key) for w in name.split()}
    # the given name opens the parser's entity, or follows a title inside it ("First Lady Jill
    # Biden"), not the person's own given name ("Narendra Damodardas Modi")
    opens = given.ent_iob_ == "B" or (given.ent_iob_ == "I" and given.ent_type_ in NAME_ENTITIES
                                      and doc[given.i - 1].lower_ not in own)
    return opens and given.pos_ == "PROPN" and len(given.text) > 2 and given.lower_ not in own


def a_place_name_in_a_persons_name(span: Span, dictionary: Dictionary) -> bool:
    """A country's or a town's name that is a person's given name or surname, inside the parser's
    PERSON entity beside another name ("Michael Jordan", "Chad Smith", "police director Vladimir
    Rebic"), not beside a title ("Jordan King Abdullah")."""
    doc = span.doc
    if any(t.ent_type_ != "PERSON" for t in span):
        return False
    # (a country's or a town's name, not its people's word: "Estonian MEP", "Qatari Amir" are the country's)
    named = [(dictionary.entities[key], how) for key, how in dictionary.names.get(span.label_, [])]
    if not named or any(entity.kind != "country" or how not in ("name", "place") for entity, how in named):
        return False
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and (t.lower_,) not in dictionary.roles
               and (t.lemma_.lower(),) not in dictionary.roles for t in beside)


def local_name_spans(doc: Doc, spans: list[Span], dictionary: Dictionary) -> list[Span]:
    """Spans for name parts ("Bilawal", "Anjum") after the person's full name appeared: parts of
    the person's own name, not of a title the text gave it ("President Reagan" makes no later "the
    President" Reagan)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    first_seen: dict[str, tuple[int, str]] = {}
    for span in spans:
        for key, _ in dictionary.names.get(span.label_, [])[:1]:
            entity = dictionary.entities[key]
            if entity.kind == "person" and len(span) > 1:
                own = {w.lower() for w in entity.name.split()} | {w.lower() for w in entity.short}
                for part in span:
                    if len(part.text) >= MIN_NAME_PART and part.text[0].isupper() and part.lower_ in own:
                        first_seen.setdefault(part.text, (span.end, span.label_))
    out = []
    for tok in doc:
        seen = first_seen.get(tok.text)
        if seen and tok.i >= seen[0] and tok.i not in covered:
            out.append(Span(doc, tok.i, tok.i + 1, label=seen[1]))
    return out
