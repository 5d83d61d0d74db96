"""entente's reference data: codes, gazetteers, office holders, verb patterns and word classes,
each file with a note on where its facts come from."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """word_classes.yaml, each class's words lower-cased: read once, for the coder
    (entente.coding.words) and for the resolver below it (entente.actors.gazetteer)."""
    raw = yaml.safe_load(resources.files(__name__).joinpath("word_classes.yaml").read_text(encoding="utf-8"))
    return {name: frozenset(str(w).lower() for w in words) for name, words in raw.items()}
