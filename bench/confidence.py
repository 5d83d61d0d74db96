"""Does an event's confidence say how likely it is to be right? Confidence bins against accuracy.

Usage: .venv/bin/python bench/confidence.py [--db STORE] [--judged FILE ...]

Three measures, each printed per confidence bin (events, share right):
- news: the 727 real sentences of ../shared/eval-dev/news_sentences_penta.jsonl (read in place), each
  sentence's most confident event, right when its class on ConfliBERT's 5-way scale is the annotated
  one (the measure of bench/accuracy.py);
- manual: the CAMEO manual's example sentences, the most confident event, right when its root is;
- judged: events a person read (bench/data/audit-*.jsonl, judged by bench/audit.py), found by id in
  a store (--db, e.g. the one bench/pakistan.py builds): right when judged a real event, and when
  right in every field. An event whose id is not in the store (coded otherwise since) is skipped.
Confidence decides which of two duplicate events is kept and what `--min-confidence` drops: it is
worth that only if the share right rises from bin to bin.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from accuracy import EXAMPLES, NEWS, PENTA, top_event

from entente.coding import code_texts

HERE = Path(__file__).resolve().parent
BINS = (0.0, 0.3, 0.45, 0.6, 0.75, 1.01)


def binned(pairs: list[tuple[float, bool]]) -> list[tuple[str, int, float | None]]:
    out = []
    for low, high in zip(BINS, BINS[1:]):
        inside = [right for confidence, right in pairs if low <= confidence < high]
        out.append((f"{low:.2f}-{min(high, 1.0):.2f}", len(inside), sum(inside) / len(inside) if inside else None))
    return out


def show(title: str, pairs: list[tuple[float, bool]]) -> None:
    print(f"{title}: {len(pairs)} events, {sum(r for _, r in pairs) / max(1, len(pairs)):.3f} right")
    for span, n, share in binned(pairs):
        print(f"  confidence {span}: {n:4d} events, " + (f"{share:.3f} right" if share is not None else "-"))


def top_events(path: Path) -> list[tuple[dict, object]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = code_texts((r["text"], None, r["id"]) for r in rows)
    return [(row, top_event(result.events)) for row, result in zip(rows, results)]


def judged_pairs(db: str, files: list[Path]) -> tuple[list[tuple[float, bool]], list[tuple[float, bool]], int]:
    from entente.store import connect

    con = connect(db, read_only=True)
    real, every, missing = [], [], 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            judged = json.loads(line)
            found = con.execute("SELECT confidence FROM events WHERE event_id = ?", [judged["event_id"]]).fetchone()
            if found is None:
                missing += 1
                continue
            real.append((found[0], bool(judged["real"])))
            every.append((found[0], all(judged[f] for f in ("real", "mode", "source", "target", "code", "date"))))
    con.close()
    return real, every, missing


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="a store holding the judged events (bench/pakistan.py --db)")
    parser.add_argument("--judged", nargs="*", type=Path,
                        default=sorted((HERE / "data").glob("audit-whitehouse-pakistan-*.jsonl")))
    args = parser.parse_args()
    news = [(event.confidence, PENTA.get(event.root) == row["penta"])
            for row, event in top_events(NEWS) if event is not None]
    show(f"news ({NEWS.name}), most confident event per sentence, 5-way class", news)
    manual = [(event.confidence, event.root == row["events"][0]["code"][:2])
              for row, event in top_events(EXAMPLES) if event is not None]
    show(f"manual ({EXAMPLES.name}), most confident event per sentence, root", manual)
    if args.db:
        real, every, missing = judged_pairs(args.db, args.judged)
        show(f"judged ({len(args.judged)} audit files, {missing} events not in {args.db}), a real event", real)
        show("judged, right in every field", every)


if __name__ == "__main__":
    main()
