"""What a clause says that is no act done on a day: what is done as a rule ("we regularly consult
Congress", "every day people are being killed"), a record summed up over a span of time ("for
decades, Iran's regime has denied ..."), and an intent that names no act and no one ("the President
intends to sign the bill"). The coder asks these of each event word (entente.coding.sentence_triggers); most
hold only in a government's own document, where news would report what goes on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from entente.actors.resolve import DocActors, ref_country
from entente.coding.clause_modes import intended
from entente.coding.clauses import DAY_ENTITIES, attached, perfect, subject_of
from entente.coding.dates import WEEKDAYS
from entente.coding.words import DECISION_NOUNS, ENACTING_VERBS, LAWS, SAID_THINGS, SPAN_SETTING_VERBS

if TYPE_CHECKING:
    from entente.coding.triggers import Trigger

# words of how often, which make a simple present tell what is done as a rule ("generally" and
# "normally" hedge more often than they count)
AS_A_RULE = {"always", "usually", "regularly", "routinely", "often", "frequently", "constantly", "sometimes",
             "occasionally"}
# how long, where a clause sums up a record: "for decades", "over the past year", "in recent years"
SPAN_PREPS = {"for", "over", "throughout", "in", "during"}
SPAN_UNITS = {"year", "decade", "month", "century", "generation"}  # a week of calls is no record
DAY_WORDS = set(WEEKDAYS) | {"yesterday", "today", "morning", "night", "weekend", "day", "week"}
EVERY = {"every", "each"}  # "every year" says how often
YEAR = re.compile(r"(19|20)\d\d")
UNTIL = {"to", "through", "until", "till"}  # "from 2020 to 2022"
YEARS_LABEL = re.compile(r"(between|from)\s+(19|20)\d\d\s+(and|to|through|until)\s+(19|20)?\d\d\s*:", re.I)
COUNTING = {"another", "consecutive", "straight"}  # "for a second year" counts years, it sums up none
# ordinals, as words ("second", "twelfth", "twentieth", "twenty-first") or figures ("10th")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|(?:\w+-)?(?:first|second|third|[a-z]+th)")
NOT_ORDINALS = {"both", "worth", "month", "north", "south", "youth", "growth", "health", "strength", "truth"}
OWN_CLAUSES = {"advcl", "relcl", "acl", "csubj", "pcomp"}  # a clause of its own within a sentence
OFFICE_WORDS = {"office", "power", "presidency"}  # "since taking office", "since coming to power"
BARE_INFINITIVE_HEADS = {"let", "make", "help"}  # "let them continue", "made them leave"
INTENT = "030"  # an intent word as a frame ("intend", "plan", "be ready"), coded by what it intends
# clauses that say what is done, not what a noun does ("a task force that coordinates", caught as
# relcl; the second verb of such a clause, a conj, describes as much and is caught here too)
MAIN_CLAUSES = {"ROOT", "ccomp", "conj", "parataxis"}


def habitual(verb: Token, voiced: bool = False, by_saying: bool = True) -> bool:
    """"a task force that coordinates the government's efforts", "Hamas, which rules Gaza",
    "organizations supporting migrants": a relative clause in the simple present, or a present
    participle, tells what its noun does as a rule, not an act; but a text says what it says when
    it is read ("a report that calls on the government to act"). In a government's own document
    (`voiced`), so does a simple present that says how often ("we regularly consult Congress"),
    where news writes of what goes on ("Russia regularly shells Kharkiv, officials said"), and a
    clause that says over how long ("for decades, Iran's regime has denied ..."), where news sums
    up ("has provided Egypt $50 billion since 1978") what its annotators code as events. There too,
    an act done otherwise than by saying it (not `by_saying`: talks, cooperation, trade, aid, force)
    in the simple present is what is done as a rule ("we consult closely with India", "we pay for
    their military"), where "we urge", "I commend", "we reject" are done as they are said; that
    asks the verb's own tense, not the first of a row's ("Iran is a sponsor of terror and has
    killed hundreds")."""
    if used_to(verb):
        return True  # "I used to fight like hell in the Senate": a habit once, anywhere
    ruled = first_of_a_row(verb)
    if voiced and (over_a_span(verb) or (ruled.i != verb.i and over_a_span(ruled))):
        return True
    simple = not any(c.dep_ in ("aux", "auxpass") for c in ruled.children)
    present = ruled.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                  for c in ruled.children)
    as_a_rule = voiced and present and any(  # "we regularly consult", "every day people are being killed"
        (c.dep_ == "advmod" and c.lower_ in AS_A_RULE and simple) or (c.dep_ == "npadvmod" and any(
            w.lower_ in EVERY for w in c.children)) for c in ruled.children)
    as_a_rule |= voiced and not by_saying and verb.dep_ in MAIN_CLAUSES and simple_present(verb)
    describes = (verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP")) or (verb.dep_ == "acl" and verb.tag_ == "VBG")
    if not as_a_rule and (not describes or not simple or verb.head.lemma_.lower() in SAID_THINGS | DECISION_NOUNS
                          or enacted(verb.head)):
        return False
    # a clause that says when is about that day ("troops shelling Kharkiv on Monday", "who
    # travels to Beijing next week"); "every year" says how often, which is a rule again
    return not any(t.ent_type_ in DAY_ENTITIES and not any(w.lower_ in EVERY for w in (
        t, *t.children, *t.head.children)) and attached(t, verb, set()) for t in verb.subtree)


def enacted(law: Token) -> bool:
    """"passed a bill lifting the emergency law", "signed a decree banning the party": a law made does
    what it says when it is made ("introduced a bill banning imports" has done nothing yet)."""
    return law.lemma_.lower() in LAWS and law.dep_ == "dobj" and law.head.lemma_.lower() in ENACTING_VERBS


def used_to(verb: Token) -> bool:
    """"I used to fight like hell in the Senate", "the senator used to meet Chinese officials"."""
    used = verb.head
    # "the airbase Israel used to strike Iran": a thing used, in a clause that describes it
    return verb.dep_ == "xcomp" and used.lemma_.lower() == "use" and used.tag_ == "VBD" \
        and used.dep_ in MAIN_CLAUSES and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ == "dobj" for c in used.children)


def years_apart(prep: Token) -> bool:
    """"between 2003 and 2011", "from 2020 to 2022": a stretch from one year to another."""
    years = [g for g in prep.children if g.dep_ == "pobj" and YEAR.fullmatch(g.text)]
    if prep.lower_ == "between":
        return any(YEAR.fullmatch(c.text) for y in years for c in y.children if c.dep_ == "conj")
    return prep.lower_ == "from" and bool(years) and any(
        c.dep_ == "prep" and c.lower_ in UNTIL and any(YEAR.fullmatch(g.text) for g in c.children)
        for c in (*prep.head.children, *prep.children))


def labelled_with_years(verb: Token) -> bool:
    """The verb's sentence is the first of a list item labelled with two years, "Between 2003 and
    2011: ...", the label in the sentence or cut off by the parser as one of its own just before
    (one paragraph a line, as text is stored)."""
    doc, sent = verb.doc, verb.sent
    start = sent.start
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    before = doc[start:sent.start].text
    return (YEARS_LABEL.fullmatch(before.strip()) is not None) if before.strip() else \
        YEARS_LABEL.match(sent.text) is not None


def simple_present(verb: Token) -> bool:
    """"we consult", "he pays": the verb's own tense, with no auxiliary of its own (not "let the
    Department of Justice continue its investigation", a bare infinitive the tagger may call one)."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and not (
        verb.dep_ == "ccomp" and verb.head.lemma_.lower() in BARE_INFINITIVE_HEADS)


def first_of_a_row(verb: Token) -> Token:
    """"Every day, the Administration is removing killers and sending them back", "since taking office,
    has arrested ..., detained ... and deported ...": the first of verbs side by side says how often or
    over how long for all, unless one has a subject, a future or a date of its own ("... and today the
    President ordered strikes", "... and will now impose sanctions")."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and not intended(first) and not any(
            c.dep_ in ("nsubj", "nsubjpass") or c.ent_type_ in DAY_ENTITIES for c in first.children):
        first = first.head
    return first


def over_a_span(verb: Token) -> bool:
    """"For decades, Iran's regime has denied ...", "in the past year, we have tripled ...", "has
    fought for gun safety since he was in the Senate", "killed 603 U.S. troops between 2003 and 2011":
    a clause that says over how long something was done up to now, or between two years, sums up a
    record, no one act on one day. A span the act sets ("extended the ceasefire for two months"), one
    to come ("will send aid in the coming weeks"), a first time ("met for the first time since
    2015") or days ("since Monday") are no record."""
    if intended(verb) or any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.lemma_.lower() == "time" for g in c.children) for c in verb.children):
        return False
    if verb.dep_ == "ROOT" and any(a_span(g, perfect(verb)) for t in fronted(verb)
                                   if t.lower_ in SPAN_PREPS for g in t.children if g.dep_ == "pobj"):
        return True  # "So, for decades, as you all know — I know ... — Iran's regime has denied ..."
    # "killed at least 603 U.S. troops between 2003 and 2011", or so labelled (not "committed $17
    # million from 2022 to 2027", the span the money runs over)
    sets_a_span = verb.lemma_.lower() in SPAN_SETTING_VERBS
    if labelled_with_years(verb) and not sets_a_span:
        return True
    for child in verb.children:
        if child.dep_ == "prep" and years_apart(child) and not sets_a_span:
            return True
        objects = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if child.lower_ == "since" and (any(g.lower_ not in DAY_WORDS for g in objects) or (perfect(verb) and any(
                g.dep_ == "pcomp" and any(o.lemma_.lower() in OFFICE_WORDS for o in g.subtree)
                for g in child.children))):
            return True  # "since 1978", "has arrested ... since taking office" (not "since arriving in Tokyo")
        if child.lower_ in SPAN_PREPS and verb.lemma_.lower() not in SPAN_SETTING_VERBS \
                and any(a_span(g, perfect(verb)) for g in objects):
            return True
        if child.dep_ == "advcl" and child.tag_ == "VBD" and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
            return True
    return False


def fronted(verb: Token) -> list[Token]:
    """The prepositions a sentence opens with, before the verb's subject, where the parser hangs
    them in the verb's own clause or a clause it reports ("So, for decades, as you all know — I know
    you have covered this — Iran's regime has denied ..."); not those of a clause of its own
    ("Although Iran has attacked us for decades, today ...", "After talks that lasted for months, ...")."""
    subject = subject_of(verb)[0]
    end = subject.left_edge.i if subject is not None else verb.i
    return [t for t in verb.sent if t.i < end and t.dep_ == "prep" and in_the_clause_of(t, verb)]


def in_the_clause_of(token: Token, verb: Token) -> bool:
    """The token hangs on the verb through no subordinate clause (a clause it reports, "I know
    you have covered this", is none)."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in OWN_CLAUSES:
            return False
        token = token.head
    return token.i == verb.i


def a_span(noun: Token, up_to_now: bool) -> bool:
    """"decades", "years", "the past 12 years", "the last year", "recent months"; "47 years" or
    "half a century" up to now ("has attacked the United States for 47 years"); not "two months" an
    act sets ("extended the ceasefire for two months"; over_a_span asks of the verb), nor "the
    coming months", nor a year counted ("for a second year", "for the 10th year")."""
    if noun.lemma_.lower() not in SPAN_UNITS:
        return False
    words = {c.lower_ for c in noun.children}
    if words & {"coming", "next", "upcoming"} or any(counts(c) for c in noun.children):
        return False
    return bool(words & {"past", "last", "recent"}) or up_to_now or (noun.tag_ == "NNS" and not any(
        c.dep_ == "nummod" for c in noun.children))


def counts(word: Token) -> bool:
    """A word that counts a year among others: an ordinal ("second", "twelfth", "10th"; "the first
    year", but not "his first six months", a span), "another", "consecutive"."""
    if word.lower_ in COUNTING:
        return True
    if word.lower_ in NOT_ORDINALS or not ORDINAL.fullmatch(word.lower_):
        return False
    return not (word.lower_ == "first" and any(c.dep_ == "nummod" for c in word.head.children))


def intent_of_nothing(trigger: Trigger, actors: DocActors) -> bool:
    """"The President intends to sign the bill", "we are ready to tackle the threat", "we're
    planning for that": in a government's own document, an intent word whose clause names no act
    the lexicon codes, and no place and no one but its own side, says what it means to do at home,
    not toward anyone (`actors.voice` set)."""
    if trigger.kind != "verb" or trigger.match.code != INTENT or trigger.folds is not None \
            or trigger.target is not None:
        return False
    verb = trigger.token
    subject = subject_of(verb)[0]
    own = {t.i for t in subject.subtree} if subject is not None else set()
    sides = [ref for ref, _ in actors.for_token(subject)] if subject is not None else []
    home = ref_country(sides[0]) if sides else None
    if len({ref_country(ref) for ref in sides} - {None}) > 1:
        # "the United States and India committed to strengthen cooperation", "Biden and Modi met.
        # They committed to ...": with each other (not "Pakistan's ambassador to the United
        # States", one side)
        return False
    return not any(t.i in actors.places or (t.i in actors.refs and ref_country(actors.refs[t.i]) not in (home, None))
                   for t in verb.subtree if t.i not in own)
