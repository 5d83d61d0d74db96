"""Whether a document retells what was done on other days (data/retellings.yaml): a recap of a
government's record, a compilation of reactions. Its acts told as done with no day of their own
were done on or before its day (entente.coding.document_days), as a transcript's are."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import yaml


@lru_cache(maxsize=1)
def retelling_kinds() -> tuple[tuple[str, ...], tuple[tuple[tuple[str, ...], str], ...]]:
    """The title openings and the (hosts, path) sections of data/retellings.yaml."""
    data = yaml.safe_load(resources.files("entente.data").joinpath("retellings.yaml").read_text())
    sections = tuple((tuple(s["hosts"]), s["path"]) for s in data["sections"])
    return tuple(data["title_openings"]), sections


def retells(url: str | None, title: str | None) -> bool:
    """Whether the document at `url`, titled `title`, is a retelling."""
    openings, sections = retelling_kinds()
    if isinstance(title, str) and title.strip().lower().startswith(openings):
        return True
    if not isinstance(url, str):  # (a JSONL line's "url" may be anything)
        return False
    parts = urlsplit(url)
    host = parts.hostname or ""
    return any(parts.path.startswith(path) and any(host == h or host.endswith("." + h) for h in hosts)
               for hosts, path in sections)
