"""How often entente's coder gives the right CAMEO code, and how often it invents events.

Usage: .venv/bin/python bench/accuracy.py [--examples FILE] [--news FILE] [--negatives FILE] [--misses N]

Examples: JSONL lines {"id", "text", "events": [{"code"}]} (default: the CAMEO manual's example
sentences in ../shared/eval-dev/, read in place: their licence keeps them out of this repository).
Each sentence is coded as `entente code` codes it, dated by a fixed anchor. The predicted code is
the code of the event with the highest confidence; a sentence with no event counts as a miss.
News: real wire and web sentences (../shared/eval-dev/news_sentences_penta.jsonl, read in place),
each holding one annotated event: its class on ConfliBERT's 5-way scale and the source and target
text spans. Scored as the development set's README says: the class of the most confident event
(no event counts as wrong), accuracy and macro-F1 over the five classes, the share of sentences
with any event, and how often that event's source and target texts overlap the annotated spans.
Negatives: sentences with no political event (bench/data/no_event_sentences.txt, written for
entente); the figure is events per sentence.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

from entente.coding import code_texts
from entente.coding.codebook import codebook

HERE = Path(__file__).resolve().parent
EVAL_DEV = HERE.parent.parent / "shared" / "eval-dev"
EXAMPLES = EVAL_DEV / "cameo_manual_examples.jsonl"
NEWS = EVAL_DEV / "news_sentences_penta.jsonl"
NEGATIVES = HERE / "data" / "no_event_sentences.txt"
ANCHOR = None  # undated sentences, coded as `entente code` codes a line without "date"


def top_event(events: list):
    return max(events, key=lambda e: e.confidence) if events else None


def top_code(events: list) -> str | None:
    event = top_event(events)
    return event.code if event else None


# ConfliBERT's five classes of CAMEO roots (eval-dev/README.md)
PENTA = {**dict.fromkeys(("01", "02"), 0), **dict.fromkeys(("03", "04", "05"), 1),
         **dict.fromkeys(("06", "07", "08"), 2), **dict.fromkeys(("09", "10", "11", "12", "13", "16"), 3),
         **dict.fromkeys(("14", "15", "17", "18", "19", "20"), 4)}
PENTA_NAMES = ["statement/appeal", "intent/meet", "cooperate/aid", "verbal conflict", "material conflict"]


def words(text: str) -> set[str]:
    # letters without their accents: the annotation's "Erdogan" is the text's "Erdoğan"
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return {w for w in re.findall(r"[a-z0-9]+", plain) if w not in ("the", "s", "of", "a", "an")}


def overlaps(actor, spans: list[str]) -> bool:
    return actor is not None and any(words(actor.text) & words(span) for span in spans)


def macro_f1(pairs: list[tuple[int, int | None]], classes: int) -> float:
    scores = []
    for c in range(classes):
        tp = sum(1 for gold, got in pairs if gold == c and got == c)
        fp = sum(1 for gold, got in pairs if gold != c and got == c)
        fn = sum(1 for gold, got in pairs if gold == c and got != c)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / classes


def score_news(path: Path, show_misses: int) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs: list[tuple[int, int | None]] = []
    source_hits = source_asked = target_hits = target_asked = 0
    misses = []
    for row, result in zip(rows, code_texts((r["text"], ANCHOR, r["id"]) for r in rows)):
        event = top_event(result.events)
        got = PENTA[event.root] if event else None
        pairs.append((row["penta"], got))
        if event is not None and row["source_spans"]:
            source_asked += 1
            source_hits += overlaps(event.source, row["source_spans"])
        if event is not None and row["target_spans"]:
            target_asked += 1
            target_hits += overlaps(event.target, row["target_spans"])
        if got != row["penta"]:
            misses.append((row["penta"], event.code if event else None, row["text"]))
    n = len(rows)
    right = sum(1 for gold, got in pairs if gold == got)
    coded = sum(1 for _, got in pairs if got is not None)
    print(f"news: {n} real sentences from {path}")
    print(f"  5-way class accuracy: {right / n:.3f} ({right}/{n})")
    print(f"  5-way macro-F1: {macro_f1(pairs, len(PENTA_NAMES)):.3f}")
    print(f"  sentences with an event: {coded / n:.3f} ({coded}/{n})")
    print(f"  source overlaps the annotated source: {source_hits / max(source_asked, 1):.3f} "
          f"({source_hits}/{source_asked} coded sentences with one annotated)")
    print(f"  target overlaps the annotated target: {target_hits / max(target_asked, 1):.3f} "
          f"({target_hits}/{target_asked})")
    for gold, got, text in misses[:show_misses]:
        print(f"  miss gold={PENTA_NAMES[gold]} got={got}: {text[:150]}")


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
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--negatives", type=Path, default=NEGATIVES)
    parser.add_argument("--misses", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    score_examples(args.examples, args.misses, keep_unknown=False)
    score_examples(args.examples, 0, keep_unknown=True)
    score_news(args.news, args.misses)
    score_negatives(args.negatives)


if __name__ == "__main__":
    main()
