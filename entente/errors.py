"""Error types. The CLI turns each into one line on stderr and a non-zero exit."""

from __future__ import annotations


class EntenteError(Exception):
    """Base of every error entente raises on purpose."""


class InputError(EntenteError):
    """A file or record that cannot be read as an article; names the file and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(EntenteError):
    """A database file that cannot be opened: missing, locked by another writer, or not DuckDB."""


class NotEnglishError(InputError):
    """An article in another language: stored and flagged, never coded."""

    def __init__(self, path: str, lang: str):
        super().__init__(path, f"not English (language identified as '{lang}'); stored, not coded")
        self.lang = lang


class CodingFault(InputError):
    """A document one of entente's rules raised on: not stored, said with its file, and the batch goes
    on (an ingest run again once the fault is mended codes it)."""
