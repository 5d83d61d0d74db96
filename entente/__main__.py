"""`python -m entente` is the `entente` command (the dashboard runs its ingests this way)."""

from entente.cli import run

run()
