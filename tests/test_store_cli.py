"""The store and the command-line contract, run for real on the seeds."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb

from entente.pipeline import ingest
from entente.store import snapshot
from tests.conftest import EXAMPLES, WEB, entente


def test_two_renderings_make_one_story_coded_once(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    assert con.execute("SELECT count(*) FROM stories").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert con.execute("SELECT count(DISTINCT doc_id) FROM events").fetchone()[0] == 1
    dupes = con.execute("SELECT count(*) - count(DISTINCT (source_code, target_code, code, date)) "
                        "FROM events").fetchone()[0]
    assert dupes == 0
    con.close()


def test_reingest_changes_nothing(seed_db, tmp_path):
    db = tmp_path / "again.duckdb"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    first = ingest([EXAMPLES, empty], db)
    tables = snapshot(db)
    # the second copy recodes the story from the longer text: the summary counts what is stored
    assert first.events == len(tables["events"]) > 0 and len(tables["rejected"]) == 1
    summary = ingest([EXAMPLES, empty], db)
    assert summary.documents == 0 and summary.unchanged == 2
    assert snapshot(db) == tables  # every table, rejections and their times included


def test_extract_contract():
    out = entente("extract", str(WEB))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= {"title", "author", "date", "outlet", "original_source", "text", "format"}
    assert data["original_source"] == "Asia Times"


def test_code_contract_keeps_order_and_reports_bad_lines():
    lines = [json.dumps({"id": 1, "text": "Turkey condemned Israel over the raid.", "date": "2022-05-24"}),
             "{broken", json.dumps({"id": "x", "text": "Heavy rain fell."})]
    out = entente("code", "-", stdin="\n".join(lines) + "\n")
    assert out.returncode == 1 and "malformed JSONL line" in out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == [1, None, "x"]
    event = rows[0]["events"][0]
    assert event["source"]["code"] == "TUR" and event["target"]["code"] == "ISR"
    assert (event["code"], event["root"], event["quad"], event["goldstein"]) == ("111", "11", 3, -2.0)
    assert event["evidence"]["text"].startswith("Turkey condemned")


def test_events_and_dyad_contract(seed_db):
    out = entente("events", "--db", str(seed_db), "--source", "PAK", "--target", "USA")
    events = [json.loads(line) for line in out.stdout.splitlines()]
    assert events and all(e["source"]["country"] == "PAK" for e in events)
    assert all(e["copies"] == 2 for e in events)
    out = entente("dyad", "PAK", "USA", "--db", str(seed_db), "--format", "json")
    series = json.loads(out.stdout)
    assert {"period", "source", "target", "events", "goldstein_mean", "goldstein_sum", "quad"} <= set(series[0])
    by_period = {r["period"]: r for r in series}
    assert by_period["2022-04"]["goldstein_mean"] < by_period["2022-05"]["goldstein_mean"]
    # names where codes are expected, resolved by the actor dictionary
    named = entente("dyad", "Pakistan", "the United States", "--db", str(seed_db), "--format", "json")
    assert json.loads(named.stdout) == series
    assert entente("events", "--db", str(seed_db), "--source", "Pakistan", "--target", "USA").stdout == \
        entente("events", "--db", str(seed_db), "--source", "PAK", "--target", "USA").stdout
    unknown = entente("dyad", "Pakistn", "USA", "--db", str(seed_db))
    assert unknown.returncode == 2 and "'Pakistn' is no actor code" in unknown.stderr and "Pakistan" in unknown.stderr


def test_errors_are_one_line_with_exit_codes(tmp_path):
    missing = entente("extract", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    # end to end, the installed command and `python -m entente` say the same in the same line
    installed = Path(sys.executable).with_name("entente")
    for command in ([str(installed)], [sys.executable, "-m", "entente"]):
        run = subprocess.run([*command, "extract", str(tmp_path / "nope.txt")], capture_output=True, text=True,
                             timeout=120)
        assert (run.returncode, run.stderr) == (1, missing.stderr)
    empty = tmp_path / "empty.md"
    empty.write_text("")
    out = entente("extract", str(empty))
    assert out.returncode == 1 and str(empty) in out.stderr and "empty" in out.stderr
    assert entente("dyad", "PAK").returncode == 2


def test_progress_bar_on_a_terminal_counts_files_documents_and_rejections(tmp_path):
    import io

    from rich.console import Console

    from entente.pipeline import ingest
    from entente.progress import IngestProgress

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "web.md").write_text(WEB.read_text(encoding="utf-8"), encoding="utf-8")
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=200)
    with IngestProgress(console) as progress:
        summary = ingest([tmp_path], tmp_path / "e.duckdb", on_file=progress)
    task = progress.bar.tasks[0]
    assert (task.completed, task.total) == (2, 2)
    assert task.fields["documents"] == 1 and task.fields["rejected"] == 1 == len(summary.rejected)
    assert "files" in screen.getvalue() and "rejected" in screen.getvalue()


def test_piped_ingest_prints_only_the_summary(tmp_path):
    result = entente("ingest", str(WEB), "--db", str(tmp_path / "e.duckdb"))
    assert result.returncode == 0
    assert result.stderr == "" and result.stdout.count("\n") == 1
    assert result.stdout.startswith("1 new documents")


UNRELATED = """\
Pakistan and the United States held a round of talks in Islamabad on Tuesday on trade and
counter-terrorism, officials from both countries said after the meeting.

The American delegation, led by a deputy secretary of state, met Pakistan's foreign secretary and
discussed tariffs on textiles, visas for students and the security of the border with Afghanistan.

Both sides agreed to meet again in Washington later in the year, a joint statement said, without
giving a date. Pakistani officials described the talks as frank and useful.
"""


def test_four_renderings_make_one_story_and_a_different_article_its_own(tmp_path):
    from entente.ingest import extract
    from tests.conftest import PDF_TEXT, write_html, write_pdf

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("article-web.md", "article-pdf.txt"):
        (folder / name).write_text((EXAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    write_html(folder / "copy.html", extract(WEB).text.split("\n\n")[:15])  # another partial copy
    write_pdf(folder / "copy.pdf", extract(PDF_TEXT).text.split("\n\n")[:12])  # a partial copy
    (folder / "other.txt").write_text(UNRELATED, encoding="utf-8")
    summary = ingest([folder], tmp_path / "e.duckdb")
    assert summary.rejected == [] and summary.documents == 5
    assert (summary.stories, summary.copies) == (2, 3)
    con = duckdb.connect(str(tmp_path / "e.duckdb"))
    formats = con.execute("SELECT story_id, list(format ORDER BY format) FROM documents GROUP BY story_id").fetchall()
    assert sorted(f for _, f in formats) == [["html", "markdown", "pdf", "pdftext"], ["text"]]
    # events carry how many copies their story has
    assert con.execute("SELECT max(copies) FROM story_copies").fetchone()[0] == 4


def test_an_ingest_killed_halfway_leaves_whole_documents_only(tmp_path):
    import signal
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    from entente.ingest import extract

    paragraphs = [p for p in extract(WEB).text.split("\n\n") if p.strip()]
    texts, n = 24, len(paragraphs)  # texts of two paragraphs, no two the same pair
    for k in range(texts):
        first, second = k % n, (k % n + 1 + k // n) % n
        (folder / f"a{k:02d}.txt").write_text(paragraphs[first] + "\n\n" + paragraphs[second], encoding="utf-8")
    db = tmp_path / "e.duckdb"
    ingest([EXAMPLES / "article-web.md"], db)  # something stored before
    process = subprocess.Popen([sys.executable, "-m", "entente", "ingest", str(folder), "--db", str(db),
                                "--workers", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = db.with_name(db.name + ".wal")
    deadline = time.monotonic() + 120
    # killed once a few documents are committed (the log has grown), in the middle of the next:
    # what decides is what was written, not how long it took
    while not (wal.exists() and wal.stat().st_size > 50_000) and time.monotonic() < deadline:
        assert process.poll() is None, "the ingest ended before it could be killed"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    con = duckdb.connect(str(db))
    # nothing stored before is lost; every stored document has its story and its story's events
    assert con.execute("SELECT count(*) FROM documents WHERE path LIKE '%article-web.md'").fetchone()[0] == 1
    orphans = con.execute("SELECT count(*) FROM documents d LEFT JOIN stories s USING (story_id) "
                          "WHERE s.story_id IS NULL").fetchone()[0]
    uncoded = con.execute("SELECT count(*) FROM stories s WHERE coded_doc_id IS NULL OR NOT EXISTS "
                          "(SELECT 1 FROM sentences t WHERE t.doc_id = s.coded_doc_id)").fetchone()[0]
    stray = con.execute("SELECT count(*) FROM events e LEFT JOIN documents d USING (doc_id) "
                        "WHERE d.doc_id IS NULL").fetchone()[0]
    assert (orphans, uncoded, stray) == (0, 0, 0)
    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    assert 1 < stored < texts + 1, stored  # killed after some were stored, before the end
    # and the same ingest run again completes what was left, adding nothing twice
    summary = ingest([folder], db)
    assert summary.unchanged == stored - 1 and summary.documents == texts - (stored - 1)


def test_code_events_the_api_and_parquet_give_an_event_the_same_fields(seed_db, tmp_path):
    import pyarrow.parquet as pq
    from fastapi.testclient import TestClient

    from entente.record import LISTING_SCHEMA, event_record
    from entente.web import create_app

    listed = [json.loads(line) for line in entente("events", "--db", str(seed_db), "--mode", "all").stdout.splitlines()]
    assert len(listed) >= 10
    # the stored story's text coded by `entente code`, with the date its story was coded with
    con = duckdb.connect(str(seed_db), read_only=True)
    text, when = con.execute("SELECT d.text, s.coded_date FROM stories s JOIN documents d "
                             "ON d.doc_id = s.coded_doc_id").fetchone()
    con.close()
    line = json.dumps({"id": "seed", "text": text, "date": when.isoformat()}) + "\n"

    def key(event: dict) -> tuple:
        sides = ((event[side] or {}).get("code") for side in ("source", "target"))
        return (event["evidence"]["start"], event["code"], *sides)

    coded = {key(e): e for e in json.loads(entente("code", stdin=line).stdout)["events"]}
    export = tmp_path / "events.parquet"
    assert entente("events", "--db", str(seed_db), "--mode", "all", "--format", "parquet",
                   "--out", str(export)).returncode == 0
    table = pq.read_table(export)
    assert table.schema.names == LISTING_SCHEMA.names
    from_parquet = [json.loads(json.dumps(event_record(row), default=str)) for row in table.to_pylist()]
    assert from_parquet == listed
    client = TestClient(create_app(seed_db), base_url="http://127.0.0.1")
    provenance = {"event_id", "story_id", "title", "outlet", "url", "copies", "outlets"}
    for event in listed:
        assert event["event_id"] and event["copies"] == 2 and event["title"]
        shown = client.get(f"/api/event/{event['event_id']}").json()
        assert {k: shown[k] for k in event} == event  # the page's extras (document, story) come on top
        same = coded[key(event)]
        assert same.keys() == event.keys()
        assert {k: v for k, v in same.items() if k not in provenance | {"evidence"}} == \
               {k: v for k, v in event.items() if k not in provenance | {"evidence"}}
        assert same["evidence"]["text"] == event["evidence"]["text"] and same["event_id"] is None
    # CSV, from the command line or the API, is the same columns of the same events
    command_line = entente("events", "--db", str(seed_db), "--source", "PAK", "--format", "csv").stdout
    api = client.get("/api/search", params={"source": "PAK", "format": "csv"}).text
    assert command_line == api and command_line.startswith(",".join(LISTING_SCHEMA.names))
    assert len(command_line.splitlines()) == 1 + sum(e["source"]["country"] == "PAK" for e in listed
                                                     if e["mode"] == "asserted" and e["source"])


def test_ingest_with_two_workers_makes_the_same_store_as_one(tmp_path):
    from entente.ingest import extract

    folder = tmp_path / "in"
    folder.mkdir()
    paragraphs = extract(WEB).text.split("\n\n")
    for k in range(12):  # twelve stories, more than the workers' read-ahead: the workers start
        (folder / f"a{k:02d}.txt").write_text("\n\n".join(paragraphs[2 * k:2 * k + 2]), encoding="utf-8")
    for name in ("article-web.md", "article-pdf.txt"):  # a story in two copies: the second recodes it
        (folder / name).write_text((EXAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    stores = {}
    for workers in (1, 2):
        summary = ingest([folder], tmp_path / f"w{workers}.duckdb", workers=workers)
        assert (summary.documents, len(summary.rejected)) == (14, 1)
        assert (summary.coded_ahead > 0) == (workers == 2)  # the workers coded, and the writer stored
        stores[workers] = snapshot(tmp_path / f"w{workers}.duckdb", with_times=False)
    assert stores[2] == stores[1] and len(stores[1]["events"]) > 40


def test_the_writer_reads_ahead_by_words_so_that_a_long_transcript_leaves_no_worker_idle():
    from entente.workers import Coder

    one, two = Coder(workers=1), Coder(workers=2)
    assert not one.reads_ahead(0, 0)  # one process codes as it reads
    assert two.reads_ahead(3, 100_000)  # the workers have not started yet
    # eight short statements in sight are not enough behind a 14,000-word transcript ...
    assert two.reads_ahead(8, 14_000 + 7 * 400)
    # ... but there is a bound on what is held, in words and in documents
    assert not two.reads_ahead(9, 45_000) and not two.reads_ahead(128, 12_800)


def test_a_copy_with_an_earlier_date_recodes_its_story_once(tmp_path):
    from entente.ingest import extract

    text = extract(WEB).text
    shorter = text.rsplit("\n\n", 3)[0]  # the same article without its last paragraphs
    path = tmp_path / "copies.jsonl"
    path.write_text(json.dumps({"text": text, "date": "2022-05-25"}) + "\n" +
                    json.dumps({"text": shorter, "date": "2022-05-24"}) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    summary = ingest([path], db)
    assert (summary.documents, summary.stories, summary.copies) == (2, 1, 1)
    con = duckdb.connect(str(db), read_only=True)
    # the longer copy is coded, dated by the earlier copy, its sentences stored once
    assert con.execute("SELECT coded_date FROM stories").fetchall() == [(date(2022, 5, 24),)]
    assert con.execute("SELECT count(*), count(DISTINCT (doc_id, idx)) FROM sentences").fetchone()[0] == \
           con.execute("SELECT count(DISTINCT (doc_id, idx)) FROM sentences").fetchone()[0] > 20
    con.close()
