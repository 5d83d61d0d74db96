"""On which day an act was done: the date expression its clause governs (entente.coding.dates
reads the expression), up the tree when the clause has none, the label of the list item it is in,
or the day its paragraph has been telling of; the document's day when the text says none (an act
told in the perfect, or in a transcript told as done at all: on or before that day), or the day of
the post a quotation's label links to (entente.posts)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from entente.actors.resolve import GATHERINGS
from entente.coding.clause_modes import TIME_MARKS, intended, still_to_come
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
    MONTH_RE,
    MONTHS,
    OPENING_TOLD_FROM,
    first_day,
    gone_by,
    last_day,
    relative_date,
    resolve_date,
    says_it_is_gone,
    to_come,
    told_from_another_day,
    without_a_year,
)
from entente.coding.words import (
    ACT_GROUPINGS,
    CONVENING_VERBS,
    DELIBERATING_VERBS,
    NON_FACTIVE,
    REPORTING,
    TALKS_READ_OUT,
    TIME_NOUNS,
    TOPIC_TURNS,
    of_class,
)
from entente.nlp import TURN_LABEL, transcript

READOUT = "readout"
WRITTEN = "written"  # a parsed Doc's user_data key for its text as written, before prepare_text
RETELLING = "retelling"  # a parsed Doc's user_data key: whether the document retells (entente.retellings)
ISSUE_MONTH = "issue_month"  # a parsed Doc's user_data key: the month its title says it covers (issue_month)
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
# "The President just had a friendly phone call with the President of France": done a moment ago,
# on the day it is told, not some day before; "the Russians brokered a ceasefire overnight": in the
# night that ends on it (only where the sentence gives no date of its own: "last week, Israel struck
# Gaza overnight" was last week, and a day told of before is kept: "Protests continued on Friday.
# Overnight, police arrested 30 people")
JUST_NOW = {"just", "overnight"}
# "Microsoft recently announced an investment", written in a fact sheet: done some time before the
# document's day, whatever kind of document tells it
# ("earlier" alone is as often earlier the same day: "The President earlier spoke with President Sisi")
GONE_BY_ADVERBS = {"previously", "recently"}
# how many words a label naming who posted may have: "Joint Statement by the Foreign Ministers of
# Qatar, Jordan, UAE, Indonesia, Pakistan, Türkiye, Saudi Arabia, and Egypt:" has 17
POST_LABEL_WORDS = 24
# a day named with no year is read as the last one gone by (entente.coding.dates.resolve_date); one
# that lies further back than this was meant ahead ("his next court appearance on April 5", written
# in March), so no story tells of it (told_from_days): half a year, as far as a weekday's day reaches
MEANT_AHEAD = timedelta(days=183)
NAMING_DEPS = {"compound", "poss", "nmod", "amod"}  # "the Aug. 20 runoff", "Sunday's vote": a date naming a thing
YEAR = re.compile(r"(?:19|20)\d\d")
# "On the campaign trail in the USA, October 2020", "Oil market report — May 2021": a title that ends,
# after a separator (not a word's hyphen: "fighting of mid-May 2021"), with a month and year
TITLE_MONTH = re.compile(rf"(?:[,:|(\u2014\u2013]|(?<!\w)-)\s*((?:{MONTH_RE})\.?\s+(?:19|20)\d\d)\)?\s*$",
                         re.IGNORECASE)
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


def line_of(span: Span, line_starts: list[int]) -> int:
    """The index of the line a span (a sentence, a date) starts on (`line_starts`: each line's first
    token)."""
    return bisect_right(line_starts, span.start) - 1


def item_label_date(sent: Span, dates_at: dict[int, Span], line_starts: list[int]) -> Span | None:
    """"August 2001: An Iran-backed Hamas terrorist blew up a Jerusalem pizzeria": the date that
    labels a list item, which the parser may cut off as a sentence of its own, dates what follows
    it in the paragraph (`line_starts`: the doc's first token of each line, in order; `dates_at`:
    its date expressions by first token)."""
    doc = sent.doc
    label = dates_at.get(line_starts[line_of(sent, line_starts)])
    if label is None or label.end >= len(doc) or doc[label.end].text != ":" or label.end + 1 > sent.end:
        return None
    return label


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


def issue_month(headline: Doc, anchor: date | None) -> str | None:
    """"On the campaign trail in the USA, October 2020", published on November 2: the month ("2020-10")
    a periodical's issue covers, as its title (parsed: `headline`) ends with it, in which what the issue
    tells as done with no day of its own was done. Only the month it came out in or the one before (not
    "Thirty years on: the invasion of Kuwait, August 1990"), and only a title whose words before the
    month name what it is, with no verb: a headline that tells of something ("Turkey threatens Greece
    over drilling — August 2020", "Five killed in Kabul attack — October 2020", "Biden to meet Putin —
    June 2021") is news of its day."""
    m = TITLE_MONTH.search(headline.text.rstrip()) if anchor is not None else None
    month = resolve_date(m.group(1), anchor) if m is not None else None
    if month is None or month[1] != "month" or any(
            t.pos_ in ("VERB", "AUX") for t in headline if t.idx < m.start()):
        return None
    previous = anchor.replace(day=1) - timedelta(days=1)
    return month[0] if month[0] in (anchor.isoformat()[:7], previous.isoformat()[:7]) else None


def of_the_issues_time(act: Token, carrier: Token) -> bool:
    """What an issue tells of the month it covers ("Biden slammed Trump", "had accused", "would not
    commit", "China pledges support", "is seeking access"), not what it tells as done up to its writing
    ("has imposed sanctions since 2017") or as still to come ("will host talks", "is scheduled to
    meet": the act, or the verb that carries its tense)."""
    return not (still_to_come(act) or still_to_come(carrier)) and not (perfect(carrier) and not past_perfect(carrier))


def posted_lines(doc: Doc, line_starts: list[int], posts: dict[str, tuple[date, ...]]) -> dict[int, date]:
    """The lines (by index) that a post says the day of: one labelled by the words of a link to a
    dated post, "[French President Emmanuel Macron](x.com/...): “I welcome ...”" (entente.posts), and
    the lines after it while its quotation stays open. Where the same words label several lines, the
    n-th line is of the n-th post they link when they label as many lines as they link posts made by
    the document's day."""
    texts = [doc[start:end].text if start < end else ""
             for start, end in zip(line_starts, [*line_starts[1:], len(doc)])]
    labels = [post_label(text, posts) for text in texts]
    labelled_lines = Counter(words for words in labels if words is not None)
    labelled_so_far: Counter[str] = Counter()
    days: dict[int, date] = {}
    day: date | None = None
    curly, straight = 0, False  # the quotation marks the labelled quotation has opened and not closed
    for n, (text, words) in enumerate(zip(texts, labels)):
        labelled = None
        if words is not None:
            linked = posts[words]
            labelled = linked[labelled_so_far[words]] if len(linked) == labelled_lines[words] else (
                linked[0] if len(set(linked)) == 1 else None)
            labelled_so_far[words] += 1
        if labelled is not None:
            day, curly, straight = labelled, 0, False
        elif curly <= 0 and not straight:
            day = None
        if day is not None:
            days[n] = day
            curly += text.count("“") - text.count("”")
            straight ^= text.count('"') % 2 == 1
    return days


def post_label(line: str, posts: dict[str, tuple[date, ...]]) -> str | None:
    """The words of a link to a post that end the label opening the line ("Sen. John Barrasso:", a
    few words before a colon), if they do."""
    label, colon, _ = line.partition(":")
    label = label.strip()
    if not colon or not label or len(label.split()) > POST_LABEL_WORDS or any(q in label for q in "“\""):
        return None
    return next((words for words in posts if label.endswith(words)), None)


class DocumentDays:
    """The days a document's acts were done on, asked in the order they are told."""

    def __init__(self, doc: Doc, anchor: date | None, posts: dict[str, tuple[date, ...]] | None = None,
                 reported: bool = False):
        self.anchor = anchor
        # news (`reported`: a text no institution speaks in) tells of days before its own as much as
        # of its day, its lede too (in the Wikinews corpus, by an independent reading, about 33 of
        # the 36 undated acts its ledes tell were done before the article's day), where a
        # government's statement or fact sheet tells mostly the day's acts
        self.reported = reported
        # a transcript (a briefing, remarks): what its speakers tell as done with no day of its own
        # was done before they spoke, not on the day of the transcript
        written = doc.user_data.get(WRITTEN) or doc.text
        self.spoken = transcript(written)
        # so was what a retelling (a recap, a compilation of reactions: entente.retellings) tells as done
        self.looks_back = self.spoken or bool(doc.user_data.get(RETELLING))
        # a periodical's issue tells of the month its title names (issue_month)
        self.issue_month = doc.user_data.get(ISSUE_MONTH)
        # the document's dates once (Span.ents walks the whole document each time it is asked)
        self.dates = joined_by_of([e for e in doc.ents if e.label_ in DAY_ENTITIES])  # "later today" is a time
        self.dates = sorted(self.dates + missed_openings(doc, self.dates), key=lambda span: span.start)
        self.dates_at = {e.start: e for e in self.dates}
        self.line_starts = [0, *(t.i + 1 for t in doc if t.is_space and "\n" in t.text)]
        # the lines that open a speaker's turn ("MR. KIRBY:", "Q"), read in the text as written (the
        # parser's text has the label blanked into the line's opening space)
        self.turns = {k for k, start in enumerate(self.line_starts) if self.spoken and start < len(doc)
                      and TURN_LABEL.match(written, written.rfind("\n", 0, doc[start].idx) + 1)}
        self.read_out = read_out_lines(self.dates, anchor, self.line_starts, self.turns) if self.spoken else {}
        self.posted = posted_lines(doc, self.line_starts, posts) if anchor is not None and posts else {}
        self.told: tuple[int, tuple[str, str]] | None = None  # the line and day of the last act told as done that day
        self.retold = opening_day(doc, anchor, self.dates, self.line_starts)
        self.told_from = told_from_days(self.dates, anchor) if anchor is not None else {}
        # the expressions that tell a time from another day that no day named before says ("The next
        # day", after a year): their acts are not of the day their paragraph told of
        self.unread = {e.start for e in self.dates if told_from_another_day(e.text) and e.start not in self.told_from}

    def day_of(self, token: Token, sent: Span, cues: set[int], carrier: Token | None = None
               ) -> tuple[str | None, str, bool]:
        """As event_date, for the act of `token` in `sent` (`cues`: the sentence's other event
        words): else the label of its list item, else the day its paragraph (its line, as text is
        stored: one paragraph a line) has been telling of ("Mr. Sullivan met Dr. Yusuf in Geneva
        yesterday. Both sides discussed ...": told in the simple past with no day of its own,
        yesterday's). The tense is that of the `carrier`, the verb that carries the act's noun when
        one does ("has had conversations with", "made 3,000 arrests"), else of the verb that tells
        of the act (tense_carrier)."""
        carrier = tense_carrier(carrier or token)
        dates = [e for e in self.dates if sent.start <= e.start < sent.end]
        line = line_of(sent, self.line_starts)
        # a quotation labelled by a link to a post is dated by the post: "today" is its day
        anchor = self.posted.get(line, self.anchor)
        label = item_label_date(sent, self.dates_at, self.line_starts)
        labelled = resolve_date(label.text, anchor) if label is not None and anchor is not None else None
        # an item labelled with a year tells of that time: its dates with no year are of it ("October
        # 2023: Hamas terrorists kidnapped 12 Americans in the October 7th massacre", written in 2025);
        # a month named is of the label's year ("... On November 24, Hamas released ..."), a weekday
        # or "this month" of the label's own span ("October 2023: On Tuesday, Hamas attacked")
        told_of = anchor
        if labelled and YEAR.search(label.text):
            named = dates and all(any(t.lower_.rstrip(".") in MONTHS for t in e) for e in dates)
            told_of = min(anchor, last_day(labelled[0][:4] if named else labelled[0]))
        # (the days a story names are read against the document's day: not in a labelled item or a post)
        when, precision, coming = event_date(token, told_of, cues, dates,
                                             self.told_from if told_of == self.anchor else None)
        if anchor is None:
            return when, precision, coming
        posted = precision == "document" and line in self.posted
        if posted:
            precision = "day"
        # a call read out at a briefing goes on paragraph by paragraph ("The President spoke with
        # Prime Minister Netanyahu today. ... | He expressed concern ... | The two leaders agreed
        # ..."), up to another speaker's turn; elsewhere the next paragraph may tell of another day
        if self.told is not None and self.told[0] != line and not (
                self.spoken and line == self.told[0] + 1 and line not in self.turns):
            self.told = None
        # (in a transcript or a retelling, today's too: what was discussed on the call today was not
        # discussed on some day before)
        if precision == "day" and carrier.tag_ == "VBD" and when is not None and (
                when < anchor.isoformat() or (self.looks_back and when == anchor.isoformat())):
            self.told = (line, (when, precision))
        elif precision == "document" and any(e.start in self.unread for e in dates):
            pass  # "The next day, the separatists agreed": not the day the paragraph told of, and which, unsaid
        elif precision == "document" and self.told is not None and carrier.tag_ == "VBD":
            when, precision = self.told[1]
            self.told = (line, self.told[1])
        elif precision == "document" and line in self.read_out and carrier.tag_ == "VBD":
            when, precision = self.read_out[line]
        elif precision == "document" and self.retold is not None and "VBD" in (carrier.tag_, sent.root.tag_):
            when, precision = self.retold
        # else (after the day its paragraph told of, which is closer: "2023: On October 7, Hamas attacked
        # Israel. It took 240 hostages") the time its item's label or its issue's title tells of (an act
        # told in the past perfect was done before that time, or early in it: on or before its end)
        issue = (self.issue_month, "month") if self.issue_month and of_the_issues_time(token, carrier) else None
        told = labelled or issue
        if precision == "document" and told is not None:
            when, precision = (last_day(told[0]).isoformat(), "before") if past_perfect(carrier) else told
        # what a transcript's speaker, a post's author, a retelling or a news report tells as done
        # ("Russia dismissed the claim as groundless"), and what any text tells in the perfect ("South
        # Africa has contributed $10 million"), was done on or before the day (the post's: "President
        # Trump gave Iran a diplomatic off-ramp", posted in June of a spring offer), no more said
        adverbs = {c.lower_ for c in carrier.children if c.dep_ == "advmod"}
        if (precision == "document" or posted) and told_as_done(carrier) \
                and (self.looks_back or self.reported or posted or perfect(carrier) or adverbs & GONE_BY_ADVERBS) \
                and not adverbs & JUST_NOW:
            precision = "before"
        return when, precision, coming


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


def read_out_lines(dates: list[Span], anchor: date | None, line_starts: list[int], turns: set[int]
                   ) -> dict[int, tuple[str, str]]:
    """"Now, a readout on the President's discussion today with Prime Minister Netanyahu. | The two
    consulted on ... | He expressed concern ...", "On the call today, President Biden asked ...",
    "earlier this morning, the President did convene a call with allies": in a transcript, a call
    or meeting of a day that a speaker reads out, told as held, is told on, paragraph by paragraph,
    up to the next speaker's turn, a paragraph with a date of its own or one that turns to another
    topic ("Separately, ..."); the lines so told, and that day. Not a call still to be held ("in a
    press call today, the Secretary will highlight ...", "is preparing for his meeting today")."""
    out: dict[int, tuple[str, str]] = {}
    dated_lines = {line_of(span, line_starts) for span in dates}
    for span in dates:
        resolved = span_date(span, anchor) if anchor is not None else None
        dated = span.root.head
        telling = dated if dated.pos_ == "VERB" else span.root.sent.root
        held = telling.pos_ == "NOUN" or told_as_done(telling) or any(a.lower_ == "did" for a in auxiliaries(telling))
        if resolved is None or resolved[1] != "day" or resolved[0] > anchor.isoformat() or not held \
                or not names_a_talk(dated):
            continue
        line = line_of(span, line_starts)
        while line < len(line_starts) and line not in out:
            out[line] = resolved
            line += 1
            if line in turns or line in dated_lines or (line < len(line_starts) and turns_to_another_topic(
                    span.doc, line_starts[line])):
                break
    return out


def turns_to_another_topic(doc: Doc, start: int) -> bool:
    """A paragraph that opens "Separately, ...", "Now, turning to Ukraine, ..."."""
    opening = [t.lower_ for t in doc[start:start + 6] if not (t.is_space or t.is_punct)][:2]
    return any(word in TOPIC_TURNS for word in opening)


def names_a_talk(dated: Token) -> bool:
    """The word a day is said of is a call or meeting ("the discussion today"), the readout of one
    (the parser may hang the call's day there: "a readout on the President's discussion today"),
    or a verb telling of one ("convened a call", "On the call today, President Biden asked"); not
    a readout issued on a day, which is no talk."""
    objects = [c for c in dated.children if c.dep_ in ("dobj", "pobj")] + [
        g for c in dated.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if dated.pos_ == "NOUN" and dated.lemma_.lower() == READOUT:
        objects = [o for o in objects if o.head.dep_ == "prep"]
    elif dated.pos_ == "NOUN":
        return dated.lemma_.lower() in TALKS_READ_OUT
    elif dated.pos_ not in ("VERB", "ADP"):  # (the parser may hang the day on "On": "On the call today")
        return False
    return any(o.pos_ == "NOUN" and o.lemma_.lower() in TALKS_READ_OUT for o in objects)


def opening_day(doc: Doc, anchor: date | None, dates: list[Span], line_starts: list[int]
                ) -> tuple[str, str] | None:
    """"On September 22, 2021, President Biden convened a virtual Global COVID-19 Summit": a document
    that opens by telling, in the simple past, of a gathering held on an earlier day (the readout of
    a summit, written two days on) tells of that day what it says, in the simple past, was done or
    said there, when the act has no day of its own. Not a news story's lead ("met the Indian foreign
    minister on Monday"), whose other paragraphs may tell of other days."""
    if anchor is None or len(doc) == 0:
        return None
    first = next(doc.sents)
    root = first.root
    line_end = line_starts[1] if len(line_starts) > 1 else len(doc)
    # what was convened, wherever the parser hangs it or cuts the sentence ("convened | a virtual
    # Global COVID-19 Summit focused on ...")
    if root.tag_ != "VBD" or root.lemma_.lower() not in CONVENING_VERBS or not any(
            t.lemma_.lower() in GATHERINGS for t in doc[root.i + 1:line_end]):
        return None
    for span in dates:
        if span.start >= first.end:
            break
        resolved = resolve_date(span.text, anchor)
        if attached(span.root, root, set()) and resolved is not None and resolved[1] == "day" \
                and resolved[0] < anchor.isoformat():
            return resolved
    return None
