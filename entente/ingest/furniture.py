"""Recognise site furniture and captions with the rules in data/furniture.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def furniture_rules() -> dict[str, list[re.Pattern]]:
    raw = yaml.safe_load(resources.files("entente.data").joinpath("furniture.yaml").read_text())
    return {kind: [re.compile(p, re.IGNORECASE) for p in pats] for kind, pats in raw.items()}


def furniture_rules_matching(paragraph: str) -> list[tuple[str, str]]:
    """Every (kind, rule) of furniture.yaml that the paragraph matches: what bench/extraction.py
    counts per rule."""
    text = paragraph.strip()
    return [(kind, p.pattern) for kind, patterns in furniture_rules().items() for p in patterns if p.search(text)]


def furniture_kind(paragraph: str) -> str | None:
    """The kind of furniture a paragraph is ("legal", "caption", ...), or None for article text."""
    text = paragraph.strip()
    for kind, patterns in furniture_rules().items():
        if any(p.search(text) for p in patterns):
            return kind
    return None


def drop_furniture(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if furniture_kind(p) is None]
