"""How often entente's coder gives the right CAMEO code, and how often it invents events.

Usage: .venv/bin/python bench/accuracy.py [--examples FILE] [--negatives FILE] [--misses N]

Examples: JSONL lines {"id", "text", "events": [{"code"}]} (default: the CAMEO manual's example
sentences in ../shared/eval-dev/, read in place: their licence keeps them out of this repository).
Each sentence is coded as `entente code` codes it, dated by a fixed anchor. The predicted code is
the code of the event with the highest confidence; a sentence with no event counts as a miss.
Negatives: sentences with no political event (bench/data/no_event_sentences.txt, written for
entente); the figure is events per sentence.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from entente.coding import code_texts
from entente.coding.codebook import codebook

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent.parent / "shared" / "eval-dev" / "cameo_manual_examples.jsonl"
NEGATIVES = HERE / "data" / "no_event_sentences.txt"
ANCHOR = None  # undated sentences, coded as `entente code` codes a line without "date"


def top_code(events: list) -> str | None:
    return max(events, key=lambda e: e.confidence).code if events else None


def score_examples(path: Path, show_misses: int, keep_unknown: bool) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    book = codebook()
    exact = root = quad = coded = 0
    misses = []
    results = code_texts(((r["text"], ANCHOR, r["id"]) for r in rows), keep_unknown=keep_unknown)
    for row, result in zip(rows, results):
        gold = row["events"][0]["code"]
        got = top_code(result.events)
        coded += got is not None
        exact += got == gold
        root += got is not None and got[:2] == gold[:2]
        quad += got is not None and book[got].quad == book[gold].quad
        if got is None or got[:2] != gold[:2]:
            misses.append((gold, got, row["text"]))
    n = len(rows)
    print(f"examples: {n} sentences from {path}" + (" (--keep-unknown)" if keep_unknown else ""))
    print(f"  exact code accuracy: {exact / n:.3f} ({exact}/{n})")
    print(f"  root code accuracy:  {root / n:.3f} ({root}/{n})")
    print(f"  quad class accuracy: {quad / n:.3f} ({quad}/{n})")
    print(f"  sentences with an event: {coded / n:.3f}")
    for gold, got, text in misses[:show_misses]:
        print(f"  miss gold={gold} got={got}: {text[:150]}")


def score_negatives(path: Path) -> None:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    results = list(code_texts((text, ANCHOR, None) for text in lines))
    events = sum(len(r.events) for r in results)
    with_event = sum(1 for r in results if r.events)
    print(f"negatives: {len(lines)} sentences with no political event from {path}")
    print(f"  events per sentence: {events / len(lines):.3f}; sentences with any event: {with_event}")
    for text, result in zip(lines, results):
        for event in result.events:
            source = event.source.code if event.source else "-"
            print(f"  false event {event.code} {source}->{event.target.code if event.target else '-'}: {text}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=Path, default=EXAMPLES)
    parser.add_argument("--negatives", type=Path, default=NEGATIVES)
    parser.add_argument("--misses", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    score_examples(args.examples, args.misses, keep_unknown=False)
    score_examples(args.examples, 0, keep_unknown=True)
    score_negatives(args.negatives)


if __name__ == "__main__":
    main()
