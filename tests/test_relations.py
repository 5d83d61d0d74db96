"""Relations on the seeds and on planted series: shift, alignment, report, exports."""

import csv
import io
import json
from datetime import date

import duckdb
import numpy as np

from entente.relations import alignment, change_points, dyad_series, shift
from entente.relations.export import EXTRA_COLUMNS, GDELT_COLUMNS
from entente.store import connect, insert_rows
from tests.conftest import entente, headless_chromium, needs_chromium


def test_a_planted_break_is_found_within_one_period():
    rng = np.random.default_rng(3)
    for planted in (8, 12, 17):
        values = list(np.r_[rng.normal(-2, 1, planted), rng.normal(2, 1, 24 - planted)])
        found = change_points(values)
        assert len(found) == 1 and abs(found[0] - planted) <= 1, (planted, found)
    assert change_points(list(rng.normal(0, 1, 24))) == []  # noise alone is no turn


def test_breaks_from_running_sums_are_ruptures_own_least_squares_breaks():
    import ruptures

    from entente.relations.shift import summed_l2_cost

    rng = np.random.default_rng(11)
    for n, min_size in ((30, 1), (90, 2), (700, 2)):
        levels = np.repeat(rng.normal(0, 3, 6), n // 6 + 1)[:n]
        signal = (levels + rng.normal(0, 1.5, n)).reshape(-1, 1)
        jump = max(1, n // 200)
        ours = ruptures.Pelt(custom_cost=summed_l2_cost(), min_size=min_size, jump=jump).fit(signal)
        theirs = ruptures.Pelt(model="l2", min_size=min_size, jump=jump).fit(signal)
        for penalty in (5.0, 20.0, 80.0):
            assert ours.predict(pen=penalty) == theirs.predict(pen=penalty), (n, penalty)
    assert len(ours.predict(pen=5.0)) > 2  # the planted levels are there to find


def synthetic_db(path, months: int = 24, turn: int = 12, partners: dict[str, int] | None = None):
    """USA events with each partner (PAK by default), three a month; with a partner of sign +1 they
    are hostile before month `turn` and cooperative after, with one of sign -1 the other way."""
    rng = np.random.default_rng(5)
    con = connect(path)
    rows = []
    for partner, sign in (partners or {"PAK": 1}).items():
        for m in range(months):
            day = date(2021 + m // 12, m % 12 + 1, 15)
            for k in range(3):
                g = float(np.clip(rng.normal(sign * (-3 if m < turn else 3), 1.5), -10, 10))
                rows.append(synthetic_event(f"{partner}{m:02d}{k}", partner, g, day))
    insert_rows(con, "events", rows)
    con.close()


def synthetic_event(key: str, partner: str, g: float, day: date) -> dict:
    return {"event_id": key, "story_id": f"s{key}", "doc_id": f"d{key}", "source_code": "USAGOV",
            "source_country": "USA", "target_code": f"{partner}GOV", "target_country": partner, "code": "040",
            "root": "04", "quad": 1 if g > 0 else 3, "goldstein": g, "date": day.isoformat(),
            "date_precision": "day", "event_day": day, "negated": False, "confidence": 0.8,
            "evidence_text": f"synthetic event {key}", "evidence_start": 0, "evidence_end": 10, "mode": "asserted"}


def test_shift_finds_the_planted_turn_with_its_events(tmp_path):
    synthetic_db(tmp_path / "s.duckdb")
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    result = shift(con, "USA", "PAK", "CHN")
    turns = [b for b in result["breaks"] if b["series"] == "USA with PAK"]
    assert len(turns) == 1
    turn = turns[0]
    assert abs((date.fromisoformat(turn["date"]) - date(2022, 1, 1)).days) <= 31
    assert turn["before"] < -2 and turn["after"] > 2 and turn["events_before"] + turn["events_after"] == 72
    assert turn["events"] and all(e["evidence"]["text"].startswith("synthetic") for e in turn["events"])
    assert "rose" in result["summary"][0]


def test_the_other_relation_is_compared_across_a_break(tmp_path):
    synthetic_db(tmp_path / "s.duckdb", partners={"PAK": 1, "CHN": -1})
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    result = shift(con, "USA", "PAK", "CHN", at="2022-01-01")
    pak_turn = next(b for b in result["breaks"] if b["series"] == "USA with PAK")
    across = next(c for c in result["comparisons"] if c["series"] == "USA with CHN"
                  and c["reason"].startswith("the date of the break in USA with PAK"))
    assert across["date"] == pak_turn["date"] and across["change"] < -4  # the other way
    asked = {c["series"]: c for c in result["comparisons"] if c["reason"] == "the date asked for"}
    assert asked["USA with PAK"]["change"] > 4 and asked["USA with CHN"]["change"] < -4
    assert asked["USA with CHN"]["events_before"] == asked["USA with CHN"]["events_after"] == 36
    assert any(line.startswith("USA with CHN across") and ": fell from" in line for line in result["summary"])


def test_seed_shift_pakistan_moves_toward_the_united_states(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    result = shift(con, "PAK", "USA", "CHN")
    usa = [b for b in result["breaks"] if b["series"] == "PAK with USA"]
    assert len(usa) == 1
    brk = usa[0]
    # Khan's accusation (April) before the break; Sharif's government's meetings (May) after it
    assert brk["date"] == "2022-05-01" and brk["before"] < 0 < brk["after"]
    codes = {(e["source"]["code"] if e["source"] else None, e["code"]) for e in brk["events"]}
    assert ("PAKGOV", "112") in codes and any(code.startswith("04") for _, code in codes)
    assert any("PAK with USA: rose" in line for line in result["summary"])
    # the text dates no event with China before the break: said so, with the later level and its events
    china = next(c for c in result["comparisons"] if c["series"] == "PAK with CHN")
    assert china["events_before"] == 0 and china["events_after"] >= 4 and china["after"] < 0
    assert ("CHN", "PAKGOV", "120") in {(e["source"]["code"], e["target"]["code"], e["code"])
                                        for e in china["events"]}  # "snubbed by ... benefactors in ... China"
    assert any("no event before it to compare with" in line for line in result["summary"])


def test_shift_at_a_named_day_and_bad_days_are_refused(seed_db):
    result = entente("shift", "PAK", "--between", "USA", "CHN", "--db", str(seed_db), "--at", "2022-04-10")
    assert result.returncode == 0, result.stderr
    assert "PAK with USA across 2022-04-10 (the date asked for): rose from -" in result.stdout
    bad = entente("events", "--db", str(seed_db), "--since", "2022-13-45")
    assert bad.returncode == 2 and "'2022-13-45' is not a day (write 2022-05-03" in bad.stderr


def test_a_direction_counts_one_sides_acts_and_shares_normalise_by_the_period(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    both = shift(con, "PAK", "USA", "CHN", direction="both")
    out = shift(con, "PAK", "USA", "CHN", direction="out", normalise=True)
    inward = shift(con, "PAK", "USA", "CHN", direction="in")
    assert (out["direction"], out["normalised"], both["direction"], both["normalised"]) == ("out", True, "both", False)
    assert "PAK's acts only" in out["counted"] and "both directions" in both["counted"]

    def events(result, partner):
        return sum(r["toward"][partner]["events"] for r in result["series"])

    # Khan's accusation is Pakistan's act toward the US; each direction counts its own, both count all
    assert events(out, "USA") and events(inward, "USA")
    assert events(out, "USA") + events(inward, "USA") == events(both, "USA")
    assert all(b["series"] != "PAK with USA" for b in out["breaks"] + inward["breaks"])
    totals = dict(con.execute("SELECT strftime(event_day, '%Y-%m'), count(*) FROM events WHERE mode = 'asserted' "
                              "AND event_day IS NOT NULL GROUP BY 1").fetchall())
    for row in out["series"]:
        side = row["toward"]["USA"]
        assert side["share"] == round(side["events"] / totals[row["period"]], 5)
    # the same in the dyad series, each direction its own rows
    rows = dyad_series(con, "PAK", "USA", direction="both", normalise=True)
    assert {(r["source"], r["target"]) for r in rows} == {("PAK", "USA"), ("USA", "PAK")}
    assert all(0 < r["share"] <= 1 for r in rows)
    assert dyad_series(con, "PAK", "USA", direction="in") == [
        {k: v for k, v in r.items() if k != "share"} for r in rows if r["source"] == "USA"]
    cli = json.loads(entente("dyad", "Pakistan", "USA", "--db", str(seed_db), "--direction", "in",
                             "--format", "json").stdout)
    assert {(r["source"], r["target"]) for r in cli} == {("USA", "PAK")}


def test_alignment_has_intervals_and_needs_both_sides(tmp_path):
    synthetic_db(tmp_path / "s.duckdb", months=3, turn=99)
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    rows = alignment(con, "USA", "PAK", "CHN")
    assert [r["toward"]["PAK"]["events"] for r in rows] == [3, 3, 3]  # no event toward CHN: no alignment
    for r in rows:
        side = r["toward"]["PAK"]
        assert side["low"] <= side["index"] <= side["high"] and r["alignment"] is None


def test_shift_command_json_contract(seed_db):
    result = entente("shift", "PAK", "--between", "USA", "CHN", "--db", str(seed_db), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"series", "breaks"} <= set(data)
    assert {"date", "before", "after", "events"} <= set(data["breaks"][0])
    assert {"source", "target", "code", "evidence"} <= set(data["breaks"][0]["events"][0])


def test_exports(seed_db, tmp_path):
    gdelt = entente("events", "--db", str(seed_db), "--format", "gdelt")
    rows = list(csv.reader(io.StringIO(gdelt.stdout), delimiter="\t"))
    assert rows and all(len(r) == len(GDELT_COLUMNS) + len(EXTRA_COLUMNS) == 61 + 6 for r in rows)
    header = dict(zip(GDELT_COLUMNS, rows[0]))
    assert header["SQLDATE"].startswith("2022") and header["EventRootCode"] == header["EventCode"][:2]
    assert int(header["NumArticles"]) == 2  # the story was read twice (web and PDF copies)
    plover = list(csv.DictReader(io.StringIO(entente("events", "--db", str(seed_db), "--format", "plover").stdout)))
    accusation = next(r for r in plover if r["cameo"] == "112")
    assert accusation["plover_event"] == "ACCUSE"
    out = tmp_path / "events.parquet"
    assert entente("events", "--db", str(seed_db), "--format", "parquet", "--out", str(out)).returncode == 0
    assert duckdb.sql(f"SELECT count(*) FROM '{out}'").fetchone()[0] == len(rows)
    assert entente("events", "--db", str(seed_db), "--format", "parquet").returncode == 2


def test_report_charts_show_gaps_as_gaps_and_thin_periods_as_thin(tmp_path):
    from entente.relations.report import figures, write_pngs

    # USA toward PAK in January, February and April (none in March); toward CHN one event in February
    planted = {"PAK": {0: 3, 1: 3, 3: 3}, "CHN": {0: 3, 1: 1, 3: 3}}
    con = connect(tmp_path / "g.duckdb")
    insert_rows(con, "events", [synthetic_event(f"{partner}{m}{k}", partner, 2.0 + k, date(2021, m + 1, 15))
                                for partner, months in planted.items() for m, n in months.items() for k in range(n)])
    con.close()
    con = duckdb.connect(str(tmp_path / "g.duckdb"), read_only=True)
    result = shift(con, "USA", "PAK", "CHN")
    charts = figures(result)
    pak, chn = charts["toward"]["data"]
    assert pak["x"] == ["2021-01-01", "2021-02-01", "2021-03-01", "2021-04-01"]
    assert pak["y"][2] is None and None not in (pak["y"][0], pak["y"][3])  # March is a gap, not a line
    assert chn["marker"]["symbol"][1] == "circle-open" and chn["marker"]["symbol"][0] == "circle"
    assert chn["marker"]["size"][1] < chn["marker"]["size"][0]  # one event against three
    aligned = charts["alignment"]["data"][0]
    assert aligned["y"][2] is None and aligned["marker"]["symbol"][1] == "circle-open"  # rests on China's one
    assert all(low is not None for low, y in zip(pak["error_y"]["arrayminus"], pak["y"]) if y is not None)
    pngs = write_pngs(result, tmp_path / "png")
    assert [p.name for p in pngs] == ["USA_PAK_CHN_toward.png", "USA_PAK_CHN_alignment.png"]
    assert all(p.stat().st_size > 10_000 for p in pngs)


def test_a_dyad_chart_spans_every_pairs_periods_whichever_pair_starts_first():
    from entente.relations.charts import dyad_figure

    def row(period, target, events):
        return {"period": period, "source": "PAK", "target": target, "events": events, "goldstein_mean": 1.0,
                "goldstein_se": 0.5 if events > 1 else None}

    # the United States' rows come first but begin later than China's
    series = [row("2022-05", "USA", 3), row("2022-03", "CHN", 1), row("2022-05", "CHN", 4)]
    usa, chn = dyad_figure(series, [("PAK", "USA"), ("PAK", "CHN")], "month", "goldstein_mean", "mean")["data"]
    assert usa["x"] == chn["x"] == ["2022-03-01", "2022-04-01", "2022-05-01"]
    assert usa["y"] == [None, None, 1.0] and chn["y"] == [1.0, None, 1.0]  # April is a gap on both lines
    assert chn["marker"]["symbol"] == ["circle-open", "circle", "circle"]  # one event in March
    assert usa["error_y"]["array"] == [None, None, 1.0] and chn["error_y"]["array"][0] is None


@needs_chromium
def test_report_opens_in_headless_chromium_with_its_charts_drawn(seed_db, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    out = tmp_path / "report.html"
    made = entente("report", "PAK", "--between", "USA", "CHN", "--db", str(seed_db), "--out", str(out),
                   "--png", str(tmp_path / "png"))
    assert made.returncode == 0, made.stderr
    assert sorted(p.name for p in (tmp_path / "png").iterdir()) == ["PAK_USA_CHN_alignment.png",
                                                                    "PAK_USA_CHN_toward.png"]
    html = out.read_text()
    assert "https://" not in html.split("<script>")[0] and "<script src" not in html  # nothing fetched
    with headless_chromium(tmp_path / "profile", height=1600) as driver:
        driver.get(out.as_uri())
        charts = ".js-plotly-plot .main-svg"
        WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, charts)) >= 2)
        points = driver.find_elements(By.CSS_SELECTOR, "#toward .scatterlayer .point")
        assert len(points) >= 3  # two months toward the US, one toward China
        assert "PAK with USA: rose" in driver.find_element(By.TAG_NAME, "body").text
        shot = tmp_path / "report.png"
        driver.save_screenshot(str(shot))
        assert shot.stat().st_size > 20_000
