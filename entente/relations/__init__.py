"""Relations: events turned into measures over time, for the CLI, the reports and notebooks.

dyad_series / country_dyads: counts and Goldstein scores by period; alignment: where an actor stands
between two others; shift: the turning points; export: GDELT, PLOVER and Parquet; report: HTML and PNG.
"""

from entente.relations.alignment import alignment
from entente.relations.series import country_dyads, dyad_series, event_filter, event_rows
from entente.relations.shift import change_points, shift

__all__ = ["alignment", "change_points", "country_dyads", "dyad_series", "event_filter", "event_rows", "shift"]
