"""Throughput of raw spaCy, `entente code`, and `entente batch` with 1 and 2 workers, on the same text.

Usage: .venv/bin/python bench/batch.py [--docs N] [--memory-only]

--memory-only: the 2-worker batch alone, for its peak memory per worker on a larger input (memory
must not grow with the input).

Text: the first N White House statements of ../shared/corpus/ (read in place), one file each.
Prints words/s of each and its ratio to raw spaCy (one core), the scaling efficiency of two workers
over one, documents/s of the cheap pass alone, and each worker's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from timing import raw_and_coded  # noqa: E402

from entente import batch  # noqa: E402
from entente.ingest import extract  # noqa: E402
from entente.nlp import load_pipeline  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "whitehouse_briefings_ir.jsonl"


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def warm_worker() -> None:
    from entente.coding import code_text
    from entente.ingest import detect_language

    load_pipeline()
    code_text("Pakistan's foreign minister met the US secretary of state in Washington.", "2022-05-17")
    detect_language("Pakistan's foreign minister met the US secretary of state in Washington on Tuesday " * 3)


def timed_batch(folder: Path, workers: int) -> tuple[float, list[float], float]:
    """Seconds for the whole batch, peak memory of each worker (MB), seconds of the cheap pass."""
    from dask.distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory() as out:
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            # each worker loads spaCy, the dictionary, the lexicon and the language model once, before
            # the clock starts, as a long batch does once for all its tasks
            client.run(warm_worker)
            files = sorted(str(p) for p in folder.iterdir())
            start = time.perf_counter()
            size = batch.task_size(len(files), batch.FILES_PER_TASK)
            chunks = [files[k:k + size] for k in range(0, len(files), size)]
            client.gather([client.submit(batch.cheap_pass, c, k, out, pure=False) for k, c in enumerate(chunks)])
            cheap = time.perf_counter() - start
            found = batch.cluster_stories(Path(out))
            coded = [s for s in found if s["coded_doc_id"]]
            size = batch.task_size(len(coded), batch.STORIES_PER_TASK)
            groups = [coded[k:k + size] for k in range(0, len(coded), size)]
            client.gather([client.submit(batch.expensive_pass, g, out, pure=False) for g in groups])
            total = time.perf_counter() - start
            memory = list(client.run(peak_memory_mb).values())
    return total, memory, cheap


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=120)
    parser.add_argument("--memory-only", action="store_true", help="only the 2-worker batch and its memory")
    args = parser.parse_args()
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:args.docs]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for k, line in enumerate(lines):
            (folder / f"{k:05d}.md").write_text(json.loads(line)["text"], encoding="utf-8")
        texts = [extract(p).text for p in sorted(folder.iterdir())]
        words = sum(len(t.split()) for t in texts)
        print(f"text: {len(texts)} White House statements, {words} words")
        if args.memory_only:
            total, memory, _ = timed_batch(folder, 2)
            print(f"  entente batch, 2 workers: {words / total:8,.0f} words/s; peak memory per worker "
                  f"{max(memory):,.0f} MB (bound {batch.WORKER_MEMORY_BOUND_MB:,} MB)")
            return
        raw, coded, _ = raw_and_coded(texts)
        print(f"  spaCy nlp.pipe:            {raw:8,.0f} words/s")
        print(f"  entente code:              {coded:8,.0f} words/s ({coded / raw:.2f} of raw spaCy)")
        rates = {}
        for workers in (1, 2):
            total, memory, cheap = timed_batch(folder, workers)
            rates[workers] = words / total
            label = f"{workers} worker{'s' if workers > 1 else ' '}"
            print(f"  entente batch, {label}: {rates[workers]:8,.0f} words/s ({rates[workers] / raw:.2f} of raw "
                  f"spaCy); cheap pass {len(texts) / cheap:,.0f} documents/s; peak memory per worker "
                  f"{max(memory):,.0f} MB (bound {batch.WORKER_MEMORY_BOUND_MB:,} MB)")
        speedup = rates[2] / rates[1]
        print(f"  two workers / one worker: {speedup:.2f} (scaling efficiency {speedup / 2:.0%})")


if __name__ == "__main__":
    main()
