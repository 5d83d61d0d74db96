"""The social-media posts a text links to, and the day each was made, read from the post's own
address (data/posts.yaml): a compilation's "French President Emmanuel Macron: “I welcome ...”",
linked to his post, was said on the post's day, not the compilation's.

A document keeps them as text, one "YYYY-MM-DD words of the link" a line (Document.posts)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def post_sites() -> list[tuple[re.Pattern, int, int, date]]:
    sites = yaml.safe_load(resources.files("entente.data").joinpath("posts.yaml").read_text())
    return [(re.compile(s["pattern"], re.IGNORECASE), s["shift"], s["epoch_ms"], s["since"]) for s in sites]


def post_day(url: str) -> date | None:
    """The day (UTC) the post at `url` was made, or None for an address that is no dated post."""
    for pattern, shift, epoch_ms, since in post_sites():
        if found := pattern.search(url):
            try:
                made = datetime.fromtimestamp(((int(found.group(1)) >> shift) + epoch_ms) / 1000, UTC)
            except (OverflowError, OSError, ValueError):
                return None
            return made.date() if made.date() >= since else None
    return None


def write_posts(posts: list[tuple[str, date]]) -> str | None:
    """The document's posts as it keeps them: one "YYYY-MM-DD words" a line, in the order linked
    (the words as the reader writes a line: spaces single, none at the ends)."""
    return "\n".join(f"{day.isoformat()} {words}" for words, day in posts) or None


def read_posts(posts: str | None, written_by: date | None = None) -> dict[str, tuple[date, ...]]:
    """Each linked wording and the days of its posts, in the order linked (a compilation may quote one
    person twice, each time linking that quotation's post); a post after `written_by` (the document's
    day) is no post the document quotes."""
    days: dict[str, list[date]] = {}
    for line in (posts or "").splitlines():
        when, _, words = line.partition(" ")
        try:
            day = date.fromisoformat(when)
        except ValueError:
            continue
        if words and (written_by is None or day <= written_by):
            days.setdefault(words, []).append(day)
    return {words: tuple(found) for words, found in days.items()}
