"""Hostile and unlucky input, one test (or more) per case of the "Nothing crashes" issue: long texts,
JSONL full of markup, a busy dashboard, uploads without limits, exit codes, tracebacks, fields of
the wrong type, markup in parameters, pages of menus."""

import json
import select
import shutil
import socket
import subprocess
import sys
import threading
from datetime import date

import duckdb
import pytest
from fastapi.testclient import TestClient

from entente.coding import code_texts
from entente.ingest import MAX_TEXT_CHARS, read_paths
from entente.ingest.readers import read_jsonl
from entente.nlp import MAX_PIECE_CHARS, load_pipeline, pieces
from entente.pipeline import ingest
from entente.web import create_app
from entente.web.background import running_dashboard
from entente.web.uploads import MAX_UPLOAD_BYTES
from tests.conftest import WEB, entente
from tests.test_uploads import ARTICLE, wait_for

SEED_TEXT = WEB.read_text(encoding="utf-8")


def one_line_error(result) -> str:
    err = result.stderr.decode("utf-8", "replace") if isinstance(result.stderr, bytes) else result.stderr
    assert "Traceback" not in err, err
    lines = [ln for ln in err.splitlines() if ln.startswith("entente: ") and "rejected" not in ln]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def store(seed_db, tmp_path):
    db = tmp_path / "store.duckdb"
    shutil.copyfile(seed_db, db)
    return db


# 1. long texts: coded in pieces under the parser's limit, offsets kept; past the hard limit, rejected

def test_pieces_stay_under_the_parsers_limit_and_cut_at_paragraphs():
    assert MAX_PIECE_CHARS < load_pipeline().max_length
    text = (SEED_TEXT + "\n\n") * 40
    cut = list(pieces(text, 20_000))
    assert "".join(p for _, p in cut) == text and all(len(p) <= 20_000 for _, p in cut)
    assert all(text[o:o + len(p)] == p for o, p in cut)
    assert all(p.endswith("\n\n") for _, p in cut[:-1])  # at paragraph breaks


def test_a_text_longer_than_a_piece_is_coded_piece_by_piece_with_its_offsets(monkeypatch):
    once = next(code_texts([(SEED_TEXT, "2022-05-24", "one")])).events
    monkeypatch.setattr("entente.nlp.MAX_PIECE_CHARS", 3000)  # the seed is ~12,000 characters
    text = SEED_TEXT + "\n\n" + SEED_TEXT
    coded = next(code_texts([(text, "2022-05-24", "twice")]))
    assert len(coded.events) >= len(once)
    for event in coded.events:  # evidence points at its sentence in the whole text
        assert " ".join(text[event.evidence.start:event.evidence.end].split()) == " ".join(event.evidence.text.split())
    # a piece's edges cut a few pronouns and dates from what they refer to; the rest is found again
    whole = {(e.source.code, e.target.code, e.code) for e in once if e.source and e.target}
    cut = {(e.source.code, e.target.code, e.code) for e in coded.events if e.source and e.target}
    assert len(whole & cut) >= 0.75 * len(whole), whole - cut
    assert [s.index for s in coded.sentences] == list(range(len(coded.sentences)))
    assert coded.sentences[-1].end <= len(text)


def test_a_text_past_the_hard_limit_is_rejected_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "huge.txt").write_text("Pakistan talks. " * (MAX_TEXT_CHARS // 16 + 100), encoding="utf-8")
    shutil.copy(WEB, folder / "seed.md")
    db = tmp_path / "s.duckdb"
    summary = ingest([folder], db)
    [error] = summary.rejected
    assert summary.documents == 1 and error.reason.startswith("text too long (2,0")
    assert error.reason.endswith(f"characters, limit {MAX_TEXT_CHARS:,})")
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM rejected WHERE path LIKE '%huge.txt'").fetchone()[0] == 1
    con.close()


# 2. a JSONL file is JSONL whatever markup its strings hold

def test_jsonl_of_html_records_is_read_as_jsonl(tmp_path):
    page = "<html><body><div><p>" + "</p><p>".join(ARTICLE.split("\n\n")) + "</p></div></body></html>"
    records = [{"html": page.replace("Tuesday", day), "url": f"https://example.org/{day}"}
               for day in ("Monday", "Tuesday", "Wednesday")]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs = list(read_paths([path]))
    assert [d.format for d in docs] == ["html"] * 3 and [d.path for d in docs] == [f"{path}:{k}" for k in (1, 2, 3)]


def test_jsonl_whose_first_line_is_broken_is_still_jsonl(tmp_path):
    path = tmp_path / "broken-first.jsonl"
    good = json.dumps({"text": ARTICLE, "id": "ok"})
    path.write_text('{"text": "cut off mid-\n' + good + "\n" + good.replace("Tuesday", "Friday") + "\n",
                    encoding="utf-8")
    outcomes = list(read_paths([path]))
    assert "malformed JSONL line" in outcomes[0].reason
    assert [d.format for d in outcomes[1:]] == ["text", "text"]


# 3. the dashboard under concurrent load, and its headers on every response

def test_concurrent_readers_while_the_cache_empties_get_no_errors(store, monkeypatch):
    import entente.web.app as web_app

    monkeypatch.setattr(web_app, "CACHED_ANSWERS", 3)  # empties every few answers
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    urls = [f"/api/dyad?a={a}&b={b}" for a in ("PAK", "USA", "CHN", "AFG") for b in ("PAK", "USA", "CHN", "IND")]
    urls += ["/api/overview", "/", "/search?q=Pakistan", "/actor/PAK", "/dyad?a=PAK&b=CHN"]
    statuses: list[int] = []

    def hammer(offset: int) -> None:
        for k in range(60):
            statuses.append(client.get(urls[(offset + k) % len(urls)]).status_code)

    threads = [threading.Thread(target=hammer, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(statuses) == 480 and set(statuses) == {200}


def test_errors_carry_the_security_headers_too(tmp_path):
    foreign = tmp_path / "foreign.duckdb"  # a DuckDB file that is no entente store
    duckdb.connect(str(foreign)).execute("CREATE TABLE t (x INTEGER)").close()
    client = TestClient(create_app(foreign), base_url="http://127.0.0.1", raise_server_exceptions=False)
    for url, status in (("/api/overview", 500), ("/nowhere", 404), ("/dyad?a=%3Cb%3E&b=USA", 422)):
        response = client.get(url)
        assert response.status_code == status
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"


# 4. uploads: a hard limit on the body however it is sent; only the hosts it serves

def test_a_chunked_upload_is_refused_as_soon_as_it_passes_the_limit(store):
    """A real server, a real socket: a chunked body (no length announced) of up to 200 MB is
    answered 413 once the limit is passed, while the client is still sending."""
    with running_dashboard(store) as url:
        host, port = url.removeprefix("http://").split(":")
        sock = socket.create_connection((host, int(port)), timeout=30)
        sock.sendall(b"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                     b"Content-Type: multipart/form-data; boundary=b\r\n\r\n")
        head = b'--b\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'
        sock.sendall(b"%x\r\n%s\r\n" % (len(head), head))
        chunk = b"100000\r\n" + b"x" * 0x100000 + b"\r\n"  # 1 MB each
        sent = 0
        try:
            while sent < 200 and not select.select([sock], [], [], 0)[0]:
                sock.sendall(chunk)
                sent += 1
        except OSError:  # the server answered and closed while we were still sending
            pass
        answer = sock.recv(200)
        sock.close()
        assert answer.startswith(b"HTTP/1.1 413") and MAX_UPLOAD_BYTES >> 20 <= sent < 100
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    announced = client.post("/api/ingest", content=b"x", headers={
        "Content-Type": "multipart/form-data; boundary=b", "Content-Length": str(200 << 20)})
    assert announced.status_code == 413
    assert client.get("/api/overview").json()["counts"]["documents"] == 2


def test_only_the_served_host_names_are_answered(store):
    app = create_app(store, allowed_hosts=["entente.lan"])
    assert TestClient(app, base_url="http://127.0.0.1").get("/api/overview").status_code == 200
    assert TestClient(app, base_url="http://entente.lan").get("/api/overview").status_code == 200
    rebound = TestClient(app, base_url="http://attacker.example").get("/api/overview")
    assert rebound.status_code == 400 and "content-security-policy" in rebound.headers


# 5. the upload report of a JSONL file lists each of its documents

def test_an_uploaded_jsonl_file_reports_each_document_it_stored(store):
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    lines = "".join(json.dumps({"text": ARTICLE.replace("Tuesday", day), "title": f"Sharif and Xi, {day}"}) + "\n"
                    for day in ("Monday", "Wednesday", "Friday"))
    job = client.post("/api/ingest", files=[("files", ("three.jsonl", lines.encode(), "application/jsonl"))]).json()
    job = wait_for(client, job["job_id"])
    assert job["state"] == "done" and job["unchanged"] == []
    assert sorted(s["title"] for s in job["stored"]) == [f"Sharif and Xi, {d}"
                                                          for d in ("Friday", "Monday", "Wednesday")]
    assert all(s["name"] == "three.jsonl" for s in job["stored"])


# 6 and 7. exit codes, and one line instead of a traceback

def test_ingest_exits_1_when_a_path_is_missing_or_everything_is_rejected(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    db = str(tmp_path / "s.duckdb")
    assert entente("ingest", str(tmp_path / "nope"), "--db", db).returncode == 1
    assert entente("ingest", str(empty), "--db", db).returncode == 1
    assert entente("ingest", str(empty), str(WEB), "--db", db).returncode == 0
    # offered three times, the empty file is one rejection
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM rejected WHERE path = ?", [str(empty)]).fetchone()[0] == 1
    con.close()


def test_a_store_another_process_writes_is_one_line(tmp_path):
    db = tmp_path / "s.duckdb"
    writer = duckdb.connect(str(db))  # holds the file's lock, as a running ingest does
    try:
        # another process: within one process DuckDB shares the open file
        result = subprocess.run([sys.executable, "-m", "entente", "ingest", str(WEB), "--db", str(db)],
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 1 and "another entente process is writing it" in one_line_error(result)
    finally:
        writer.close()
    (tmp_path / "junk.duckdb").write_bytes(b"not a database at all" * 100)
    result = entente("relations", "--db", str(tmp_path / "junk.duckdb"))
    assert result.returncode == 1 and "not a DuckDB database file" in one_line_error(result)


def test_a_report_into_a_missing_folder_is_one_line(seed_db, tmp_path):
    result = entente("report", "PAK", "--between", "USA", "CHN", "--db", str(seed_db),
                     "--out", str(tmp_path / "no" / "such" / "report.html"))
    assert result.returncode == 1 and "No such file or directory" in one_line_error(result)


def test_code_reads_past_a_line_that_is_not_utf8():
    stdin = b'{"id": 1, "text": "Pakistan condemned India."}\n{"id": 2, "text": "caf\xe9"}\n' \
            b'{"id": 3, "text": "China criticised Japan."}\n'
    result = entente("code", stdin=stdin)
    out = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert result.returncode == 1 and [o["id"] for o in out] == [1, None, 3]
    assert out[0]["events"] and out[2]["events"] and "utf-8" in out[1]["error"]


def test_code_rejects_a_text_past_the_limit_and_goes_on():
    stdin = (json.dumps({"id": "long", "text": "word " * (MAX_TEXT_CHARS // 5 + 1)}) + "\n"
             + json.dumps({"id": "short", "text": "Pakistan condemned India."}) + "\n").encode()
    result = entente("code", stdin=stdin)
    out = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert result.returncode == 1 and "text too long" in one_line_error(result)
    assert [o["id"] for o in out] == ["long", "short"] and out[1]["events"] and not out[0]["events"]


def test_code_reads_a_lines_title_as_its_headline_and_refuses_one_that_is_no_string():
    text = ("Protesters marched through Wan Chai on Sunday. China's foreign ministry called the march illegal, "
            "and the Chinese government said Hong Kong must restore order. Police fired tear gas at the protesters.")
    lines = [{"id": 1, "title": "Police fire tear gas as Hong Kong protests continue", "text": text},
             {"id": 2, "title": ["Hong Kong"], "text": text}, {"id": 3, "text": text}]
    result = entente("code", stdin="".join(json.dumps(line) + "\n" for line in lines).encode())
    out = [json.loads(ln) for ln in result.stdout.splitlines()]
    sides = [{(e["source"]["code"], e["target"]["code"]) for e in o["events"] if e["code"] == "175"} for o in out]
    assert result.returncode == 1 and "title field is not a string" in one_line_error(result)
    assert sides == [{("HKGCOP", "HKGCVL")}, set(), {("COP", "CVL")}], sides


def test_events_out_writes_every_text_format_to_the_file(seed_db, tmp_path):
    for fmt in ("jsonl", "csv"):
        target = tmp_path / f"events.{fmt}"
        result = entente("events", "--db", str(seed_db), "--format", fmt, "--out", str(target))
        assert result.returncode == 0 and not result.stdout.strip()
        assert len(target.read_text(encoding="utf-8").splitlines()) >= 10


def test_dates_as_people_write_them_are_read_whole_and_an_impossible_one_is_refused(tmp_path):
    path = tmp_path / "dated.jsonl"
    lines = [{"text": f"{a} condemned {b}.", "date": when} for a, b, when in (
        ("Pakistan", "India", "May 3, 2022"), ("India", "Pakistan", "3 May 2022"),
        ("China", "Japan", "2022-05-03T10:00:00Z"), ("Japan", "China", "2022-13-45"), ("Iran", "Iraq", None))]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    summary = ingest([path], db)
    assert [(e.path, e.reason) for e in summary.rejected] == [
        (f"{path}:4", "date field '2022-13-45' is not a day (write 2022-05-03, May 3, 2022 or 3 May 2022)")]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT date FROM documents ORDER BY date").fetchall() == [(date(2022, 5, 3),)] * 3 + [(None,)]
    assert con.execute("SELECT count(*) FROM rejected WHERE reason LIKE 'date field%'").fetchone()[0] == 1
    con.close()
    # an undated document's events are listed, undated
    listed = [json.loads(ln) for ln in entente("events", "--db", str(db), "--mode", "all").stdout.splitlines()]
    assert [e["date"] for e in listed if e["source"]["code"] == "IRN"] == [None]
    # `entente code` reads a line's date with the same parser, and refuses the same date
    out = entente("code", stdin="".join(json.dumps(line) + "\n" for line in lines[2:4]))
    first, second = (json.loads(ln) for ln in out.stdout.splitlines())
    assert out.returncode == 1 and first["events"][0]["date"] == "2022-05-03"
    assert "date field '2022-13-45' is not a day" in second["error"] and not second["events"]


# 8. a JSONL field of the wrong type is left out, not a crash (the batch and ingest read alike)

def test_a_jsonl_field_that_is_an_object_is_left_out(tmp_path):
    line = json.dumps({"text": ARTICLE, "title": {"en": "Sharif meets Xi"}, "date": ["2022"], "url": 7})
    [fields] = list(read_jsonl(line, "x.jsonl"))
    assert "title" not in fields and "date" not in fields and fields["url"] == "7"


# 9. text from a parameter is text: no markup reaches a chart or a page

def test_markup_in_a_parameter_is_refused_and_charts_escape_their_titles(store):
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    link = "/dyad?a=%3Ca%20href%3D%22https%3A%2F%2Fevil.example%22%3Eclick%3C%2Fa%3E&b=USA"
    assert client.get(link).status_code == 422 and client.get("/api" + link).status_code == 422
    assert client.get("/dyad?a=PAK&b=USA").status_code == 200
    script = client.get("/static/app.js").text
    assert "title: {text: plain(title)" in script and "title: {text: plain(data.a" in script
    # the lines' names are made on the server: markup in a stored code shows as typed
    from entente.relations.charts import dyad_figure

    code = '<a href="https://evil.example">A</a>'
    row = {"period": "2022-05", "source": code, "target": "USA", "events": 1, "goldstein_mean": 1.0,
           "goldstein_se": None}
    [line] = dyad_figure([row], [(code, "USA")], "month", "goldstein_mean", "mean")["data"]
    assert line["name"] == '&lt;a href="https://evil.example"&gt;A&lt;/a&gt; toward USA'


# 10. a page of menus and links is no article

def test_a_page_of_menus_only_is_rejected(tmp_path):
    sections = ["World", "Politics", "Business", "Sport", "Culture", "Opinion", "Video", "Live", "Weather"]
    items = "".join(f'<li><a href="/{s.lower()}/{k}">{s} {t}</a></li>' for k, s in enumerate(sections * 5)
                    for t in ["news", "latest coverage", "analysis"][k % 3:k % 3 + 1])
    page = tmp_path / "menus.html"
    page.write_text(f"<html><head><title>Home</title></head><body><nav><ul>{items}</ul></nav>"
                    f"<div class='more'><ul>{items}</ul></div></body></html>", encoding="utf-8")
    [outcome] = list(read_paths([page]))
    assert outcome.reason == "HTML page with no article text in it (menus or links only)"


def test_a_line_of_links_is_no_article(tmp_path):
    links = " | ".join(f'<a href="/{k}">{w} coverage and the latest news</a>'
                       for k, w in enumerate(["World", "Politics", "Business", "Sport", "Culture", "Opinion"] * 4))
    page = tmp_path / "links.html"
    page.write_text(f"<html><head><title>Home</title></head><body><div>{links}</div></body></html>", encoding="utf-8")
    [outcome] = list(read_paths([page]))
    assert outcome.reason == "HTML page with no article text in it (menus or links only)"


def test_a_page_of_menu_items_that_are_no_links_is_rejected(tmp_path):
    items = "".join(f"<li><span data-href='/{s}'>{s.title()} news and latest coverage</span></li>"
                    for s in ["world", "politics", "business", "sport", "culture", "opinion", "video", "live"])
    page = tmp_path / "menu.html"
    page.write_text(f"<html><head><title>Home</title></head><body><nav><ul>{items}</ul></nav></body></html>",
                    encoding="utf-8")
    [outcome] = list(read_paths([page]))
    assert outcome.reason == "HTML page with no article text in it (menus or links only)"


# 11. a page whose JSON-LD is of a shape nobody expects

@pytest.mark.parametrize("json_ld", ['{"@type": "NewsArticle", "headline": "Talks", "author": [null]}',
                                     '{"@type": "NewsArticle", "author": true, "articleSection": 2023}'])
def test_a_page_with_strange_json_ld_is_read_and_the_batch_goes_on(tmp_path, json_ld):
    paragraphs = SEED_TEXT.split("\n\n")[20:26]
    page = tmp_path / "a.html"
    page.write_text(f"<html><head><title>Sharif flips ties</title><script type='application/ld+json'>{json_ld}"
                    "</script></head><body><article><h1>Sharif flips ties</h1>"
                    + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    docs = list(read_paths([tmp_path]))
    assert [type(d).__name__ for d in docs] == ["Document", "Document"] and docs[0].title == "Sharif flips ties"


# 9. a rule that raises on one text is a fault in entente, said with the text; the others are coded

WITHDRAWAL = "China has withdrawn all of its staff from Confucius Institutes in Pakistan."
FAULTY = "Pakistan and India agreed to talk about the border."


def break_coder(monkeypatch):
    """The coder with a fault that raises on one sentence's text, as a broken rule would."""
    import entente.coding

    real = entente.coding.code_document

    def code_document(doc, *args, **kwargs):
        if "agreed to talk" in doc.text:
            raise AttributeError("'NoneType' object has no attribute 'code'")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(entente.coding, "code_document", code_document)


@pytest.fixture
def faulty_coder(monkeypatch):
    break_coder(monkeypatch)
    return monkeypatch


def test_code_says_which_record_a_fault_stopped_and_codes_the_rest(faulty_coder):
    lines = "".join(json.dumps({"id": n, "text": text, "date": "2022-05-10"}) + "\n"
                    for n, text in enumerate([WITHDRAWAL, FAULTY, WITHDRAWAL]))
    result = entente("code", "-", stdin=lines)
    first, faulted, last = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1 and "Traceback" not in result.stderr
    sides = [(e["source"]["code"], e["target"]["code"]) for e in first["events"] + last["events"]]
    assert sides == [("CHN", "PAK")] * 2
    assert faulted["events"] == [] and faulted["error"].startswith("line 2: not coded: the coder failed on it (Attr")
    assert "entente: <stdin>:2: not coded" in result.stderr and "please report" in result.stderr


def test_ingest_rejects_the_document_a_fault_stopped_and_codes_it_once_mended(faulty_coder, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(WEB, folder / "a-seed.md")
    (folder / "b-faulty.txt").write_text(FAULTY, encoding="utf-8")
    (folder / "c-withdrawal.txt").write_text(WITHDRAWAL, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    summary = ingest([folder], db, workers=1)
    [fault] = summary.rejected
    assert fault.path.endswith("b-faulty.txt") and "AttributeError" in fault.reason and summary.documents == 2
    assert summary.stories + summary.copies == 2  # the document rolled back is counted as rejected only
    con = duckdb.connect(str(db), read_only=True)
    before = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert con.execute("SELECT count(*) FROM documents WHERE path LIKE '%b-faulty.txt'").fetchone()[0] == 0
    coded = "SELECT DISTINCT d.path FROM events e JOIN documents d ON e.doc_id = d.doc_id WHERE e.source_code = " \
        "'CHN' AND e.target_code = 'PAK' AND e.evidence_text LIKE 'China has%withdrawn%'"
    assert sorted(p.rsplit("/", 1)[-1] for p, in con.execute(coded).fetchall()) == ["a-seed.md", "c-withdrawal.txt"]
    assert con.execute("SELECT count(*) FROM rejected WHERE path LIKE '%b-faulty.txt'").fetchone()[0] == 1
    con.close()
    faulty_coder.undo()  # mended: the same folder again codes what the fault stopped, and loses nothing
    again = ingest([folder], db, workers=1)
    assert again.documents == 1 and again.unchanged == 2 and not again.rejected
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] > before
    assert con.execute("SELECT count(*) FROM events e JOIN documents d ON e.doc_id = d.doc_id "
                       "WHERE d.path LIKE '%b-faulty.txt'").fetchone()[0] >= 1
    con.close()


def test_a_fault_recoding_a_stored_copy_names_the_new_copy_and_keeps_the_stored_one(monkeypatch, tmp_path):
    story = f"{FAULTY} {WITHDRAWAL} " + " ".join(SEED_TEXT.split()[:300])
    first, copy = tmp_path / "first.jsonl", tmp_path / "copy.jsonl"
    first.write_text(json.dumps({"id": "a", "text": story, "date": "2022-05-10"}) + "\n", encoding="utf-8")
    # a shorter copy, dated a day earlier: the story's first copy is coded again, with the earlier day
    copy.write_text(json.dumps({"id": "b", "text": story[:-200], "date": "2022-05-09"}) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    ingest([first], db, workers=1)
    con = duckdb.connect(str(db), read_only=True)
    stored = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    break_coder(monkeypatch)
    summary = ingest([copy], db, workers=1)
    [fault] = summary.rejected
    assert "copy.jsonl" in fault.path and "first.jsonl" in fault.reason and "AttributeError" in fault.reason
    assert summary.documents == summary.copies == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == stored > 0
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    con.close()


def test_a_batch_says_which_document_a_fault_stopped_and_codes_the_rest(faulty_coder, tmp_path):
    from entente.batch import cheap_pass, expensive_pass, load, write_stories

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "faulty.txt").write_text(FAULTY, encoding="utf-8")
    (folder / "withdrawal.txt").write_text(WITHDRAWAL, encoding="utf-8")
    # the passes a worker runs, run here, where the fault is
    cheap_pass(sorted(str(p) for p in folder.iterdir()), 0, str(out))
    expensive_pass(write_stories(out), str(out))
    [(path, reason)] = duckdb.sql(f"SELECT path, reason FROM read_parquet('{out}/rejected/*.parquet')").fetchall()
    assert path.endswith("faulty.txt") and reason.startswith("not coded: the coder failed on it (AttributeError")
    events = f"SELECT source_code, target_code FROM read_parquet('{out}/events/**/*.parquet')"
    assert duckdb.sql(events).fetchall() == [("CHN", "PAK")]
    # loaded, the document is stored and its story not recorded as coded
    load(out, tmp_path / "b.duckdb")
    con = duckdb.connect(str(tmp_path / "b.duckdb"), read_only=True)
    coded = con.execute("SELECT d.path, s.coded_doc_id IS NOT NULL FROM stories s JOIN documents d "
                        "ON d.story_id = s.story_id ORDER BY d.path").fetchall()
    assert [(p.rsplit("/", 1)[-1], c) for p, c in coded] == [("faulty.txt", False), ("withdrawal.txt", True)]
    con.close()
