"""Markdown to the text entente codes, read by a real parser (markdown-it-py, CommonMark plus
tables): a link keeps its words and never its address (a link to a social-media post leaves the
post's day aside: entente.posts), emphasis and images leave nothing, each list item, table row and
heading is its own paragraph, and HTML written inside the markdown (the White House archive's
tables, underlines and footnote links) gives its text only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import lxml.html
from lxml import etree
from markdown_it import MarkdownIt
from markdown_it.token import Token

from entente.posts import post_day

# asterisks that no word closes in on both sides are emphasis written loosely ("*More on today's
# announcements: *"), which CommonMark leaves as it stands ("5*3" keeps its); so is a bare run of
# underscores
LOOSE_EMPHASIS = re.compile(r"(?<!\w)\*+|\*+(?!\w)|(?<!\w)_+(?!\w)")
# where a link that was all address stood (an autolink): the punctuation after it closes up
DROPPED = "\ue000"
CELL_SEPARATOR = " | "
# a link's text that is only an address ("[https://www.state.gov/summit/]")
ADDRESS = re.compile(r"\[?(?:https?://|www\.|mailto:)\S*\]?")
# a link the parser could not take (its address has an unbalanced bracket, or its text ran across
# paragraphs, which no parser joins): its text kept, "](address" to the next space not
LINK_LEFT = re.compile(r"\[([^\[\]]*)\]\((?:https?:|mailto:|/|#)\S*")
LINK_TAIL = re.compile(r"\]\((?:https?:|mailto:|/|#)\S*")
ITEM_NUMBER = re.compile(r"\d{1,3}[.)]\s+(?=\S)")
# elements whose start and end break HTML's text into paragraphs
HTML_BREAKS = ("p", "div", "br", "li", "tr", "table", "ul", "ol", "blockquote", "section", "article",
               "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "header", "footer", "dl", "dt", "dd")
PARAGRAPH_BREAK = "\ue001"
# a line that opens with a year and a full stop ("2022. That year ...") is prose, not the 2022nd
# item of a list: CommonMark takes up to nine digits for a list number
YEAR_OPENING = re.compile(r"(?m)^([ \t]{0,3}\d{4,9})([.)])")
BLANK_LINE = re.compile(r"(?m)^[^\S\n]+$")


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "paragraph", "item" (of a list), "row" (of a table), "code"
    text: str
    posts: tuple[tuple[str, date], ...] = ()  # the words of each link to a dated post (entente.posts), and its day


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def markdown_blocks(text: str) -> list[Block]:
    """The markdown's blocks in order, as plain text; those without a word left out."""
    blocks: list[Block] = []
    kinds: list[str] = []  # the open containers: an item's paragraphs are items
    row: list[str] | None = None  # the cells of the table row being read
    # a line of no-break or other odd spaces is a blank line to the writer, not to CommonMark
    for token in parser().parse(YEAR_OPENING.sub(r"\1\\\2", BLANK_LINE.sub("", text))):
        if token.type == "list_item_open":
            kinds.append("item")
        elif token.type == "heading_open":
            # a paragraph over a "---" line is a setext heading to CommonMark; in exported news that
            # line is a rule under body text, so only "#" and "===" make a heading
            kinds.append("paragraph" if token.markup == "-" else "heading")
        elif token.type in ("list_item_close", "heading_close"):
            kinds.pop()
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(Block("row", table_row(row)))
            row = None
        elif token.type == "inline":
            if row is not None:
                row.append(" ".join(inline_lines(token)))
            else:
                kind = kinds[-1] if kinds else "paragraph"
                posts = linked_posts(token)
                blocks += [numbered_item(Block(kind, line, posts)) if kind == "paragraph" else Block(kind, line, posts)
                           for line in inline_lines(token)]
        elif token.type in ("fence", "code_block"):
            # an indented paragraph is a code block to CommonMark; in news it is text
            blocks += [Block("code", " ".join(p.split())) for p in re.split(r"\n\s*\n", token.content)]
        elif token.type == "html_block":
            blocks += html_blocks(token.content)
    return [b for b in blocks if any(c.isalnum() for c in b.text)]  # "###", "* * *": no words


def table_row(cells: list[str]) -> str:
    """A table's row as entente writes one, for markdown and web pages alike: its cells between
    " | ", an empty cell kept in its place so that each value stays under its column ("Pakistan |
    | 5" under "| 2022 | 2023"); a row of empty cells is nothing."""
    cells = [" ".join(cell.split()) for cell in cells]
    return CELL_SEPARATOR.join(cells).strip() if any(cells) else ""


def numbered_item(block: Block) -> Block:
    """A paragraph the writer numbered ("1\\. Spain and the United States condemn ...", escaped
    so as not to be a list) is a list item all the same: its number is no word of the sentence."""
    number = ITEM_NUMBER.match(block.text)
    return Block("item", block.text[number.end():], block.posts) if number else block


def inline_lines(token: Token) -> list[str]:
    """An inline run's lines (a hard break ends one: "The original source of this article is X" and
    "Copyright ..." below it are two), each its words only: a link's text without its address (an
    autolink, or a link whose text is its address, gives nothing), no image, no inline HTML tag."""
    lines: list[list[str]] = [[]]
    link: list[str] | None = None  # the words of the link being read
    for child in token.children or []:
        if child.type == "link_open":
            link = []
        elif child.type == "link_close" and link is not None:
            written = "".join(link)
            lines[-1].append(DROPPED if child.markup == "autolink" or ADDRESS.fullmatch(written.strip()) else written)
            link = None
        elif child.type in ("text", "code_inline"):
            (link if link is not None else lines[-1]).append(child.content)
        elif child.type == "softbreak":
            (link if link is not None else lines[-1]).append(" ")
        elif child.type == "hardbreak":
            lines.append([])
    return [plain_line("".join(words)) for words in lines]


def linked_posts(token: Token) -> tuple[tuple[str, date], ...]:
    """The words of each link in an inline run whose address is a dated post (entente.posts), as
    inline_lines writes them, and the post's day."""
    posts: list[tuple[str, date]] = []
    link: tuple[list[str], date] | None = None  # the words of the post's link being read, and its day
    for child in token.children or []:
        if child.type == "link_open":
            day = post_day(str(child.attrGet("href") or ""))
            link = ([], day) if day is not None else None
        elif child.type == "link_close" and link is not None:
            if words := plain_line("".join(link[0])):
                posts.append((words, link[1]))
            link = None
        elif link is not None and child.type in ("text", "code_inline", "softbreak"):
            link[0].append(" " if child.type == "softbreak" else child.content)
    return tuple(posts)


def plain_line(text: str) -> str:
    text = re.sub(rf"\s*{DROPPED}\s*(?=[.,;:!?)\]]|$)", "", text).replace(DROPPED, " ")
    text = LINK_TAIL.sub("", LINK_LEFT.sub(r"\1", text))
    return " ".join(LOOSE_EMPHASIS.sub("", text).split())


def html_blocks(html: str) -> list[Block]:
    """HTML inside markdown: each table row a block of its cells, and the rest of its text (loose
    text and text after a tag included) a block per paragraph-like element; scripts, styles and
    comments give nothing."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    for hidden in root.xpath(".//script|.//style"):
        hidden.drop_tree()  # its tail, text of the page, stays
    for tr in root.xpath(".//tr"):
        cells = [plain_line(cell.text_content()) for cell in tr.xpath("./td|./th")]
        tail = tr.tail
        tr.clear()
        tr.text, tr.tail = table_row(cells), tail
    for element in root.iter(*HTML_BREAKS):
        element.tail = PARAGRAPH_BREAK + (element.tail or "")
        if element.tag != "br":
            element.text = PARAGRAPH_BREAK + (element.text or "")
    blocks = []
    for part in root.text_content().split(PARAGRAPH_BREAK):
        if part.strip():
            blocks.append(Block("row" if CELL_SEPARATOR in part else "paragraph", plain_line(part)))
    return blocks
