"""A sentence's events before their actors are attached: each clause's trigger (entente.coding.triggers)
read in its clause's mode, with the other side a saying, a hope or an intent is addressed to, the
code the acting sector and the topic give it, and what the sentence as a whole folds away (a
complement its governor already says, a protest's purpose, the victims of an attack)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from entente.actors.dictionary import UNKNOWN
from entente.actors.resolve import FIRST_PERSON, PLACE_ENTITIES, DocActors, ref_country, ref_role
from entente.coding.clause_modes import POLITE_WISHES, ClauseMode, clause_mode, intended
from entente.coding.clauses import (
    AID,
    ATTITUDES,
    DAY_ENTITIES,
    MATERIAL_COOPERATION,
    actor_it_is_about,
    actor_like,
    aux_word,
    complement_of,
    complement_party,
    consequence,
    direct_object,
    infinitive,
    names_an_actor,
    object_of,
    phase_of,
    subject_of,
)
from entente.coding.frames import FRAMES
from entente.coding.lexicon import DocumentLexicon, Lexicon, Match, Pattern
from entente.coding.places import ARMED_OPPONENTS
from entente.coding.records import habitual, intent_of_nothing
from entente.coding.senses import ARMED_SECTORS, an_audience, paying_act
from entente.coding.topics import default_topics
from entente.coding.triggers import (
    APPEAL,
    DEMAND,
    ENDORSEMENT,
    HOSTING,
    STATEMENT,
    VERBAL_ROOTS,
    VIOLENT_ROOTS,
    Trigger,
    complement_match,
    deployment_purpose,
    noun_trigger,
    passive_target,
    verb_trigger,
)
from entente.coding.words import (
    ADDRESSING_VERBS,
    CIRCUMSTANCE_PREPS,
    KILLING_WORDS,
    NON_FACTIVE,
    OBJECT_CONTROL,
    REPORTING,
    SUPPORT_VERBS,
    WISHING_VERBS,
)
from entente.types import ASSERTED, FUTURE

# acts aimed at where they happen (coding.extract): a claim of responsibility (for an act where it
# was done: "claimed the attack in Kandahar"), visits (the host is where one went), aid given
# (peacekeepers too) or cut, people and things returned or released there, protests, curfews and
# repression (not arrests: those aim at whom they hold, whom the sentence names), their easing, a
# threat of curbs on freedoms, a curfew or martial law ("threatened to ban protests in Bangkok"; not
# of restrictions on those the sentence names: "threatened to restrict visas for Chinese officials in
# Hong Kong"), withdrawals, deployments, force (extract.HOME_COERCION: those of them a state does at home)
PLACE_AIMED = ("015", "042", "07", "081", "084", "1321", "1323", "1324", "14", "154", "162", "166", "0356", "087",
               "172", "175", "18", "19", "20")
# a boycott, a blockade (or a threat of boycott), when a state imposes it
STATE_FORMS = {"143": "163", "144": "191", "133": "1312"}
ARREST = "173"  # arrest, detain, or charge with legal action
OCCUPATION = "192"  # occupy territory
CAPTURING_VERBS = {"capture", "recapture"}  # what they take is a place or a person
STATE_SECTORS = {"GOV", "MIL", "LEG", "IGO"}
ENVOY_SECTORS = {"GOV", "ELI", "LEG"}  # who leads a delegation abroad, an officer or not among them
PURPOSE_ROOTS = {"02", "10", "11", "14"}  # what a protest demands or protests against
# deeds done for a purpose (material cooperation, aid, a lawsuit, force and coercion), and the force
# or coercion a purpose may aim at: "sent troops to seize the airport", "sued to block publication"
DEED_ROOTS, LAWSUIT = {"06", "07", "15", "16", "17", "18", "19", "20"}, "115"
AIMED_FORCE_ROOTS = {"15", "17", "18", "19", "20"}
STATEMENTS = "01"  # comments, statements and symbolic acts
# cooperation done by saying it: praise or endorsement, verbal defence, rallying support, apology,
# forgiveness; and hosting, done as a guest is welcomed ("we welcome the President of France") or,
# in the simple present, as a day's schedule says it ("the President hosts the Prime Minister")
SAID_COOPERATION = (HOSTING, ENDORSEMENT, "052", "053", "055", "056")
AGREEMENT = "057"  # an agreement had is one reached ("we have an agreement with Ukraine"), no rule
MASS_VIOLENCE = "20"
FORCE = "190"  # conventional military force, not otherwise specified
TERRORISM = "180"  # unconventional violence: "terrorist attacks, if not further specified" (the codebook)
IRREGULARS = ARMED_OPPONENTS | {"CRM"}  # armed groups that are no state's
POPULAR_SECTORS = {"CVL", "OPP", "EDU", "LAB", "REL", "HRI", "PTY", "BUS", "MED", "HLH", "REF"}
ORDER = "order"  # the verb whose bare pattern is a demand, and whose object may be the act it demands


def orders_an_act(verb: Token, match: Match, lexicon: Lexicon) -> bool:
    """"Ordered the deployment of 3,000 troops", "ordered patrols by police": an order whose object
    is an act is that act, done by whoever orders it, as PETRARCH2's ORDER patterns code "order
    release" (0841) or "order aid" (070); "ordered newspapers to close" demands (100) of them."""
    if match.code != DEMAND or match.pattern.words != (ORDER,):
        return False
    obj = direct_object(verb)
    return obj is not None and not names_an_actor(obj) and lexicon.match_noun(obj) is not None


def framed_noun(noun: Token, lexicon: Lexicon) -> bool:
    """"called for the withdrawal", "rejected talks": the noun is what is asked, refused or
    threatened (coded on the verb), not an event that took place."""
    tok = noun
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok.i == noun.i:
        return False
    if tok.lemma_.lower() in SUPPORT_VERBS and tok.dep_ in ("xcomp", "ccomp", "advcl") \
            and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head  # "agreed to hold joint exercises": the exercises are agreed to, not held
    match = lexicon.match_verb(tok)
    if match is not None and orders_an_act(tok, match, lexicon) and direct_object(tok).i == noun.i:
        return False
    return tok.lemma_.lower() in NON_FACTIVE or (match is not None and match.code in FRAMES)


def by_source_sector(trigger: Trigger, actors: DocActors) -> str:
    """Codes CAMEO tells apart by who acts: a government's formal protest (114) from people
    demonstrating (141); a delegation's visit (042) from troops arriving, a deployment (154, or 074
    and 072 by its purpose); a state's boycott (163) or blockade (191) from a popular one (143, 144);
    a military's bombing from the air (195) from a bomb planted (183); a killing of civilians by
    an armed group that is no state's, a terrorist attack (180), from one in war (190)."""
    killing = trigger.code == FORCE and trigger.token.lemma_.lower() in KILLING_WORDS
    if (trigger.code not in ("114", "042", "183", *STATE_FORMS) and not killing) or trigger.source is None:
        return trigger.code
    refs = actors.for_token(trigger.source)
    if not refs:
        return trigger.code
    ref = refs[0][0]
    role = ref_role(ref)
    if killing:
        # "killed 30 villagers and five soldiers": the attack is on people bearing no arms, whoever
        # else it hit; rival gangs or rebels killed are armed, and victims of no role known are not
        victims = actors.for_token(trigger.target) if trigger.target is not None else []
        unarmed = not victims or any(ref_role(v) not in ARMED_SECTORS | IRREGULARS for v, _ in victims)
        return TERRORISM if role in IRREGULARS and unarmed else trigger.code
    popular = role in POPULAR_SECTORS or (ref.role is None and "demonym" in ref.why)
    if trigger.code == "114":
        return "141" if popular else trigger.code
    if trigger.code in STATE_FORMS:
        state = not popular and (role in STATE_SECTORS or (role is None and ref.entity.kind in ("country", "org")))
        return STATE_FORMS[trigger.code] if state else trigger.code
    if trigger.code == "183":
        return "195" if role == "MIL" else trigger.code
    # a delegation an officer is one of is a government's own visit ("Assistant Secretary Phee and
    # General Langley were in Niamey for a frank conversation"): envoys of the source's own country
    # among the subjects and those listed with them, not whose embassy American soldiers guard
    # ("guarding the embassy of the Afghan government arrived in Kabul")
    subjects = {trigger.source, *(c for c in trigger.token.children if c.dep_ in ("nsubj", "nsubjpass"))}
    listed = [t for s in subjects for t in (s, *s.conjuncts) if t.i in actors.refs]
    envoys = any(ref_role(actors.refs[t.i]) in ENVOY_SECTORS and ref_country(actors.refs[t.i]) == ref_country(ref)
                 for t in listed)
    # "a deployment of NATO troops"
    troops = (role == "MIL" or any(ref_role(actors.refs[t.i]) == "MIL" for t in trigger.source.subtree
                                   if t.i in actors.refs)) and not envoys
    if troops:
        return deployment_purpose(trigger.token, "154")
    return trigger.code


def topic_tokens(trigger: Trigger) -> list[Token]:
    """Where a trigger's topic is named: its clause or noun phrase (or the light verb's clause:
    "staged rallies ..., saying he must resign"), less its source."""
    skip = trigger.source_words()
    head = trigger.support if trigger.support is not None else trigger.token
    # a protest's purpose is often in its circumstances ("rioted ..., demanding a referendum")
    heads = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for child in (c for h in heads for c in h.children) if trigger.code[:2] != "14" else ():
        # circumstances ("despite warnings of starvation", "risking $500,000 in fines") are not the topic
        if (child.dep_ == "advcl" and not infinitive(child)) or \
                (child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPS):
            skip.update(t.i for t in child.subtree)
    return [t for t in head.subtree if t.i not in skip]


def find_triggers(sent: Span, actors: DocActors, lexicon: DocumentLexicon) -> list[Trigger]:
    triggers: list[Trigger] = []
    topics = default_topics()
    consumed: set[int] = set()
    verbs = [tok for tok in sent if tok.pos_ == "VERB" or (
        tok.pos_ == "AUX" and tok.dep_ in ("ROOT", "conj", "relcl", "advcl", "ccomp"))]
    for tok in verbs:
        match = lexicon.match_verb(tok)
        if match is not None and match.pattern.converted and not has_dyad_target(tok, match, actors):
            # PETRARCH's patterns code dyads: without a target, entente's own reading of the verb,
            # settled before any clause asks what its neighbour means
            lexicon.settle(tok, lexicon.match_verb(tok, converted=False))
    for tok in verbs:
        match = lexicon.match_verb(tok) or wished(tok, lexicon)
        if match is None:
            continue
        trigger = verb_trigger(tok, match, lexicon)
        if match.pattern.converted and (trigger is None or not names_its_target(trigger, actors)):
            # PETRARCH's patterns code dyads: without a target, entente's own reading of the verb
            match = lexicon.match_verb(tok, converted=False)
            lexicon.settle(tok, match)
            if match is None:
                continue
            trigger = verb_trigger(tok, match, lexicon)
        if orders_an_act(tok, match, lexicon):
            continue  # the act ordered is coded on its noun, by whoever orders it
        consumed.update(t.i for t in match.tokens)
        mode = clause_mode(tok)
        if trigger is None or folded(mode, lexicon) or habitual(
                tok, actors.voice is not None, by_saying=done_by_saying(trigger.code)):
            continue
        settle_mode(trigger, mode)
        if trigger.mode == ASSERTED and trigger.code[:2] == STATEMENTS and intended(tok) and phase_of(tok) is tok \
                and tok.lemma_.lower() not in REPORTING:
            # "will pay respects to the victims", "will lay a wreath": no intent code covers a
            # gesture or a statement to come ("I'll say this", "will announce" say it now)
            trigger.mode = "future"
        addressee = told_to(tok, actors) if done_by_saying(trigger.code) else None
        if trigger.folds is None and addressee is not None and (
                trigger.target is None or not actor_like(trigger.target)):
            trigger.target, trigger.topic = addressee, False
        elif trigger.folds is None and (trigger.target is None or (
                trigger.code in ATTITUDES and not actor_like(trigger.target))):
            trigger.target = party_concerned(trigger, actors) or trigger.target
        elif unknown_in_a_phrase(trigger, actors):
            # "denied charges from Avigdor Liberman" (a name the dictionary lacks): the charges are
            # what was denied, as before a name in a phrase outranked them
            trigger.target, trigger.target_slot = direct_object(tok), False
        elif unknown(trigger.target, actors) and trigger.target.head.dep_ == "pcomp":
            # "agree with what Republicans were proposing" (a name the dictionary lacks): read from a
            # clause, an unknown other side leaves the act without one rather than unrecorded
            trigger.target, trigger.target_slot = None, False
        if actors.voice is not None and intent_of_nothing(trigger, actors):
            continue
        trigger.code = by_source_sector(trigger, actors)
        trigger.code = topics.refine(trigger.code, topic_tokens(trigger))
        if trigger.code == ARREST and tok.lemma_.lower() in CAPTURING_VERBS and a_place(trigger.target, actors):
            trigger.code = OCCUPATION  # "the Taliban captured Kunduz": a place taken is occupied, no one arrested
        triggers.append(trigger)
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed or is_a_name(tok):
            continue
        match = lexicon.match_noun(tok)
        if match is None:
            continue
        mode = clause_mode(tok)
        if folded(mode, lexicon) or framed_noun(tok, lexicon):
            continue
        trigger = noun_trigger(tok, match, actors, lexicon)
        support = trigger.support if trigger is not None else None
        if support is not None and actors.voice is not None and habitual(support, voiced=True, by_saying=(
                done_by_saying(trigger.code) or support.lemma_.lower() in REPORTING
                or (trigger.code == AGREEMENT and support.lemma_ == "have"))):
            # in a government's own document, "we have made 3,000 arrests in the past three months":
            # the verb that carries the act sums up a record or tells a rule; an act announced or
            # declared is done as it is said ("we announce new assistance for Ukraine")
            continue
        if trigger is not None:
            if mode.mode == ASSERTED and support is not None:
                mode = clause_mode(support)  # "Pakistan may receive aid from China"
            settle_mode(trigger, mode)
            trigger.code = by_source_sector(trigger, actors)
            trigger.code = topics.refine(trigger.code, topic_tokens(trigger))
            triggers.append(trigger)
    said = {t.folds.i for t in triggers if t.folds is not None}
    # "invested $11 million in a program to support displaced people": one act, aid to someone,
    # whose money the investment names (senses.paying_act), not an investment beside it ("invested
    # $10 million in its center to support security" stays an investment)
    paid = {act.i for t in triggers if t.kind == "verb" and t.code.startswith(AID)
            and t.target is not None and actor_like(t.target)
            for act in [paying_act(t.token)] if act is not None}
    triggers = [t for t in triggers if t.token.i not in said
                and not (t.token.i in paid and t.code.startswith(MATERIAL_COOPERATION))]
    return aim_deed_purposes(fold_protest_purposes(violence_done_by(said_in_what_follows(triggers, actors))), actors)


def said_in_what_follows(triggers: list[Trigger], actors: DocActors) -> list[Trigger]:
    """"have written to President Bush urging him to send troops", "spoke on Monday, calling for
    talks": the words told are the act the participle after them names (an appeal), not a bare
    statement beside it; told to someone the participle names no one else, it is told to them ("wrote
    to the UN chief urging him to intervene"). Told to one and aimed at another ("wrote to the UN,
    warning that Israel would face a response"), both stand."""
    statements = {t.token.i: t for t in triggers if t.kind == "verb" and t.code == STATEMENT}
    told: set[int] = set()
    for said in triggers:
        statement = statements.get(said.token.head.i)
        if statement is None or said.kind != "verb" or said.token.tag_ != "VBG" or said.code == STATEMENT \
                or said.token.dep_ not in ("advcl", "xcomp") or said.code[:2] not in VERBAL_ROOTS:
            continue
        aimed_at = actors.settled(said.target) if said.target is not None else None
        speaker = actors.settled(said.source) if said.source is not None else None
        if aimed_at is None or (speaker is not None and aimed_at.entity.key == speaker.entity.key):
            # "urging him": whoever "him" is, the letter's addressee is the one urged
            said.target, said.target_slot = statement.target, statement.target_slot
            aimed_at = actors.settled(said.target) if said.target is not None else None
        told_to = actors.settled(statement.target) if statement.target is not None else None
        if aimed_at is None or told_to is None or aimed_at.entity.key == told_to.entity.key \
                or an_audience(statement.target):  # "spoke to the press, calling on Iran to"
            told.add(statement.token.i)
    return [t for t in triggers if t.token.i not in told or t.kind != "verb" or t.code != STATEMENT]


SEEING_VERBS = {"see", "witness"}


def wished(verb: Token, lexicon: DocumentLexicon) -> Match | None:
    """"Sharon wants Germany to pay more compensation", "we would like China to release the
    detained Americans", "we'd like to see a ceasefire from Russia": an act wished of another is asked
    of them, as CAMEO's manual codes it (an appeal, 02, framed by the act); not "we want Pakistan to
    succeed" (no act). One's own act wished stays unasserted: "would like to announce" announces,
    "will want to retaliate" foretells, "wants to get weapons" asks, each in its own way."""
    lemma = verb.lemma_.lower()
    foretold = any(c.dep_ == "aux" and c.tag_ == "MD" and not (lemma in POLITE_WISHES and aux_word(c) == "would")
                   for c in verb.children)
    if lemma not in WISHING_VERBS or verb.tag_ in ("VBD", "VBN") or foretold or any(
            c.dep_ == "neg" for c in verb.children):
        # "wanted the United States to attack in 2012" tells a wish once had, asked of no one then;
        # "we don't want China to arm Russia" warns, and asks for no act; "Russia will want Kyiv to
        # give up" foretells a wish ("we would like China to" asks now)
        return None
    complement = complement_of(verb)
    if complement is None or not infinitive(complement):
        return None
    inner = complement_match(complement, lexicon)
    if inner is None:
        return None
    # the one wished to act stands between the verb and its act ("wants Germany to pay"; not "want
    # to thank, especially, the government of Pakistan", nor "what they want to ask")
    other = next((c for c in (*verb.children, *complement.children) if c.dep_ in ("dobj", "nsubj")
                  and verb.i < c.i < complement.i), None)
    if other is not None and not actor_like(other):
        return None
    if other is None and complement.lemma_.lower() not in SEEING_VERBS:
        return None
    # "we'd like to see a ceasefire from Russia": what one wishes to see is another's act
    return Match(Pattern((lemma,), APPEAL), [verb])


def violence_done_by(triggers: list[Trigger]) -> list[Trigger]:
    """"blew up a bus in Jerusalem, killing five Americans and wounding another": those killed or
    wounded are the bombing's victims, by the bombing's code (183), not a killing (1823) or a fight
    (190) of their own; "air strikes ..., killing dozens of fighters" are air strikes on them (195)."""
    by_token = {t.token.i: t for t in triggers}
    for trigger in triggers:
        head = trigger.token.head
        joined = trigger.token.dep_ == "conj" and consequence(head)  # "killing ... and wounding"
        cause = by_token.get(head.head.i) if joined else by_token.get(head.i) if consequence(trigger.token) else None
        # a mass killing stays one of its own ("killing hundreds of civilians": 20)
        if trigger.kind == "verb" and cause is not None and cause is not trigger and trigger.code[:2] in VIOLENT_ROOTS \
                and cause.code[:2] in VIOLENT_ROOTS and not trigger.code.startswith(MASS_VIOLENCE):
            trigger.code = cause.code
    return triggers


def unknown_in_a_phrase(trigger: Trigger, actors: DocActors) -> bool:
    """The other side was taken from a phrase over a thing the verb acts on (clauses.object_of), and
    the dictionary does not know it."""
    target, thing = trigger.target, direct_object(trigger.token)
    if target is None or target.dep_ != "pobj" or thing is None or names_an_actor(thing):
        return False
    return unknown(target, actors)


def unknown(token: Token | None, actors: DocActors) -> bool:
    """Whether the token names only actors the dictionary does not know."""
    refs = actors.for_token(token, subtree=True) if token is not None else []
    return bool(refs) and all(ref.entity.key == UNKNOWN for ref, _ in refs)


def party_concerned(trigger: Trigger, actors: DocActors) -> Token | None:
    """Whom a hope, a worry or an intent concerns when its verb names no one: for a hope or a worry,
    the actor named in what it is about ("optimism about the talks with Argentina"); else the known
    actor its clause names ("hopes the Senate will act", "is committed to working with China"). A
    bare statement's clause is its topic instead (Trigger.topic); a name the dictionary lacks is
    left out rather than blocking the event."""
    party = actor_it_is_about(trigger.match.tokens) if trigger.code in ATTITUDES else None
    if party is None and trigger.code[:2] in ("01", "03") and trigger.code != STATEMENT:
        verb = trigger.token
        clause = complement_of(verb) or next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                                              for g in c.children if g.dep_ == "pcomp"), None)
        party = complement_party(clause) if clause is not None else None
    if party is not None and party.i not in actors.refs:
        party = phrase_named_for(party, actors)
    ref = actors.settled(party) if party is not None else None
    return party if ref is not None and ref.entity.key != UNKNOWN else None


def told_to(verb: Token, actors: DocActors) -> Token | None:
    """"The President told the Prime Minister that we share the goal", "assured Kyiv that we stand
    ready": what a speaker says of itself to someone it says to that one, whatever the words are
    about (what it says of others, "told Modi that Pakistan is ready", is theirs)."""
    clause = verb
    while clause.dep_ in ("acomp", "xcomp"):  # "that we are committed to", "that we want to help"
        clause = clause.head
    teller = clause.head
    if clause.dep_ != "ccomp" or teller.lemma_.lower() not in ADDRESSING_VERBS:
        return None
    addressee = next((c for c in teller.children if c.dep_ in ("dobj", "dative") and actor_like(c)), None)
    of_whom, teller_word = subject_of(verb)[0] or subject_of(clause)[0], subject_of(teller)[0]
    if addressee is None or of_whom is None or teller_word is None:
        return None
    if of_whom.lower_ in FIRST_PERSON:
        return addressee
    said_of, told_by = actors.settled(of_whom), actors.settled(teller_word)
    same = said_of is not None and told_by is not None and ref_country(said_of) == ref_country(told_by)
    return addressee if same else None


def phrase_named_for(name: Token, actors: DocActors) -> Token:
    """The noun phrase a name's actor is kept on, when the resolver gave it the phrase ("the lifting
    of the blockade of Qatar" is Qatar's); the name itself otherwise."""
    for holder in name.ancestors:
        if holder.pos_ in ("VERB", "AUX"):
            break
        if holder.i in actors.refs:
            return holder
    return name


def done_by_saying(code: str) -> bool:
    """Statements, appeals, intents, demands, disapproval, refusals, threats, praise and welcomes
    are done as they are said (records.habitual)."""
    return code[:2] in VERBAL_ROOTS or code.startswith(SAID_COOPERATION)


def folded(mode: ClauseMode, lexicon: DocumentLexicon) -> bool:
    """A clause that a coded word governs ("urged Iran to withdraw", "hoped that talks resume") is
    what that event asks, promises, hopes or denies: it is not an event of its own."""
    governor = mode.governor
    if governor is None:
        return False
    if governor.pos_ in ("VERB", "AUX"):
        return lexicon.match_verb(governor) is not None
    return lexicon.match_noun(governor) is not None


def settle_mode(trigger: Trigger, mode: ClauseMode) -> None:
    """The clause's mode, unless the event word's own negation says more."""
    trigger.reported = mode.reported
    if trigger.mode == ASSERTED or mode.mode == "question":
        trigger.mode = mode.mode


def a_place(token: Token | None, actors: DocActors) -> bool:
    """The word is a place the dictionary or the gazetteer knows, or a country named ("Kunduz",
    "Bakhmut", "Ukraine"), whatever entity the parser gave it."""
    return token is not None and (token.i in actors.places or token.ent_type_ in PLACE_ENTITIES or (
        token.i in actors.refs and actors.refs[token.i].entity.kind == "country" and token.pos_ == "PROPN"))


def has_dyad_target(verb: Token, match: Match, actors: DocActors) -> bool:
    """Whether the verb's target slot (its object, or a passive clause's subject) names an actor;
    for an act aimed at where it happens (a strike, a protest), whether its clause names a place."""
    subject, passive = subject_of(verb)
    target = passive_target(verb, match, subject) if passive else object_of(verb, match)
    if target is not None and actors.for_token(target, subtree=True):
        return True
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    return match.code.startswith(PLACE_AIMED) and any(
        t.i in actors.places or (t.i in actors.refs and actors.refs[t.i].entity.kind == "country")
        for t in verb.subtree if t.i not in skip)


def names_its_target(trigger: Trigger, actors: DocActors) -> bool:
    return trigger.target is not None and not trigger.topic and bool(actors.for_token(trigger.target, subtree=True))


def is_a_name(token: Token) -> bool:
    """"the China-Pakistan Economic Corridor", "Operation Desert Storm": a word inside a
    capitalised multiword name names a thing, not an event; and "took Kherson in March" names a
    month, not a protest ("in the March of 2022" too; but "the Women's March", "a March to
    Islamabad" are marches)."""
    month = token.ent_type_ in DAY_ENTITIES and (not any(c.dep_ in ("det", "poss") for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.ent_type_ == "DATE" for g in c.children)
        for c in token.children))  # "in the March of 2022"
    return token.pos_ == "PROPN" and (month or token.is_title and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title for c in token.children))


def aim_deed_purposes(triggers: list[Trigger], actors: DocActors) -> list[Trigger]:
    """"Russia sent troops to seize the airport", "sued the newspaper to block publication", "massed
    troops on the border to invade Ukraine": force a deed is done for is aimed at, not done (the
    airport may not be taken): it is still to come, and the deed is aimed at whom it names when the
    deed names no one itself ("on the border"). Not at a sector ("deployed troops to fight Kurdish
    militants in Syria" is aimed where the troops went), nor help at whom its purpose is aimed
    ("armed militias to attack Americans"). Not a purpose of a verb that is no deed of its own ("used
    batons to disperse the crowd": the dispersal is the act), nor one of the deed's own kind, which
    tells what it did ("fired tear gas to disperse the crowd"), nor what a saying asks or threatens,
    nor what one is made to do ("forced his troops to attack Ukraine")."""
    deeds: dict[int, Trigger] = {}
    for trigger in triggers:
        verb = trigger.token if trigger.kind == "verb" else trigger.support
        if verb is not None and (trigger.code[:2] in DEED_ROOTS or trigger.code.startswith(LAWSUIT)):
            deeds.setdefault(verb.i, trigger)
    for purpose in triggers:
        tok = purpose.token
        deed = deeds.get(tok.head.i)
        if purpose.kind != "verb" or tok.dep_ not in ("advcl", "xcomp") or not infinitive(tok) \
                or purpose.code[:2] not in AIMED_FORCE_ROOTS or deed is None or deed.code[:2] == purpose.code[:2] \
                or tok.head.lemma_.lower() in OBJECT_CONTROL:
            continue
        aimed_at = actors.settled(purpose.target) if purpose.target is not None else None
        if (deed.target is None or actors.settled(deed.target) is None) and aimed_at is not None \
                and aimed_at.entity.kind != "sector" and deed.code[:2] not in (MATERIAL_COOPERATION, AID):
            deed.target, deed.target_slot = purpose.target, True
        if purpose.mode == ASSERTED:  # (a deed not done, or to come, had its purpose not done either)
            purpose.mode = deed.mode if deed.mode != ASSERTED else FUTURE
    return triggers


def fold_protest_purposes(triggers: list[Trigger]) -> list[Trigger]:
    """"began a hunger strike to demand the resignation of ...": the demand is what the protest is
    for (its topic, already in its code), not a second event."""
    anchors = [t.token if t.kind == "verb" else t.token.head for t in triggers if t.code[:2] == "14"]
    def is_purpose(trigger: Trigger) -> bool:
        tok = trigger.token
        return trigger.code[:2] in PURPOSE_ROOTS and tok.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(
            tok.i != a.i and tok in a.subtree for a in anchors)
    return [t for t in triggers if not is_purpose(t)]
