"""How many opening characters entente needs to tell a text's language, and what each costs.

Usage: .venv/bin/python bench/language.py

Texts, read in place: the bodies entente extracts from the 181 pages of
../shared/eval-dev/extraction/scrapinghub_aeb (each with the set's language) and the Wikinews
articles of ../shared/corpus/wikinews_2019_2020.jsonl (English). For each sample length (taken as
entente takes it: pieces of the prose from start, middle and end) it prints how many texts
py3langid puts on the wrong side of English, which they are, and the time per text.
entente.ingest.LANGUAGE_SAMPLE_CHARS is the length chosen from these figures.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from entente.ingest import MIN_WORDS_FOR_LANGUAGE, detect_language, read_bytes

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
PAGES = SHARED / "eval-dev" / "extraction" / "scrapinghub_aeb"
WIKINEWS = SHARED / "corpus" / "wikinews_2019_2020.jsonl"
SAMPLES = (600, 900, 1500, 3000, 6000)


def labelled_texts() -> list[tuple[str, str, str]]:
    """(language the source gives, where, text) of every text long enough to be classified."""
    texts = []
    for folder in sorted(p for p in PAGES.iterdir() if p.is_dir()):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        for doc in read_bytes((folder / "page.html").read_bytes(), str(folder)):
            if not isinstance(doc, Exception):
                texts.append((meta.get("lang", "en"), meta["url"], doc.text))
    for line in WIKINEWS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts.append(("en", record["id"], record["text"]))
    return [t for t in texts if len(t[2].split()) >= MIN_WORDS_FOR_LANGUAGE]


def main() -> None:
    texts = labelled_texts()
    print(f"texts: {len(texts)}")
    for chars in SAMPLES:
        start = time.perf_counter()
        found = [detect_language(text, chars) for _, _, text in texts]
        per_text = (time.perf_counter() - start) / len(texts) * 1000
        wrong = [(lang, got, where) for (lang, where, _), got in zip(texts, found) if (lang == "en") != (got == "en")]
        print(f"  {chars:5d} characters: {len(wrong)} on the wrong side of English, {per_text:.2f} ms a text")
        for lang, got, where in wrong:
            print(f"      set says {lang}, found {got}: {where[:80]}")


if __name__ == "__main__":
    main()
