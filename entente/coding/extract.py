"""(source, event, target) triples from one parsed document, one event per clause.

A verb (or an event noun) from the lexicon is the event; its subject is the source and its object
or prepositional object the target, both resolved by entente.actors. Passive voice swaps them; a
conjoined, controlled or relative clause borrows its subject from the clause it hangs on. Frames
(entente.coding.frames) refine appeals, intents, refusals and threats by their complement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from entente.actors.dictionary import UNKNOWN
from entente.actors.resolve import LOCATIVE_PREPS, DocActors, Ref, ref_country
from entente.coding.codebook import codebook
from entente.coding.dates import first_day, resolve_date
from entente.coding.frames import (
    ALLEGATION_VERBS,
    FRAMES,
    HOSTILE_NOUNS,
    HOSTILE_WORDS,
    NON_FACTIVE,
    REPORTING,
    refine,
)
from entente.coding.lexicon import DocumentLexicon, Lexicon, Match
from entente.coding.topics import default_topics
from entente.types import Actor, Event, Evidence

TARGET_PREPS = {"with", "to", "against", "on", "upon", "toward", "towards", "into", "from", "between",
                "for", "over"}
OBJECT_CONTROL = {"urge", "ask", "press", "force", "persuade", "convince", "order", "tell", "allow",
                  "call", "encourage", "invite", "push", "pressure", "help", "request", "require"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
SYMMETRIC_CODES = {"019", "040", "044", "046", "050", "057", "061", "062", "190", "193"}
HYPOTHETICAL_MARKS = {"if", "whether", "unless"}
HYPOTHETICAL_MODALS = {"could", "might", "may", "would", "should", "must"}
# "said that Libya must hand over ...": a statement of what another must do is a demand, of what it
# should do an appeal (CAMEO 10 and 02), framed by the complement's own code.
OBLIGATION_FRAMES = {"must": "100", "should": "020", "ought": "020"}
# "agreed that their countries should cooperate": agreeing on a course to take is an intent (03)
AGREED_COURSE = {"should": "030", "will": "030", "would": "030", "must": "030"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}  # "wo" is spaCy's token for the "wo" of "won't"
# "is ready to contribute troops": a stated readiness is an intent, as CAMEO's 03 codes say.
READINESS_WORDS = {"ready", "prepared", "willing", "determined", "poised"}
# Roots already verbal (statements, appeals, intents, demands, refusals, threats): no intent frame.
POPULAR_SECTORS = {"CVL", "OPP", "EDU", "LAB", "REL", "HRI", "PTY", "BUS", "MED", "HLH", "REF"}
VIOLENT_ROOTS = {"18", "19", "20"}
PURPOSE_ROOTS = {"02", "10", "11", "14"}  # what a protest demands or protests against
HOSTILE_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
INSTRUMENT_PREPS = {"in", "with", "by", "during"}
# A complement with one of these reports a state, not an act: the statement is the event.
STATIVE_VERBS = {"be", "remain", "stay", "seem", "appear", "have", "exist", "need", "lack", "want",
                 "look", "sound", "feel", "become", "hold", "believe", "know", "mean"}
VERBAL_ROOTS = {"01", "02", "03", "10", "11", "12", "13"}
# Verbs that carry an event noun without adding meaning ("hold talks", "was in Moscow for talks").
SUPPORT_VERBS = {"be", "have", "hold", "make", "conduct", "pay", "attend", "carry", "stage", "launch",
                 "begin", "start", "continue", "join", "go", "come", "take", "give", "mount",
                 "undertake", "wage", "lead", "host", "announce", "end", "resume", "renew", "issue",
                 "submit", "lodge", "file", "publish", "express", "voice", "raise", "extend", "deliver",
                 "complete", "organize", "organise", "call", "declare", "order", "impose", "engage",
                 "commit", "perpetrate", "converge", "gather", "assemble"}
# Codes whose verb may take a clause as its object; any other lexicon verb with a clause for an
# object ("recognizes that ...", "supports the idea that ...") is not the coded act.
CLAUSE_OBJECT_CODES = {"010", "012", "013", "016", "019", "112"} | set(FRAMES)
NEGATORS = {"no", "neither", "never", "nor"}
DATE_CLIMB = 3  # how many heads up to look for a date expression
ACTOR_NOUNS = {"official", "officer", "leader", "government", "minister", "people", "group", "force",
               "country", "state", "nation", "authority", "delegation", "diplomat", "envoy", "side"}

THING_ENTITIES = {"FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME", "MONEY",
                  "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"}

CONFIDENCE_VERB = 0.8
CONFIDENCE_NOUN = 0.6
BONUS_MULTIWORD = 0.1
FACTOR_REPORTED = 0.85
FACTOR_NO_TARGET = 0.7
FACTOR_AGENTLESS = 0.6
FACTOR_PER_CLAUSE = 0.95
FACTOR_RESIDUAL = 0.7  # CAMEO codes a bare statement (010) only when nothing more specific is said
# A bare statement, a meeting, praise with nobody on the other side is not an interaction.
TARGET_REQUIRED = {"010", "040", "041", "043", "046", "050", "051", "054"}
CONFIDENCE_MAX = 0.95


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
    negated: bool
    reported: bool
    topic: bool = False  # target taken from what a statement is about
    by_name: bool = False  # participants are the names inside the noun phrase ("X-Y meeting")
    reciprocal: bool = False  # "the X-Y meeting": both directions
    agentless: bool = False  # a passive clause with no "by" agent: the target is known, the source not
    supported: bool = False  # an event noun carried by a light verb ("staged a protest"): a verb's weight


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The clause's subject and whether the clause is passive."""
    subject, passive = clause_subject(verb)
    return subject, passive or any(c.dep_ == "auxpass" for c in verb.children)


def clause_subject(verb: Token) -> tuple[Token | None, bool]:
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, False
            return child, False
        if child.dep_ == "nsubjpass":
            return child, True
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return clause_subject(verb.head)
    if verb.dep_ == "xcomp":
        head = verb.head
        if head.lemma_.lower() in OBJECT_CONTROL:
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj, False
        return clause_subject(head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and not names_an_actor(verb.head):
        return clause_subject(verb.head.head)  # "issued a declaration demanding ...": its issuer demands
    if verb.dep_ in ("relcl", "acl"):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "converged for a rally to protest ...": who protests is who rallies
            noun = verb.head
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX"):
                return clause_subject(governor)
        return verb.head, verb.tag_ == "VBN"
    if verb.dep_ == "acomp":
        return clause_subject(verb.head)
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return clause_subject(verb.head)  # "shunned work to protest": a purpose shares its subject
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBG", "VBN"):
        subject, _ = clause_subject(verb.head)
        return subject, verb.tag_ == "VBN"
    return None, False


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def object_of(verb: Token, match: Match) -> Token | None:
    """The target slot: the pattern's preposition's object, the direct object, a prepositional
    object, or the pattern's own noun when it names the target ("expelled two diplomats")."""
    used = {t.i for t in match.tokens}
    if match.ends_in_preposition:
        return next((c for c in match.tokens[-1].children if c.dep_ == "pobj"), None)
    # "refuse to release X": the pattern's own inner verb holds the object
    verbs = [verb, *(t for t in match.tokens[1:] if t.pos_ == "VERB")]
    for holder in verbs:
        for child in holder.children:
            if child.dep_ in ("dobj", "dative") and child.i not in used:
                return child
    nouns = [t for t in match.tokens[1:] if t.pos_ in ("NOUN", "PROPN")]
    for holder in [*verbs, *nouns]:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS and child.i not in used:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                    return pobj
    return next((t for t in nouns if t.dep_ == "dobj"), None)


def names_an_actor(token: Token) -> bool:
    """An unresolved target blocks the event only when it is a name or a group of people."""
    if token.ent_type_ in THING_ENTITIES:
        return False  # "blocked the Europe Bridge": a named place or thing, not an actor
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or \
        token.lemma_.lower() in ACTOR_NOUNS


def is_negated(token: Token, match: Match) -> bool:
    for tok in (token, *match.tokens):
        for child in tok.children:
            if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and child.lower_ in NEGATORS):
                return True
    return False


def governing_verb(token: Token) -> Token | None:
    """For a complement clause, the verb it is a complement of (and the edge kind)."""
    tok = token
    while tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "xcomp", "advcl") or any(
                c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in tok.children):
            return tok.head
        if tok.dep_ in ("relcl", "acl", "conj"):
            tok = tok.head
            continue
        tok = tok.head
    return None


def blocked_or_reported(token: Token) -> tuple[bool, bool]:
    """Is the clause only claimed, asked, hoped or hypothetical (blocked), or asserted through
    speech (reported)?"""
    modals = {c.lower_ for c in token.children if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS}
    if modals and not (modals == {"would"} and future_in_the_past(token)):
        return True, False
    tok = token
    reported = False
    while tok.head.i != tok.i:
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in tok.children):
            return True, reported
        if tok.dep_ in ("ccomp", "xcomp", "acl"):
            lemma = tok.head.lemma_.lower()
            if lemma in NON_FACTIVE:
                return True, reported
            if lemma in REPORTING:
                reported = True
        tok = tok.head
    if any(t.lower_ == "according" for t in token.sent):
        reported = True
    return False, reported


def future_in_the_past(token: Token) -> bool:
    """"NATO confirmed it would tighten the blockade": reported speech turns "will" into "would"."""
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING \
        and not any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in token.children)


def complement_of(verb: Token) -> Token | None:
    """The clause a verb takes as its object; a "to" clause the parser hung as adverbial counts
    ("have sworn to fight")."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))), None)


def intended(verb: Token) -> bool:
    """"will visit", "is ready to send": the clause states an intent, not a done act."""
    if any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or (c.lower_ == "would" and future_in_the_past(verb)))
           for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in READINESS_WORDS


def instrument_code(verb: Token, code: str, lexicon: Lexicon) -> str:
    """"wounded two soldiers in a bomb attack": a violent verb takes the more specific code of the
    attack noun that says how it was done."""
    if code[:2] not in VIOLENT_ROOTS:
        return code
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in INSTRUMENT_PREPS:
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                noun = lexicon.match_noun(pobj)
                if noun is not None and noun.code[:2] in VIOLENT_ROOTS and noun.code != code[:len(noun.code)]:
                    return noun.code
    return code


def reports_an_act(clause: Token, speech: Token) -> bool:
    """A complement in the past tense, or before a trailing "officials said", with no modal reports
    something done ("Y killed Z, police said"): the speaker's statement is not the event, the act
    is (or nothing is, if the lexicon lacks it)."""
    if clause.lemma_.lower() in STATIVE_VERBS or any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | FUTURE_AUX for c in clause.children):
        return False
    return clause.tag_ == "VBD" or clause.i < speech.i or (clause.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass")
                                                                 for c in clause.children))


def verb_trigger(verb: Token, match: Match, lexicon: Lexicon) -> Trigger | None:
    code = match.code
    complement = complement_of(verb)
    target: Token | None = None
    negated = is_negated(verb, match)
    if code[:2] not in VERBAL_ROOTS and intended(verb):
        if code[:2] in ("14", "15", "16", "17", "18", "19", "20"):
            code = refine("130", code) or code
        else:
            code, negated = refine("120" if negated else "030", code) or code, False
    code = instrument_code(verb, code, lexicon)
    if match.code in ("010", "019") and complement is not None and complement.dep_ == "ccomp":
        frames = OBLIGATION_FRAMES if match.code == "010" else AGREED_COURSE
        frame = next((frames[c.lower_] for c in complement.children
                      if c.dep_ == "aux" and c.lower_ in frames), None)
        if frame is not None:
            inner = lexicon.match_verb(complement)
            code = refine(frame, inner.code) if inner else frame
            target = subject_of(complement)[0]
    if code in FRAMES and complement is None:
        # "called for the withdrawal of": the frame's object names what is asked, refused, threatened
        obj = object_of(verb, match)
        inner = lexicon.match_noun(obj) if obj is not None else None
        if inner is not None:
            code = refine(code, inner.code) or code
    if code in FRAMES and complement is not None:
        inner = lexicon.match_verb(complement)
        if inner is None and complement.dep_ == "ccomp":
            # "demanding that Mugabe abandon ...": who is asked, unless the verb names its addressee
            target = object_of(verb, match) or subject_of(complement)[0]
        if inner is not None:
            # a promise or plan to coerce or fight is a threat (CAMEO 13), not an intent to cooperate
            cue = "130" if code == "030" and inner.code[:2] in HOSTILE_ROOTS else code
            code = refine(cue, inner.code) or code
            asked = subject_of(complement)[0] if complement.dep_ == "ccomp" else None
            target = object_of(verb, match) or asked or object_of(complement, inner)
    lemma = verb.lemma_.lower()
    if complement is not None and complement.dep_ == "ccomp" and match.code not in CLAUSE_OBJECT_CODES:
        return None
    if code == "010" and complement is not None and complement.dep_ == "ccomp":
        claimed_subject, _ = subject_of(complement)
        hostile = any(t.lemma_.lower() in HOSTILE_WORDS and t.pos_ == "VERB" or t.lemma_.lower() in HOSTILE_NOUNS
                      for t in complement.subtree)
        attribution = complement.i < verb.i and lemma in REPORTING  # "..., a spokesman said"
        if attribution:
            return None
        if lemma in ALLEGATION_VERBS and hostile and claimed_subject is not None:
            code, target = "112", claimed_subject
        elif any(lexicon.match_verb(t) for t in complement.subtree if t.pos_ == "VERB"):
            return None  # the reported event is coded in its own clause
        elif reports_an_act(complement, verb):
            return None
    source, passive = subject_of(verb)
    if passive:
        source, target = agent_of(verb), source
    agentless = passive and source is None
    cause = lexicon.match_noun(source) if source is not None and not passive else None
    if cause is not None and code[:2] in VIOLENT_ROOTS and cause.code[:2] in VIOLENT_ROOTS:
        # "a roadside bombing killed a soldier": the attack is the cause, its authors unnamed
        code = cause.code if len(cause.code) >= len(code) else code
        source, agentless = None, True
    if target is None:
        target = object_of(verb, match)
    topic = target is None and code == "010" and complement is not None
    if topic:
        target = complement
    slot = target is not None and not topic and names_an_actor(target)
    return Trigger(verb, match, code, "verb", source, target, slot, negated, False,
                   topic=topic, agentless=agentless)


def noun_trigger(noun: Token, match: Match, actors: DocActors, lexicon: Lexicon) -> Trigger | None:
    """"Anjum's visit to Washington", "the Bilawal-Blinken meeting", "talks with Putin"."""
    named = [t for left in noun.lefts if left.dep_ in ("poss", "compound", "nmod", "amod")
             for t in left.subtree if t.i in actors.names]
    source = named[0] if named else None
    home = ref_country(actors.names[source.i]) if source is not None else None
    # "Pakistan Foreign Minister Bilawal's visit": names of one country are one participant
    others = [t for t in named[1:] if ref_country(actors.names[t.i]) != home]
    named = named[:1] + others
    target = others[0] if others else None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS and target is None:
            target = next((g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")),
                          None)
    supported = False  # "staged rallies", "began a hunger strike": the light verb's subject acts
    # "declared a state of siege": the phrase hangs on the verb by its first word
    phrase = match.tokens[0] if len(match.tokens) == 3 and match.tokens[1].lower_ == "of" else noun
    if source is None and phrase.dep_ in ("dobj", "pobj", "attr"):
        verb = phrase.head.head if phrase.dep_ == "pobj" else phrase.head
        if verb.lemma_.lower() in SUPPORT_VERBS:
            source, passive = subject_of(verb)
            source = None if passive else source
            supported = source is not None
    if source is None or (target is None and not supported):
        return None  # an event noun names its participants, or it is not coded
    code = match.code
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    inner = lexicon.match_verb(clause) if clause is not None and code in FRAMES else None
    if inner is not None:
        code = refine(code, inner.code) or code  # "an appeal to Belgium to extradite": 0213, not 020
    trigger = Trigger(noun, match, code, "noun", source, target, target is not None,
                      is_negated(noun, match), False)
    trigger.supported = supported
    trigger.reciprocal = len(named) > 1 and match.code in SYMMETRIC_CODES
    trigger.by_name = source in named
    return trigger


def framed_noun(noun: Token, lexicon: Lexicon) -> bool:
    """"called for the withdrawal", "rejected talks": the noun is what is asked, refused or
    threatened (coded on the verb), not an event that took place."""
    tok = noun
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok.i == noun.i:
        return False
    match = lexicon.match_verb(tok)
    return tok.lemma_.lower() in NON_FACTIVE or (match is not None and match.code in FRAMES)


def by_source_sector(trigger: Trigger, actors: DocActors) -> str:
    """Codes CAMEO tells apart by who acts: a government's formal protest (114) from people
    demonstrating (141); a delegation's visit (042) from troops arriving, a deployment (154, or 074
    for peacekeepers)."""
    if trigger.code not in ("114", "042") or trigger.source is None:
        return trigger.code
    refs = actors.for_token(trigger.source)
    if not refs:
        return trigger.code
    ref = refs[0][0]
    role = ref.role or ref.entity.role
    if trigger.code == "114":
        popular = role in POPULAR_SECTORS or (ref.role is None and "demonym" in ref.why)
        return "141" if popular else trigger.code
    if role == "MIL":
        return "074" if any(t.lower_.startswith("peacekeep") for t in trigger.source.subtree) else "154"
    return trigger.code


def topic_tokens(trigger: Trigger) -> list[Token]:
    """Where a trigger's topic is named: its clause or noun phrase, less its source."""
    source = {t.i for t in trigger.source.subtree} if trigger.source is not None else set()
    return [t for t in trigger.token.subtree if t.i not in source]


def find_triggers(sent: Span, actors: DocActors, lexicon: Lexicon) -> list[Trigger]:
    triggers: list[Trigger] = []
    topics = default_topics()
    consumed: set[int] = set()
    for tok in sent:
        if tok.pos_ != "VERB" and not (tok.pos_ == "AUX" and tok.dep_ in ("ROOT", "conj", "relcl", "advcl")):
            continue
        match = lexicon.match_verb(tok)
        if match is None:
            continue
        consumed.update(t.i for t in match.tokens)
        blocked, reported = blocked_or_reported(tok)
        if blocked:
            continue
        trigger = verb_trigger(tok, match, lexicon)
        if trigger is not None:
            trigger.reported = reported
            trigger.code = by_source_sector(trigger, actors)
            trigger.code = topics.refine(trigger.code, topic_tokens(trigger))
            triggers.append(trigger)
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed:
            continue
        match = lexicon.match_noun(tok)
        if match is None:
            continue
        blocked, reported = blocked_or_reported(tok)
        if blocked or framed_noun(tok, lexicon):
            continue
        trigger = noun_trigger(tok, match, actors, lexicon)
        if trigger is not None:
            trigger.reported = reported
            trigger.code = topics.refine(trigger.code, topic_tokens(trigger))
            triggers.append(trigger)
    return fold_protest_purposes(triggers)


def fold_protest_purposes(triggers: list[Trigger]) -> list[Trigger]:
    """"began a hunger strike to demand the resignation of ...": the demand is what the protest is
    for (its topic, already in its code), not a second event."""
    anchors = [t.token if t.kind == "verb" else t.token.head for t in triggers if t.code[:2] == "14"]
    def is_purpose(trigger: Trigger) -> bool:
        tok = trigger.token
        return trigger.code[:2] in PURPOSE_ROOTS and tok.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(
            tok.i != a.i and tok in a.subtree for a in anchors)
    return [t for t in triggers if not is_purpose(t)]


def attached(date_root: Token, event: Token, cues: set[int]) -> bool:
    """A date belongs to the event when the path up to it crosses no other event word or clause."""
    tok = date_root
    while tok.i != event.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i != event.i and (tok.i in cues or tok.pos_ in ("VERB", "AUX")):
            return False
    return True


def event_date(token: Token, anchor: date | None, cues: set[int], dates: list[Span]) -> tuple[str | None, str]:
    """The date the clause gives (nearest of the sentence's date expressions attached to it, then up
    the tree)."""
    if anchor is None:
        return None, "document"
    tok = token
    for _ in range(DATE_CLIMB):
        resolved = [(abs(e.start - token.i), resolve_date(e.text, anchor)) for e in dates
                    if attached(e.root, tok, cues)]
        resolved = [(d, r) for d, r in resolved if r is not None]
        if resolved:
            return min(resolved)[1]
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return anchor.isoformat(), "document"


def event_place(token: Token, actors: DocActors) -> dict | None:
    """The city or country the clause puts the event in ("met ... in Geneva"), looking on the verb
    and on its object, where the parser often hangs the place."""
    holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "pobj", "attr"))]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if pobj.i in actors.places:
                    return actors.places[pobj.i]
                ref = actors.refs.get(pobj.i)
                if ref is not None and ref.entity.kind == "country":
                    return {"name": pobj.text, "country": ref.entity.key}
    return None


def confidence(trigger: Trigger, weight: float, has_target: bool) -> float:
    base = CONFIDENCE_VERB if trigger.kind == "verb" or trigger.supported else CONFIDENCE_NOUN
    if len(trigger.match.pattern.words) > 1:
        base += BONUS_MULTIWORD
    if trigger.reported:
        base *= FACTOR_REPORTED
    if not has_target:
        base *= FACTOR_NO_TARGET
    base *= FACTOR_PER_CLAUSE ** clause_depth(trigger.token)
    if trigger.code == "010":
        base *= FACTOR_RESIDUAL
    return min(CONFIDENCE_MAX, base * weight)


def clause_depth(token: Token) -> int:
    """How many clauses up the main one is: the main clause's event ranks first in its sentence."""
    return sum(1 for t in token.ancestors if t.pos_ in ("VERB", "AUX"))


def pairs(trigger: Trigger, actors: DocActors) -> list[tuple[Ref | None, Ref | None, float]]:
    if trigger.by_name:
        sources = [(actors.names[trigger.source.i], 1.0)]
        name = actors.names.get(trigger.target.i)
        targets = [(name, 1.0)] if name else actors.for_token(trigger.target, subtree=True)
    else:
        sources = actors.for_token(trigger.source) if trigger.source is not None else []
        targets = actors.for_token(trigger.target, subtree=True) if trigger.target is not None else []
    if trigger.topic:
        # a statement is about the first foreign actor its clause names
        home = ref_country(sources[0][0]) if sources else None
        targets = [t for t in topic_refs(trigger.target, actors) if ref_country(t[0]) != home][:1]
    if trigger.agentless and not sources and targets:
        return [(None, target, w * FACTOR_AGENTLESS) for target, w in targets]
    if not sources or (trigger.target_slot and not targets):
        return []
    if not targets and len(sources) > 1 and trigger.code in SYMMETRIC_CODES:
        # "Israel and Lebanon renewed negotiations": each side with the other
        return [(a, b, wa * wb) for a, wa in sources for b, wb in sources if a is not b]
    if trigger.code in TARGET_REQUIRED and not targets:
        return []
    targets = [(host_country(trigger.target, ref, sources[0][0], actors) or ref, w) for ref, w in targets]
    out: list[tuple[Ref, Ref | None, float]] = []
    for source, w1 in sources:
        for target, w2 in targets or [(None, 1.0)]:
            out.append((source, target, w1 * w2))
            if trigger.reciprocal and target is not None:
                out.append((target, source, w1 * w2))
    return out


def topic_refs(clause: Token, actors: DocActors) -> list[tuple[Ref, float]]:
    return [(actors.refs[t.i], 0.8) for t in clause.subtree if t.i in actors.refs]


def host_country(target: Token, ref: Ref, source: Ref, actors: DocActors) -> Ref | None:
    """"withdrew its nationals from Confucius Institutes across the country": an actor's own
    body abroad stands for the country that hosts it."""
    own = ref_country(ref)
    if own is None or own != ref_country(source):
        return None
    for child in target.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                host = actors.refs.get(pobj.i) or actors.coreference(pobj)
                country = ref_country(host) if host else None
                if country and country != own and actors.dictionary:
                    entity = actors.dictionary.entities.get(country)
                    if entity is not None:
                        return Ref(entity, None, pobj.text, f"host country of {ref.text}")
    return None


def third_location(code: str, place: dict | None, source: Actor | None, target: Actor | None) -> str:
    """CAMEO's 044: a meeting held in a country that is neither side's."""
    if code != "040" or not place or not source or not target or not source.country or not target.country:
        return code
    return "044" if place["country"] not in (source.country, target.country) else code


def evidence_of(sent: Span, doc_id: str | None) -> Evidence:
    """The sentence as evidence, without the blank lines spaCy keeps at a paragraph's end."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return Evidence(text, start, start + len(text), doc_id)


def same_actor(a: Actor, b: Actor) -> bool:
    """One actor on both sides: same code, or the same name where one side has no role ("Pakistan"
    and "Pakistani officials"). A country's government and its parliament are two actors."""
    if a.country is None and b.country is None:
        return a.name == b.name  # two sector-only actors ("diplomats", "President Parvanov") differ by name
    return a.code == b.code or (a.name == b.name and (a.role is None or b.role is None))


def code_document(doc: Doc, actors: DocActors, lexicon: Lexicon, anchor: date | None,
                  doc_id: str | None = None, include_negated: bool = False, keep_unknown: bool = False
                  ) -> list[Event]:
    """The document's events, the most confident first within each sentence. An event that needs a
    name the dictionary does not know (UNK) is dropped unless `keep_unknown`."""
    lexicon = DocumentLexicon(lexicon)
    book = codebook()
    best: dict[tuple, Event] = {}
    # the document's dates once (Span.ents walks the whole document each time it is asked)
    all_dates = [e for e in doc.ents if e.label_ == "DATE"]
    for sent in doc.sents:
        cues = {t.i for t in sent if lexicon.match_verb(t) or lexicon.match_noun(t)}
        dates = [e for e in all_dates if sent.start <= e.start < sent.end]
        for trigger in find_triggers(sent, actors, lexicon):
            if trigger.negated and not include_negated:
                continue
            when, precision = event_date(trigger.token, anchor, cues - {trigger.token.i}, dates)
            role_date = first_day(when) if when else None
            for source_ref, target_ref, weight in pairs(trigger, actors):
                source = source_ref.actor(role_date) if source_ref else None
                target: Actor | None = target_ref.actor(role_date) if target_ref else None
                if (source_ref is not None and source is None) or (target_ref is not None and target is None):
                    continue
                if source and target and same_actor(source, target):
                    continue
                if not keep_unknown and UNKNOWN in (source and source.code, target and target.code):
                    continue
                place = event_place(trigger.token, actors)
                cameo = book[third_location(trigger.code, place, source, target)]
                event = Event(
                    source=source, target=target, code=cameo.code, root=cameo.root, quad=cameo.quad,
                    goldstein=cameo.goldstein, date=when, date_precision=precision,
                    evidence=evidence_of(sent, doc_id),
                    place=place, negated=trigger.negated,
                    confidence=confidence(trigger, weight, target is not None),
                    trigger=" ".join(t.text for t in sorted(trigger.match.tokens, key=lambda t: t.i)),
                )
                key = (source.code if source else None, target.code if target else None, event.code, event.date)
                if key not in best or best[key].confidence < event.confidence:
                    best[key] = event
    # within a sentence the most confident event comes first
    return sorted(best.values(), key=lambda e: (e.evidence.start, -e.confidence))
