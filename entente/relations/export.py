"""Exchange formats: GDELT 2.0's event table, PLOVER, and Parquet.

GDELT: the 61 columns of the GDELT 2.0 event table (GDELT Event Codebook V2.0, in its order), then
entente's own columns (Evidence, EvidenceStart, EvidenceEnd, DocId, StoryId, Confidence) so that
tools built for GDELT read the first 61 and nothing is lost. NumSources and NumArticles are the
story's outlets and copies. GDELT's geography columns take FIPS country codes and gazetteer
feature ids, which entente does not have: only ActionGeo_FullName is filled (with the place's name
and ISO country). Actor Type1 is the CAMEO sector (GOV, MIL, ...).

PLOVER: each event's CAMEO code mapped by the official CAMEO-to-PLOVER table (data/cameo_plover.csv)
to a PLOVER event, mode and context; codes PLOVER has no row for (statements, 01x) map to "".
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

from entente.record import LISTING_SCHEMA, listing_row

ACTOR_COLUMNS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
GEO_COLUMNS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in ACTOR_COLUMNS] + [f"Actor2{c}" for c in ACTOR_COLUMNS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in GEO_COLUMNS] + [f"Actor2Geo_{c}" for c in GEO_COLUMNS]
    + [f"ActionGeo_{c}" for c in GEO_COLUMNS] + ["DATEADDED", "SOURCEURL"]
)
EXTRA_COLUMNS = ["Evidence", "EvidenceStart", "EvidenceEnd", "DocId", "StoryId", "Confidence"]
PLOVER_COLUMNS = ["event_id", "date", "source", "source_name", "target", "target_name", "cameo", "plover_event",
                  "plover_mode", "plover_context", "evidence", "confidence", "story_id", "copies"]
GDELT_GEO_TYPE_CITY = 4  # GDELT's geography type for a world city


@lru_cache(maxsize=1)
def plover_table() -> dict[str, tuple[str, str, str]]:
    text = resources.files("entente.data").joinpath("cameo_plover.csv").read_text()
    rows = csv.DictReader(io.StringIO("\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))))
    return {r["cameo"]: (r["event"], r["mode"], r["context"]) for r in rows}


def one_line(text: str) -> str:
    """Evidence on one line, so that every event is one row of a tab- or comma-separated file."""
    return " ".join(text.split())


def actor_columns(row: dict, prefix: str) -> list:
    code = row[f"{prefix}_code"]
    if code is None:
        return [""] * len(ACTOR_COLUMNS)
    country = row[f"{prefix}_country"] or ""
    return [code, row[f"{prefix}_name"] or "", "" if country == "IGO" else country, "", "", "", "",
            row[f"{prefix}_role"] or "", "", ""]


def gdelt_row(row: dict) -> list:
    day = row["event_day"]
    number = int(row["event_id"], 16) % 10**15  # GDELT ids are integers
    fraction = round(day.year + (day.timetuple().tm_yday - 1) / 365, 4)
    place = ([GDELT_GEO_TYPE_CITY, f"{row['place_name']}, {row['place_country']}"] + [""] * 6
             if row["place_name"] else [""] * len(GEO_COLUMNS))
    return ([number, day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, fraction]
            + actor_columns(row, "source") + actor_columns(row, "target")
            + [1, row["code"], row["code"][:3], row["root"], row["quad"], row["goldstein"],
               row.get("copies") or 1, len(row.get("outlets") or []) or 1, row.get("copies") or 1, ""]
            + [""] * len(GEO_COLUMNS) + [""] * len(GEO_COLUMNS) + place
            + [day.strftime("%Y%m%d"), row.get("url") or ""]
            + [one_line(row["evidence_text"]), row["evidence_start"], row["evidence_end"], row["doc_id"],
               row["story_id"], round(row["confidence"], 3)])


def plover_row(row: dict) -> list:
    event, mode, context = plover_table().get(row["code"], ("", "", ""))
    return [row["event_id"], str(row["event_day"]), row["source_code"] or "", row["source_name"] or "",
            row["target_code"] or "", row["target_name"] or "", row["code"], event, mode, context,
            one_line(row["evidence_text"]), round(row["confidence"], 3), row["story_id"], row.get("copies") or 1]


def write_delimited(rows: list[dict], fmt: str, out: io.TextIOBase) -> None:
    """GDELT rows tab-separated with no header, as GDELT publishes them; PLOVER as CSV with one."""
    if fmt == "gdelt":
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        for row in rows:
            writer.writerow(gdelt_row(row))
    else:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(PLOVER_COLUMNS)
        for row in rows:
            writer.writerow(plover_row(row))


def write_csv(events: list[dict], out: io.TextIOBase) -> None:
    """EVENT objects as the listing's flat columns (record.py), a story's outlets joined by "; "."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(LISTING_SCHEMA.names)
    for row in map(listing_row, events):
        writer.writerow(["; ".join(v) if isinstance(v, list | tuple) else v for v in row.values()])


def write_parquet(rows: list[dict], path: str) -> int:
    """The listing's flat columns with their types (record.py): the same file whether it holds
    events or none."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([{c: r[c] for c in LISTING_SCHEMA.names} for r in rows], schema=LISTING_SCHEMA)
    pq.write_table(table, path)
    return table.num_rows
