"""Read stored events as an analyst would: a seeded random draw, each printed with its evidence.

Usage:
  .venv/bin/python bench/audit.py --db STORE [--n 100] [--seed 1] [--mode asserted|all]
      [--like PATTERN] [--template FILE [--carry JUDGED]...] [--judged FILE]

Draws N events at random (seeded, so the same store gives the same draw) and prints each with its
sentence, document, mode, source, target, code and date for a person to judge. `--like` keeps only
documents whose id matches a SQL LIKE pattern (the White House documents naming Pakistan: store
them with bench/pakistan.py). `--template FILE` also writes the draw as JSONL, one event a line with
empty judgements, for the judge to fill:
  {"event_id", "commit", ..., "real": true|false, "mode": ok, "source": ok, "target": ok,
   "code": ok, "date": ok, "note": "..."}
where "real" says the sentence reports this event at all, and each field says whether the stored
value is right (a root code counts as right when the root is; a date of precision "before", on or
before the document's day, is right when the act was done by then and the text gives no closer
day). `--judged FILE` prints, for a filled file, the share of real events, the precision of each
field over the real ones, and the share right in every field. Filled files are kept in bench/data/
with the commit they judged. `--carry OLD` fills the template's judgements for the events stored
exactly as OLD judged them (same sentence, mode, source, target, code and date, and a "before"
date only as "before"), so that a re-audit after a change asks the judge only about the events the
change made.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from entente.store import connect

FIELDS = ("mode", "source", "target", "code", "date")


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=Path(__file__).parent).stdout.strip()
    except OSError:
        return ""


def draw(db: Path, n: int, seed: int, mode: str, like: str | None) -> list[dict]:
    con = connect(db, read_only=True)
    clauses, params = ["TRUE"], []
    has_mode = "mode" in {row[0] for row in con.sql("DESCRIBE events").fetchall()}
    if mode != "all" and has_mode:  # a store from before events had a mode holds asserted ones only
        clauses.append("e.mode = ?")
        params.append(mode)
    if like:
        clauses.append("e.doc_id LIKE ?")
        params.append(like)
    cursor = con.execute(
        f"SELECT e.*, {'' if has_mode else chr(39) + 'asserted' + chr(39) + ' AS mode, '}d.title, d.date AS doc_date "
        "FROM events e JOIN documents d USING (doc_id) "
        f"WHERE {' AND '.join(clauses)} ORDER BY hash(e.event_id || ?) LIMIT ?", [*params, str(seed), n])
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def show(k: int, e: dict) -> str:
    def side(prefix: str) -> str:
        if e[f"{prefix}_code"] is None:
            return "-"
        return f"{e[f'{prefix}_code']} ({e[f'{prefix}_name']}; text: {e[f'{prefix}_text']!r})"

    return (f"[{k}] {e['event_id']}  {e['title']!r} ({e['doc_date']})\n"
            f"    evidence: {e['evidence_text']}\n"
            f"    mode: {e['mode']}  code: {e['code']} (trigger {e['trigger']!r})  date: {e['date']} "
            f"({e['date_precision']})\n"
            f"    source: {side('source')}\n    target: {side('target')}")


def stored_as(row: dict) -> tuple:
    # a date claimed only as on or before the day ("before") is another claim than the day itself;
    # files from before the precision was kept judged no "before"
    return (*(row[k] for k in ("evidence", "mode_stored", "source_stored", "target_stored", "code_stored",
                               "date_stored")), row.get("precision_stored") == "before")


def judged_before(paths: list[Path]) -> dict[tuple, dict]:
    """Earlier judgements by what they judged; a later file's overrides an earlier one's."""
    out = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row and row.get("real") is not None:
                out[stored_as(row)] = row
    return out


def score(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = [r for r in rows if r.get("real") is not None]
    real = [r for r in judged if r["real"]]
    print(f"{path}: {len(judged)} judged events (commit {', '.join(sorted({r.get('commit', '') for r in rows}))})")
    print(f"  real events: {len(real) / max(len(judged), 1):.2f} ({len(real)}/{len(judged)})")
    for field in FIELDS:
        right = sum(1 for r in real if r.get(field))
        print(f"  {field} right, of the real: {right / max(len(real), 1):.2f} ({right}/{len(real)})")
    countries = sum(1 for r in real if r.get("source") and r.get("target") and r.get("mode"))
    every = sum(1 for r in real if all(r.get(f) for f in FIELDS))
    print(f"  real, asserted as stored and with the right source and target: "
          f"{countries / max(len(judged), 1):.2f} ({countries}/{len(judged)})")
    print(f"  right in every field: {every / max(len(judged), 1):.2f} ({every}/{len(judged)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mode", default="asserted")
    parser.add_argument("--like")
    parser.add_argument("--template", type=Path)
    parser.add_argument("--judged", type=Path)
    parser.add_argument("--carry", type=Path, action="append", default=[])
    parser.add_argument("--commit", help="the commit that built the store (default: this checkout's)")
    args = parser.parse_args()
    if args.carry and not args.template:
        parser.error("--carry fills a --template: give both")
    if args.judged:
        score(args.judged)
        return
    events = draw(args.db, args.n, args.seed, args.mode, args.like)
    for k, event in enumerate(events, start=1):
        print(show(k, event))
    if args.template:
        at = args.commit or commit()
        earlier = judged_before(args.carry)
        carried = 0
        with args.template.open("w", encoding="utf-8") as out:
            for event in events:
                row = {"event_id": event["event_id"], "commit": at, "title": event["title"],
                       "evidence": event["evidence_text"], "mode_stored": event["mode"],
                       "source_stored": event["source_code"], "target_stored": event["target_code"],
                       "code_stored": event["code"], "date_stored": event["date"],
                       "precision_stored": event["date_precision"], "real": None,
                       **{f: None for f in FIELDS}, "note": ""}
                old = earlier.get(stored_as(row))
                if old is not None:
                    carried += 1
                    note = old["note"].split(" [carried from")[0]
                    row.update({k: old[k] for k in ("real", *FIELDS)},
                               note=f"{note} [carried from the judgement of the same stored event at {old['commit']}]")
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{args.template}: {len(events)} events, {carried} judgements carried, {len(events) - carried} to judge")


if __name__ == "__main__":
    main()
