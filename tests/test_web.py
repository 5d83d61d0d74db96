"""The dashboard: its API in-process, escaping of hostile article text, and its pages in Chromium."""

import os
import socket
import urllib.request
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from entente import explore
from entente.pipeline import ingest
from entente.web import create_app
from entente.web.background import running_dashboard
from tests.conftest import entente, headless_chromium, needs_chromium

HOSTILE = ("Pakistani Foreign Minister Bilawal Bhutto Zardari met US Secretary of State Antony Blinken in "
           "Washington on May 17, 2022 <script>alert('body')</script> to discuss "
           "<img src=x onerror=alert('img')> food security and \"><svg onload=alert('svg')> Afghanistan.\n\n"
           "Pakistan and the United States agreed to hold further talks on trade later in the year.\n")


@pytest.fixture(scope="module")
def client(seed_db):
    return TestClient(create_app(seed_db), base_url="http://127.0.0.1")


def test_api_pages_and_csv(client):
    overview = client.get("/api/overview").json()
    assert overview["counts"]["stories"] == 1 and overview["counts"]["events"] > 20
    alignment = client.get("/api/alignment", params={"actor": "PAK", "b": "USA", "c": "CHN"}).json()
    assert alignment["breaks"] and alignment["breaks"][0]["events"]
    event = overview["latest"][0]
    page = client.get(f"/event/{event['event_id']}")
    assert page.status_code == 200 and "<mark id=\"evidence\">" in page.text
    assert event["evidence"]["text"][:40] in page.text
    # its provenance: the document's title and outlet, and the story's copies with the coded one marked
    assert event["title"] in unescape(page.text) and "Asia-Pacific Research" in page.text
    assert page.text.count('<tr class="coded">') == 1 and "pdftext" in page.text and "markdown" in page.text
    story = client.get(f"/api/story/{event['story_id']}").json()
    assert len(story["copies"]) == 2 and {c["format"] for c in story["copies"]} == {"markdown", "pdftext"}
    csv_text = client.get("/api/search", params={"q": "Blinken", "format": "csv"}).text
    assert csv_text.startswith("event_id,") and "Blinken" in csv_text
    assert client.get("/api/dyad", params={"a": "PAK", "b": "USA"}).json()
    assert "/api/alignment" in client.get("/openapi.json").json()["paths"]
    for url in ("/", "/dyad?a=PAK&b=USA", "/alignment", "/search?q=Washington", "/actor/PAKGOV",
                f"/event/{event['event_id']}", f"/story/{event['story_id']}"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert ">None<" not in response.text, url  # what a document lacks is blank
        # asked again, the page kept from the first answer: the same bytes, the same headers
        kept = f"{response.url.path}?{response.url.query.decode()}"  # where a redirect led
        assert client.app.state.kept_pages[kept][2] == response.content, url
        again = client.get(url)
        assert again.content == response.content and again.headers == response.headers, url


def test_a_name_works_where_a_code_is_expected(client):
    by_code = client.get("/api/dyad", params={"a": "PAK", "b": "USA"}).json()
    assert by_code
    assert client.get("/api/dyad", params={"a": "Pakistan", "b": "the United States"}).json() == by_code
    assert client.get("/api/dyad", params={"a": "pakistan", "b": "United States"}).json() == by_code
    inward = client.get("/api/dyad", params={"a": "PAK", "b": "USA", "direction": "in", "normalise": "true"}).json()
    assert inward and {(r["source"], r["target"]) for r in inward} == {("USA", "PAK")}
    assert all(r["share"] for r in inward)
    assert client.get("/api/alignment", params={"actor": "Pakistan", "b": "USA", "c": "CHN",
                                                "direction": "out"}).json()["direction"] == "out"
    for url in ("/dyad?a=PAK&b=USA&direction=in&measure=share", "/alignment?direction=out"):
        assert client.get(url).status_code == 200, url
    assert client.get("/dyad", params={"direction": "sideways"}).status_code == 422
    assert client.get("/api/search", params={"source": "Pakistan", "format": "csv"}).text == \
        client.get("/api/search", params={"source": "PAK", "format": "csv"}).text
    # a name the dictionary lacks is refused in words: JSON for the API, a page for a page
    # acronyms and capitals are names first: UAE is ARE, the IMF IGOWSTIMF, ISRAEL ISR
    from entente.actors.naming import code_for
    assert [code_for(t) for t in ("UAE", "IMF", "ISRAEL", "pak", "PAKGOV")] == ["ARE", "IGOWSTIMF", "ISR", "PAK",
                                                                                "PAKGOV"]
    refused = client.get("/api/dyad", params={"a": "Pakistn", "b": "USA"})
    assert refused.status_code == 422 and "no name in the actor dictionary; did you mean Pakistan" in refused.text
    page = client.get("/dyad", params={"a": "Pakistn", "b": "<b>USA</b>"})
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "did you mean Pakistan" in page.text and "<b>USA</b>" not in page.text and '"detail"' not in page.text


def test_the_overview_matrix_counts_what_each_dyad_page_counts(client):
    from html import unescape

    overview = client.get("/api/overview").json()
    matrix = overview["matrix"]
    assert {"PAK", "USA", "CHN"} <= set(matrix["countries"])
    counted = [(*key.split(), cell["events"]) for key, cell in matrix["cells"].items()]
    # the top dyads' table counts as the matrix does, and as the dyad page each links to
    counted += [(d["source"], d["target"], d["events"]) for d in overview["dyads"]]
    for source, target, events in counted:
        rows = client.get("/api/dyad", params={"a": source, "b": target, "direction": "out"}).json()
        assert events == sum(r["events"] for r in rows) > 0, (source, target)
    # the seed's story: Pakistan toward the United States cooperates, China toward Pakistan conflicts
    assert matrix["cells"]["PAK USA"]["tone"].startswith("coop")
    assert matrix["cells"]["CHN PAK"]["tone"].startswith("conflict")
    page = unescape(client.get("/").text)
    assert '<a href="/dyad?a=CHN&b=PAK&direction=out">2</a>' in page
    # every month from the first to the last: one with no event has no counts, a gap in the chart
    from entente.explore import every_month

    assert every_month([("2022-01", 1, 0, 0, 0), ("2022-03", 0, 2, 0, 0)]) == [
        {"month": "2022-01", "quad": {"1": 1, "2": 0, "3": 0, "4": 0}}, {"month": "2022-02", "quad": None},
        {"month": "2022-03", "quad": {"1": 0, "2": 2, "3": 0, "4": 0}}]


def test_each_point_of_a_dyad_carries_the_standard_error_of_its_mean(client):
    import calendar
    import statistics

    rows = client.get("/api/dyad", params={"a": "PAK", "b": "USA", "direction": "both"}).json()
    assert any(r["events"] > 1 for r in rows)
    for r in rows:
        year, month = map(int, r["period"].split("-"))
        events = client.get("/api/dyad/events", params={
            "a": r["source"], "b": r["target"], "direction": "out", "since": f"{r['period']}-01",
            "until": f"{r['period']}-{calendar.monthrange(year, month)[1]}"}).json()
        scores = [e["goldstein"] for e in events]
        assert len(scores) == r["events"] and round(statistics.mean(scores), 3) == r["goldstein_mean"]
        if len(scores) == 1:
            assert r["goldstein_se"] is None  # one event says nothing of the spread
        else:
            assert r["goldstein_se"] == round(statistics.stdev(scores) / len(scores) ** 0.5, 3)


def test_the_overview_places_events_on_a_world_shipped_with_the_package(client):
    world = client.get("/static/world.json")
    assert world.status_code == 200 and world.headers["content-type"] == "application/json"
    countries = world.json()["countries"]
    assert len(countries) == 177 and "public domain" in world.json()["license"]
    lon, lat = countries["PAK"]["centre"]
    assert 60 < lon < 78 and 23 < lat < 37  # Pakistan's centre lies in Pakistan
    places = client.get("/api/overview").json()["places"]
    # the seed places events in Washington, Moscow and Afghanistan: each a country on the map
    assert {"USA", "RUS", "AFG"} <= {p["country"] for p in places} <= set(countries)


def test_several_dyads_are_each_dyad_in_turn_from_the_api_and_the_command_line(client, seed_db):
    import json

    with_usa = client.get("/api/dyad", params={"a": "PAK", "b": "USA"}).json()
    with_china = client.get("/api/dyad", params={"a": "PAK", "b": "CHN"}).json()
    compared = client.get("/api/dyad", params={"a": "Pakistan", "b": "USA", "also": ["China", "", "USA", "PAK"]})
    assert with_usa and with_china and compared.json() == with_usa + with_china  # blanks and repeats left out
    # China's acts toward Pakistan there are the seed's conflict: the Confucius Institutes' staff withdrawn
    assert any(r["source"] == "CHN" and r["goldstein_mean"] < 0 for r in compared.json())
    too_many = client.get("/api/dyad", params={"a": "PAK", "b": "USA", "also": ["CHN", "RUS", "IND", "AFG", "IRN"]})
    assert too_many.status_code == 422
    command_line = entente("dyad", "Pakistan", "USA", "China", "PAK", "CHN", "--db", str(seed_db), "--direction",
                           "both", "--format", "json")  # A and repeats left out, as on the page
    assert command_line.returncode == 0 and json.loads(command_line.stdout) == compared.json()


def test_the_events_page_lists_filters_and_downloads_what_entente_events_writes(client, seed_db, tmp_path):
    import pyarrow.parquet as pq

    from tests.conftest import entente

    filters = {"source": "Pakistan", "target": "USA", "since": "2022-04-01", "sort": "-goldstein"}
    page = client.get("/events", params=filters)
    assert page.status_code == 200 and 'id="download-csv"' in page.text
    listing = client.get("/api/events", params=filters).json()
    assert listing["total"] == len(listing["events"]) > 3
    assert all(e["source"]["country"] == "PAK" and e["target"]["country"] == "USA" for e in listing["events"])
    scores = [e["goldstein"] for e in listing["events"]]
    assert scores == sorted(scores, reverse=True)
    # the page's download link, as the page writes it, gives what `entente events` writes
    link = unescape(page.text.split('id="download-csv" href="', 1)[1].split('"', 1)[0])
    downloaded = client.get(link)
    assert downloaded.headers["content-type"].startswith("text/csv")
    cli = entente("events", "--db", str(seed_db), "--format", "csv", "--source", "PAK", "--target", "USA",
                  "--since", "2022-04-01", "--sort", "-goldstein")
    assert downloaded.text == cli.stdout and downloaded.text.count("\n") == listing["total"] + 1
    parquet = tmp_path / "events.parquet"
    parquet.write_bytes(client.get("/api/events", params={**filters, "format": "parquet"}).content)
    entente("events", "--db", str(seed_db), "--format", "parquet", "--out", str(tmp_path / "cli.parquet"),
            "--source", "PAK", "--target", "USA", "--since", "2022-04-01", "--sort", "-goldstein")
    assert pq.read_table(parquet).equals(pq.read_table(tmp_path / "cli.parquet"))
    # every mode, a code prefix, words; a search address of earlier versions lands here
    every_mode = client.get("/api/events", params={"mode": "all"}).json()["total"]
    assert every_mode > client.get("/api/events").json()["total"]
    assert all(e["code"].startswith("04") for e in client.get("/api/events", params={"code": "04"}).json()["events"])
    assert client.get("/search", params={"q": "Blinken"}).url.path == "/events"
    assert client.get("/api/events", params={"code": "4x"}).status_code == 422
    assert entente("events", "--db", str(seed_db), "--code", "0_").returncode == 2  # the same check
    # words are matched as written: "%" is no wildcard
    assert client.get("/api/events", params={"q": "%"}).json()["total"] == 0
    assert client.get("/api/events", params={"page": 99}).json()["page"] == 1  # past the last page: the last
    # an actor's counts are what its links list
    actors = {a["code"]: a for a in client.get("/api/actors").json()}
    assert actors["PAK"]["as_source"] == client.get("/api/events", params={"source": "PAK"}).json()["total"]
    assert actors["USAGOV"]["name"] == "United States government"
    # its page says as much, and lists the newest of them: the asserted ones the events page lists
    page = client.get("/api/actor/PAK").json()
    newest = client.get("/api/events", params={"source": "PAK", "sort": "-date"}).json()["events"]
    assert page["as_source"]["total"] == actors["PAK"]["as_source"] and page["as_source"]["events"]
    assert [e["event_id"] for e in page["as_source"]["events"]] == \
        [e["event_id"] for e in newest][:explore.ACTOR_EVENTS]
    assert page["as_target"]["total"] == actors["PAK"]["as_target"]
    assert f'{actors["PAK"]["as_source"]} asserted events' in client.get("/actor/PAK").text


def test_nothing_outside_the_package_is_served(client):
    assert client.get("/static/..%2Fcli.py").status_code == 404
    assert client.get("/event/nope").status_code == 404
    injected = {"a": "PAK", "b": "USA", "freq": "year; DROP TABLE events"}
    assert client.get("/api/dyad", params=injected).status_code == 422
    # a day is read by the one date parser: what it refuses is a 422 that says why
    for params in ({"since": "yesterday"}, {"until": "2022-13-45"}):
        refused = client.get("/api/search", params=params)
        assert refused.status_code == 422 and "is not a day (write 2022-05-03" in refused.text, refused.text
    # the search form sends its empty boxes: they ask for nothing
    blanks = {"q": "Blinken", "since": "", "until": "", "quad": "", "source": "", "target": "", "code": ""}
    assert client.get("/search", params=blanks).status_code == 200
    assert client.get("/api/search", params={"quad": "9"}).status_code == 422
    written = client.get("/api/search", params={"q": "Blinken", "since": "May 1, 2022"}).json()
    assert written and all(e["date"] >= "2022-05" for e in written)


def test_hostile_article_text_is_shown_as_text(tmp_path):
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "h.duckdb"
    summary = ingest([tmp_path / "hostile.txt"], db)
    assert summary.events > 0
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    event = client.get("/api/overview").json()["latest"][0]
    pages = [client.get(url).text for url in ("/", f"/event/{event['event_id']}", f"/story/{event['story_id']}",
                                              "/search?q=Blinken")]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in pages[1]


@pytest.fixture(scope="module")
def server(seed_db):
    with running_dashboard(seed_db) as url:
        yield url


def listening_addresses(port: int) -> set[str]:
    """The addresses sockets listen on at this port, from the kernel's own tables (Linux)."""
    found = set()
    for table, width in (("/proc/net/tcp", 4), ("/proc/net/tcp6", 16)):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                raw = bytes.fromhex(address)
                words = b"".join(raw[k:k + 4][::-1] for k in range(0, width, 4))  # each 32-bit word is little-endian
                found.add(socket.inet_ntop(socket.AF_INET if width == 4 else socket.AF_INET6, words))
    return found


def test_serve_listens_on_loopback_by_default(server):
    assert urllib.request.urlopen(server + "/").status == 200
    assert listening_addresses(int(server.rsplit(":", 1)[1])) == {"127.0.0.1"}  # not 0.0.0.0, not ::


def drawn(driver, url: str, chart: str = "chart"):
    """Open a page and wait until Plotly has drawn its chart."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"#{chart} .main-svg"))


def line_names(driver, chart: str = "chart") -> list[str]:
    return driver.execute_script(f"return document.getElementById('{chart}').data.map((t) => t.name)")


@needs_chromium
def test_alignment_page_in_chromium_click_a_break_see_the_evidence(server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    shots = os.environ.get("ENTENTE_SCREENSHOTS") or str(tmp_path)
    with headless_chromium(tmp_path / "profile") as driver:
        drawn(driver, server + "/alignment?actor=PAK&b=USA&c=CHN", "toward")
        assert driver.find_elements(By.CSS_SELECTOR, "#toward .scatterlayer .point")
        driver.save_screenshot(f"{shots}/alignment.png")
        events = driver.find_element(By.ID, "break-0")
        assert not events.is_displayed()
        driver.find_element(By.CSS_SELECTOR, "button.break").click()
        WebDriverWait(driver, 10).until(lambda d: events.is_displayed())
        assert "Imran Khan" in events.text or "conspiracy" in events.text  # Khan's accusation, as evidence
        assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]  # no script blocked or broken
        driver.get(server + "/")
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#by-month .main-svg"))
        assert driver.find_elements(By.CSS_SELECTOR, "#by-month .barlayer .point")  # events per month by quad
        # where events happened: a circle on each country the seed's sentences place events in, on the
        # world's outlines served by the dashboard itself
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#places .scatterlayer .point"))
        circles = driver.find_elements(By.CSS_SELECTOR, "#places .scatterlayer .point")
        assert len(circles) == len(driver.execute_script(
            "return JSON.parse(document.getElementById('chart-data').textContent).places"))
        driver.save_screenshot(f"{shots}/overview.png")
        # who acts on whom: a cell of the matrix opens its dyad, one direction
        driver.find_element(By.CSS_SELECTOR, "table.matrix td.conflict2 a[href*='a=CHN']").click()
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#chart .main-svg"))
        assert line_names(driver) == ["CHN toward PAK"]
        driver.back()
        driver.find_element(By.CSS_SELECTOR, "table.events a[href^='/event/']").click()
        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.ID, "evidence"))
        assert driver.find_element(By.ID, "evidence").text
        driver.save_screenshot(f"{shots}/event.png")
        # names in place of codes: the dyad chart of Pakistan and the United States, and a name the
        # dictionary lacks said in words on a page
        drawn(driver, server + "/dyad?a=Pakistan&b=the%20United%20States")
        assert driver.find_elements(By.CSS_SELECTOR, "#chart .scatterlayer .point")
        assert "Pakistan" in [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "#actors option")]
        driver.save_screenshot(f"{shots}/dyad-by-name.png")
        driver.get(server + "/dyad?a=Pakistn&b=USA")
        assert "did you mean Pakistan" in driver.find_element(By.TAG_NAME, "main").text
        driver.save_screenshot(f"{shots}/dyad-unknown-name.png")


@needs_chromium
def test_several_dyads_on_one_chart_in_chromium_click_one_line_see_its_events(server, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    shots = os.environ.get("ENTENTE_SCREENSHOTS") or str(tmp_path)
    with headless_chromium(tmp_path / "profile") as driver:
        # Pakistan's relations with the United States and with China, named, on one chart
        drawn(driver, server + "/dyad?a=Pakistan&b=United%20States&also=China&also=")
        assert line_names(driver) == ["PAK toward USA", "USA toward PAK", "PAK toward CHN", "CHN toward PAK"]
        assert "China (CHN)" in driver.find_element(By.TAG_NAME, "h1").text
        assert driver.find_elements(By.CSS_SELECTOR, "#chart path.yerror")  # the means' standard-error bars
        driver.save_screenshot(f"{shots}/dyad-compared.png")
        # a click on China's line lists China's acts toward Pakistan of that period, and nothing else
        china_line = driver.find_elements(By.CSS_SELECTOR, "#chart .scatterlayer .trace")[3]
        point = china_line.find_element(By.CSS_SELECTOR, ".point")
        ActionChains(driver).move_to_element(point).click().perform()
        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#period-events tr"))
        listed = driver.find_elements(By.CSS_SELECTOR, "#period-events tr")[1:]
        rows = [r.find_elements(By.TAG_NAME, "td") for r in listed]
        assert rows and all(r[1].text.startswith("CHN") and r[2].text.startswith("PAK") for r in rows)
        assert any("Confucius" in r[5].text for r in rows)  # China withdrew its teachers from Pakistan
        driver.save_screenshot(f"{shots}/dyad-compared-clicked.png")
        assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@needs_chromium
def test_the_list_pages_in_chromium_events_stories_actors(server, tmp_path):
    from selenium.webdriver.common.by import By

    shots = os.environ.get("ENTENTE_SCREENSHOTS") or str(tmp_path)
    with headless_chromium(tmp_path / "profile") as driver:
        driver.get(server + "/events?source=Pakistan&sort=-goldstein")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.events tr")[1:]
        assert rows and all(r.find_elements(By.TAG_NAME, "td")[1].text.startswith("PAK") for r in rows)
        assert driver.find_element(By.ID, "download-csv").get_attribute("href").endswith("format=csv")
        driver.save_screenshot(f"{shots}/events.png")
        driver.get(server + "/stories")
        story = driver.find_element(By.CSS_SELECTOR, "table.stories a[href^='/story/']")
        assert "Sharif" in story.text
        driver.save_screenshot(f"{shots}/stories.png")
        story.click()
        assert "2 copies" in driver.find_element(By.TAG_NAME, "main").text
        driver.get(server + "/actors")
        codes = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "table.actors td:first-child a")]
        assert {"PAKGOV", "USAGOV"} <= set(codes)
        driver.save_screenshot(f"{shots}/actors.png")
        driver.find_element(By.LINK_TEXT, "PAKGOV").click()
        said = [p.text for p in driver.find_elements(By.CSS_SELECTOR, "p.listed")]
        assert len(said) == 2 and all(" asserted event" in p for p in said)
        assert driver.find_elements(By.CSS_SELECTOR, "table.events tr td")
        driver.save_screenshot(f"{shots}/actor.png")
        assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews_2019_2020.jsonl"


@needs_chromium
@pytest.mark.skipif(not WIKINEWS.exists(), reason="../shared/corpus is not here to read")
def test_every_page_in_chromium_on_the_seeds_and_wikinews_articles(tmp_path):
    """Each page on a store of real news (the seeds and 60 Wikinews articles, read in place): its
    charts drawn, its tables filled, and names where codes are expected."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    articles = tmp_path / "wikinews.jsonl"
    articles.write_text("".join(WIKINEWS.read_text(encoding="utf-8").splitlines(keepends=True)[:60]),
                        encoding="utf-8")
    db = tmp_path / "news.duckdb"
    assert ingest([Path(__file__).resolve().parent.parent / "examples" / "articles", articles], db).documents > 50
    shots = os.environ.get("ENTENTE_SCREENSHOTS") or str(tmp_path)
    with running_dashboard(db) as server, headless_chromium(tmp_path / "profile") as driver:
        drawn(driver, server + "/", "by-month")
        assert len(driver.find_elements(By.CSS_SELECTOR, "#by-month .barlayer .point")) > 4  # months, by quad
        assert len(driver.find_elements(By.CSS_SELECTOR, "table.matrix td a")) > 4
        driver.save_screenshot(f"{shots}/news-overview.png")
        drawn(driver, server + "/dyad?a=Pakistan&b=United%20States&also=China")
        assert line_names(driver)[:2] == ["PAK toward USA", "USA toward PAK"]
        driver.save_screenshot(f"{shots}/news-dyad.png")
        drawn(driver, server + "/alignment?actor=Pakistan&b=United%20States&c=China", "toward")
        assert driver.find_elements(By.CSS_SELECTOR, "#toward .scatterlayer .point")
        driver.save_screenshot(f"{shots}/news-alignment.png")
        for url, table, least in (("/events?source=United%20States&sort=-date", "events", 5),
                                  ("/stories", "stories", 50), ("/actors", "actors", 10), ("/actor/USA", "events", 5)):
            driver.get(server + url)
            assert len(driver.find_elements(By.CSS_SELECTOR, f"table.{table} tr")) > least, url
            driver.save_screenshot(f"{shots}/news-{url.strip('/').split('?')[0].replace('/', '-')}.png")
        cells = [[td.text for td in r.find_elements(By.TAG_NAME, "td")]
                 for r in driver.find_elements(By.CSS_SELECTOR, "table.events tr")]
        assert all(c[1].startswith("USA") or c[2].startswith("USA") for c in cells if len(c) > 2)  # its own events
        driver.find_element(By.CSS_SELECTOR, "table.events a[href^='/event/']").click()
        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.ID, "evidence"))
        driver.save_screenshot(f"{shots}/news-event.png")
        assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_an_actor_page_lists_the_newest_and_links_to_the_rest(seed_db, monkeypatch):
    monkeypatch.setattr(explore, "ACTOR_EVENTS", 3)
    client = TestClient(create_app(seed_db), base_url="http://127.0.0.1")
    total = client.get("/api/events", params={"source": "PAK"}).json()["total"]
    assert total > 3
    page = client.get("/actor/PAK").text
    assert f"{total} asserted events, the newest 3 below" in page and "/events?source=PAK&amp;sort=-date" in page
    assert "Pakistan" in page.split("</h1>")[0]  # the code in words
