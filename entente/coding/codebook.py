"""CAMEO codes: names, Goldstein values and quad classes (data/cameo_codes.csv)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad(self) -> int:
        """GDELT's QuadClass: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict."""
        return quad_class(self.root)


def quad_class(root: str) -> int:
    number = int(root)
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


@lru_cache(maxsize=1)
def codebook() -> dict[str, CameoCode]:
    raw = resources.files("entente.data").joinpath("cameo_codes.csv").read_text()
    rows = csv.DictReader(io.StringIO("\n".join(ln for ln in raw.splitlines() if not ln.startswith("#"))))
    return {r["code"]: CameoCode(r["code"], r["name"], float(r["goldstein"])) for r in rows}
