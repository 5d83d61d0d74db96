"""Markdown syntax left in the text entente stores, on the White House corpus.

Usage: .venv/bin/python bench/markdown.py [--corpus FILE]

Reads ../shared/corpus/whitehouse_briefings_ir.jsonl in place (2,026 markdown records) as ingest
reads it, and prints, per kind of markdown or HTML syntax, how many stored texts still hold it,
how many texts keep an address in the text (those written out as words, "visit www.ssa.gov", are
the writer's and stay), and how fast the records are read.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from entente.errors import InputError
from entente.ingest import read_paths

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "whitehouse_briefings_ir.jsonl"
SYNTAX = {
    "strong (**)": re.compile(r"\*\*|__\w"),
    "emphasis (*word*)": re.compile(r"(?<![\w*])\*(?=\w)|(?<=\w)\*(?!\w)"),
    "link ([text](address))": re.compile(r"\]\(|\[[^\]]*\]\("),
    "heading (#)": re.compile(r"(?m)^#"),
    "list marker (- , 1. )": re.compile(r"(?m)^(?:[-+*]|\d+[.)]) "),
    "escape (\\*)": re.compile(r"\\[\\`*_{}\[\]()#+\-.!]"),
    "HTML tag": re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|<!--"),
    "HTML entity": re.compile(r"&(?:[a-z]+|#\d+);"),
}
ADDRESS = re.compile(r"https?://|www\.")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    start = time.perf_counter()
    docs = [d for d in read_paths([args.corpus]) if not isinstance(d, InputError)]
    seconds = time.perf_counter() - start
    print(f"{len(docs)} documents read in {seconds:.1f} s ({len(docs) / seconds:.0f} a second)")
    for kind, pattern in SYNTAX.items():
        print(f"  {kind:<26} left in {sum(1 for d in docs if pattern.search(d.text))} texts")
    print(f"  {'address written as words':<26} in {sum(1 for d in docs if ADDRESS.search(d.text))} texts")


if __name__ == "__main__":
    main()
