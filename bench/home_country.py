"""How many news reports have a country they are about, and how many bare role words take it, at
each share of the report's country mentions (entente.actors.resolve.HOME_SHARE).

Usage:
  .venv/bin/python bench/home_country.py [--corpus ../shared/corpus/wikinews_2019_2020.jsonl]

For each document of a JSONL corpus ({"text", "date"} a line) read as news (no voice), counts the
countries its names and places are of, and prints, for each share from 1.0 down to 0.5: how many
documents would have a home country (entente.actors.resolve.ruling_country) and how many bare
role words of HOME_ROLES in them ("police", "the senator", "officials") would take it, before the
guards against a role word aimed at that country's own body. A lower share reaches more reports,
and more of them are of two countries' dealings, whose role words may be either's; read the
stores' diffs to see which.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from entente.actors.resolve import HOME_ROLES, HOME_SHARE, resolve, ruling_country
from entente.nlp import parse_stream, prepare_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews_2019_2020.jsonl"
SHARES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    reports = []  # per document: its country mentions, placed countries, bare home-role words
    for row, doc in zip(rows, parse_stream(prepare_text(row["text"]) for row in rows)):
        actors = resolve(doc, date=row.get("date"))
        bare = sum(1 for ref in actors.refs.values() if ref.entity.kind == "sector" and ref.role in HOME_ROLES)
        reports.append((actors.country_mentions(), actors.placed_countries(), bare))
    print(f"{len(rows)} documents from {args.corpus} read in {time.perf_counter() - started:.0f} s")
    print(f"{'share':>6} {'reports with a home country':>28} {'bare role words that take it':>30}")
    for share in SHARES:
        homed = [bare for mentions, placed, bare in reports if ruling_country(mentions, placed, share)]
        mark = "  <- HOME_SHARE" if share == HOME_SHARE else ""
        print(f"{share:>6.1f} {len(homed):>28} {sum(homed):>30}{mark}")


if __name__ == "__main__":
    main()
