"""The `entente` command: thin wrappers over the pipeline's functions."""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

# OpenBLAS's threads spin beside spaCy's small matrices without making them faster (the same time
# with one thread, a fifth less CPU); with coding workers they take the CPU the workers need. Set
# here, before anything loads numpy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from entente.errors import EntenteError, InputError
from entente.types import DIRECTIONS, LISTING_SORTS, MODES

DEFAULT_DB = "entente.duckdb"
CODE_LINES_AT_ONCE = 1000  # `code` reads, codes and answers this many lines at a time
SHOWN_REJECTIONS = 20  # a batch's rejections printed one per line; the rest are in its Parquet


def fail(message: str, code: int = 1) -> None:
    click.echo(f"entente: {message}", err=True)
    sys.exit(code)


def print_table(rows: list[dict], columns: list[str]) -> None:
    def cell(row: dict, column: str) -> str:
        value = row.get(column)
        return "" if value is None else str(value)

    widths = [max(len(c), *(len(cell(r, c)) for r in rows)) if rows else len(c) for c in columns]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for row in rows:
        click.echo("  ".join(cell(row, c).ljust(w) for c, w in zip(columns, widths)))


class Day(click.ParamType):
    """A calendar day, read by the one date parser (entente.dates) before any query sees it."""

    name = "DAY"

    def convert(self, value, param, ctx):
        from entente.dates import parse_day

        try:
            return parse_day(value).isoformat()
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


DAY = Day()


class ActorName(click.ParamType):
    """An actor code ("PAK", "USAGOV") or a name the actor dictionary knows ("Pakistan", "the United
    States", "Imran Khan"), read as the code its events are stored under (entente.actors.naming)."""

    name = "ACTOR"

    def convert(self, value, param, ctx):
        from entente.actors.naming import UnknownActor, code_for

        try:
            return code_for(value)
        except UnknownActor as exc:
            self.fail(str(exc), param, ctx)


ACTOR = ActorName()


def checked_code(value: str | None) -> str | None:
    """--code as the events page reads it (entente.relations.series.code_prefix)."""
    from entente.relations.series import code_prefix

    try:
        return None if value is None else code_prefix(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None

ACTORS_OPTION = click.option(
    "--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Your own actors (YAML, CSV or a PETRARCH .actors file), over entente's; repeatable.")


# the event modes, and "all"
MODE_CHOICE = click.Choice([*MODES, "all"])
NORMALISE_OPTION = click.option(
    "--normalise", is_flag=True,
    help="Also give each period's events as a share of all the store's events of that period.")


def direction_option(default: str, what: str):
    return click.option("--direction", type=click.Choice(DIRECTIONS), default=default, show_default=True,
                        help=f"Which events count: {what}.")
MODE_OPTION = click.option(
    "--mode", "mode", type=MODE_CHOICE, default="asserted", show_default=True,
    help="Count events of this mode: asserted (what the text says happened), another, or all.")


def load_dictionary(actor_files: tuple[str, ...]):
    from entente.actors.dictionary import Dictionary, default_dictionary

    return Dictionary.load(extra=[Path(f) for f in actor_files]) if actor_files else default_dictionary()


class Commands(click.Group):
    """entente's commands, each turning the errors it expects into one line on stderr and exit code 1
    (so the same whether run as `entente`, `python -m entente` or in a test's CliRunner)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except EntenteError as exc:
            fail(str(exc))
        except OSError as exc:  # "report --out" into a missing folder, a full disk, a file not allowed
            if isinstance(exc, BrokenPipeError):
                raise
            fail(f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc))


@click.group(cls=Commands)
@click.version_option(package_name="entente")
def main() -> None:
    """entente: news in, auditable CAMEO events and relations between actors out."""


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
def extract(file: str) -> None:
    """Print FILE's metadata and clean article text as one JSON object."""
    from entente.ingest import extract as extract_file

    try:
        doc = extract_file(file)
    except InputError as exc:
        fail(str(exc))
    click.echo(json.dumps(doc.contract(), ensure_ascii=False))


def line_problem(record: dict) -> str:
    """Why a line `entente code` has read cannot be coded ("" when it can); a date is read here."""
    from entente.dates import parse_day
    from entente.ingest import MAX_TEXT_CHARS

    size = len(record["text"])
    if size > MAX_TEXT_CHARS:
        return f"text too long ({size:,} characters, limit {MAX_TEXT_CHARS:,})"
    if record.get("title") is not None and not isinstance(record["title"], str):
        return "title field is not a string"
    if record.get("date"):
        try:
            record["date"] = parse_day(record["date"])
        except ValueError as exc:
            return f"date field {exc}"
    return ""


@main.command()
@click.argument("file", default="-", type=click.File("rb"))
@click.option("--min-confidence", default=0.0, show_default=True, help="Drop events below this.")
@click.option("--mode", "mode", type=MODE_CHOICE, default="all", show_default=True,
              help="Emit events of this mode only (each event says its mode).")
@click.option("--keep-unknown", is_flag=True,
              help="Also emit events whose actor is a name the dictionary lacks, as actor code UNK.")
@ACTORS_OPTION
def code(file, min_confidence: float, mode: str, keep_unknown: bool,
         actor_files: tuple[str, ...]) -> None:
    """Code JSONL lines {"id", "text", "date"?, "url"?, "outlet"?, "title"?} into {"id", "events": [...]},
    one line each."""
    from entente.coding import code_texts, coding_item

    errors = 0
    name = getattr(file, "name", "<stdin>")  # a stream handed in (a test's CliRunner) has no name

    def records() -> Iterator[tuple[int, dict]]:
        nonlocal errors
        for number, raw in enumerate(file, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")  # a line that is not UTF-8 is one bad line, not the end
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise ValueError("expected an object with a string 'text'")
            except ValueError as exc:
                why = f"malformed JSONL line ({exc})"
            else:
                why = line_problem(record)
            if why:
                click.echo(f"entente: {name}:{number}: {why}", err=True)
                errors += 1
                record = {"id": record.get("id") if not why.startswith("malformed") else None, "text": "",
                          "error": f"line {number}: {why}"}
            yield number, record

    dictionary = load_dictionary(actor_files)
    lines = records()
    # a chunk of lines at a time: answers come as the input does, and a long input is never all held
    while chunk := list(itertools.islice(lines, CODE_LINES_AT_ONCE)):
        items = (coding_item(r["text"], r.get("date"), str(r["id"]) if r.get("id") is not None else None,
                             dictionary.voice(r.get("url"), r.get("outlet")), None, r.get("url"), r.get("title"))
                 for _, r in chunk)
        coded = code_texts(items, dictionary, min_confidence=min_confidence,
                           modes=None if mode == "all" else {mode}, keep_unknown=keep_unknown)
        for (number, record), result in zip(chunk, coded):
            out = {"id": record.get("id"), "events": [e.contract() for e in result.events]}
            if "error" in record:
                out["error"] = record["error"]
            elif result.fault is not None:
                click.echo(f"entente: {name}:{number}: {result.fault}", err=True)
                errors += 1
                out["error"] = f"line {number}: {result.fault}"
            click.echo(json.dumps(out, ensure_ascii=False))
    if errors:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to write.")
@click.option("--max-mb", default=50, show_default=True, help="Size limit per file, in MB.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that code (default: the machine's cores); the store is the same for any number.")
@ACTORS_OPTION
def ingest(paths: tuple[str, ...], db: str, max_mb: int, workers: int | None, actor_files: tuple[str, ...]) -> None:
    """Ingest files and folders (any supported format) into the database."""
    from entente.pipeline import ingest as run_ingest
    from entente.progress import IngestProgress, wanted
    from entente.workers import default_workers

    limit = max_mb * 1024 * 1024
    dictionary = load_dictionary(actor_files)
    if wanted():
        with IngestProgress() as progress:
            summary = run_ingest(paths, db, limit, progress, dictionary, workers or default_workers())
    else:
        summary = run_ingest(paths, db, limit, None, dictionary, workers or default_workers())
    for error in summary.rejected:
        click.echo(f"entente: rejected {error}", err=True)
    for note in summary.flagged:
        click.echo(f"entente: {note}", err=True)
    click.echo(summary.line())
    missing = [p for p in paths if not Path(p).exists()]
    if missing or (summary.rejected and not summary.documents and not summary.unchanged):
        sys.exit(1)  # a path that is not there, or nothing read at all: the README's exit code for bad input


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "gdelt", "plover", "parquet"]),
              default="jsonl", show_default=True,
              help="gdelt: GDELT 2.0 event table columns (tab-separated) plus evidence; plover: PLOVER codes.")
@click.option("--out", type=click.Path(dir_okay=False), help="File to write (required for parquet).")
@click.option("--source", type=ACTOR, help="Actor or country of the source: a code (PAK) or a name (Pakistan).")
@click.option("--target", type=ACTOR, help="Actor or country of the target: a code (USA) or a name.")
@click.option("--since", type=DAY, help="First event day.")
@click.option("--until", type=DAY, help="Last event day.")
@click.option("--code", callback=lambda ctx, param, value: checked_code(value),
              help="CAMEO code or its prefix (19, 0211).")
@click.option("--quad", type=click.IntRange(1, 4), help="Quad class, 1 to 4.")
@click.option("--text", "words", default="", help="Words the evidence sentence holds.")
@click.option("--sort", type=click.Choice(LISTING_SORTS), default="date", show_default=True,
              help="Order of the events; a minus sorts the other way.")
@MODE_OPTION
def events(db: str, fmt: str, out: str | None, source, target, since, until, code: str | None, quad: int | None,
           words: str, sort: str, mode: str) -> None:
    """List stored events with their evidence (asserted ones unless --mode says otherwise): the same
    filters, order and columns as the dashboard's events page and its downloads."""
    from entente.record import event_record
    from entente.relations import event_rows
    from entente.relations.export import write_csv, write_delimited, write_parquet
    from entente.relations.series import listing_filter

    con = open_db(db)
    where, params = listing_filter(source, target, since, until, mode, code, quad, words)
    rows = event_rows(con, where, params, sort=sort)
    if fmt == "parquet":
        if not out:
            fail("--format parquet needs --out FILE", code=2)
        click.echo(f"entente: {write_parquet(rows, out)} events written to {out}", err=True)
        return
    with open(out, "w", encoding="utf-8", newline="") if out else contextlib.nullcontext(sys.stdout) as handle:
        if fmt in ("gdelt", "plover"):
            write_delimited(rows, fmt, handle)
        elif fmt == "jsonl":
            handle.writelines(json.dumps(event_record(row), ensure_ascii=False, default=str) + "\n" for row in rows)
        else:
            write_csv([event_record(row) for row in rows], handle)
    if out:
        click.echo(f"entente: {len(rows)} events written to {out}", err=True)


def open_db(db: str):
    from entente.store import connect

    return connect(db, read_only=True)  # a StoreError is one line (run)


@main.command()
@click.argument("a", type=ACTOR)
@click.argument("b", type=ACTOR)
@click.argument("more", type=ACTOR, nargs=-1)
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--freq", type=click.Choice(["day", "week", "month"]), default="month", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@direction_option("out", "A's acts toward B (out), B's toward A (in), or both, each its own rows")
@click.option("--both-ways", is_flag=True, hidden=True, help="The same as --direction both.")
@click.option("--weight", type=click.Choice(["none", "confidence"]), default="none", show_default=True,
              help="Weigh each event's Goldstein score by its confidence.")
@NORMALISE_OPTION
@MODE_OPTION
def dyad(a: str, b: str, more: tuple[str, ...], db: str, freq: str, fmt: str, direction: str, both_ways: bool,
         weight: str, normalise: bool, mode: str) -> None:
    """The series of events between A and B (codes or names: PAK or Pakistan), asserted ones unless --mode
    says otherwise; with MORE actors, A's relations with each of them too, each its own rows."""
    from entente.relations import dyad_series
    from entente.relations.series import compared

    con = open_db(db)
    rows = [row for other in compared(a, b, more)
            for row in dyad_series(con, a, other, freq, "both" if both_ways else direction, weight, mode, normalise)]
    emit_series(rows, fmt, ["period", "source", "target", "events", *(["share"] if normalise else []),
                            "goldstein_mean", "goldstein_se", "goldstein_sum"])


@main.command(name="shift")
@click.argument("actor", type=ACTOR)
@click.option("--between", nargs=2, type=ACTOR, required=True, metavar="B C",
              help="The two actors ACTOR stands between (codes or names).")
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--freq", type=click.Choice(["week", "month"]), default="month", show_default=True)
@click.option("--since", type=DAY, help="First event day.")
@click.option("--until", type=DAY, help="Last event day.")
@click.option("--at", type=DAY, help="Also compare both relations before and after this day.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@direction_option("both", "ACTOR's acts toward B and C (out), theirs toward ACTOR (in), or both")
@NORMALISE_OPTION
@MODE_OPTION
def shift_command(actor: str, between: tuple[str, str], db: str, freq: str, since, until, at, fmt: str,
                  direction: str, normalise: bool, mode: str) -> None:
    """Where ACTOR's relations with B and C turned: levels before and after, and the events behind."""
    from entente.relations import shift

    result = shift(open_db(db), actor, *between, freq=freq, since=since, until=until, at=at, mode=mode,
                   direction=direction, normalise=normalise)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False, default=str))
        return
    b, c = between
    rows = [{"period": r["period"],
             **{f"{x}_events": r["toward"][x]["events"] for x in (b, c)},
             **({f"{x}_share": r["toward"][x]["share"] for x in (b, c)} if normalise else {}),
             **{f"{x}_index": r["toward"][x]["index"] for x in (b, c)},
             "alignment": r["alignment"]["index"] if r["alignment"] else None} for r in result["series"]]
    print_table(rows, list(rows[0]) if rows else ["period"])
    click.echo(f"\ncounted: {result['counted']}")
    for line in result["summary"]:
        click.echo(line)
    for brk in result["breaks"] + result["comparisons"]:
        what = "the break in" if brk in result["breaks"] else "the same date in"
        click.echo(f"\nevents nearest {what} {brk['series']} ({brk['date']}):")
        for e in brk["events"]:
            source = e["source"]["code"] if e["source"] else "-"
            target = e["target"]["code"] if e["target"] else "-"
            click.echo(f"  {e['date']}  {source}->{target}  {e['code']} ({e['goldstein']:+})  {e['evidence']['text']}")


@main.command(name="report")
@click.argument("actor", type=ACTOR)
@click.option("--between", nargs=2, type=ACTOR, required=True, metavar="B C",
              help="The two actors ACTOR stands between (codes or names).")
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--png", type=click.Path(file_okay=False), help="Also write the charts as PNG into this folder.")
@click.option("--freq", type=click.Choice(["week", "month"]), default="month", show_default=True)
@direction_option("both", "ACTOR's acts toward B and C (out), theirs toward ACTOR (in), or both")
@MODE_OPTION
def report_command(actor: str, between: tuple[str, str], db: str, out: str, png: str | None, freq: str,
                   direction: str, mode: str) -> None:
    """Write a self-contained HTML report of ACTOR between B and C (charts bundled, no network)."""
    from entente.relations.report import report

    result = report(open_db(db), actor, *between, Path(out), Path(png) if png else None, freq, Path(db).name,
                    mode, direction)
    click.echo(f"entente: wrote {out}" + (f" and {len(result['png'])} PNG charts in {png}" if png else ""), err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder for the Parquet output.")
@click.option("--scheduler", help="A Dask scheduler address (tcp://HOST:PORT); default: a LocalCluster.")
@click.option("--workers", default=2, show_default=True, help="Worker processes of the LocalCluster.")
@click.option("--max-mb", default=50, show_default=True, help="Size limit per file, in MB.")
@click.option("--files-per-task", type=int, help="Files read by one task (default: 20, fewer for a small batch).")
@click.option("--stories-per-task", type=int,
              help="Stories coded by one task (default: 25, fewer for a small batch).")
def batch(inputs: tuple[str, ...], out: str, scheduler: str | None, workers: int, max_mb: int,
          files_per_task: int | None, stories_per_task: int | None) -> None:
    """Code INPUTS (files, folders, JSONL, WARC) on Dask into Parquet under OUT; resumable."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from entente.batch import run_batch
    from entente.progress import wanted

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("tasks"),
                   TimeRemainingColumn(), console=Console(stderr=True), transient=True, disable=not wanted())
    tasks: dict[str, int] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task("read and sign" if stage == "read" else "parse and code", total=total)
        bar.update(tasks[stage], completed=done)

    with bar:
        summary = run_batch(list(inputs), out, scheduler, workers, max_mb * 1024 * 1024, progress,
                            lambda link: click.echo(f"entente: Dask dashboard at {link}", err=True),
                            files_per_task, stories_per_task)
    rejected = summary["rejected"]
    for row in rejected[:SHOWN_REJECTIONS]:
        click.echo(f"entente: rejected {row['path']}: {row['reason']}", err=True)
    if len(rejected) > SHOWN_REJECTIONS:
        click.echo(f"entente: ... and {len(rejected) - SHOWN_REJECTIONS} more rejected (in {out}/rejected)", err=True)
    click.echo(f"{summary['files']} files, {summary['documents']} documents, {summary['stories']} stories "
               f"coded into {out}, {len(rejected)} rejected (load it with `entente load {out} --db DB`)")
    if summary["missing"] or (rejected and not summary["documents"]):
        sys.exit(1)


@main.command(name="load")
@click.argument("out", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default=DEFAULT_DB, show_default=True)
def load_command(out: str, db: str) -> None:
    """Bring a batch's Parquet output into a DuckDB file (nothing is added twice)."""
    from entente.batch import load

    counts = load(out, db)
    click.echo(f"{db}: {counts['documents']} documents, {counts['stories']} stories, {counts['events']} events")


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default keeps the dashboard on this machine.")
@click.option("--port", default=8000, show_default=True)
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests addressed to this host name (besides localhost, 127.0.0.1 and "
                   "--host); repeatable.")
def serve(db: str, host: str, port: int, allow_hosts: tuple[str, ...]) -> None:
    """Open the dashboard on the events store (read-only)."""
    import uvicorn

    from entente.web import create_app

    open_db(db).close()  # a missing file is one line of error, not a traceback
    names = [*allow_hosts, *([host] if host not in ("0.0.0.0", "::") else [])]
    click.echo(f"entente: dashboard on http://{host}:{port}/ (read-only, {db})", err=True)
    uvicorn.run(create_app(db, names), host=host, port=port, log_level="warning")


def emit_series(rows: list[dict], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    flat = [{**{c: r[c] for c in columns}, **{f"quad{k}": v for k, v in r["quad"].items()}} for r in rows]
    columns = columns + ["quad1", "quad2", "quad3", "quad4"]
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(flat)
    else:
        print_table(flat, columns)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
def relations(db: str, fmt: str) -> None:
    """Every directed country dyad with events, by month: events, mean Goldstein, quad counts."""
    from entente.relations import country_dyads

    emit_series(country_dyads(open_db(db)), fmt, ["period", "source", "target", "events", "goldstein_mean"])


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stories(db: str, fmt: str) -> None:
    """List stories with their copies and outlets."""
    con = open_db(db)
    rows = con.execute(
        "SELECT s.story_id, s.canonical_doc_id, d.doc_id, d.format, d.outlet, d.title, d.path, "
        "(SELECT count(*) FROM events e WHERE e.story_id = s.story_id) FROM stories s "
        "JOIN documents d USING (story_id) ORDER BY s.story_id, d.doc_id").fetchall()
    grouped: dict[str, dict] = {}
    for story_id, canonical, doc_id, doc_format, outlet, title, path, n_events in rows:
        story = grouped.setdefault(story_id, {"story_id": story_id, "canonical_doc_id": canonical,
                                              "events": n_events, "copies": []})
        story["copies"].append({"doc_id": doc_id, "format": doc_format, "outlet": outlet,
                                "title": title, "path": path})
    if fmt == "json":
        click.echo(json.dumps(list(grouped.values()), indent=2, ensure_ascii=False))
        return
    for story in grouped.values():
        click.echo(f"story {story['story_id']}  {len(story['copies'])} copies  {story['events']} events")
        for copy in story["copies"]:
            mark = "*" if copy["doc_id"] == story["canonical_doc_id"] else " "
            click.echo(f"  {mark} {copy['doc_id']}  {copy['format']:<9} {copy['outlet'] or '-':<24} {copy['path']}")


@main.group()
def actors() -> None:
    """Inspect the actor dictionary."""


@actors.command()
@click.argument("name")
@click.option("--date", type=DAY, help="The day the role is wanted for; default today.")
@ACTORS_OPTION
def lookup(name: str, date: str | None, actor_files: tuple[str, ...]) -> None:
    """Show how NAME resolves (on a date) and why."""
    found = load_dictionary(actor_files).lookup(name, date)
    if not found:
        fail(f"{name!r}: not in the actor dictionary (unknown names stay unresolved)")
    for actor, why in found:
        click.echo(json.dumps({**actor.contract(), "why": why}, ensure_ascii=False))


@actors.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), help="YAML file to write (default: standard output).")
def import_actors(file: str, out: str | None) -> None:
    """Convert a PETRARCH/TABARI actor dictionary (or a CSV) into entente's YAML, for --actors."""
    import yaml

    from entente.actors.userfiles import read_actor_file

    items = read_actor_file(Path(file))
    text = yaml.safe_dump(items, allow_unicode=True, sort_keys=False)
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
    people = sum(1 for i in items if "offices" in i)
    click.echo(f"entente: {len(items)} actors read from {file} ({people} with dated roles)", err=True)


def run() -> None:
    """The `entente` command; a reader that closes the pipe early ("| head") ends it quietly."""
    try:
        main(standalone_mode=True)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    run()
