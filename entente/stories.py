"""Stories: near-duplicate documents clustered with MinHash LSH, plus containment.

Measured by bench/stories.py with 5-word shingles after normalisation: the two seed renderings
(raw web markdown vs raw PDF text) have a Jaccard of about 0.8 and a containment near 1; among 142
different White House statements that all name Pakistan, no pair exceeds a containment of 0.63
(Jaccard 0.40). So a copy is a document whose estimated Jaccard reaches SAME_STORY_JACCARD or whose
shingles are contained in the other's to SAME_STORY_CONTAINMENT (a PDF copy can be a subset of the
web copy): both sit between what copies and different articles measure.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Protocol

from datasketch import MinHash

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS, ROWS = 32, 4  # LSH: candidates at Jaccard about (1/32)^(1/4) = 0.42 and above
SAME_STORY_JACCARD = 0.5
SAME_STORY_CONTAINMENT = 0.8
SEED = 7

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-"})


def normalise(text: str) -> list[str]:
    """Words for shingling: NFKC, plain quotes and dashes, markdown links to text, lower case,
    no punctuation, line-end hyphens rejoined."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    return re.findall(r"[a-z0-9]+", text.lower())


def shingles(text: str) -> set[str]:
    words = normalise(text)
    return {" ".join(words[k:k + SHINGLE_WORDS]) for k in range(max(1, len(words) - SHINGLE_WORDS + 1))}


def signature(shingle_set: set[str]) -> list[int]:
    sketch = MinHash(num_perm=NUM_PERM, seed=SEED)
    sketch.update_batch([s.encode("utf-8") for s in shingle_set])
    return [int(v) for v in sketch.hashvalues]


def band_keys(sig: list[int]) -> list[tuple[int, int]]:
    """(band, key) pairs; documents sharing any pair are candidate copies."""
    out = []
    for band in range(BANDS):
        chunk = struct.pack(f"<{ROWS}Q", *sig[band * ROWS:(band + 1) * ROWS])
        out.append((band, int.from_bytes(hashlib.blake2b(chunk, digest_size=7).digest(), "little")))
    return out


def estimated_jaccard(a: list[int], b: list[int]) -> float:
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


def estimated_containment(jaccard: float, size_a: int, size_b: int) -> float:
    """|A ∩ B| / min(|A|, |B|) from the Jaccard estimate and the two set sizes."""
    if jaccard <= 0:
        return 0.0
    intersection = jaccard * (size_a + size_b) / (1 + jaccard)
    return min(1.0, intersection / max(1, min(size_a, size_b)))


def same_story(sig_a: list[int], size_a: int, sig_b: list[int], size_b: int) -> bool:
    jaccard = estimated_jaccard(sig_a, sig_b)
    return jaccard >= SAME_STORY_JACCARD or \
        estimated_containment(jaccard, size_a, size_b) >= SAME_STORY_CONTAINMENT


def codes_as_english(lang: str | None) -> bool:
    """Whether a copy in this language is coded: English, or too short to tell."""
    return (lang or "en") == "en"


def canonical_copy(copies: list[tuple[str, int, date | None, str | None]]) -> str | None:
    """The copy a story is coded from, among (doc_id, words, date, language): its most complete
    English copy, a dated one before an undated one, then by id; None when no copy is English."""
    english = [c for c in copies if codes_as_english(c[3])]
    return min(english, key=lambda c: (-c[1], c[2] is None, c[0]))[0] if english else None


class EarlierCopies(Protocol):
    """Where the documents met so far are looked up by their LSH band keys: the store's tables for
    `entente ingest`, the batch's documents in memory for `entente batch`."""

    def candidates(self, keys: list[tuple[int, int]]) -> Iterable[tuple[str, list[int], int]]:
        """(story id, signature, shingle count) of the documents sharing a key, in the order met."""


def story_of(earlier: EarlierCopies, sig: list[int], size: int) -> str | None:
    """The story a document with this signature is a copy of: the first earlier document that is
    the same story decides. None: a new story."""
    for story_id, other_sig, other_size in earlier.candidates(band_keys(sig)):
        if story_id and same_story(sig, size, list(other_sig), other_size):
            return story_id
    return None


def coded_copy(copies: list[tuple[str, int, date | None, str | None]]) -> tuple[str | None, date | None]:
    """What a story is coded from, among its (doc_id, words, date, language) copies: the canonical
    copy, dated by the earliest date any copy gives (a republished copy keeps the first day)."""
    best = canonical_copy(copies)
    return best, (min((c[2] for c in copies if c[2]), default=None) if best else None)
