"""How many news reports have a country they are about, and how many bare role words take it, at
each share of the report's country mentions (entente.actors.resolve.REPORT_SHARE).

Usage:
  .venv/bin/python bench/report_country.py [--corpus ../shared/corpus/wikinews_2019_2020.jsonl]

For each document of a JSONL corpus ({"text", "date", "title"} a line) read as news (no voice),
counts the countries its names and places are of, and those its headline names, and prints, for
each share from 1.0 down to 0.5: how many documents would have a country they are about
(entente.actors.resolve.country_reported_on), and how many bare role words of REPORT_ROLES in them
("police", "the senator", "officials") there are, before the guards against a visitor's title, a
place named in the clause or a role word aimed at that country's own body. A lower share reaches
more reports, and more of them are of two countries' dealings, whose role words may be either's;
read the stores' diffs to see which.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from entente.actors.resolve import REPORT_ROLES, REPORT_SHARE, country_reported_on, resolve
from entente.nlp import parse_stream, prepare_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews_2019_2020.jsonl"
SHARES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    # per document: its country mentions, placed countries, headline's countries, bare role words of REPORT_ROLES
    reports = []
    headlines = parse_stream(prepare_text(row.get("title") or "") for row in rows)
    for row, doc, headline in zip(rows, parse_stream(prepare_text(row["text"]) for row in rows), headlines):
        actors = resolve(doc, date=row.get("date"))
        bare = sum(1 for ref in actors.refs.values() if ref.entity.kind == "sector" and ref.role in REPORT_ROLES)
        named = resolve(headline, date=row.get("date")).headline_countries()
        reports.append((actors.country_mentions(), actors.placed_countries(), named, bare))
    print(f"{len(rows)} documents from {args.corpus} read in {time.perf_counter() - started:.0f} s")
    print(f"{'share':>6} {'reports with a country':>28} {'bare role words that take it':>30}")
    for share in SHARES:
        reached = [bare for mentions, placed, named, bare in reports
                   if country_reported_on(mentions, placed, share, headline=named)]
        mark = "  <- REPORT_SHARE" if share == REPORT_SHARE else ""
        print(f"{share:>6.1f} {len(reached):>28} {sum(reached):>30}{mark}")


if __name__ == "__main__":
    main()
