"""Text repair: each heuristic is a small named function that the readers chain.

Why a word list: a word split at a line end ("inter-\\nnational") is only rejoined when the
joined form is a common English word, so real compounds ("no-confidence", "Beijing-sponsored",
"so-called") keep their hyphen. The list is wordfreq's, which ships inside its package.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

TERMINAL = tuple('.!?:;"”’)')
MIN_WORD_FOR_JOIN = 2  # both halves of a line-end split must be at least this long to look it up
# Zipf 2.5 is about once per 3 million words: "reelected" (2.95) and "negotiations" (4.2) pass,
# the junk joins "socalled" (1.7) and "wellknown" (1.6) do not.
JOIN_MIN_ZIPF = 2.5


def is_common_word(word: str) -> bool:
    """A word English text uses often enough that a line-end split of it is plausible."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= JOIN_MIN_ZIPF


# Text written without spaces (Chinese, Japanese) is counted in letters: a text with more than this
# many letters per space-separated word is such text (English averages about 5 letters a word)
LETTERS_PER_WORD_SPACELESS = 8


def written_without_spaces(words: int, letters: int) -> bool:
    """Whether a text of so many space-separated words and letters is Chinese- or Japanese-like."""
    return letters > LETTERS_PER_WORD_SPACELESS * max(words, 1)


def word_count(text: str) -> int:
    """Words in a text: its space-separated words, or for text written without spaces, its letters
    over LETTERS_PER_WORD_SPACELESS (a low count, so that no such text passes a threshold by it)."""
    words = len(text.split())
    if len(text) <= LETTERS_PER_WORD_SPACELESS * max(words, 1):
        return words  # too few characters, letters or not, to be text without spaces: no need to count them
    letters = sum(ch.isalpha() for ch in text)
    return letters // LETTERS_PER_WORD_SPACELESS if written_without_spaces(words, letters) else words


# a character one of ftfy's repairs could change: what mojibake is made of (Latin-1 and Latin
# Extended letters, C1 controls, Greek and Cyrillic, box drawing, MacRoman's mathematical signs and
# low quote, as UTF-8 misread in the encodings ftfy knows gives), ligatures, full-width forms, odd
# line breaks, control characters, an HTML entity. Most lines of English news have none (146 of the
# 181 extraction-set bodies), and ftfy, which reads line by line, gives them back unchanged. Not
# covered: a line of a non-Latin script misread as MacRoman into dashes and quotes alone ("–†€†").
MAYBE_BROKEN = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\u02ff\u0370-\u052f\u201a\u2028\u2029\u206a-\u206f"
                          r"\u2200-\u22ff\u2500-\u25ff\u3000\ufb00-\ufb06\ufeff\uff00-\uffef\ufff9-\ufffc"
                          r"\ud800-\udfff\r]|&#?\w+;")
LINE = re.compile(r"[^\n]*\n|[^\n]+")  # a line with its line break, as ftfy reads a text


def fix_encoding(text: str) -> str:
    """Repair mojibake ("â€™" for "’") and normalise to NFC: what ftfy.fix_text does, line by line
    as it does, on the lines that could need it. As in ftfy, once a line holds "<" the text is
    taken for markup and its HTML entities are left as written."""
    fixed, markup = [], False
    for line in LINE.findall(text):
        markup = markup or "<" in line
        if MAYBE_BROKEN.search(line) or not unicodedata.is_normalized("NFC", line):  # ftfy composes first
            line = ftfy.fix_text(line, uncurl_quotes=False, unescape_html=False if markup else "auto")
        fixed.append(line)
    return unicodedata.normalize("NFC", "".join(fixed))


def collapse_spaces(text: str) -> str:
    """Justified PDFs pad words with runs of spaces; tabs and NBSPs count as spaces."""
    return re.sub(r"[ \t\u00a0]{2,}", " ", text.replace("\u00a0", " "))


def join_line_break(left: str, right: str) -> str:
    """Join two lines of one paragraph, undoing a hyphen that only split a word.

    """
    left, right = left.rstrip(), right.strip()
    if not left:
        return right
    match = re.search(r"(\w+)-$", left)
    if match and right[:1].islower():
        head = match.group(1)
        tail = re.match(r"[A-Za-z]+", right)
        if tail and len(head) >= MIN_WORD_FOR_JOIN and len(tail.group(0)) >= MIN_WORD_FOR_JOIN:
            if is_common_word(head + tail.group(0)):
                return left[:-1] + right
        return left + right  # a compound: keep the hyphen, no space
    return f"{left} {right}"


def starts_new_paragraph(previous: str, line: str) -> bool:
    """In PDF text an indented line after a finished sentence opens a paragraph."""
    return line[:1].isspace() and previous.rstrip().endswith(TERMINAL)


def reflow(text: str) -> list[str]:
    """Hard-wrapped lines -> one string per paragraph (blank lines and indents separate them)."""
    paragraphs: list[str] = []
    current = ""
    for line in text.splitlines():
        if not line.strip():
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current and starts_new_paragraph(current, line):
            paragraphs.append(current)
            current = ""
        current = join_line_break(current, line)
    if current:
        paragraphs.append(current)
    return [collapse_spaces(p).strip() for p in paragraphs]


def ends_mid_sentence(paragraph: str) -> bool:
    """A paragraph cut by a stray blank line ends on a lower-case word or a comma."""
    return bool(re.search(r"[a-z,]$", paragraph))


def join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for par in paragraphs:
        if out and ends_mid_sentence(out[-1]) and par[:1].isalnum():
            out[-1] = join_line_break(out[-1], par)
        else:
            out.append(par)
    return out


def body(paragraphs: list[str]) -> str:
    """The contract's text: clean paragraphs separated by blank lines."""
    return "\n\n".join(p for p in (collapse_spaces(p).strip() for p in paragraphs) if p)
