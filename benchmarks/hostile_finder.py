"""Hostile input for the mention finder's patterns: time and memory per KB at 1x, 4x and 16x.

Whoever opens a pull request writes the article, so every pattern family of the finder
(people, places, numbers, dates, speakers, quotes, times, plain Markdown splitting) must cost
time and memory in proportion to the text. For each family this script builds an article that
piles up what its patterns look at (20,000 capitalised words, "Premier of A and B of C and"
chains, ", MI 49064" ten thousand times, "US-China-Russia-..." hyphen chains, unclosed quotes,
thousands of "he said" in one paragraph, nested Markdown markers ...) at three sizes, runs
`find_mentions(text, anchor, references=True)` on it (the Markdown families go through
`read_article` first, as verify does) and prints, per size, the KB, the milliseconds, the ms
per KB, and the ratio of the 16x time to the 1x time: linear work gives about 16, quadratic
work about 256. A second pass measures the peak of Python allocations (tracemalloc) at 1x and
16x and prints their ratio the same way.

Run from the repository root, in the venv to measure (stdlib + factcheck):

    python benchmarks/hostile_finder.py [--only NAME ...] [--scale N] [--runs N] [--no-memory]

`--scale` multiplies every size (default 1). A family whose 4x run takes more than
`--give-up` seconds (default 20) is not run at 16x: the row says "skipped" and the ratio is
extrapolated from 1x and 4x (marked "~"). The benchmark reports, it does not gate: a test
per fixed family holds its work linear by counting (tests/test_linear_hostile.py).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ANCHOR = datetime.date(2025, 6, 27)
WORDS = ["Alder", "Birch", "Cedar", "Dover", "Elgin", "Falk", "Garnet", "Harlow"]
COUNTRIES = ["US", "China", "Russia", "Iran", "India", "France", "Japan", "Brazil"]
STATES = ["Ohio", "Texas", "Maine", "Iowa"]
FRONT = "---\ntitle: Hostile input\npublished: 2025-06-27T22:57:00+03:00\n---\n\n"


def _cycle(items: list[str], n: int) -> list[str]:
    return [items[i % len(items)] for i in range(n)]


# Each family: (how it is read, builder of its text for n units). "text" goes straight to
# find_mentions; "markdown" is written to a .md file and read as verify reads it.
FAMILIES: dict[str, tuple[str, Callable[[int], str]]] = {
    # People
    "capitalised paragraph": ("text", lambda n: " ".join(_cycle(WORDS, n)) + "."),
    "capitals line": ("text", lambda n: " ".join(w.upper() for w in _cycle(WORDS, n))),
    "headline case title run": (
        "text",
        lambda n: " ".join(_cycle(["Premier", "Minister", "Alder", "Says"], n)),
    ),
    "premier of A and B of C": (
        "text",
        lambda n: "Premier of " + " and ".join(f"{w} of {w}" for w in _cycle(WORDS, n)) + ".",
    ),
    "bylines": ("text", lambda n: "By " + ", ".join(_cycle(WORDS, n)) + " Lee\n"),
    "named X as": ("text", lambda n: "They named " + " as ".join(_cycle(WORDS, n)) + "."),
    "appositions": (
        "text",
        lambda n: " ".join(f"{w} Lee, the minister of {w}," for w in _cycle(WORDS, n)) + " left.",
    ),
    "and run": ("text", lambda n: "Alder " + " ".join(["and"] * n) + " Birch."),
    # Places
    "comma Ohio": ("text", lambda n: "Dayton" + ", Ohio" * n + "."),
    "comma state postal": ("text", lambda n: "Kalamazoo" + ", MI 49064" * n + "."),
    "city state list": (
        "text",
        lambda n: (
            ", ".join(f"{w}, {s}" for w, s in zip(_cycle(WORDS, n), _cycle(STATES, n), strict=True))
            + "."
        ),
    ),
    "hyphen countries": ("text", lambda n: "-".join(_cycle(COUNTRIES, n)) + " talks."),
    "headline verb places": (
        "text",
        lambda n: " ".join(_cycle(["Russia", "Says", "China", "Warns", "Iran", "Hits"], n)),
    ),
    # Numbers
    "digits and dots": ("text", lambda n: ".".join(str(i % 10) for i in range(n))),
    "digit run": ("text", lambda n: "1" * n),
    "lines of digits and dots": ("text", lambda n: "1.2.3.4.5\n" * (n // 4 + 1)),
    "coordinates": ("text", lambda n: " ".join(["45.1°N, 12.3°E"] * n)),
    "citations": ("text", lambda n: "Alder left." + "[1]" * n + " Then"),
    "addresses": ("text", lambda n: " ".join(["1600 Pennsylvania Avenue NW"] * n)),
    "identifiers": ("text", lambda n: "No. " + "-".join(["2019", "041"] * (n // 2 + 1))),
    "figure chains": ("text", lambda n: " to ".join(["1,200"] * n) + " people."),
    # Dates
    "date ranges": ("text", lambda n: "June " + "-".join(str(i % 28 + 1) for i in range(n))),
    "year ranges": ("text", lambda n: "from " + " to ".join(["2019"] * n)),
    "the year": ("text", lambda n: " ".join(["the year"] * n) + "."),
    "that same year": ("text", lambda n: " ".join(["that same year,"] * n) + " 2019."),
    "vague durations": ("text", lambda n: " ".join(["several days and"] * n) + " years."),
    "centuries": ("text", lambda n: " and ".join(["19th"] * n) + " centuries."),
    "seasons": ("text", lambda n: " ".join(_cycle(["spring", "summer", "autumn", "winter"], n))),
    "dates in one sentence": ("text", lambda n: "Alder said he left on June 2 and " * n + "."),
    "weekdays in one sentence": ("text", lambda n: "they met on Tuesday and " * n + "left."),
    "month words": ("text", lambda n: " ".join(_cycle(["June", "May", "March", "and"], n))),
    # Times
    "times with zones": ("text", lambda n: " ".join(["10:57 p.m. EST"] * n) + "."),
    "clock run": ("text", lambda n: ":".join(["10"] * n)),
    # Quotes and speakers
    "unclosed quotes": ("text", lambda n: " ".join(['"Alder'] * n) + "."),
    "he said": ("text", lambda n: " ".join(['"Go," he said.'] * n)),
    "said openers": ("text", lambda n: "Alder Lee said " + "that " * n + "it ended."),
    "according to": ("text", lambda n: " ".join(["according to Alder Lee,"] * n) + " it ended."),
    "quote marks only": ("text", lambda n: '"' * n),
    "said name chains": ("text", lambda n: " ".join(['"Go," said Alder Lee, chief of Birch.'] * n)),
    "acronym titles": ("text", lambda n: " ".join(["Ann Lee, (UNHCR) Executive Director,"] * n)),
    # Plain Markdown splitting and the Markdown reader
    "markdown nested markers": ("markdown", lambda n: "*" * n + "Alder" + "*" * n + "\n"),
    "markdown underscores": ("markdown", lambda n: "_a" * n + "\n"),
    "markdown quotes": ("markdown", lambda n: "> " * n + "Alder\n"),
    "markdown brackets": ("markdown", lambda n: "[" * n + "Alder" + "]" * n + "\n"),
    "markdown lines": ("markdown", lambda n: "Alder left.\n" * n),
    "markdown one paragraph": (
        "markdown",
        lambda n: "Alder said he left on June 2 and " * n + "\n",
    ),
    "markdown comments": ("markdown", lambda n: "<!--\n" * n + "Alder\n"),
}
# Units per family at 1x: about 4 to 16 KB of text each.
BASE = 2_000


def text_of(kind: str, body: str, folder: Path) -> tuple[str, datetime.date]:
    """The normalized text ``find_mentions`` reads for this family's article."""
    if kind == "text":
        # A new string object each run: the value readers keep their answers for the last
        # text they read (by identity), so a reused object made later runs of a size cheap.
        return "".join(list(body)), ANCHOR
    from factcheck.article.reader import read_article
    from factcheck.safe_paths import ReadPolicy

    path = folder / "article.md"
    path.write_text(FRONT + body, encoding="utf-8")
    article = read_article(path, "article.md", policy=ReadPolicy.at(folder))
    return article.text.text, ANCHOR


def run_once(kind: str, body: str, folder: Path) -> float:
    """Seconds to read (Markdown) and find every mention of one article."""
    from factcheck.mentions import find_mentions

    gc.collect()
    start = time.perf_counter()
    text, anchor = text_of(kind, body, folder)
    find_mentions(text, anchor, references=True)
    return time.perf_counter() - start


def peak_once(kind: str, body: str, folder: Path) -> int:
    """Peak bytes of Python allocations while reading and finding (tracemalloc)."""
    from factcheck.mentions import find_mentions

    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    text, anchor = text_of(kind, body, folder)
    find_mentions(text, anchor, references=True)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="family names (substring match)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3, help="runs at 1x and 4x (median)")
    parser.add_argument("--give-up", type=float, default=20.0)
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args(argv)

    from factcheck.mentions import find_mentions

    find_mentions("Warm up on June 2 in Istanbul.", ANCHOR)  # loads the gazetteer once
    names = [name for name in FAMILIES if not args.only or any(part in name for part in args.only)]
    print(
        f"{'family':26} {'KB 1x':>7} {'ms/KB 1x':>9} {'ms/KB 4x':>9} {'ms/KB 16x':>10}"
        f" {'16x/1x':>8}" + ("" if args.no_memory else f" {'peak/KB 16x':>12} {'mem 16x/1x':>10}")
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in names:
            kind, build = FAMILIES[name]
            n = max(1, int(BASE * args.scale))
            bodies = {factor: build(n * factor) for factor in (1, 4, 16)}
            sizes = {f: len(b.encode("utf-8")) / 1000 for f, b in bodies.items()}
            times: dict[int, float | None] = {}
            for factor in (1, 4, 16):
                if factor == 16 and times[4] is not None and times[4] > args.give_up:
                    times[16] = None
                    continue
                runs = args.runs if factor < 16 else 1
                times[factor] = statistics.median(
                    run_once(kind, bodies[factor], folder) for _ in range(runs)
                )
            per_kb = {f: (t * 1000 / sizes[f] if t is not None else None) for f, t in times.items()}
            if times[16] is not None:
                ratio = f"{times[16] / times[1]:8.1f}"
            else:  # extrapolate the 1x -> 4x exponent
                ratio = "~" + f"{(times[4] / times[1]) ** 2:7.0f}"
            row = (
                f"{name:26} {sizes[1]:7.1f} {per_kb[1]:9.3f} {per_kb[4]:9.3f} "
                + (f"{per_kb[16]:10.3f}" if per_kb[16] is not None else f"{'skipped':>10}")
                + f" {ratio}"
            )
            if not args.no_memory:
                low = peak_once(kind, bodies[1], folder)
                if times[16] is not None:
                    high = peak_once(kind, bodies[16], folder)
                    row += f" {high / sizes[16] / 1000:9.1f} KB {high / low:10.1f}"
                else:
                    row += f" {'skipped':>12} {'':>10}"
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
