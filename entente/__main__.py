"""`python -m entente` is the `entente` command (the dashboard runs its ingests this way)."""

from entente.cli import run

if __name__ == "__main__":  # a worker process started by spawning imports this module again
    run()
