"""The dashboard's ingest page: uploads ingested by a real `entente ingest` into a copy of the store,
swapped in while the server keeps reading; limits, generated names and hostile names."""

import os
import shutil
import time

import pytest
from fastapi.testclient import TestClient

from entente.web import create_app
from entente.web.background import running_dashboard
from tests.conftest import WEB, headless_chromium, needs_chromium

ARTICLE = ("Pakistani Prime Minister Shehbaz Sharif met Chinese President Xi Jinping in Beijing on "
           "Tuesday to discuss the China-Pakistan Economic Corridor and the security of Chinese workers.\n\n"
           "China agreed to roll over two billion dollars of loans that fall due this year, Pakistan's "
           "finance ministry said in a statement after the meeting.\n")


def wait_for(client: TestClient, job_id: str, seconds: int = 240) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(f"/api/ingest/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.5)
    raise AssertionError(f"upload {job_id} still {job['state']} after {seconds} s")


@pytest.fixture
def store(seed_db, tmp_path):
    db = tmp_path / "store.duckdb"
    shutil.copyfile(seed_db, db)
    return db


def test_an_upload_is_ingested_and_replaces_the_store_it_was_copied_from(store, monkeypatch):
    from entente import explore

    overview, computed = explore.overview, []
    monkeypatch.setattr(explore, "overview", lambda con: computed.append(1) or overview(con))
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    before = client.get("/api/overview").json()["counts"]
    assert len(computed) == 1
    files = [("files", ("sharif-xi.txt", ARTICLE.encode(), "text/plain")),
             ("files", ("scan.bin", bytes(range(256)) * 64, "application/octet-stream")),
             ("files", ("../../../etc/<img src=x onerror=alert(1)>seed.md", WEB.read_bytes(), "text/markdown"))]
    accepted = client.post("/api/ingest", files=files)
    assert accepted.status_code == 202
    job = wait_for(client, accepted.json()["job_id"])
    assert job["state"] == "done", job
    assert [(d["name"], d["format"]) for d in job["stored"]] == [("sharif-xi.txt", "text")]
    assert job["stored"][0]["events"] > 0
    assert [r["name"] for r in job["rejected"]] == ["scan.bin"] and "binary" in job["rejected"][0]["reason"]
    # the seed's text is stored already; of its name, only the last part is kept, for display
    assert job["unchanged"] == ["<img src=x onerror=alert(1)>seed.md"]
    # the server reads the new store, its kept answers worked out again on it before the swap ...
    assert len(computed) == 2
    after = client.get("/api/overview").json()["counts"]
    assert len(computed) == 2
    assert after["documents"] == before["documents"] + 1 and after["rejected"] == before["rejected"] + 1
    assert after["events"] > before["events"]
    # ... the uploads were saved under generated names beside the store, and nothing else was written
    saved = sorted(p.name for p in (store.parent / "store-uploads").iterdir())
    assert len(saved) == 3 and all(name.endswith(".upload") and "seed" not in name for name in saved)
    assert sorted(p.name for p in store.parent.iterdir()) == ["store-uploads", "store.duckdb"]
    page = client.get("/ingest").text
    assert "&lt;img src=x onerror=alert(1)&gt;seed.md" in page and "<img src=x" not in page


def test_a_new_store_is_read_ahead_then_swapped_in(store, tmp_path):
    from entente.pipeline import ingest
    from entente.web.uploads import SnapshotStore

    def documents(cursor):
        return cursor.execute("SELECT count(*) FROM documents").fetchone()[0]

    swapped = []
    snapshot = SnapshotStore(store, on_swap=swapped.append, prepare=documents)
    new = tmp_path / "new.duckdb"
    shutil.copyfile(store, new)
    (tmp_path / "sharif-xi.txt").write_text(ARTICLE, encoding="utf-8")
    ingest([tmp_path / "sharif-xi.txt"], new)
    with snapshot.cursor() as cursor:
        assert documents(cursor) == 2
    snapshot.replace_with(new)
    # what was prepared was read from the new file, and handed over once it is the store
    assert swapped == [3] and not new.exists()
    with snapshot.cursor() as cursor:
        assert documents(cursor) == 3


def test_upload_limits_and_foreign_origins(store, monkeypatch):
    import entente.web.app as web_app

    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    monkeypatch.setattr(web_app, "MAX_FILE_BYTES", 1000)
    job = client.post("/api/ingest", files=[("files", ("big.txt", b"x" * 1001, "text/plain"))]).json()
    assert job["state"] == "done" and job["rejected"][0]["reason"].startswith("over the upload limit")
    too_many = [("files", (f"{i}.txt", b"text", "text/plain")) for i in range(web_app.MAX_FILES + 1)]
    assert client.post("/api/ingest", files=too_many).status_code == 400
    foreign = client.post("/api/ingest", files=[("files", ("a.txt", b"text", "text/plain"))],
                          headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403
    assert client.get("/api/overview").json()["counts"]["documents"] == 2  # nothing was ingested


@needs_chromium
def test_ingest_page_in_chromium_upload_a_file_see_what_was_stored(store, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    article = tmp_path / "sharif-xi.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    shots = os.environ.get("ENTENTE_SCREENSHOTS") or str(tmp_path)
    with running_dashboard(store) as url, headless_chromium(tmp_path / "profile") as driver:
        driver.get(url + "/ingest")
        driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(article))
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        # the page refreshes itself while the ingest runs, then lists what was stored
        WebDriverWait(driver, 240, poll_frequency=1).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "table.stored td"))
        assert "sharif-xi.txt" in driver.find_element(By.CSS_SELECTOR, "table.stored").text
        driver.save_screenshot(f"{shots}/ingest.png")
        assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        driver.get(url + "/")
        assert "3 documents" in driver.find_element(By.CSS_SELECTOR, "p.counts").text



def test_an_upload_ingest_runs_below_the_servers_priority():
    import os
    import subprocess
    import sys

    from entente.web.uploads import INGEST_NICENESS, yield_to_readers

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
    try:
        yield_to_readers(child.pid)
        own = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(19, own + INGEST_NICENESS)
    finally:
        child.kill()
        child.wait()
    yield_to_readers(child.pid)  # ended: nothing to do, and no error
