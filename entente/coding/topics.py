"""What a framed event is about. CAMEO splits appeals, intents, concessions, demands, refusals and
protests by topic ("demanded the resignation of" is 1041, "rallied for democracy" 1414); the
topic words and the code each frame takes per topic live in data/topics.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from entente.coding.words import of_class

MAX_WORDS = 3
MONEY_TOPIC = "econ_aid"  # "a grant of 580 million shillings"


def is_money(token: Token) -> bool:
    """An amount given as money, not the value of goods ("$50,000 worth of goods")."""
    if token.ent_type_ != "MONEY":
        return False
    end = token.i
    while end < len(token.doc) and token.doc[end].ent_type_ == "MONEY":
        end += 1
    return end == len(token.doc) or token.doc[end].lower_ != "worth"


@dataclass(frozen=True)
class Easing:
    """The frames whose codes for some topics are their easing (topics.yaml "easing")."""

    families: frozenset[str]
    topics: frozenset[str]
    words: frozenset[str]  # what eases a topic it governs
    imposed_words: frozenset[str]  # a topic named by these and not eased is threatened ...
    imposed: dict[str, str]  # ... by this code, per frame family


@dataclass
class Topics:
    words: dict[tuple[str, ...], str]  # lemma tuple -> topic
    codes: dict[str, dict[str, str]]  # frame family -> topic -> code
    easing: Easing

    def family(self, code: str) -> str | None:
        return next((code[:n] for n in (3, 2) if code[:n] in self.codes), None)

    def topic_of(self, tokens: list[Token], among: dict[str, str] | None = None) -> str | None:
        """The first topic the tokens (in text order) name, longer phrases first; with `among`,
        the first of those topics (a hunger strike's "strike" is no topic of a hunger strike)."""
        found = self.named_topic(tokens, among)
        return found[0] if found else None

    def named_topic(self, tokens: list[Token], among: dict[str, str] | None = None) -> tuple[str, Token] | None:
        """As topic_of, with the word that names the topic."""
        lemmas = [t.lemma_.lower() for t in tokens]
        lowers = [t.lower_ for t in tokens]
        for k in range(len(tokens)):
            if k + 1 < len(tokens) and tokens[k + 1].text == "-":
                continue  # "right-winger" is no right
            if is_money(tokens[k]) and (among is None or MONEY_TOPIC in among):
                return MONEY_TOPIC, tokens[k]
            for size in range(MAX_WORDS, 0, -1):
                for words in (lowers, lemmas):
                    topic = self.words.get(tuple(words[k:k + size]))
                    if topic and k + size <= len(tokens) and (among is None or topic in among):
                        return topic, tokens[k]
        return None

    def eased(self, word: Token, tokens: list[Token]) -> bool:
        """Whether a word of easing governs the topic's word within the tokens ("the lifting of
        sanctions", "to end their demonstrations"; not "an embargo on oil to reduce its revenues")."""
        within = {t.i for t in tokens}
        return any(of_class(a, self.easing.words) for a in (word, *word.ancestors) if a.i in within)

    def refine(self, code: str, tokens: list[Token]) -> str:
        """The topic's code when it refines `code` (or `code` is its frame's general code)."""
        family = self.family(code)
        if family is None or len(code) == 4:
            return code
        found = self.named_topic(tokens, self.codes[family])
        topic, word = found if found else (None, None)
        refined = self.codes[family].get(topic) if topic else None
        if refined is None:
            return code
        general = code.endswith("0") and len(family) == 2
        if not (general or refined.startswith(code)):
            return code
        if topic in self.easing.topics and family in self.easing.families and not self.eased(word, tokens):
            # not eased but asked for or meant: sanctions themselves are threatened, anything else
            # (a ban, a protest) is asked for or meant as such
            threatened = of_class(word, self.easing.imposed_words)
            return self.easing.imposed.get(family, code) if threatened else code
        return refined


@lru_cache(maxsize=1)
def default_topics() -> Topics:
    raw = yaml.safe_load(resources.files("entente.data").joinpath("topics.yaml").read_text())
    words = {tuple(str(w).lower().split()): topic for topic, ws in raw["topics"].items() for w in ws}
    easing = Easing(**{k: v if isinstance(v, dict) else frozenset(str(w) for w in v)
                       for k, v in raw["easing"].items()})
    return Topics(words, {str(k): v for k, v in raw["codes"].items()}, easing)
