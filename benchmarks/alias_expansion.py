"""Alias expansion benchmark: what a document with aliases costs, against its own size.

The threat model says output and memory grow with the input's size. Aliases are the one
way a YAML file's built value outgrows its text, so `load_positioned` bounds the expansion
(4 times the file's characters plus 1,000,000). For growing numbers of distinct values,
this script builds the document with as many aliases as the bound allows, and one with ten
times as many (refused before anything is built), and prints for each: the file's size,
the time to load it, the peak memory of loading it (tracemalloc, Python allocations only)
and the size of the loaded value written as JSON, with ratios to the first row.

Run from the repository root, in the venv to measure (stdlib and factcheck only):

    python benchmarks/alias_expansion.py
"""

from __future__ import annotations

import json
import time
import tracemalloc

from factcheck.load.positioned_yaml import (
    EXPANSION_ALLOWANCE,
    EXPANSION_FACTOR,
    YamlProblem,
    load_positioned,
)

SCALAR = "x" * 100


def _document(distinct: int, copies: int) -> str:
    """`distinct` short sources under one anchor, then `copies` aliases of them."""
    shared = ", ".join(f'"{SCALAR}{index}"' for index in range(distinct))
    aliases = ", ".join(["*s"] * copies)
    return f"shared: &s [{shared}]\ncopies: [{aliases}]\n"


def _largest_allowed(distinct: int) -> int:
    """The most copies the bound still allows (the loader decides, by bisection)."""
    low, high = 0, 1
    while _fits(_document(distinct, high)):
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if _fits(_document(distinct, middle)) else (low, middle)
    return low


def _fits(text: str) -> bool:
    try:
        load_positioned(text)
    except YamlProblem:
        return False
    return True


def _measure(text: str) -> tuple[float, int, int, bool]:
    """Seconds to load, peak bytes while loading, JSON characters, and whether refused."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        data, _ = load_positioned(text)
        refused = False
    except YamlProblem:
        data, refused = None, True
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    written = len(json.dumps(data)) if data is not None else 0
    return seconds, peak, written, refused


def main() -> None:
    print(f"bound: {EXPANSION_FACTOR} x file characters + {EXPANSION_ALLOWANCE:,}")
    header = "file chars   load ms   peak MB   JSON chars   refused   (ratios to the first row)"
    print(header)
    first: tuple[int, float, int, int] | None = None
    for distinct in (100, 1_000, 10_000):
        copies = _largest_allowed(distinct)
        # As far as the bound allows, then ten times as many aliases: refused, nothing built.
        for text in (_document(distinct, copies), _document(distinct, copies * 10)):
            seconds, peak, written, refused = _measure(text)
            row = (len(text), seconds, peak, written)
            first = first or row
            ratios = " ".join(
                f"{value / base:.1f}x" if base else "-"
                for value, base in zip(row, first, strict=True)
            )
            print(
                f"{len(text):>10,} {seconds * 1000:>9.1f} {peak / 1e6:>9.1f} {written:>12,} "
                f"{'yes' if refused else 'no':>9}   ({ratios})"
            )


if __name__ == "__main__":
    main()
