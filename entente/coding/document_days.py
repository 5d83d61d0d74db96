"""The days a document tells of beyond an act's own clause: the label of the list item an act is in,
the day its paragraph has been telling of, a call read out at a briefing, the gathering a readout
opens with, the post a quotation's label links to, the month a periodical's issue covers; and, where
the text says none, the document's day (an act told in the perfect, or in a transcript, a retelling
or a news report told as done at all: on or before that day). The date an act's own clause gives is
entente.coding.event_dates'."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from entente.actors.resolve import GATHERINGS
from entente.coding.clause_modes import still_to_come
from entente.coding.clauses import (
    DAY_ENTITIES,
    attached,
    auxiliaries,
    past_perfect,
    perfect,
    present_perfect,
    told_as_done,
)
from entente.coding.dates import MONTH_RE, MONTHS, last_day, resolve_date, told_from_another_day
from entente.coding.event_dates import (
    YEAR,
    event_date,
    joined_by_of,
    missed_openings,
    span_date,
    tense_carrier,
    told_from_days,
)
from entente.coding.words import CONVENING_VERBS, TALKS_READ_OUT, TOPIC_TURNS
from entente.nlp import TURN_LABEL, transcript

READOUT = "readout"
WRITTEN = "written"  # a parsed Doc's user_data key for its text as written, before prepare_text
RETELLING = "retelling"  # a parsed Doc's user_data key: whether the document retells (entente.retellings)
ISSUE_MONTH = "issue_month"  # a parsed Doc's user_data key: the month its title says it covers (issue_month)
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
# "On the campaign trail in the USA, October 2020", "Oil market report — May 2021": a title that ends,
# after a separator (not a word's hyphen: "fighting of mid-May 2021"), with a month and year
TITLE_MONTH = re.compile(rf"(?:[,:|(\u2014\u2013]|(?<!\w)-)\s*((?:{MONTH_RE})\.?\s+(?:19|20)\d\d)\)?\s*$",
                         re.IGNORECASE)


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
    return not (still_to_come(act) or still_to_come(carrier) or present_perfect(carrier))


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
        if precision == "document":
            issue = (self.issue_month, "month") if self.issue_month and of_the_issues_time(token, carrier) else None
            told = labelled or issue
            if told is not None:
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
