"""One reader per format: decoded content in, a Document's fields out.

Each reader returns a dict of Document fields (without doc_id); `entente.ingest` builds the
Document, checks the language and names the file in every error.
"""

from __future__ import annotations

import io
import json
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from itertools import groupby

from entente import clean
from entente.dates import DATE_PATTERN, parse_date
from entente.errors import InputError
from entente.ingest.furniture import drop_furniture, furniture_kind
from entente.ingest.markdown import Block, markdown_blocks

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
    return {**meta, "text": clean.body(paragraphs)}


def read_markdown_body(text: str) -> dict:
    """Markdown that is only an article's body (a JSONL record's text)."""
    return {"text": clean.body(drop_furniture([block.text for block in markdown_blocks(text)]))}


def read_pdf_text(text: str) -> dict:
    paragraphs = clean.join_broken_paragraphs(drop_furniture(clean.reflow(text)))
    return {"text": clean.body(paragraphs)}


def read_text(text: str) -> dict:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return {"text": clean.body(drop_furniture([p for p in paragraphs if p]))}


# Fewer words than this left after extraction is a menu, a link list or an error page, not an
# article (the shortest of the 181 reference bodies in the extraction set has 18 words).
MIN_HTML_ARTICLE_WORDS = 10
# a page whose lines are this short at the median may be menus only (an article's paragraphs run to
# dozens of words; a menu's items to two or three)
MENU_LINE_WORDS = 8


# extracted text with more of its words in the page's links than this is links, not an article
# (an article's inline links are a few of its words; a menu's are all of them). Lower rejects more
# link bars and risks short articles on link-heavy pages: at 0.8, none of the 181 reference pages of
# bench/extraction.py is rejected (F1 0.963, as without the rule)
MENU_LINK_SHARE = 0.8
WORD = re.compile(r"\w+")


def menus_only(html: str, paragraphs: list[str], url: str | None) -> bool:
    """Words that are the page's links ("World | Politics | Business"), or lines as short as menu
    items ("Politics Audio coverage") in which trafilatura's precision mode, which drops blocks
    made of links, finds no article either."""
    import trafilatura

    if link_share(html, paragraphs) > MENU_LINK_SHARE:
        return True
    if statistics.median(clean.word_count(p) for p in paragraphs) >= MENU_LINE_WORDS:
        return False
    strict = trafilatura.bare_extraction(html, url=url, favor_precision=True, include_comments=False,
                                         include_tables=False)
    return strict is None or clean.word_count(strict.text or "") < MIN_HTML_ARTICLE_WORDS


def link_share(html: str, paragraphs: list[str]) -> float:
    """The share of the extracted words that are words of the page's links."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return 0.0
    linked = Counter(w.lower() for a in tree.iter("a") for text in a.itertext() for w in WORD.findall(text))
    extracted = Counter(w.lower() for p in paragraphs for w in WORD.findall(p))
    total = sum(extracted.values())
    return sum((extracted & linked).values()) / total if total else 0.0


def html_paragraphs(text: str, url: str | None = None) -> tuple:
    """trafilatura's reading of a page (its metadata) and the body's paragraphs, before entente's
    own rules; ValueError when there is no text."""
    import trafilatura

    # the date from the page's metadata and markup only: a date guessed from the body's text (the
    # first "August 2021" of an article about 2022) would date every event of the story wrongly
    result = trafilatura.bare_extraction(text, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False,
                                         date_extraction_params={"extensive_search": False, "original_date": True})
    if result is None or not (result.text or "").strip():
        raise ValueError("HTML page with no article text in it")
    paragraphs = [p.strip() for p in result.text.split("\n") if p.strip()]
    if paragraphs and result.title and paragraphs[0] == result.title.strip():
        paragraphs = paragraphs[1:]  # the headline is metadata, not body
    return result, paragraphs


def read_html(text: str, url: str | None = None) -> dict:
    result, paragraphs = html_paragraphs(text, url)
    if clean.word_count("\n".join(paragraphs)) < MIN_HTML_ARTICLE_WORDS or menus_only(text, paragraphs, url):
        raise ValueError("HTML page with no article text in it (menus or links only)")
    return {
        "text": clean.body(drop_furniture(paragraphs)),
        "title": title_without_site(result.title, result.sitename, result.url or url),
        "author": result.author,
        "date": result.date,
        "outlet": result.sitename,
        "url": result.url or url,
    }


# what sets a site's name off a page title: "Title - Site", "Site | Title", "Title — Site"
TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—·:]{1,2})\s+")
MIN_SITE_KEY = 3  # a site name this short ("AP") could be a title's own word


def title_without_site(title: str | None, site: str | None, url: str | None) -> str | None:
    """The page's title without the site's name before or after it, case, spaces and punctuation
    aside: a last part that the outlet's name (og:site_name) or the web address's name contains
    ("Inexhibit" of "Inexhibit magazine", "VG247" of www.vg247.com), a first part that is one of
    them ("Reuters | ..."; "Pakistan - India talks" of Pakistan Today keeps its "Pakistan"). Never a
    part that only contains the name ("The Guardian view on Hong Kong"), nor a section's name
    ("Opinion", "Editorial")."""
    if not title:
        return title
    names = [key for key in (site_key(site), site_key(host_name(url))) if len(key) >= MIN_SITE_KEY]
    parts = TITLE_SEPARATOR.split(title.strip())
    separators = TITLE_SEPARATOR.findall(title.strip())

    def is_site(part: str, whole: bool) -> bool:
        key = site_key(part)
        return len(key) >= MIN_SITE_KEY and any(key == name if whole else key in name for name in names)

    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1], whole=False):
        end -= 1
    while end - start > 1 and is_site(parts[start], whole=True):
        start += 1
    kept = parts[start:end]
    return "".join(part + (separators[start + k] if k < len(kept) - 1 else "") for k, part in enumerate(kept))


def site_key(name: str | None) -> str:
    return re.sub(r"\W+", "", (name or "").lower())


def host_name(url: str | None) -> str | None:
    """"vg247" of https://www.vg247.com/...: the address's own name, without www and the suffix."""
    match = re.match(r"[a-z]+://(?:www\.)?([^/:]+)", url or "", re.IGNORECASE)
    return match.group(1).split(".")[0] if match else None


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
