"""DuckDB storage: documents, stories, sentences, events and rejected inputs in one file.

Bulk inserts go through Arrow tables (columnar); each ingested file is one transaction.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from entente.errors import StoreError
from entente.record import DOCUMENT_COLUMNS, EVENT_COLUMNS, SENTENCE_COLUMNS, STORY_COLUMNS, duckdb_columns

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    {duckdb_columns(DOCUMENT_COLUMNS)}, ingested_at TIMESTAMP DEFAULT current_timestamp, PRIMARY KEY (doc_id));
CREATE TABLE IF NOT EXISTS lsh_bands (band SMALLINT, key UBIGINT, doc_id VARCHAR);
CREATE TABLE IF NOT EXISTS stories ({duckdb_columns(STORY_COLUMNS)}, PRIMARY KEY (story_id));
CREATE TABLE IF NOT EXISTS sentences ({duckdb_columns(SENTENCE_COLUMNS)});
CREATE TABLE IF NOT EXISTS events ({duckdb_columns(EVENT_COLUMNS)});
-- a store written before events had a mode: its events were all asserted
ALTER TABLE events ADD COLUMN IF NOT EXISTS mode VARCHAR DEFAULT 'asserted';
-- a store written before documents kept the posts they link to
ALTER TABLE documents ADD COLUMN IF NOT EXISTS posts VARCHAR;
CREATE TABLE IF NOT EXISTS rejected (path VARCHAR, reason VARCHAR, rejected_at TIMESTAMP DEFAULT current_timestamp);
CREATE OR REPLACE VIEW story_copies AS
    SELECT s.story_id, s.canonical_doc_id, count(d.doc_id) AS copies,
           list(DISTINCT d.outlet) FILTER (WHERE d.outlet IS NOT NULL) AS outlets
    FROM stories s JOIN documents d USING (story_id) GROUP BY ALL;
"""


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """The store, opened; a missing, locked or foreign file is a StoreError naming it and why."""
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such database (run `entente ingest` first)")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
        # never let a table name resolve to a Python variable of the caller's
        con.execute("SET python_enable_replacements = false")
        if not read_only:
            con.execute(SCHEMA)
            dates_as_days(con)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open the database ({why_not_opened(exc)})") from None
    return con


# Columns a store written before dates were typed holds as ISO text
DAY_COLUMNS = (("documents", "date"), ("documents", "republished"), ("stories", "coded_date"))


def dates_as_days(con: duckdb.DuckDBPyConnection) -> None:
    """An older store's ISO-text dates become DATE columns, once. Only ISO days were ever stored
    there: a value that is not one stops the migration, and the store is left as it was."""
    for table, column in DAY_COLUMNS:
        kind = con.execute("SELECT data_type FROM information_schema.columns WHERE table_name = ? "
                           "AND column_name = ?", [table, column]).fetchone()
        if kind and kind[0] == "VARCHAR":
            con.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE DATE USING CAST({column} AS DATE)")


def why_not_opened(exc: duckdb.Error) -> str:
    """DuckDB's reason in a few words: another process writes the file, or it is no DuckDB file."""
    message = str(exc)
    if "lock" in message.lower():
        return "another entente process is writing it; wait for it to finish"
    if "not a valid DuckDB database file" in message or "database file" in message.lower():
        return "not a DuckDB database file"
    return message.splitlines()[0][:200]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Insert dicts as one Arrow batch (columns by name)."""
    if not rows:
        return
    batch = pa.Table.from_pylist(rows)
    # DuckDB 2 registers nothing while a result is left open (a fetchone leaves one): finish it
    con.execute("SELECT NULL").fetchall()
    con.register("_batch", batch)
    try:
        columns = ", ".join(f'"{c}"' for c in batch.column_names)
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM _batch")
    finally:
        con.unregister("_batch")


def snapshot(path: str | Path, with_times: bool = True) -> dict[str, list[tuple]]:
    """Every row of every table, in a fixed order, for telling whether two stores (or one store
    before and after) are the same; without `with_times`, when rows were written is left out."""
    con = connect(path, read_only=True)
    try:
        out = {}
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_type = 'BASE TABLE' ORDER BY 1").fetchall():
            columns = [name for name, kind in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [table]).fetchall() if with_times or kind != "TIMESTAMP"]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()
