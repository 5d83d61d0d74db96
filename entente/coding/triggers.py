"""Event words read in their clause: a lexicon verb or an event noun, its source and target tokens,
and the code its frame, intent or light verb gives it (a sentence's words are found, and weighed by
topic and by who acts, in entente.coding.sentence_triggers; actors attached in entente.coding.extract)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from entente.actors.resolve import STATE_ROLES, DocActors, prep_objects, ref_country, speaker_of
from entente.coding.clause_modes import intended, mandated
from entente.coding.clauses import (
    ABILITY,
    ASKING_ROOTS,
    ATTITUDES,
    DAY_ENTITIES,
    GIVING_CODES,
    MEETINGS,
    PLACE_ENTITIES,
    RELATIVE_PRONOUNS,
    TARGET_PREPS,
    VISIT_PAID,
    actor_like,
    agent_of,
    asked_of,
    clause_on_adjective,
    complement_of,
    direct_object,
    grammatical_person,
    infinitive,
    is_negated,
    looks_forward,
    names_an_actor,
    object_of,
    owned_or_named_for,
    people,
    perfect,
    phrase_tokens,
    prep_object,
    reports_an_act,
    shared_object,
    subject_of,
    wielder_of,
    with_object,
    word_role,
)
from entente.coding.discards import not_political
from entente.coding.frames import FRAMES, refine
from entente.coding.lexicon import Lexicon, Match, measured, of_objects
from entente.coding.records import INTENT, SPAN_UNITS
from entente.coding.senses import (
    FORCE_POSTURE,
    TALKING_VERBS,
    a_counterpart,
    an_audience,
    another_sense,
    armament,
    arms_or_armed,
    charges_someone,
    denies_a_grant,
    fights_a_thing,
    forecast,
    funded,
    is_someone,
    releases_a_thing,
    sends_an_envoy,
    talked_to,
    warned_someone,
)
from entente.coding.words import (
    ABSTRACT_GIFTS,
    ACCEPTANCE_VERBS,
    AERIAL_NOUNS,
    ALLEGATION_VERBS,
    AWAITING_VERBS,
    BESIDE_PREPS,
    CALL_HOLDING_VERBS,
    CAPTIVE_WORDS,
    CIRCUMSTANCE_PREPS,
    CULPABLE_WORDS,
    ENVOY_VERBS,
    EVENT_CARRIERS,
    GROWTH_NOUNS,
    HARM_DONE,
    HARM_UNDERGONE,
    HELPING_VERBS,
    HOLDING_VERBS,
    HOSTILE_NOUNS,
    HOSTILE_WORDS,
    INVESTED_NOUNS,
    MAKING_VERBS,
    MEASURES,
    MISHAPS,
    NAMING_VERBS,
    PEACEKEEPING_WORDS,
    PHONE_CALL_WORDS,
    PRESS_CALL_WORDS,
    READINESS_WORDS,
    REPORTING,
    RESPONSIBILITY_VERBS,
    SAID_THINGS,
    SEATS_HELD,
    STANDING_RELATIONS,
    STATIVE_PASSIVES,
    STRIVING_VERBS,
    SUPPORT_VERBS,
    THE_PRESS,
    of_class,
)
from entente.types import ASSERTED

# acts two named sides do with each other ("India and Pakistan exchanged lists", "agreed to resume
# talks", "agreed to observe a ceasefire"): with no other target, each is the other's
SYMMETRIC_CODES = {"019", "030", "031", "0311", "0312", "0313", "0314", "032", "036", "040", "041", "044", "046",
                   "0356", "050", "057", "060", "061", "062", "063", "064", "0871", "190", "193"}
# "said that Libya must hand over ...": a statement of what another must do is a demand, of what it
# should do an appeal (CAMEO 10 and 02), framed by the complement's own code.
OBLIGATION_FRAMES = {"must": "100", "should": "020", "ought": "020"}
APPEAL = "020"
ASKING_PREPS = {"for", "on", "upon", "to"}  # "a call for calm", "a call on Congress", "a call to action"
OPTIMISM = "013"
PHONE_CALL = "041"
SERIES_NOUNS = {"series", "round", "number", "set", "couple", "range"}  # "a series of meetings": the meetings
DISAPPROVAL = "11"  # criticism, accusation, complaint: a root
# prepositions that say what an act is about, not what the actor does
TOPIC_PREPS = {"about", "concerning", "over", "regarding"}
# acts of force whose kind the attacker can name; an occupation, a blockade or a kidnapping stays
# what it is whoever does it
ATTACKS = {"18", "180", "183", "190", "193", "194", "1823"}
# "agreed that their countries should cooperate": agreeing on a course to take is an intent (03)
AGREED_COURSE = {"should": "030", "will": "030", "would": "030", "must": "030"}
VIOLENT_ROOTS = {"18", "19", "20"}
# praise or endorsement (051) by a verb that may be paid for ("support", "back"), and economic aid
ENDORSEMENT, ECONOMIC_AID, FUNDABLE = "051", "071", {"support", "back"}
HOSTILE_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
COOPERATIVE_ROOTS = {"04", "05", "06", "07", "08"}  # acts whose refusal CAMEO codes (12)
MOVED_TO = {"to", "into", "toward", "towards", "near", "against"}  # where a force is moved
INSTRUMENT_PREPS = {"in", "with", "by", "during"}
# Roots already verbal (statements, appeals, intents, demands, refusals, threats): no intent frame.
VERBAL_ROOTS = {"01", "02", "03", "10", "11", "12", "13"}
OWN_ACT_FRAMES = {"03", "13"}  # a promise's or a threat's clause is the speaker's own act ("oppose X doing" is X's)
STATEMENT = "010"  # a bare statement
DECLINED_COMMENT = "011"
REJECTION = "12"  # reject, refuse, oppose: CAMEO's root
DECLINING_VERBS = {"decline", "refuse"}  # a comment declined or refused is one's own withheld (011)
ANNOUNCING = {"announce", "unveil"}  # words that make public what their object names
# support verbs that end what their noun names: a meeting ended took place, any other act ended stops
ENDING_VERBS = {"end", "conclude"}
CONSULTATION = "040"  # a talk with a counterpart ("spoke to President Zelenskyy")
BRIEFING_PLACES = {"here", "podium", "lectern"}
SPEAKERS = {"i", "we"}  # the briefer and the government the briefer speaks for
# what a briefer may not give out ("I'm not going to give feedback on each of the discussions")
TOLD_THINGS = {"that", "this", "it", "anything", "details", "specifics", "feedback", "comment", "readout",
               "update", "preview", "number", "numbers"}
# what those who have, get or need a thing given (clauses.GIVING_CODES) say: they did not give it
HAVING_VERBS = {"have", "receive", "get", "obtain", "need", "lack", "want"}
TELLING = {"tell", "instruct", "direct"}  # telling someone to do something demands it (CAMEO 10)
DEMAND = "100"
THREAT = "130"
MEDIATION = "045"
HOSTING = "043"
HELD_AT = {"at", "during"}  # a meeting an act is done at ("on the summit" is what is spoken of)
WELCOMED = "051"  # what is welcomed that is no visitor is praised
SENT_TO = ("042", "07", "15")  # visits, aid, deployments: to where or whom they go
LIGHT_VERB_PREPS = {"with", "against"}  # "made a deal with China", "took action against the cartels"
HANDED_OVER = ("07", "084")  # aid given, things returned: to whom, whatever was handed over
# Codes whose verb needs an object: "returned the gorillas" gives back, "returned to Geneva" travels
OBJECT_CODES = {"084"}
LATER_CLAUSES = {"before", "until", "till"}  # a clause of what came after the act it hangs on
UNDERGOING_VERBS = {"be", "come", "remain"}  # "came under attack from", "were under fire by": undergone
# acts one may come under, done to one: investigation, criticism, rejection, sanctions, coercion (arrest,
# siege), assault and force; not a state one is in by one's own act or law (a ceasefire, an alert, a
# mobilization, martial law) nor a threat, which "under threat from" reads as a risk
UNDERGONE_ROOTS = {"09", "11", "12", "16", "17", "18", "19", "20"}
UNDERGONE_STATES = {"1724"}  # martial law, a state of emergency
# Codes whose verb may take a clause as its object; any other lexicon verb with a clause for an
# object ("recognizes that ...", "supports the idea that ...") is not the coded act.
CLAUSE_OBJECT_CODES = {STATEMENT, "012", "013", "016", "019", "112"} | set(FRAMES)


@dataclass
class Trigger:
    """An event found in the text before its actors are attached."""

    token: Token
    match: Match
    code: str
    kind: str  # verb | noun
    source: Token | None
    target: Token | None
    target_slot: bool  # the clause names a target (resolved or not)
    mode: str  # entente.types.MODES
    reported: bool
    topic: bool = False  # target taken from what a statement is about
    by_name: bool = False  # participants are the names inside the noun phrase ("X-Y meeting")
    reciprocal: bool = False  # "the X-Y meeting": both directions
    agentless: bool = False  # a passive clause with no "by" agent: the target is known, the source not
    support: Token | None = None  # the light verb carrying an event noun ("staged a protest")
    instrument: Token | None = None  # the attack noun saying how ("killed in a suicide bomb attack")
    folds: Token | None = None  # the complement this event's code already says ("urged X to withdraw")

    def source_words(self) -> set[int]:
        """The indexes of the words naming who acts, which name no other side, place or topic."""
        return {t.i for t in self.source.subtree} if self.source is not None else set()


def own_act(claimed_subject: Token | None, speech: Token) -> bool:
    """Whether the act a speaker claims is the speaker's own: "they claimed they had attacked"."""
    speaker, _ = subject_of(speech)
    if claimed_subject is None or speaker is None:
        return False
    return claimed_subject.pos_ == "PRON" or claimed_subject.lemma_.lower() == speaker.lemma_.lower()


def instrument_code(verb: Token, code: str, lexicon: Lexicon) -> tuple[str, Token | None]:
    """"wounded two soldiers in a bomb attack": a violent verb takes the more specific code of the
    attack noun that says how it was done (returned too: it is the same act, dated as one)."""
    if code[:2] not in VIOLENT_ROOTS:
        return code, None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in INSTRUMENT_PREPS:
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                noun = lexicon.match_noun(pobj)
                if noun is not None and noun.code[:2] in VIOLENT_ROOTS and noun.code != code[:len(noun.code)]:
                    return noun.code, pobj
    return code, None


def gift_words(verb: Token) -> set[str]:
    """The verb's direct object as written and as its lemma (spaCy's lemma of "data" is "datum"),
    seen through a measure ("delivered precious months of peace": peace), and what a relative clause
    that gives it hangs on."""
    # (the parser may take what is given after whom for an adverb: "gave Iran ample time")
    obj = direct_object(verb) or next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                                       and any(d.dep_ == "dative" for d in verb.children)), None)
    # (or both as direct objects, "gave Somalia every opportunity": what is given is the later)
    later = next((c for c in verb.children if c.dep_ == "dobj" and obj is not None and c.i > obj.i), None)
    if later is not None and is_someone(obj):
        obj = later
    # a clause with a subject of its own, on a noun, gives that noun when its object is the relative
    # pronoun ("the statements that we gave to the Post") or only whom it is given to ("the impression
    # that they gave the President", which the parser may read as the noun's content); not a clause
    # that is the noun's content ("the fact that he relented") or gives a thing of its own ("the
    # report that China gave Pakistan one billion dollars")
    own_subject = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)
    pronoun_given = any(c.dep_ in ("dobj", "dative") and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
    recipient_only = obj is not None and is_someone(obj)
    thing_of_its_own = obj is not None and obj.lower_ not in RELATIVE_PRONOUNS and not recipient_only
    hung_on = verb.head if verb.dep_ in ("relcl", "acl") and own_subject and not thing_of_its_own and (
        pronoun_given or recipient_only) else None
    # "provided Putin with possible off-ramps": given to someone, what is given comes "with"
    provided_with = with_object(verb) if recipient_only else None
    given = [next(iter(measured(o)), o) for o in (obj, hung_on, provided_with)
             if o is not None and o.lower_ not in RELATIVE_PRONOUNS]
    return {w for o in given for w in (o.lemma_.lower(), o.lower_)}


def complement_match(complement: Token, lexicon: Lexicon) -> Match | None:
    """What a complement asks, promises or threatens: its verb, or the event noun its light verb
    carries ("threatened to resume terrorist activities", "agreed to hold joint exercises")."""
    match = lexicon.match_verb(complement)
    if match is not None and another_sense(complement, match, lexicon):
        return None  # "agreed to take steps", "vowed to deploy clean energy": no act named
    if match is not None and match.code[:2] == "07" and gift_words(complement) & (SAID_THINGS | ABSTRACT_GIFTS):
        return None  # "will head to Ulster University to deliver remarks", "vowed to give Iran a chance": no aid
    if match is None and complement.lemma_.lower() in SUPPORT_VERBS:
        obj = direct_object(complement)
        match = lexicon.match_noun(obj) if obj is not None else None
    return match


def blamable(subject: Token) -> bool:
    """Someone a clause can blame: an actor or a pronoun for one, not a measure ("the sanctions")."""
    return subject.pos_ == "PRON" or actor_like(subject)


def not_yet(verb: Token, code: str) -> bool:
    """"has not yet spoken with", "have still not met", "I haven't spoken with him about this": not
    done so far, which is no refusal (a meeting not had is no meeting refused)."""
    return any(c.dep_ == "advmod" and c.lower_ in ("yet", "still") for c in verb.children) or (
        code[:2] == MEETINGS and perfect(verb))


def striven_for(verb: Token) -> list[Token]:
    """What the verb's infinitive purpose acts on, or what it is "for", where it names no target:
    "fighting to lower healthcare costs", "fight for lower costs" (costs)."""
    return [o for c in verb.children if c.dep_ in ("xcomp", "advcl") and infinitive(c)
            for o in c.children if o.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]


def verb_trigger(verb: Token, match: Match, lexicon: Lexicon) -> Trigger | None:
    if another_sense(verb, match, lexicon):
        return None
    code = match.code
    complement = complement_of(verb)
    # entente's readings of these verbs stand unless its own longer pattern says more
    plain = match.pattern.plain
    welcomed = plain and verb.lemma_.lower() in ("welcome", "receive")
    # "welcomes India as the newest partner in the Mineral Security Partnership": a member
    # welcomed is endorsed, no visitor hosted
    # ("welcomed the visit by the Israeli prime minister": the visit is hosted too)
    welcomed_one = direct_object(verb)
    visitor = welcomed and (is_someone(welcomed_one) or a_visit(welcomed_one, lexicon)) and not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    if visitor:
        code = HOSTING  # a visitor welcomed or received is hosted, or to be ("will welcome Modi")
    elif welcomed:
        # "welcomes the United States' Comprehensive Plan" praises it, whoever it concerns, and is
        # aimed as praise is: "welcomed the decision by China to resume flights" at China
        match = Match(replace(match.pattern, code=WELCOMED), match.tokens)
        code = WELCOMED
    if verb.lemma_.lower() in TELLING and direct_object(verb) is not None and complement is not None \
            and infinitive(complement) and complement_match(complement, lexicon) is not None:
        # "China told India to withdraw its troops": an act told to be done is demanded ("told
        # reporters to expect a decision" asks for no act)
        code = DEMAND
    if code == STATEMENT and verb.lemma_.lower() in ANNOUNCING | ENDING_VERBS and announces_an_act(verb, lexicon):
        # "announced a new partnership with India", "concluded his visit to India": the partnership,
        # the visit is the event, coded by its noun
        return None
    target: Token | None = None
    if warned_someone(verb, match):
        code, target = THREAT, direct_object(verb)
    negated = is_negated(verb, match)
    heard = talked_to(verb, match)
    if heard is not None and an_audience(heard):
        code = STATEMENT  # "spoke to reporters", "talked to the nation": words to many
    elif heard is not None and code == STATEMENT and a_counterpart(heard) and not negated:
        # "has spoken to President Zelenskyy", "spoke to both the unions and the companies": consulted
        # ("I can't speak to that", "won't speak to Congress and their motivations": no one consulted)
        code = CONSULTATION
    folds = None
    ability = any(c.dep_ == "aux" and c.lower_ in ABILITY for c in verb.children)  # "cannot accept"
    if negated and before_the_press(verb):
        return None  # "we're not going to negotiate this in public": the briefing's own limit
    if code[:2] not in VERBAL_ROOTS and intended(verb):
        code, negated = as_intent(code, negated)
    elif negated and not subject_of(verb)[1] and not not_yet(verb, code) and (
            (code[:2] in COOPERATIVE_ROOTS and (ability or verb.lemma_.lower() in ACCEPTANCE_VERBS))
            or (code[:2] == "03" and (intended(verb) or ability))):
        # "did not accept the refugees", "cannot accept more refugees", "will not accept more
        # refugees": CAMEO codes a cooperation refused as a rejection (12), a said act like any other
        code, negated = refine("120", code) or "120", False
    code, instrument = instrument_code(verb, code, lexicon)
    code = deployment_purpose(verb, code)
    if match.code in (STATEMENT, "019") and complement is not None and complement.dep_ == "ccomp":
        frames = OBLIGATION_FRAMES if match.code == STATEMENT else AGREED_COURSE
        frame = next((frames[c.lower_] for c in complement.children
                      if c.dep_ == "aux" and c.lower_ in frames), None)
        if frame is not None:
            inner = complement_match(complement, lexicon)
            code = refine(frame, inner.code) if inner else frame
            target, folds = subject_of(complement)[0], complement
    obj = direct_object(verb)
    given = gift_words(verb)
    if (code[:2] in ("07", "08") or match.code[:2] in ("07", "08")) and given & (SAID_THINGS | ABSTRACT_GIFTS):
        # "released a new strategy", "issued guidance", "released new data": words, not persons or
        # goods; "gave the State of the Union", "give us pause": no gift
        if match.code[:2] == "07" or not given & SAID_THINGS:
            return None
        code = STATEMENT
    if verb.lemma_.lower() == "give" and obj is not None and obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN" \
            and any(c.dep_ == "dative" for c in verb.children):
        return None  # "With that, I give you John Kirby": a speaker introduced, no one given aid
    if code == "0841" and releases_a_thing(verb, match):
        code = "0842"  # "released an impounded ship": property, not persons
    if code == ENDORSEMENT and verb.lemma_.lower() in FUNDABLE and funded(verb):
        code = ECONOMIC_AID  # "supported Ukraine with $40 million": support paid for is aid
    if plain and verb.lemma_.lower() in ("deny", "dismiss") and denies_a_grant(verb):
        code = "120"  # "denied land allocation": a refusal; "denied the allegations" stays 016
    if len(match.pattern.words) == 1 and verb.lemma_.lower() == "charge" and not charges_someone(verb):
        return None  # "charges us tariffs", "those we are charged to serve": a price, a duty
    if match.code == "019" and complement is not None and complement.dep_ == "xcomp":
        # "reached a consensus to exchange information": an agreed course is an intent (03)
        inner = complement_match(complement, lexicon)
        code, folds = refine("030", inner.code) if inner else "030", complement
    if code in FRAMES and complement is None:
        complement = clause_of_noun(obj) or pledged_clause(obj, match)
    if code in FRAMES and complement is None:
        # "called for the withdrawal of": the frame's object names what is asked, refused, threatened
        obj = object_of(verb, match)
        inner = lexicon.match_noun(obj) if obj is not None else None
        if inner is not None:
            refined = refine(code, inner.code) or code
            # a statement rejected or opposed is no comment declined ("opposed Macron's statement",
            # "rejected the statement"); one declined, refused or not offered is
            rejected = match.code.startswith(REJECTION) and verb.lemma_.lower() not in DECLINING_VERBS
            code = code if refined == DECLINED_COMMENT and rejected else refined
            # "called for the withdrawal of Russian troops": asked of whoever is to do it; "called for
            # sanctions against Turkey": of no one named, at whom the act asked for is aimed
            aimed = aimed_by(obj)
            asked = asked_of(obj) if code[:2] in ASKING_ROOTS else None
            target = asked or (aimed if aimed is not None and actor_like(aimed) else target)
    family = code[:2] + "0"
    if code not in FRAMES and family in FRAMES and complement is not None:
        # "threatened to stop negotiations": a pattern of the frame ("threaten to stop", 131) gives way
        # to what the complement names more exactly (134)
        inner = complement_match(complement, lexicon)
        refined = refine(family, inner.code) if inner else None
        if refined is not None and refined != family:
            code, folds = refined, complement
    if code[:2] == "10" and verb.lemma_.lower() in REPORTING and complement is not None and complement.dep_ == "ccomp" \
            and not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_FRAMES for c in complement.children) \
            and mandated(complement) is None:
        return None  # "insists it is enforcing the sanctions": said, and its act is coded in its own clause
    if code[:2] == APPEAL[:2] and verb.lemma_.lower() in STRIVING_VERBS and complement is not None \
            and complement.dep_ == "xcomp" and infinitive(complement) and direct_object(verb) is None \
            and verb.tag_ not in ("VBD", "VBN"):
        # "seeks to expand cooperation with China": its own act striven for ("sought to capture Kyiv"
        # tells an attempt made, not an intent)
        code = INTENT
    if match.code == OPTIMISM and looks_forward(verb) and complement is not None \
            and complement_match(complement, lexicon) is not None:
        code = INTENT  # "we look forward to working with Pakistan": an act looked forward to is meant
    elif match.code == OPTIMISM and looks_forward(verb) and complement is None and match.ends_in_preposition:
        # "looks forward to his talks with President Macron", "to the visit": so are talks, a visit
        # or an agreement awaited (an intent to meet, 036); not "to the day", "to the results"
        awaited = next((g for g in match.tokens[-1].children if g.dep_ == "pobj"), None)
        inner = lexicon.match_noun(awaited) if awaited is not None else None
        if inner is not None and inner.code[:2] in FRAMES["030"]:
            code = refine("030", inner.code) or code
    if code in FRAMES and complement is not None:
        inner = complement_match(complement, lexicon)
        if inner is None and code[:2] == "13" and forecast(verb, complement):
            return None  # "we warned it was coming": foretold, no one threatened
        if inner is None and (complement.dep_ in ("ccomp", "acl") or marked_for(complement)):
            # "demanding that Mugabe abandon ...": who is asked, unless the verb names its addressee
            target = object_of(verb, match) or subject_of(complement)[0]
        if inner is not None:
            # a promise or plan to coerce or fight is a threat (CAMEO 13), not an intent to cooperate;
            # a vow not to cooperate ("vowed not to return the territory") refuses it (12)
            hostile = inner.code[:2] in HOSTILE_ROOTS
            if hostile and fights_a_thing(complement, inner):
                # "committed to fighting climate change with India": a struggle against a thing
                # threatens no one; the readiness keeps its partner
                inner, hostile = None, False
        if inner is not None and inner.code[:2] == "04" and goes_to_attack(complement, lexicon):
            return None  # "was planning to travel to New York City to attack a center": a plot, no visit
        if inner is not None:
            promised = code[:2] in OWN_ACT_FRAMES
            cue = "130" if code == INTENT and hostile else code
            if cue == INTENT and is_negated(complement, inner):
                cue = "120"
            code, folds = refine(cue, inner.code) or code, complement
            asked = subject_of(complement)[0] if complement.dep_ in ("ccomp", "acl") or marked_for(complement) else None
            # "look forward to working with Congress on ... the process": the act is looked forward
            # to, no one addressed
            addressee = None if looks_forward(verb) else object_of(verb, match)
            if addressee is not None and not actor_like(addressee) and asked is not None:
                addressee = None  # "expressed his wish that the Saudi king would help": the king is asked
            with_whom = object_of(complement, inner)
            carried = inner.tokens[-1]
            if carried.i != complement.i and carried.pos_ in ("NOUN", "PROPN") and (
                    with_whom is None or not actor_like(with_whom)):
                # "plans to expand trade with India": the act is the noun its light verb carries, and
                # its other side is the noun's own ("trade with India"), or hung on that verb
                with_whom = aimed_by(carried) or aimed_by(complement, LIGHT_VERB_PREPS) or with_whom
            if promised and with_whom is not None and actor_like(with_whom):
                # "committed that the EU will work with the United States", "vowed that Russia would
                # never attack Finland": who is to act is the speaker's side, no one asked; the
                # other side is whom the act is with
                asked = None
            target = addressee or asked or with_whom
    lemma = verb.lemma_.lower()
    if complement is not None and complement.dep_ == "ccomp" and match.code not in CLAUSE_OBJECT_CODES \
            and not any(c.dep_ == "dobj" for c in verb.children):
        if match.code[:2] + "0" not in FRAMES or complement not in match.tokens:
            return None
        if match.code[:2] not in OWN_ACT_FRAMES and target is None:
            # a frame's own pattern ("demand ... release") frames its clause: "demanded that Iran
            # release the sailors" asks Iran
            target = subject_of(complement)[0]
    if welcomed and not visitor:
        code = WELCOMED  # praise is given as it is said: no frame makes "would welcome refugees" an intent
    if code[:3] in OBJECT_CODES and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    if code[:2] == "07" and verb.lemma_.lower() in ENVOY_VERBS and sends_an_envoy(verb):
        code = VISIT_PAID  # the envoy visits where the verb sends them
    if match.code[:2] in ASKING_ROOTS and match.tokens[-1].dep_ == "aux" and direct_object(verb) is None:
        return None  # "we push to do as much as we can": striving oneself, no one appealed to
    if verb.lemma_.lower() in NAMING_VERBS and any(
            c.dep_ == "oprd" or (c.dep_ == "xcomp" and c.lemma_ == "be") for c in verb.children):
        # "called it a win", "are called extraordinary measures", "what we consider to be our
        # cornerstone initiatives": a name or a judgement given, no act
        return None
    if match.code == PHONE_CALL and convened(verb, lexicon):
        return None  # "the G7 meeting called by Germany": a meeting called together, no telephone call
    if match.code[:2] == "04" and goes_to_attack(verb, lexicon):
        return None  # "travelled to Kabul to attack the embassy": the attack is coded on its verb
    if match.code == VISIT_PAID and match.ends_in_preposition and not any(
            g.ent_type_ in PLACE_ENTITIES or names_an_actor(g) for g in match.tokens[-1].children if g.dep_ == "pobj"):
        # "is in Tokyo", "went to Kabul" are visits; "is skeptical about motives in providing", "when
        # it comes to drug overdoses", "go to the inventory" are not
        return None
    if match.code == VISIT_PAID and verb.lemma_ == "be" and a_career(verb, match):
        return None
    if code == STATEMENT and complement is not None and complement.dep_ == "ccomp":
        claimed_subject = doer_told_of(complement)
        hostile = any(t.lemma_.lower() in HOSTILE_WORDS and t.pos_ == "VERB" or t.lemma_.lower() in HOSTILE_NOUNS
                      for t in complement.subtree)
        attribution = complement.i < verb.i and lemma in REPORTING  # "..., a spokesman said"
        if attribution:
            return None
        claimed = complement_match(complement, lexicon)
        claimed_hostile = claimed is not None and claimed.code[:2] in HOSTILE_ROOTS
        if lemma in RESPONSIBILITY_VERBS and claimed_hostile and own_act(claimed_subject, verb):
            # "the Houthis claimed they had attacked the airport": a claim of responsibility (015)
            # for an act aimed at the act's target
            code, target, folds = "015", object_of(complement, claimed), complement
        elif lemma in ALLEGATION_VERBS and (hostile or claimed_hostile) and claimed_subject is not None \
                and speaker_of(claimed_subject) is None and blamable(claimed_subject):
            # someone blamed ("said India had killed civilians"); "said the sanctions have imposed
            # unprecedented costs" tells what a measure did, no one accused
            code, target = "112", claimed_subject
        elif any(lexicon.match_verb(t) for t in complement.subtree if t.pos_ == "VERB" or t.i == complement.i):
            return None  # the reported event is coded in its own clause
        elif reports_an_act(complement, verb):
            return None
    source, passive = subject_of(verb)
    passive = passive or held_captive(verb, match)
    if passive and verb.lower_ in READINESS_WORDS and agent_of(verb) is None:
        passive = False  # "his government is committed to opening": a readiness its subject states
    if passive:
        source, target = agent_of(verb) or author_of_the_words(verb), passive_target(verb, match, source)
    elif source is not None and (word_role(source) is None or armament(source, lexicon) or (
            word_role(source) in STATE_ROLES and not made_by(source))):
        # "the rockets fired by Hamas hit": the weapon's wielder acts (the dictionary gives drones
        # and warplanes a role of their own, hence armament), and so does the state whose troops
        # were sent or are commanded ("troops sent by Russia attacked"); "rebels backed by Russia",
        # "soldiers trained by the United States", "judges appointed by Trump" act themselves
        source = wielder_of(source) or source
    agentless = passive and source is None
    if agentless and code[:2] in VIOLENT_ROOTS:
        # "three soldiers were killed in a Taliban attack": by the attack's author
        source = author_of_attack(verb, lexicon) or harmer_told_beside(verb, lexicon)
        agentless = source is None
    cause = lexicon.match_noun(source) if source is not None and not passive else None
    if cause is not None and code[:2] in VIOLENT_ROOTS and cause.code[:2] in VIOLENT_ROOTS:
        # "a roadside bombing killed a soldier": the attack is the cause, its authors unnamed ("an
        # Iranian drone attack killed", "Russia's missile strike killed" name theirs)
        code = cause.code if len(cause.code) >= len(code) else code
        if not owned_or_named_for(source):
            source, agentless = None, True
    if code in ATTACKS and source is not None:
        code = attacker_code(source) or code
    if match.code[:2] in VIOLENT_ROOTS and fights_a_thing(verb, match):
        return None  # "fought climate change with India": no force used on India
    if target is None:
        target = object_of(verb, match)
        if code.startswith(FORCE_POSTURE) and target is not None and not match.pattern.converted \
                and target in (direct_object(verb), shared_object(verb)):
            # "mobilized 10,000 troops": the force moved is no target; where it is sent may be (a
            # PETRARCH pattern, written for dyads, keeps its own slot: without one, it gives way)
            target = aimed_by(verb, MOVED_TO)
    if target is not None and told_the_press(verb, target):
        target = None  # "told reporters", "speaking to the press": said to the public, at no one
    if target is None and code[:2] == DISAPPROVAL and complement is not None and complement.dep_ == "ccomp":
        # "alleged that India killed civilians": whom it blames, when named ("it" may be the speaker)
        blamed = doer_told_of(complement)
        target = blamed if blamed is not None and actor_like(blamed) else None
    aimed_at = [target] if target is not None else striven_for(verb)
    if VIOLENT_ROOTS & {code[:2], match.code[:2]} and any(not_political().figurative(t, aimed)
                                                          for t in match.tokens for aimed in aimed_at):
        return None  # "attacked democracy", "launched an attack on democracy", "fighting to lower costs"
    if VIOLENT_ROOTS & {code[:2], match.code[:2]} and befell_in_a_mishap(verb):
        return None  # "seven people were killed when a bomber crashed": no one's act
    measure = wielding_measure(verb, source) if VIOLENT_ROOTS & {code[:2], match.code[:2]} else None
    if measure is not None:
        # "US sanctions are targeting Russian banks": the measure's own act (163), no force used
        found = lexicon.match_noun(measure)
        if found is None or found.code[:2] in VIOLENT_ROOTS:
            return None
        code = found.code
    # what a statement, a hope or a worry is about: "we are confident that we can work with them"
    about = complement if complement is not None or code not in ATTITUDES else clause_on_adjective(verb)
    topic = target is None and (code == STATEMENT or code in ATTITUDES) and about is not None
    if topic:
        target = about
    slot = target is not None and not topic and names_an_actor(target)
    return Trigger(verb, match, code, "verb", source, target, slot, "negated" if negated else ASSERTED, False,
                   topic=topic, agentless=agentless, instrument=instrument, reciprocal=match.pattern.reciprocal,
                   folds=folds)


def made_by(subject: Token) -> bool:
    """"Soldiers trained by the United States", "judges appointed by Trump", "police paid by the
    cartel": people another made, armed or pays, who act for themselves (MAKING_VERBS)."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and of_class(c, MAKING_VERBS) for c in subject.children)


def doer_told_of(told: Token) -> Token | None:
    """Who did the act a clause tells of: its subject ("said India had killed civilians"), but in
    the passive its agent ("said civilians were killed by Russian forces"), or no one ("police said
    71 people were arrested": whom the act befell is no one blamed). A stative passive's subject is
    its doer ("said Russia was involved in the plot")."""
    subject, passive = subject_of(told)
    if passive and told.lemma_.lower() not in STATIVE_PASSIVES:
        return agent_of(told)
    return subject


def author_of_the_words(verb: Token) -> Token | None:
    """"Turkey was condemned in a joint statement by Egypt, Greece and Cyprus", "criticized in a
    statement by the Chinese embassy": a passive act done in words is done by whoever wrote or spoke
    them, when the text says who ("in a letter from 40 countries" leaves it to no one)."""
    words = [g for g in prep_objects(verb, "in") if of_class(g, SAID_THINGS)]
    return next((a for w in words for a in prep_objects(w, "by", "from")
                 if (actor_like(a) or a.pos_ == "PROPN") and not counted_at_large(a)), None)


def counted_at_large(group: Token) -> bool:
    """"40 countries", "dozens of lawmakers": many, counted, of no one named ("20 Republican
    senators", "the G7 foreign ministers" say whose)."""
    return any(c.dep_ == "nummod" or c.like_num for c in group.children) and not any(
        c.ent_type_ in ("NORP", "GPE", "ORG") for c in group.children)


def told_the_press(verb: Token, heard: Token) -> bool:
    """"Zelensky told reporters", "speaking to the press", "spoke with members of the press", "told
    reporters to expect a decision": whom words are said to, when it is the press, is no one they
    are aimed at (an audience, senses.an_audience); not the press told to do anything but hear or
    wait ("told journalists to leave the country", "to respect Russian law"), nor spoken against.
    An outlet by name ("told the BBC") is known once its name is read (extract.pairs)."""
    press = of_class(heard, THE_PRESS) or any(of_class(o, THE_PRESS) for o in of_objects(heard))
    return press and told_to_hear(verb, heard)


def told_to_hear(verb: Token, heard: Token) -> bool:
    """Whom a verb of saying says its words to, for them only to hear or wait ("told the BBC that",
    "spoke to reporters"), not to do anything ("told journalists to leave the country")."""
    said_to = heard.dep_ in ("dobj", "dative") and heard.head == verb or (
        heard.dep_ == "pobj" and heard.head.lower_ in ("to", "with") and heard.head.head == verb)
    made_to_act = any(c.dep_ in ("xcomp", "ccomp") and infinitive(c) and not of_class(c, AWAITING_VERBS)
                      for c in verb.children)
    return verb.lemma_.lower() in REPORTING | TALKING_VERBS and said_to and not made_to_act


INVESTED_IN = {"in", "into"}  # "investment in Australia": where money goes is whom it goes to
# acts whose noun is "of" whom they are done to: releases and returns, investigations,
# condemnations, boycotts and blockades, expulsions, arrests and seizures, assaults and attacks ("the visit of
# Modi", "the deployment of troops" are the visitor's and the force moved)
DONE_TO = ("084", "09", "11", "14", "16", "17", "18", "19", "20")
RELEASES = "084"


def invested_in(noun: Token, home: str | None, actors: DocActors) -> Token | None:
    """"China's investment in Pakistan", "in Pakistani businesses", "a $3.2 billion investment in
    Australia": the country, its people or a place money is put into; not "in infrastructure", nor
    the investor's own ("India's investment in its farmers")."""
    if noun.lemma_.lower() not in INVESTED_NOUNS:
        return None
    into = aimed_by(noun, INVESTED_IN)
    if into is None:
        return None
    ref = actors.settled(into) if into.i in actors.refs else None
    place = actors.places.get(into.i)
    country = ref_country(ref) if ref is not None else place["country"] if place else None
    return into if country is not None and country != home else None


def befell_in_a_mishap(verb: Token) -> bool:
    """"Twelve people were killed in a plane crash", "three firefighters were injured when their truck
    collided with a bus": harm that no one named did, suffered in a mishap (MISHAPS) or when one
    happened."""
    lemma = verb.lemma_.lower()
    if lemma not in HARM_DONE | HARM_UNDERGONE or agent_of(verb) is not None \
            or (lemma in HARM_DONE and not subject_of(verb)[1]):
        return False
    # (a "when" clause the parser hangs on the time beside the verb too: "yesterday, when a bomber crashed")
    causes = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
              if g.dep_ == "pobj"] + [w for c in verb.children for w in (c, *c.children)
                                      if w.dep_ in ("advcl", "relcl") and w.head.dep_ != "nsubjpass" and any(
                                          m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in w.children)]
    return any(of_class(cause, MISHAPS) for cause in causes)


def harmed_in(attack: Token) -> Token | None:
    """Those harmed "in" an attack: "three soldiers were killed in a Taliban attack on a checkpoint",
    "troops suffered injuries in a missile attack on the airbase", "wounded two soldiers in a bomb
    attack"."""
    verb, lemma = attack.head.head, attack.head.head.lemma_.lower()
    if attack.dep_ != "pobj" or attack.head.lower_ != "in" or lemma not in HARM_DONE | HARM_UNDERGONE:
        return None
    subject, passive = subject_of(verb)
    harmed = subject if passive or lemma in HARM_UNDERGONE else direct_object(verb)
    return harmed if harmed is not None and actor_like(harmed) else None


def harmer_told_beside(verb: Token, lexicon: Lexicon) -> Token | None:
    """"Journalists were injured after being attacked by protesters": a harm undergone with no one
    named doing it is by whoever a clause on it names doing a harm undergone too, by the same victims
    or theirs ("after being attacked by", "when they were shot by", "when their convoy was ambushed
    by"); not by others ("after a checkpoint was attacked by insurgents"), nor a harm told after it
    ("before the convoy was attacked")."""
    clauses = [*(c for c in verb.children if c.dep_ == "advcl"),
               *(g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp")]
    same_victims = [c for c in clauses if c.head.lower_ not in LATER_CLAUSES and not any(
        m.dep_ == "mark" and m.lower_ in LATER_CLAUSES for m in c.children) and all(
        s.pos_ == "PRON" or any(o.dep_ == "poss" and o.pos_ == "PRON" for o in s.children)
        for s in c.children if s.dep_ == "nsubjpass")]
    return next((agent for clause in same_victims if any(c.dep_ == "auxpass" for c in clause.children)
                 and (found := lexicon.match_verb(clause)) is not None and found.code[:2] in VIOLENT_ROOTS
                 for agent in [agent_of(clause)] if agent is not None and (actor_like(agent) or people(agent))), None)


def author_of_attack(verb: Token, lexicon: Lexicon) -> Token | None:
    """The attack a harm was suffered "in", when its noun names who made it ("killed in a Taliban
    attack", "wounded in an Iranian drone strike"), as the cause of a harm names its author ("an
    Iranian drone attack killed"); not "in a bomb attack"."""
    return next((attack for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                 for attack in prep.children if attack.dep_ == "pobj" and owned_or_named_for(attack)
                 and (found := lexicon.match_noun(attack)) is not None and found.code[:2] in VIOLENT_ROOTS), None)


def named_from(noun: Token, carrier: Token, preps: set[str]) -> Token | None:
    """Whom an event noun's phrase, or that of the verb carrying it, says it comes from ("received aid
    from China", "came under attack from Russian troops", "by militants": the parser's agent too)."""
    return next((g for h in (noun, carrier) for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"), None)


def aimed_by(holder: Token, preps: set[str] = TARGET_PREPS) -> Token | None:
    """Whom an event noun's own phrase aims it at ("sanctions against Turkey", "talks with Putin"),
    or the phrase of the verb that carries it."""
    return next((g for c in holder.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
                 for g in [prep_object(c)] if g is not None and g.ent_type_ not in DAY_ENTITIES), None)


def noun_trigger(noun: Token, match: Match, actors: DocActors, lexicon: Lexicon) -> Trigger | None:
    """"Anjum's visit to Washington", "the Bilawal-Blinken meeting", "talks with Putin"."""
    named = [t for left in noun.lefts if left.dep_ in ("poss", "compound", "nmod", "amod")
             for t in left.subtree if t.i in actors.names]
    source = named[0] if named else None
    home = ref_country(actors.names[source.i]) if source is not None else None
    # "Pakistan Foreign Minister Bilawal's visit": names of one country are one participant
    others = [t for t in named[1:] if ref_country(actors.names[t.i]) != home]
    named = named[:1] + others
    # "the Bilawal-Blinken meeting", "the India-Japan joint exercise" are between them; "the Putin
    # and Xi joint statement" is said by both
    said_jointly = match.code[:2] in VERBAL_ROOTS and any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.lefts)
    target = others[0] if others and not said_jointly else None
    if target is None:
        target = harmed_in(noun) if match.code[:2] in VIOLENT_ROOTS else None
    if target is None:
        target = aimed_by(noun) or invested_in(noun, home, actors)
    if target is None and (grown := grown_gift(noun, match)) is not None:
        target = aimed_by(grown)  # "an increase in aid to Liberia"
    if target is None and match.code == MEDIATION:
        # "a mediation effort to resolve the rift between Qatar and other Gulf states": the sides
        # it is between, wherever in its phrase or its purpose they are named
        phrase = noun.head if noun.dep_ == "compound" else noun  # "a mediation effort"
        purposes = [c for c in phrase.children if c.dep_ in ("acl", "advcl") and infinitive(c)]
        target = next((g for holder in (phrase, *purposes) for t in phrase_tokens(holder)
                       if t.dep_ == "prep" and t.lower_ == "between"
                       for g in t.children if g.dep_ == "pobj" and g.ent_type_ not in DAY_ENTITIES), None)
    support = None  # "staged rallies", "began a hunger strike": the light verb's subject acts
    if source is None and match.code.startswith(GIVING_CODES) and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in HAVING_VERBS:
        # "Pakistan received aid from China", "Ukraine has the funding it needs": who has or gets it
        # is whom it is given to, by whoever the sentence says gave it
        support = noun.head
        giver = named_from(noun, support, {"from"})
        recipient, _ = subject_of(support)
        if giver is None or recipient is None:
            return None
        source, target = giver, recipient
    undergone = False
    if source is None and noun.dep_ == "pobj" and noun.head.lower_ == "under" \
            and noun.head.head.lemma_.lower() in UNDERGOING_VERBS and match.code[:2] in UNDERGONE_ROOTS \
            and match.code not in UNDERGONE_STATES:
        # "Ukrainian positions came under attack from Russian troops", "the convoy was under fire by
        # militants": its subject undergoes it, from whoever the phrase names, if any ("the convoy came
        # under attack near Quetta", "from mortar rounds", as "was attacked"); not a state one is in
        # ("under a ceasefire", "under martial law", "on high alert") nor a risk ("under threat from")
        support = noun.head.head
        doer = named_from(noun, support, {"from", "by"})
        doer = doer if doer is not None and (actor_like(doer) or people(doer)) else None
        undergoer, _ = subject_of(support)
        if undergoer is None or (intended(support) and doer is None):
            return None  # ("Taiwan will come under attack": by no one said)
        source, target, undergone = doer, undergoer, True
    if match.code[:2] in ASKING_ROOTS and (asking := asked_at(noun, actors)) is not None:
        source, target = asking  # "trains Iraqi pilots at the request of Iraq's government": Iraq asked
    if source is None and not undergone:
        support, source = light_verb_actor(noun, match)
        if target is None and support is not None:
            # "announced the deployment of 230 troops to Liberia", "when I made the deal with China":
            # the parser may hang whom the act goes to or is with on the verb that carries the noun
            # (not "with France's blessing": a name, not what it owns)
            sent_to = aimed_by(support, {"to", "into"}) if match.code.startswith(SENT_TO) else None
            partner = aimed_by(support, LIGHT_VERB_PREPS)
            target = sent_to or (partner if partner is not None and (names_an_actor(partner) or people(partner))
                                 else None)
    if target is None and match.code.startswith(DONE_TO) and (support is not None or match.code.startswith(RELEASES)):
        # "completed the release of three British nationals", "ordered the arrest of Imran Khan",
        # "Hamas's release of 24 Thai hostages": whom the act is "of" it is done to (the resolver may
        # have read the whole phrase as them: resolve.anchor); not "the release of the report", nor a
        # mention of an act of force with no verb to do it ("prices rose after Russia's invasion of
        # Ukraine"), told as often as it is done
        undergoes = noun if noun.i in actors.refs else aimed_by(noun, {"of"})
        target = undergoes if undergoes is not None and (undergoes.i in actors.refs or undergoes.i in actors.places) \
            else None
    if (source is None and not undergone) or (target is None and support is None):
        return None  # an event noun names its participants, or it is not coded
    if support is None and noun.lemma_.lower() in STANDING_RELATIONS and not (
            noun.dep_ == "dobj" and any(c.dep_ == "amod" and c.lower_ == "new" for c in noun.children)):
        # "God bless the U.S.-Israel alliance", "wary of the new Russia-North Korea alliance": a
        # relation spoken of, by no act ("announced a new EU partnership with the United States" forms one)
        return None
    if not_political().figurative(noun, target):
        return None  # "the war on drugs", "an attack on democracy"
    moved = aimed_by(noun, {"of"}) if match.code.startswith(FORCE_POSTURE) else None
    if moved is not None and not arms_or_armed(moved, lexicon):
        return None  # "led the mobilization of a whole-of-government response": no force moved
    code = match.code
    if noun.lemma_.lower() == "call" and press_call(noun):
        return None  # "we will have a preview call on the Quad meeting": the press is briefed
    if code == APPEAL and noun.lemma_.lower() == "call" and (
            phone_call(noun) or said_when(noun) or not asks_something(noun)):
        # "a call with Prime Minister Sharif", "a phone call", "today's call", "on the call": a talk
        # by telephone (041) with whoever is on the line, not an appeal; with no one named, no event
        if target is None:
            return None
        code = PHONE_CALL
    asked_clause = clause_of_noun(noun)
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None) or (
        asked_clause if code in FRAMES else None)
    inner = lexicon.match_verb(clause) if clause is not None and code in FRAMES else None
    if inner is not None:
        code = refine(code, inner.code) or code  # "an appeal to Belgium to extradite": 0213, not 020
        if target is None and code[:2] == "03" and inner.code[:2] in COOPERATIVE_ROOTS:
            # "its commitment to provide aid to Ukraine": whom the act pledged is for ("its
            # commitment to stop aid to Niger" pledges no aid to Niger)
            target = object_of(clause, inner)
    asked = asked_clause if code[:2] in ASKING_ROOTS and target is None else None
    if asked is not None:
        target = subject_of(asked)[0]  # "its demand that the US ease sanctions": the US is asked
    negated = is_negated(noun, match) or (support is not None and is_negated(support, match))
    if support is not None and code[:2] not in VERBAL_ROOTS and intended(support) and (
            undergone or source_index(subject_of(support)[0]) == source.i):
        # "will expand trade with India": an intent, as "will trade" ("Pakistan will receive aid from
        # China": China intends nothing said)
        code, negated = as_intent(code, negated)
    elif support is None and code.startswith(MEETINGS) and intended_by_its_carrier(noun):
        code, negated = as_intent(code, negated)  # "will have a U.S.-UK summit with Johnson": one meant
    trigger = Trigger(noun, match, code, "noun", source, target, target is not None,
                      "negated" if negated else ASSERTED, False)
    trigger.support = support
    trigger.reciprocal = len(named) > 1 and match.code in SYMMETRIC_CODES
    trigger.by_name = source in named
    trigger.agentless = source is None
    return trigger


def asked_at(request: Token, actors: DocActors) -> tuple[Token, Token] | None:
    """"The US military trains Iraqi pilots at the request of Iraq's government", "acted at
    Kyiv's request": who asked (the request's owner, which the resolver may keep on the whole
    phrase) and whom (the one who acts on it)."""
    prep = request.head
    if request.dep_ != "pobj" or prep.lower_ not in ("at", "upon") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    asker = request if request.i in actors.refs else next(
        (c for c in request.children if c.dep_ == "poss"), None) or aimed_by(request, {"of"})
    asked, passive = subject_of(prep.head)
    if passive and (asked is None or not actor_like(asked)):
        # "talks were held in Doha at the request of the Taliban": the one asked is whoever held them
        # ("French troops were deployed at the request of Mali": the troops)
        asked = agent_of(prep.head)
    if asker is None or asked is None or not (asker.i in actors.refs or actor_like(asker)):
        return None
    asking, acting = actors.settled(asker), actors.settled(asked)
    if asking is not None and acting is not None and ref_country(asking) == ref_country(acting):
        return None  # "Blinken traveled to Kyiv at the request of the President": one government's own business
    return asker, asked


def phone_call(noun: Token) -> bool:
    """"A phone call", "had a call with Xi", "a call with the Emir": a call on the telephone."""
    return any(c.dep_ == "compound" and c.lower_ in PHONE_CALL_WORDS for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in noun.children) or (
        noun.dep_ == "dobj" and noun.head.lemma_.lower() in CALL_HOLDING_VERBS)


def asks_something(call: Token) -> bool:
    """"the call for a ceasefire", "his call on Congress", "a call to end the war", "the call that
    Russia withdraw": an appeal says what or whom it asks ("the right call", "the French call" do not),
    in its own phrase or, as the parser may hang it, after it on the verb that carries it
    ("reiterated his call for the Senate to pass the act", "repeated its call to end the blockade")."""
    after = [c for c in call.head.children if c.i > call.i] if call.dep_ == "dobj" else []
    def asked_act(c: Token) -> bool:  # "for the Senate to pass the act", "to end the blockade"
        return c.dep_ == "advcl" and (infinitive(c) or marked_for(c))
    return any((c.dep_ == "prep" and c.lower_ in ASKING_PREPS) or (c.dep_ in ("acl", "ccomp") and c.pos_ in (
        "VERB", "AUX")) or asked_act(c) for c in call.children) or any(
        (c.dep_ == "prep" and c.lower_ in ASKING_PREPS - {"to"}) or asked_act(c) for c in after)


def press_call(noun: Token) -> bool:
    """"A preview call", "a background press call": a call held with the press."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in PRESS_CALL_WORDS for c in noun.children)


def from_the_podium(verb: Token) -> bool:
    """"not going to negotiate from here", "from the podium": said of the briefing itself."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.lower_ in BRIEFING_PLACES for g in c.subtree if g.dep_ in ("pobj", "pcomp", "advmod"))
        for c in verb.children)


def before_the_press(verb: Token) -> bool:
    """"We're not going to negotiate in public", "I won't negotiate here", "not going to share
    anything further from here", "I'm not going to provide that": what the speakers will not do
    before the press is what the briefing will not say, no refusal of the act. Not when the act names with whom or where
    ("we will not negotiate with Hamas here in Doha"), nor another's ("Russia will not negotiate
    here"), nor a stance held in public and in private ("will not recognize the Taliban, publicly
    or privately")."""
    carrier = verb
    while carrier.dep_ in ("xcomp", "pcomp") and not any(c.dep_ == "nsubj" for c in carrier.children):
        carrier = carrier.head
    if not any(c.dep_ == "nsubj" and c.lower_ in SPEAKERS for c in carrier.children):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(c.lower_ == "with" for c in preps) or any(c.dep_ == "advmod" and c.lower_ == "here" and list(c.children)
                                                    for c in verb.children):
        return False
    obj = direct_object(verb)
    in_public = any(c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "public" for g in c.children)
                    for c in preps)
    here = any(c.dep_ == "advmod" and c.lower_ == "here" for c in verb.children) and not any(
        c.lower_ in ("in", "at") and any(g.ent_type_ in PLACE_ENTITIES for g in c.children) for c in preps)
    # "I'm not going to provide that": the briefer's "that", given to no one named, is what is asked
    # (a government's "we're not going to provide that" may refuse what was asked for)
    withheld = obj is not None and obj.lower_ in TOLD_THINGS and aimed_by(verb, {"to"}) is None and any(
        c.dep_ == "nsubj" and c.lower_ == "i" for c in carrier.children)
    return in_public or here or withheld or from_the_podium(verb) or (
        obj is not None and any(from_the_podium(t) for t in obj.subtree))


def said_when(noun: Token) -> bool:
    """"Today's call": a call named by its day is the one being held, not an appeal."""
    return any(c.dep_ == "poss" and c.ent_type_ in DAY_ENTITIES for c in noun.children)


def attacker_code(source: Token) -> str | None:
    """What the attacker says of the attack: aircraft attack from the air (195), a suicide bomber
    by suicide bombing (1831)."""
    lemma = source.lemma_.lower()
    if lemma in AERIAL_NOUNS:
        return "195"
    if lemma == "bomber" and any(c.lower_ == "suicide" for c in source.children):
        return "1831"
    return None


def clause_of_noun(noun: Token | None) -> Token | None:
    """"expressed his wish that the Saudi king would help", "its call for Israel to ease restrictions":
    the that-clause a frame's object takes, or the clause that names who is to act."""
    if noun is None:
        return None
    return next((c for c in noun.children if (c.dep_ in ("ccomp", "acl") and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)) or (c.dep_ == "advcl" and marked_for(c))),
        None) or next(
        (c for c in noun.head.children if noun.dep_ == "dobj" and (asker := mandated(c)) is not None
         and asker.i == noun.i), None)


def pledged_clause(noun: Token | None, match: Match) -> Token | None:
    """"reaffirmed its commitment to stop aid to Niger": the "to" clause of the pattern's own noun
    is what the frame commits to, as a verb's would be ("pledged to stop aid")."""
    if noun is None or noun not in match.tokens:
        return None
    return next((c for c in noun.children if c.dep_ == "acl" and infinitive(c)), None)


def marked_for(clause: Token) -> bool:
    """"pushed for Congress to update the law": the clause names who is asked as its subject."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def a_career(be: Token, match: Match) -> bool:
    """Being somewhere for years ("he was in the Senate for 36 years"; a stay of days is still a
    visit), in a body one holds a seat in ("since he was in the Senate") or as someone ("he was
    Deputy Assistant Secretary in the Bureau of South Asian Affairs"): a career, no visit. Being in
    a country or a city is one."""
    return any(c.dep_ == "attr" for c in be.children) or any(
        p.dep_ == "prep" and p.lower_ == "for" and any(y.lemma_.lower() in SPAN_UNITS for y in p.children)
        for p in be.children) or any(
        g.lemma_.lower() in SEATS_HELD for g in match.tokens[-1].children if g.dep_ == "pobj")


def wielding_measure(verb: Token, subject: Token | None) -> Token | None:
    """The measure (MEASURES) a verb of force says is aimed, no force used: "our sanctions aren't
    targeting Russian agriculture", "expanding our sanctions authority to target more sectors",
    "target Khan's supporters through this sentence"."""
    holders = [*([subject] if subject is not None else []), *(c for c in verb.children if c.dep_ == "nsubj")]
    if verb.dep_ in ("acl", "advcl", "xcomp") and infinitive(verb):
        holders += [verb.head, *(c for c in verb.head.children if c.dep_ == "dobj")]
    holders += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("through", "with", "by")
                for g in c.children if g.dep_ == "pobj"]
    return next((m for t in holders for m in (*(c for c in t.children if c.dep_ == "compound"), t)
                 if m.lemma_.lower() in MEASURES), None)  # "sanctions authority": the sanctions


def convened(call: Token, lexicon: Lexicon) -> bool:
    """"the G7 meeting called by Germany", "the summit was called by France": what is called is a
    meeting, called together (the active "called a meeting" is a pattern of its own)."""
    called = call.head if call.dep_ == "acl" else next(
        (c for c in call.children if c.dep_ in ("dobj", "nsubjpass")), None)
    found = lexicon.match_noun(called) if called is not None else None
    return found is not None and found.code[:2] == MEETINGS


def goes_to_attack(verb: Token, lexicon: Lexicon) -> bool:
    """A trip or a meeting whose purpose is violence ("travel to New York City to attack a Jewish
    Community Center") is the violence's preparation, no visit."""
    return any(c.dep_ in ("advcl", "xcomp") and infinitive(c) and (aim := lexicon.match_verb(c)) is not None
               and aim.code[:2] in VIOLENT_ROOTS for c in verb.children)


def deployment_purpose(verb: Token, code: str) -> str:
    """Troops sent for peace keep it (074: "sending troops to the UN peacekeeping force"), troops
    sent to help or train are military aid (072: "soldiers deployed ... to train 200 Nigerian
    soldiers"); other deployments are a show of force (154)."""
    if not code.startswith("154"):
        return code
    # who is sent and where to, not what else the sentence is about ("sent personnel to
    # investigate the feasibility of a peacekeeping force")
    subject = subject_of(verb)[0] if verb.pos_ in ("VERB", "AUX") else None
    said = [t for c in verb.children if c.dep_ not in ("advcl", "xcomp", "ccomp", "conj") for t in c.subtree]
    said += list(subject.subtree) if subject is not None else []
    # ... and what a purpose names first ("to serve as a peacekeeping force", "to join the mission")
    for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and infinitive(c)):
        heads = [g for c in purpose.children if c.dep_ in ("dobj", "attr", "prep")
                 for g in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])]
        said += [m for h in heads for m in (h, *h.children) if m is h or m.dep_ in ("compound", "amod")]
    said.sort(key=lambda t: t.i)
    lemmas = [t.lemma_.lower() for t in said]
    words = set(lemmas) | {f"{a} {b}" for a, b in zip(lemmas, lemmas[1:])}
    if words & PEACEKEEPING_WORDS:
        return "074"
    if any(c.dep_ in ("advcl", "xcomp") and infinitive(c) and c.lemma_.lower() in HELPING_VERBS | {"train"}
           for c in verb.children):
        return "072"
    return code


def a_visit(noun: Token | None, lexicon: Lexicon) -> bool:
    """"the visit by the Israeli prime minister", "his trip": a noun the lexicon reads as a visit."""
    found = lexicon.match_noun(noun) if noun is not None else None
    return found is not None and found.code == VISIT_PAID


def intended_by_its_carrier(noun: Token) -> bool:
    """A meeting named by its sides ("a U.S.-UK summit") that the verb holding it, or the act done at
    it, says will come: "will have a U.S.-UK summit", "will hold a series of meetings, including a
    U.S.-UK summit", "at the U.S.-EU summit, the leaders will focus on trade"; not
    one a verb of another kind acts on ("will skip the U.S.-ASEAN summit", "will review the U.S.-China
    summit"), nor an object's object ("will discuss the outcome of the U.S.-UK summit")."""
    held = noun
    while held.dep_ == "pobj" and held.head.head.pos_ == "NOUN" and (held.head.lower_ in ("including", "like") or (
            held.head.lower_ == "of" and held.head.head.lemma_.lower() in SERIES_NOUNS)):
        held = held.head.head  # "a series of bilateral engagements, including a U.S.-UK summit"
    carrier = held.head
    if held.dep_ == "pobj" and carrier.lower_ in HELD_AT and carrier.head.pos_ in ("VERB", "AUX"):
        # "At the U.S.-EU summit, the President and EU leaders will focus on trade": held when what
        # is to be done at it is
        return intended(carrier.head)
    return held.dep_ == "dobj" and carrier.lemma_.lower() in SUPPORT_VERBS | {"have"} and intended(carrier)


def as_intent(code: str, negated: bool) -> tuple[str, bool]:
    """What CAMEO codes an act said to come as: a threat of force (13), a refusal (12) of what will
    not be done, or else an intent (03) to do it."""
    if code[:2] in HOSTILE_ROOTS:
        return refine("130", code) or code, negated
    return refine("120" if negated else INTENT, code) or code, False


def light_verb_actor(noun: Token, match: Match) -> tuple[Token | None, Token | None]:
    """The verb or adjective carrying an event noun and who acts through it: "staged rallies",
    "launched ten days of war games" (a measure of the event), "were engaged in ethnic cleansing",
    "is responsible for mass killings" (a culprit named is the act's source, as CAMEO codes it)."""
    # "declared a state of siege": the phrase hangs on the verb by its first word
    phrase = match.tokens[0] if len(match.tokens) == 3 and match.tokens[1].lower_ == "of" else noun
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.dep_ == "dobj" \
            and not names_an_actor(phrase.head.head):
        phrase = phrase.head.head  # "10 days of war games", "a series of attacks"
    elif phrase.dep_ == "pobj" and phrase.head.lower_ == "in" and phrase.head.head.dep_ == "dobj" \
            and (phrase.head.head.ent_type_ == "MONEY" or phrase.head.head.like_num):
        phrase = phrase.head.head  # "announced nearly $33 million in additional assistance"
    elif (grown := grown_gift(phrase, match)) is not None and grown.dep_ == "dobj":
        phrase = grown  # "announced an increase in aid"
    if phrase.dep_ == "compound" and phrase.head.lemma_.lower() in EVENT_CARRIERS:
        phrase = phrase.head  # "undertook a mediation mission"
    if phrase.dep_ not in ("dobj", "pobj", "attr", "nsubjpass"):
        return None, None
    if phrase.dep_ == "pobj" and phrase.head.lower_ in CIRCUMSTANCE_PREPS | TOPIC_PREPS | BESIDE_PREPS:
        # "lodged a protest over the incursion": the incursion is not Japan's act; "flew above the
        # rally": nor is the rally Trump's
        return None, None
    carrier = phrase.head.head if phrase.dep_ == "pobj" else phrase.head
    lemma = carrier.lemma_.lower()
    if lemma in CULPABLE_WORDS and carrier.dep_ == "acomp":
        source, _ = subject_of(carrier.head)
        return (carrier, source) if source is not None else (None, None)
    if lemma not in SUPPORT_VERBS:
        return None, None
    if lemma in ENDING_VERBS and match.code[:2] != MEETINGS:
        # "ended his visit to China", "concluded the talks": they took place; "decided to end the war",
        # "ended the ceasefire", "ended its cooperation": the ending is no waging or declaring
        return None, None
    source, passive = subject_of(carrier)
    if passive and lemma not in STATIVE_PASSIVES:
        # "the war game was staged by U.S. marines": the agent acts
        source = agent_of(carrier) if phrase.dep_ == "nsubjpass" or phrase.i == source_index(source) else None
        return (carrier, source) if source is not None else (None, None)
    if phrase.dep_ == "pobj" and owned_by_another(noun, source):
        return None, None  # "we are imposing costs on Russia for its war": the war is its owner's
    return (carrier, source) if source is not None else (None, None)


def owned_by_another(noun: Token, subject: Token | None) -> bool:
    """An event noun whose owner is not the subject, by grammatical person: "we ... for its war"; not
    "Microsoft ... through its partnership", "we are delivering on our commitment"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and subject is not None and grammatical_person(owner) != grammatical_person(subject)


def source_index(token: Token | None) -> int:
    return token.i if token is not None else -1


def grown_gift(noun: Token, match: Match) -> Token | None:
    """"an increase in aid", "a boost in assistance": the growth noun a gift (CAMEO 06-08) is "in",
    which carries it as a sum does ("a surge in attacks" is no one's attack)."""
    if match.code.startswith(GIVING_CODES) and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
            and noun.head.head.lemma_.lower() in GROWTH_NOUNS:
        return noun.head.head
    return None


def held_captive(verb: Token, match: Match) -> bool:
    """"the Americans held hostage in Gaza", "fishermen held captive by Libya": held with no one
    else named as held, the parser's subject is who is held (a participle it took for a verb)."""
    word = match.tokens[-1]
    return verb.lemma_.lower() in HOLDING_VERBS and word.lemma_.lower() in CAPTIVE_WORDS \
        and word.head.i == verb.i and word.tag_ != "NNS" and all(c.dep_ == "prep" for c in word.children) \
        and not any(c.dep_ == "dobj" and c.i != word.i for c in verb.children)  # "held two Americans hostage"


def passive_target(verb: Token, match: Match, subject: Token | None) -> Token | None:
    """A passive clause's target: its subject ("two drones were shot down"), unless the pattern
    names the subject as the thing acted on ("food was rushed to Syria": Syria) or the subject is a
    thing given or returned to someone the clause names ("a bookmark was returned by US officials
    to Spanish authorities")."""
    if subject is not None and any(t.i == subject.i for t in match.tokens):
        return object_of(verb, match)
    if subject is not None and match.code.startswith(HANDED_OVER) and not actor_like(subject):
        return object_of(verb, match) or subject
    return subject


def announces_an_act(verb: Token, lexicon: Lexicon) -> bool:
    """"announced a new partnership", "announced sanctions on Russia", "unveiled commitments to
    supply doses": what is announced is an act the lexicon codes by its noun, and the announcement
    is that act made known, no statement besides (but "announced that he will visit" says what)."""
    announced = direct_object(verb)
    if announced is not None and announced.lemma_.lower() in GROWTH_NOUNS:
        # "an increase in aid": the aid, when it is a gift that grows
        grows = aimed_by(announced, {"in"})
        found = lexicon.match_noun(grows) if grows is not None else None
        return found is not None and found.code.startswith(GIVING_CODES)
    return announced is not None and announced.pos_ == "NOUN" and lexicon.match_noun(announced) is not None
