"""Events from one parsed document, one per clause: each sentence's triggers (entente.coding.sentence_triggers)
with their actors attached (entente.actors) for the event's date, dated from the text
(entente.coding.event_dates, entente.coding.document_days), placed (entente.coding.places), scored
with a confidence, and kept once per (source, target, code, date).

A verb (or an event noun) from the lexicon is the event; its subject is the source and its object
or prepositional object the target. Passive voice swaps them; a conjoined, controlled or relative
clause borrows its subject from the clause it hangs on (entente.coding.clauses).
"""

from __future__ import annotations

from datetime import date
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from entente.actors.dictionary import UNKNOWN, Entity, make_actor
from entente.actors.resolve import (
    OTHERS_WORDS,
    STATE_ROLES,
    UNPLACED_ROLES,
    DocActors,
    Ref,
    member_list,
    prep_objects,
    ref_country,
    ref_role,
)
from entente.coding.clause_modes import a_standing_line
from entente.coding.clauses import (
    AID,
    AID_CODES,
    ATTITUDES,
    CONCERN_PREPS,
    CONDUIT_PREPS,
    DAY_ENTITIES,
    DIRECTED_PREPS,
    INTENTS,
    MEETING_INTENT,
    MEETINGS,
    OCCASION_PREPS,
    PARTNERSHIP_NOUNS,
    PLACE_ENTITIES,
    RELATIVE_PRONOUNS,
    RESTRICTION_CODES,
    TIES_NOUNS,
    VISIT_PAID,
    actor_like,
    author_of,
    clause_depth,
    consequence,
    hit_by_force,
    people,
    phase_of,
    phrase_tokens,
    word_role,
)
from entente.coding.codebook import codebook
from entente.coding.dates import first_day
from entente.coding.discards import political_sentences
from entente.coding.document_days import WRITTEN, DocumentDays
from entente.coding.event_dates import office_day
from entente.coding.lexicon import DocumentLexicon, Lexicon
from entente.coding.places import (
    ARMED_OPPONENTS,
    MOURNING,
    PLACE_WEIGHT,
    done_in,
    event_place,
    hits_a_place,
    host_country,
    land_of,
    met_there,
    mourned_place,
    opening_setting,
    others_in,
    own_force_moved,
    place_as_target,
    place_country,
    place_target,
    placed_where_acted_on,
    places_named,
    third_location,
    trip_place,
    unplaced,
    where_sent,
)
from entente.coding.records import enacted
from entente.coding.senses import ARMED_SECTORS, WARNING_WORDS
from entente.coding.sentence_triggers import ARREST, IRREGULARS, PLACE_AIMED, POPULAR_SECTORS, find_triggers
from entente.coding.triggers import (
    HOSTING,
    REJECTION,
    STATEMENT,
    SYMMETRIC_CODES,
    Trigger,
    from_the_podium,
    told_to_hear,
)
from entente.coding.words import (
    ADDRESSING_VERBS,
    BEYOND_BORDERS,
    CIRCUMSTANCE_PREPS,
    EXPELLING_WORDS,
    FAITHS,
    HELD_PEOPLE,
    HELPING_VERBS,
    HOLDING_VERBS,
    LEAVING_WORDS,
    MILITARY_MODIFIERS,
    MILITARY_POSTS,
    POSTS_IF_MILITARY,
    STATES_AT_LARGE,
    STRUGGLE_VERBS,
    THE_PRESS,
    of_class,
)
from entente.types import ASSERTED, Actor, Event, Evidence

# a parsed Doc's user_data key for the wordings linked to dated posts, with their days (entente.posts.read_posts)
POSTS = "posts"
STATE_BRANCHES = ("LEG", "JUD", "MIL", "COP", "SPY")  # a government's other branches: actors of their own
CONFIDENCE_VERB = 0.8
CONFIDENCE_NOUN = 0.6
BONUS_MULTIWORD = 0.1
FACTOR_REPORTED = 0.85
FACTOR_NO_TARGET = 0.7
FACTOR_AGENTLESS = 0.6
FACTOR_PER_CLAUSE = 0.95
# a participle or relative clause describes ("forces backed by Russia", "missiles fired by"): the
# sentence's own event comes first
FACTOR_BACKGROUND = 0.7
EARLIER_MARKS = {"after", "since"}  # "hours after Armenia and Azerbaijan agreed": what came before it
# an event the text does not assert ranks below every asserted one of its sentence
FACTOR_NOT_ASSERTED = 0.5
# intents and threats: said now of what is to come (sentence_triggers.done_by_saying is wider: every act
# done as it is said, of which these are the ones that look ahead)
SAID_ROOTS = {"03", "13"}
ACCUSATION = "112"
LEGAL_PENALTY = "116"  # find guilty, sentence or fine: a court's
CAPTURES = (ARREST, "181", LEGAL_PENALTY)  # arrested, jailed; abducted, taken hostage; sentenced
HOME_MEASURES = ("02", "17")  # appeals and coercion: what a state does to its own people (governed_at_home)
HOME_RULING_ROLES = STATE_ROLES - {"MIL", "SPY"}  # ... by its civil arms, not its army or spies
# ... to people of a walk of life, but believers: a faith is no country's ("urged Muslims to rise up")
HOME_PEOPLE = POPULAR_SECTORS - UNPLACED_ROLES - {"REL"}
# restrictions imposed or eased (sanctions, embargoes, bans, curfews), which are on whose goods or
# people they restrict ("banned Russian oil", which CAMEO's verb dictionary codes 172 as any ban)
WHOSE_GOODS_CODES = (*RESTRICTION_CODES, "172")
PLACEABLE = IRREGULARS | (POPULAR_SECTORS - {"REF"})  # sectors whose people are of where they are
POLICE = "COP"  # a state's, but bare police act at home: of where they act
DEFINITE = {"the", "this", "that", "these", "those"}  # one told of before
MEDIA = "MED"  # news outlets, which carry words said to them to the public
HOST_ROLE = "GOV"  # a bare title met on a trip is the host's
COURTS = "JUD"  # a state's, who sentence

# sympathy and praise for one's own people abroad are for them, not their host ("mourned the Turkish
# soldiers killed in Syria", "saluted our country team in Kabul"): places.host_country is for acts
# done to one's bodies abroad, and for what is said to one's people there ("remind leaders in Beijing")
FELT_FOR_PEOPLE = (*MOURNING, "051")
# what an act is about ("agreed on Afghanistan"), when its sides are named elsewhere
TOPIC_PREPS = {"on", "over", "about", "regarding", "concerning"}

FACTOR_RESIDUAL = 0.7  # CAMEO codes a bare statement (010) only when nothing more specific is said
# A verb alone that gives, supports or fights is an event only with whom it gives to, supports or
# fights named ("provided $40 million to Pakistan"); "we will deliver for our citizens" is not one
ROOTS_AIMED_AT_SOMEONE = {"05", "06", "07", "18", "19"}
# a threat is made to someone: the noun alone ("the terrorist threat"), or had, faced, taken ("we
# take these threats seriously"), names a danger; issued, given, stepped up ("stepped up its
# threats", "announced an ultimatum") it is one made
THREATS = "13"
FIGHTING = "19"
DANGER_VERBS = {"address", "combat", "counter", "face", "have", "pose", "take"}
# a visit, or one said to come, is to someone: a trip to a place that is no actor (a town at home)
# is none, and a visit paid to no one or nowhere named ("has visited the border", "was in the
# region") is no interaction
VISITS = {VISIT_PAID, "036"}
# civilians and refugees, whose going somewhere is travel or flight, not a visit (CAMEO 042 is a
# visit paid by one political actor to another)
TRAVELLERS = {"CVL", "REF"}
# military protection (CAMEO 074) is given by armed people (senses.ARMED_SECTORS); a government
# "protecting" its own people by its policies gives none
PROTECTION = "074"
UNARMED_SECTORS = POPULAR_SECTORS | {"NGO"}  # never military protection
# nor military de-escalation (CAMEO 087: a retreat, a demobilization, a disarmament): residents who
# evacuate, a firm that pulls out, a party that disbands stand down no force; but anyone may
# surrender to someone ("an opposition leader surrendered to the authorities" yields)
MILITARY_DEESCALATION, SURRENDERING = "087", {"surrender", "capitulate"}
# what a hope or a worry may be about: with no target and none of these, it is about nothing said
COMPLEMENT_DEPS = {"ccomp", "xcomp", "dobj", "pcomp", "dative", "advcl", "acomp", "acl"}
NOT_WHAT_ABOUT = {*DAY_ENTITIES, "GPE", "LOC", "FAC"}  # "optimism on Tuesday", "in Brasilia"
ABOUT_PREPS = CONCERN_PREPS | DIRECTED_PREPS | {"in"}  # "optimism about the deal", "confident in the plan"
# coercion, blockades and mass violence aimed at a place (curfews, martial law, repression:
# sentence_triggers.PLACE_AIMED keeps arrests out; "mass killings in Rakhine state"), eased or
# threatened ("lifted the curfew in Jayapura", "will extend the curfew in Bangkok"), which a state
# aims at the people of a place at home when it names no one else; its force too, when the place
# itself is what it hits ("bombed Aleppo", "shelled the town of Daraa"), not where it fights
# ("launched an offensive in North Waziristan": on whom, unsaid)
HOME_COERCION = ("081", "1321", "1323", "1324", "17", "191", "20")
HOME_FORCE = {"18", "19"}
EXPULSION, DEPORTATION, MILITARY_RETREAT = "166", "174", "0874"
# people, who are deported, not the groups expelled: migrants, civilians, offenders, students,
# journalists, workers
DEPORTABLE_ROLES = {"REF", "CVL", "CRM", "EDU", "MED", "LAB"}
# what a government's words and dealings with no other side named may be with the country just
# spoken of: comments, appeals, intents, talks, cooperation, aid, yielding, rejections, cuts; with
# no one at all around, they are a line of home policy or the briefing's talk (said_or_done_at_home)
CONTEXT_ROOTS = {"01", "02", "03", "04", "05", "06", "07", "08", "12", "16"}
# so may an inquiry, a demand, a threat, a protest, a show of force, coercion or a fight, with the
# one other country its own sentence names ("even before we conducted these strikes, we expected
# that the Houthis would retaliate"; not one of the sentences before: "The President traveled to
# Poland. He also threatened to veto the bill."), and with none named they stay acts; not a
# disapproval, which names whom it blames or blames no one ("we condemn any violence")
PRESSURE_ROOTS = {"09", "10", "13", "14", "15", "17", "19"}
# appeals, talks and diplomatic cooperation, and intents to cooperate, which are with whom they name
# (with_states_at_large); aid and its intents go to those it serves
STATES_AT_LARGE_ROOTS = {"02", "04", "05"}
COOPERATION_INTENTS = ("030", "031", "032", "036")
# a government's talk with its own legislature or courts, named only around: comments, appeals,
# meetings meant, consultations, diplomatic cooperation, rejections (no other intent, aid or force:
# "The Supreme Court ruled. We will continue to protect voting rights" is toward no court)
BRANCH_CODES = ("01", "02", "036", "04", "05", "12")
OTHER_BRANCHES = {"LEG", "JUD"}  # of STATE_BRANCHES, those a government deals with as a counterpart
# a briefer's own "I" speaks of the briefing ("I'll hand this back", "I'll share that with you",
# "I'll give you a preview"): with no one named, a comment, an offer, an intent or a talk is no act
# of the government's (a condemnation, a veto, sanctions announced are), and never one with the
# country just spoken of; nor is anything done "from the podium" ("not going to negotiate from here")
SPEAKER_SELF = {"i", "me"}
BRIEFING_ROOTS = {"01", "02", "03", "04"}
# hopes, worries, thoughts, sympathy, agreement: the talk of a briefing when about no one
STATES_OF_MIND = ("012", "013", "014", "018", "019")
AT_THE_DOER = ("11", "012")  # disapproval and concern of a deed: aimed at who did it, not at whom it hit
ACTS_ALONE = ("015", "016", "017")  # claiming or denying responsibility, a symbolic act: no other side needed
MESSAGE_ROOTS = {"01", "02", "03", "04", "05"}  # comments, appeals, intents, talks, support
PUBLIC_AT_LARGE = {"people", "public", "constituents", "residents"}  # not "Americans in Afghanistan"
# what is given, invested or pledged is spent where it goes: aid, material cooperation, and any other
# intent that commits money ("committed $68 million to support farmers in Honduras"); but working
# with allies in Vienna is no act on Austria
SPENT_WHERE_IT_GOES = ("031", "033", "06", "07")
OWNER_DEPS = {"amod", "compound", "poss"}  # a nationality or country that says whose a thing is
AMOUNTS = {"MONEY", "QUANTITY"}  # "$68 million", "USD 55 million", "500 tons"
SPENT_PREPS = {"in", "across", "throughout"}
CONTEXT_WEIGHT = PLACE_WEIGHT  # as unsure as a target read from a place
# how many sentences an act's unnamed other side is looked for in: the document's own voice looks
# back as far as a pronoun does (COREF_SENTENCES), anyone else only in the act's own sentence
OWN_SENTENCE = 1
# venues, ways, circumstances, comparisons and sources a phrase sets an act beside (serves)
ASIDE_PREPS = OCCASION_PREPS | CONDUIT_PREPS | CIRCUMSTANCE_PREPS | {"than", "like", "according"}
# a government's own line that it "continues" or "keeps" doing something, with no country named in
# it or the sentences before, restates a standing policy: no act ("we continue to oppose unilateral
# changes", "we'll keep providing economic mobility for all Americans")
ONGOING = {"continue", "keep"}
# what news reports with no one named as its author ("two soldiers were killed", "he has been
# accused", "diplomats were expelled", "guerrillas were demobilized"); not a statement, an appeal, a
# meeting, praise or help, which someone does ("the President is well protected")
AGENTLESS_ROOTS = {"08", "11", "12", "14", "15", "16", "17", "18", "19", "20"}
# A bare statement, a meeting, praise, economic cooperation with nobody on the other side is not
# an interaction ("we've invested $5 billion in programs" is spending)
TARGET_REQUIRED = {"010", "040", "041", "043", "046", "050", "051", "054", "061"}
WIDER_THAN_TWO = {"international", "global", "regional", "multilateral", "worldwide"}
# beyond SYMMETRIC_CODES, what two countries do together is toward each other when no one else is named:
# calls for cooperation (which between the two are intents), intents to settle, and (TIE_ACTS) intents
# for and praise of their own ties (not pledges of aid or yielding, mediation, recognition or
# rallying, which go to a third)
JOINT_ACTS = ("021", "022", "037")
APPEALS = "02"  # a joint call for their own cooperation is their intent (pairs)
# "hailed the bilateral partnership", "pledged to hasten bilateral collaboration", "committed to
# strengthen cooperation against terrorism", "looked forward to enhancing the bilateral trade
# relationship", "called for negotiations on a reciprocal procurement agreement"; not "welcomed the
# ceasefire", "pledged to send aid", "called for negotiations to end the conflict"
TIE_ACTS = ("03", "051", "013", "026")
OWNING_WORDS = {"their", "our", "both"}
TIE_WORDS = {"bilateral", "mutual", "reciprocal"} | OWNING_WORDS
AID_INTENT = "033"
# acts whose own ties a possessive does not show: "pledged to increase their aid" is to a third,
# "looked forward to COP28, where their negotiators will press" and "called for negotiations between
# both parties" are about others
UNOWNED_TIES = (AID_INTENT, "013", "026")
DE_ESCALATION = {"0356", "0871"}  # a truce meant or declared
DEFENCE = "052"  # defending a policy verbally: one's own country's as much as another's
# what two leaders say, mean, discuss or cooperate on together (coding.extract.other_of_a_pair)
SAID_TOGETHER = {"01", "03", "04", "05", "06"}
CONFIDENCE_MAX = 0.95


def about_something(trigger: Trigger) -> bool:
    """Whether the trigger's words have a complement: what a hope or a worry is about ("about the
    deal", "that the US would act", "to seeing him") or whom it is expressed to."""
    own = {t.i for t in trigger.match.tokens}
    complements = [c for t in trigger.match.tokens for c in t.children if c.i not in own]
    return any(c.dep_ in COMPLEMENT_DEPS for c in complements) or any(
        c.dep_ == "prep" and c.lower_ in ABOUT_PREPS
        and any(g.ent_type_ not in NOT_WHAT_ABOUT for g in c.children) for c in complements)


def other_side_may_be_around(trigger: Trigger) -> bool:
    """A comment, appeal, intent, talk, cooperation, aid, yielding, rejection or cut, or an act of
    pressure or force (PRESSURE_ROOTS), but not a bare statement, nor a briefer's own "I", nor one with
    states at large: an act whose other side, left unnamed, may be named around it."""
    return trigger.code[:2] in CONTEXT_ROOTS | PRESSURE_ROOTS and trigger.code != STATEMENT and (
        trigger.source is None or trigger.source.lower_ not in SPEAKER_SELF) and not with_states_at_large(trigger) \
        and not blames_the_hit(trigger)


def blames_the_hit(trigger: Trigger) -> bool:
    """"Concerned about attacks on Israeli forces", "condemned violence against protesters": a word
    against a deed of force is aimed at whoever did it, not at whom it hit (neither is named here);
    a warning foretells a danger to whom it would hit ("warned of attacks on Israel"), and
    PETRARCH's patterns keep their own dyads."""
    warning = any(t.lemma_.lower() in WARNING_WORDS for t in trigger.match.tokens)
    return trigger.target is not None and trigger.code.startswith(AT_THE_DOER) and not warning \
        and not trigger.match.pattern.converted and hit_by_force(trigger.target)


def with_states_at_large(trigger: Trigger) -> bool:
    """"We continue to encourage countries to speak out", "we will work with allies and partners to
    get grain out": an appeal to, talks or cooperation with states at large names its other side,
    many and unnamed (not "work with partners to provide relief", which goes to those in need)."""
    target = trigger.target
    return target is not None and target.lemma_.lower() in STATES_AT_LARGE and (
        trigger.code[:2] in STATES_AT_LARGE_ROOTS or trigger.code.startswith(COOPERATION_INTENTS))


def addressed(target: Token | None) -> bool:
    """The other side is whom the words are said to ("spoke to President Xi", "told Putin"), not
    what they are about."""
    return target is not None and (target.dep_ == "dative" or (
        target.dep_ == "pobj" and target.head.lower_ in ("to", "with") and target.head.head.pos_ == "VERB") or (
        target.dep_ == "dobj" and target.head.lemma_.lower() in ADDRESSING_VERBS))


def goes_on(trigger: Trigger) -> bool:
    """"We continue to oppose ...", "we'll keep providing ...": an act the speaker goes on doing,
    now or from now on (not "continued to provide ... throughout 2023", a report of what was done;
    not "keep the sanctions in place", where keeping is the act)."""
    phase = phase_of(trigger.token)
    return phase is not trigger.token and phase.lemma_.lower() in ONGOING and phase.tag_ not in ("VBD", "VBN")


def to_its_public(target: Actor, source: Actor, target_ref: Ref) -> bool:
    """"The President is going to continue to talk directly to the American people", "we'll continue
    to inform the American people", "we are encouraging people to get boosted": what a government
    says, means or offers to its own public at large is its messaging, no event (to "the people of
    Mississippi", "the families of victims", "farmers" it is one)."""
    words = target_ref.text.lower().split()
    return target.role == "CVL" and target.country == source.country and "of" not in words \
        and bool(words) and words[-1] in PUBLIC_AT_LARGE


def own_people(target: Actor, source: Actor) -> bool:
    """People or bodies of the source's own country who are no part of its state ("students",
    "farmers", "small businesses", "American families")."""
    return target.country == source.country and target.role in POPULAR_SECTORS


def own_state(ref: Ref, actors: DocActors) -> bool:
    """In a state's own document, the state itself or any of its state bodies ("President Trump",
    "the Department of Justice", "USAID"), named rather than voiced: who says its home policy."""
    voice = actors.voice
    return voice is not None and ref_country(ref) == ref_country(voice) and ref_role(ref) in (None, *STATE_ROLES)


def said_or_done_at_home(trigger: Trigger) -> bool:
    """A government's act with no other country or branch named in the sentence or those before:
    a hope, worry, thought, sympathy or agreement (STATES_OF_MIND) is the talk of its briefing ("we
    are confident that we are doing everything we can", "so, we agree"); any other act is a line of
    home policy ("we will provide 100 percent expensing", "we have surged resources") unless its
    sentence speaks of the world beyond its borders ("shared this information with allies and
    partners", "provided humanitarian assistance"). Claiming or denying responsibility and symbolic
    acts (ACTS_ALONE) need no other side."""
    return trigger.code.startswith(STATES_OF_MIND) or (not trigger.code.startswith(ACTS_ALONE) and not any(
        t.lower_ in BEYOND_BORDERS and t.dep_ != "compound" for t in trigger.token.sent))


def of_the_place(actor: Actor | None, country: str | None, sectors: set[str], voiced: bool = False) -> Actor | None:
    """An actor of one of `sectors` that no name ties to a country, as CAMEO codes it, of the
    country it acts or is acted on in (a group the dictionary knows keeps its own code); so is one
    `voiced`, given the document's own country only because nothing named another."""
    if actor is None or actor.role not in sectors or country is None:
        return actor
    unplaced = actor.code == (f"{actor.country}{actor.role}" if voiced else actor.role) and (
        voiced or actor.country is None)
    if not unplaced:
        return actor
    return make_actor(country, actor.role, actor.name, actor.text)


def placed_sides(trigger: Trigger, source: Actor | None, target: Actor | None, place: dict | None,
                 actors: DocActors, voiced_target: bool = False) -> tuple[Actor | None, Actor | None]:
    """"Militants attacked a police station in Peshawar": armed groups of the country their act was
    done in (PAKINS), and police ("Police arrested three men in Karachi": PAKCOP); "Harris met
    business leaders in Accra", "killed 12 Kurdish fighters in northern Iraq": people of a walk of
    life, and armed groups, acted on in a country are its own (GHABUS, IRQREB), and so are those
    arrested there ("Israeli troops arrested a man in the West Bank": PSECVL). Not a source from
    where it aimed ("fired rockets from Lebanon at northern Israel"), nor refugees (from elsewhere);
    and not when both sides would become one actor acting on itself ("Students boycotted classes at
    Karachi University"). In a government's own document, those its voice would make its own are
    the place's too ("the President met with business leaders in Lahore": PAKBUS, `voiced_target`),
    but for one arrested abroad ("Marc Fogel was detained in Russia": its own), and those arrested
    who may be from elsewhere (away_from_home: "foreign students")."""
    placed_source = of_the_place(source, land_of(done_in(trigger, actors)), IRREGULARS | {POLICE})
    # a bare title met on a trip is the host's ("traveled to Saudi Arabia, where he met with the King"),
    # not one met at a summit ("met with the Chancellor at the G7 in Hiroshima") nor one hosted
    hosts = PLACEABLE | {HOST_ROLE} if trigger.code.startswith(MEETINGS) and not trigger.code.startswith(HOSTING) \
        and trip_place(trigger.token, actors) is not None else PLACEABLE
    arrest = trigger.code.startswith(ARREST)
    placed_target = target if arrest and away_from_home(target) else of_the_place(
        target, land_of(place), hosts, voiced=voiced_target and not arrest)
    if placed_source and placed_target and placed_source.code == placed_target.code:
        return source, target
    return placed_source, placed_target


def away_from_home(target: Actor | None) -> bool:
    """One arrested who may be from anywhere: set apart as another's ("foreign students",
    "international students"), or a news outlet's own by name, as often a foreign correspondent ("Wall
    Street Journal reporter Evan Gershkovich was arrested in Yekaterinburg", "Al Jazeera journalists")."""
    if target is None:
        return False
    words = target.text.split()
    named_outlet = target.role == MEDIA and bool(words) and all(w[:1].isupper() for w in words)
    return named_outlet or bool(OTHERS_WORDS & {w.lower() for w in words})


def held_person(trigger: Trigger, target_ref: Ref | None, actors: DocActors) -> Ref | None:
    """"Police arrested a 36-year-old man", "arrested one person", "they arrested three": someone
    arrested who is named for no role of his own is a civilian, of the country his phrase says ("a
    British man", "a Cheltenham man"), else of none yet (placed_sides and governed_at_home read
    whose). None where another side is named (`target_ref`: "arrested two men suspected of spying
    for India"), the one arrested has a role, is one told of before ("arrested the man" after "a
    gunman killed 50 people": the gunman), or is of a people no country's name gives ("two
    Rohingya men"; a faith is no people: "two Muslim men" are of where they were arrested)."""
    held = trigger.target
    if held is None or not trigger.code.startswith(ARREST) or held.dep_ not in ("dobj", "nsubjpass") or not (
            (held.pos_ == "NOUN" and of_class(held, HELD_PEOPLE)) or (held.pos_ == "NUM" and held.like_num)) \
            or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in held.children):
        return None
    phrase = sorted((t for t in phrase_tokens(held) if t.i <= held.i), key=lambda t: t.i)
    text = " ".join(t.text for t in phrase)
    if target_ref is None and any(t.ent_type_ == "NORP" and not of_class(t, FAITHS) for t in phrase):
        return None
    if target_ref is not None:
        # the country said in the held one's own phrase ("a French man"), not one named elsewhere
        said = target_ref.role is None and target_ref.entity.kind == "country" \
            and set(target_ref.text.split()) <= set(text.split())
        return Ref(target_ref.entity, "CVL", text, f"{target_ref.why}, a person arrested -> CVL") if said else None
    home = next((country for t in phrase if t.dep_ == "compound" for country in [actors.place_country(t)] if country),
                None)
    entity = actors.dictionary.entities.get(home) if home and actors.dictionary is not None else None
    if entity is not None:
        return Ref(entity, "CVL", text, f"{home} place before a person arrested -> CVL")
    return Ref(Entity("sector", "CVL", text, role="CVL"), "CVL", text, "a person arrested -> CVL")


def held_by_the_state(code: str, place: dict | None, sent: Span, actors: DocActors) -> Actor | None:
    """"Marc Fogel was detained in Russia", "a Pakistani national arrested in Canada": an arrest
    with no one named making it is made by the police of the country it was made in (or, in news,
    of the country the report is about: "Two suspects were arrested", `reported_here`); "was
    sentenced to 14 years", "were found guilty" by its courts."""
    role = POLICE if code.startswith(ARREST) else COURTS if code.startswith(LEGAL_PENALTY) else None
    if role is None:
        return None
    country = land_of(place) or reported_here(sent, actors)
    return make_actor(country, role, "police" if role == POLICE else "court", "") if country else None


def governed_at_home(trigger: Trigger, source: Actor | None, target: Actor | None, actors: DocActors
                     ) -> Actor | None:
    """"Prime Minister Minnis urged residents to evacuate", "the Samoan government shut down all
    schools": people of a walk of life whom a state's civil arms appeal to (02) or coerce (17), with
    no country said of them, are its own, as CAMEO codes a state's measures at home. Not where the
    sentence, or those before it, names or places in another country ("Biden arrived in Nairobi.
    He urged young people to ...") or speaks of the world beyond ("called on countries and vaccine
    manufacturers to expand global capacity"), nor those set apart ("foreign journalists"), nor
    believers (a faith is no country's), refugees, rebels or rights groups (UNPLACED_ROLES); not
    what an army does (armies act abroad). So are those its police arrest ("French police detained
    three people": FRACVL), where no other country is named or placed; not arrests a noun names
    ("Iran issued arrest warrants for 36 people", "made 3,000 arrests"), of people who may be anywhere
    or from anywhere."""
    code = trigger.code
    if target is None or source is None or target.country is not None or not code.startswith(HOME_MEASURES) \
            or (code.startswith(ARREST) and (away_from_home(target) or any(
                t.pos_ == "NOUN" and t != trigger.target for t in trigger.match.tokens))):
        return target
    home = source.country
    if home is None or home.startswith("IGO") or source.role not in (None, *HOME_RULING_ROLES) \
            or target.role not in HOME_PEOPLE:
        return target
    # where the act is, its clause says ("Back in Tokyo, he urged"), else the sentences up to it
    # ("Biden arrived in Nairobi. He urged young people ..."); the world beyond is spoken of in the
    # sentence itself
    sent = trigger.token.sent
    before = trigger.token.doc[actors.window_start(trigger.token):sent.end]
    around = sent if placed_itself(trigger.token, actors) else before
    if OTHERS_WORDS & set(target.text.lower().split()) or any(others_in(t, home, actors) for t in around) \
            or any(t.lower_ in BEYOND_BORDERS for t in sent):
        return target
    return make_actor(home, target.role, target.name, target.text)


def placed_itself(verb: Token, actors: DocActors) -> bool:
    """The act's clause says where it was done: "in" or "at" a place, on the verb or the verb that
    says it ("Back in Tokyo, the prime minister urged"), not where something is to go ("urged
    investors to build factories in India") nor a language ("speaking in Turkish")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "advmod")]
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        holders.append(verb.head)
    return any(actors.place_country(g) is not None and g.ent_type_ != "LANGUAGE"
               for h in holders for g in prep_objects(h, "in", "at"))


def reported_here(sent: Span, actors: DocActors) -> str | None:
    """The country the report is about, unless the sentence names a place of another: "Protesters
    in Hong Kong were arrested", in a British report, were not arrested by Britain."""
    country = actors.report_country
    return country if country and not any(others_in(t, country, actors, names=False) for t in sent) else None


def tells_of_its_own_act(trigger: Trigger, source: Actor, target: Actor, actors: DocActors) -> bool:
    """"Putin said Russian forces had destroyed Ukrainian tanks", "Biden said U.S. forces killed the
    ISIS leader", "the ministry said security forces killed 12 militants": a state, or one who led
    it, telling what its own forces or bodies did to another country or an armed group accuses no
    one (112); the act is coded in its own clause. Done to anyone else ("said police had killed a
    teenager", "the FBI raided his home", "police detained Navalny") it is an accusation. A speaker
    telling of itself ("Trump said he may declare an emergency") accuses no one either ("we" the
    trigger leaves out)."""
    accused = trigger.target
    if trigger.code != ACCUSATION or accused is None or accused.head.i == trigger.token.i:
        return False
    if (source.code, source.name) == (target.code, target.name):
        return True
    if source.country is None or source.country != target.country \
            or source.role not in (None, "ELI", *STATE_ROLES) or target.role not in STATE_ROLES:
        return False
    # whom the act told of was done to: what its verb's clause names (past the "by" of a passive's
    # doer), but an owner ("on his orders")
    told = accused.head.head if accused.head.dep_ == "agent" else accused.head
    done_to = [ref for t in told.subtree if t not in accused.subtree and t.dep_ != "poss"
               for ref in [actors.settled(t) or actors.refs.get(t.i)] if ref is not None]
    return any((ref_country(ref) not in (None, source.country) and ref.entity.kind != "sector")
               or ref_role(ref) in ARMED_OPPONENTS or (ref.entity.kind == "org" and ref_country(ref) is None)
               for ref in done_to)


def blames_a_thing(trigger: Trigger) -> bool:
    """"A fire swept through a slum. Officials said it killed nine people": a saying read as an
    accusation (112) of whoever did the act it tells of, where that doer is a pronoun that stands for
    no actor (the fire), accuses no one; the officials told of the dead."""
    accused = trigger.target
    return trigger.code == ACCUSATION and accused is not None and accused.pos_ == "PRON" \
        and accused.dep_ == "nsubj" and accused.head.i != trigger.token.i


def confidence(trigger: Trigger, weight: float, has_target: bool) -> float:
    base = CONFIDENCE_VERB if trigger.kind == "verb" or trigger.support is not None else CONFIDENCE_NOUN
    if len(trigger.match.pattern.words) > 1:
        base += BONUS_MULTIWORD
    if trigger.reported:
        base *= FACTOR_REPORTED
    if not has_target:
        base *= FACTOR_NO_TARGET
    base *= FACTOR_PER_CLAUSE ** clause_depth(trigger.token)
    if trigger.kind == "verb" and background(trigger.token):
        base *= FACTOR_BACKGROUND
    if trigger.code == STATEMENT:
        base *= FACTOR_RESIDUAL
    if trigger.mode != ASSERTED:
        base *= FACTOR_NOT_ASSERTED
    return min(CONFIDENCE_MAX, base * weight)


def background(verb: Token) -> bool:
    """A clause that describes ("forces backed by Russia"), tells what an act brought about ("dealing
    a severe blow to"), or sets it after an earlier one ("hours after Armenia and Azerbaijan agreed to
    halt fighting"); not what a law made does ("passed a bill lifting the emergency law")."""
    if verb.dep_ in ("acl", "relcl"):
        return not enacted(verb.head)
    return consequence(verb) or (verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in verb.children))


def fought_elsewhere(trigger: Trigger, homes: set[str | None], actors: DocActors) -> bool:
    """"Russia and Belarus agreed to respect the ceasefire in Ukraine": a truce its phrase places in a
    third country is in the war there, not between the two who agree to it."""
    return trigger.target is not None and any(
        (actors.places.get(t.i) or {}).get("country") not in (None, *homes)
        or (t.i in actors.names and ref_country(actors.names[t.i]) not in (None, *homes))
        for t in places_named(trigger.target))


def outlet_told(trigger: Trigger) -> bool:
    """Words said to a body by its name ("told the BBC", "spoke with Xinhua") or to one of its press
    ("told a reporter from CBS News"), not to another of its people ("spoke with the CEO of the
    Washington Post")."""
    heard = trigger.target
    one_of_its_people = any(c.dep_ == "prep" and c.lower_ == "of" for c in heard.children)
    return (heard.pos_ == "PROPN" or of_class(heard, THE_PRESS)) and not one_of_its_people \
        and told_to_hear(trigger.token, heard)


def pairs(trigger: Trigger, actors: DocActors, lexicon: DocumentLexicon) -> list[tuple[Ref | None, Ref | None, float]]:
    """Each (source, target, weight) the act is between; a call two sides make for their own
    cooperation is recoded on the trigger as their intent, since only the sides tell it apart."""
    if trigger.by_name:
        sources = [(actors.names[trigger.source.i], 1.0)]
        name = actors.names.get(trigger.target.i)
        targets = [(name, 1.0)] if name else actors.for_token(trigger.target, subtree=True)
    else:
        # "critics, including the European Commission": a source that names no one is whom it lists
        sources = actors.for_token(trigger.source, subtree=True) if trigger.source is not None else []
        targets = actors.for_token(trigger.target, subtree=True) if trigger.target is not None else []
    if trigger.topic:
        # a statement, a hope or a worry is about the first foreign actor its clause names, with those
        # named beside it ("worried that Finland and Sweden will face pressure")
        # (a hope with none names whom it is in: "hopes the Senate will act")
        home = ref_country(sources[0][0]) if sources else None
        targets = topic_refs(trigger.target, actors, home, lexicon) or ([] if trigger.code == STATEMENT else targets)
    if blames_the_hit(trigger):
        targets = []
    if targets and trigger.target is not None and outlet_told(trigger) \
            and all(ref_role(ref) == MEDIA for ref, _ in targets):
        targets = []  # "told the BBC", "told the Washington Post": the outlet carries the words, to no one
    if trigger.agentless and not sources and targets:
        if trigger.code[:2] not in AGENTLESS_ROOTS:
            return []  # "the President is well protected": no one named did anything
        return [(None, target, w * FACTOR_AGENTLESS) for target, w in targets]
    if not sources:
        return []
    homes = {ref_country(ref) for ref, _ in sources}
    symmetric = trigger.code in SYMMETRIC_CODES and (
        trigger.target is None or about_a_topic(trigger.target)
        or (trigger.target.pos_ != "PROPN" and not (trigger.target.pos_ == "PRON" and targets)
            and not names_another_side(trigger.target, homes, actors)
            and not (len(homes - {None}) == 1 and (people(trigger.target) or actor_like(trigger.target))))) \
        and not (trigger.code in DE_ESCALATION and fought_elsewhere(trigger, homes, actors)) \
        and not (trigger.code[:2] == FIGHTING and one_side(sources))
    # "Biden and Modi called for more collaboration in space", "committed to work toward a drug policy
    # framework", "hailed the education partnership": two countries' act, with no one else named and
    # no wider cooperation asked for, is on each other; not what a list of many welcomes, nor what the
    # two do through another act ("Germany and UNICEF hand over vehicles to support health services")
    joint = (trigger.code.startswith(JOINT_ACTS) or (trigger.code.startswith(TIE_ACTS) and of_their_ties(
        trigger, owned=not trigger.code.startswith(UNOWNED_TIES)))) \
        and not targets and not asks_wider(trigger) and len(sources) == 2 and len(homes - {None}) == 2 \
        and its_own_subject(trigger)
    if len(sources) > 1 and (symmetric or joint) and not lists_members(trigger.source):
        # "Israel and Lebanon renewed negotiations", "upgraded ties to ambassadorial level", "the two
        # chiefs see eye-to-eye on Afghanistan": each side with the other; not when the act names
        # whom or where it goes to, and that is no actor ("the President and the First Lady will
        # travel to Lewiston"), nor when a pronoun says whom ("shall inform me"), nor when one
        # state's people act on others its phrase names ("the First Lady and Secretary Cardona met
        # with business leaders")
        if joint and trigger.code.startswith(APPEALS):
            # "the leaders called for more collaboration in space": what two sides call for between
            # themselves neither asks of the other; each means it (CAMEO's 02x and 03x run parallel)
            trigger.code = INTENTS + trigger.code[len(APPEALS):]
        return [(a, b, wa * wb) for a, wa in sources for b, wb in sources if a is not b]
    if targets and trigger.target is not None and trigger.target.pos_ == "NOUN":
        targets = for_whom(trigger.target, targets, ref_country(sources[0][0]), actors)
        if trigger.code.startswith(AID_CODES) and not actor_like(trigger.target) \
                and actors.dictionary is not None and not actors.dictionary.ends_a_role(trigger.target) and all(
                ref_role(ref) == "BUS" or (ref.entity.code or "").startswith("MNC")
                for ref, _ in targets):
            # "we'll donate 1 billion doses of Pfizer": the maker of the gift is no recipient
            # ("$2 billion in grants to small businesses" goes to them)
            targets = []
    if trigger.target is not None and trigger.target.head.lower_ in CONDUIT_PREPS \
            and {ref_country(ref) for ref, _ in targets} <= homes:
        targets = []  # "provided $40 million through USAID": one's own agency hands it on to no one named
    if trigger.code == MEETING_INTENT and trigger.target is not None and trigger.target.i in actors.places:
        # a city to be gone to (a capital read as its government too) to meet another there; a trip
        # made is a visit to its host, the meeting there its own event
        targets = met_there(trigger, sources, actors) or targets
    if not targets and trigger.target is not None and not trigger.topic and not about_a_topic(trigger.target):
        targets = place_as_target(trigger, sources, actors)
    if not targets and trigger.code.startswith(WHOSE_GOODS_CODES) and trigger.target is not None:
        targets = whose_goods(trigger.target, homes, actors)
    # a rejection is of whose offer, plan or demand it rejects ("rebuffed our proposal")
    if not targets and trigger.code.startswith(REJECTION) and trigger.target is not None:
        targets = whose_offer(trigger.target, homes, actors)
    # (a meeting meant aims at no place: where it is to be held is no other side)
    if not targets and (trigger.code.startswith(SPENT_WHERE_IT_GOES) or (
            trigger.code.startswith(INTENTS) and trigger.code != MEETING_INTENT)):
        given = trigger.code.startswith(SPENT_WHERE_IT_GOES) or commits_an_amount(trigger)
        targets = where_it_goes(trigger, homes, actors, deed_places_only=not given)
    if (trigger.code in TARGET_REQUIRED or trigger.match.pattern.converted) and not targets:
        return []  # PETRARCH's patterns were written for dyads (its require_dyad): so are they here
    if not trigger.code.startswith(FELT_FOR_PEOPLE):
        targets = [(host_country(trigger.target, ref, sources[0][0], actors) or ref, w) for ref, w in targets]
    out: list[tuple[Ref, Ref | None, float]] = []
    for source, w1 in sources:
        for target, w2 in targets or [(None, 1.0)]:
            if own_country_beside_another(source, target, targets, sources):
                continue
            if trigger.code[:2] in SAID_TOGETHER and own_country(source, target):
                # "Trudeau reiterated Canada's commitment to being a trusted partner": one's own
                # country is no other side, unless one speaks with another's leader (but "Merkel
                # defended Germany's decision" defends it)
                target = other_of_a_pair(source, sources) or (target if trigger.code == DEFENCE else None)
            out.append((source, target, w1 * w2))
            # a meeting had is both sides' act; one said to come is the speaker's intent alone
            # ("we're going to consult with Congress": Congress intends nothing); people called or
            # met by a government or another body ("the President called CEOs", "met with
            # families") make no call or meeting of their own
            if trigger.reciprocal and target is not None and trigger.code[:2] not in SAID_ROOTS \
                    and not (popular(target) and not popular(source)):
                out.append((target, source, w1 * w2))
    return out


def names_another_side(target: Token, homes: set[str | None], actors: DocActors) -> bool:
    """"France and Germany met with Russian officials": a common noun that is itself another
    country's actor is whom the act is with, as a name would be ("met with Russia"); "met with
    farmers", "renewed negotiations" name no other side, and the two act on each other."""
    ref = actors.refs.get(target.i)
    return ref is not None and ref_country(ref) not in (None, *homes)


def one_side(sources: list[tuple[Ref, float]]) -> bool:
    """"Trump and the servicemembers who carried out the strike": one country's leaders and forces
    fight beside each other; its rebels or insurgents fight it."""
    return len({ref_country(ref) for ref, _ in sources}) == 1 and not any(
        ref_role(ref) in UNPLACED_ROLES for ref, _ in sources)


def popular(ref: Ref) -> bool:
    """People of a walk of life: business, labour, families, the press (POPULAR_SECTORS)."""
    return ref_role(ref) in POPULAR_SECTORS


def for_whom(target: Token, targets: list[tuple[Ref, float]], home: str | None, actors: DocActors
             ) -> list[tuple[Ref, float]]:
    """"reiterated U.S. support for India's membership", "our assistance to Ukraine": the source's
    own country on the noun it gives says whose the act is; whom it is for, another country named
    further in the phrase, is the target. With none named, the own country stays ("defended
    Germany's decision": what is Germany's is defended)."""
    if home is None or not all(bare_country_of(ref, home) for ref, _ in targets):
        return targets
    weight = targets[0][1]
    others = [(actors.settled(t), weight) for t in target.subtree
              if t.i != target.i and t.i in actors.refs and ref_country(actors.refs[t.i]) not in (home, None)]
    return others[:1] or targets


def whose_goods(restricted: Token, homes: set[str | None], actors: DocActors) -> list[tuple[Ref, float]]:
    """"banned Russian oil imports", "sanctions on Iranian oil exports", "lifted the ban on imports
    of Egyptian products": a restriction on another country's goods or people is on that country (the
    resolver names "Russian" in "Russian oil" but makes no actor of the oil: DocActors.names)."""
    for word in phrase_tokens(restricted):
        if word.dep_ not in OWNER_DEPS or word.ent_type_ not in ("NORP", "GPE") or word.head.pos_ != "NOUN":
            continue
        name = actors.names.get(word.i)
        if name is not None and name.entity.kind == "country" and ref_country(name) not in homes:
            return [(name, PLACE_WEIGHT)]
    return []


def whose_offer(rejected: Token, homes: set[str | None], actors: DocActors) -> list[tuple[Ref, float]]:
    """"rebuffed our proposal", "rejected the offer we made", "a proposal we made, which was rebuffed
    by the Russians": what is rejected, named by no actor, is rejected of whoever owns or made it."""
    if rejected.tag_ == "WDT" and rejected.head.dep_ == "relcl":
        # "which" is what the clause hangs on, or what that is said of ("a proposal for the two
        # Americans, which was rebuffed")
        rejected = rejected.head.head
        while rejected.dep_ == "pobj" and rejected.head.head.pos_ == "NOUN":
            rejected = rejected.head.head
    owners = [c for clause in rejected.children if clause.dep_ == "relcl"
              for c in clause.children if c.dep_ == "nsubj"]  # "the offer we made"
    owners.append(author_of(rejected, things=None))
    for owner in filter(None, owners):
        ref = actors.coreference(owner) if owner.pos_ == "PRON" else actors.refs.get(owner.i)
        if ref is not None and ref.entity.kind != "sector" and ref_country(ref) not in homes:
            return [(ref, PLACE_WEIGHT)]
    return []


def where_it_goes(trigger: Trigger, homes: set[str | None], actors: DocActors, deed_places_only: bool = False
                  ) -> list[tuple[Ref, float]]:
    """"will invest $825 million to build a facility in India", "commits $55 million to vaccinate
    people in Africa", "intends to open two consulates in India": what is given, invested, pledged or
    meant, with no one named to receive it, goes to the foreign country it is spent in, as far down
    the clause as the purpose it serves; not to a country that only says what a thing is ("doses
    made in India", "firms that operate in China"), nor to the actors' own (`homes`). With
    `deed_places_only` (an intent that gives no sum), only a place said of a deed or of what it is
    done to counts ("open consulates in India"), not one said of a thing talked of ("agree to what is
    a fair deal on the table in Vienna") or of what the act is to make sure of ("to ensure that they
    agree to a deal in Vienna")."""
    subject = trigger.source_words()
    for pobj in trigger.token.subtree:
        if pobj.dep_ != "pobj" or pobj.head.lower_ not in SPENT_PREPS or pobj.i in subject \
                or not serves(pobj, trigger.token):
            continue
        if pobj.head.head.i == trigger.token.i and pobj.i in actors.places:
            continue  # "pledged $100 million in Geneva": a city the act is in is where it was done
        if deed_places_only and not said_of_a_deed(pobj, trigger.token):
            continue
        countries = [country_named(t, actors) for t in (pobj, *pobj.conjuncts)]
        found = [(ref, PLACE_WEIGHT) for ref in countries if ref is not None and ref_country(ref) not in homes]
        if found:
            return found
    return []


def said_of_a_deed(place: Token, act: Token) -> bool:
    """The place hangs on a deed or on what the deed is done to ("to open consulates in India"),
    not on a thing talked of ("agree to a deal on the table in Vienna"), and not inside what the act
    is to make sure of ("to ensure that they agree to a deal in Vienna")."""
    said_of = place.head.head
    on_a_deed = said_of.pos_ == "VERB" or (said_of.dep_ == "dobj" and said_of.head.pos_ == "VERB")
    return on_a_deed and not any(t.dep_ == "ccomp" for t in takewhile(lambda t: t.i != act.i, place.ancestors))


def serves(place: Token, act: Token, described: bool = False) -> bool:
    """The place hangs on the act through its objects and the purposes it serves ("to build a
    facility in India", "efforts to vaccinate people in Africa"), not through a subject, a venue or a
    way the act goes by ("at the conference in Geneva", "through Belarus"), what it is set beside
    (ASIDE_PREPS: "after Russia's invasion", "more than France", "according to Ethiopia") or a side
    clause ("..., drawing criticism from the US"; a purpose, "to build a plant in India", serves),
    nor, unless `described`, through a clause describing a thing ("doses made in India", "firms that
    operate in China"), unless that clause helps someone there ("$40 million to initiatives that
    support women in Indonesia")."""
    tok = place
    helps = False
    while tok.i != act.i:
        helps = helps or (tok.pos_ == "VERB" and tok.lemma_.lower() in HELPING_VERBS)
        describes = not described and not helps and (tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ != "VB"))
        aside = (tok.dep_ == "prep" and tok.lower_ in ASIDE_PREPS) or (tok.dep_ == "advcl" and tok.tag_ != "VB")
        if describes or aside or tok.dep_ in ("nsubj", "nsubjpass", "csubj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def aside_from(trigger: Trigger, triggers: list[Trigger]) -> set[int]:
    """The words of the trigger's sentence that cannot be its unnamed other side: the maker of a
    thing ("returned a painting by a Belgian artist"); those that do not serve the act (serves: in
    a subject, "the ambassador to the UK expressed concern"; a venue, a way, a circumstance, a
    comparison or a source, "at the summit in Seoul", "through Belarus", "after Russia's invasion";
    a side clause); where a thing is ("attacks like those in India": where money goes is
    where_it_goes' to say); the other sides of the sentence's other acts; and, for an intent, what
    its own clause names, which its reading has weighed already ("pledged to cut aid to Egypt"
    pledges Egypt no aid)."""
    taken = {t.i for other in triggers if other is not trigger and other.target is not None
             for t in other.target.subtree}
    if trigger.code.startswith(INTENTS):
        taken |= {t.i for c in trigger.token.children if c.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl")
                  for t in c.subtree}

    def aside(tok: Token) -> bool:
        return (tok.dep_ == "pobj" and (tok.head.lower_ in SPENT_PREPS or (
            tok.head.lower_ == "by" and tok.head.head.pos_ in ("NOUN", "PROPN")))) \
            or not serves(tok, trigger.token, described=True)

    return taken | {t.i for t in trigger.token.sent if aside(t)}


def commits_an_amount(trigger: Trigger) -> bool:
    """"committed $68 million", "pledged to provide USD 55 million", "giving $2 billion in grants"
    (on the verb that carries the act's noun): an amount the act itself gives (not "intends to
    counter China's $1 trillion lending")."""
    return any(t.ent_type_ in AMOUNTS and t.dep_ == "dobj"
               for holder in (trigger.token, trigger.support) if holder is not None for t in holder.subtree)


def country_named(token: Token, actors: DocActors) -> Ref | None:
    """The country a place word names or is in ("India", "Lagos"), as a ref."""
    if token.i in actors.refs and actors.refs[token.i].entity.kind == "country" \
            and actors.refs[token.i].role is None and token.ent_type_ in ("GPE", "LOC"):
        return actors.refs[token.i]
    place = actors.places.get(token.i)
    return place_country(place, actors, f"where it goes ({place['name']})") if place else None


def its_own_subject(trigger: Trigger) -> bool:
    """"Biden and Modi committed to ...", "Both sides are committed to ...": the source is the
    subject of the act, or of the verb "be" the act is said with."""
    if trigger.source is None:
        return False
    head = trigger.source.head
    return head.i == trigger.token.i or (trigger.token.dep_ == "acomp" and trigger.token.head.i == head.i)


def own_country_beside_another(source: Ref, target: Ref | None, targets: list[tuple[Ref, float]],
                               sources: list[tuple[Ref, float]]) -> bool:
    """"Biden and Modi hailed the partnership between the United States and India": two countries'
    leaders acting together on their two countries each act toward the other, not toward their own
    ("Modi urged India and Pakistan to resume talks" is Modi's, toward both)."""
    home = ref_country(source)
    if target is None or home is None or not bare_country_of(target, home):
        return False
    acting = {ref_country(ref) for ref, _ in sources} - {None}
    return len(acting) > 1 and any(ref_country(other) in acting - {home} for other, _ in targets)


def of_their_ties(trigger: Trigger, owned: bool = True) -> bool:
    """"hailed the growing bilateral education partnership", "committed to work toward a bilateral
    drug policy framework": what is praised or reformed is the two's own tie; with `owned` false, a
    possessive is not enough ("pledged to increase their aid" is still aid to a third)."""
    subject = trigger.source_words()
    words = TIE_WORDS if owned else TIE_WORDS - OWNING_WORDS
    return any(t.i not in subject and (t.lower_ in words or t.lemma_.lower() in PARTNERSHIP_NOUNS | TIES_NOUNS)
               for t in trigger.token.subtree)


def asks_wider(trigger: Trigger) -> bool:
    """"called for greater international cooperation": cooperation beyond the two who ask for it;
    "called on the international community to boost cooperation", "urged donors to ...": asked of
    others."""
    addressed = trigger.code.startswith(APPEALS) and any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "on") for c in trigger.token.children)
    return addressed or any(c.dep_ == "amod" and c.lower_ in WIDER_THAN_TWO
                            for t in trigger.match.tokens for c in t.children)


def own_country(source: Ref, target: Ref | None) -> bool:
    """The target is the source's own state's country, bare and by its name ("Canada" for Canada's
    prime minister; not for its rebels, "Farc will release the Colombian sergeant", nor its people
    named by demonym, "convened Americans from all walks of life")."""
    home = ref_country(source)
    return target is not None and home is not None and bare_country_of(target, home) \
        and ref_role(source) not in POPULAR_SECTORS | ARMED_OPPONENTS \
        and "demonym" not in target.why


def bare_country_of(ref: Ref, home: str) -> bool:
    """The ref is `home`'s country itself, with no role ("Canada", not "Canadian officials"; its
    people named by demonym, "Canadians", are read so too)."""
    return ref.entity.kind == "country" and ref.role is None and ref_country(ref) == home


def other_of_a_pair(source: Ref, sources: list[tuple[Ref, float]]) -> Ref | None:
    """"Biden and Modi affirmed a vision of the United States and India as partners", "hailed the
    growing partnership with India": two countries' leaders speaking together of one's own country
    speak, for that one, toward the other."""
    home = ref_country(source)
    others = {ref_country(ref): ref for ref, _ in sources if ref_country(ref) not in (home, None)}
    return next(iter(others.values())) if len(others) == 1 else None


def lists_members(subject: Token | None) -> bool:
    """"The EU's five biggest economies, including Britain and Germany, agreed": one side, its
    members named, not two sides; "Pakistan and India, like other nuclear powers, agreed" names two."""
    return subject is not None and any(
        member_list(t) and any(m.ent_type_ in ("GPE", "NORP", "ORG") for m in t.subtree)
        for t in subject.subtree if t.i > 0)


def about_a_topic(target: Token | None) -> bool:
    """"agreed on Afghanistan", "talks over Kashmir": what an act is about, not whom it is with."""
    return target is not None and target.dep_ == "pobj" and target.head.lower_ in TOPIC_PREPS


def topic_refs(clause: Token, actors: DocActors, home: str | None, lexicon: DocumentLexicon
               ) -> list[tuple[Ref, float]]:
    """The first actor not of `home` a clause names, a pronoun read as whom it stands for ("that we
    can work with them"), and those conjoined with it; not whom an act of force hit ("concerned
    about attacks on Israeli forces" is about whoever attacks them). A speaker with no country of
    its own, in a news report about one country (DocActors.report_country), is of it, as the
    report's role words are ("the owner stated her products teach young people": no one foreign is
    named; "a spokesman said the authorities are still waiting": the report's own authorities)."""
    home = home or actors.report_country
    named = ((t, actors.settled(t) or actors.refs.get(t.i)) for t in clause.subtree
             if (t.i in actors.refs or t.pos_ == "PRON") and not hit_by_force(t)
             and not told_of_an_actor(t, clause, actors, lexicon))
    first = next((t for t, ref in named if ref is not None and ref_country(ref) not in (home, None)), None)
    if first is None:
        return []
    return [(ref, 0.8) for ref, _ in actors.for_token(first) if ref_country(ref) != home]


def told_of_an_actor(word: Token, clause: Token, actors: DocActors, lexicon: DocumentLexicon) -> bool:
    """"hoped that the minister, who met Chinese officials, would resign", "the activist, who was
    praised by Biden": a relative clause tells who an actor or a person is; whom it names is not
    what the statement is about. One in which they are held captive names whoever holds them
    ("hoped that Gui Minhai, who is held by China, would be released", "whom Iran has detained"),
    and a clause told of a thing may name its doer ("concerned about the attacks Russia launched")."""
    for above in word.ancestors:
        if above == clause:
            return False
        if above.dep_ == "relcl" and (above.head.i in actors.refs or above.head.pos_ == "PROPN") \
                and not holds_captive(above, lexicon):
            return True
    return False


def holds_captive(verb: Token, lexicon: DocumentLexicon) -> bool:
    """"who is held by China", "whom Iran has detained", "who was sentenced by a Chinese court": a
    relative clause in which the one it is about is kept, taken or sentenced (not "who held talks
    with", "who detained journalists": the one it is about acts)."""
    if not any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return False
    taken = lexicon.match_verb(verb)
    return of_class(verb, HOLDING_VERBS) or (taken is not None and taken.code.startswith(CAPTURES))


def written_sentence(sent: Span) -> tuple[str, int, int]:
    """The sentence as written and where it is, from its first to its last word as parsed: without
    the blank lines spaCy keeps at a paragraph's end, nor what the parser read blanked at its edges
    (a turn label, a restart's first try: entente.nlp.prepare_text)."""
    parsed = sent.text
    start = sent.start_char + len(parsed) - len(parsed.lstrip())
    end = start + len(parsed.strip())
    written = sent.doc.user_data.get(WRITTEN)  # not doc.text as a default: it is built anew each time
    return (written[start:end] if written is not None else parsed.strip()), start, end


def evidence_of(sent: Span, doc_id: str | None) -> Evidence:
    return Evidence(*written_sentence(sent), doc_id)


def expulsion_code(code: str, trigger: Trigger, source: Actor | None, target: Actor | None) -> str:
    """"DHS continues to expel migrants", "expelled 40 foreign journalists": people expelled are
    deported (174); "Russian forces withdrew from Kherson": armed forces that withdraw retreat
    (0874, as PETRARCH2's WITHDRAW reads a military subject); CAMEO keeps 166 for groups and
    organisations expelled, and for other withdrawals and evacuations."""
    if code != EXPULSION:
        return code
    if of_class(trigger.token, EXPELLING_WORDS) and target is not None and target.role in DEPORTABLE_ROLES:
        return DEPORTATION
    # a state's armed forces, as PETRARCH2's military words are (not "forced out refugees": expelled),
    # or anyone leaving the posts an army holds ("Russia withdrew from its defensive positions")
    withdrawn = of_class(trigger.token, LEAVING_WORDS)
    return MILITARY_RETREAT if withdrawn and (source is not None and source.role == "MIL" or any(
        military_post(post) for post in prep_objects(trigger.token, "from"))) else code


def military_post(word: Token) -> bool:
    """A place an army holds: "checkpoints", "its defensive positions", "the air base"; "positions"
    (an army's lines) and a "base" no other word says is a customer's or a voter's ("the base near
    Kherson", "the Barkhane base") too; not "its position on tariffs", "its traditional strongholds"."""
    if of_class(word, MILITARY_POSTS):
        return True
    modifiers = [c for c in word.children if c.dep_ in ("amod", "compound")]
    return of_class(word, POSTS_IF_MILITARY) and (any(of_class(c, MILITARY_MODIFIERS) for c in modifiers) or (
        word.tag_ == "NNS" and word.lemma_.lower() == "position") or (
        word.lemma_.lower() == "base" and all(c.pos_ == "PROPN" for c in modifiers)))


def same_actor(a: Actor, b: Actor) -> bool:
    """One actor on both sides: same code, or the same name where one side has no role and the other
    is its state ("Pakistan" and "Pakistani officials"; "Croatia" and "Croatian rebels" are two),
    or one country's government twice (USAGOV and the Trade Representative's USAGOVBUS). A
    country's government and its parliament are two actors."""
    if a.country is None and b.country is None:
        return a.name == b.name  # two sector-only actors ("diplomats", "President Parvanov") differ by name
    return a.code == b.code or (a.name == b.name and (a.role is None or b.role is None)
                                and {a.role, b.role} <= {None, *STATE_ROLES}) or (
        a.country is not None and a.country == b.country and a.role == b.role == "GOV"
        and one_government(a.code, b.code))


def one_government(a: str, b: str) -> bool:
    """"USAGOV" and "USAGOVBUS" (the Trade Representative) are one government; "USAGOVLEG" (a Senate
    committee) is another branch of the state."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and not any(long[len(short):].startswith(branch) for branch in STATE_BRANCHES)


def code_document(doc: Doc, actors: DocActors, lexicon: Lexicon, anchor: date | None,
                  doc_id: str | None = None, keep_unknown: bool = False) -> list[Event]:
    """The document's events in every mode, the most confident first within each sentence. An event
    that needs a name the dictionary does not know (UNK) is dropped unless `keep_unknown`."""
    lexicon = DocumentLexicon(lexicon)
    book = codebook()
    best: dict[tuple, Event] = {}
    questions = actors.questions
    days = DocumentDays(doc, anchor, doc.user_data.get(POSTS), reported=actors.voice is None)
    for sent in political_sentences(list(doc.sents), doc.text):
        triggers = find_triggers(sent, actors, lexicon)
        if not triggers:
            continue
        # the sentence's other event words, each of which may own a date before the trigger does
        # (not a date's own word: "in March of 2022" is no march)
        cues = {t.i for t in sent if (t.pos_ in ("VERB", "AUX") and lexicon.match_verb(t))
                or (t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in DAY_ENTITIES and lexicon.match_noun(t))}
        asked = any(start <= sent.start_char < end for start, end in questions)
        for trigger in triggers:
            if asked:
                trigger.mode = "question"  # a reporter's question at a briefing is not the government's act
            own = {trigger.token.i} | ({trigger.instrument.i} if trigger.instrument is not None else set())
            when, precision, coming = days.day_of(trigger.token, sent, cues - own, trigger.support)
            if anchor is not None and when is not None and (coming or first_day(when) > anchor.isoformat()):
                # "will provide $40 million through 2029": said on the document's day; an act no
                # intent or threat code covers is still to come
                when, precision = anchor.isoformat(), "document"
                if trigger.mode == ASSERTED and trigger.code[:2] not in SAID_ROOTS:
                    trigger.mode = "future"
            role_date = office_day(when, precision, anchor)
            standing = a_standing_line(trigger.token)
            mourned = mourned_place(trigger, actors)  # "mourn the lives lost in Gaza": PSECVL
            for source_ref, target_ref, weight in pairs(trigger, actors, lexicon):
                if mourned is not None and (target_ref is None or target_ref.voiced or unplaced(target_ref, trigger)):
                    target_ref = mourned
                placed = target_ref is None and trigger.code.startswith(PLACE_AIMED)
                if placed:
                    target_ref = place_target(trigger, actors)
                elif trigger.code.startswith(PLACE_AIMED) and target_ref is not None and unplaced(target_ref, trigger):
                    target_ref = placed_where_acted_on(target_ref, trigger, actors)
                if source_ref and target_ref and own_force_moved(trigger, source_ref, target_ref):
                    target_ref = where_sent(trigger, ref_country(source_ref), actors)
                source = source_ref.actor(role_date) if source_ref else None
                target: Actor | None = target_ref.actor(role_date) if target_ref else None
                if (source_ref is not None and source is None) or (target_ref is not None and target is None):
                    continue
                if target_ref is None and blames_a_thing(trigger):
                    continue
                if source is not None and target is not None and tells_of_its_own_act(trigger, source, target, actors):
                    continue
                # (a place's own government or police are not their country's, nor another place's:
                # "Buhari praised the Kaduna State Government", "the governor of Texas criticized the
                # governor of California")
                one_actor = source is not None and target is not None and same_actor(source, target) and not (
                    source_ref.local != target_ref.local and not trigger.code.startswith(PLACE_AIMED))
                abroad = actors.role_abroad(trigger.target, target_ref) \
                    if one_actor and trigger.target is not None else None
                if abroad is not None:
                    # "What about the elections in Pakistan? -- We urge the government to ...": not the
                    # speaker's own government, which it does not urge, but the one named before
                    target_ref, target = abroad, abroad.actor(role_date)
                if one_actor and same_actor(source, target):
                    if not trigger.code.startswith(PLACE_AIMED):
                        if target_ref.voiced:
                            continue  # "we met with leaders": a speaker's own word read as its own
                        # "Japan's ministry expressed Japan's support", "Peru's president resigned":
                        # done, with no other side
                        target = None
                    elif trigger.code in VISITS:
                        continue  # "visited a local pharmacy in Washington": a trip at home
                    else:
                        # "withdraw its troops": one's own forces moved are aimed at where they go or
                        # leave; the army's own country is where it acted, not whom it acted on
                        moved = None if placed else place_target(trigger, actors)
                        if placed and (trigger.code.startswith(HOME_COERCION) or (
                                trigger.code[:2] in HOME_FORCE and hits_a_place(trigger, actors))):
                            # "imposed a curfew in parts of Kashmir": a state's coercion at home is
                            # aimed at the people of the place
                            moved = Ref(target_ref.entity, "CVL", target_ref.text, target_ref.why)
                        target = moved.actor(role_date) if moved is not None else None
                if not keep_unknown and UNKNOWN in (source and source.code, target and target.code):
                    continue
                if standing and source_ref is not None and source_ref.voiced:
                    continue  # "the President is always going to support union workers": its line
                if target is None and trigger.kind == "verb" and len(trigger.match.pattern.words) == 1 and (
                        trigger.code[:2] in ROOTS_AIMED_AT_SOMEONE
                        or (trigger.code.startswith(THREATS) and trigger.token.lemma_.lower() in STRUGGLE_VERBS)):
                    # "we deliver for the American people", "we're fighting": to no one named; "the
                    # President is going to continue to fight hard" threatens no one either
                    continue
                if target is None and trigger.kind == "noun" and trigger.code.startswith(THREATS) and (
                        trigger.support is None or trigger.support.lemma_.lower() in DANGER_VERBS):
                    continue  # "the terrorist threat", "we take these threats seriously": a danger
                at_home = target is not None and source is not None and source.country is not None \
                    and source.country == target.country
                if trigger.code == PROTECTION and len(trigger.match.pattern.words) == 1 and source and (
                        source.role in UNARMED_SECTORS or (at_home and source.role not in ARMED_SECTORS)):
                    # "vaccination is how we protect these individuals", "journalists and observers who
                    # have protected Pakistan's institutions": no force guards them
                    continue
                if trigger.code.startswith(MILITARY_DEESCALATION) and source and source.role in UNARMED_SECTORS \
                        and trigger.token.lemma_.lower() not in SURRENDERING and not (
                            trigger.target is not None and word_role(trigger.target) in ARMED_SECTORS):
                    continue  # "residents have been instructed to evacuate" ("disbanded its armed guards" stands)
                if target is None and source_ref is not None and source_ref.voiced and trigger.source is not None \
                        and ((trigger.source.lower_ in SPEAKER_SELF and trigger.code[:2] in BRIEFING_ROOTS)
                             or from_the_podium(trigger.token)):
                    continue  # "I'll share that with you", "I'll give you a preview": the briefing
                if target is not None and source is not None and source_ref is not None and source_ref.voiced and (
                        (trigger.code[:2] in MESSAGE_ROOTS and to_its_public(target, source, target_ref))
                        or (trigger.code[:2] == AID and own_people(target, source) and not commits_an_amount(trigger))):
                    # "talking directly to the American people": a government's word to its public;
                    # "giving students and educators the resources they need": its home policy (a
                    # sum given is an act: "we are giving $2 billion in grants to small businesses")
                    continue
                if target is not None and source_ref is not None and source_ref.voiced and trigger.source is not None \
                        and trigger.source.lower_ in SPEAKER_SELF and trigger.code == STATEMENT \
                        and not addressed(trigger.target):
                    # "I will say that the Prime Minister is a partner", "I just mentioned the Army
                    # Corps": the speaker's own words about someone are the document, not said to them
                    # ("I spoke to President Xi about it", "I reminded President Putin" are)
                    continue
                if target is None and trigger.code in ATTITUDES and not about_something(trigger):
                    continue  # "I'm absolutely confident.": hopeful or worried about nothing said
                if trigger.code == VISIT_PAID and source is not None and source.role in TRAVELLERS:
                    continue  # "they went from Gaza City to Khan Younis": people who move make no visit of state
                if target is None and trigger.code in VISITS and (trigger.code == VISIT_PAID or (
                        trigger.target is not None and trigger.target.ent_type_ in PLACE_ENTITIES)):
                    continue  # "we're going to North Carolina", "will travel to Lewiston": a trip at home
                if target is None and source_ref is not None and source_ref.voiced and goes_on(trigger) \
                        and with_states_at_large(trigger):
                    # "we'll continue to work with our allies and partners to deter Iran", "we continue
                    # to encourage countries to speak out": a line of policy, with no one in particular
                    continue
                home = ref_country(source_ref) if source_ref is not None else None
                if target is None and home is not None and other_side_may_be_around(trigger):
                    # an act with no other side named is with the one other country its sentence
                    # names ("Germany refused to join the exercises led by France"); a document's own
                    # voice looks over the sentences before too ("Q: What about Ukraine? / We have
                    # provided a range of security assistance"), and with none named, a line it goes
                    # on with is no act
                    voiced = source_ref.voiced
                    if not voiced:
                        around = actors.countries_around(
                            trigger.token, home, OWN_SENTENCE, aside_from(trigger, triggers))
                    elif trigger.code[:2] in CONTEXT_ROOTS:
                        around = actors.countries_around(trigger.token, home)
                    else:
                        around = actors.countries_around(trigger.token, home, OWN_SENTENCE)
                    if voiced and not around and trigger.code.startswith(BRANCH_CODES) and source is not None \
                            and source.role == "GOV":
                        # "The Senate passed the bill. We hope it moves quickly": with no other country,
                        # the one other branch of its own state named, for its executive
                        around = actors.branches_around(trigger.token, home, OTHER_BRANCHES)
                    setting = opening_setting(trigger, actors) if voiced and len(around) > 1 else None
                    if setting in around:
                        around = {setting: around[setting]}  # "In Venezuela, ... we urge a dialogue"
                    if len(around) == 1:
                        target_ref = next(iter(around.values()))
                        target = target_ref.actor(role_date)
                        weight *= CONTEXT_WEIGHT if target is not None else 1.0
                    elif not around and trigger.code[:2] in CONTEXT_ROOTS and (voiced or (
                            own_state(source_ref, actors) and not actors.countries_around(trigger.token, home))) \
                            and (goes_on(trigger) or said_or_done_at_home(trigger)):
                        # "we continue to oppose unilateral changes": a policy line, for no one; "we
                        # are confident that we are doing everything we can": the briefing's talk;
                        # "we will provide full tax relief", "President Trump directed the Secretary
                        # of Education to ...": a line of home policy, whoever of its state says it
                        continue
                met = trigger.match.code.startswith(MEETINGS) and trigger.match.code in TARGET_REQUIRED
                if target is None and met and trigger.code.startswith((MEETINGS, MEETING_INTENT)):
                    continue  # a meeting to come with no one ("we'll have a series of discussions"), as one had
                held = held_person(trigger, target_ref, actors)  # "arrested a man", "a British man"
                if held is not None:
                    target_ref, target = held, held.actor(role_date)
                place = event_place(trigger, actors, land=True)
                source, target = placed_sides(trigger, source, target, place, actors,
                                              voiced_target=target_ref is not None and target_ref.voiced)
                if source is None and source_ref is None:
                    source = held_by_the_state(trigger.code, place, sent, actors)
                target = governed_at_home(trigger, source, target, actors)
                code = third_location(trigger.code, place, source, target)
                cameo = book[expulsion_code(code, trigger, source, target)]
                event = Event(
                    source=source, target=target, code=cameo.code, root=cameo.root, quad=cameo.quad,
                    goldstein=cameo.goldstein, date=when, date_precision=precision,
                    evidence=evidence_of(sent, doc_id),
                    place=place, mode=trigger.mode,
                    confidence=confidence(trigger, weight, target is not None),
                    trigger=" ".join(t.text for t in sorted(trigger.match.tokens, key=lambda t: t.i)),
                )
                key = (source.code if source else None, target.code if target else None, event.code, event.date)
                if key not in best or best[key].confidence < event.confidence:
                    best[key] = event
    # "summoned the ambassador to protest the visit": the protest with no one named is the one
    # with the ambassador, already counted
    def act(e: Event) -> tuple:  # one act of one source in one sentence, whatever its target
        return e.evidence.start, e.source.code if e.source else None, e.code, e.date

    targeted = {act(e) for e in best.values() if e.target is not None}
    events = [e for e in best.values() if e.target is not None or act(e) not in targeted]
    # within a sentence the most confident event comes first
    return sorted(events, key=lambda e: (e.evidence.start, -e.confidence))
