"""Decode bytes and tell a document's format from its content, not its file name."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import statistics

from entente.errors import InputError

CONTROL_SHARE_BINARY = 0.02  # more control characters than this and it is not text
# a control character, but the tab, line feed, form feed and carriage return that text has
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
MARKDOWN_SIGNALS_NEEDED = 2
PDF_TEXT_WRAPPED_SHARE = 0.5  # share of lines that end mid-sentence in hard-wrapped text
PDF_TEXT_MIN_LINES = 8
JSONL_SNIFF_LINES = 5  # lines that must parse as JSON objects for a file to be JSONL


# a page's own word on its encoding: <meta charset>, <meta http-equiv=Content-Type content=...>, or
# an XML declaration, in the first bytes as the HTML standard looks for it
DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)|"""
                              rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.IGNORECASE)
CHARSET_SNIFF_BYTES = 4096
# labels the HTML standard reads as windows-1252, a superset
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "ascii", "us-ascii"}


def declared_charset(data: bytes) -> str | None:
    """The encoding a markup file (its first byte '<') declares for itself; a JSONL or text file
    that quotes a page's <meta charset> declares nothing."""
    if data.lstrip()[:1] != b"<":
        return None
    match = DECLARED_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    return usable_charset((match.group(1) or match.group(2)).decode("ascii")) if match else None


def usable_charset(label: str | None) -> str | None:
    """The codec a charset label names, when it is one to try after UTF-8 failed: not UTF-8 itself
    (the declaration was wrong), not UTF-16 (a declaration read as ASCII is not in UTF-16), and
    the labels the HTML standard reads as windows-1252 read so."""
    if not label:
        return None
    label = label.strip().lower()
    label = "cp1252" if label in WINDOWS_1252_LABELS else label
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name.startswith(("utf-8", "utf-16", "utf-32")) else name


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """Bytes -> str: a BOM first; then UTF-16 without BOM; then UTF-8, which legacy bytes almost
    never pass by chance (and a page that declares a legacy charset but is UTF-8 is common); then
    the charset the transport (`declared`, an HTTP header) or the page itself declares (KOI8-R,
    Shift_JIS ...); then cp1252/Latin-1. No repair comes before this: ftfy runs on the text read."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc)
    if len(data) > 4 and data[1:40:2].count(0) > 15:
        return data.decode("utf-16-le", errors="replace")
    if len(data) > 4 and data[0:40:2].count(0) > 15:
        return data.decode("utf-16-be", errors="replace")
    text = None
    legacy = usable_charset(declared) or declared_charset(data)
    for charset in ("utf-8", legacy, "cp1252"):
        if charset is None:
            continue
        try:
            text = data.decode(charset)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        text = data.decode(legacy or "latin-1", errors="replace")
    control = len(CONTROL_CHARACTER.findall(text, 0, 20000))
    if control > CONTROL_SHARE_BINARY * min(len(text), 20000):
        raise InputError(path, "binary file, not text")
    return text


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF")


def is_warc(data: bytes) -> bool:
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data[:65536])) as fh:
                head = fh.read(16)
        except (OSError, EOFError):
            return False
        return head.startswith(b"WARC/")
    return data.startswith(b"WARC/")


def looks_like_html(text: str) -> bool:
    head = text[:4000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|body|article|div|p)[\s>]", head)
    )


def looks_like_jsonl(text: str) -> bool:
    """Its first lines each open a JSON object and one of them parses as one, whatever markup their
    strings hold (a malformed line, even the first, is that line's error, not another format)."""
    lines, start = [], 0
    while len(lines) < JSONL_SNIFF_LINES and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            lines.append(text[start:end])
        start = end + 1
    if not lines or not all(ln.lstrip().startswith("{") for ln in lines):
        return False
    return any(is_json_object(ln) for ln in lines)


def is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def markdown_signals(text: str) -> int:
    signals = (
        r"(?m)^#{1,6} \S",  # headings
        r"\[[^\]\n]+\]\([^)\n]*\)",  # links
        r"\*\*[^*\n]+\*\*",  # bold
        r"(?m)^(\\\*){3}$|^\*\*\*$|^---$",  # rules
        r"(?m)^\s*[-*] \S",  # bullet lists
    )
    return sum(1 for pattern in signals if re.search(pattern, text))


def looks_like_pdf_text(text: str) -> bool:
    """Text pulled out of a PDF is hard-wrapped: lines of similar length ending mid-sentence."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < PDF_TEXT_MIN_LINES:
        return False
    wrapped = sum(1 for ln in lines if not ln.rstrip().endswith(('.', '!', '?', '"', '”', ':')))
    width = statistics.median(len(ln) for ln in lines)
    return wrapped / len(lines) >= PDF_TEXT_WRAPPED_SHARE and 50 <= width <= 120


def detect_format(data: bytes, text: str | None) -> str:
    """One of pdf, warc, html, jsonl, markdown, pdftext, text."""
    if is_pdf(data):
        return "pdf"
    if is_warc(data):
        return "warc"
    assert text is not None
    # structure before markup: a JSONL line's "html" field is full of tags
    if looks_like_jsonl(text):
        return "jsonl"
    if looks_like_html(text):
        return "html"
    if markdown_signals(text) >= MARKDOWN_SIGNALS_NEEDED:
        return "markdown"
    if looks_like_pdf_text(text):
        return "pdftext"
    return "text"
