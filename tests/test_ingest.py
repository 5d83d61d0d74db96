"""Ingest and clean on the two real renderings of the seed article, and on bad input."""

import difflib
import json
import re
from datetime import date

import pytest

from entente.clean import join_line_break
from entente.errors import InputError
from entente.ingest import extract, read_paths
from entente.ingest.furniture import furniture_kind
from entente.ingest.webpage import title_without_site
from entente.posts import read_posts
from tests.conftest import PDF_TEXT, REACTIONS_MARKDOWN, WEB, write_html, write_pdf

FIRST = "In the run-up to Pakistan prime minister Imran Khan"
LAST = "as it teeters on the brink on both fronts."


@pytest.mark.parametrize("path", [WEB, PDF_TEXT])
def test_seed_body_is_the_article_and_only_the_article(path):
    doc = extract(path)
    assert doc.text.startswith(FIRST)
    assert doc.text.rstrip().endswith(LAST)
    for furniture in ("Global Research", "Image:", "Featured image", "Disclaimer", "Copyright",
                      "share widely", "Translate Website", "Instagram", "**", "\\$", "](#)"):
        assert furniture not in doc.text, furniture
    assert "  " not in doc.text
    assert "no-confidence" in doc.text and "Beijing-sponsored" in doc.text and "so-called" in doc.text
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 30 and all(p == p.strip() for p in paragraphs)
    assert "improved ties with the US, its long-time partner" in doc.text.replace("\u2019", "'")


def test_the_two_renderings_agree_word_for_word():
    def words(text):
        return re.findall(r"\w+", text.replace("\u2019", "'").replace("\u2018", "'"))

    ratio = difflib.SequenceMatcher(None, words(extract(WEB).text), words(extract(PDF_TEXT).text),
                                    autojunk=False).ratio()
    assert ratio >= 0.97


def test_web_copy_metadata():
    doc = extract(WEB)
    assert doc.format == "markdown"
    assert doc.title.startswith("Sharif Flipping Pakistan's US and China Relations")
    assert doc.author == "Salman Rafi Sheikh"
    assert (doc.date, doc.republished) == (date(2022, 5, 24), date(2022, 6, 15))
    assert doc.outlet == "Asia-Pacific Research" and doc.original_source == "Asia Times"
    assert extract(PDF_TEXT).format == "pdftext"


# A White House archive record's markdown, written for this test with what the archive's texts hold:
# a paragraph broken across lines, loose emphasis, a bulleted list, a numbered paragraph, an HTML table with underlines
# and a footnote link, an autolink, a link whose address has an unbalanced bracket, a blank line of
# no-break spaces, and the closing "###".
WHITE_HOUSE_MARKDOWN = """**Readout of President Biden's Meeting with Prime Minister Sharif of
Pakistan**

*More on today's announcements: * The President met Prime Minister
[Shehbaz Sharif](https://bidenwhitehouse.archives.gov/briefing-room/pakistan/) of Pakistan.
\u00a0
The leaders agreed to:

- expand trade under the [Trade and Investment Framework
  Agreement](https://ustr.gov/tifa?utm=a#:~:text=TIFA%20(P) at once;
- restore flood-damaged schools in Sindh.

17\\. The United States and Pakistan condemn the attack in Peshawar.

<table><tr><td><u>Program</u></td><td>Amount<a href="#_ftn1">[1]</a></td></tr>
<tr><td>Flood relief</td><td>$10 million</td></tr></table>

<!-- -->

Slides are posted at <https://bidenwhitehouse.archives.gov/slides.pdf>.

\\###
"""


def test_markdown_records_are_read_by_a_markdown_parser(tmp_path):
    line = {"id": "wh:1", "date": "2022-09-26", "format": "markdown", "text": WHITE_HOUSE_MARKDOWN}
    path = tmp_path / "statements.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (doc,) = list(read_paths([path]))
    assert doc.text.split("\n\n") == [
        "Readout of President Biden's Meeting with Prime Minister Sharif of Pakistan",
        "More on today's announcements: The President met Prime Minister Shehbaz Sharif of Pakistan.",
        "The leaders agreed to:",
        "expand trade under the Trade and Investment Framework Agreement at once;",
        "restore flood-damaged schools in Sindh.",
        "The United States and Pakistan condemn the attack in Peshawar.",  # the writer's number gone
        "Program | Amount[1]",
        "Flood relief | $10 million",
        "Slides are posted at.",
    ]


def test_a_link_to_a_post_keeps_the_day_its_address_says(tmp_path):
    # X's ids since 2010 hold the time in their high bits (as do Truth Social's and LinkedIn's):
    # 1972757527390507343 was posted on 29 September 2025; a counter id from 2006 and a page say no day
    line = {"id": "wh:2", "date": "2025-10-14", "format": "markdown", "text": REACTIONS_MARKDOWN}
    path = tmp_path / "reactions.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (doc,) = list(read_paths([path]))
    assert doc.posts.splitlines() == [
        "2025-09-29 French President Emmanuel Macron", "2025-10-09 John Barrasso", "2025-02-11 President Trump",
        "2023-04-18 A partner"]
    assert "](" not in doc.text and "Sen. John Barrasso: “Today Israel and Hamas" in doc.text
    # a post made after the document was written is none it quotes
    assert read_posts(doc.posts, date(2025, 10, 1)) == {
        "French President Emmanuel Macron": (date(2025, 9, 29),), "President Trump": (date(2025, 2, 11),),
        "A partner": (date(2023, 4, 18),)}


def test_a_quotation_is_stored_dated_by_the_post_it_links_to(tmp_path):
    import duckdb

    from entente.pipeline import ingest

    path = tmp_path / "reactions.jsonl"
    line = {"id": "wh:2", "date": "2025-10-14", "format": "markdown", "text": REACTIONS_MARKDOWN,
            "url": "https://www.whitehouse.gov/articles/2025/10/praise/"}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    db = tmp_path / "e.duckdb"
    ingest([path], db)
    con = duckdb.connect(str(db))
    dated = {(source, code[:2], when, precision) for source, code, when, precision in con.execute(
        "SELECT source_code, code, date, date_precision FROM events").fetchall()}
    # Macron's welcome and the quotation's next paragraph are his post's, and so is the Truth Social
    # post's intent; "today" in Barrasso's is his post's day; an unlinked label is the compilation's;
    # what the compilation (a White House "Article": entente.retellings) tells as done after the
    # quotations was done on or before its day
    assert {("FRAGOV", "05", "2025-09-29", "day"), ("FRA", "03", "2025-09-29", "day"),
            ("JPN", "03", "2025-02-11", "day"), ("USALEG", "05", "2025-10-14", "document"),
            ("USAGOV", "05", "2025-10-14", "before")} <= dated, dated
    assert {when for source, _, when, _ in dated if source in ("ISR", "PSEINS")} == {"2025-10-09"}, dated
    assert con.execute("SELECT posts FROM documents").fetchone()[0].startswith("2025-09-29 French President")


def test_each_quotation_is_dated_by_its_own_post_and_what_it_tells_as_done_before_it(tmp_path):
    from entente.coding import code_texts

    # a compilation quotes Starmer's post of the deal (9 October) and, further on, his post of the
    # signing (13 October), each label linking its own post
    text = ("# Acclaim\n\n[Prime Minister Keir Starmer](https://x.com/Keir_Starmer/status/1976169698791395611): "
            "“I welcome the deal. We call on Israel and Hamas to end the war.”\n\n"
            "[Chancellor Friedrich Merz](https://x.com/bundeskanzler/status/1977709990180139329): "
            "“I thank President Trump. Germany sent aid to Gaza.”\n\n"
            "[Prime Minister Keir Starmer](https://x.com/Keir_Starmer/status/1977706180812787957): "
            "“I thank President Trump for his leadership.”\n")
    path = tmp_path / "acclaim.md"
    path.write_text(text, encoding="utf-8")
    (doc,) = list(read_paths([path]))
    assert [line[:10] for line in doc.posts.splitlines()] == ["2025-10-09", "2025-10-13", "2025-10-13"]
    events = next(code_texts([(doc.text, "2025-10-14", "d", None, doc.posts)])).events
    dated = {(e.source.code, e.code[:2], e.date) for e in events}
    assert {("GBRGOV", "02", "2025-10-09"), ("GBRGOV", "05", "2025-10-13"),
            ("DEUGOV", "05", "2025-10-13")} <= dated, dated
    # what the post tells as done was done on or before the day it was posted, as a speaker's act
    assert {(e.code[:2], e.date, e.date_precision) for e in events if e.source.code == "DEU"} == {
        ("07", "2025-10-13", "before")}, events
    # the same words labelling more lines than they link posts say no day: the compilation's
    extra = doc.text + "\n\nPrime Minister Keir Starmer: “We thank Egypt.”"
    events = next(code_texts([(extra, "2025-10-14", "d", None, doc.posts)])).events
    assert {e.date for e in events if e.source.code == "GBRGOV"} == {"2025-10-14"}, events
    # unless all but one of their posts were made after the document: those it does not quote
    posts = "2025-10-09 Prime Minister Keir Starmer\n2025-10-20 Prime Minister Keir Starmer"
    events = next(code_texts([("Prime Minister Keir Starmer: “Britain sent aid to Gaza.”", "2025-10-14", "d",
                                None, posts)])).events
    assert {(e.code[:2], e.date, e.date_precision) for e in events} == {("07", "2025-10-09", "before")}, events
    # and lines labelled as many times as the words link posts made by then take those in turn
    posts = "2025-10-09 Prime Minister Keir Starmer\n2025-10-12 Prime Minister Keir Starmer\n" \
            "2025-10-20 Prime Minister Keir Starmer"
    text = "Prime Minister Keir Starmer: “Britain sent aid to Gaza.”\n\nPrime Minister Keir Starmer: “I thank Egypt.”"
    events = next(code_texts([(text, "2025-10-14", "d", None, posts)])).events
    assert {(e.code[:2], e.date) for e in events} == {("07", "2025-10-09"), ("05", "2025-10-12")}, events


def test_markdown_keeps_every_sentence_of_its_prose_and_html():
    from entente.ingest.readers import read_markdown

    text = read_markdown(
        "# Talks\n\n2022. That year the war began.\n\nThe envoy spoke.\n---\n\n"
        "- Troops withdrew from Kyiv\n- Russia shelled Kharkiv\n\n"
        "<div><p>Ukraine asked for arms.</p>Poland sent tanks.<script>var t = 1;</script></div>\n"
        "The talks went on.\n\n<!-- note --> Kyiv thanked Warsaw.")["text"]
    assert text.split("\n\n") == [
        "2022. That year the war began.", "The envoy spoke.",  # a year is no list number, "---" no heading
        "Troops withdrew from Kyiv", "Russia shelled Kharkiv",  # items stay apart
        "Ukraine asked for arms.", "Poland sent tanks.", "The talks went on.", "Kyiv thanked Warsaw."]


def test_a_declared_charset_counts_only_where_it_decides(tmp_path):
    # a page that declares UTF-8 but is written in cp1252: the declaration was wrong
    page = tmp_path / "page.html"
    page.write_bytes(write_html(tmp_path / "x.html", [FIRST + " said the envoy at the Café “Roma”."] * 4)
                     .read_text(encoding="utf-8").replace("<head>", '<head><meta charset="utf-8">').encode("cp1252"))
    assert "Café “Roma”" in extract(page).text
    # a JSONL file quoting a page's KOI8-R declaration is not KOI8-R
    lines = [{"id": "a", "html": '<html><head><meta charset="koi8-r"></head></html>'},
             {"id": "b", "text": "The envoy met the minister at the Café “Roma” in Islamabad on Tuesday."}]
    path = tmp_path / "docs.jsonl"
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines).encode("cp1252"))
    docs = [d for d in read_paths([path]) if not isinstance(d, InputError)]
    assert [d.text for d in docs] == [lines[1]["text"]]


def test_line_end_hyphens_rejoin_only_split_words():
    assert join_line_break("the govern-", "ment said") == "the government said"
    assert join_line_break("a no-", "confidence vote") == "a no-confidence vote"
    assert join_line_break("so-", "called camps") == "so-called camps"


@pytest.mark.parametrize("paragraph, kind", [
    ("Sign up for our free daily newsletter.", "newsletter"),
    ("Get the day's top headlines delivered to your inbox by subscribing to our newsletters.", "newsletter"),
    ("Pick Six Newsletter", "newsletter"),
    ("Pakistan's foreign minister met Antony Blinken in Washington. Image: Twitter", "caption"),
    ("Copyright © Salman Rafi Sheikh, Asia Times, 2022", "legal"),
    # the article's own sentences, though they use furniture's words
    ("The newsletter, which has 40,000 subscribers, reported that the ministry had signed the "
     "contract in March, and the ministry has since asked readers to register complaints.", None),
    ("You can also subscribe to this newsletter here.", None),
    ("Q: Where was the summit held? A: In Islamabad, where the two foreign ministers met for three hours "
     "and agreed to resume talks on trade, visas and the border crossings that were closed in 2019 after "
     "the attack, and they will meet again in Beijing in the spring. Photo: Reuters", None),
    ("© Reuters", None),
    ("Main image credit: Getty", None),
    ("* * *", "separator"),
    ("(Photo: Reuters)", "caption"),
    ("Bilawal Bhutto Zardari and Antony Blinken meet in Washington. (Photo: Reuters)", "caption"),
    ("Become a Member of Global Research", "membership_comment"),
    ("Visit and follow us on Instagram, Twitter and Facebook.", "share_follow"),
    # stories that use a notice's or a prompt's words
    ("The court ruled that the copying of the articles was fair use.", None),
    ("The lawsuit says the dataset contains copyrighted material from Pakistani newspapers.", None),
    ("Diplomats were ordered to stop subscribing to the newsletter published by the opposition party.", None),
    ("Become a member of NATO, Zelensky urged the parliament in Kyiv.", None),
    ("Support our troops, the banners in Lahore said.", None),
    ("He told his supporters to follow us on the path of freedom.", None),
])
def test_furniture_is_a_short_paragraph_of_its_kind(paragraph, kind):
    assert furniture_kind(paragraph) == kind


def test_real_pdf_is_read(tmp_path):
    path = write_pdf(tmp_path / "article.pdf", extract(PDF_TEXT).text.split("\n\n")[:6])
    doc = extract(path)
    assert doc.format == "pdf"
    assert doc.text.startswith(FIRST)
    assert "Asia-Pacific Research" not in doc.text  # running header removed
    assert not re.search(r"(?m)^\d+$", doc.text)  # page numbers removed


def test_html_page_is_read(tmp_path):
    # the name says nothing: the content tells the format
    path = write_html(tmp_path / "page.bin", extract(WEB).text.split("\n\n")[:8])
    doc = extract(path)
    assert doc.format == "html" and doc.text.startswith(FIRST) and "Home | World" not in doc.text


def test_a_table_of_data_is_read_as_rows_and_a_layout_table_as_paragraphs(tmp_path):
    paragraphs = extract(WEB).text.split("\n\n")[:6]
    results = ("<table><thead><tr><th>Country</th><th>Votes for</th><th>Votes against</th></tr></thead>"
               "<tr><td>Pakistan</td><td>141</td><td>5</td></tr><tr><td>China</td><td>35</td><td>12</td></tr></table>")
    page = tmp_path / "data.html"
    page.write_text(f"<html><head><title>Votes</title></head><body><article><h1>Votes</h1><p>{paragraphs[0]}</p>"
                    f"{results}" + "".join(f"<p>{p}</p>" for p in paragraphs[1:]) + "</article></body></html>",
                    encoding="utf-8")
    text = extract(page).text
    assert "Country | Votes for | Votes against\n\nPakistan | 141 | 5\n\nChina | 35 | 12" in text
    assert "---" not in text and "| Pakistan" not in text

    # an old site's page: the article in a cell beside a cell of links, its paragraphs apart
    layout = tmp_path / "layout.html"
    layout.write_text("<html><head><title>Sharif</title></head><body><table><tr><td><a href='/'>Home</a><br>"
                      "<a href='/w'>World</a></td><td><h1>Sharif</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                      + "</td></tr></table></body></html>", encoding="utf-8")
    assert extract(layout).text.split("\n\n") == paragraphs

    # a grid of links to other stories is the page's, not the article's: none of it is coded
    related = ("<table><tr><td><a href='/1'>India accuses Pakistan of shelling villages in Kashmir</a></td>"
               "<td><a href='/2'>US imposes sanctions on Iranian oil exports</a></td></tr><tr><td><a href='/3'>Russia "
               "expels four Polish diplomats</a></td><td><a href='/4'>China threatens Taiwan</a></td></tr></table>")
    linked = tmp_path / "related.html"
    linked.write_text("<html><head><title>Sharif</title></head><body><article><h1>Sharif</h1>" + "".join(
        f"<p>{p}</p>" for p in paragraphs) + f"<h3>Related</h3>{related}</article></body></html>", encoding="utf-8")
    assert "Kashmir" not in extract(linked).text and "Polish" not in extract(linked).text

    # an empty cell keeps the values under their columns; a cell's own "|" is written "/"
    grid = tmp_path / "grid.html"
    grid.write_text(f"<html><head><title>Seats</title></head><body><article><h1>Seats</h1><p>{paragraphs[0]}</p>"
                    "<table><tr><th></th><th>2018</th><th>2024</th></tr><tr><td>PML-N | PPP</td><td></td><td>75</td>"
                    "</tr><tr><td>PTI</td><td>116</td><td>93</td></tr></table>"
                    + "".join(f"<p>{p}</p>" for p in paragraphs[1:]) + "</article></body></html>", encoding="utf-8")
    text = extract(grid).text
    assert "| 2018 | 2024\n\nPML-N / PPP | | 75\n\nPTI | 116 | 93" in text, text

    # a data table may link its names: its figures are no links
    linked_names = tmp_path / "standings.html"
    linked_names.write_text(f"<html><head><title>Seats</title></head><body><article><h1>Seats</h1><p>{paragraphs[0]}</p>"
                            "<table><tr><th>Leader</th><th>Seats</th></tr><tr><td><a href='/a'>Imran Ahmed Khan "
                            "Niazi</a></td><td>116</td></tr><tr><td><a href='/b'>Mian Muhammad Shehbaz Sharif</a></td>"
                            "<td>75</td></tr></table>" + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
                            + "</article></body></html>", encoding="utf-8")
    assert "Imran Ahmed Khan Niazi | 116" in extract(linked_names).text


@pytest.mark.parametrize("text", [
    "Pakistan’s “reset” with the US — and China’s silence.\nKhan\u00e2\u20ac\u2122s accusation",  # cp1252
    "Khan\u0432\u0402\u2122s accusation\nthe \ufb01rst visit",  # cp1251 misread, a PDF's ligature
    "K\u221a\u2202ln and voil\u221a\u2020",  # MacRoman misread
    "First line\r\nSecond line",
    "if a < b\nAT&amp;T",  # once a line holds "<", entities are markup's and stay
    "AT&amp;T said",
    "caf\u00c3\u00a9 in Lahore\n\nnext",
    "Ita\u0302\u20ac\u2122s a deal in Lahore",  # decomposed ("a" and its circumflex), composed then mended
])
def test_mojibake_is_mended_as_ftfy_mends_it(text):
    import unicodedata

    import ftfy

    from entente.clean import fix_encoding

    assert fix_encoding(text) == unicodedata.normalize("NFC", ftfy.fix_text(text, uncurl_quotes=False))
    assert "\u00e2\u20ac" not in fix_encoding(text) and "\u221a" not in fix_encoding(text)


def test_an_english_article_opened_by_a_table_or_a_quote_in_french_is_english(tmp_path):
    body = extract(WEB).text
    table = "\n\n".join(["Candidate | Party | Constituency"] + [f"{name} | {party} | NA-{k}" for k, (name, party) in
                          enumerate([("Imran Khan", "PTI"), ("Shehbaz Sharif", "PML-N"), ("Asif Ali Zardari", "PPP"),
                                     ("Maryam Nawaz", "PML-N"), ("Asad Umar", "PTI")] * 4)])
    french = ("Le ministre des Affaires étrangères du Pakistan a rencontré son homologue chinois à Islamabad samedi "
              "pour discuter du corridor économique et de la sécurité à la frontière. ") * 3
    for opening in (table, french):
        path = tmp_path / "article.txt"
        path.write_text(opening + "\n\n" + body, encoding="utf-8")
        assert extract(path).lang == "en"


def test_encodings_are_read(tmp_path):
    text = extract(WEB).text
    for encoding in ("utf-16", "cp1252"):
        path = tmp_path / f"article.{encoding}.txt"
        path.write_bytes(text.encode(encoding, errors="replace"))
        assert extract(path).text.split()[:8] == text.split()[:8]


@pytest.mark.parametrize("title,site,url,expected", [
    ("Pakistan and US agree to expand trade - Dawn News", "Dawn News", "https://www.dawn.com/news/1",
     "Pakistan and US agree to expand trade"),
    ("Reuters | China recalls staff from Confucius Institutes", "Reuters", None,
     "China recalls staff from Confucius Institutes"),
    ("Sharif meets Biden – Flipping Ties – VG247", None, "https://www.vg247.com/2022/05/",
     "Sharif meets Biden – Flipping Ties"),
    # a part that only contains the site's name, or names a section, is the title's own
    ("The Guardian view on Pakistan: a reset | Editorial", "The Guardian", "https://www.theguardian.com/x",
     "The Guardian view on Pakistan: a reset | Editorial"),
    ("Opinion | Pakistan - US relations", "NYTimes", "https://www.nytimes.com/x", "Opinion | Pakistan - US relations"),
])
def test_a_page_title_loses_the_sites_name(title, site, url, expected):
    assert title_without_site(title, site, url) == expected


def test_an_html_page_title_is_the_articles(tmp_path):
    path = write_html(tmp_path / "page.html", extract(WEB).text.split("\n\n")[:8],
                      title="Sharif flips ties - Asia Times")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta property="og:site_name" content="Asia Times">'), encoding="utf-8")
    assert extract(path).title == "Sharif flips ties"


# Pages written for this test in the languages their charsets serve, each declaring its charset
# the way real pages do; the words are news of the kind entente reads.
RUSSIAN = ["Министр иностранных дел России встретился с послом Пакистана в Москве во вторник.",
           "Стороны обсудили торговлю, поставки энергии и положение в Афганистане после вывода войск."]
JAPANESE = ["日本の外務大臣は火曜日に東京でパキスタンの大使と会談した。",
            "両国は貿易とエネルギーの供給、そしてアフガニスタンの情勢について話し合った。"]


@pytest.mark.parametrize("encoding,declaration,paragraphs,lang", [
    ("koi8-r", '<meta charset="koi8-r">', RUSSIAN, "ru"),
    ("shift_jis", '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', JAPANESE, "ja"),
])
def test_a_page_in_its_declared_charset_is_read_as_written(tmp_path, encoding, declaration, paragraphs, lang):
    body = "".join(f"<p>{p}</p>" for p in paragraphs * 3)
    page = (f"<html><head>{declaration}<title>{paragraphs[0][:20]}</title></head>"
            f"<body><article>{body}</article></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    doc = extract(path)
    assert doc.format == "html" and doc.lang == lang
    assert paragraphs[0] in doc.text and paragraphs[1] in doc.text


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (bytes(range(256)) * 20, "binary"),
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "PDF"),
])
def test_bad_files_are_named_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.dat"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        extract(path)
    assert str(path) in str(info.value) and reason in str(info.value)


def test_a_batch_goes_on_past_bad_input(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    lines = [json.dumps({"id": "a", "text": extract(WEB).text}), "{not json", json.dumps({"id": "b"})]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines))
    (tmp_path / "big.txt").write_text("x " * 5000)
    items = list(read_paths([tmp_path], max_bytes=9000))
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if not isinstance(i, InputError)]
    assert len(docs) == 1 and docs[0].text.startswith(FIRST)
    reasons = " ".join(str(e) for e in errors)
    assert "corpus.jsonl:2" in reasons and "corpus.jsonl:3" in reasons
    assert "empty file" in reasons and "too large" in reasons


GERMAN = ("Die Regierung in Islamabad hat am Dienstag neue Gespräche mit dem Internationalen "
          "Währungsfonds angekündigt. Der Finanzminister sagte, das Land brauche dringend neue Kredite, "
          "weil die Devisenreserven stark gesunken seien und die Inflation weiter steige.")
JAPANESE = ("パキスタン政府は火曜日、国際通貨基金との新たな協議を発表した。"
            "財務大臣は、外貨準備が大幅に減少し、インフレが続いているため、新たな融資が緊急に必要だと述べた。")


@pytest.mark.parametrize("text,lang", [(GERMAN, "de"), (JAPANESE, "ja")])
def test_non_english_is_identified_even_without_spaces(tmp_path, text, lang):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert extract(path).lang == lang


def test_non_english_is_stored_flagged_and_not_coded(tmp_path):
    import duckdb

    from entente.pipeline import ingest

    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    db = tmp_path / "e.duckdb"
    summary = ingest([tmp_path / "de.txt", WEB], db)
    assert summary.documents == 2 and summary.not_english == 1
    assert "de.txt" in str(summary.flagged[0]) and "de" in str(summary.flagged[0])
    con = duckdb.connect(str(db))
    langs = dict(con.execute("SELECT lang, count(*) FROM documents GROUP BY lang").fetchall())
    assert langs == {"de": 1, "en": 1}
    coded = con.execute("SELECT DISTINCT d.lang FROM events e JOIN documents d USING (doc_id)").fetchall()
    assert coded == [("en",)]


def write_encrypted_pdf(path, text: str):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), encrypt="a-password")
    pdf.drawString(72, 800, text)
    pdf.showPage()
    pdf.save()
    return path


def test_encrypted_pdf_and_page_without_article_are_named(tmp_path):
    encrypted = write_encrypted_pdf(tmp_path / "locked.pdf", FIRST)
    with pytest.raises(InputError) as info:
        extract(encrypted)
    assert "locked.pdf" in str(info.value) and "encrypted PDF" in str(info.value)
    empty_page = tmp_path / "menu.html"
    empty_page.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                          "</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as info:
        extract(empty_page)
    assert "menu.html" in str(info.value) and "no article" in str(info.value)


def test_a_batch_of_every_bad_input_stores_every_good_file(tmp_path):
    import os

    import duckdb

    from entente.pipeline import ingest

    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.dat").write_bytes(bytes(range(256)) * 20)
    (folder / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    write_encrypted_pdf(folder / "locked.pdf", FIRST)
    (folder / "huge.txt").write_text("word " * 30000)
    (folder / "menu.html").write_text("<html><body><nav>Home</nav></body></html>")
    lines = [json.dumps({"id": "a", "text": extract(WEB).text}), "{not json"]
    (folder / "corpus.jsonl").write_text("\n".join(lines))
    write_pdf(folder / "good.pdf", extract(PDF_TEXT).text.split("\n\n")[:6])
    locked = folder / "locked_folder"
    locked.mkdir()
    (locked / "inside.txt").write_text("hidden")
    os.chmod(locked, 0)
    try:
        summary = ingest([folder], tmp_path / "e.duckdb", max_bytes=100_000)
    finally:
        os.chmod(locked, 0o755)
    reasons = "\n".join(str(r) for r in summary.rejected)
    for name, reason in [("empty.txt", "empty"), ("binary.dat", "binary"), ("truncated.pdf", "PDF"),
                         ("locked.pdf", "encrypted"), ("huge.txt", "too large"), ("menu.html", "no article"),
                         ("corpus.jsonl:2", "malformed")]:
        assert any(name in line and reason in line for line in reasons.splitlines()), (name, reasons)
    root = os.geteuid() == 0  # root reads any folder
    assert root or "locked_folder" in reasons
    con = duckdb.connect(str(tmp_path / "e.duckdb"))
    # the JSONL article and the PDF (and, for root, the text in the locked folder)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2 + root
    assert con.execute("SELECT count(*) FROM rejected").fetchone()[0] == len(summary.rejected)


def test_warc_gz_of_html_responses(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from entente.ingest import read_path

    article = write_html(tmp_path / "a.html", extract(WEB).text.split("\n\n")[:10]).read_bytes()
    menu = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body in (("https://example.org/sharif", article), ("https://example.org/menu", menu)):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                          http_headers=headers))
    items = list(read_path(path))
    documents = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(documents) == 1 and documents[0].format == "html" and documents[0].text.startswith(FIRST)
    assert documents[0].url == "https://example.org/sharif"
    assert len(errors) == 1 and "menu" in errors[0].path and "no article" in errors[0].reason
