"""One reader per format: decoded content in, a Document's fields out.

Each reader returns a dict of Document fields (without doc_id); `entente.ingest` builds the
Document, checks the language and names the file in every error. A web page's reader, which has
its own parts, is entente.ingest.webpage.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from itertools import groupby

from entente import clean
from entente.dates import DATE_PATTERN, parse_date
from entente.errors import InputError
from entente.ingest.furniture import drop_furniture, furniture_kind
from entente.ingest.markdown import Block, markdown_blocks
from entente.ingest.webpage import read_html
from entente.posts import write_posts

RUNNING_LINE_SHARE = 0.5  # a line on at least half the pages of a PDF is a running header/footer


def markdown_metadata(blocks: list[Block]) -> tuple[dict, list[Block]]:
    """Title, byline, dates and outlets from the lines above the article, and the rest."""
    meta: dict = {}
    rest: list[Block] = []
    for block in blocks:
        plain = block.text
        if block.kind == "heading" and "title" not in meta:
            meta["title"] = plain
            continue
        if m := re.match(r"^by\s+(.{3,80})$", plain, re.IGNORECASE):
            meta.setdefault("author", m.group(1).strip())
            continue
        if m := re.match(r"^the original source of this article is\s+(.+?)\.?$", plain, re.I):
            meta["original_source"] = m.group(1).strip()
            continue
        date = DATE_PATTERN.search(plain)
        if date and len(plain) < 80 and (name := plain.replace(date.group(0), "").strip(" ,|-")):
            # "Asia-Pacific Research, June 15, 2022" or "[Asia Times](#) 24 May 2022"
            meta.setdefault("dated_outlets", []).append((name, parse_date(date.group(0))))
            continue
        rest.append(block)
    dated = meta.pop("dated_outlets", [])
    if dated:
        meta["outlet"] = dated[0][0]
        dates = sorted(d for _, d in dated if d)
        if dates:
            meta["date"] = dates[0]
            if dates[-1] != dates[0]:
                meta["republished"] = dates[-1]
        for name, _ in dated[1:]:
            meta.setdefault("original_source", name)
    return meta, rest


def read_markdown(text: str) -> dict:
    meta, rest = markdown_metadata(markdown_blocks(text))
    kept = [block for block in rest if furniture_kind(block.text) is None]
    # a paragraph cut by an image or an ad joins its other half; list items and rows stay apart
    paragraphs: list[str] = []
    for is_paragraph, run in groupby(kept, key=lambda block: block.kind == "paragraph"):
        texts = [block.text for block in run]
        paragraphs += clean.join_broken_paragraphs(texts) if is_paragraph else texts
    return {**meta, "text": clean.body(paragraphs), "posts": document_posts(kept)}


def read_markdown_body(text: str) -> dict:
    """Markdown that is only an article's body (a JSONL record's text)."""
    blocks = markdown_blocks(text)
    return {"text": clean.body(drop_furniture([block.text for block in blocks])), "posts": document_posts(blocks)}


def document_posts(blocks: list[Block]) -> str | None:
    """The dated posts the blocks link to, as a Document keeps them (entente.posts)."""
    return write_posts([post for block in blocks for post in block.posts])


def read_pdf_text(text: str) -> dict:
    paragraphs = clean.join_broken_paragraphs(drop_furniture(clean.reflow(text)))
    return {"text": clean.body(paragraphs)}


def read_text(text: str) -> dict:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return {"text": clean.body(drop_furniture([p for p in paragraphs if p]))}


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers and lines repeated at the top or bottom of many pages."""
    edges = Counter()
    for lines in pages:
        kept = [ln.strip() for ln in lines if ln.strip()]
        edges.update(set(kept[:2] + kept[-2:]))
    repeated = {ln for ln, n in edges.items() if len(pages) > 1 and n >= RUNNING_LINE_SHARE * len(pages)}
    page_number = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", re.IGNORECASE)
    return [[ln for ln in lines if ln.strip() not in repeated and not page_number.match(ln.strip())]
            for lines in pages]


def read_pdf(data: bytes) -> dict:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    try:
        raw = extract_text(io.BytesIO(data))
    except (PDFEncryptionError, PDFPasswordIncorrect) as exc:
        raise ValueError(f"encrypted PDF ({type(exc).__name__})") from exc
    except (PDFSyntaxError, PSException, AssertionError, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"corrupt or truncated PDF ({type(exc).__name__}: {exc})") from exc
    pages = [page.splitlines() for page in raw.split("\f")]
    text = "\n".join("\n".join(lines) + "\n" for lines in drop_running_lines(pages))
    result = read_pdf_text(text)
    if not result["text"].strip():
        raise ValueError("PDF with no extractable text (scanned images?)")
    return result


def read_jsonl(text: str, path: str) -> Iterator[dict | InputError]:
    """One document a line: `text` or `html`, plus optional id, url, title, date, outlet."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a JSON value that is not an object")
            if isinstance(record.get("html"), str) and record["html"].strip():
                fields = read_html(record["html"], record.get("url"))
                fmt = "html"
            elif isinstance(record.get("text"), str) and record["text"].strip():
                fmt = "markdown" if record.get("format") == "markdown" else "text"
                fields = (read_markdown_body if fmt == "markdown" else read_text)(record["text"])
            else:
                raise ValueError("no 'text' or 'html' field")
        except ValueError as exc:
            yield InputError(where, f"malformed JSONL line: {exc}")
            continue
        for key in ("title", "date", "outlet", "url", "author"):
            # a field that is an object or a list ("title": {"en": ...}) says nothing we can store
            if isinstance(record.get(key), (str, int, float)) and record[key] != "" and not fields.get(key):
                fields[key] = str(record[key])  # a date is read whole ("May 3, 2022") by make_document
        fields.update(format=fmt, path=where, record_id=record.get("id"))
        yield fields
