"""Recognise site furniture and captions with the rules in data/furniture.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class FurnitureKind:
    name: str
    max_words: int  # the anchor: a longer paragraph is never this kind
    rules: tuple[re.Pattern, ...]
    any_rule: re.Pattern  # the rules as one expression: most paragraphs match none, tried once


@lru_cache(maxsize=1)
def furniture_kinds() -> tuple[FurnitureKind, ...]:
    raw = yaml.safe_load(resources.files("entente.data").joinpath("furniture.yaml").read_text())
    return tuple(FurnitureKind(name, spec["max_words"], tuple(re.compile(p, re.IGNORECASE) for p in spec["rules"]),
                               re.compile("|".join(f"(?:{p})" for p in spec["rules"]), re.IGNORECASE))
                 for name, spec in raw.items())


def furniture_rules_matching(paragraph: str) -> list[tuple[str, str]]:
    """Every (kind, rule) of furniture.yaml that removes the paragraph: what bench/extraction.py
    counts per rule."""
    text = paragraph.strip()
    words = len(text.split())
    return [(kind.name, rule.pattern) for kind in furniture_kinds() if words <= kind.max_words
            for rule in kind.rules if rule.search(text)]


def furniture_kind(paragraph: str) -> str | None:
    """The kind of furniture a paragraph is ("legal", "caption", ...), or None for article text."""
    text = paragraph.strip()
    words = len(text.split())
    for kind in furniture_kinds():
        if words <= kind.max_words and kind.any_rule.search(text):
            return kind.name
    return None


def drop_furniture(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if furniture_kind(p) is None]
