"""Event dates from the words of a sentence, resolved against the document's date.

News writes dates relative to the day it was published: "on May 17", "April 26", "this month",
"in early April", "last year", "on Monday". Each resolves to the latest such date not after the
document date, with the precision the words carry (day, month or year); a day given with its
weekday ("Sunday, September 15") to the one within half a year either side that falls on it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAY_RE = "|".join(WEEKDAYS)
# how far from the document a day named with its weekday may be, either way: "Sunday, September 15"
# said on Friday 13 September 2024 is two days on, not a year back; a fit further off is a misprint
WEEKDAY_REACH = timedelta(days=183)
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
NIGHT_OWNERS = {"the", "his", "her", "its", "their", "our", "my", "your"}  # "the last night" of something
YEAR_SAID = {"last": -1, "this": 0, "next": 1}  # "February of last year": years from the document's


def month_before(year: int, month: int, anchor: date) -> int:
    """The year in which `month` last began on or before the anchor."""
    return year if (year, month) <= (anchor.year, anchor.month) else year - 1


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None  # no such day ("February 29" of a common year, "April 31")


def by_weekday(before: str, month: int, day: int, anchor: date) -> date | None:
    """The day of the month that the weekday written just before it ("Sunday, September 15") falls
    on, within WEEKDAY_REACH of the anchor, past or to come."""
    named = re.search(rf"\b({WEEKDAY_RE}),?\s*(?:the\s+)?$", before)
    if named is None:
        return None
    fits = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) for d in [valid_date(y, month, day)]
            if d is not None and d.weekday() == WEEKDAYS[named.group(1)] and abs(d - anchor) <= WEEKDAY_REACH]
    return min(fits, key=lambda d: abs(d - anchor), default=None)


def last_night(text: str) -> bool:
    """"last night", "late last night"; not the last night of something ("on the last night" of a
    convention, "on his last night in Kabul")."""
    m = re.search(r"(?:\b(\w+)\s+)?\blast night\b", text)
    return m is not None and m.group(1) not in NIGHT_OWNERS


def resolve_date(text: str, anchor: date) -> tuple[str, str] | None:
    """(ISO date, precision) for a date expression, or None when it names no point in time."""
    t = text.lower().strip()
    if m := re.search(rf"\b({MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b", t) or \
            re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_RE})\.?(?:,? (\d{{4}}))?\b", t):
        first, second, year = m.groups()
        month, day = (MONTHS[first], int(second)) if first in MONTHS else (MONTHS[second], int(first))
        y = int(year) if year else month_before(anchor.year, month, anchor)
        weekday_fit = None if year else by_weekday(t[:m.start()], month, day, anchor)
        if weekday_fit is not None:
            return weekday_fit.isoformat(), "day"
        found = valid_date(y, month, day)
        if found is None:
            return None
        if not year and found > anchor:
            found = date(y - 1, month, min(day, calendar.monthrange(y - 1, month)[1]))
        return found.isoformat(), "day"
    if m := re.search(rf"\b({MONTH_RE})\.?(?:,? (\d{{4}})| of (\d{{4}}))?\b", t):
        month, written = MONTHS[m.group(1)], m.group(2) or m.group(3)
        # "in February of last year", "March this year": the year said beside the month
        said = re.match(r"\s*(?:of\s+)?(last|this|next)\s+year\b", t[m.end():])
        y = int(written) if written else anchor.year + YEAR_SAID[said.group(1)] if said \
            else month_before(anchor.year, month, anchor)
        return date(y, month, 1).isoformat()[:7], "month"
    if m := re.search(r"\b(19|20)\d{2}\b", t):
        return m.group(0), "year"
    if "tomorrow" in t:
        return (anchor + timedelta(days=1)).isoformat(), "day"
    if m := re.search(r"\bnext (week|month|year)\b", t):
        if m.group(1) == "year":
            return str(anchor.year + 1), "year"
        if m.group(1) == "week":
            return (anchor + timedelta(days=7)).isoformat()[:7], "month"
        return (f"{anchor.year + 1}-01" if anchor.month == 12 else f"{anchor.year}-{anchor.month + 1:02d}"), "month"
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", t):
        return anchor.isoformat(), "day"
    if "yesterday" in t or last_night(t):
        return (anchor - timedelta(days=1)).isoformat(), "day"
    if ago := time_ago(t, anchor):
        return ago
    for name, number in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", t):
            back = (anchor.weekday() - number) % 7
            return (anchor - timedelta(days=back)).isoformat(), "day"
    if re.search(r"\b(last|past) (week|weekend)\b", t):
        # a week is no precision of entente's: the month it fell in
        return (anchor - timedelta(days=7)).isoformat()[:7], "month"
    if re.search(r"\bearlier this week\b", t):
        return (anchor - timedelta(days=anchor.weekday())).isoformat()[:7], "month"  # the week's month
    if re.search(r"\b(this|the) weekend\b", t):
        # the last Saturday and Sunday ("this weekend, Hamas released videos", "over the weekend");
        # said of what will be done, the next (without_a_year)
        return (anchor - timedelta(days=(anchor.weekday() - 5) % 7)).isoformat()[:7], "month"
    if re.search(r"\bthis month\b", t):
        return anchor.isoformat()[:7], "month"
    if re.search(r"\blast month\b", t):
        previous = anchor.replace(day=1) - timedelta(days=1)
        return previous.isoformat()[:7], "month"
    if re.search(r"\bthis year\b", t):
        return str(anchor.year), "year"
    if re.search(r"(?<!the )\blast year\b", t):  # "during the last year" is a span up to now
        return str(anchor.year - 1), "year"
    return None


# "the same day", "later that month", "the following day", "two days later", "the previous month": a
# time told from the day the story last named, not from the writing (relative_date)
UNITS = r"(day|morning|afternoon|evening|night|week|month|year)"
# ("that day" alone may be any day the story has in mind: "the Oct. 7 attack ... killed 1,200 people
# that day", after a Sunday named since)
SAME_TIME_WORDS = r"(?:(?:on\s+)?(?:the|that)\s+same|(?:earlier|later)\s+that(?:\s+same)?)\s+" + UNITS
NEXT_OR_LAST_WORDS = r"(?:on\s+)?the\s+(following|next|previous|preceding)\s+" + UNITS
DAYS_ON_WORDS = r"(\w+(?:[- ]\w+)?)\s+(day|week)s?\s+(later|earlier)"
SAME_TIME, NEXT_OR_LAST, DAYS_ON = (re.compile(f"^{words}$") for words in (
    SAME_TIME_WORDS, NEXT_OR_LAST_WORDS, DAYS_ON_WORDS))
# the same words opening a sentence, where the recogniser of dates may miss them ("The following day,
# the OAS condemned the raid")
OPENING_TOLD_FROM = re.compile(rf"(?:{SAME_TIME_WORDS}|{NEXT_OR_LAST_WORDS}|{DAYS_ON_WORDS})\b", re.IGNORECASE)


def told_from_another_day(text: str) -> bool:
    """Whether the words tell a time from another day ("the next day", "a few days later")."""
    t = " ".join(text.lower().split())
    return any(pattern.match(t) for pattern in (SAME_TIME, NEXT_OR_LAST, DAYS_ON))


def relative_date(text: str, last_named: date, latest: date) -> tuple[str, str] | None:
    """(ISO date, precision) of a time told from `last_named`, the day the story last named ("On
    Friday, the committees subpoenaed Pompeo. On the same day, Volker resigned"): "the same day",
    "that same night", "later that month", "the following day", "the previous month", "the next year",
    "two days later", "a week earlier"; None for any other words, or for a time after `latest` (the
    writing's day)."""
    t = " ".join(text.lower().split())
    moved: date | None = None
    if m := SAME_TIME.match(t):
        moved, unit = last_named, m.group(1)
    elif m := NEXT_OR_LAST.match(t):
        step, unit = (1 if m.group(1) in ("following", "next") else -1), m.group(2)
        if unit == "year":  # (its first day: a year to come has begun only if that has)
            moved = date(last_named.year + step, 1, 1)
        elif unit == "month":
            month = last_named.year * 12 + last_named.month - 1 + step
            moved = date(month // 12, month % 12 + 1, 1)
        else:
            moved = last_named + timedelta(days=(7 if unit == "week" else 1) * step)
    elif (m := DAYS_ON.match(t)) and m.group(1) not in VAGUE_COUNTS and (n := count_of(m.group(1))):
        unit = m.group(2)
        moved = last_named + timedelta(days=n * (7 if unit == "week" else 1) * (1 if m.group(3) == "later" else -1))
    if moved is None or moved > latest:
        return None
    if unit == "year":
        return str(moved.year), "year"
    if unit in ("week", "month"):
        return moved.isoformat()[:7], "month"  # "the following week": its month, as a week is no precision
    return moved.isoformat(), "day"


NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
           "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "several": 3, "a few": 3}
# counts that name no number: no day is told from them ("a few days later")
VAGUE_COUNTS = {"several", "a few"}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
COUNT = (r"\d{1,3}|(?:" + "|".join(TENS) + r")(?:[- ]" + ONES + r")?|"
         + "|".join(sorted(NUMBERS, key=len, reverse=True)))
HALF = r"(\s+and\s+a\s+half)?"  # "three and a half years ago", "a year and a half ago"
AGO = re.compile(r"\b(" + COUNT + r")?" + HALF + r"\s*(day|week|month|year|decade)(s?)" + HALF + r"\s+ago\b")
UNIT_DAYS = {"week": 7, "month": 30, "year": 365.25}


def count_of(words: str) -> int:
    """"3", "three", "twenty-five", "a few": how many."""
    if words.isdigit():
        return int(words)
    tens, _, ones = words.replace("-", " ").partition(" ")
    return TENS[tens] + NUMBERS.get(ones, 0) if tens in TENS else NUMBERS.get(words, 0)


def time_ago(text: str, anchor: date) -> tuple[str, str] | None:
    """"two days ago" (day), "five weeks ago", "months ago" (month), "three years ago", "twenty
    years ago", "a decade ago" (year), "three and a half years ago" (month: half a year is no
    calendar year); "years ago", "decades ago" say no year."""
    m = AGO.search(text)
    if m is None:
        return None
    n = count_of(m.group(1)) if m.group(1) else 0
    half = bool(m.group(2) or m.group(5))
    unit = m.group(3)
    if unit == "day":
        return ((anchor - timedelta(days=n)).isoformat(), "day") if n else None
    if unit in ("year", "decade") and not half:
        if not n and m.group(4):
            return None  # "years ago": some years, which
        return str(anchor.year - (n or 1) * (10 if unit == "decade" else 1)), "year"
    if unit == "decade":
        return None
    # "months ago": two at least
    days = UNIT_DAYS[unit] * ((n or (0 if half else 2)) + (0.5 if half else 0))
    return (anchor - timedelta(days=round(days))).isoformat()[:7], "month"


# words that put an act after the moment of writing ("later today", "in the coming days", "next
# week"): what they date is still to come, even on the document's own day. Not a story's own
# sequence: "later that day", "the next morning" follow a past act
TO_COME = re.compile(r"\b(tomorrow|upcoming|(?<!the )next (week|month|year)|later (today|tonight|this \w+)"
                     r"|the coming (days|weeks|months))\b")


def to_come(text: str) -> bool:
    return TO_COME.search(text.lower()) is not None


# words that put what they date before the moment of writing ("last week", "two days ago",
# "yesterday", "earlier this month"), whatever the precision the date is resolved to
GONE_BY = re.compile(r"\b(yesterday|ago|last (night|week|month|year|weekend)|earlier (today|this \w+)"
                     r"|(the )?past (week|month|year)|previous (week|month|year))\b")


def gone_by(text: str, when: str | None, anchor: date) -> bool:
    """Whether a date expression, or the day, month or year it resolved to ("2022-04"), is over
    before the anchor's day."""
    return GONE_BY.search(text.lower()) is not None or (when is not None and anchor.isoformat()[:len(when)] > when)


def says_it_is_gone(text: str, when: str | None, anchor: date) -> bool:
    """Whether a date expression says it is over before the anchor's day: in words ("last week",
    "yesterday") or by a year gone by ("in 2019", "on May 3, 2022"); a bare weekday or month,
    resolved to the last one gone by (resolve_date), says nothing of it ("on Monday")."""
    return gone_by(text, None, anchor) or (not without_a_year(text) and gone_by(text, when, anchor))


def without_a_year(text: str) -> bool:
    """"on Wednesday", "in July", "May 17", "this weekend": resolved as the last such day before
    the writing (resolve_date), which a clause saying what will be done ("will meet on Wednesday")
    turns into the next one."""
    t = text.lower()
    return re.search(r"\b(19|20)\d{2}\b", t) is None and re.search(
        rf"\b({WEEKDAY_RE}|{MONTH_RE}|weekend)\b", t) is not None


def last_day(iso: str) -> date:
    """The last day of a day, month or year ("2023-10" -> 2023-10-31)."""
    if len(iso) == 4:
        return date(int(iso), 12, 31)
    if len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:])
        return date(year, month, calendar.monthrange(year, month)[1])
    return date.fromisoformat(iso)


def first_day(iso: str) -> str:
    """The first day of a day, month or year, for comparing against office dates."""
    return {4: f"{iso}-01-01", 7: f"{iso}-01"}.get(len(iso), iso)
