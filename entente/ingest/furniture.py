"""Recognise site furniture and captions with the rules in data/furniture.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

WORDS = re.compile(r"[^\W_]+")  # runs of letters and digits: "* * *" has none


@dataclass(frozen=True)
class FurnitureKind:
    name: str
    max_words: int  # the anchor: a longer paragraph is never this kind
    rules: tuple[re.Pattern, ...]
    any_rule: re.Pattern  # the rules as one expression: most paragraphs match none, tried once
    unless: re.Pattern | None  # a paragraph this matches is never this kind

    def removes(self, lowered: str, words: int, rule: re.Pattern | None = None) -> bool:
        """Whether the kind removes a paragraph (in lower case) of so many words."""
        return (words <= self.max_words and (rule or self.any_rule).search(lowered) is not None
                and not (self.unless and self.unless.search(lowered)))


@lru_cache(maxsize=1)
def furniture_kinds() -> tuple[FurnitureKind, ...]:
    raw = yaml.safe_load(resources.files("entente.data").joinpath("furniture.yaml").read_text())
    for spec in raw.values():
        for rule in [*spec["rules"], spec.get("unless", "")]:
            if re.sub(r"\\.", "", rule) != re.sub(r"\\.", "", rule).lower():  # "\S" is a class, "S" a letter
                raise ValueError(f"furniture.yaml: rule {rule!r} has a capital letter, and paragraphs are "
                                 "searched in lower case")
    # rules are written in lower case and searched in the paragraph's: twice as fast as IGNORECASE
    return tuple(FurnitureKind(name, spec["max_words"], tuple(re.compile(p) for p in spec["rules"]),
                               re.compile("|".join(f"(?:{p})" for p in spec["rules"])),
                               re.compile(spec["unless"]) if "unless" in spec else None)
                 for name, spec in raw.items())


def as_searched(paragraph: str) -> tuple[str, int]:
    """A paragraph as the rules read it: in lower case, with its count of words."""
    lowered = paragraph.strip().lower()
    return lowered, len(WORDS.findall(lowered))


def furniture_rules_matching(paragraph: str) -> list[tuple[str, str]]:
    """Every (kind, rule) of furniture.yaml that removes the paragraph: what bench/extraction.py
    counts per rule."""
    lowered, words = as_searched(paragraph)
    return [(kind.name, rule.pattern) for kind in furniture_kinds() for rule in kind.rules
            if kind.removes(lowered, words, rule)]


def furniture_kind(paragraph: str) -> str | None:
    """The kind of furniture a paragraph is ("legal", "caption", ...), or None for article text."""
    lowered, words = as_searched(paragraph)
    for kind in furniture_kinds():
        if kind.removes(lowered, words):
            return kind.name
    return None


def drop_furniture(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if furniture_kind(p) is None]
