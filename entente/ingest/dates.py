"""Publication dates written in page furniture ("June 15, 2022", "24 May 2022")."""

from __future__ import annotations

import re
from datetime import datetime

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
DATE_PATTERN = re.compile(
    rf"\b(?:(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b|\d{{1,2}} (?:{MONTHS})\.? \d{{4}}\b|"
    r"\d{4}-\d{2}-\d{2}(?=T|\b))",  # an ISO day, alone or opening a timestamp ("2022-05-24T10:00Z")
    re.IGNORECASE,
)
FORMATS = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d")


def parse_date(text: str) -> str | None:
    """The ISO form of the first full date written in `text`, or None."""
    match = DATE_PATTERN.search(text)
    if not match:
        return None
    raw = re.sub(r"(?<=\d)(st|nd|rd|th)\b|[.,]", "", match.group(0)).replace("Sept", "Sep")
    for fmt in FORMATS:
        try:
            return datetime.strptime(raw, fmt).date().isoformat()
        except ValueError:
            continue
    return None
