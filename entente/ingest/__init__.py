"""Ingest: files, folders, JSONL and WARC in; Documents (or the reason each was rejected) out."""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from entente.clean import fix_encoding, written_without_spaces
from entente.dates import parse_day
from entente.errors import InputError
from entente.ingest import readers
from entente.ingest.markdown import CELL_SEPARATOR
from entente.ingest.sniff import decode, detect_format, is_warc
from entente.ingest.webpage import read_html
from entente.types import Document

MAX_BYTES = 50 * 1024 * 1024  # default size limit per file
# The longest article text entente codes: far above any article or report (the longest stories
# in the bundled corpora are under 100,000 characters), low enough that a text's parse stays
# within a laptop's memory (bench/long_text.py). Longer texts are rejected; texts longer than the
# parser's own limit are coded in pieces (entente.coding).
MAX_TEXT_CHARS = 2_000_000
MIN_WORDS_FOR_LANGUAGE = 20  # shorter texts are too short to tell their language reliably ...
MIN_LETTERS_FOR_LANGUAGE = 60  # ... unless written without spaces (Chinese, Japanese): count letters
# the characters the language is told from, in LANGUAGE_SAMPLE_PARTS pieces spread over the text's
# prose, each piece a vote: the more, the slower (py3langid reads every character), and no better
# beyond this. bench/language.py, 471 texts: at 600 and 900 characters the only texts on the wrong
# side of English are the 3 pages the set mislabels; 1,500, 3,000 and 6,000 add 1, 2 and 4 English
# Wikinews articles taken for Russian or Latin; 900 takes 1.0 ms a text
LANGUAGE_SAMPLE_CHARS = 900
LANGUAGE_SAMPLE_PARTS = 3
DOCUMENT_FIELDS = {"title", "author", "date", "outlet", "original_source", "republished", "url", "posts"}
DATE_FIELDS = {"date", "republished"}


def language_sample(text: str, chars: int = LANGUAGE_SAMPLE_CHARS) -> list[str]:
    """Up to `chars` of the text's prose, in pieces from its start, middle and end (one piece for a
    short text), a table's rows (names and figures) left out."""
    prose = "\n".join(line for line in text.split("\n") if CELL_SEPARATOR not in line) or text
    if len(prose) <= chars:
        return [prose]
    part = chars // LANGUAGE_SAMPLE_PARTS
    starts = [k * (len(prose) - part) // (LANGUAGE_SAMPLE_PARTS - 1) for k in range(LANGUAGE_SAMPLE_PARTS)]
    return [prose[start:start + part] for start in starts]


def detect_language(text: str, chars: int = LANGUAGE_SAMPLE_CHARS) -> str:
    """The language most pieces of the text are in: a foreign opening (two French paragraphs
    before an English article) does not decide alone, nor does one piece in a mixed sample, where
    the language with more distinctive letters wins."""
    import py3langid

    words = len(text[:chars].split())
    if words < MIN_WORDS_FOR_LANGUAGE:
        letters = sum(ch.isalpha() for ch in text[:chars])
        if letters < MIN_LETTERS_FOR_LANGUAGE or not written_without_spaces(words, letters):
            return "en"
    votes = Counter(py3langid.classify(piece)[0] for piece in language_sample(text, chars))
    return votes.most_common(1)[0][0]  # a tie goes to the opening's


def document_id(text: str) -> str:
    """Identity of a document is its clean text: the same file read twice is the same document."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def make_document(fields: dict, fmt: str, path: str) -> Document:
    text = fields["text"]
    if not text.strip():
        raise InputError(path, "no article text found")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(path, f"text too long ({len(text):,} characters, limit {MAX_TEXT_CHARS:,})")
    # the text as read, repaired: mojibake ("â€™") mended here, after extraction, never in the raw
    # page (where ftfy would spend most of the reading time on markup)
    text = fix_encoding(text)
    known = {k: fix_encoding(v) if isinstance(v, str) else v for k, v in fields.items() if k in DOCUMENT_FIELDS and v}
    for name in DATE_FIELDS & known.keys():  # read here, once: a date, or the document is refused
        try:
            known[name] = parse_day(known[name])
        except ValueError as exc:
            raise InputError(path, f"{name} field {exc}") from None
    return Document(doc_id=document_id(text), text=text, format=fmt, path=path,
                    lang=detect_language(text), **known)


def unreadable(where: str, exc: Exception) -> InputError:
    """The error of a file or record that a reader's library failed on in a way no reader expects:
    that file's or record's own, so the batch goes on."""
    return InputError(where, f"could not be read ({type(exc).__name__}: {exc})")


def read_warc(data: bytes, path: str) -> Iterator[Document | InputError]:
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type != "response":
            continue
        ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
        if "html" not in ctype:
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        where = f"{path}#{url}"
        charset = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.IGNORECASE)
        try:
            html = decode(record.content_stream().read(), where, charset.group(1) if charset else None)
            yield make_document(read_html(html, url), "html", where)
        except InputError as exc:
            yield exc
        except ValueError as exc:
            yield InputError(where, str(exc))
        except Exception as exc:  # noqa: BLE001 - one record's failure stops no archive
            yield unreadable(where, exc)


def read_bytes(data: bytes, path: str) -> Iterator[Document | InputError]:
    """Every document in one file's content; errors are yielded, not raised, so a batch goes on."""
    try:
        if is_warc(data):  # before decoding: a WARC.gz is binary
            yield from read_warc(data, path)
            return
        text = None if data[:1024].lstrip().startswith(b"%PDF") else decode(data, path)
        fmt = detect_format(data, text)
        if fmt == "pdf":
            yield make_document(readers.read_pdf(data), "pdf", path)
            return
        text = text or ""
        if fmt == "jsonl":
            for item in readers.read_jsonl(text, path):
                if isinstance(item, InputError):
                    yield item
                    continue
                try:
                    yield make_document(item, item["format"], item["path"])
                except InputError as exc:
                    yield exc
                except Exception as exc:  # noqa: BLE001 - one record's failure stops no file
                    yield unreadable(item["path"], exc)
            return
        reader = {"html": read_html, "markdown": readers.read_markdown,
                  "pdftext": readers.read_pdf_text, "text": readers.read_text}[fmt]
        yield make_document(reader(text), fmt, path)
    except InputError as exc:
        yield exc
    except ValueError as exc:
        yield InputError(path, str(exc))
    except Exception as exc:  # noqa: BLE001 - a reader's library failing on one file stops no batch
        yield unreadable(path, exc)


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Files under the given paths, folders recursively, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                children = sorted(p for p in path.rglob("*") if p.is_file())
            except OSError as exc:
                yield InputError(str(path), f"unreadable folder ({exc.strerror})")
                continue
            yield from (p for p in children if not p.name.startswith("."))
        elif path.exists():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def read_path(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | InputError]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(str(path), f"file too large ({size} bytes, limit {max_bytes})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"unreadable ({exc.strerror})")
        return
    yield from read_bytes(data, str(path))


def read_paths(paths: Iterable[str | os.PathLike], max_bytes: int = MAX_BYTES
               ) -> Iterator[Document | InputError]:
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, max_bytes)


def extract(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Document:
    """The single document in a file; raises InputError where there is none."""
    for item in read_path(Path(path), max_bytes):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError(str(path), "no document found")
