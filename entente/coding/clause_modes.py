"""A clause's mode: whether the text says its act happened (asserted), or denies it, asks it, supposes
it, puts it to come, or reports it denied (entente.types.MODES); and whether an act is intended rather
than done. Read from the clause's auxiliaries, its marks and the words it is the complement of."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Token

from entente.coding.clauses import (
    FUTURE_AUX,
    HYPOTHETICAL_MODALS,
    NOT_ONLY,
    aux_word,
    auxiliaries,
    cleft_clause,
    infinitive,
    infinitive_beside,
    names_an_actor,
    none_of,
    perfect,
    phase_of,
    readied_or_awaited,
    utmost_act,
)
from entente.coding.words import (
    ALLEGATION_VERBS,
    CLAIM_NOUNS,
    DECISION_NOUNS,
    DENYING_WORDS,
    EVIDENCE_NOUNS,
    FUTURE_WORDS,
    MANDATING_WORDS,
    NON_FACTIVE,
    REPORTING,
    SCHEDULING_WORDS,
)
from entente.types import ASSERTED

CONDITION_MARKS = {"if", "unless"}
HYPOTHETICAL_MARKS = CONDITION_MARKS | {"whether", "for"}  # "for X to look to the US": irrealis
# ("as long as" is left out: as often "while" as "if": "sanctions will stay as long as Russia occupies Crimea")
CONDITION_PHRASES = [("in", "case"), ("in", "the", "event"), ("provided", "that"), ("providing", "that"),
                     ("on", "condition", "that")]
# when an act is timed by one still to come; "until" and "before" set conditions on others' acts
TIME_MARKS = {"when", "once", "after"}
# "schools can invest in ventilation", "China can impose sanctions at any time": what can be done is
# not done. Denied, it is a refusal ("cannot accept"), which the trigger codes as one
ABILITY_MODALS = {"can"}
CONCEDING = {"admit", "acknowledge", "concede", "confess"}  # "I have to admit": said, not owed


@dataclass
class ClauseMode:
    """What the text says of a clause's act (a mode of entente.types.MODES), whether it is said
    through someone's speech, and the word whose complement the clause is when that word makes it
    unasserted ("hoped that X would", "urged X to"): if that word is coded, it codes the clause."""

    mode: str
    reported: bool = False
    governor: Token | None = None


def in_case(clause: Token) -> bool:
    """"in case Russia attacks it", "in the event that they are attacked", "provided that Britain
    releases the tanker": a condition, however the parser hangs the phrase (on the clause, or on the
    verb the clause depends on)."""
    if clause.dep_ not in ("advcl", "ccomp", "acl", "relcl"):
        return False
    # the phrase begins the clause's words ("in case" hung on its verb) or ends just before them
    doc, left = clause.doc, clause.left_edge.i
    words = [t.lower_ for t in doc[max(left - 3, 0):left + 2]]
    return any(words[i:i + len(phrase)] == list(phrase) for phrase in CONDITION_PHRASES
               for i in range(len(words)))


def clause_mode(token: Token) -> ClauseMode:
    """The mode of the clause (or event noun) `token` heads."""
    carrier = phase_of(token)
    modals = {aux_word(c) for c in auxiliaries(carrier) if aux_word(c) in HYPOTHETICAL_MODALS}
    if not any(c.dep_ == "neg" for c in carrier.children):
        modals |= {aux_word(c) for c in auxiliaries(carrier) if aux_word(c) in ABILITY_MODALS}
    polite = carrier.lemma_.lower() in POLITE_WISHES
    if modals and not (modals == {"would"} and (future_in_the_past(carrier) or polite)) and not conditional(carrier):
        return ClauseMode("hypothetical")
    tok = token
    reported = False
    while tok.head.i != tok.i:
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in tok.children) or in_case(tok):
            # "its call for Israel to ease restrictions": what a noun asks is the noun's, if it is coded
            asker = tok.head if tok.dep_ == "advcl" and tok.head.pos_ == "NOUN" else None
            return ClauseMode("hypothetical", reported, asker)
        if denied_as_such(tok) or not_said(tok) or without_evidence(tok):
            # "it wasn't that he was pressured by them", "I'm not saying that we support Hamas", "we
            # have no indications that civilians were harmed"
            return ClauseMode("negated", reported)
        if instead(tok):
            return ClauseMode("negated", reported)  # "instead of having them forced out", "rather than attacking"
        if no_choice_but(tok) or owed(tok) or chance_stressed(tok):
            # "Hamas has no choice but to release": must, not done; "had every opportunity to release
            # them": could have, not done
            return ClauseMode("hypothetical", reported)
        if (asker := mandated(tok) or asked_by_the_object(tok)) is not None:
            return ClauseMode(governed_mode(asker), reported, asker)
        if tok.dep_ in ("ccomp", "xcomp", "acl"):
            governor = cleft_verb(tok) or tok.head  # "What we hope is that China will act": hoped
            lemma = governor.lemma_.lower()
            # "alarmed that Russia bombed a hospital": a state of mind about a past act takes it as done
            felt_about_the_past = governor.pos_ == "ADJ" and (tok.tag_ == "VBD" or perfect(tok))
            # "we are committed to work with", "have committed to give": a readiness states an
            # intent, coded as such (clauses.readied_or_awaited); "committed to break new ground to
            # support" in the past tense committed to what is not yet done
            if lemma in NON_FACTIVE and not felt_about_the_past and not chance_taken(tok) \
                    and not readied_or_awaited(tok):
                return ClauseMode(governed_mode(governor), reported, governor)
            if lemma in REPORTING:
                reported = True
        if offered(tok):
            return ClauseMode("future", reported)
        if deferred(tok):
            return ClauseMode("hypothetical", reported)
        if tok.head.lemma_.lower() == "be" and tok.dep_ in ("ccomp", "attr", "advcl", "parataxis") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() == "question" for c in tok.head.children):
            return ClauseMode("question", reported)  # "the question is: will Republicans call them out"
        if tok.dep_ in ("relcl", "acl") and asked_for(tok.head):
            # "called for reform which will protect people": asked, not done
            return ClauseMode("hypothetical", reported, governor_of(tok.head))
        if tok.dep_ == "dobj" and tok.lemma_.lower() in CLAIM_NOUNS and tok.head.lemma_.lower() in NON_FACTIVE:
            # "denied reports that it had carried out air strikes"
            return ClauseMode(governed_mode(tok.head), reported, tok.head)
        tok = infinitive_beside(tok) or tok.head
    if any(t.lower_ == "according" for t in token.sent):
        reported = True
    if token.sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
        return ClauseMode("question", reported)
    return ClauseMode(ASSERTED, reported)


def cleft_verb(clause: Token) -> Token | None:
    """The verb whose "what" a pseudo-cleft's clause after "is" stands for ("hope" in "What we hope
    is next is that we can talk")."""
    be = clause.head
    verb = next((c for c in be.children if c.dep_ == "csubj"), None) if be.lemma_ == "be" else None
    while verb is not None and verb.lemma_ == "be":
        verb = next((c for c in verb.children if c.dep_ == "csubj"), None)
    cleft = cleft_clause(verb) if verb is not None else None
    return verb if cleft is not None and cleft.i == clause.i else None


def chance_taken(clause: Token) -> bool:
    """"Jake had a chance to meet with the Prime Minister of Qatar", "took the opportunity to thank
    him": a chance had, got or taken, in the past, was used; one to come ("will have a chance to
    meet", "hope to have the opportunity") is not yet."""
    chance = clause.head
    if clause.dep_ != "acl" or chance.lemma_.lower() not in CHANCES or chance.dep_ != "dobj":
        return False
    holder = chance.head
    return holder.lemma_.lower() in CHANCE_HOLDING and (holder.tag_ == "VBD" or perfect(holder))


CHANCES = {"chance", "opportunity"}
# wishes that "would" makes polite, not supposed: "we would like China to release them" asks now
# ("would want" supposes a wish)
POLITE_WISHES = {"like", "prefer"}
RENEWING_VERBS = {"repeat", "reiterate", "renew", "restate", "echo", "reaffirm"}  # an appeal said again
CHANCE_HOLDING = {"get", "have", "seize", "take", "use"}
NOBODY = {"nobody", "none"}  # and "no one", two words
# saying, not reporting: "did not confirm that it attacked" leaves the attack open, not denied; and
# the briefer's hedge "I don't know that we agree that ..."
DISCLAIMED_SAYING = {"say", "suggest", "claim", "imply", "argue", "know"}
CHOICE_NOUNS = {"alternative", "choice", "option"}
EVIDENCE_HOLDERS = {"be", "find", "have", "see", "show"}  # "haven't seen any evidence that"


def no_choice_but(clause: Token) -> bool:
    """"Hamas has no choice but to release all hostages", "Russia has no option but to withdraw": an
    act one is left no choice but to do is owed, as with "must", not done (but "had no choice but to
    impose sanctions" tells what was done)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or clause.head.tag_ == "VBD":
        return False
    holders = [clause.head, *clause.head.children]
    return any(h.lemma_.lower() in CHOICE_NOUNS and any(d.lower_ == "no" for d in h.children) and h.i < clause.i
               and any(t.lower_ == "but" for t in h.doc[h.i:clause.i]) for h in holders)


# a chance said to be one of every chance, had or given: "Hamas had every opportunity to release the
# hostages", "has been given every chance to comply" reproach one for a chance not taken; one said
# to be ample or enough only when a "but" says what was done instead ("had ample time to make a
# deal, but refused") or the chance is had still ("has had ample time to withdraw"): "the leaders
# had ample time to discuss Ukraine" at a meeting discussed it.
# ("took every opportunity to criticize" tells what was done, again and again, and "had a chance to
# meet with him" what was done once: chance_taken)
EVERY = "every"
AMPLE_WORDS = {"ample", "enough", "sufficient", "plenty"}
CHANCE_HOLDING_VERBS = {"have", "get", "give"}  # had, got, was given


def chance_stressed(clause: Token) -> bool:
    chance = clause.head
    if clause.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    if chance.lower_ == "plenty":  # "had plenty of time to negotiate": the infinitive hangs on "plenty"
        stress = {"plenty"} if any(c.lower_ == "of" and any(o.lemma_.lower() in CHANCES | {"time"} for o in c.children)
                                   for c in chance.children) else set()
    elif chance.lemma_.lower() in CHANCES | {"time"}:
        stress = {c.lower_ for c in chance.children if c.dep_ in ("det", "amod")} & (AMPLE_WORDS | {EVERY})
        if chance.dep_ == "pobj" and chance.head.lower_ == "of" and chance.head.head.lower_ == "plenty":
            stress, chance = {"plenty"}, chance.head.head  # (or on "time", after "plenty of")
    else:
        stress = set()
    holder = chance.head
    if not stress or holder.lemma_.lower() not in CHANCE_HOLDING_VERBS:
        return False
    # one that has had ample time and has not yet done it is reproached too ("Russia has had ample
    # time to withdraw its troops"), as one that did something else instead ("..., but refused")
    had_still = holder.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in holder.children)
    done_instead = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in holder.children)
    return EVERY in stress or had_still or done_instead


def owed(clause: Token) -> bool:
    """"We have to give Ukraine money", "India has to respond", "will have to decide": what one has to
    do is owed, as with "must", not done ("had to expel the diplomats" tells what was done); "I have
    to say", "I have to tell you" say it there and then."""
    have = clause.head
    return clause.dep_ == "xcomp" and have.lemma_.lower() == "have" and have.tag_ in ("VB", "VBP", "VBZ") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and clause.lemma_.lower() not in REPORTING | CONCEDING


def instead(clause: Token) -> bool:
    """"instead of", "rather than": the clause that follows is what is not done (the parser hangs
    it on the preposition, or joins it to the clause before with "than")."""
    if clause.dep_ == "pcomp":
        words = [clause.head]
    elif clause.dep_ == "conj":
        # the joining word just before the clause ("rather than fighting, and attacked": "and")
        words = [c for c in clause.head.children if c.dep_ == "cc" and c.i < clause.i
                 and not any(g.dep_ == "pcomp" for g in c.children)][-1:]
    else:
        return False
    return any(c.dep_ == "advmod" and f"{c.lower_} {word.lower_}" in ("instead of", "rather than")
               for word in words for c in word.children)


def denied_as_such(clause: Token) -> bool:
    """"It is not that China attacked India", "it wasn't that he was pressured": the clause is what
    a negated "it is" says did not happen."""
    be = clause.head
    return clause.dep_ == "ccomp" and be.lemma_.lower() == "be" and any(c.dep_ == "neg" for c in be.children) \
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children) \
        and not any(c.dep_ in ("acomp", "attr", "oprd") or c.lower_ in NOT_ONLY for c in be.children) \
        and not any(c.lower_ in NOT_ONLY for c in clause.children)  # "not surprising that", "not just that"


def not_said(clause: Token) -> bool:
    """"I'm not saying that we support Hamas", "No one is suggesting that Israel did it": what a
    speaker disclaims saying is not said to have happened ("did not say when it would happen" asks;
    "I'm not just saying that" says more)."""
    said = clause.head
    nobody = any(c.dep_ == "nsubj" and (c.lower_ in NOBODY or (c.lower_ == "one" and any(
        d.lower_ == "no" for d in c.children))) for c in said.children)
    return clause.dep_ == "ccomp" and said.lemma_.lower() in DISCLAIMED_SAYING \
        and (nobody or any(c.dep_ == "neg" for c in said.children)) \
        and not any(c.lower_ in NOT_ONLY for c in said.children) \
        and not any(c.dep_ in ("advmod", "mark") and c.tag_ in ("WRB", "WDT", "WP") for c in clause.children)


def without_evidence(clause: Token) -> bool:
    """"no indications that civilians were harmed", "we haven't seen any evidence that Iran was
    involved", "we have seen no evidence of Iran attacking the base": what nothing shows is not said
    to have happened."""
    noun = clause.head
    if clause.dep_ == "pcomp" and noun.lower_ == "of":
        noun = noun.head  # the gerund of "evidence of"
        if noun.pos_ == "ADV":
            # "seen no evidence thus far of China supplying": the parser may hang the "of" on the
            # adverb between; the evidence is the verb's object before it
            noun = next((c for c in noun.head.children if c.dep_ == "dobj" and c.i < noun.i), noun)
    elif clause.dep_ not in ("acl", "ccomp") or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    holder = noun.head
    # seen, found, had or there none ("cannot ignore the evidence that", "did not dispute evidence
    # that" grant it)
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
        noun.dep_ in ("dobj", "attr") and holder.lemma_.lower() in EVIDENCE_HOLDERS
        and any(c.dep_ == "neg" for c in holder.children))


def mandated(clause: Token) -> Token | None:
    """The word that asks for the clause's act, when the clause says it in the mandative subjunctive:
    its verb bare after its subject ("demanded that Israel ease restrictions", "insisted that the
    United States lift sanctions", "demanded that the prisoners be released"). The asking word is
    the clause's head, or that head's object when the parser hangs the clause on the verb ("reiterated
    its demand today that Israel ease"). A present after a plural subject is bare only beside a past
    ("insists that Western countries arm the rebels" claims; "demanded that they leave" asks)."""
    if clause.dep_ not in ("ccomp", "acl") or clause.pos_ not in ("VERB", "AUX"):
        return None
    head = clause.head
    asker = head if head.lemma_.lower() in MANDATING_WORDS else asking_object(clause)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if asker is None or subject is None or any(c.dep_ == "aux" for c in clause.children):
        return None
    passive = [c for c in clause.children if c.dep_ == "auxpass"]
    if passive:
        return asker if all(c.lower_ == "be" for c in passive) else None
    if clause.tag_ not in ("VB", "VBP"):
        return None
    # after "I", "you" or a plural the bare verb is also the plain present, which a speech verb
    # ("insisted that Indian troops violate the ceasefire", "insisted that we support Ukraine")
    # reports as a fact; only a word that does nothing but ask, in the past, asks with it
    plain_present_too = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("we", "they", "you", "i")
    if not plain_present_too:
        return asker
    only_asks = asker.lemma_.lower() not in REPORTING | ALLEGATION_VERBS | {"suggest", "suggestion"}
    return asker if only_asks and head.tag_ in ("VBD", "VBN") else None


def asked_by_the_object(clause: Token) -> Token | None:
    """"repeated its call to end the blockade", "renewed its request to extradite": the act an
    appeal renewed names, when the parser hangs its infinitive on the verb that renews it. Other
    verbs leave the infinitive a purpose of their own: a call made or taken is often a telephone
    call ("made a call to Zelenskyy to reaffirm U.S. support"), an order signed does what it is for."""
    if clause.dep_ != "advcl" or not infinitive(clause) or clause.head.lemma_.lower() not in RENEWING_VERBS:
        return None
    return asking_object(clause)


def asking_object(clause: Token) -> Token | None:
    """The asking noun ("demand", "call", "request") that is the object of the verb a clause hangs
    on, before the clause: the parser's place for what the noun asks ("reiterated its demand today
    that Israel ease", "repeated its call to end the blockade")."""
    return next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i
                 and c.lemma_.lower() in MANDATING_WORDS), None)


def offered(clause: Token) -> bool:
    """"Let me talk to CENTCOM", "let us meet": the speaker offers to act, it is not done."""
    let = clause.head
    return clause.dep_ == "ccomp" and let.lemma_.lower() == "let" and let.tag_ == "VB" \
        and not any(c.dep_ == "nsubj" for c in let.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("me", "us") for c in clause.children)


def deferred(clause: Token) -> bool:
    """"I'll let the Élysée speak to President Macron's comments", "I'll point you to the French to
    speak to President Macron": a speaker who will or would leave the act to another does not say
    it is done ("we let the envoy visit Kabul last week": it was)."""
    leaver = clause.head
    if clause.dep_ not in ("ccomp", "xcomp", "advcl") or not any(
            aux_word(c) in FUTURE_AUX | {"would"} for c in auxiliaries(leaver)) \
            or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in leaver.children):
        return False
    return (leaver.lemma_.lower() == "let" and clause.dep_ == "ccomp") or (leaver.lemma_.lower() in (
        "point", "refer") and any(c.dep_ == "dobj" and c.lower_ == "you" for c in leaver.children))


def governed_mode(governor: Token) -> str:
    """The mode a non-factive word gives its complement: denied, to come, or only thought of."""
    lemma = governor.lemma_.lower()
    if lemma in DENYING_WORDS:
        return "reported_denied"
    if lemma in FUTURE_WORDS:
        # "Pakistan has no plans to expel the refugees" (but "there is no doubt that Russia
        # attacked" doubts nothing)
        return "negated" if none_of(governor) else "future"
    return "hypothetical"


def governor_of(noun: Token) -> Token | None:
    return noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None


def asked_for(noun: Token) -> bool:
    """A noun that is what a non-factive verb asks, proposes or fears ("called for reform",
    "proposed a plan")."""
    governor = governor_of(noun)
    return governor is not None and governor.pos_ in ("VERB", "AUX") and governor.lemma_.lower() in NON_FACTIVE


def future_in_the_past(token: Token) -> bool:
    """"NATO confirmed it would tighten the blockade": reported speech turns "will" into "would"."""
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING \
        and not any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in token.children)


def conditional(verb: Token) -> bool:
    """"may halt its mediation if ...", "will boycott unless ...": an act offered or threatened on
    a condition, which CAMEO codes as an intent or a threat ("would have attacked if it had the
    chance" says what was not done)."""
    if perfect(verb):
        return False
    return any(c.dep_ == "aux" and aux_word(c) in HYPOTHETICAL_MODALS | FUTURE_AUX for c in verb.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children)


def intended(verb: Token) -> bool:
    """"will visit", "is ready to send": the clause states an intent, not a done act."""
    if conditional(verb):
        return True
    if phase_of(verb) is not verb:
        return intended(phase_of(verb))  # "will continue to work with India": the phase's future is the act's
    if still_to_come(verb) or any(aux_word(c) == "would" and future_in_the_past(verb) for c in auxiliaries(verb)):
        return True
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in DECISION_NOUNS and infinitive(verb):
        return True  # "the decision to resume aid": decided, not yet done
    if verb.dep_ in ("xcomp", "advcl") and infinitive(verb) and verb.head.pos_ in ("VERB", "AUX") \
            and intended(verb.head):
        return True  # "will look to expand cooperation", "will send troops to protect": not done yet either
    if verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") \
            and any(c.dep_ in ("advmod", "mark") and c.lower_ in TIME_MARKS for c in verb.children):
        # "we will decide after the President meets Modi", "we'll see what it looks like when the
        # President speaks with Senator Capito": a present tense timing what is to come is to come
        # too ("will investigate after Israel bombed Gaza" was done)
        timed = verb.head
        return (timed.pos_ in ("VERB", "AUX") and intended(timed)) or (
            timed.dep_ == "ccomp" and timed.head.pos_ in ("VERB", "AUX") and intended(timed.head))
    doing = next((a for a in islice(verb.ancestors, 3) if utmost_act(a) == verb), None)
    if doing is not None:
        return intended(doing)  # "will do everything we can to support Ukraine"
    return readied_or_awaited(verb)


def still_to_come(verb: Token) -> bool:
    """"will visit", "is scheduled to meet Xi", "is to visit Pakistan next week" (arranged, not done),
    "he's going to meet with President Boric later today" ("will meet" said so): told as ahead of the
    telling."""
    return any(aux_word(c) in FUTURE_AUX for c in auxiliaries(verb)) or going_to(verb) or (
        verb.dep_ == "xcomp" and infinitive(verb) and scheduled(verb.head) and not perfect(verb))


def scheduled(holder: Token) -> bool:
    """The word a "to" clause hangs on says an actor's act is arranged for later: a bare copula
    ("the Prime Minister is to visit"; "the goal is to reach a deal", "Iran's approach is not to
    resolve the issues" say what an aim or a way is), or a word of SCHEDULING_WORDS in the sense
    of being arranged ("is due to", "is scheduled to", "is set to": a passive or an adjective after
    the copula), in the present tense."""
    tensed = holder.head if holder.dep_ == "acomp" else holder  # "is due to": the copula's tense
    if tensed.tag_ not in ("VBZ", "VBP") and not any(c.tag_ in ("VBZ", "VBP") for c in tensed.children
                                                     if c.dep_ in ("aux", "auxpass")):
        return False  # "was to visit", "was due to stand down": what came of it, the text may not say
    # someone arranges it ("prices are set to rise", "the visit is set to boost ties" foretell; "they
    # are to share a prize" may be anyone's)
    subject = next((c for c in tensed.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.lower_ in ("he", "she") or names_an_actor(subject)):
        return False
    if holder.lemma_ == "be":
        return not any(c.dep_ in ("acomp", "attr") for c in holder.children)
    return holder.lemma_.lower() in SCHEDULING_WORDS and (
        holder.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in holder.children))


def a_standing_line(token: Token) -> bool:
    """"The President is always going to support union workers", "we will always honor you": what
    a government says it will always do is its standing line, no act ("we have always called for
    reliable channels" tells of calls made). "always" on the act's own verb, or on the verb or
    "going" whose complement or object it is, not on a clause beside it."""
    holder = token
    for _ in range(4):
        if any(c.dep_ == "advmod" and c.lower_ == "always" for c in holder.children):
            return intended(holder) or any(c.dep_ == "xcomp" and intended(c) for c in holder.children)
        if holder.dep_ not in ("xcomp", "dobj", "pobj", "prep") or holder.head.i == holder.i:
            return False
        holder = holder.head
    return False


def going_to(verb: Token) -> bool:
    """"is going to meet", "are going to send": the future of speech ("went to meet" is a past act)."""
    head = verb.head
    # the auxiliary is a form of "be", however typed ("we’re": the tagger may not lemmatise it)
    return verb.dep_ == "xcomp" and infinitive(verb) and head.lemma_.lower() == "go" and head.tag_ == "VBG" \
        and any(c.dep_ == "aux" for c in head.children)
