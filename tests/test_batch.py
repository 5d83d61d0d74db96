"""entente batch on a real Dask LocalCluster with two workers gives what a single-process ingest gives."""

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import duckdb

from entente.pipeline import ingest
from entente.store import snapshot
from tests.conftest import EXAMPLES, REACTIONS_MARKDOWN, WEB, entente, write_html

EVENT_KEY = "SELECT story_id, source_code, target_code, code, date, evidence_start, doc_id FROM events"


def corpus(folder):
    from entente.ingest import extract

    folder.mkdir()
    for name in ("article-web.md", "article-pdf.txt"):
        (folder / name).write_text((EXAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    write_html(folder / "copy.html", extract(WEB).text.split("\n\n")[:15])  # a third copy
    (folder / "other.txt").write_text(
        "Pakistan and the United States held talks in Islamabad on Tuesday on trade, officials said. "
        "The American delegation met Pakistan's foreign secretary and discussed tariffs on textiles.\n",
        encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    # quotations dated by the posts they link to: the workers are given the posts as well as the text
    reactions = {"id": "wh:2", "date": "2025-10-14", "format": "markdown", "text": REACTIONS_MARKDOWN}
    (folder / "reactions.jsonl").write_text(json.dumps(reactions) + "\n", encoding="utf-8")
    (folder / "autre.txt").write_text(  # stored, not coded: a story with no English copy
        "Le Pakistan et les Etats-Unis ont tenu des pourparlers a Islamabad mardi sur le commerce, selon des "
        "responsables. La delegation americaine a rencontre le secretaire aux affaires etrangeres du Pakistan.\n",
        encoding="utf-8")
    return folder


def loaded_like_single(out, single, db):
    """`entente load` of a batch's output, and its events and stories against a single-process
    ingest of the same input; returns the loaded store, open."""
    import pyarrow.parquet as pq

    from entente.record import EVENT_SCHEMA, READ_DOCUMENT_SCHEMA, STORY_COLUMNS

    assert entente("load", str(out), "--db", str(db)).returncode == 0
    # the batch's events, documents and stories are the records' rows, column for column
    assert all(pq.read_schema(f).names == EVENT_SCHEMA.names for f in (out / "events").rglob("*.parquet"))
    assert all(pq.read_schema(f).names == READ_DOCUMENT_SCHEMA.names for f in (out / "documents").glob("*.parquet"))
    assert pq.read_schema(out / "stories" / "stories.parquet").names == [name for name, _ in STORY_COLUMNS]
    a, b = duckdb.connect(str(single), read_only=True), duckdb.connect(str(db), read_only=True)
    assert Counter(a.sql(EVENT_KEY).fetchall()) == Counter(b.sql(EVENT_KEY).fetchall())
    stories = "SELECT story_id, canonical_doc_id, coded_doc_id, coded_date FROM stories ORDER BY 1"
    assert a.sql(stories).fetchall() == b.sql(stories).fetchall()
    a.close()
    return b


def test_batch_on_a_local_cluster_equals_a_single_process_run(tmp_path):
    # folders with a quote in their names: paths reach DuckDB as parameters, not as SQL text
    folder = corpus(tmp_path / "o'brien's in")
    single = tmp_path / "single.duckdb"
    ingest([folder], single)
    out = tmp_path / "o'ut"
    missing = tmp_path / "not-there"
    result = subprocess.run([sys.executable, "-m", "entente", "batch", str(folder), str(missing), "--out", str(out),
                             "--workers", "2"], capture_output=True, text=True, timeout=600)
    # an input that is not there is said, rejected, and fails the run once the rest is done
    assert result.returncode == 1 and f"{missing}: no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr and "6 documents, 4 stories" in result.stdout
    # DuckDB reads the output directly, partitioned by event month
    months = duckdb.execute("SELECT DISTINCT event_month FROM read_parquet($events, hive_partitioning = true, "
                            "union_by_name = true) ORDER BY 1", {"events": f"{out}/events/**/*.parquet"}).fetchall()
    assert ("2022-05",) in months
    b = loaded_like_single(out, single, tmp_path / "b'atch.duckdb")
    assert b.sql("SELECT count(*) FROM rejected WHERE path LIKE '%empty.txt'").fetchone()[0] == 1
    assert b.sql("SELECT count(*) FROM rejected WHERE path LIKE '%not-there'").fetchone()[0] == 1
    b.close()


def test_a_batch_started_again_redoes_nothing_and_loads_nothing_twice(tmp_path):
    from entente.batch import load, run_batch

    folder = corpus(tmp_path / "in")
    out = tmp_path / "out"
    run_batch([str(folder)], out, workers=2)
    before = sorted(p.name for p in out.rglob("*.parquet"))
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet") if "stories" not in p.parts}
    run_batch([str(folder)], out, workers=2)
    assert sorted(p.name for p in out.rglob("*.parquet")) == before
    assert all(p.stat().st_mtime_ns == t for p, t in stamps.items() if "story_map" not in p.parts)
    db = tmp_path / "b.duckdb"
    first = load(out, db)
    tables = snapshot(db)
    assert load(out, db) == first and first["documents"] == 6
    assert snapshot(db) == tables and tables["rejected"]  # rejections included


def many_articles(folder):
    """Short articles of three consecutive paragraphs of the seed each, none sharing a paragraph
    (so none is a copy of another): nine stories."""
    from entente.ingest import extract

    folder.mkdir()
    paragraphs = [p for p in extract(WEB).text.split("\n\n") if len(p.split()) > 15]
    for k in range(len(paragraphs) // 3):
        (folder / f"part-{k:02d}.txt").write_text("\n\n".join(paragraphs[3 * k:3 * k + 3]) + "\n", encoding="utf-8")
    return folder


def test_a_batch_killed_midway_and_started_again_gives_the_same_events_once(tmp_path):
    folder = many_articles(tmp_path / "in")
    single = tmp_path / "single.duckdb"
    ingest([folder], single)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "entente", "batch", str(folder), "--out", str(out), "--workers", "2",
               "--files-per-task", "2", "--stories-per-task", "1"]
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    done = out / "_done"
    deadline = time.monotonic() + 300
    # kill the batch, its cluster and its workers together once the coding pass is under way
    while not (done.exists() and any(p.name.startswith("code-") for p in done.iterdir())):
        assert first.poll() is None and time.monotonic() < deadline, "the batch ended before it could be killed"
        time.sleep(0.05)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    coded_before = sum(1 for p in done.iterdir() if p.name.startswith("code-"))
    again = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    coded_after = sum(1 for p in done.iterdir() if p.name.startswith("code-"))
    assert 0 < coded_before < coded_after  # the second run did only what the first had left
    b = loaded_like_single(out, single, tmp_path / "batch.duckdb")
    assert b.sql("SELECT count(*) = count(DISTINCT event_id) FROM events").fetchone()[0]
    b.close()



def test_a_batch_of_nothing_but_junk_fails_and_loads_its_rejections(tmp_path):
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.bin").write_bytes(bytes(range(256)) * 40)
    out, db = tmp_path / "out", tmp_path / "junk.duckdb"
    result = subprocess.run([sys.executable, "-m", "entente", "batch", str(folder), "--out", str(out),
                             "--workers", "1"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("entente: rejected") == 2 and "0 documents" in result.stdout
    loaded = entente("load", str(out), "--db", str(db))
    assert loaded.returncode == 0, loaded.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.sql("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert con.sql("SELECT count(*) FROM rejected").fetchone()[0] == 2
    con.close()
