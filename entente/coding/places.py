"""Where an act happened, and the other side a place makes of it by CAMEO's conventions: a protest
outside an embassy is aimed at whose embassy it is, an attack or a withdrawal with no one named at
the country it happened in, a foreign city aimed at stands for its country, an actor's own body
abroad for the country that hosts it; a meeting in neither side's country is held at a third
location (044)."""

from __future__ import annotations

from spacy.tokens import Token

from entente.actors.gazetteer import PLACE_NOUNS
from entente.actors.resolve import (
    ACCORDS,
    LOCATIVE_PREPS,
    PARTNER_NOUNS,
    PLACED_PEOPLE,
    STATE_ROLES,
    DocActors,
    Ref,
    country_of_place,
    in_objects,
    prep_objects,
    ref_country,
    ref_role,
)
from entente.coding.clauses import DIRECTED_PREPS, MEETING_INTENT, MEETINGS, PROTEST, at_someones_word, infinitive
from entente.coding.lexicon import of_objects
from entente.coding.triggers import MOVED_TO, Trigger, aimed_by
from entente.coding.words import (
    DIRECTIONAL_VERBS,
    FAR_FROM_HOME,
    HARM_DONE,
    HARM_UNDERGONE,
    LOSSES,
    MISHAPS,
    MOURNED,
    VIOLENT_EVENT_NOUNS,
)
from entente.types import Actor

SENTENCE_LINKS = {"and", "but", "so", "now"}  # words a sentence may open with before what sets it
MEETING_VERBS = {"confer", "meet", "see", "talk"}  # what a trip is made to do with someone
VISITING_VERBS = {"arrive", "travel", "visit"}  # a trip whose next act, joined to it, is done where it went

# where a protest stands beside the body it is aimed at ("rallied outside the US embassy")
BESIDE_PREPS = {"outside", "near", "at", "around", "before"}
# people sent or withdrawn: a visit's envoys (042), peacekeepers and protection (074), a withdrawal
# (087), a show or build-up of force (15)
DEPLOYMENTS = ("042", "074", "087", "15")
# the prepositions by which an act goes to or at a place ("flights between Karachi and Dubai" go to neither)
PLACE_PREPS = DIRECTED_PREPS - {"with", "between"}
# a target read from the place an act is aimed at ("visited Lahore": Pakistan) is less sure than one named
PLACE_WEIGHT = 0.8
ARMED_OPPONENTS = {"REB", "INS", "SEP"}  # a state's armed opponents, wherever they are
NEIGHBOURS = {"neighbor", "neighbour"}
FORCES = {"MIL", "COP"}  # a state's armed force and police, which it sends
HOME_GOVERNMENT = "GOV"  # whom a protest at home is against (protested_at_home)
AGAINST = "against"  # a protest that says against whom (protested_at_home)
IGO = "IGO"  # the country an international organisation's code gives (others_in)
# who protests against its own government at home: its people, its lawmakers, its police on strike;
# not the government itself, a party (which may rule) nor armed men (soldiers parading, rebels, militants)
PROTESTING_AT_HOME = {"CVL", "OPP", "EDU", "LAB", "REL", "HRI", "MED", "HLH", "AGR", "NGO", "LEG", "COP"}
# the dead mourned, honoured or given sympathy (CAMEO 017, 018) are the people of where they died
# ("mourned the victims of the earthquake in Turkey": mourned_place), not soldiers, pilgrims or
# others far from home ("honored the soldiers who died in Afghanistan")
MOURNING = ("017", "018")
MOURNED_PREPS = {"over", "for", "to", "about", "after", "with"}  # condolences over, tribute to, solidarity with


def met_there(trigger: Trigger, sources: list[tuple[Ref, float]], actors: DocActors) -> list[tuple[Ref, float]]:
    """"will go to Geneva to meet with President Putin", "will travel to Geneva, where he will meet
    President Putin": a trip meant to meet someone of another country is meant for them, the city
    only where they meet."""
    homes = {ref_country(ref) for ref, _ in sources}
    place = trigger.target
    purposes = [c for c in trigger.token.children if c.dep_ in ("advcl", "xcomp") and infinitive(c)]
    if place is not None:
        purposes += [c for c in place.children if c.dep_ == "relcl" and any(
            w.dep_ == "advmod" and w.lower_ == "where" for w in c.children)]
    for purpose in purposes:
        if purpose.lemma_.lower() not in MEETING_VERBS:
            continue
        met = [g for c in purpose.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
               for g in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])]
        found = [(ref, w) for m in met for ref, w in actors.for_token(m) if ref_country(ref) not in homes]
        if found:
            return found
    return []


def opening_setting(trigger: Trigger, actors: DocActors) -> str | None:
    """"In Venezuela, where years of oppression have driven millions from the country, we urge a
    Venezuelan-led dialogue": the country a sentence opens with as where its act is set, hung on the
    act's verb or one it depends on; a speech going round the world names one such at a time."""
    sent = trigger.token.sent
    opening = next((t for t in sent if not t.is_punct and t.lower_ not in SENTENCE_LINKS), None)
    if opening is None or opening.lower_ != "in" or opening.dep_ != "prep" or not (
            opening.head.i == trigger.token.i or opening.head in trigger.token.ancestors):
        return None
    for pobj in (g for g in opening.children if g.dep_ == "pobj"):
        ref = actors.refs.get(pobj.i)
        if ref is not None and ref.entity.kind == "country":
            return ref_country(ref)
    return None


def event_place(trigger: Trigger, actors: DocActors, land: bool = False) -> dict | None:
    """The city or country the clause puts the event in ("met ... in Geneva"), looking on the verb
    and on its object, where the parser often hangs the place, and on a light verb ("returned to
    Geneva for talks": a city gone to is where the talks are). `land`: the ground it happened on,
    through the site it was done at ("fired rockets at a US base in Iraq": Iraq); else a site of a
    country's ("at a US base") stands for that country, as an attack's target does. A complement's act
    is done where the verb it completes is ("in Ukraine, has helped safeguard health workers")."""
    token = trigger.token
    holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "pobj", "attr"))]
    if trigger.support is not None:
        holders.append(trigger.support)
    if token.dep_ == "xcomp":
        holders.append(token.head)  # "In Ukraine, USAID has helped safeguard health workers"
    gone_to = on_the_trip(token, actors)
    if gone_to is not None:
        return gone_to
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "to"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if child.lower_ == "to":
                    if pobj.i in actors.places:
                        return actors.places[pobj.i]
                    continue  # "sent aid to Pakistan": a country gone to is a target, not a venue
                found = named_place(pobj, actors, land)
                if found is not None:
                    return found
                if land and pobj.pos_ == "NOUN":
                    holders.append(pobj)
    return None


def trip_place(token: Token, actors: DocActors) -> dict | None:
    """The place a trip an act is told on went to: "traveled to Saudi Arabia, where he met with the
    King" (a "where" clause on the place), "visited Japan last week and met with the Prime Minister"
    (an act joined to the trip there)."""
    head = token.head
    if token.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in token.children):
        return named_place(head, actors, land=True)
    if token.dep_ == "conj" and head.lemma_.lower() in VISITING_VERBS:
        gone = [*(c for c in head.children if c.dep_ in ("dobj", "pobj")), *prep_objects(head, "to", "in")]
        return next((found for g in gone for found in [named_place(g, actors, land=True)] if found is not None), None)
    return None


def on_the_trip(token: Token, actors: DocActors) -> dict | None:
    """Where an act told on a trip was done: where its own words say, however deep the parser hangs
    them ("traveled to Europe, where he met with Macron in Paris"), else where the trip went; not a
    country a title names ("met with the President of South Korea")."""
    gone = trip_place(token, actors)
    if gone is None:
        return None
    own = next((found for prep in token.subtree if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
                for g in prep.children if g.dep_ == "pobj" for found in [named_place(g, actors, land=True)]
                if found is not None), None)
    return own or gone


def done_in(trigger: Trigger, actors: DocActors) -> dict | None:
    """The place the act's own clause says it was done in ("attacked a police station in Peshawar",
    "clashed in Kandahar", "killed eight people in a car bomb attack in the Gaza Strip"): on the
    verb, its direct object or the occasion it was done in, not reached through whom or where it
    was aimed at ("fired rockets from Lebanon at a town in Israel" was not done in Israel)."""
    token = trigger.token
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    found = named_place(pobj, actors, land=True)
                    if found is not None:
                        return found
                    if holder is token and pobj.pos_ == "NOUN":
                        holders.append(pobj)  # "in a car bomb attack in the Gaza Strip"
    return None


def named_place(pobj: Token, actors: DocActors, land: bool) -> dict | None:
    """A place word ("in Geneva") or a country named as where ("in Pakistan"); with `land`, only the
    country's own name, not a thing of the country's ("at a US base")."""
    if pobj.i in actors.places:
        return actors.places[pobj.i]
    ref = actors.refs.get(pobj.i)
    if ref is not None and ref.entity.kind == "country" and (not land or pobj.pos_ == "PROPN"):
        return {"name": pobj.text, "country": ref.entity.key}
    return next((actors.places[c.i] for c in place_name_of(pobj) if c.i in actors.places), None)


def place_name_of(noun: Token) -> list[Token]:
    """The words a place noun is named by before it ("in Sichuan province", "in the Kunar province"),
    one of which may be a place; none where an owner says whose it is ("in France's Basque region",
    "in the Pakistani province of Punjab")."""
    if noun.lemma_.lower() not in PLACE_NOUNS or any(
            c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")) for c in noun.children):
        return []
    return [c for c in noun.children if c.dep_ == "compound"]


def land_of(place: dict | None) -> str | None:
    """The country a place is in, if it is a country's land (an IGO's seat is none)."""
    country = place.get("country") if place is not None else None
    return None if country == IGO else country


def place_target(trigger: Trigger, actors: DocActors) -> Ref | None:
    """Whom a protest, an attack or a withdrawal with no other target is aimed at, by CAMEO's
    convention: the body it is outside ("rallied outside the US embassy"), else the country it
    happened in ("an attack on a hotel in Kabul", "withdrew its staff from institutes in Pakistan"),
    or, for people's protest at home, that country's government (protested_at_home)."""
    holders = [h for h in (trigger.token, trigger.support) if h is not None]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in BESIDE_PREPS:
                for pobj in (g for g in child.children if g.dep_ == "pobj" and not at_someones_word(g)):
                    found = actors.for_token(pobj)
                    if found and ref_country(found[0][0]):
                        return found[0][0]
    skip = trigger.source_words()
    named = [p for h in holders for p in places_named(h, deep=True) if p.i not in skip]
    place = place_aimed_at(trigger, actors) or event_place(trigger, actors) or next(
        (actors.places.get(p.i) or {"name": p.text, "country": ref_country(actors.refs[p.i])}
         for p in named if p.i in actors.places or (p.i in actors.refs and actors.refs[p.i].entity.kind == "country")),
        None)
    country = place_country(place, actors, f"where it happened ({place['name']})") if place else None
    if country is None:
        return None
    sources = [r for r, _ in actors.for_token(trigger.source)] if trigger.source is not None else []
    if protested_at_home(trigger, sources, place["country"], actors):
        return Ref(country.entity, HOME_GOVERNMENT, country.text, f"{country.why}; a protest at home")
    if any(ref_country(r) == place["country"] and ref_role(r) is None for r in sources):
        return None  # an attack in Lagos by Nigerians is not Nigeria's act on Nigeria
    return country


def protested_at_home(trigger: Trigger, sources: list[Ref], home: str | None, actors: DocActors) -> bool:
    """"A million people marched in London", "French unions went on strike over pension reform":
    people (PROTESTING_AT_HOME) protesting in their own country, with no one named, protest against
    its government, not its land. Not a crowd of more than one country, nor one whose protest names
    another country or says against whom ("rallied in Islamabad to protest against India", "went on
    strike against General Motors", whom no actor names; but "protesting the exit of the UK from the
    EU" is at home). A bare people ("Kenyans marched in Nairobi") stays with no target:
    extract.same_actor reads "Kenyans" and Kenya's government as one actor."""
    protest = [*trigger.token.subtree, *(trigger.support.subtree if trigger.support is not None else [])]
    return home is not None and trigger.code.startswith(PROTEST) and bool(sources) and all(
        ref_country(r) == home and ref_role(r) in PROTESTING_AT_HOME for r in sources) \
        and not any(others_in(t, home, actors, organisations=False) or names_whom_against(t) for t in protest)


def names_whom_against(word: Token) -> bool:
    """"against General Motors": a protest against someone named, whether or not an actor (not
    "against police brutality", a wrong done)."""
    return word.lower_ == AGAINST and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in word.children)


def others_in(word: Token, home: str, actors: DocActors, names: bool = True, organisations: bool = True) -> bool:
    """The word places in, or (with `names`) names, another country or region than `home` (with
    `organisations`, an international organisation too)."""
    named = actors.names.get(word.i) if names else None
    outside = {None, home} if organisations else {None, home, IGO}
    return actors.place_country(word) not in outside or (named is not None and ref_country(named) not in outside)


def mourned_place(trigger: Trigger, actors: DocActors) -> Ref | None:
    """Where the dead a sympathy or a tribute (MOURNING) is for died, named in the phrase that names
    them ("the lives lost in Gaza", "over the earthquake in Sichuan province"): its people are whom it
    goes to. Not where it was said ("Speaking in Tokyo, Biden offered condolences ...")."""
    if not trigger.code.startswith(MOURNING):
        return None
    target = trigger.target
    heads = ([g for g in target.children if g.dep_ == "pobj"] if target.dep_ in ("prep", "dative") else [target]) \
        if target is not None else []
    heads += [g for holder in (trigger.token, trigger.support) if holder is not None for c in holder.subtree
              if c.dep_ in ("prep", "dative") and c.lower_ in MOURNED_PREPS for g in c.children if g.dep_ == "pobj"]
    lost = LOSSES | HARM_DONE | HARM_UNDERGONE | MISHAPS
    for head in heads:
        words = {t.lemma_.lower() for t in head.subtree}
        # (a people named says whose the dead are: "the three U.S. service members killed in Jordan")
        if head.lemma_.lower() not in MOURNED | MISHAPS | VIOLENT_EVENT_NOUNS or not words & lost \
                or words & FAR_FROM_HOME or any(t.ent_type_ == "NORP" for t in head.subtree):
            continue
        # where: "the lives lost in Gaza", or the name of the disaster ("the Morocco earthquake")
        named = places_named(head, deep=True) + [
            t for t in head.subtree if t.dep_ == "compound" and t.head.lemma_.lower() in MISHAPS | VIOLENT_EVENT_NOUNS]
        for pobj in named:
            place = named_place(pobj, actors, land=True)
            country = place_country(place, actors, f"where the mourned died ({place['name']})") if place else None
            if country is not None:
                return Ref(country.entity, "CVL", country.text, country.why)
    return None


def own_force_moved(trigger: Trigger, source: Ref, target: Ref) -> bool:
    """"deployed the U.S. military to the border", "not intending to send U.S. troops to Ukraine",
    "Iran sent the Quds Force to Syria", "Russia is calling up more soldiers": one's own armed force
    or police, or troops no word says whose, sent or deployed, is what the act moves, not whom it is
    aimed at (another's named force stays: "sent the IDF more interceptors")."""
    moved = trigger.target
    if not (sends(trigger) and ref_role(target) in FORCES):
        return False
    # a bare role word the document's voice lends its country to ("soldiers" at a White House
    # briefing) says no more whose than one left countryless
    whose = (target.entity.kind != "sector" and not target.voiced) or (moved is not None and any(
        c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE") for c in moved.lefts))
    home = ref_country(source)
    return home is not None and (ref_country(target) == home or not whose)


def sends(trigger: Trigger) -> bool:
    """A deployment's code, or a verb of sending ("sent", "airlifted")."""
    return trigger.code.startswith(DEPLOYMENTS) or trigger.token.lemma_.lower() in DIRECTIONAL_VERBS or (
        trigger.target is not None and trigger.target.head.lemma_.lower() in DIRECTIONAL_VERBS)


def where_sent(trigger: Trigger, home: str | None, actors: DocActors) -> Ref | None:
    """The country a force is sent to ("send U.S. troops to Ukraine"), else the place the act is
    aimed at or done in; none at home."""
    mover = trigger.target.head if trigger.target is not None else trigger.token
    if mover.dep_ == "prep":
        mover = mover.head
    to = aimed_by(mover, MOVED_TO)
    found = [ref for ref, _ in actors.for_token(to)] if to is not None else []
    there = next((ref for ref in found if ref_country(ref) not in (None, home)), None) or place_target(trigger, actors)
    return there if there is not None and ref_country(there) != home else None


def place_aimed_at(trigger: Trigger, actors: DocActors) -> dict | None:
    """A place in the target slot, or the place a place noun there is of: where the act is aimed
    ("imposed a curfew on Basra", "shelled the town of Daraa")."""
    if trigger.target is None:
        return None
    return next((actors.places[t.i] for t in (trigger.target, *parts_of(trigger.target)) if t.i in actors.places),
                None)


def hits_a_place(trigger: Trigger, actors: DocActors) -> bool:
    """The act's object is a place itself ("bombed Aleppo", "shelled the town of Daraa", "the
    bombardment of a neighborhood"), not a thing somewhere ("violated the ceasefire in Kashmir")."""
    hit = [trigger.target] if trigger.target is not None else []
    if trigger.kind == "noun":  # "the bombardment of a besieged neighborhood"
        hit += of_objects(trigger.token)
    return any(t.i in actors.places or t.lemma_.lower() in PLACE_NOUNS for t in hit)


def unplaced(ref: Ref, trigger: Trigger) -> bool:
    """A role with no country, nor an owner or a people that says whose: "1.5 million people", "200
    troops"; not "its forces", "Kurdish fighters" (who may be from anywhere)."""
    return ref.entity.kind == "sector" and ref_country(ref) is None and trigger.target is not None and not any(
        c.dep_ == "poss" or c.ent_type_ == "NORP" for c in trigger.target.children)


def placed_where_acted_on(ref: Ref, trigger: Trigger, actors: DocActors) -> Ref:
    """People of no named country helped, moved or hit where the act happened are of that country
    ("provided shelter to 1.5 million people after the earthquake in Haiti": Haiti's civilians;
    "killed 20 soldiers in Syria": Syria's military); a state's people sent there (a verb of
    sending, or a deployment's code) or withdrawn stand for the place itself ("sent 200 troops in
    Syria": Syria), as CAMEO codes a deployment."""
    there = place_target(trigger, actors)
    if there is None:
        return ref
    sent = ref.role in STATE_ROLES and sends(trigger)
    role = None if sent else ref.role
    return Ref(there.entity, role, f"{ref.text} in {there.text}", f"{there.why}, {ref.why}")


def place_country(place: dict, actors: DocActors, why: str) -> Ref | None:
    """The country a place ({"name", "country"}) is in, as a ref, if the dictionary knows it."""
    entity = actors.dictionary.entities.get(place["country"]) if actors.dictionary is not None else None
    return Ref(entity, None, place["name"], why) if entity is not None else None


def place_as_target(trigger: Trigger, sources: list[tuple[Ref, float]], actors: DocActors) -> list[tuple[Ref, float]]:
    """A foreign city or region the act is aimed at, or a thing there, stands for its country
    ("threatened to shell Haifa", "sent troops to Kandahar"), and so does one the act puts a partner in
    (placed_by_the_act). Not at home: "the President will travel to Pittsburgh" is a
    trip, and "Iraqi officials imposed a curfew on Basra" is no act of Iraq on Iraq."""
    target = trigger.target
    # "bombed a Jerusalem pizzeria", "attacked a Peshawar mosque": the place the thing hit is in
    place = actors.places.get(target.i) or next(
        (actors.places[c.i] for c in compounds(target) if c.i in actors.places
         and target.lemma_.lower() not in ACCORDS), None)  # (not "violated the Minsk agreements")
    country = place_country(place, actors, f"the country of {place['name']}") if place else None
    preps = PLACE_PREPS
    if place is None:
        # those stood or worked with are aimed at too ("stand with our neighbor in Haiti")
        country, preps = placed_by_the_act(target, trigger, actors), DIRECTED_PREPS
    aimed = target.dep_ == "dobj" or (target.dep_ == "pobj" and target.head.lower_ in preps)
    if country is None or not aimed or ref_country(country) in {ref_country(ref) for ref, _ in sources}:
        return []
    return [(country, PLACE_WEIGHT)]


def compounds(noun: Token) -> list[Token]:
    """The nouns a noun is compounded with, nested too ("an East Jerusalem neighborhood plan")."""
    found = [c for c in noun.children if c.dep_ == "compound"]
    return [t for c in found for t in (c, *compounds(c))]


def placed_by_the_act(target: Token, trigger: Trigger, actors: DocActors) -> Ref | None:
    """"We continue to stand with our neighbor in Haiti", the parser hanging the place on the act: a
    partner, a state's neighbour or a people with no word of whose (resolve.PARTNER_NOUNS,
    PLACED_PEOPLE) is of the place's country, as when the place hangs on the noun itself
    (resolve.located_ref). Not a meeting's place: "will meet with allies in Madrid" meets them there."""
    lemma = target.lemma_.lower()
    # a state's neighbour ("our neighbor in Haiti") is a state; "a neighbor in Kyiv" is a person
    owned_neighbour = lemma in NEIGHBOURS and any(c.dep_ == "poss" for c in target.children)
    if not (lemma in PARTNER_NOUNS | PLACED_PEOPLE or owned_neighbour) or trigger.code.startswith(
            (MEETINGS, MEETING_INTENT)) or any(c.dep_ in ("amod", "compound") for c in target.children) \
            or actors.dictionary is None:
        return None
    for pobj in in_objects(trigger.token):
        entity = country_of_place(pobj, actors, actors.dictionary)
        if entity is not None:
            return Ref(entity, None, f"{target.text} in {pobj.text}", f"placed in {entity.name} by the act")
    return None


def host_country(target: Token, ref: Ref, source: Ref, actors: DocActors) -> Ref | None:
    """"withdrew its nationals from Confucius Institutes across the country", "withdrew its staff
    from Confucius Institutes in Pakistan": an actor's own body abroad stands for the country that
    hosts it, found in the places the target or its verb names. Its armed opponents abroad ("PKK
    militants in northern Iraq") are themselves the target."""
    own = ref_country(ref)
    if own is None or own != ref_country(source) or ref_role(ref) in ARMED_OPPONENTS:
        return None
    # (not where a purpose is: "commend President Trump's efforts to end the war in Gaza")
    for pobj in places_named(target, deep=True, purposes=False) + places_named(target.head):
        host = actors.refs.get(pobj.i) or actors.coreference(pobj)
        country = ref_country(host) if host else (actors.places.get(pobj.i) or {}).get("country")
        if country and country != own and actors.dictionary:
            entity = actors.dictionary.entities.get(country)
            if entity is not None:
                return Ref(entity, None, pobj.text, f"host country of {ref.text}")
    return None


def places_named(holder: Token, deep: bool = False, purposes: bool = True) -> list[Token]:
    """The objects of the holder's place prepositions (anywhere in its phrase, when `deep`), the
    places those are in ("from Confucius Institutes in Pakistan": the institutes, Pakistan) and
    the places they are parts of ("in the Gaza Strip's eastern border regions", "in parts of
    Kashmir", "in the western city of Ahmedabad"); with `purposes` false, not those a purpose in
    the phrase names."""
    out = []
    if not deep:
        words = list(holder.children)
    else:
        words = [t for t in holder.subtree if t.i != holder.i] if purposes else phrase_words(holder)
    for child in words:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS | {"from"}:
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                out.append(pobj)
                out.extend(g for g in pobj.children if g.dep_ == "poss")
                out.extend(place_name_of(pobj))
                out.extend(parts_of(pobj))
    return out


def phrase_words(holder: Token) -> list[Token]:
    """The words of the holder's phrase below it, not of a purpose in it ("staff working in
    Pakistan" are there; "efforts to end the war in Gaza" are not)."""
    out, stack = [], [c for c in holder.children if not infinitive(c)]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if not infinitive(c))
    return out


def parts_of(place: Token) -> list[Token]:
    """The places a place is in or a part of, outward ("parts of the western city of Ahmedabad":
    the city, Ahmedabad)."""
    out, stack = [], [place]
    while stack:
        holder = stack.pop()
        found = [g for c in holder.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS | {"of"}
                 for g in c.children if g.dep_ == "pobj"]
        out += found
        stack += found
    return out


def third_location(code: str, place: dict | None, source: Actor | None, target: Actor | None) -> str:
    """CAMEO's 044: a meeting held in a country that is neither side's."""
    if code != "040" or not place or not source or not target or not source.country or not target.country:
        return code
    return "044" if place["country"] not in (source.country, target.country) else code
