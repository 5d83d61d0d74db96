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
