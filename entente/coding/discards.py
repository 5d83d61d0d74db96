"""Sentences that are not political events whatever their verbs say: a rule per kind (sport,
markets, entertainment, a transcript's stage directions, figures of speech), with its words in
data/not_political.yaml, and PETRARCH2's discard phrases (data/petrarch/discards.json) as one more."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Span, Token

WAR_WORDS = {"war", "attack", "assault", "fight", "battle", "crusade", "onslaught", "offensive", "campaign"}


def phrases_pattern(phrases: list[str]) -> re.Pattern:
    """Whole-word matches of any phrase, case aside, plurals too. The phrases are written as a
    prefix tree: Python's re tries a flat alternation's hundreds of phrases one by one at every
    position of the text."""
    tree: dict = {}
    for phrase in {p.lower() for p in phrases if p.strip()}:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(r"(?<![\w-])" + tree_pattern(tree) + r"(?:e?s)?(?![\w-])", re.IGNORECASE)


def tree_pattern(node: dict) -> str:
    """The regex of a prefix tree's phrases; a longer phrase is tried before its own prefix."""
    branches = [re.escape(char) + tree_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase ends here, and longer ones go on
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


@dataclass(frozen=True)
class NotPolitical:
    kinds: dict[str, re.Pattern]  # kind -> what marks a sentence of that kind
    story: re.Pattern  # PETRARCH's story-wide discards: a document that names one codes nothing
    figurative_targets: frozenset[str]
    occasions: re.Pattern  # the Games: sport, unless the sentence names a government or its diplomacy
    statecraft: re.Pattern

    def sporting(self, sentence: str) -> bool:
        """The Games named with no government or diplomacy beside them: sport."""
        return bool(self.occasions.search(sentence)) and not self.statecraft.search(sentence)

    def discards_story(self, text: str) -> bool:
        return bool(self.story.search(text))

    def figurative(self, word: Token, target: Token | None) -> bool:
        """"the war on drugs", "an attack on democracy": a war word aimed at no one."""
        return word.lemma_.lower() in WAR_WORDS and target is not None and (
            target.lemma_.lower() in self.figurative_targets or target.lower_ in self.figurative_targets)


@lru_cache(maxsize=1)
def not_political() -> NotPolitical:
    data = resources.files("entente.data")
    own = yaml.safe_load(data.joinpath("not_political.yaml").read_text(encoding="utf-8"))
    petrarch = json.loads(data.joinpath("petrarch", "discards.json").read_text(encoding="utf-8"))
    kinds = {
        "sports": phrases_pattern(own["sports"]),
        "sports result": re.compile("|".join(own["sports_results"]), re.IGNORECASE),
        "stage direction": re.compile("|".join(own["stage_directions"]), re.MULTILINE),
        "markets": phrases_pattern(own["markets"]),
        "entertainment": phrases_pattern(own["entertainment"]),
        # sport, shows, celebrities; a word alone ("football", "tennis") is too often a political
        # sentence's aside ("jailed for playing in a football tournament")
        "PETRARCH discard": phrases_pattern([p for p in petrarch["sentence"] if " " in p]),
    }
    return NotPolitical(kinds, phrases_pattern(petrarch["story"]), frozenset(own["figurative_targets"]),
                        phrases_pattern(own["sporting_occasions"]), phrases_pattern(own["statecraft"]))


def political_sentences(sentences: list[Span], text: str) -> list[Span]:
    """The sentences that may hold political events (each rule read over the text once)."""
    rules = not_political()
    if rules.discards_story(text):
        return []
    # a pattern's group is its mark: a stage direction's bracket, not the indentation before it
    marks = sorted(m.start(1) if pattern.groups else m.start()
                   for pattern in rules.kinds.values() for m in pattern.finditer(text))
    # no mark inside the sentence's words (the blank after them, which spaCy counts in, is the next line's)
    return [s for s in sentences
            if bisect_left(marks, s.start_char) == bisect_left(marks, s.start_char + len(s.text.rstrip()))
            and not rules.sporting(s.text)]
