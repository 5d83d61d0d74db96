"""Article-body extraction quality of entente's HTML reader beside plain trafilatura, and ingest speed.

Usage: .venv/bin/python bench/extraction.py [--pages DIR] [--limit N]

Pages: ../shared/eval-dev/extraction/scrapinghub_aeb/<id>/{page.html, expected.txt, meta.json}, read
in place (the HTML belongs to its publishers). Scoring is the benchmark's published one: tokens are
`\\w+` matches; per page the multisets of 4-token shingles of reference and prediction give TP, FP
and FN; precision and recall are averaged over pages and F1 is taken from the two means. Pages the
benchmark marks as not English are not scored: for them the figure is how many entente flags as
not English (stored, not coded) instead of extracting them as English.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

from entente.errors import InputError
from entente.ingest import read_bytes
from entente.types import Document

PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "eval-dev" / "extraction" / "scrapinghub_aeb"
SHINGLE = 4
TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter:
    tokens = TOKEN.findall(text)
    return Counter(tuple(tokens[k:k + SHINGLE]) for k in range(max(0, len(tokens) - SHINGLE + 1)))


def precision_recall(expected: str, predicted: str) -> tuple[float, float]:
    want, got = shingles(expected), shingles(predicted)
    tp = sum((want & got).values())
    fp = sum(got.values()) - tp
    fn = sum(want.values()) - tp
    precision = tp / (tp + fp) if tp + fp else (1.0 if not want else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def plain_trafilatura(data: bytes) -> str:
    """trafilatura's own reading of the page's bytes (it decodes them itself), comments and tables off."""
    import trafilatura

    return trafilatura.extract(data, include_comments=False, include_tables=False) or ""


def entente_document(data: bytes, path: str) -> Document | None:
    """The Document entente reads from a page (None when it rejects the page)."""
    for item in read_bytes(data, path):
        return None if isinstance(item, InputError) else item
    return None


def same_title(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.casefold().split()) == " ".join(b.casefold().split())


# the two readers timed side by side: (page bytes, page path) -> what each reads
READERS = {"entente": entente_document, "trafilatura": lambda data, _path: plain_trafilatura(data)}


def normalised(text: str) -> str:
    """A paragraph's words (letters and digits: a rule of underscores has none), lower case."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def rule_removals(html: bytes, expected: str, counts: dict) -> None:
    """For each furniture rule: paragraphs of the page it removes, and how many of them belong to
    the reference text (words in order, as normalised)."""
    from entente.ingest.furniture import furniture_rules_matching
    from entente.ingest.sniff import decode
    from entente.ingest.webpage import page_metadata, page_paragraphs, parse_page

    try:
        tree = parse_page(decode(html, "page"))
        meta = page_metadata(tree, None)
        paragraphs = page_paragraphs(tree, meta["headline"], meta["url"])
    except (ValueError, InputError):
        return
    reference = normalised(expected)
    for paragraph in paragraphs:
        words = normalised(paragraph)  # a rule of stars has none, and would be in every text
        for rule in furniture_rules_matching(paragraph):
            removed, wrong = counts.get(rule, (0, 0))
            counts[rule] = (removed + 1, wrong + bool(words and words in reference))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    folders = sorted(p for p in args.pages.iterdir() if p.is_dir())
    if args.limit:
        folders = folders[:args.limit]
    scores: dict[str, list[tuple[float, float]]] = {"entente": [], "trafilatura": []}
    foreign = flagged = 0
    elapsed = Counter()  # seconds each reader took
    removals: dict[tuple[str, str], tuple[int, int]] = {}
    # imports and first-use caches (trafilatura's, jusText's stop lists, the language model) are paid
    # once, untimed, by both readers: whichever read first would otherwise pay them in its time
    for folder in folders[:2]:
        data = (folder / "page.html").read_bytes()
        entente_document(data, str(folder / "page.html"))
        plain_trafilatura(data)
    found = Counter()  # metadata fields entente gives, over every page
    right = Counter()  # ... and those equal to the set's own, where meta.json has one
    given = Counter()
    for number, folder in enumerate(folders):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        data = (folder / "page.html").read_bytes()
        found_by = {}
        # each reader goes first on every other page: whichever reads second finds the page warm
        for name in (("trafilatura", "entente") if number % 2 else ("entente", "trafilatura")):
            start = time.perf_counter()
            found_by[name] = READERS[name](data, str(folder / "page.html"))
            elapsed[name] += time.perf_counter() - start
        doc, plain = found_by["entente"], found_by["trafilatura"]
        body, lang = (doc.text, doc.lang) if doc else ("", None)
        for field in ("title", "date", "outlet", "author"):
            found[field] += bool(doc and getattr(doc, field))
        if "title" in meta:
            given["title"] += 1
            right["title"] += same_title(meta["title"], doc and doc.title)
        if "date" in meta:
            given["date"] += 1
            right["date"] += bool(doc and doc.date and str(doc.date) == str(meta["date"])[:10])
        if meta.get("lang", "en") != "en":
            foreign += 1
            flagged += lang not in (None, "en")
            continue
        expected = (folder / "expected.txt").read_text(encoding="utf-8")
        rule_removals(data, expected, removals)
        scores["entente"].append(precision_recall(expected, body))
        scores["trafilatura"].append(precision_recall(expected, plain))
    print(f"pages: {len(folders)} ({len(folders) - foreign} English scored, {foreign} not English)")
    for name, pairs in scores.items():
        p = sum(x for x, _ in pairs) / len(pairs)
        r = sum(y for _, y in pairs) / len(pairs)
        print(f"  {name:12s} F1 {f1(p, r):.3f}  P {p:.3f}  R {r:.3f}")
    print(f"  non-English pages flagged as not English by entente: {flagged}/{foreign}")
    print("  furniture rules on the English pages: paragraphs removed, of which the reference's own")
    for (kind, rule), (removed, wrong) in sorted(removals.items(), key=lambda item: -item[1][1]):
        print(f"    {kind:<18} {rule:<58} {removed:4d} removed, {wrong:3d} article paragraphs")
    print("  metadata: pages with a " + ", ".join(f"{field} {found[field]}" for field in found)
          + f" of {len(folders)}")
    for field in ("title", "date"):
        print(f"  {field} right: {right[field]}/{given[field]} of the pages whose meta.json gives one" if given[field]
              else f"  {field} right: not scored, no page's meta.json gives a {field}")
    print(f"  reading speed, one core, same pages: entente {len(folders) / elapsed['entente']:.1f} pages/s (with "
          f"language and metadata), trafilatura.extract {len(folders) / elapsed['trafilatura']:.1f} pages/s")


if __name__ == "__main__":
    main()
