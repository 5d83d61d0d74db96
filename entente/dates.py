"""Dates as people write them, read one way wherever they enter entente: a document's metadata, a
JSONL field, a dateline in page furniture, a CLI option or a web parameter. What comes out is a
`datetime.date`, which travels as it is to the store (DATE columns) and to the coder.
"""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
DATE_PATTERN = re.compile(
    rf"\b(?:(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b|\d{{1,2}} (?:{MONTHS})\.? \d{{4}}\b|"
    r"\d{4}-\d{1,2}-\d{1,2}(?=T|\b))",  # an ISO day, alone or opening a timestamp ("2022-05-24T10:00Z")
    re.IGNORECASE,
)
FORMATS = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d")
EXAMPLE = "2022-05-03, May 3, 2022 or 3 May 2022"


def parse_date(text: str) -> date | None:
    """The first full date written in `text` ("Islamabad, May 3, 2022 —"), or None."""
    try:
        return parse_day(text)
    except ValueError:
        return None


def read_match(written: str) -> date | None:
    raw = re.sub(r"(?<=\d)(st|nd|rd|th)\b|[.,]", "", written).replace("Sept", "Sep").replace("sept", "sep")
    for fmt in FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None


def parse_day(value: str | date) -> date:
    """The day a value gives, as people write one: "2022-05-03", "2022-05-03T10:00:00Z", "May 3,
    2022", "Tue, 03 May 2022 10:00:00 GMT", "Tuesday, May 3, 2022". A value with no such date
    ("yesterday") or an impossible one ("2022-13-45") is a ValueError whose message says what was
    written and what is read."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = DATE_PATTERN.search(text)
    day = read_match(match.group(0)) if match else None
    if day is None:
        raise ValueError(f"{text!r} is not a day (write {EXAMPLE})")
    return day
