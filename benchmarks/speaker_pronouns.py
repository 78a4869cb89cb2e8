"""Quote speakers on one long paragraph of "he said": time at 1x and 8x the input.

A pronoun speaker ("…," he said) is resolved to the last person named before it, which may
be a name opening an earlier sentence of the paragraph ("Todd Lynch was there."). Reading
every earlier sentence again for each "he said" made a 64 KB paragraph of them take 2.2 s
(quadratic); the openers are now read once a text. This script builds paragraphs of 8 KB and
64 KB of such sentences, runs the finder on each (best of three, warm) and prints the times
and their ratio (linear: about 8x; the design's budget, 10x the input at most 12x the time).

A second layout carries a "he said" back over paragraphs (see speakers._carried_back): a
long paragraph of narration with no "he said", then a paragraph of "he said" quotes, half the
size each. Whether the narration reports a pronoun's speech is read once a paragraph; read
again for each quote, 107 KB took 9 s.

    python benchmarks/speaker_pronouns.py [--sizes 8000 64000]
"""

from __future__ import annotations

import argparse
import datetime
import time

from factcheck.mentions import find_mentions

UNIT = 'Todd Lynch was there. "We will go on," he said. It rained. '


def paragraph(size: int) -> str:
    return (UNIT * (size // len(UNIT) + 1))[:size].rsplit(". ", 1)[0] + "."


def carried(size: int) -> str:
    """A name, a paragraph of narration, then a paragraph of "he said" quotes."""
    narration = ("It rained hard all day and the roads were closed. " * (size // 100 + 1))[
        : size // 2
    ]
    quotes = ('"We go on," he said. ' * (size // 40 + 1))[: size // 2]
    return "Todd Lynch spoke.\n" + narration.rsplit(". ", 1)[0] + ".\n" + quotes.rsplit(". ", 1)[0]


def best_time(text: str, runs: int = 3, speaker: str | None = "Todd Lynch") -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        found = find_mentions(text, datetime.date(2024, 1, 1))
        best = min(best, time.perf_counter() - started)
    assert any(m.kind == "quote" and m.speaker == speaker for m in found)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[8_000, 64_000])
    small, large = parser.parse_args().sizes
    best_time(paragraph(2_000))  # warm: the finder's patterns and tables
    first, second = best_time(paragraph(small)), best_time(paragraph(large))
    print(f"{small:>7} chars: {first * 1000:8.1f} ms")
    print(f"{large:>7} chars: {second * 1000:8.1f} ms")
    print(f"input x{large / small:.1f}, time x{second / first:.1f}")
    first = best_time(carried(small), speaker=None)
    second = best_time(carried(large), speaker=None)
    print(f"carried over paragraphs, {small:>7} chars: {first * 1000:8.1f} ms")
    print(f"carried over paragraphs, {large:>7} chars: {second * 1000:8.1f} ms")
    print(f"input x{large / small:.1f}, time x{second / first:.1f}")


if __name__ == "__main__":
    main()
