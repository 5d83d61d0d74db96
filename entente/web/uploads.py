"""Uploads from the dashboard, ingested without ever writing through the server's connection.

DuckDB lets one process write a file or many read it, never both. So an upload is ingested (by
`entente ingest`, in its own process) into a copy of the store; pages keep reading the old store
through their read-only connection meanwhile, and when the ingest has finished the copy replaces
the store in one rename. A failed ingest leaves the store as it was.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from entente.store import connect

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FILES = 20
# one upload's whole body: the server reads no more than this of any request (a JSONL file of a few
# thousand articles fits; a corpus goes through `entente ingest` or `entente batch`)
MAX_UPLOAD_BYTES = 64 * 1024 * 1024
INGEST_TIMEOUT_S = 1800
# an upload's ingest runs at this lower priority (a Unix niceness): it trades the ingest's time for the
# pages' latency while it runs (bench/dashboard_load.py: 131 requests/s before, 177 after)
INGEST_NICENESS = 10
NAME_CHARS = 120  # how much of a client's file name is kept, for display only


class SnapshotStore:
    """The server's read-only connection, and the swap to a new store file between reads. Before a
    swap, `prepare` is given a cursor on the new file (while the old one still serves every read),
    and what it returns is handed to `on_swap` once the new file is the store: the server's answers
    are worked out ahead, so that readers never wait for them after an upload."""

    def __init__(self, db: Path, on_swap: Callable[[object], None],
                 prepare: Callable[[duckdb.DuckDBPyConnection], object] = lambda cursor: None) -> None:
        self.db = db
        self.on_swap = on_swap
        self.prepare = prepare
        self.connection = connect(db, read_only=True)
        self.readers = 0
        self.swapping = False  # a swap waits for the reads in flight; new reads wait for the swap
        self.turn = threading.Condition()

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.turn:
            self.turn.wait_for(lambda: not self.swapping)
            self.readers += 1
        cursor = self.connection.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
            with self.turn:
                self.readers -= 1
                self.turn.notify_all()

    def replace_with(self, new_file: Path) -> None:
        """The new file becomes the store once no read is in flight; new reads wait the few ms."""
        ahead = connect(new_file, read_only=True)
        try:
            prepared = self.prepare(ahead.cursor())
        finally:
            ahead.close()
        with self.turn:
            self.swapping = True
            try:
                self.turn.wait_for(lambda: self.readers == 0)
                self.connection.close()
                os.replace(new_file, self.db)
                self.connection = connect(self.db, read_only=True)
                self.on_swap(prepared)
            finally:
                self.swapping = False
                self.turn.notify_all()


@dataclass
class UploadJob:
    job_id: str
    files: list[dict]  # {"name": client's name (display only), "path": generated path or None}
    state: str = "queued"  # queued | running | done | failed
    message: str = ""
    stored: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def as_dict(self) -> dict:
        return {"job_id": self.job_id, "state": self.state, "message": self.message, "created": self.created,
                "files": [f["name"] for f in self.files], "stored": self.stored, "rejected": self.rejected,
                "unchanged": self.unchanged}


def display_name(name: str | None) -> str:
    """The client's file name, for showing only: its last path part, shortened."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return base[:NAME_CHARS] or "unnamed"


class Uploads:
    """Saves uploaded files under the store's folder with generated names and ingests them, one job
    at a time, on a worker thread."""

    def __init__(self, store: SnapshotStore) -> None:
        self.store = store
        self.folder = store.db.with_name(store.db.stem + "-uploads")
        self.jobs: dict[str, UploadJob] = {}
        self.pending: queue.Queue[UploadJob] = queue.Queue()
        self.worker: threading.Thread | None = None
        self.lock = threading.Lock()

    def submit(self, files: list[tuple[str | None, bytes | None]]) -> UploadJob:
        """Files as (client name, content or None when over the size limit)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        job = UploadJob(uuid.uuid4().hex[:12], [])
        for name, content in files:
            shown = display_name(name)
            if content is None:
                job.rejected.append({"name": shown, "reason": f"over the upload limit of {MAX_FILE_BYTES >> 20} MB"})
                continue
            path = self.folder / f"{uuid.uuid4().hex}.upload"  # never a path from the client
            path.write_bytes(content)
            job.files.append({"name": shown, "path": str(path)})
        if not job.files:
            job.state, job.message = "done", "nothing to ingest"
        with self.lock:
            self.jobs[job.job_id] = job
            if job.files:
                self.pending.put(job)
                if self.worker is None:
                    self.worker = threading.Thread(target=self.work, name="entente-uploads", daemon=True)
                    self.worker.start()
        return job

    def work(self) -> None:
        while True:
            try:
                job = self.pending.get(timeout=1)
            except queue.Empty:
                with self.lock:  # the worker ends only where submit sees it end
                    if self.pending.empty():
                        self.worker = None
                        return
                continue
            job.state = "running"
            try:
                self.ingest(job)
                job.state = "done"
            except Exception as exc:  # the job reports it; the server and the store go on
                job.state, job.message = "failed", str(exc)

    def ingest(self, job: UploadJob) -> None:
        work_copy = self.folder / f"{job.job_id}.duckdb"
        with self.store.cursor():  # no swap while copying
            shutil.copyfile(self.store.db, work_copy)
        try:
            paths = [f["path"] for f in job.files]
            with subprocess.Popen([sys.executable, "-m", "entente", "ingest", *paths, "--db", str(work_copy)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env={**os.environ, "NO_COLOR": "1"}) as process:
                yield_to_readers(process.pid)
                try:
                    stdout, stderr = process.communicate(timeout=INGEST_TIMEOUT_S)
                except subprocess.TimeoutExpired:
                    process.kill()
                    raise RuntimeError(f"entente ingest took over {INGEST_TIMEOUT_S} s: stopped") from None
                except BaseException:  # the server stopping: the ingest stops too, and the store is as it was
                    process.kill()
                    raise
            if process.returncode != 0 and not stdout.strip():
                # exit code 1 with its summary printed: every file rejected, which the job reports
                raise RuntimeError(f"entente ingest failed: {stderr.strip()[-500:]}")
            job.message = stdout.strip()
            stored, rejected, unchanged = self.read_outcome(job, work_copy)
            self.store.replace_with(work_copy)
            # shown once every page reads the new store: a file listed as stored is in the overview
            job.stored, job.unchanged = stored, unchanged
            job.rejected += rejected
        finally:
            work_copy.unlink(missing_ok=True)
            Path(str(work_copy) + ".wal").unlink(missing_ok=True)

    @staticmethod
    def read_outcome(job: UploadJob, db: Path) -> tuple[list[dict], list[dict], list[str]]:
        """What the ingest stored, rejected and left unchanged of this job's files, by their generated
        paths (a JSONL file's documents are "PATH:LINE", a WARC's records "PATH#URL")."""
        names = {f["path"]: f["name"] for f in job.files}
        folder = {"folder": str(Path(next(iter(names))).parent)}  # every upload is saved there
        con = connect(db, read_only=True)
        try:
            stored = con.execute(
                "SELECT d.path, d.doc_id, d.title, d.format, d.lang, d.story_id, count(e.event_id) "
                "FROM documents d LEFT JOIN events e ON e.doc_id = d.doc_id WHERE starts_with(d.path, $folder) "
                "GROUP BY ALL ORDER BY d.path", folder).fetchall()
            rejected = con.execute("SELECT path, reason FROM rejected WHERE starts_with(path, $folder)",
                                   folder).fetchall()
        finally:
            con.close()
        stored = [row for row in stored if upload_of(row[0], names)]
        rejected = [row for row in rejected if upload_of(row[0], names)]
        seen = {upload_of(path, names) for path, *_ in [*stored, *rejected]}
        return ([{"name": names[upload_of(path, names)], "doc_id": doc_id, "title": title, "format": fmt, "lang": lang,
                  "story_id": story_id, "events": events}
                 for path, doc_id, title, fmt, lang, story_id, events in stored],
                [{"name": names[upload_of(path, names)], "reason": reason} for path, reason in rejected],
                # a file whose text is already stored is skipped by the ingest: nothing new, nothing lost
                [name for path, name in names.items() if path not in seen])


def yield_to_readers(pid: int) -> None:
    """The ingest's process INGEST_NICENESS below the server's own priority: the readers of pages come
    first. Where the system refuses (no such call, a server already at the lowest priority, the
    process ended), the ingest runs as it is."""
    if hasattr(os, "setpriority"):
        with suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + INGEST_NICENESS))


def upload_of(path: str, uploads: dict[str, str]) -> str | None:
    """The generated upload path a stored path comes from ("X.upload:12" is line 12 of X.upload)."""
    return next((p for p in uploads if path == p or path.startswith((p + ":", p + "#"))), None)
