"""The measurements behind entente.stories' thresholds: copies of one article against different
articles on the same subject.

Usage: .venv/bin/python bench/stories.py [--corpus FILE]

Copies: the two seed renderings (web markdown and PDF text). Same subject, different articles: the
White House statements that name Pakistan (../shared/corpus/, read in place), all pairs. Printed:
exact Jaccard and containment of the 5-word shingle sets for the seeds, the highest values over
the different-article pairs, the exact duplicates the corpus is known to hold (9), and how many
pairs the stored MinHash/LSH rule (entente.stories.same_story) joins.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from entente import stories
from entente.ingest import extract

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "examples" / "articles"
CORPUS = HERE.parent.parent / "shared" / "corpus" / "whitehouse_briefings_ir.jsonl"


def exact(a: set[str], b: set[str]) -> tuple[float, float]:
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    names = ("article-web.md", "article-pdf.txt")
    raw = [stories.shingles((SEEDS / name).read_text(encoding="utf-8")) for name in names]
    clean = [stories.shingles(extract(SEEDS / name).text) for name in names]
    for label, (web, pdf) in (("raw files", raw), ("extracted bodies", clean)):
        jaccard, containment = exact(web, pdf)
        print(f"seed copies, {label}: Jaccard {jaccard:.2f}, containment {containment:.2f}")
    docs = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines()]
    shingled = [(d["id"], stories.shingles(d["text"])) for d in docs]
    texts = {}
    duplicates = sum(1 for d in docs if texts.setdefault(d["text"], d["id"]) != d["id"])
    print(f"corpus: {len(docs)} documents, {duplicates} exact duplicate texts")
    about = [(i, s) for (i, s), d in zip(shingled, docs) if "Pakistan" in d["text"] and len(s) > 50]
    highest = (0.0, 0.0)
    joined = 0
    signatures = {i: stories.signature(s) for i, s in about}
    for (ia, a), (ib, b) in itertools.combinations(about, 2):
        if a == b:
            continue  # an exact duplicate is a copy, not a different article
        j, c = exact(a, b)
        highest = max(highest, (j, c), key=lambda x: x[1])
        joined += stories.same_story(signatures[ia], len(a), signatures[ib], len(b))
    pairs = len(about) * (len(about) - 1) // 2
    print(f"different documents naming Pakistan: {len(about)} ({pairs} pairs); highest containment "
          f"{highest[1]:.2f} (its Jaccard {highest[0]:.2f}); pairs joined by same_story: {joined}")
    print(f"thresholds: Jaccard >= {stories.SAME_STORY_JACCARD}, containment >= {stories.SAME_STORY_CONTAINMENT}")


if __name__ == "__main__":
    main()
