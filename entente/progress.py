"""The progress bar of a long ingest, on a terminal only: files done of all, documents stored,
rate, time left and rejections so far. A piped or redirected run shows nothing but the summary."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from entente.pipeline import IngestSummary


class IngestProgress:
    """Callable as `on_file` for entente.pipeline.ingest."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.bar = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
            TextColumn("{task.fields[documents]} documents ({task.fields[rate]:.1f}/s)"),
            TimeRemainingColumn(), TextColumn("{task.fields[rejected]} rejected"),
            console=self.console, transient=True)
        self.task = None

    def __enter__(self) -> IngestProgress:
        self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()

    def __call__(self, done: int, total: int, summary: IngestSummary) -> None:
        documents = summary.documents + summary.unchanged
        if self.task is None:
            self.task = self.bar.add_task("ingest", total=total, documents=0, rate=0.0, rejected=0)
        elapsed = self.bar.tasks[0].elapsed or 0.0
        self.bar.update(self.task, completed=done, documents=documents, rejected=len(summary.rejected),
                        rate=documents / elapsed if elapsed else 0.0)


def wanted() -> bool:
    """Only an interactive terminal gets a progress bar."""
    return sys.stderr.isatty()
