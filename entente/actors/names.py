"""Finding the dictionary's names in a parsed text.

A name matches its words whatever their case or accents, across runs of spaces and line breaks
(extracted PDF text: "the   United\nStates"), curly or straight apostrophes and soft hyphens. Case still counts
twice: a name written in capitals in the dictionary ("WHO", "AID") matches only as written (the
dictionary lists "Nato" or "Farc" where they are names too), and any other name matches a span
that starts with a capital or is written exactly as the dictionary writes it ("al-Qaeda"), so that
"us" is not the United States and "who" is not an organisation.

Names are compared with their spaces taken out, against the text's tokens joined: a name need not
be tokenized (tens of thousands of them would take seconds to load) and still matches only whole
tokens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

SOFT_HYPHEN = "\u00ad"
# The first token of a name as the parser's tokenizer cuts it: up to a space, hyphen, slash, comma
# or bracket ("al" of "al-Qaeda", "U.N." of "U.N. Secretary General").
FIRST_TOKEN = re.compile(r"[^\s\-–—/,()]+")
MAX_TOKENS = 16  # no name in the dictionary runs over this many tokens
# British spellings of the words institutions are named with, folded to the American on both
# sides, as the dictionaries mostly write them: "the World Health Organisation" is their "World
# Health Organization" (where they list both spellings, the one written wins: names.accepted)
BRITISH_SPELLINGS = re.compile(r"organis|defence|centre|programme")
AMERICAN_SPELLING = {"organis": "organiz", "defence": "defense", "centre": "center", "programme": "program"}


def key_of(text: str) -> str:
    """A text's case-free form without spaces, soft hyphens, full stops or accents ("U.N. Security
    Council" is "UN Security Council", "Pérez Molina" is "Perez Molina": the dictionaries mostly
    write names without accents, the press often with), spelt the American way."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = BRITISH_SPELLINGS.sub(lambda m: AMERICAN_SPELLING[m.group(0)], text.lower())
    return "".join(text.replace("’", "'").replace("‘", "'").replace(SOFT_HYPHEN, "").replace(".", "").split())


@lru_cache(maxsize=1 << 16)
def token_key(text: str) -> str:
    """key_of for a token's text: most tokens of a document are words it has met before."""
    return key_of(text)


@dataclass
class NameIndex:
    """The dictionary's names by the key of their first token and by their whole key."""

    names: dict[str, list[str]]  # whole key -> the names written so
    firsts: dict[str, int]  # first token's key -> the longest key of a name starting with it

    @classmethod
    def build(cls, names: list[str]) -> NameIndex:
        index: dict[str, list[str]] = {}
        firsts: dict[str, int] = {}
        for name in names:
            key = key_of(name)
            first = FIRST_TOKEN.match(name.strip())
            if not key or first is None:
                continue
            index.setdefault(key, []).append(name)
            head = key_of(first.group(0))
            firsts[head] = max(firsts.get(head, 0), len(key))
        return cls(index, firsts)

    def spans(self, doc: Doc) -> list[Span]:
        """Every span of the doc that one of the names fits, labelled with that name."""
        tokens = [t for t in doc if not t.is_space]
        keys = [token_key(t.text) for t in tokens]
        out = []
        for k, first in enumerate(keys):
            longest = self.firsts.get(first)
            if longest is None:
                continue
            joined = ""
            for j in range(k, min(k + MAX_TOKENS, len(keys))):
                if not keys[j]:
                    continue  # a full stop spells nothing: "India." is the name without it
                joined += keys[j]
                if len(joined) > longest:
                    break
                found = self.names.get(joined)
                if found:
                    # as many words as the name: "Pakistan is" spells "Pakistanis" but is two words
                    words = 1 + sum(1 for m in range(k, j)
                                    if tokens[m].whitespace_ or tokens[m + 1].i > tokens[m].i + 1)
                    found = [name for name in found if len(name.split()) == words]
                    name = accepted("".join(t.text for t in tokens[k:j + 1]), found) if found else None
                    if name is not None:
                        out.append(Span(doc, tokens[k].i, tokens[j].i + 1, label=name))
        return out


def accepted(written: str, candidates: list[str]) -> str | None:
    """The name that the text, as written (spaces out), may stand for: the module's case rules."""
    exact = next((name for name in candidates if "".join(name.split()) == written), None)
    if exact is not None:
        return exact
    if not written[:1].isupper():
        return None
    return next((name for name in candidates if not name.isupper()), None)
