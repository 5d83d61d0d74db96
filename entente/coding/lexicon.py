"""The event lexicon indexed by lemma for matching on a dependency parse: entente's own patterns
(data/lexicon.yaml, written by meaning) and PETRARCH2's verb dictionary (data/petrarch/verbs.json,
converted by scripts/convert_petrarch.py) form one lexicon with one precedence rule (Lexicon.rank).

A pattern is a verb lemma (or an event noun) and the words around it on the parse, in order:
particles, prepositions, the object's lemma or a word class ("&weapon", PETRARCH's synonym sets).
A preposition written "(to" opens a phrase: the words after it stand in that phrase, and the words
before any such preposition in the verb's object ("throw * out charges", "hack * (to death)"), as
PETRARCH's patterns say. A passive clause's subject stands for the object ("two drones were shot
down" is "shoot down &aircraft"). A PETRARCH pattern whose code is "---" says the words are no event.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from entente.actors.resolve import prep_objects
from entente.coding.codebook import codebook
from entente.coding.frames import FRAMES
from entente.coding.words import (
    DIRECTIONAL_VERBS,
    MEASURE_NOUNS,
    OPENING_WORDS,
    OTHER_OUTLOOKS,
    OWN_READINGS,
    UNIT_NOUNS,
    VIOLENT_EVENT_NOUNS,
    of_class,
)

NULL_CODE = "---"  # PETRARCH's code for "these words are no event"
ACCORD = "019"  # "share Congress's concern": accord with whose it is (entente.coding.clauses)
ENTENTE = "entente"

PREPOSITIONS = {"with", "to", "on", "upon", "in", "for", "against", "up", "down", "off", "out",
                "back", "into", "from", "about", "over", "at", "by", "of", "away", "as", "toward",
                "towards", "behind", "aside", "across", "through", "under", "around", "round", "beside", "alongside"}
SENSE_KEEPING_PARTICLES = {"back"}
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "dative", "acomp"}
INFINITIVE_FRAMES = ("02", "03", "10", "12", "13")  # appeals, intents, demands, refusals, threats
MODIFIER_DEPS = {"compound", "amod", "nmod"}
FRAME_DEPS = {"prt", "prep", "dobj", "acomp", "attr", "xcomp", "pobj", "advmod", "ccomp", "aux",
              "det", "amod", "compound", "dative", "oprd", "npadvmod"}


@dataclass(frozen=True)
class Pattern:
    words: tuple[str, ...]
    code: str
    origin: str = ENTENTE  # "entente", or the PETRARCH file line the pattern was converted from
    reciprocal: bool = False  # PETRARCH's "[062:062]": both sides do it to each other

    @property
    def converted(self) -> bool:
        return self.origin != ENTENTE

    @property
    def plain(self) -> bool:
        """A verb alone, or a reading converted from PETRARCH2: one whose sense entente's own rules
        for the verb decide ("received drones" hosts no one), as its longer patterns would say."""
        return len(self.words) == 1 or self.converted

    @cached_property
    def needs(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """The plain words (prepositions unmarked) and the word classes that must be around the verb."""
        rest = self.words[1:]
        return (frozenset(w.lstrip("(") for w in rest if not w.startswith("&")),
                tuple(w for w in rest if w.startswith("&")))

    @property
    def names_target(self) -> bool:
        """The pattern ends in the preposition that introduces the target ("lend support to")."""
        return len(self.words) > 1 and self.words[-1].lstrip("(") in PREPOSITIONS

    @property
    def precedence(self) -> tuple[int, int, bool, bool, int]:
        """The one precedence rule: the longer pattern, and among equals the one with more words
        that are not prepositions ("rush &food" says more than "rush (to"); then entente's own over
        a converted one (written for how entente reads a clause); then the one that names the
        target; then the more specific code."""
        content = sum(1 for w in self.words if w.lstrip("(") not in PREPOSITIONS)
        return (len(self.words), content, not self.converted, self.names_target, len(self.code))


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
    classes: dict[str, frozenset[str]] = field(default_factory=dict)  # "&weapon" -> its lemmas

    def match_verb(self, verb: Token, converted: bool = True) -> Match | None:
        """The pattern that fits and comes first (Pattern.precedence; among equals, the one whose
        words sit closest to the verb: "agreed to lift ..., with strings attached" is "agree to");
        None when none fits or the first says "no event". `converted=False`: entente's own only.
        A verb that entente reads as a frame (an appeal, intent, demand, refusal or threat, coded
        by what its object or clause asks: entente.coding.frames) or by its own rule (OWN_READINGS)
        keeps entente's reading."""
        best = self.best_verb_match(verb, converted)
        if best is not None and best.pattern.converted:
            own = self.best_verb_match(verb, converted=False)
            if own is not None and (own.code in FRAMES or verb.lemma_.lower() in OWN_READINGS):
                return own
        return None if best is None or best.code == NULL_CODE else best

    def best_verb_match(self, verb: Token, converted: bool) -> Match | None:
        best: Match | None = None
        best_key: tuple = ()
        candidates = frame_tokens(verb, self.of_heads)
        # the words around the verb, once: most patterns name a word that is not there
        present = {t.lemma_.lower() for t in candidates} | {t.lower_ for t in candidates}
        particles = phrasal_particles(verb)
        for pattern in self.verb_candidates(verb.lemma_.lower(), present):
            if (not converted and pattern.converted) or not self.could_fit(pattern, present) \
                    or not particles <= pattern.needs[0]:
                continue
            tokens = match_frame(verb, pattern.words[1:], self.classes, pattern.converted, candidates, pattern.code)
            if tokens is None:
                continue
            key = (*pattern.precedence, -sum(abs(t.i - verb.i) for t in tokens))
            if best is None or key > best_key:
                best, best_key = Match(pattern, [verb, *tokens]), key
        return best

    @cached_property
    def of_heads(self) -> frozenset[str]:
        """The nouns a verb pattern spells with an "of" after them ("state" of "declare state of
        emergency", "lifting" of "call for lifting of sanction")."""
        return frozenset(words[k - 1] for patterns in self.verbs.values() for pattern in patterns
                         for words in [pattern.words] for k in range(1, len(words)) if words[k] == "of")

    def verb_candidates(self, lemma: str, present: set[str]) -> list[Pattern]:
        """The lemma's patterns whose one indexed word is around the verb, in dictionary order:
        a common verb ("make", "give") has hundreds of converted patterns, and most name a word
        the sentence lacks."""
        bare, by_word = self.verb_index.get(lemma, ((), {}))
        found = [*bare, *(entry for word in present for entry in by_word.get(word, ()))]
        return [pattern for _, pattern in sorted(found, key=lambda entry: entry[0])]

    @cached_property
    def verb_index(self) -> dict[str, tuple[list, dict[str, list]]]:
        """Per verb lemma: the (position, pattern) pairs that need no plain word, and the rest
        under one word each needs (its rarest among the lemma's patterns)."""
        index = {}
        for lemma, patterns in self.verbs.items():
            counts = Counter(word for pattern in patterns for word in pattern.needs[0])
            bare, by_word = [], {}
            for position, pattern in enumerate(patterns):
                plain = pattern.needs[0]
                if not plain:
                    bare.append((position, pattern))
                else:
                    by_word.setdefault(min(sorted(plain), key=counts.__getitem__), []).append((position, pattern))
            index[lemma] = (bare, by_word)
        return index

    def could_fit(self, pattern: Pattern, present: set[str]) -> bool:
        plain, classes = pattern.needs
        return plain <= present and all(not self.classes.get(c, frozenset()).isdisjoint(present) for c in classes)

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
                        if best is None or pattern.precedence > best.pattern.precedence:
                            best = Match(pattern, [head, noun.head, noun])
                    continue
                left = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")]
                words = [t.lemma_.lower() for t in left]
                if list(modifiers) == words[len(words) - len(modifiers):] if modifiers else True:
                    used = left[len(left) - len(modifiers):] if modifiers else []
                    if best is None or pattern.precedence > best.pattern.precedence:
                        best = Match(pattern, [*used, noun])
        return None if best is None or best.code == NULL_CODE else best


def phrasal_particles(verb: Token) -> frozenset[str]:
    """The particles that make the verb another word: "struck down" a law is no strike, "freed up"
    land frees no one, "take out" a target is no taking. A pattern fits such a verb only if it
    names the particle. "back" keeps the verb's sense ("fought back", "flew back to Kabul"), as
    does any particle of a verb of sending ("shipped out doses"), and "up to 16" is a count that
    the parser may take for a particle."""
    if verb.lemma_.lower() in DIRECTIONAL_VERBS:
        return frozenset()
    return frozenset(c.lower_ for c in verb.children if c.dep_ == "prt" and c.lower_ not in SENSE_KEEPING_PARTICLES
                     and not is_count_bound(c))


def is_count_bound(token: Token) -> bool:
    following = token.doc[token.i + 1: token.i + 3]
    return len(following) == 2 and following[0].lower_ == "to" and following[1].like_num


def is_measure(noun: Token) -> bool:
    """"700 kg", "$2 million worth", "a shipment": a noun that counts what its "of" names."""
    return noun.like_num or noun.lemma_.lower() in MEASURE_NOUNS or any(c.dep_ == "nummod" for c in noun.children)


def of_objects(word: Token) -> list[Token]:
    """What the word is "of" ("700 kg of medicine", "the resumption of talks", "a group of reporters")."""
    return prep_objects(word, "of")


def measured(noun: Token) -> list[Token]:
    """What a measure counts ("700 kg of medicine": medicine); nothing for another noun."""
    return of_objects(noun) if is_measure(noun) else []


def opened(word: Token) -> list[Token]:
    """What an opening word opens ("the resumption of talks", "opening negotiations": the talks, the
    negotiations); nothing for another word."""
    if not of_class(word, OPENING_WORDS):
        return []
    # a gerund opens its object (the parser may take "opening" for a noun that has one)
    return [c for c in word.children if c.dep_ == "dobj"] or of_objects(word)


def frame_tokens(verb: Token, of_heads: frozenset[str] = frozenset()) -> list[Token]:
    """Children of the verb, and of its objects and prepositions (with their objects' modifiers, and
    what an object is "of" or held "as"), in text order; a measure is seen through ("handed over
    700 kg of medicine" hands over medicine), and so is an opening ("called for the resumption of
    talks" calls for talks). A passive subject is the object ("drones were shot down")."""
    out = []
    for child in verb.children:
        if child.dep_ == "advcl":  # "pushed for Congress to update the law": "for" marks the clause
            out.extend(m for m in child.children if m.dep_ == "mark" and m.lower_ == "for")
        if child.dep_ in FRAME_DEPS or child.dep_ == "nsubjpass":
            out.append(child)
            for grandchild in child.children:
                if child.dep_ == "prep" and grandchild.dep_ in ("pobj", "pcomp"):
                    out.extend(opened(grandchild))
                if grandchild.dep_ in FRAME_DEPS:
                    out.append(grandchild)
                    if grandchild.dep_ == "pobj":
                        out.extend(m for m in grandchild.children if m.dep_ in MODIFIER_DEPS)
                    if child.dep_ == "dobj" and grandchild.dep_ == "prep":
                        # "declared a state of emergency", "holding families as human shields": a
                        # pattern's object may be a noun of a noun (one that patterns spell so:
                        # `of_heads`; a measure's is seen through below), or what it is held as
                        named = [g for g in grandchild.children if g.dep_ == "pobj"]
                        if grandchild.lower_ == "of" and child.lemma_.lower() in of_heads:
                            out.extend(named)
                        elif grandchild.lower_ == "as":
                            out.extend(t for g in named for t in (g, *g.children) if t is g or t.dep_ in MODIFIER_DEPS)
            if child.dep_ in ("dobj", "nsubjpass"):
                out.extend(measured(child))
    return sorted(out, key=lambda t: t.i)


def in_slot(token: Token, verb: Token, phrase: Token | None) -> bool:
    """Where a word of a pattern with marked phrases may stand: inside the prepositional phrase it
    follows; before any, as a particle or in the verb's object (its head, a modifier of it, or what
    a measure counts)."""
    if phrase is not None:
        return any(a.i == phrase.i for a in token.ancestors)
    if token.dep_ in OBJECT_DEPS or token.dep_ == "prt":
        return token.head.i == verb.i
    if token.dep_ in MODIFIER_DEPS:
        return token.head.dep_ in OBJECT_DEPS and token.head.head.i == verb.i
    return token.dep_ == "pobj" and token.head.lower_ == "of" and is_measure(token.head.head)


def attaches(token: Token, verb: Token, used: list[Token], code: str = "") -> bool:
    """A pattern's preposition hangs on the verb or on a word of the pattern ("be in Moscow", not
    "is the largest economy in the EU"), and does not introduce a date. An infinitive's "to" spells
    a pattern's "to" only for what asks, offers, agrees, refuses or threatens ("agreed to lift"):
    "are going to consider" goes nowhere."""
    if token.dep_ == "aux" and (token.i < verb.i or not code.startswith(INFINITIVE_FRAMES)):
        return False  # "to undertake" is no "undertake to"
    if token.dep_ == "xcomp" and token.lower_ in PREPOSITIONS:
        return False  # "I'm not going to —": an infinitive broken off leads nowhere
    if token.dep_ not in ("prep", "prt"):
        return True
    objects = [g for g in token.children if g.dep_ == "pobj"]
    if objects and all(g.ent_type_ in ("DATE", "TIME") for g in objects):
        return False  # "called on Tuesday for ..." is not "call on"
    # "held families as human shields": the parser may hang what the object is held as on the object
    held_as = token.lower_ == "as" and token.head.dep_ == "dobj" and token.head.head.i == verb.i
    return token.head.i == verb.i or any(token.head.i == u.i for u in used) or held_as


def spells(token: Token, word: str, classes: dict[str, frozenset[str]]) -> bool:
    if word.startswith("("):
        return token.dep_ in ("prep", "agent", "dative") and token.lower_ == word[1:]
    if word.startswith("&"):
        members = classes.get(word, frozenset())
        return token.lemma_.lower() in members or token.lower_ in members
    return token.lemma_.lower() == word or token.lower_ == word


def match_frame(verb: Token, words: tuple[str, ...], classes: dict[str, frozenset[str]] | None = None,
                structured: bool = False, candidates: list[Token] | None = None, code: str = "") -> list[Token] | None:
    """Tokens around the verb (its frame_tokens, when not given) that spell the rest of a pattern,
    in order (a passive subject, which stands before its verb, in any place); None if they don't.
    A converted pattern (`structured`) or one with a marked phrase puts each word in its slot."""
    if not words:
        return []
    candidates = frame_tokens(verb) if candidates is None else candidates
    phrased = structured or any(w.startswith("(") for w in words)
    phrase: Token | None = None
    used: list[Token] = []
    position = -1
    for k, word in enumerate(words):
        hit = next((t for t in candidates if spells(t, word, classes or {})
                    and (t.i > position or t.dep_ == "nsubjpass") and t not in used
                    and attaches(t, verb, used, code) and not (k == len(words) - 1 and names_a_kind(t))
                    and (not phrased or word.startswith("(") or in_slot(t, verb, phrase))), None)
        if hit is None:
            return None
        used.append(hit)
        phrase = hit if word.startswith("(") else phrase
        position = max(position, hit.i) if hit.dep_ == "nsubjpass" else hit.i
    return used


def names_a_kind(word: Token) -> bool:
    """"launched gun trafficking strike forces", "formed an assault team": an attack that only says
    what kind of unit the noun after it is is no attack ("launched strike drones against Kyiv", "a
    strike mission" are)."""
    return word.dep_ == "compound" and word.lemma_.lower() in VIOLENT_EVENT_NOUNS \
        and word.head.lemma_.lower() in UNIT_NOUNS and word.head.i > word.i


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    data = resources.files("entente.data")
    raw = yaml.load(data.joinpath("lexicon.yaml").read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    known = codebook()
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    for code, entry in raw.items():
        if code not in known and code != NULL_CODE:
            raise ValueError(f"lexicon.yaml: {code} is not a CAMEO code")
        for phrase in entry.get("verbs", []):
            words = tuple(str(phrase).lower().split())
            verbs.setdefault(words[0], []).append(Pattern(words, code))
        for phrase in entry.get("nouns", []):
            words = tuple(str(phrase).lower().split())
            nouns.setdefault(words[-1], []).append(Pattern(words, code))
    converted = json.loads(data.joinpath("petrarch", "verbs.json").read_text(encoding="utf-8"))
    for block in converted["blocks"]:
        for verb, code, reciprocal, line in block["verbs"]:
            origin = f"CAMEO.2.0.txt line {line}"
            if code is not None:
                verbs.setdefault(verb[0], []).append(Pattern(tuple(verb), code, origin, reciprocal))
            for words, pattern_code, pattern_reciprocal, pattern_line, _ in patterns_for(" ".join(verb), block):
                verbs.setdefault(verb[0], []).append(Pattern(
                    (*verb, *words), pattern_code, f"CAMEO.2.0.txt line {pattern_line}", pattern_reciprocal))
    classes = {name: frozenset(m for m in members if " " not in m)
               for name, members in converted["synsets"].items()}
    return Lexicon(verbs, nouns, classes)


@lru_cache(maxsize=1)
def shared_outlooks() -> frozenset[str]:
    """What is shared as an outlook, not as goods or know-how (CAMEO 06): the nouns of the lexicon's
    "share view", "share values" accords ("a core American value that is shared by people of all
    faiths") and a few more (word class other_outlooks)."""
    return OTHER_OUTLOOKS | frozenset(p.words[1] for p in default_lexicon().verbs.get("share", ())
                                      if p.code == ACCORD and not p.converted and len(p.words) == 2)


def patterns_for(verb: str, block: dict) -> list[list]:
    """A block's patterns as they apply to one of its verbs: of those with the same words (written
    for different verbs: "provide military" is aid, "give military" a show of force), the one whose
    comment names this verb, else the last (as PETRARCH keeps). A pattern is [words after the verb,
    code, reciprocal, line, the verbs its comment names] (scripts/convert_petrarch.py)."""
    chosen: dict[tuple, list] = {}
    for pattern in block["patterns"]:
        key = tuple(pattern[0])
        if key not in chosen or verb not in chosen[key][4] or verb in pattern[4]:
            chosen[key] = pattern
    return list(chosen.values())


class DocumentLexicon:
    """The lexicon's answers for one document's tokens, each worked out once: the coder asks about
    the same token from several places (triggers, date cues, frames)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.verbs: dict[int, Match | None] = {}
        self.nouns: dict[int, Match | None] = {}

    @property
    def classes(self) -> dict[str, frozenset[str]]:
        return self.lexicon.classes

    def match_verb(self, token: Token, converted: bool = True) -> Match | None:
        if not converted:
            return self.lexicon.match_verb(token, converted=False)
        if token.i not in self.verbs:
            self.verbs[token.i] = self.lexicon.match_verb(token)
        return self.verbs[token.i]

    def settle(self, token: Token, match: Match | None) -> None:
        """What the token's verb is for the rest of the document, once the coder has chosen."""
        self.verbs[token.i] = match

    def match_noun(self, token: Token) -> Match | None:
        if token.i not in self.nouns:
            self.nouns[token.i] = self.lexicon.match_noun(token)
        return self.nouns[token.i]
