"""Names where codes are expected: "Pakistan", "the United States", "Imran Khan" or "Islamabad"
resolve through the actor dictionary to the code their events are stored under ("PAK", "USA",
"PAKOPP", "PAKGOV"), so that every command and page that asks for an actor takes either. A code
passes as it is; a name the dictionary lacks is refused in words, with the names it resembles."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from entente.actors.dictionary import Dictionary, default_dictionary
from entente.actors.petrarch import is_country, split_code

# a CAMEO actor code ("PAK", "PAKGOV", "IGOUNO", "USAGOVLEG") or an organisation's key ("usa-usaid")
CODE = re.compile(r"^(?:[A-Z]{3})+$|^[a-z0-9]+(?:-[a-z0-9]+)+$")
ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
SUGGESTIONS = 5


class UnknownActor(ValueError):
    """A name that is no code and that the actor dictionary does not know."""


def code_for(text: str, dictionary: Dictionary | Callable[[], Dictionary] = default_dictionary,
             date: str | None = None) -> str:
    """The code `text` stands for: itself when it is a code ("PAK", "pak", "PAKGOV", "IGOUNO"), else
    what the dictionary resolves the name to on `date` (today when None): "UAE", "IMF" and "ISRAEL"
    are names, not codes. The dictionary is loaded only when the text is no country's code."""
    written = " ".join(text.split())
    if not written:
        raise UnknownActor("an actor is needed: a code (PAK, USAGOV) or a name (Pakistan)")
    if len(written) == 3 and is_country(written.upper()):
        return written.upper()  # "PAK", "pak": a country's code in any case
    known = dictionary() if callable(dictionary) else dictionary
    if CODE.match(written) and is_code(written, known):
        return written
    name = ARTICLE.sub("", written)
    for candidate in dict.fromkeys((name, name.title(), *known_spellings(known, name))):
        found = known.lookup(candidate, date)
        if found:
            return found[0][0].code
    if CODE.match(written):
        return written  # a code the dictionary does not know, as a store of your own actors may hold
    close = difflib.get_close_matches(name, list(known.names), n=SUGGESTIONS, cutoff=0.8)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise UnknownActor(f"{written!r} is no actor code and no name in the actor dictionary{hint}")


def is_code(text: str, dictionary: Dictionary) -> bool:
    """A code the dictionary codes someone as, or a country's (or IGO's) code and sectors ("PAKGOVMIL")."""
    if dictionary.entities_with_code(text):
        return True
    sectors = set(dictionary.roles.values())
    head, rest = text[:3], text[3:]
    return (is_country(head) or head == "IGO") and bool(rest) and all(
        rest[k:k + 3] in sectors for k in range(0, len(rest), 3))


def known_spellings(dictionary: Dictionary, name: str) -> list[str]:
    """The dictionary's own spellings of a name written in another case ("pakistan", "IMRAN KHAN")."""
    folded = name.casefold()
    return [known for known in dictionary.names if known.casefold() == folded]


def described(code: str, dictionary: Dictionary | None = None) -> str:
    """A code in words: a country's or an international organisation's name ("PAK": Pakistan,
    "IGOUNO": United Nations), else its country and its sectors' first role words ("PAKGOV":
    Pakistan government, "OPP": opposition); an IGO code the dictionary has no name for stays as it
    is. Not an office's or an agency's name: "USAGOV" is the government, not the State Department."""
    known = dictionary or default_dictionary()
    entity = known.entities.get(code)
    if entity is not None and (entity.kind == "country" or (entity.kind == "org" and entity.country == "IGO")):
        return entity.name
    country, _ = split_code(code)
    if country == "IGO":
        return code
    place = known.entities.get(country) if country else None
    rest = code[3:] if place is not None else code
    words = [sector_word(known, rest[k:k + 3]) for k in range(0, len(rest), 3)]
    return " ".join(([place.name] if place is not None else []) + words)


def sector_word(dictionary: Dictionary, sector: str) -> str:
    """A sector's first role word in roles.yaml ("GOV": government, "MIL": military), or the code."""
    return next((" ".join(words) for words, role in dictionary.roles.items() if role == sector), sector)
