"""The event lexicon (data/lexicon.yaml) indexed for matching on a dependency parse."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from entente.coding.codebook import codebook

PREPOSITIONS = {"with", "to", "on", "upon", "in", "for", "against", "up", "down", "off", "out",
                "back", "into", "from", "about", "over", "at", "by", "of", "away", "as", "toward",
                "towards", "behind", "aside", "across", "through", "under"}
FRAME_DEPS = {"prt", "prep", "dobj", "acomp", "attr", "xcomp", "pobj", "advmod", "ccomp", "aux",
              "det", "amod", "compound", "dative", "oprd", "npadvmod"}


@dataclass(frozen=True)
class Pattern:
    words: tuple[str, ...]
    code: str

    @property
    def specificity(self) -> tuple[int, int]:
        return (len(self.words), len(self.code))


@dataclass
class Match:
    """A lexicon hit: the pattern and the tokens it used (the last is where the target hangs)."""

    pattern: Pattern
    tokens: list[Token]

    @property
    def code(self) -> str:
        return self.pattern.code

    @property
    def ends_in_preposition(self) -> bool:
        return len(self.tokens) > 1 and self.tokens[-1].dep_ in ("prep", "prt") \
            and self.tokens[-1].lower_ in PREPOSITIONS


@dataclass
class Lexicon:
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]  # last word of the noun phrase -> patterns

    def match_verb(self, verb: Token) -> Match | None:
        """The longest pattern that fits; among equals, the one whose words sit closest to the verb
        ("agreed to lift ..., with strings attached" is "agree to", not "agree with")."""
        best: Match | None = None
        best_key: tuple = ()
        for pattern in self.verbs.get(verb.lemma_.lower(), []):
            tokens = match_frame(verb, pattern.words[1:])
            if tokens is None:
                continue
            key = (*pattern.specificity, -sum(abs(t.i - verb.i) for t in tokens))
            if best is None or key > best_key:
                best, best_key = Match(pattern, [verb, *tokens]), key
        return best

    def match_noun(self, noun: Token) -> Match | None:
        best: Match | None = None
        keys = {noun.lemma_.lower(), noun.lower_}
        doc = noun.doc
        if noun.i >= 2 and doc[noun.i - 1].text == "-":  # "cease-fire" is three tokens
            keys.add(f"{doc[noun.i - 2].lower_}-{noun.lower_}")
        for key in keys:
            for pattern in self.nouns.get(key, []):
                modifiers = pattern.words[:-1]
                if len(modifiers) >= 2 and modifiers[-1] == "of":
                    # "state of emergency": the noun is the object of "of" hanging on the head noun
                    head = noun.head.head
                    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and head.lemma_.lower() == modifiers[-2]:
                        if best is None or pattern.specificity > best.pattern.specificity:
                            best = Match(pattern, [head, noun.head, noun])
                    continue
                left = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")]
                words = [t.lemma_.lower() for t in left]
                if list(modifiers) == words[len(words) - len(modifiers):] if modifiers else True:
                    used = left[len(left) - len(modifiers):] if modifiers else []
                    if best is None or pattern.specificity > best.pattern.specificity:
                        best = Match(pattern, [*used, noun])
        return best


def frame_tokens(verb: Token) -> list[Token]:
    """Children of the verb, and of its objects and prepositions, in text order; an object's
    measure is seen through ("handed over 700 kg of medicine" hands over medicine)."""
    out = []
    for child in verb.children:
        if child.dep_ in FRAME_DEPS:
            out.append(child)
            out.extend(g for g in child.children if g.dep_ in FRAME_DEPS)
            if child.dep_ == "dobj":
                out.extend(m for g in child.children if g.dep_ == "prep" and g.lower_ == "of"
                           for m in g.children if m.dep_ == "pobj")
    return sorted(out, key=lambda t: t.i)


def attaches(token: Token, verb: Token, used: list[Token]) -> bool:
    """A pattern's preposition hangs on the verb or on a word of the pattern ("be in Moscow", not
    "is the largest economy in the EU"), and does not introduce a date."""
    if token.dep_ == "aux" and token.i < verb.i:
        return False  # "to undertake" is no "undertake to"
    if token.dep_ not in ("prep", "prt"):
        return True
    objects = [g for g in token.children if g.dep_ == "pobj"]
    if objects and all(g.ent_type_ in ("DATE", "TIME") for g in objects):
        return False  # "called on Tuesday for ..." is not "call on"
    return token.head.i == verb.i or any(token.head.i == u.i for u in used)


def match_frame(verb: Token, words: tuple[str, ...]) -> list[Token] | None:
    """Tokens around the verb that spell the rest of a pattern, in order; None if they don't."""
    if not words:
        return []
    candidates = frame_tokens(verb)
    used: list[Token] = []
    position = -1
    for word in words:
        hit = next((t for t in candidates if (t.lemma_.lower() == word or t.lower_ == word)
                    and t.i > position and t not in used and attaches(t, verb, used)), None)
        if hit is None:
            return None
        used.append(hit)
        position = hit.i
    return used


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    raw = yaml.safe_load(resources.files("entente.data").joinpath("lexicon.yaml").read_text())
    known = codebook()
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    for code, entry in raw.items():
        if code not in known:
            raise ValueError(f"lexicon.yaml: {code} is not a CAMEO code")
        for phrase in entry.get("verbs", []):
            words = tuple(str(phrase).lower().split())
            verbs.setdefault(words[0], []).append(Pattern(words, code))
        for phrase in entry.get("nouns", []):
            words = tuple(str(phrase).lower().split())
            nouns.setdefault(words[-1], []).append(Pattern(words, code))
    return Lexicon(verbs, nouns)


class DocumentLexicon:
    """The lexicon's answers for one document's tokens, each worked out once: the coder asks about
    the same token from several places (triggers, date cues, frames)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.verbs: dict[int, Match | None] = {}
        self.nouns: dict[int, Match | None] = {}

    def match_verb(self, token: Token) -> Match | None:
        if token.i not in self.verbs:
            self.verbs[token.i] = self.lexicon.match_verb(token)
        return self.verbs[token.i]

    def match_noun(self, token: Token) -> Match | None:
        if token.i not in self.nouns:
            self.nouns[token.i] = self.lexicon.match_noun(token)
        return self.nouns[token.i]
