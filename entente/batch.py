"""Batch coding on Dask distributed: the same stories and events as `entente ingest`, on a cluster.

Two passes, so that copies cost almost nothing:
1. cheap, on the workers, a chunk of files a task: read, clean, language, shingles and MinHash
   signature; each chunk's documents go to OUT/documents/ as one Parquet file;
2. stories, on the client: each document joined to the first earlier story it is a copy of, in
   input order, and each story's copy and date to code chosen, by the rules `entente ingest` uses
   (entente.stories.story_of and coded_copy);
3. expensive, on the workers, a chunk of stories a task: parse and code each story's canonical
   document only; events go to OUT/events/event_month=YYYY-MM/ (Parquet, partitioned by month); a
   story a rule of the coder fails on is said in OUT/rejected and left uncoded (OUT/faults).
Each task writes its file under a temporary name and renames it when whole, and leaves a marker in
OUT/_done/: a batch started again skips what is finished and writes nothing twice. `load` brings
OUT into a DuckDB file; DuckDB reads OUT directly too (read_parquet('OUT/events/**/*.parquet')).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from entente import stories
from entente.errors import InputError
from entente.ingest import MAX_BYTES, iter_files, read_path
from entente.record import READ_DOCUMENT_SCHEMA, STORY_COLUMNS, document_row

# Memory: a worker holds the spaCy pipeline and one task's chunk (FILES_PER_TASK files read, or
# STORIES_PER_TASK canonical documents and their parses), never the corpus: WORKER_MEMORY_BOUND_MB
# is the bound bench/batch.py checks.
WORKER_MEMORY_BOUND_MB = 2048
FILES_PER_TASK = 20
STORIES_PER_TASK = 25
# A small batch is cut finer, so that the last tasks do not leave workers idle: at least this many
# tasks a pass. Chunks depend on the input only, never on the cluster, so that a batch started
# again (on any cluster) finds the same tasks done.
MIN_TASKS = 16


def task_size(items: int, most: int) -> int:
    """Items a task: `most`, or fewer when that would give less than MIN_TASKS tasks."""
    return max(1, min(most, -(-items // MIN_TASKS)))


def chunk_id(items: list[str]) -> str:
    return hashlib.sha1("\n".join(items).encode()).hexdigest()[:16]


def write_atomically(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, path)


def mark_done(out: Path, name: str) -> None:
    (out / "_done").mkdir(parents=True, exist_ok=True)
    (out / "_done" / name).touch()


def is_done(out: Path, name: str) -> bool:
    return (out / "_done" / name).exists()


def cheap_pass(files: list[str], position: int, out: str, max_bytes: int = MAX_BYTES) -> str:
    """Read, clean and sign one chunk of files (on a worker); returns the chunk's name."""
    out_dir = Path(out)
    name = f"read-{position:06d}-{chunk_id(files)}"
    if is_done(out_dir, name):
        return name
    documents, rejected = [], []
    for path in files:
        for item in read_path(Path(path), max_bytes):
            if isinstance(item, InputError):
                rejected.append({"path": item.path, "reason": item.reason})
                continue
            documents.append({**document_row(item), "order": position * 1_000_000 + len(documents)})
    if documents:
        write_atomically(pa.Table.from_pylist(documents, schema=READ_DOCUMENT_SCHEMA),
                         out_dir / "documents" / f"{name}.parquet")
    if rejected:
        write_atomically(pa.Table.from_pylist(rejected), out_dir / "rejected" / f"{name}.parquet")
    mark_done(out_dir, name)
    return name


class ReadCopies:
    """The batch's documents read so far as stories.EarlierCopies, in memory, in input order."""

    def __init__(self) -> None:
        self.met: list[tuple[str, list[int], int]] = []
        self.by_key: dict[tuple[int, int], list[int]] = {}  # band key -> positions in `met`

    def candidates(self, keys: list[tuple[int, int]]) -> list[tuple[str, list[int], int]]:
        return [self.met[k] for k in sorted({k for key in keys for k in self.by_key.get(key, [])})]

    def add(self, story_id: str, sig: list[int], size: int) -> None:
        for key in stories.band_keys(sig):
            self.by_key.setdefault(key, []).append(len(self.met))
        self.met.append((story_id, sig, size))


def cluster_stories(out: Path) -> list[dict]:
    """Each document's story, in input order, by the rules of a single-process ingest."""
    import duckdb

    rows = duckdb.execute(
        "SELECT doc_id, \"order\", n_shingles, signature, n_words, date, lang, filename "
        "FROM read_parquet($documents, union_by_name = true, filename = true) ORDER BY \"order\"",
        {"documents": f"{out}/documents/*.parquet"}).fetchall()
    story_of: dict[str, str] = {}
    members: dict[str, list[tuple]] = {}
    earlier = ReadCopies()
    for row in rows:
        doc_id, _, size, sig, *_ = row
        if doc_id in story_of:
            continue  # the same text twice: stored once
        story = stories.story_of(earlier, list(sig), size) or doc_id
        story_of[doc_id] = story
        members.setdefault(story, []).append(row)
        earlier.add(story, list(sig), size)
    out_rows = []
    for story, docs in members.items():
        best_id, when = stories.coded_copy([(d[0], d[4], d[5], d[6]) for d in docs])
        best = next((d for d in docs if d[0] == best_id), None)
        out_rows.append({"story_id": story, "canonical_doc_id": (best or docs[0])[0],
                         "coded_doc_id": best_id, "coded_date": when,
                         "coded_file": best[7] if best else None, "docs": [d[0] for d in docs]})
    return out_rows


def write_stories(out: Path) -> list[dict]:
    """The stories of the documents read (cluster_stories), written to OUT/stories and OUT/story_map."""
    found = cluster_stories(out) if (out / "documents").exists() else []
    write_atomically(pa.Table.from_pylist(found, schema=pa.schema(STORY_COLUMNS)), out / "stories" / "stories.parquet")
    write_atomically(pa.Table.from_pylist([{"doc_id": d, "story_id": s["story_id"]} for s in found
                                           for d in s["docs"]] or [{"doc_id": None}]),
                     out / "story_map" / "story_map.parquet")
    return found


def expensive_pass(batch: list[dict], out: str) -> str:
    """Parse and code the canonical documents of a chunk of stories (on a worker)."""
    import duckdb

    from entente.actors.dictionary import default_dictionary
    from entente.coding import code_texts, coding_item
    from entente.record import EVENT_SCHEMA, SENTENCE_SCHEMA, coded_rows

    out_dir = Path(out)
    name = f"code-{chunk_id([s['story_id'] for s in batch])}"
    if is_done(out_dir, name):
        return name
    # only the files that hold this chunk's canonical copies: a worker's memory does not grow with the corpus
    ids = [s["coded_doc_id"] for s in batch]
    files = sorted({s["coded_file"] for s in batch})
    docs = {doc_id: (text, url, outlet, posts, title, path) for doc_id, text, url, outlet, posts, title, path in
            duckdb.sql("SELECT doc_id, text, url, outlet, posts, title, path FROM read_parquet($files, union_by_name "
                       "= true) WHERE list_contains($ids, doc_id)", params={"files": files, "ids": ids}).fetchall()}
    voice = default_dictionary().voice
    items = [coding_item(text, s["coded_date"], s["coded_doc_id"], voice(url, outlet), posts, url, title)
             for s in batch for text, url, outlet, posts, title, _ in [docs[s["coded_doc_id"]]]]
    events, sentences, faults = [], [], []
    for story, coded in zip(batch, code_texts(items)):
        if coded.fault is not None:  # the document is stored, its story left uncoded; the rest go on
            faults.append({"story_id": story["story_id"], "path": docs[story["coded_doc_id"]][5],
                           "reason": coded.fault})
            continue
        story_events, story_sentences = coded_rows(coded, story["story_id"], story["coded_doc_id"])
        events += story_events
        sentences += story_sentences
    def month(row: dict) -> str:
        return row["event_day"].isoformat()[:7] if row["event_day"] else "undated"

    for event_month in sorted({month(r) for r in events}):
        part = [r for r in events if month(r) == event_month]
        write_atomically(pa.Table.from_pylist(part, schema=EVENT_SCHEMA),
                         out_dir / "events" / f"event_month={event_month}" / f"{name}.parquet")
    if sentences:
        write_atomically(pa.Table.from_pylist(sentences, schema=SENTENCE_SCHEMA),
                         out_dir / "sentences" / f"{name}.parquet")
    if faults:
        table = pa.Table.from_pylist(faults)
        write_atomically(table.drop_columns(["story_id"]), out_dir / "rejected" / f"{name}.parquet")
        write_atomically(table.select(["story_id"]), out_dir / "faults" / f"{name}.parquet")
    mark_done(out_dir, name)
    return name


def run_batch(inputs: list[str], out: str | Path, scheduler: str | None = None, workers: int = 2,
              max_bytes: int = MAX_BYTES, on_progress: Callable[[str, int, int], None] | None = None,
              on_dashboard: Callable[[str], None] | None = None, files_per_task: int | None = None,
              stories_per_task: int | None = None) -> dict:
    """The whole batch on a Dask cluster (a LocalCluster of `workers` processes unless a scheduler
    address is given); returns counts. Tasks take `files_per_task` files and `stories_per_task`
    stories (default: task_size); a batch started again must be given the same to skip the tasks
    already done."""
    from dask.distributed import Client, LocalCluster, as_completed

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    found_files = list(iter_files(inputs))
    files = [str(p) for p in found_files if not isinstance(p, InputError)]
    missing = [{"path": e.path, "reason": e.reason} for e in found_files if isinstance(e, InputError)]
    if missing:  # an input that is not there is rejected like a bad file, and said
        write_atomically(pa.Table.from_pylist(missing), out / "rejected" / "inputs.parquet")
    else:
        (out / "rejected" / "inputs.parquet").unlink(missing_ok=True)
    files_per_task = files_per_task or task_size(len(files), FILES_PER_TASK)
    chunks = [files[k:k + files_per_task] for k in range(0, len(files), files_per_task)]
    # the workers' own logs stay quiet: a task's failure reaches us through its future, while a
    # heartbeat caught by the cluster's shutdown is logged with a traceback that means nothing
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None, silence_logs=logging.CRITICAL)
    client = Client(scheduler or cluster)
    if scheduler and on_dashboard:  # a LocalCluster here runs without one (it needs bokeh)
        on_dashboard(client.dashboard_link)
    try:
        futures = [client.submit(cheap_pass, chunk, k, str(out), max_bytes, pure=False)
                   for k, chunk in enumerate(chunks)]
        for done, _ in enumerate(as_completed(futures), 1):
            if on_progress:
                on_progress("read", done, len(futures))
        client.gather(futures)
        found = write_stories(out)
        coded = [s for s in found if s["coded_doc_id"]]
        stories_per_task = stories_per_task or task_size(len(coded), STORIES_PER_TASK)
        batches = [coded[k:k + stories_per_task] for k in range(0, len(coded), stories_per_task)]
        futures = [client.submit(expensive_pass, b, str(out), pure=False) for b in batches]
        for done, _ in enumerate(as_completed(futures), 1):
            if on_progress:
                on_progress("code", done, len(futures))
        client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    rejected = [row for f in sorted((out / "rejected").glob("*.parquet"))
                for row in pq.read_table(f, columns=["path", "reason"]).to_pylist()]
    summary = {"files": len(files), "documents": sum(len(s["docs"]) for s in found), "stories": len(found),
               "missing": [m["path"] for m in missing], "rejected": rejected}
    (out / "summary.json").write_text(json.dumps(summary))
    return summary


def written(out: Path, table: str, pattern: str = "*.parquet") -> bool:
    """Whether the batch wrote any Parquet for the table (a batch of nothing but junk writes none)."""
    return any((out / table).glob(pattern))


def load(out: str | Path, db: str | Path) -> dict:
    """Bring a batch's Parquet output into a DuckDB file; rows already there are not added again."""
    from entente.store import connect, insert_rows

    out = Path(out)
    con = connect(db)
    con.execute("BEGIN TRANSACTION")
    try:
        # paths are parameters, never SQL text: a folder named "o'brien" is a folder
        if written(out, "documents") and written(out, "story_map"):
            con.execute(
                "INSERT INTO documents BY NAME SELECT d.* EXCLUDE (\"order\"), m.story_id "
                "FROM read_parquet($documents, union_by_name = true) d "
                "JOIN read_parquet($story_map, union_by_name = true) m "
                "USING (doc_id) WHERE d.doc_id NOT IN (SELECT doc_id FROM documents) "
                "QUALIFY row_number() OVER (PARTITION BY d.doc_id ORDER BY d.\"order\") = 1 ORDER BY d.\"order\"",
                {"documents": f"{out}/documents/*.parquet", "story_map": f"{out}/story_map/*.parquet"})
        signatures = con.execute("SELECT doc_id, signature FROM documents WHERE doc_id NOT IN "
                                 "(SELECT DISTINCT doc_id FROM lsh_bands)").fetchall()
        insert_rows(con, "lsh_bands", [{"band": b, "key": k, "doc_id": d} for d, sig in signatures
                                       for b, k in stories.band_keys(list(sig))])
        if written(out, "stories"):
            con.execute("INSERT INTO stories BY NAME SELECT * FROM read_parquet($stories, union_by_name = true) "
                        "WHERE story_id IS NOT NULL AND story_id NOT IN (SELECT story_id FROM stories)",
                        {"stories": f"{out}/stories/*.parquet"})
        if written(out, "faults"):  # a story a fault left uncoded is not recorded as coded
            con.execute("UPDATE stories SET coded_doc_id = NULL, coded_date = NULL WHERE story_id IN "
                        "(SELECT story_id FROM read_parquet($faults))", {"faults": f"{out}/faults/*.parquet"})
        if written(out, "events", "**/*.parquet"):
            con.execute("INSERT INTO events BY NAME SELECT * EXCLUDE (event_month) FROM "
                        "read_parquet($events, hive_partitioning = true, union_by_name = true) "
                        "WHERE event_id NOT IN (SELECT event_id FROM events)", {"events": f"{out}/events/**/*.parquet"})
        if written(out, "sentences"):
            con.execute("INSERT INTO sentences BY NAME SELECT * FROM read_parquet($sentences, union_by_name = true) "
                        "WHERE doc_id NOT IN (SELECT DISTINCT doc_id FROM sentences)",
                        {"sentences": f"{out}/sentences/*.parquet"})
        if written(out, "rejected"):
            con.execute("INSERT INTO rejected BY NAME SELECT * FROM read_parquet($rejected, union_by_name = true) r "
                        "WHERE NOT EXISTS (SELECT 1 FROM rejected x WHERE x.path = r.path AND x.reason = r.reason)",
                        {"rejected": f"{out}/rejected/*.parquet"})
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    counts = dict(zip(("documents", "stories", "events"), con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM stories), "
        "(SELECT count(*) FROM events)").fetchone()))
    con.close()
    return counts
