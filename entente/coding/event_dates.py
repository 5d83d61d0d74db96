"""On which day an act was done, as its own clause tells it: the date expression the clause governs
(entente.coding.dates reads the expression), up the tree when the clause has none, read from the
writing or, for a time told from another day ("the next day"), from the day the story last named.
The days a document tells of beyond the clause (a list item's label, the day a paragraph has been
telling of, a post, a periodical's month, the document's own day) are entente.coding.document_days'."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from entente.actors.resolve import GATHERINGS
from entente.coding.clause_modes import TIME_MARKS, intended
from entente.coding.clauses import (
    DAY_ENTITIES,
    FINITE_TAGS,
    attached,
    auxiliaries,
    looks_forward,
    past_perfect,
    perfect,
    present_progressive,
    told_as_done,
)
from entente.coding.dates import (
    MONTHS,
    OPENING_TOLD_FROM,
    first_day,
    gone_by,
    relative_date,
    resolve_date,
    says_it_is_gone,
    to_come,
    without_a_year,
)
from entente.coding.words import (
    ACT_GROUPINGS,
    DELIBERATING_VERBS,
    NON_FACTIVE,
    REPORTING,
    TIME_NOUNS,
    of_class,
)

DATE_CLIMB = 3  # how many heads up to look for a date expression
TENSE_CLIMB = 5  # how many heads up to look for the verb whose tense an act without one takes
VERB_COMPLEMENTS = {"xcomp", "ccomp", "csubj"}  # a clause that is what its verb weighs or wants
WEIGHING = NON_FACTIVE | DELIBERATING_VERBS  # verbs whose complement's act they do not do (tense_carrier)
BOUNDS = {"since", "until", "till", "through"}  # a date an act runs from or to ("since 2019", "until 2029")
BETWEEN = "between"  # "between October 2023 and November 2024": a stretch, when it runs over months
# "in the 2022 elections", "by the March 1 deadline", "ahead of the April 15 celebrations"
TIME_PREPS = {"in", "during", "at", "on", "by", "after", "before", "following", "throughout", "amid"}
TIME_OF = {"ahead", "eve"}  # "ahead of", "on the eve of": the "of" that says when
# "the President is traveling to Japan", "we're heading to Hiroshima": one on the way there would say
# where he is, so a trip told in the present progressive is set out on after the telling
SETTING_OUT = {"fly", "go", "head", "travel"}
UNDER_WAY = {"now", "currently", "already"}  # "is now traveling to Kyiv": on the way, not to come
# a day named with no year is read as the last one gone by (entente.coding.dates.resolve_date); one
# that lies further back than this was meant ahead ("his next court appearance on April 5", written
# in March), so no story tells of it (told_from_days): half a year, as far as a weekday's day reaches
MEANT_AHEAD = timedelta(days=183)
NAMING_DEPS = {"compound", "poss", "nmod", "amod"}  # "the Aug. 20 runoff", "Sunday's vote": a date naming a thing
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_STRETCH = re.compile(r"\b(?:19|20)\d\d\s*(?:-|–|—|to|through|and)\s*(?:19|20)\d\d\b")
NAME_YEAR_LINKS = {"of", "–", "-", "—"}  # "the Act of 2021", "Space Policy – 2023"


def event_date(token: Token, anchor: date | None, cues: set[int], dates: list[Span],
               told_from: dict[int, tuple[str, str]] | None = None) -> tuple[str | None, str, bool]:
    """The date the clause gives (nearest of the sentence's date expressions attached to it, then up
    the tree), its precision, and whether the expression, or a trip told as set out on
    (setting_out), puts the act after the writing ("later today"). `told_from`: the dates of the
    expressions that tell a time from the day the story last named ("the same day": told_from_days),
    by their first token."""
    told_from = told_from or {}
    if anchor is None:
        return None, "document", False
    tok = token
    trip = setting_out(token)
    # an act still to come is not dated by a time gone by: in "will pay respects to the victims of
    # the attack last week" the week is the attack's, wherever the parser hangs it
    to_be_done = intended(token)
    # "as the President said on Sunday, he will not accept ...": what is said is dated by the saying
    saying = next((c for c in token.children if c.dep_ == "advcl" and c.lemma_.lower() in REPORTING
                   and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)), None)
    def dates_on(holder: Token | None) -> list[tuple[int, tuple[str, str] | None, Span]]:
        """The date expressions attached to `holder` (else those opening the sentence) that may date
        the act, by distance from it."""
        return [(abs(e.start - token.i), told_from.get(e.start) or span_date(e, anchor), e)
                for e in (dates if holder is not None else opening_dates(token, cues, dates))
                if (holder is None or attached(e.root, holder, cues)) and not a_bound(e)
                and not of_a_thing(e, token, cues)]

    climb = [token]
    while len(climb) < DATE_CLIMB and climb[-1].head.i != climb[-1].i:
        climb.append(climb[-1].head)
    # past the climb, a date that opens the sentence ("In January, ... when gunmen started shooting at
    # them", however the parser hangs the clause), as if said of its main verb
    for holder in [*climb, None]:
        resolved = dates_on(holder)
        tok = holder if holder is not None else token.sent.root
        if to_be_done and (tok is token or holder is None):
            # a time gone by up the tree is the saying's ("said last week")
            resolved = [(d, r, e) for d, r, e in resolved if not gone_by(e.text, r and r[0], anchor)]
        elif tok is not token and token.pos_ in ("NOUN", "PROPN") and intended(tok):
            # a day up the tree, on an act still to come, is that act's, not a deed it names ("On
            # Monday, the President will join a meeting to discuss Russia's war"), unless it says it
            # is gone by ("will honour the victims of the attack last week", "of the 2019 attack")
            resolved = [(d, r, e) for d, r, e in resolved if says_it_is_gone(e.text, r and r[0], anchor)]
        said = not resolved and tok is token and saying is not None
        if said:
            resolved = dates_on(saying)
        resolved = [(d, r or (anchor.isoformat(), "document"), e) for d, r, e in resolved
                    if r is not None or to_come(e.text)]  # "in the coming days": no day, but to come
        if resolved:
            _, (when, precision), span = min(resolved, key=lambda found: found[0])
            before = span.doc[span.start - 1].text if span.start > 0 else ""  # "later" before "today"
            # a verb in the past tense tells what was done, whatever the phrase of time says
            told_as_past = token.tag_ in ("VBD", "VBN")
            # what one looks forward to is ahead: "looks forward to the G20 Summit in September"
            # (a day gone by that dates a word above it telling of nothing to come is that word's,
            # a saying's or a decision's: "On Sunday, Fernández announced he will send a bill"
            # announced it on Sunday, "the decision in August to expel the envoy" was taken in
            # August; "On Monday, the President will host an event to celebrate" is next Monday's)
            awaited = (to_be_done or looks_forward(token)) and (
                tok is token or intended(tok) or not gone_by(span.text, when, anchor))
            coming = to_come(f"{before} {span.text}") or (without_a_year(span.text) and (
                awaited or arranged(token, tok is token, when, precision, anchor))) or (
                trip and not gone_by(span.text, when, anchor))
            # "will donate 5 million doses in 2022", said in May 2022: the year (or month, or day)
            # still running when an act is meant is when it will be done, which it is not yet
            meant_now = to_be_done and tok is token and not gone_by(span.text, when, anchor)
            return when, precision, (coming or meant_now) and not told_as_past and not said
    return anchor.isoformat(), "document", trip


def told_from_days(dates: list[Span], anchor: date) -> dict[int, tuple[str, str]]:
    """"On Friday, the committees subpoenaed Pompeo. | On the same day, Volker resigned": the dates
    of the expressions (`dates`, in the order told) that tell a time from the day the story last
    named, wherever in the document it named it (entente.coding.dates.relative_date), by their first
    token. Each day so found is the one the next is told from, as is any day the story tells an act
    of (a_day_told_of); a day in its background (background_day: "weeks after the Aug. 20 runoff",
    "Armenia had warned on Sept. 12") only where no day was named before it ("after the March 10
    election, ... On the same day"). A year or a month an act is told of ends the run ("In 2017, a
    bomber attacked the metro. That same day, ..."). Not one that names what it is told from ("the
    day before the vote", "two days after he resigned"), nor one after the writing."""
    out: dict[int, tuple[str, str]] = {}
    last_named: date | None = None
    for span in dates:
        # "the next month" of a story is its next month, not the writing's (resolve_date's)
        relative = relative_date(span.text, last_named, anchor) \
            if last_named is not None and not names_its_reference(span) else None
        if relative is not None:
            out[span.start] = relative
        resolved = relative or span_date(span, anchor)
        if resolved is None and any(t.pos_ == "PROPN" for t in span):
            last_named = None  # a day named by name, which says no date ("on the eve of Independence Day")
        if resolved is None or to_come(span.text):
            continue  # no time at all ("36 minutes"), one told from a day not named, or one ahead
        day = date.fromisoformat(resolved[0]) if resolved[1] == "day" else None
        if day is not None and (day > anchor or (without_a_year(span.text) and anchor - day > MEANT_AHEAD)):
            continue  # "his next court appearance on April 5", written in March: meant ahead
        if relative is not None and day is None:
            continue  # "The following month, ... The following year": both told from the day named
        if background_day(span):
            last_named = last_named or (None if awaited(span) else day)
        elif a_day_told_of(span):
            last_named = day
    return out


def awaited(span: Span) -> bool:
    """"ahead of Sunday's vote", "on the eve of the March 10 election": a day still to come."""
    tok = span.root
    while tok.head.i != tok.i and tok.dep_ != "pobj":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in TIME_OF


def missed_openings(doc: Doc, dates: list[Span]) -> list[Span]:
    """"The following day, the OAS condemned the raid", "Two days later, ...": a time told from the
    day last named that opens a sentence, where the recogniser of dates (`dates`) missed it."""
    taken = {i for span in dates for i in range(span.start, span.end)}
    out = []
    for sent in doc.sents:
        found = OPENING_TOLD_FROM.match(doc.text, sent.start_char)
        span = doc.char_span(sent.start_char, found.end(), alignment_mode="contract") if found else None
        if span is not None and len(span) and not any(t.i in taken for t in span):
            out.append(span)
    return out


def a_day_told_of(span: Span) -> bool:
    """"Friday, the House issued a subpoena", "a mass shooting in Christchurch on Friday", "In 2017,
    a suicide bomber attacked": a time a story tells an act of; not one a verb says is still to come
    or only supposed ("will meet on Monday")."""
    holder = date_holder(span)
    return not (holder.pos_ in ("VERB", "AUX") and not told_as_done(holder))


def background_day(span: Span) -> bool:
    """A day a story names behind the one it tells of: told in the past perfect ("Armenia had warned
    on Sept. 12", "Iran had vowed revenge after a strike on Dec. 25"), a bound ("since Nov. 19"), or
    a day that names which thing is meant ("weeks after the Aug. 20 runoff", "Iran's April 13
    attack")."""
    holder = date_holder(span)
    return span.root.dep_ in NAMING_DEPS or a_bound(span) or past_perfect(holder) or past_perfect(span.root.sent.root)


def date_holder(span: Span) -> Token:
    """The word a date expression is said of: its verb or noun, past the preposition ("on Friday")."""
    root = span.root
    return root.head.head if root.dep_ == "pobj" else root.head


def names_its_reference(span: Span) -> bool:
    """"two days after he resigned", "the day before the vote", "a week later than planned", "on the
    same day that the court ruled": a time told from what follows it, not from the day last named."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    return following is not None and (following.lower_ in ("after", "before", "than", "of", "that", "as", "when")
                                       or span[-1].lower_ in ("after", "before") and not following.is_punct)


def opening_dates(token: Token, cues: set[int], dates: list[Span]) -> list[Span]:
    """"In January, Roberto and another agent were patrolling the river when gunmen started shooting
    at them": a date that opens a sentence told as done, before its subject, dates the acts of the
    clauses its main verb governs, and the acts a noun it governs gathers ("Last month, Israel
    carried out a wave of airstrikes"), however deep the parser hangs them. Not an act a noun tells
    about ("the victims of Russian airstrikes"), nor one a noun's clause tells of, done before as a rule
    ("On Monday, the families of the hostages whom Hamas abducted met the President", "the town where
    Russian soldiers executed civilians"), unless the clause says when ("... when gunmen started
    shooting", whatever the parser hangs it on); not one told by a saying or weighed by a verb above
    it ("Last week, he said China had stolen secrets", "On Monday, we decided to send troops"); nor
    one told in a perfect ("had attacked", "have killed")."""
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or token.i == root.i \
            or not (told_as_done(root) or any(a.tag_ == "VBD" for a in auxiliaries(root))):
        return []
    tok = token
    while tok.i != root.i:
        above = tok.head
        if tok.pos_ in ("VERB", "AUX") and (perfect(tok) or weighed(tok) or (
                above.lemma_.lower() in REPORTING | WEIGHING and tok.dep_ != "advcl")):
            return []  # (a saying tells its clause: "said China had stolen", "the accusation that China stole")
        if tells_of_a_thing(tok):
            if not any(c.lower_ in TIME_MARKS for c in tok.children if c.dep_ in ("advmod", "mark")):
                return []
            above = root  # "when ...": said of the main clause, wherever the parser hangs it
        elif above.pos_ in ("NOUN", "PROPN") and above.i != root.i and not of_class(above, ACT_GROUPINGS | GATHERINGS):
            return []  # "the victims of Russian airstrikes", "a report on attacks": no act of that day
        tok = above
    return [e for e in dates if e.end <= subject.left_edge.i and attached(e.root, root, cues)]


def tells_of_a_thing(verb: Token) -> bool:
    """A clause that tells of a noun's thing ("the hostages whom Hamas abducted", "the town where
    soldiers executed civilians", "a man arrested in Canada"), not one that says what it is for
    ("talks to discuss trade", "a conversation to explore a path forward")."""
    return verb.pos_ in ("VERB", "AUX") and (verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in (
        "VBN", "VBG") and not any(c.tag_ == "TO" for c in verb.children)))


def office_day(when: str | None, precision: str, anchor: date | None) -> str | None:
    """The day whose office holders did the act: its date's first day, or, for a month or a year
    the document is written in, the document's ("in 2025", said in March 2025, is done by the
    President of March, not of New Year's Day)."""
    if when is None:
        return None
    if anchor is not None and precision in ("month", "year") and anchor.isoformat().startswith(when):
        return anchor.isoformat()
    return first_day(when)


def arranged(token: Token, own_day: bool, when: str, precision: str, anchor: date) -> bool:
    """"The President is meeting with Prime Minister Sunak on Wednesday": the present progressive
    dated by a day of its own is an arrangement, to come; not by a day it only inherits from the
    verb above ("announced over the weekend we are sending doses"), a month ("is meeting him in
    May"), or the document's own day ("is meeting him on Monday", written on a Monday)."""
    return present_progressive(token) and own_day and precision == "day" and when != anchor.isoformat()


def setting_out(token: Token) -> bool:
    """"is traveling to the United Kingdom and Ireland this week", "we're heading to Japan": a trip
    told in the present progressive, with where it goes (SETTING_OUT); not "is traveling in the
    region" or "is traveling to China as we speak", under way, nor "is flying drones to Russia",
    things sent."""
    children = list(token.children)
    return token.lemma_.lower() in SETTING_OUT and present_progressive(token) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children) for c in children) \
        and not any(c.dep_ == "dobj" or c.lower_ in UNDER_WAY for c in children) \
        and "as we speak" not in token.sent.text.lower()


def joined_by_of(dates: list[Span]) -> list[Span]:
    """"March of 2022", "the weekend of 15 February", "the week of May 3": a date and the one after
    its "of", which the recogniser may split, are one date (the second says which)."""
    out: list[Span] = []
    for span in dates:
        before = out[-1] if out else None
        if before is not None and span.start == before.end + 1 and span.doc[before.end].lower_ == "of":
            out[-1] = span.doc[before.start:span.end]
        else:
            out.append(span)
    return out


def of_a_thing(span: Span, event: Token, cues: set[int]) -> bool:
    """"announced the appointment of the 2021-2022 class", "the 2025 Budget requested": a date that
    names which thing is meant is not when the act was done (but "the 1983 bombing" is an act's, "on
    Friday night" a time, and "in the 2022 elections", "in the run-up to Khan's April ouster" say when)."""
    root, thing = span.root, span.root.head
    if a_names_year(span):
        return True
    if root.dep_ not in ("compound", "nummod", "amod", "nmod") or thing.pos_ not in ("NOUN", "PROPN") \
            or thing.i in cues or thing.i == event.i or thing.lemma_.lower() in TIME_NOUNS:
        return False
    tok = thing
    while tok.i != event.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and (tok.head.lower_ in TIME_PREPS or (
                tok.head.lower_ == "of" and tok.head.head.lower_ in TIME_OF)):
            return False
        tok = tok.head
    return True


def a_bound(span: Span) -> bool:
    """"the first meeting since 2019", "sanctions stay until 2029", "every fiscal year since 2013",
    "attacks between October 2023 and November 2024" (across_months): a date an act runs from or to
    is not the day it was done; nor is a stretch of years ("committed $24 million between 2023 and
    2027", "from 2022 to 2027", "benefits in 2022-2026"), the period what was committed runs over."""
    root, doc = span.root, span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    around = doc[max(span.start - 1, 0):min(span.end + 2, len(doc))].text
    return before in BOUNDS or (root.dep_ == "pobj" and root.head.lower_ in BOUNDS) \
        or any(t.lower_ in BOUNDS for t in span[1:]) or YEAR_STRETCH.search(around) is not None \
        or across_months(span)


def span_date(span: Span, anchor: date) -> tuple[str, str] | None:
    """The date a date expression says (entente.coding.dates.resolve_date); a day that ends a
    stretch of days says its month ("killed 30 Palestinians between 10 and 12 March": done over
    days of March, in March)."""
    resolved = resolve_date(span.text, anchor)
    if resolved is not None and resolved[1] == "day" and stretch_opener(span) is not None:
        return resolved[0][:7], "month"
    return resolved


def stretch_opener(span: Span) -> Token | None:
    """The "between" of "between 10 and 12 March", "between October 2023 and November 2024", when
    the date is either end of such a stretch."""
    doc, root = span.doc, span.root
    first = root.head if root.dep_ == "conj" else root  # the second date is joined to the first
    return next((t for t in (span[0], doc[span.start - 1] if span.start > 0 else span[0], first.head)
                 if t.lower_ == BETWEEN), None)


def across_months(span: Span) -> bool:
    """"attacks between October 2023 and November 2024": a stretch from one month (or year) to
    another, either of its dates; not "between 10 and 12 March" or "between Saturday and Monday",
    which the month still dates (span_date)."""
    between = stretch_opener(span)
    if between is None:
        return False
    stretch = [t.lower_.rstrip(".") for t in between.subtree]  # ("Jan. 5 and Feb. 3")
    return len({w for w in stretch if w in MONTHS}) > 1 or len({w for w in stretch if YEAR.fullmatch(w)}) > 1


def a_names_year(span: Span) -> bool:
    """"India's Space Policy – 2023", "the American Rescue Plan Act of 2021": a year that ends a name
    says which thing is meant (but "March of 2022" is a date)."""
    doc = span.doc
    if span.start < 2 or not YEAR.fullmatch(span.text):
        return False
    link, name = doc[span.start - 1], doc[span.start - 2]
    return link.text in NAME_YEAR_LINKS and name.pos_ == "PROPN" and name.ent_type_ not in DAY_ENTITIES


def tense_carrier(token: Token) -> Token:
    """The verb whose tense tells when an act was done: the act's own verb in a tense of its own
    ("spoke", "will meet", "has sent", "were given"); for an act told without one, the first verb
    above it that has one: an infinitive's, a gerund's, a participle's or a noun's ("joined 44
    countries in establishing a mission to investigate", "charged a national arrested in Canada",
    "we've dealt with a Russian buildup", "forced Colombia to accept flights"). Not a verb that
    weighs the act without doing it: what was decided, discussed, proposed or ruled out ("decided to
    send troops", "discussed sending tanks", "ruled out sending troops") was not done by the
    deciding. The act's own word when none is near."""
    tok = token
    for _ in range(TENSE_CLIMB):
        if tensed(tok):
            return tok
        if tok.head.i == tok.i or weighed(tok):
            break
        tok = tok.head
    return tok if tensed(tok) else token


def weighed(verb: Token) -> bool:
    """An act its verb weighs without doing: the complement of a non-factive or deliberating verb
    ("decided to expel", "discussed sending"), or the clause the parser hangs on a deliberating one
    ("ruled out sending troops"); not what a clause beside a verb tells was done with it ("called
    Chancellor Scholz to thank Germany", "rejected the proposal, expelling the envoy")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    governor = verb.head.lemma_.lower()
    return (verb.dep_ in VERB_COMPLEMENTS and governor in WEIGHING) or (
        verb.dep_ == "advcl" and governor in DELIBERATING_VERBS)


def tensed(token: Token) -> bool:
    """A verb in a tense of its own, or with an auxiliary that gives it one (not "to")."""
    return token.pos_ in ("VERB", "AUX") and (token.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in token.children))

