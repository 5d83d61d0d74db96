"""The dashboard: FastAPI pages and a JSON API over entente.explore and entente.relations.

Thin on purpose: each route reads through a read-only DuckDB connection, calls a function a Python
user can call too, and renders it (Jinja2, autoescaped) or returns it as JSON or CSV. Uploads are
ingested into a copy of the store that then replaces it (entente.web.uploads). Scripts come
only from /static (the chart library is served from the plotly package itself); a
Content-Security-Policy forbids inline and remote scripts.
"""

from entente.web.app import create_app

__all__ = ["create_app"]
