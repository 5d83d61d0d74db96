"""Which sense a coded word has in its sentence: a particle, the object or the subject can make a
verb of the lexicon another word ("taken action over and over", "deploy clean energy", "charges us
tariffs"), and an object can be a person or a thing ("welcomed the delegation", "welcomed the
plan"). The coder asks these before it codes a verb (entente.coding.triggers); the roles, entity
types and word sets they read are kept here with them."""

from __future__ import annotations

from spacy.tokens import Token

from entente.actors.gazetteer import PLACE_NOUNS
from entente.actors.resolve import (
    FIRST_PERSON,
    GROUP_PRONOUNS,
    NAMED_ENTITIES,
    PERSON_PRONOUNS,
    prep_objects,
    speaker_of,
)
from entente.coding.clause_modes import going_to
from entente.coding.clauses import (
    COUNTRY_NOUNS,
    PLACE_ENTITIES,
    RELATIVE_PRONOUNS,
    actor_like,
    agent_of,
    direct_object,
    names_an_actor,
    object_of,
    people,
    shared_object,
    subject_of,
    with_object,
    word_role,
)
from entente.coding.discards import WAR_WORDS
from entente.coding.lexicon import DocumentLexicon, Lexicon, Match, of_objects, phrasal_particles, shared_outlooks
from entente.coding.words import (
    ABSTRACT_STATES,
    ACTOR_NOUNS,
    ARMS,
    AUDIENCES,
    CLAIM_NOUNS,
    DEFEATED,
    HARM_VERBS,
    HEARTENING_VERBS,
    INTRANSITIVE_PROTESTS,
    KILLED_PLANS,
    KILLING_WORDS,
    MONEY_NOUNS,
    NEEDING_VERBS,
    OFFICES_SOUGHT,
    PROPERTY_NOUNS,
    PUBLISHED_THINGS,
    RELIEF_WORDS,
    SAID_THINGS,
    SEIZED_PLACES,
    STRUGGLE_VERBS,
    TAKEN_NOT_SEIZED,
    VIOLENT_EVENT_NOUNS,
    WRONGS,
    of_class,
)

TALKING_VERBS = {"speak", "talk"}
# who may demand, as "it" or "that" may not
PERSONAL_PRONOUNS = FIRST_PERSON | PERSON_PRONOUNS | GROUP_PRONOUNS | {"you"}
UNNAMED_NEWS = {"more", "anything", "something", "nothing"}  # "we'll share more in our readout"
CONSIDERATION = "014"  # considering a policy option
PESSIMISM = "012"  # a pessimistic comment: a danger foretold
WARNING_VERBS = {"warn", "caution"}
WARNING_WORDS = WARNING_VERBS | {"warning"}  # a warning foretells a danger to whom it would hit
PROTECTION = "074"  # military protection or peacekeeping
# the words of protection read as force only by arms or from an attack (protected_by_force); "helped
# safeguard health workers", "escorted the convoy" stay protection whoever gives it
PROTECTING_VERBS = {"protect", "guard", "shield"}
FORCE_POSTURE = "15"  # shows of force, alerts, mobilizations and deployments of force
ARMED_SECTORS = {"MIL", "REB", "INS", "UAF", "SPY", "COP"}  # who may move or use force
ARMAMENT_CLASSES = ("&weapon", "&aircraft")  # PETRARCH2's synonym sets of arms
ARMED_CLASSES = (*ARMAMENT_CLASSES, "&military")  # ... and of troops
DEFEATED_ENTITIES = {"ORG", "GPE", "EVENT", "PRODUCT", "LAW"}  # a team, a firm, a disease: beaten in a contest
SEIZABLE_CLASSES = ("&town", "&stronghold", "&car", "&aircraft", "&weapon")  # PETRARCH2's sets of what is seized
ONWARD = {"ahead", "forward", "on"}  # "press ahead", "press forward", "press on": going on
ENVOY_NOUNS = {"delegation", "diplomat", "emissary", "envoy", "minister", "official", "representative",
               "secretary", "team"}


def another_sense(verb: Token, match: Match, lexicon: Lexicon | DocumentLexicon) -> bool:
    """The verb alone fits its pattern, but what it acts on, or its subject, makes it another word:
    "rally the world" protests nothing, "crimes committed by" commits to nothing, "taken steps"
    seizes nothing, "restore America's position" returns no one, "when it comes to Taiwan" goes
    nowhere."""
    lemma = verb.lemma_.lower()
    if lemma in HARM_VERBS:
        return harmed_by_a_thing(verb)
    if lemma == "come":
        return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    if lemma == "receive" and match.pattern.plain:
        # a thing received ("has received drones from Iran", "when they're prepared to receive
        # them", the doses) is no hosting, said or meant
        return not is_someone(direct_object(verb))
    if lemma in NEEDING_VERBS:
        return needed_not_demanded(verb)
    if lemma == "press" and pressed_on(verb):
        return True
    if lemma == "oppose" and as_opposed_to(verb):
        return True
    if lemma == "force" and forced_by_no_one(verb):
        return True
    if lemma == "seek" and office_sought(verb):
        return True  # "he sought this office to restore the soul of the nation": a candidacy, no appeal
    if lemma == "fail" and match.pattern.plain:
        return came_to_nothing(verb, lexicon)
    if lemma == "decline" and match.code.startswith("12"):
        return decreased(verb)
    if lemma == "disperse" and not subject_of(verb)[1] and direct_object(verb) is None:
        # "the crowds dispersed", "began to disperse", "were forced to disperse": the crowd left,
        # made to or not, and its leaving names no one who dispersed it ("police dispersed the
        # crowd", "were dispersed by police", "police moved to disperse" do)
        controller = controller_of(verb)
        return controller is None or word_role(controller) not in ARMED_SECTORS
    if lemma == "go" and any(going_to(c) for c in verb.children):
        return True  # "I'm not going to give further definition": the future of what follows, no trip
    if match.code.startswith(PROTECTION) and lemma in PROTECTING_VERBS and match.pattern.plain:
        return not protected_by_force(verb, lexicon)
    if lemma == "take" and any(t.lower_ == "over" and t.dep_ != "prt" for t in match.tokens):
        return True  # "has taken action over and over again": no "take over"
    if lemma in HEARTENING_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        # "the United States is encouraged by Bolivia's efforts", "... by India and Pakistan":
        # heartened; "encouraged by the administration to resume talks" is still asked to act
        return not any(c.dep_ == "xcomp" for c in verb.children)
    if match.code.startswith(CONSIDERATION) and lemma == "think":
        # "thinking about sending tanks" weighs a course; "thinking about how to visit their
        # grandparents", "had to think about the human costs", "what do you think about that" do not
        return not any(g.tag_ == "VBG" and not any(w.dep_ in ("nsubj", "advmod", "mark") for w in g.children)
                       for c in verb.children if c.dep_ == "prep" and c.lower_ == "about"
                       for g in c.children if g.dep_ in ("pobj", "pcomp"))
    particles = [t for t in match.tokens if t.i != verb.i]
    if match.code.startswith(FORCE_POSTURE) and particles and all(t.pos_ in ("ADP", "ADV", "PART") for t in particles):
        # "build up the Western alliance", "build up efforts to address violence": a phrasal verb of
        # posture moves what it acts on, as "deploy" does; and "building an economy from the bottom
        # up" builds nothing up
        if any(t.lower_ not in phrasal_particles(verb) for t in particles):
            return True
        moved = direct_object(verb) or shared_object(verb)
        return moved is not None and not arms_or_armed(moved, lexicon)
    if len(match.pattern.words) > 1:
        return False
    obj = direct_object(verb)
    # what a participle or a relative clause hangs on is what it acts on ("the actions that he's
    # taken": "that" stands for the actions)
    relative = verb.dep_ == "relcl" and (obj is None or obj.lower_ in RELATIVE_PRONOUNS)
    acted_on = verb.head if relative or (obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN") else obj
    words = {acted_on.lemma_.lower(), acted_on.lower_} if acted_on is not None else set()
    if match.code[:2] == "14" and lemma in INTRANSITIVE_PROTESTS:
        # "marched the streets of Islamabad" still protests: a place marched is no object acted on
        return obj is not None and obj.ent_type_ not in PLACE_ENTITIES and obj.lemma_.lower() not in PLACE_NOUNS
    if lemma == "commit":
        return bool(wrongs_committed(verb, acted_on) & WRONGS)
    if lemma == "share":
        return shares_news(verb, acted_on)
    if match.code.startswith(CONSIDERATION) and lemma == "study":
        # "studied as a Rhodes Scholar", "Indian students studying in the United States": schooling,
        # with nothing weighed ("we're studying that", "the proposal is being studied", "studying
        # how to respond" weigh something)
        return acted_on is None and not any(c.dep_ in ("nsubjpass", "ccomp", "xcomp") for c in verb.children)
    if lemma == "take":
        # nothing named as taken ("the actions he's taken", "taken together", "taken offline")
        # seizes nothing either; nor does taking anyone or anything but a place, property or arms
        # ("took us to the DMZ", "taken smugglers off the streets", "take away people's healthcare")
        taken = acted_on is not None or any(c.dep_ == "nsubjpass" for c in verb.children)
        return not taken or bool(words & TAKEN_NOT_SEIZED) or any(
            c.dep_ == "advmod" and c.lower_ in TAKEN_NOT_SEIZED for c in verb.children) or (
            acted_on is not None and not seizable(acted_on, lexicon))
    if lemma in KILLING_WORDS and obj is not None and obj.lemma_.lower() in SAID_THINGS | KILLED_PLANS:
        return True  # "the Senate killed the sanctions bill", "killed the nuclear deal": ended, no one killed
    if lemma == "beat" and acted_on is not None:
        # "beat wealthy special interests", "beat Big Pharma", "Pakistan beat India in the final":
        # defeated, not beaten (a man, members of the opposition, a journalist are beaten)
        return acted_on.ent_type_ in DEFEATED_ENTITIES or bool(words & DEFEATED)
    if match.code.startswith("084"):
        return bool(words & ABSTRACT_STATES) or (lemma == "release" and acted_on is not None
                                                 and released_no_one(acted_on))
    if match.code.startswith(FORCE_POSTURE):
        # "deploy clean energy at scale", "mobilized a collective response", "mobilizing and leading
        # the effort" (the object the next verb shares): no force moved
        moved = acted_on or shared_object(verb)
        return moved is not None and not arms_or_armed(moved, lexicon)
    return False


def controller_of(verb: Token) -> Token | None:
    """Who does what a verb says, up the chain of "to" clauses that leave it no subject of its own
    ("the protesters began to disperse": the protesters)."""
    while verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return subject_of(verb)[0]


def came_to_nothing(verb: Token, lexicon: Lexicon | DocumentLexicon) -> bool:
    """"The Brexit Party failed to obtain any seats", "the aircraft failed to stop": an attempt that
    came to nothing refuses no one. Failing to do what the codebook names as an act ("failed to
    reach an agreement", "failed to honour its commitments") is a refusal of it (CAMEO 12)."""
    done = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return done is None or lexicon.match_verb(done) is None


def decreased(verb: Token) -> bool:
    """"The population has declined 40%", "exports declined by 5 percent": a number fell; no one
    declined anything (not "he declined", "declined the invitation")."""
    def an_amount(word: Token) -> bool:
        return word.like_num or word.lower_ in ("%", "percent", "per")

    # the amount itself, not a number in what is declined ("declined the $500 million loan",
    # "declined the proposal by 52 votes to 48")
    changes = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")] + prep_objects(verb, "by", "to", "from")
    declined = direct_object(verb)
    return (declined is None or an_amount(declined)) and any(an_amount(c) for c in changes)


def pressed_on(verb: Token) -> bool:
    """"We're going to press ahead with confirmations", "press forward with these requirements",
    "pressed on with the pipeline": going on with one's own course, asking nothing of anyone (not
    "pressed China to release them", "pressing for their release", "pressed on Iran")."""
    return any(c.lower_ in ONWARD and c.dep_ in ("advmod", "prt") for c in verb.children) \
        and direct_object(verb) is None


def needed_not_demanded(verb: Token) -> bool:
    """"It requires continuous reassessment", "the plans require adjustments", "that requires
    Congress acting", "how much work is required by the press office": a need, no demand. One
    requires someone to act ("required Pakistan to hand over the suspects", "Iran was required to
    report"), or a person or body requires it ("we require transparency")."""
    subject, passive = subject_of(verb)
    acted = any(c.dep_ == "xcomp" for c in verb.children)
    if passive:
        return not acted
    obj = direct_object(verb)
    if acted and obj is not None and (actor_like(obj) or people(obj)):
        return False
    return subject is None or not (actor_like(subject) or people(subject) or subject.lower_ in PERSONAL_PRONOUNS)


def as_opposed_to(verb: Token) -> bool:
    """"focus on threats to national security as opposed to mothers and fathers": a comparison,
    no one opposed (but "the President was opposed to the tax cuts" opposes them)."""
    doc = verb.doc
    return 0 < verb.i < len(doc) - 1 and doc[verb.i - 1].lower_ == "as" and doc[verb.i + 1].lower_ == "to"


def forced_by_no_one(verb: Token) -> bool:
    """"Americans have been forced to pay two to three times as much", "families were forced to
    flee": made to do something, by no one the sentence names, is a hardship told, not coercion
    (but "were forced by the army to flee", "forced Iran to the table" name who coerced)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and agent_of(verb) is None \
        and any(c.dep_ == "xcomp" for c in verb.children)


def shares_news(verb: Token, shared: Token | None) -> bool:
    """"We will share that with all of you", "we'll share more in our readout", "I don't have
    anything to share on China": news given to the press or to no one, or an outlook held in common
    ("a value shared by people of all faiths"), not anything shared with a counterpart ("shared the
    evidence with allies", "will share doses through COVAX")."""
    recipient = with_object(verb)
    if recipient is not None:
        return any(t.lower_ == "you" for t in (recipient, *of_objects(recipient))) or an_audience(recipient)
    if shared is None:
        return not any(c.dep_ == "prep" for c in verb.children)
    # "shared a piece of information that helps paint a picture": told, to no one in particular
    told = {shared.lemma_.lower(), *(o.lemma_.lower() for o in of_objects(shared))}
    return shared.pos_ == "PRON" or shared.lower_ in UNNAMED_NEWS or bool(told & (SAID_THINGS | shared_outlooks()))


def released_no_one(thing: Token) -> bool:
    """"released a Rural Playbook", "released troves of records", "released the guiding principles":
    a thing made public (PUBLISHED_THINGS), not persons set free (CAMEO 0841) or property handed back
    (0842)."""
    return thing.pos_ in ("NOUN", "PROPN") and thing.ent_type_ not in NAMED_ENTITIES \
        and bool({thing.lemma_.lower(), thing.lower_} & PUBLISHED_THINGS)


def talked_to(verb: Token, match: Match) -> Token | None:
    """Whom or what "speak to" or "talk to" names ("spoke to President Zelenskyy", "talked to
    reporters", "can't speak to that"); None for another verb ("appealed to the public")."""
    if verb.lemma_.lower() not in TALKING_VERBS or match.pattern.words[1:] != ("to",):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"), None)


def an_audience(heard: Token) -> bool:
    """"Reporters", "the nation", "a group of reporters": many who hear, not a counterpart."""
    return any(of_class(t, AUDIENCES) for t in (heard, *of_objects(heard)))


def a_counterpart(heard: Token) -> bool:
    """Someone talked with: a person, an official, people of a walk of life ("spoke to President Xi",
    "to Russian officials", "to the unions"); not a country or a body addressed or spoken of ("spoke
    to the Knesset", "let me speak to Ukraine briefly")."""
    if heard.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC"):
        return False
    return heard.ent_type_ == "PERSON" or heard.pos_ == "PROPN" or people(heard) or (
        heard.lemma_.lower() in ACTOR_NOUNS - COUNTRY_NOUNS)


def harmed_by_a_thing(verb: Token) -> bool:
    """"The trade war hurt farmers", "it's going to hurt our economy": harm done by what is no one,
    no weapon and no act of force is no assault ("militants hurt two soldiers", "the shelling
    damaged the hospital", "missiles damaged the plant" are)."""
    subject, _ = subject_of(verb)
    if subject is None:
        return False  # "was damaged in the attack": who or what did it is the sentence's to say
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "this", "that", "which")
    words = {subject.lemma_.lower(), subject.lower_}
    return not (names_an_actor(subject) or people(subject) or words & (VIOLENT_EVENT_NOUNS | ARMS))


def seizable(thing: Token, lexicon: Lexicon | DocumentLexicon) -> bool:
    """What is taken by force (CAMEO 171): a place ("took Kabul", "took the town"), property or arms
    ("took two British tankers", "took a Greek ship")."""
    words = {thing.lemma_.lower(), thing.lower_}
    return thing.ent_type_ in PLACE_ENTITIES or bool(words & (SEIZED_PLACES | PROPERTY_NOUNS | ARMS)) or any(
        not lexicon.classes.get(name, frozenset()).isdisjoint(words) for name in SEIZABLE_CLASSES)


def fights_a_thing(verb: Token, match: Match) -> bool:
    """"fighting climate change with India", "combat terrorism", "fought the fire": a verb of
    struggle whose object is a thing, not an actor, people, a place, a war or an attack, uses no
    force on anyone (whoever it is done with)."""
    fought = direct_object(verb)
    return verb.lemma_.lower() in STRUGGLE_VERBS and fought is not None and fought not in match.tokens \
        and fought.pos_ != "PRON" and not each_other(fought) \
        and not (actor_like(fought) or word_role(fought) is not None or fought.ent_type_ in PLACE_ENTITIES
                 or fought.lemma_.lower() in PLACE_NOUNS | WAR_WORDS | VIOLENT_EVENT_NOUNS)


def each_other(word: Token) -> bool:
    """"fight one another", "fought each other": the two sides, not a thing."""
    others = ("another", "other")
    return word.lower_ in others or (word.i + 1 < len(word.doc) and word.nbor(1).lower_ in others)


def funded(verb: Token) -> bool:
    """Support given as money: "supported Ukraine with $40 million", "with $3 million in funding,
    USAID has been supporting", "invested $11 million in a program to support displaced people"
    (the money of the act the support is the purpose of)."""
    return carries_money([verb], verb) or paying_act(verb) is not None


def paying_act(verb: Token) -> Token | None:
    """The act whose money pays for the support that is its purpose: "invested $11 million in a
    program to support displaced people" (invested, up to the first verb)."""
    if verb.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
        return None
    up = []
    for t in verb.ancestors:
        up.append(t)
        if t.pos_ == "VERB":
            return t if carries_money(up, verb) else None
    return None


def carries_money(holders: list[Token], verb: Token) -> bool:
    """Money in the phrases of these words (the verb's own clause aside)."""
    return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in MONEY_NOUNS for holder in holders
               for c in holder.children if c.dep_ in ("prep", "dobj", "npadvmod") and c.i != verb.i
               for t in c.subtree)


def warned_someone(verb: Token, match: Match) -> bool:
    """"Did the President warn Xi Jinping about Taiwan?": a warning of or about something, given to
    someone named, warns that one (a threat, as the bare verb reads); given to no one ("warned of a
    catastrophe in Gaza") it foretells a danger (012)."""
    return match.code == PESSIMISM and verb.lemma_.lower() in WARNING_VERBS and is_someone(direct_object(verb))


def forecast(verb: Token, complement: Token) -> bool:
    """A warning of what will happen, said to no one named, about no act of the warner's own ("we
    warned it was coming"); "warned it would retaliate" (it: the warner) is a threat."""
    subject, _ = subject_of(complement)
    warner, _ = subject_of(verb)
    return complement.dep_ == "ccomp" and direct_object(verb) is None and subject is not None \
        and subject.lower_ in ("it", "there", "this", "that") and speaker_of(subject) is None \
        and not (warner is not None and warner.lower_ == subject.lower_)


def protected_by_force(verb: Token, lexicon: Lexicon | DocumentLexicon) -> bool:
    """"help Ukraine protect its people against Russia's missiles", "troops guarding the embassy":
    protection by armed people, or from an attack or arms, which CAMEO codes (074, military
    protection); "tools like vaccines to protect people", "leadership that will protect America"
    protect no one by force."""
    armed = ARMS.union(*(lexicon.classes.get(name, frozenset()) for name in ARMED_CLASSES))

    def force(word: Token) -> bool:
        return word.lemma_.lower() in armed | VIOLENT_EVENT_NOUNS or word_role(word) in ARMED_SECTORS

    subject, _ = subject_of(verb)
    if subject is not None and any(force(w) for w in (subject, *subject.children) if w.dep_ != "prep"):
        return True
    # what it protects against, from or with, on the verb or on what is protected ("its people
    # against Russia's missiles")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(force(t) for h in holders for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("against", "from", "with") for t in c.subtree)


def armament(word: Token, lexicon: Lexicon | DocumentLexicon) -> bool:
    """A weapon or a craft that carries one ("the rockets fired by Hamas", "drones launched by Iran"),
    as PETRARCH2's synonym sets and entente's arms name them: no one who acts of their own."""
    return word.lemma_.lower() in ARMS.union(*(lexicon.classes.get(name, frozenset()) for name in ARMAMENT_CLASSES))


def arms_or_armed(moved: Token, lexicon: Lexicon | DocumentLexicon) -> bool:
    """What a verb of force posture ("deploy", "mobilize", "reinforce") moves: armed people or arms
    ("deployed 200 troops", "mobilized reservists", "military personnel", "the USS Gerald R. Ford"),
    as PETRARCH2's synonym sets and entente's role words name them."""
    if moved.ent_type_ == "MONEY":
        return False  # "deploying $200 million": money spent, no force moved
    if moved.like_num or (moved.pos_ == "PROPN" and not any(of_class(w, RELIEF_WORDS) for w in name_words(moved))):
        return True
    armed = ARMS.union(*(lexicon.classes.get(name, frozenset()) for name in ARMED_CLASSES))
    return any(w.lemma_.lower() in armed or word_role(w) in ARMED_SECTORS
               for w in [moved, *(c for c in moved.children if c.dep_ in ("compound", "amod"))])


def name_words(head: Token) -> list[Token]:
    """The words of the name a head ends or opens, joined to it ("Urban Search and Rescue Teams", which
    the parser hangs on "Search"), not the phrases said of it ("Teams from Texas")."""
    words, stack = [], [head]
    while stack:
        word = stack.pop()
        words.append(word)
        stack += [c for c in word.children if c.dep_ in ("compound", "nmod", "amod", "conj", "cc")]
    return words


def office_sought(verb: Token) -> bool:
    """"sought this office", "is seeking re-election" (which the tokenizer splits in three objects)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    written = verb.doc[objects[0].i:objects[-1].i + 1].text.lower()
    return written in OFFICES_SOUGHT or any(of_class(o, OFFICES_SOUGHT) for o in objects)


def wrongs_committed(verb: Token, acted_on: Token | None) -> set[str]:
    """The words for what is committed: its object, or in the passive its subject ("abuses were
    committed by the army"), or what the participle tells of, also through "of" ("reports of
    violations being committed", as the parser may hang it)."""
    held = [acted_on] if acted_on is not None else []
    held += [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        held += [verb.head, *(g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj")]
    return {w for t in held for w in (t.lemma_.lower(), t.lower_)}


def charges_someone(verb: Token) -> bool:
    """"charged him with murder", "was charged with espionage", "charged that the army had ...",
    "charged the former minister": an accusation names its charge or whom it accuses; "charges us
    tariffs" (a price, two objects) and "charged to serve" (a duty) do not."""
    if any(c.dep_ == "dative" for c in verb.children):
        return False
    return any((c.dep_ == "prep" and c.lower_ == "with") or c.dep_ == "ccomp" for c in verb.children) or \
        is_someone(direct_object(verb))


def is_someone(obj: Token | None) -> bool:
    """A person, a group or a state as an object ("welcomed the delegation", "charged the minister"),
    not a thing ("welcomed the plan", "received drones")."""
    return obj is not None and (obj.ent_type_ in NAMED_ENTITIES or obj.lemma_.lower() in ACTOR_NOUNS)


def sends_an_envoy(verb: Token) -> bool:
    """"sent Finance Minister Miftah Ismail to Washington": the object is a named person or an
    official, not troops or goods (those are the sector rules' and the aid codes')."""
    obj = direct_object(verb)
    return obj is not None and (obj.ent_type_ == "PERSON" or obj.lemma_.lower() in ENVOY_NOUNS)


def releases_a_thing(verb: Token, match: Match) -> bool:
    obj = object_of(verb, match)
    return obj is not None and obj.pos_ == "NOUN" and not names_an_actor(obj) \
        and obj.lemma_.lower() in PROPERTY_NOUNS


def denies_a_grant(verb: Token) -> bool:
    """"deny" or "dismiss" with a noun object that is neither a claim nor an actor refuses what was
    asked for."""
    obj = direct_object(verb)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in CLAIM_NOUNS \
        and not names_an_actor(obj)
