"""A web page read once: its tree parsed once, its metadata from the page's own markup, its article
body by trafilatura, and entente's checks that it is an article at all.

trafilatura reads the body in its fast mode: its own extractor, without the comparison against
readability and jusText, which bench/extraction.py measured as worse here (F1 0.965 with it,
0.967 without, at 18 against 26 pages a second); the comparison is kept for pages where the fast
reading finds menus only. The metadata is read with the parts of trafilatura and htmldate entente
needs (meta tags, JSON-LD, the title, the date from the markup and the address), not trafilatura's
whole metadata pass, which also collects categories, tags and licences and searches the page's
elements for an author: that search named 48 more authors on the 181 pages of the extraction set
than the markup does (106), about half of them right, the others no author ("The Russian; Syrian
defense ministries", from the article's text), at 6.3 ms a page, a sixth of the reading time.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from entente import clean
from entente.ingest.furniture import drop_furniture
from entente.ingest.markdown import table_row

# Fewer words than this left after extraction is a menu, a link list or an error page, not an
# article (the shortest of the 181 reference bodies in the extraction set has 18 words).
MIN_HTML_ARTICLE_WORDS = 10
# a page whose lines are this short at the median (an article's paragraphs run to dozens of words;
# a menu's items to two to five), none of them as long as a sentence of prose, may be menus only,
# and is read again in trafilatura's precision mode (a second extraction, as long as the first) to
# be sure. Articles of short lines (lists, Q&As, results) have a paragraph of prose somewhere: by the
# median alone, 11 of the 181 pages of bench/extraction.py were read twice, all of them articles;
# with the longest line too, 2 (Japanese articles, whose words are counted by letters)
MENU_LINE_WORDS = 8
PROSE_LINE_WORDS = 25
# extracted text with more of its words in the page's links than this is links, not an article
# (an article's inline links are a few of its words; a menu's are all of them). Lower rejects more
# link bars and risks short articles on link-heavy pages: at 0.8, none of the 181 reference pages of
# bench/extraction.py is rejected
MENU_LINK_SHARE = 0.8
WORD = re.compile(r"\w+")
EXTRACTION = {"include_comments": False, "include_tables": True}
# a table cell with more words than this holds prose (the article, a teaser), not a datum: the table
# lays the page out. Data cells run to a few words ("Martin Truex Jr.", "-5.44%"), a note to a
# sentence; the layout cells of the extraction set hold whole articles
LAYOUT_CELL_WORDS = 40
# a cell with more of its words in links than this is a link; a table of such cells alone is a grid
# of links, not data: a data table may link its names ("Kyle Busch"), never its figures
TABLE_LINK_SHARE = 0.5
# what trafilatura writes for a table: "| a | b | " rows (a cell's own "|" escaped as "\|") and a
# "|---|---|" rule under the head
TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")
CELL_BORDER = re.compile(r"(?<!\\)\|")
TABLE_RULE = re.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")


def parse_page(text: str):
    """The page's tree; ValueError where there is none."""
    from trafilatura.utils import load_html

    tree = load_html(text)
    if tree is None:
        raise ValueError("HTML page with no article text in it")
    return tree


def page_metadata(tree, url: str | None) -> dict:
    """Title, author, date, outlet and address from the page's markup: meta tags (OpenGraph,
    Twitter, Dublin Core), then JSON-LD; the title from the headline where neither has one. The
    date is the page's own, from its address and markup only: a date guessed from the body's text
    (the first "August 2021" of an article about 2022) would date every event of the story. The
    address's date comes first: where it and the markup's differ (7 of the extraction set's 181
    pages, read with the set's addresses) the address has the outlet's own day, the markup a day
    later (a time given in UTC)."""
    from htmldate import find_date
    from trafilatura import metadata as markup

    meta = markup.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a one-word author in a meta tag is a handle or the site ("admin")
    try:
        meta = markup.extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - JSON-LD of any shape ({"author": [null]}) says nothing more
        pass  # as trafilatura's own metadata pass does: the page is read without it
    meta.title = meta.title or markup.extract_title(tree)
    meta.url = meta.url or markup.extract_url(tree, url)  # the canonical link, else the given address
    meta.date = find_date(tree, url=meta.url, extensive_search=False, original_date=True)
    site = (meta.sitename or markup.extract_sitename(tree) or "").lstrip("@")
    # "politifact" is PolitiFact's handle: capitalised as trafilatura names it; a host keeps its case
    meta.sitename = (site.title() if site and "." not in site and not site[0].isupper() else site) or host(meta.url)
    meta.clean_and_trim()
    return {
        "title": title_without_site(meta.title, meta.sitename, meta.url),
        "author": meta.author,
        "date": meta.date,
        "outlet": meta.sitename,
        "url": meta.url,
        "headline": meta.title,
    }


def article_paragraphs(tree, headline: str | None, url: str | None, compare: bool = False) -> list[str]:
    """trafilatura's reading of the page's body (on a copy of the tree), as paragraphs, a data
    table's rows among them ("Kyle Busch | 5040 | 5"), before entente's own rules; ValueError when
    there is no text. `compare`: its extractor's result set against readability's and jusText's,
    its slow path."""
    import trafilatura

    result = trafilatura.bare_extraction(tree, url=url, fast=not compare, **EXTRACTION)
    if result is None or not (result.text or "").strip():
        raise ValueError("HTML page with no article text in it")
    paragraphs = [row_text(p.strip()) for p in result.text.split("\n") if not TABLE_RULE.match(p.strip())]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and headline and paragraphs[0] == headline.strip():
        paragraphs = paragraphs[1:]  # the headline is metadata, not body
    return paragraphs


def row_text(line: str) -> str:
    """A table row as entente writes one ("a | b", as the markdown reader does), other lines as
    they are."""
    row = TABLE_ROW.match(line)
    if not row:
        return line
    # a cell's own "|" ("India | China") would read as a border: it is written "/"
    return table_row([cell.replace("\\|", "/") for cell in CELL_BORDER.split(row.group(1))])


def unwrap_layout_tables(tree) -> None:
    """Make each table that lays the page out a run of blocks, so that its prose reads as
    paragraphs and only tables of data are read as rows. Layout, as readability tells it: marked
    as presentation, holding a table, a single row or column, or a cell of prose."""
    for table in [table for table in tree.iter("table") if is_layout_table(table)]:
        own = [part for part in table.iter("thead", "tbody", "tfoot", "tr", "td", "th")
               if next(part.iterancestors("table")) is table]  # a table inside it is judged on its own
        for element in [table, *own]:
            element.tag = "div"


def is_layout_table(table) -> bool:
    if table.get("role") in ("presentation", "none") or next(table.iterdescendants("table"), None) is not None:
        return True
    rows = [list(row.iterchildren("td", "th")) for row in table.iter("tr")]
    if len(rows) < 2 or max(len(cells) for cells in rows) < 2:
        return True
    cells = [(cell, cell.text_content()) for cells in rows for cell in cells]
    if any(len(text.split()) > LAYOUT_CELL_WORDS for _, text in cells):
        return True
    # a grid of links (related stories, sections) is navigation: unwrapped, its links read as
    # trafilatura reads any block of links, which it drops
    return all(linked_cell(cell, text) for cell, text in cells if WORD.search(text))


def linked_cell(cell, text: str) -> bool:
    """A cell (of this text) that is mostly a link's words ("India accuses Pakistan of shelling"),
    as no cell of figures is."""
    linked = len(WORD.findall(" ".join(cell.xpath(".//a//text()"))))
    return linked > TABLE_LINK_SHARE * len(WORD.findall(text))


def linked_words(tree) -> Counter:
    """The words of the page's links, lower case."""
    return Counter(WORD.findall(" ".join(tree.xpath("//a//text()")).lower()))


def link_share(linked: Counter, paragraphs: list[str]) -> float:
    """The share of the extracted words that are words of the page's links."""
    extracted = Counter(WORD.findall("\n".join(paragraphs).lower()))
    total = sum(extracted.values())
    return sum((extracted & linked).values()) / total if total else 0.0


def menus_only(tree, linked: Counter, paragraphs: list[str], url: str | None) -> bool:
    """Words that are the page's links ("World | Politics | Business"), or lines as short as menu
    items ("Politics Audio coverage") in which trafilatura's precision mode, which drops blocks
    made of links, finds no article either."""
    import trafilatura

    if link_share(linked, paragraphs) > MENU_LINK_SHARE:
        return True
    lengths = [clean.word_count(p) for p in paragraphs]
    if statistics.median(lengths) >= MENU_LINE_WORDS or max(lengths) >= PROSE_LINE_WORDS:
        return False
    strict = trafilatura.bare_extraction(tree, url=url, favor_precision=True, fast=True, **EXTRACTION)
    return strict is None or clean.word_count(strict.text or "") < MIN_HTML_ARTICLE_WORDS


def not_an_article(tree, linked: Counter, paragraphs: list[str], url: str | None) -> bool:
    return clean.word_count("\n".join(paragraphs)) < MIN_HTML_ARTICLE_WORDS or menus_only(tree, linked, paragraphs, url)


def page_paragraphs(tree, headline: str | None, url: str | None) -> list[str]:
    """The article's paragraphs as entente reads them, before its furniture rules; ValueError for
    a page with no article. The tree's layout tables are unwrapped."""
    linked = linked_words(tree)
    unwrap_layout_tables(tree)
    paragraphs = article_paragraphs(tree, headline, url)
    if not_an_article(tree, linked, paragraphs, url):
        # trafilatura's own extractor can take a page's menus for its article, where its comparison
        # with readability and jusText finds the article (a news page of a city's site in the set)
        paragraphs = article_paragraphs(tree, headline, url, compare=True)
        if not_an_article(tree, linked, paragraphs, url):
            raise ValueError("HTML page with no article text in it (menus or links only)")
    return paragraphs


def read_html(text: str, url: str | None = None) -> dict:
    """A page's Document fields; ValueError for a page with no article."""
    tree = parse_page(text)
    meta = page_metadata(tree, url)
    paragraphs = page_paragraphs(tree, meta.pop("headline"), meta["url"])
    return {**meta, "text": clean.body(drop_furniture(paragraphs))}


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


def host(url: str | None) -> str | None:
    """"vg247.com" of https://www.vg247.com/...: the address's host, without www."""
    match = re.match(r"[a-z]+://(?:www\.)?([^/:]+)", url or "", re.IGNORECASE)
    return match.group(1) if match else None


def host_name(url: str | None) -> str | None:
    """"vg247" of https://www.vg247.com/...: the address's own name, without www and the suffix."""
    return (host(url) or "").split(".")[0] or None
