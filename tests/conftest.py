import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
WEB = EXAMPLES / "article-web.md"
PDF_TEXT = EXAMPLES / "article-pdf.txt"


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory):
    """Both seed files ingested once into a real DuckDB file."""
    from entente.pipeline import ingest

    db = tmp_path_factory.mktemp("db") / "seeds.duckdb"
    summary = ingest([EXAMPLES], db)
    assert summary.documents == 2
    return db


def write_pdf(path: Path, paragraphs: list[str], header: str = "Asia-Pacific Research") -> Path:
    """A real PDF (reportlab) with a running header and page numbers, three paragraphs a page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in range(0, len(paragraphs), 3):
        y = 800
        pdf.drawString(72, y, header)
        for paragraph in paragraphs[page:page + 3]:
            y -= 30
            words = paragraph.split()
            for k in range(0, len(words), 12):
                pdf.drawString(72, y, " ".join(words[k:k + 12]))
                y -= 14
        pdf.drawString(290, 40, str(page // 3 + 1))
        pdf.showPage()
    pdf.save()
    return path


def write_html(path: Path, paragraphs: list[str], title: str = "Sharif flips ties") -> Path:
    html = (f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article><footer>Copyright 2022</footer></body></html>")
    path.write_text(html, encoding="utf-8")
    return path


def entente(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
    """The `entente` command run in this process, as a finished process (returncode, stdout, stderr):
    spaCy and the dictionary load once per session. What the command does not turn into its one-line
    error is raised here, so a traceback fails the test. tests/test_store_cli.py keeps true
    end-to-end runs of the installed command."""
    from click.testing import CliRunner

    from entente.cli import main

    result = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(CHROMIUM is None,
                                    reason="Debian's chromium is not installed (make test installs it)")


@contextmanager
def headless_chromium(profile: Path, width: int = 1280, height: int = 1400):
    """Debian's Chromium driven by Selenium, headless, with a fresh profile and no network chatter."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
    try:
        driver.set_window_size(width, height)
        yield driver
    finally:
        driver.quit()


# a White House compilation of reactions, each quotation labelled by a link to the post it quotes
REACTIONS_MARKDOWN = """President Trump's plan for peace in Gaza has won praise around the world.

[French President Emmanuel
Macron](https://x.com/EmmanuelMacron/status/1972757527390507343): “I welcome President
@realDonaldTrump’s commitment to ending the war in Gaza.

France stands ready to contribute.”

Sen. [John Barrasso](https://twitter.com/SenJohnBarrasso/status/1976076944396485056): “Today Israel
and Hamas agreed to the first phase of the plan.”

[President Trump](https://truthsocial.com/@realDonaldTrump/posts/113985130949178184): “Japan will
invest in America.”

[A partner](https://www.linkedin.com/feed/update/urn:li:activity:7054126646584365056), [an old
tweet](https://twitter.com/jack/status/20) and [the plan](https://www.whitehouse.gov/plan/).

Rep. Ann Wagner: “I applaud President Trump for his leadership.”

The White House thanked the leaders of Qatar and Egypt.
"""
