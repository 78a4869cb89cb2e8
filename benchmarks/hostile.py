"""Hostile-input benchmark: time and memory of `factcheck verify` and `extract` as inputs grow.

The design's budget for any input, hostile or huge: linear time (10x the input, at most 12x
the time), and a CI check that answers within 60 s and under 1 GiB. Whoever opens a pull
request controls the article and the claims file, so this script builds the inputs such a
person could write and runs the real command line on each, one new process a run:

- articles of 0.5, 1, 5 and 50 MB made by repeating the bundled article's body, checked with
  the bundled claims file pointed at them, and with a variant of 1,053 claims (the bundled
  claims thirteen times over);
- runs of 12,800 and 128,000 ".", "!", "?", "…", "President " and capitalised words, and
  100,000 and 1,000,000 one-word lines, each in an article with one claim;
- claims files of 1,000, 10,000 and 100,000 claims over a generated article, run with a
  factcheck.yaml raising `max-file-size` to 64 MB (the 100,000 claims make a 23 MB file, which
  the default limit of 10 MB refuses);
- `factcheck extract` on articles of 100 KB and 1 MB.

Run from anywhere, with the Python of the venv to measure (stdlib only):

    python benchmarks/hostile.py [--quick] [--timeout S] [--memory-limit MIB] [--only NAME]

Everything is written in a folder of its own made with tempfile.mkdtemp and removed at the
end. Each run has a hard timeout (default 120 s; the process group is killed and the row says
"timeout") and an address-space limit (default 4,096 MiB, so a runaway run fails with
MemoryError instead of taking the shared machine down). Wall time is perf_counter around the
child's start and its reaping by os.wait4, whose rusage is that child's own: CPU time (user +
system) and peak RSS (ru_maxrss). A file-size limit that refuses an input shows as exit 2 with
its reason; a file the read rule refuses by size (the 50 MB article: FC118, exit 1) shows as
"refused (FC118)", measured all the same, for a refusal too must come within the goals. The
benchmark reports what happens, it does not gate (it always exits 0).
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "articles" / "2025-06-27-putin-third-round.md"
CLAIMS = ROOT / "claims" / "2025-06-27-putin-third-round.yaml"
MB = 1_000_000
# The claims ladder's configuration: its largest file is larger than the default limit.
CLAIMS_CONFIG = "max-file-size: 64 MB\n"
GOAL_RATIO = 1.2  # time may grow 1.2x as fast as the input: 10x the input, at most 12x
GOAL_SECONDS = 60.0
GOAL_BYTES = 1 << 30

FRONT = """---
title: Hostile input
published: 2025-06-27T22:57:00+03:00
---

"""
LEAD = "The latest peace talks took place on June 2 in Istanbul.\n\n"
ONE_CLAIM = """version: 1
article:
  path: ../articles/{name}
  published: 2025-06-27T22:57:00+03:00
subjects:
  talks: {{kind: event}}
claims:
  - id: talks-date
    type: date
    subject: talks
    property: date
    value: "2025-06-02"
    text: June 2
    context: peace talks took place on June 2 in Istanbul
    status: unverified
"""
CAPITALS = [
    "Alder",
    "Birch",
    "Cedar",
    "Dover",
    "Elgin",
    "Falk",
    "Garnet",
    "Harlow",
    "Ingram",
    "Jasper",
    "Kestrel",
    "Lomond",
    "Marsh",
    "Norwood",
    "Orrin",
    "Pollard",
    "Quarry",
    "Rowan",
    "Sefton",
    "Thorne",
    "Upton",
    "Vance",
    "Wexford",
    "Yardley",
]


@dataclass
class Case:
    """One run: its ladder, its size on that ladder and how to build and run it."""

    ladder: str
    label: str
    size: int  # the input's measure on its ladder (bytes, repetitions or claims)
    build: Callable[[Path], list[str]]  # writes the inputs under a folder, returns argv


@dataclass
class Run:
    """What one run did."""

    case: Case
    wall: float
    cpu: float
    peak: int  # bytes
    code: int | None  # None: timed out
    note: str
    input_bytes: int

    @property
    def refused(self) -> bool:
        """Refused its input: a run error (exit 2) or a file over the size limit (FC118)."""
        return self.code == 2 or self.note == REFUSED_FC118

    @property
    def failed(self) -> bool:
        """Ended without an answer: a code other than 0, 1 and 2, or 1 with an error."""
        return self.code is not None and not self.refused and bool(self.note)


REFUSED_FC118 = "refused (FC118)"


# --- inputs -------------------------------------------------------------------------------


def _bundled_parts() -> tuple[str, str]:
    """The bundled article's front matter (with its fences) and its body."""
    text = ARTICLE.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4) + len("\n---\n")
    return text[:end], text[end:]


def _repeated_article(folder: Path, size: int) -> str:
    """The bundled article with its body repeated to about `size` bytes; returns its name."""
    front, body = _bundled_parts()
    body = body.rstrip("\n") + "\n\n"
    copies = max(1, size // len(body.encode("utf-8")))
    name = "big.md"
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    with open(folder / "articles" / name, "w", encoding="utf-8") as out:
        out.write(front)
        for _ in range(copies):
            out.write(body)
    return name


def _bundled_claims(folder: Path, article: str, copies: int = 1) -> Path:
    """The bundled claims file pointed at `article`, its claims repeated `copies` times."""
    text = CLAIMS.read_text(encoding="utf-8")
    text = text.replace("../articles/2025-06-27-putin-third-round.md", f"../articles/{article}")
    if copies > 1:
        head, rest = text.split("\nclaims:\n", 1)
        claims, checks = rest.split("\nchecks:\n", 1)
        blocks = [claims]
        for n in range(2, copies + 1):
            blocks.append(re.sub(r"^(  - id: )(\S+)", rf"\1\2-copy{n}", claims, flags=re.M))
        text = f"{head}\nclaims:\n" + "\n".join(blocks) + f"\nchecks:\n{checks}"
    (folder / "claims").mkdir(parents=True, exist_ok=True)
    path = folder / "claims" / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _verify(claims: Path) -> list[str]:
    report = claims.parent.parent / "report.json"
    return ["verify", str(claims), "--format", "json", "--output", str(report)]


def article_case(size: int, copies: int = 1) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        name = _repeated_article(folder, size)
        return _verify(_bundled_claims(folder, name, copies))

    return build


def run_case(unit: str, count: int, per_line: bool = False) -> Callable[[Path], list[str]]:
    """An article whose body is `count` repetitions of `unit` after one grounded sentence."""

    def build(folder: Path) -> list[str]:
        (folder / "articles").mkdir(parents=True)
        (folder / "claims").mkdir(parents=True)
        with open(folder / "articles" / "run.md", "w", encoding="utf-8") as out:
            out.write(FRONT + LEAD)
            if unit == "Capitalised ":
                words = [CAPITALS[i % len(CAPITALS)] for i in range(count)]
                out.write(" ".join(words))
            elif per_line:
                out.write("".join(f"{CAPITALS[i % len(CAPITALS)].lower()}\n" for i in range(count)))
            else:
                out.write(unit * count)
            out.write("\n")
        claims = folder / "claims" / "claims.yaml"
        claims.write_text(ONE_CLAIM.format(name="run.md"), encoding="utf-8")
        return _verify(claims)

    return build


def _code(i: int) -> str:
    """A word of capital letters unique to `i` ("Kab", "Kac", ...), no word a prefix of another."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    word = ""
    while True:
        word = letters[i % 26] + word
        i //= 26
        if i == 0:
            break
    return "Q" + word.rjust(4, "a")


def claims_case(count: int) -> Callable[[Path], list[str]]:
    """`count` claims, four to a paragraph of a generated article, each grounded once.

    Every paragraph's round is a subject of its own with a date, a count and a name; the
    place claims all say the same thing of one `talks` subject (its city is Istanbul), a
    group as large as a quarter of the file: the shape that makes pairwise checks of one
    subject and property (FC421) and contradiction searches (FC428) do their work.
    """

    def build(folder: Path) -> list[str]:
        (folder / "articles").mkdir(parents=True)
        (folder / "claims").mkdir(parents=True)
        paragraphs = (count + 3) // 4
        lines = [
            "version: 1",
            "article:",
            "  path: ../articles/rounds.md",
            "  published: 2025-06-27T22:57:00+03:00",
            "subjects:",
            "  talks: {kind: series}",
            *(f"  round-{p}: {{kind: event, part_of: talks}}" for p in range(paragraphs)),
            "claims:",
        ]
        with open(folder / "articles" / "rounds.md", "w", encoding="utf-8") as out:
            out.write(FRONT)
            made = 0
            for p in range(paragraphs):
                code = _code(p)
                day = 1 + p % 28
                people = 10 + p % 90
                sentence = (
                    f"Round {code} of the talks opened on May {day} in Istanbul "
                    f"with {people} delegates at the table"
                )
                out.write(sentence + ".\n\n")
                kinds = [
                    f"type: date, property: date, value: '2025-05-{day:02d}', text: May {day}",
                    "type: place, property: city, value: Istanbul, text: Istanbul",
                    f"type: number, property: delegates, value: {people}, text: {people} delegates",
                    f"type: text, property: name, value: Round {code}, text: Round {code}",
                ]
                for k, fields in enumerate(kinds):
                    if made == count:
                        break
                    made += 1
                    subject = "talks" if k == 1 else f"round-{p}"
                    lines.append(
                        f"  - {{id: c{p}-{k}, subject: {subject}, {fields}, "
                        f"context: '{sentence}', status: unverified}}"
                    )
        text = "\n".join(lines) + "\n"
        claims = folder / "claims" / "claims.yaml"
        claims.write_text(text, encoding="utf-8")
        (folder / "factcheck.yaml").write_text(CLAIMS_CONFIG, encoding="utf-8")
        return _verify(claims)

    return build


def extract_case(size: int) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        name = _repeated_article(folder, size)
        out = folder / "draft.yaml"
        return ["extract", str(folder / "articles" / name), "--output", str(out)]

    return build


def cases(quick: bool) -> list[Case]:
    """The ladders; `quick` takes each a tenth (or a hundredth) of the size."""
    scale = 10 if quick else 1
    found: list[Case] = []
    sizes = [MB // 10, MB // 2, MB, 5 * MB] if quick else [MB // 2, MB, 5 * MB, 50 * MB]
    for size in sizes:
        found.append(Case("article", f"{size / MB:g} MB", size, article_case(size)))
    for size in sizes[:-1]:
        found.append(
            Case("article, 1,053 claims", f"{size / MB:g} MB", size, article_case(size, 13))
        )
    runs = {
        "run '.'": ".",
        "run '!'": "!",
        "run '?'": "?",
        "run '…'": "…",
        "run 'President '": "President ",
        "run capitalised words": "Capitalised ",
    }
    for ladder, unit in runs.items():
        for count in (12_800 // scale, 128_000 // scale):
            found.append(Case(ladder, f"{count:,}", count, run_case(unit, count)))
    for count in (100_000 // scale, 1_000_000 // scale):
        found.append(
            Case("one-word lines", f"{count:,}", count, run_case("line", count, per_line=True))
        )
    for count in (1_000 // scale, 10_000 // scale, 100_000 // scale):
        found.append(Case("claims", f"{count:,}", count, claims_case(count)))
    for size in (100_000 // scale, MB // scale):
        found.append(Case("extract", f"{size / 1000:g} KB", size, extract_case(size)))
    return found


# --- running ------------------------------------------------------------------------------


def _command() -> list[str]:
    script = Path(sys.executable).parent / "factcheck"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "factcheck"]


def _limit(memory: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return apply


def measure(case: Case, folder: Path, timeout: float, memory: int) -> Run:
    """Build the case's inputs in `folder` (a new one) and run it there."""
    folder.mkdir(parents=True)
    argv = [*_command(), *case.build(folder)]
    input_bytes = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    stderr_path = folder / "stderr.txt"
    with open(stderr_path, "wb") as err, open(folder / "stdout.txt", "wb") as out:
        start = time.perf_counter()
        child = subprocess.Popen(
            argv,
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            preexec_fn=_limit(memory),
            start_new_session=True,
        )
        deadline = start + timeout
        status = usage = None
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(child.pid, signal.SIGKILL)
                _, status, usage = os.wait4(child.pid, 0)
                status = None
                break
            time.sleep(0.02)
        wall = time.perf_counter() - start
        child.returncode = 0  # reaped here; keep Popen from waiting again
    cpu = usage.ru_utime + usage.ru_stime
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    code = None if status is None else os.waitstatus_to_exitcode(status)
    note = ""
    if code is None:
        note = f"timeout after {timeout:g} s"
    elif code == 1 and _reports_fc118(folder / "report.json"):
        note = REFUSED_FC118
    elif code != 0:
        lines = stderr_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        note = (lines[-1] if lines else "" if code == 1 else "(nothing on stderr)")[:90]
        if code == 2:
            note = "refused: " + note
    return Run(case, wall, cpu, peak, code, note, input_bytes)


def _reports_fc118(report: Path) -> bool:
    """Whether a JSON report holds an FC118 finding (a file larger than max-file-size), read
    in chunks: a report of 100,000 claims is large, and this process's memory is not measured
    but is shared with the runs."""
    if not report.is_file():
        return False
    needle, tail = '"code": "FC118"', ""
    with open(report, encoding="utf-8", errors="replace") as stream:
        while chunk := stream.read(1 << 20):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle) :]
    return False


# --- the table ------------------------------------------------------------------------------


def _mib(n: int) -> str:
    return f"{n / (1 << 20):,.0f}"


def table(runs: list[Run]) -> None:
    print(
        f"{'ladder':<24} {'size':>10} {'input MB':>9} {'wall s':>8} {'cpu s':>8} "
        f"{'peak MiB':>9} {'exit':>7}  note"
    )
    for run in runs:
        code = "timeout" if run.code is None else str(run.code)
        print(
            f"{run.case.ladder:<24} {run.case.label:>10} {run.input_bytes / MB:>9.2f} "
            f"{run.wall:>8.2f} {run.cpu:>8.2f} {_mib(run.peak):>9} {code:>7}  {run.note}"
        )


def ratios(runs: list[Run]) -> None:
    print("\nGrowth on each ladder (CPU time; goal: time ratio <= 1.2 x input ratio, 12x for 10x)")
    ladders: dict[str, list[Run]] = {}
    for run in runs:
        ladders.setdefault(run.case.ladder, []).append(run)
    for ladder, steps in ladders.items():
        for small, large in itertools.pairwise(steps):
            grown = large.case.size / small.case.size
            if large.code is None:
                verdict, ratio = "no (timeout)", "-"
            elif large.refused or small.refused:
                verdict, ratio = "n/a (refused)", "-"
            elif large.failed or small.failed:
                verdict, ratio = "no (failed)", "-"
            else:
                value = large.cpu / max(small.cpu, 1e-3)
                ratio = f"{value:.1f}x"
                verdict = "yes" if value <= GOAL_RATIO * grown else "no"
            print(
                f"  {ladder:<24} {small.case.label:>9} -> {large.case.label:<9} "
                f"input {grown:>4.0f}x  time {ratio:>7}  goal <= {GOAL_RATIO * grown:.0f}x: "
                f"{verdict}"
            )
    print("\nBig inputs (the largest of each ladder): within 60 s and under 1 GiB")
    for ladder, steps in ladders.items():
        big = steps[-1]
        within = big.wall <= GOAL_SECONDS and big.peak < GOAL_BYTES
        if big.refused:
            kind = "FC118" if big.note == REFUSED_FC118 else "exit 2"
            answer = f"refused ({kind}), within the goals: {'yes' if within else 'no'}"
        elif big.code is None:
            answer = "no (timeout)"
        elif big.failed:
            answer = "no (failed)"
        else:
            answer = "yes" if within else "no"
        print(
            f"  {ladder:<24} {big.case.label:>9}: {answer} ({big.wall:.1f} s, {_mib(big.peak)} MiB)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="each ladder a tenth the size")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a run may take")
    parser.add_argument(
        "--memory-limit", type=int, default=4096, help="address space a run may take, MiB"
    )
    parser.add_argument("--only", help="run only the ladders whose name contains this")
    args = parser.parse_args(argv)
    chosen = [c for c in cases(args.quick) if not args.only or args.only in c.ladder]
    work = Path(tempfile.mkdtemp(prefix="factcheck-hostile-"))
    runs = []
    try:
        for number, case in enumerate(chosen):
            print(f"running {case.ladder} {case.label} ...", file=sys.stderr, flush=True)
            folder = work / f"case-{number}"
            runs.append(measure(case, folder, args.timeout, args.memory_limit << 20))
            shutil.rmtree(folder, ignore_errors=True)  # a 50 MB input need not wait
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table(runs)
    ratios(runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
