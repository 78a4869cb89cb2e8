"""The `factcheck` command and `python -m factcheck`: the collector is set, then the CLI runs.

The collector is set before the command line is imported: importing it and what it needs
creates thousands of objects that live to the end, and the default threshold would scan them
again and again (see `factcheck/collector.py`).
"""

from factcheck.collector import collect_after_start_up


def run() -> int:
    """Run the command line; returns the exit code."""
    collect_after_start_up()
    from factcheck.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
