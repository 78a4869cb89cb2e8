"""The archive pass on an archive built to make it quadratic: many files correcting one claim
while a value given late conflicts with them.

File 0 gives the property's highest value; N files give distinct figures that agree with
each other; one more gives a value that conflicts with them but is no extreme; then N files
correct file 0. Each corrector's extreme values are file 0's (excused) and agreeing ones, so
the pass must look past them (`archive/index.py`, `_Slot._beyond_excused`). Scanning every
value in order cost N comparisons per corrector (N x N in all); the rank trees
(`archive/rank_tree.py`) cost a few steps of O(log N) each.

    python benchmarks/archive_excused.py [--sizes 1000,2000,4000,8000]

In-process (the index alone, no files): for each N, the time to add the N correctors and
the comparisons they made, and each row's time against the row before (2x the input should
be about 2x the time: at most 2.4x). Reports, never gates; stdlib and factcheck only.
"""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import factcheck.archive.index as index_module
from factcheck.archive.facts import ArchiveFact, FileFacts, Origin
from factcheck.archive.index import ArchiveIndex
from factcheck.consistency.truth import Tolerances
from factcheck.values import NumberValue


def _fact(number: int, value: NumberValue, replaces=None) -> ArchiveFact:
    origin = Origin(f"/archive/claims/{number}.yaml", f"claims/{number}.yaml", None, None)
    return ArchiveFact(
        origin, "c", "swap", "count", "number", value, 1, 1, "words", None, "verified", replaces
    )


def run(files: int) -> tuple[float, int, int]:
    """(seconds, comparisons, findings) of adding `files` correctors to the hostile index."""
    index = ArchiveIndex(frozenset({"swap"}), Tolerances())
    outlier = _fact(0, NumberValue(Decimal(5000)))
    index.add(FileFacts(outlier.origin, (outlier,)))
    for number in range(1, files + 1):
        fact = _fact(number, NumberValue(Decimal(1000) + Decimal(number) / 100, "about"))
        index.add(FileFacts(fact.origin, (fact,)))
    distant = _fact(files + 1, NumberValue(Decimal(2000)))
    index.add(FileFacts(distant.origin, (distant,)))
    correctors = [
        _fact(number, NumberValue(Decimal(1000), "about"), outlier.key)
        for number in range(files + 2, 2 * files + 2)
    ]
    calls = 0
    plain = index_module.conflicting

    def counting(a: object, b: object, tolerances: Tolerances) -> bool:
        nonlocal calls
        calls += 1
        return plain(a, b, tolerances)

    index_module.conflicting = counting
    try:
        start = time.perf_counter()
        findings = sum(len(index.add(FileFacts(f.origin, (f,)))) for f in correctors)
        elapsed = time.perf_counter() - start
    finally:
        index_module.conflicting = plain
    return elapsed, calls, findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000,8000")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"{'correctors':>10}  {'time':>8}  {'ratio':>6}  {'comparisons':>11}  {'per file':>8}")
    before = None
    for size in sizes:
        elapsed, calls, findings = run(size)
        assert findings == size, "each corrector conflicts with the late value"
        ratio = f"{elapsed / before:5.2f}x" if before else "     -"
        print(f"{size:>10,}  {elapsed:7.3f}s  {ratio}  {calls:>11,}  {calls / size:8.1f}")
        before = elapsed
    return 0


if __name__ == "__main__":
    sys.exit(main())
