"""Cold-start benchmark: `factcheck verify` against check-jsonschema and the bare interpreter.

Checks the DESIGN.md budgets: `factcheck verify` on the bundled article, in a cold process,
under 300 ms wall, faster than `check-jsonschema` validating the same claims file against
the same schema, and at most 1.5x `python -c "import yaml"` (issue 15, item 7).

"factcheck verify" in the table is `factcheck verify CLAIMS --format json`, the figure the
ratios use; "factcheck verify, default format" is the same run writing the default (rich)
report to a pipe, which is written without importing rich since round 3 (it imported rich,
about 25 ms more, before), and its ratio is printed too.

Run from the repository root, in the venv to measure (stdlib only):

    python benchmarks/cold_start.py [--runs N] [--json]

Bytecode as users have it: before timing, `compileall` writes the .pyc files `pip install`
would have written (benchmarks/bytecode.py says why); the children run with that bytecode.

Every command is a new process. One warm-up round runs first (so the disk cache is warm),
then the commands are interleaved round-robin over N rounds; the starting command rotates
each round so no command always follows the same one. Wall time is time.perf_counter()
around subprocess.run. Peak RSS comes from one extra, untimed verify process reaped with
os.wait4(), which returns that one child's rusage (ru_maxrss). getrusage(RUSAGE_CHILDREN)
is not used: its ru_maxrss is the maximum over all reaped children, not a per-process figure.

The "floor" row is what no cold verify can go below while it checks what it checks: the
interpreter, PyYAML, json and argparse imported, and the regular expressions a verify of the
bundled example compiles (collected once, before timing, by a child that runs that verify
in-process with `re`'s compile step wrapped) compiled again, with no factcheck module
imported and no file read. Its ratio to `import yaml` says how far below that floor the 1.5x
goal of issue 15 lies.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from bytecode import compile_bytecode  # noqa: E402  (benchmarks/bytecode.py, next to this file)

CLAIMS = "claims/2025-06-27-putin-third-round.yaml"
SCHEMA = "schemas/claims.schema.json"
BUDGET_MS = 300.0
YAML_RATIO_GOAL = 1.5  # issue 15, item 7: verify at most 1.5x `python -c "import yaml"`
YAML_LABEL = 'python -c "import yaml"'
# "factcheck verify" is timed with --format json (what the ratios use); this row times the
# default format, so the cost of the terminal report is in the table too.
DEFAULT_FORMAT_LABEL = "factcheck verify, default format"
FLOOR_LABEL = "floor: yaml, json, argparse, the run's patterns"

# Run in a child: the (pattern, flags) pairs a verify of the bundled example compiles, as
# JSON in the file argv[1]. re.compile, re.match, re.sub... all go through re._compile.
_COLLECT_PATTERNS = """
import contextlib, io, json, re, sys
seen, pairs, compile_ = set(), [], re._compile
def collect(pattern, flags):
    key = (type(pattern).__name__, pattern, int(flags))
    if key not in seen:
        seen.add(key)
        if isinstance(pattern, str):
            pairs.append([pattern, int(flags)])
    return compile_(pattern, flags)
re._compile = collect
from factcheck.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(["verify", sys.argv[2], "--format", "json"])
    except SystemExit:
        pass
re._compile = compile_
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(pairs, out)
"""
# The floor itself: what any verify imports and compiles, and nothing of factcheck's own.
_FLOOR = """
import argparse, json, re, sys, yaml
with open(sys.argv[1], encoding="utf-8") as patterns:
    for pattern, flags in json.load(patterns):
        re.compile(pattern, flags)
"""


def _script(name: str) -> str | None:
    """The console script `name` next to sys.executable (the active venv), if present."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def _commands() -> dict[str, list[str]]:
    """Label -> argv, in the order they are reported."""
    factcheck = _script("factcheck")
    checker = _script("check-jsonschema")
    if checker is None:
        sys.exit(
            f"cold_start: no check-jsonschema next to {sys.executable}; "
            "install the test extra: pip install -e '.[test]'"
        )
    verify = ["verify", CLAIMS, "--format", "json"]
    commands: dict[str, list[str]] = {}
    if factcheck is not None:
        commands["factcheck verify"] = [factcheck, *verify]
        # The default format (rich) on a pipe, as a CI other than GitHub's or pre-commit runs
        # it: plain text, written without rich (factcheck/report/plain_text.py).
        commands[DEFAULT_FORMAT_LABEL] = [factcheck, "verify", CLAIMS]
    commands["python -m factcheck verify"] = [sys.executable, "-m", "factcheck", *verify]
    commands["check-jsonschema"] = [checker, "--schemafile", SCHEMA, CLAIMS]
    commands["python -c pass"] = [sys.executable, "-c", "pass"]
    commands[YAML_LABEL] = [sys.executable, "-c", "import yaml"]
    if factcheck is not None:
        commands["factcheck validate"] = [factcheck, "validate", CLAIMS]
    else:
        commands["python -m factcheck validate"] = [
            sys.executable,
            "-m",
            "factcheck",
            "validate",
            CLAIMS,
        ]
    return commands


def _collect_patterns(into: Path) -> int:
    """Write the patterns a verify of the bundled example compiles to `into`; their count."""
    argv = [sys.executable, "-c", _COLLECT_PATTERNS, str(into), CLAIMS]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        _fail("collecting the run's patterns", argv, done.returncode, done.stderr)
    return len(json.loads(into.read_text(encoding="utf-8")))


def _fail(label: str, argv: list[str], code: int, stderr: str) -> None:
    detail = stderr.strip().splitlines()[-1] if stderr.strip() else "(no output on stderr)"
    sys.exit(
        f"cold_start: `{label}` exited with {code}, not 0; the benchmark stops.\n"
        f"  command: {' '.join(argv)}\n  stderr:  {detail}"
    )


def _time_once(label: str, argv: list[str]) -> float:
    """Wall time of one cold process, in ms; stops the benchmark if it does not exit 0."""
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = (time.perf_counter() - start) * 1000.0
    if done.returncode != 0:
        _fail(label, argv, done.returncode, done.stderr)
    return elapsed


def _peak_rss_mib(label: str, argv: list[str]) -> float:
    """Peak RSS of one process, in MiB, from os.wait4() on that process alone."""
    process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if process.returncode != 0:
        _fail(label, argv, process.returncode, "")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return usage.ru_maxrss / scale


def _load_average() -> str:
    """The 1-minute load average: on a shared machine, read the times together with it."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except (AttributeError, OSError):
        return "unknown"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=15, help="timed rounds (default 15)")
    options.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = options.parse_args()
    if args.runs < 1:
        options.error("--runs must be at least 1")
    if not (ROOT / CLAIMS).is_file() or not (ROOT / SCHEMA).is_file():
        sys.exit(f"cold_start: {CLAIMS} or {SCHEMA} missing under {ROOT}")

    commands = _commands()
    bytecode = compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="factcheck-cold-start-") as scratch:
        patterns_file = Path(scratch) / "patterns.json"
        pattern_count = _collect_patterns(patterns_file)
        commands[FLOOR_LABEL] = [sys.executable, "-c", _FLOOR, str(patterns_file)]
        return _measure(args, commands, bytecode, pattern_count)


def _measure(
    args: argparse.Namespace, commands: dict[str, list[str]], bytecode: list[Path], patterns: int
) -> int:
    """Time the commands, print the table and the budgets (see the module docstring)."""
    load_before = _load_average()
    labels = list(commands)
    for label in labels:  # warm-up round: disk cache warm, exit codes checked
        _time_once(label, commands[label])
    times: dict[str, list[float]] = {label: [] for label in labels}
    for round_ in range(args.runs):
        for i in range(len(labels)):
            label = labels[(round_ + i) % len(labels)]
            times[label].append(_time_once(label, commands[label]))

    load_after = _load_average()
    verify_label = "factcheck verify" if "factcheck verify" in commands else labels[0]
    peak_rss = _peak_rss_mib(verify_label, commands[verify_label])

    figures = {
        label: {
            "median_ms": round(statistics.median(ms), 1),
            "min_ms": round(min(ms), 1),
            "max_ms": round(max(ms), 1),
        }
        for label, ms in times.items()
    }
    verify_ms = figures[verify_label]["median_ms"]
    checker_ms = figures["check-jsonschema"]["median_ms"]
    ratio = checker_ms / verify_ms
    yaml_ratio = verify_ms / figures[YAML_LABEL]["median_ms"]
    under_budget = verify_ms < BUDGET_MS
    faster = verify_ms < checker_ms
    within_yaml = yaml_ratio <= YAML_RATIO_GOAL
    floor_ratio = figures[FLOOR_LABEL]["median_ms"] / figures[YAML_LABEL]["median_ms"]

    print(f"date:     {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}")
    print(f"python:   {platform.python_implementation()} {platform.python_version()}")
    print(f"          {sys.executable}")
    print(f"machine:  {platform.machine()}, {os.cpu_count()} CPUs, {_cpu_model()}")
    print(f"system:   {platform.platform()}")
    print(f"runs:     {args.runs} per command, after 1 warm-up round; file {CLAIMS}")
    print(f"load:     1-minute load average {load_before} before the rounds, {load_after} after")
    print("bytecode: compiled with compileall before timing, as pip install leaves it, in")
    for folder in bytecode:
        print(f"          {folder}")
    print()
    width = max(len(label) for label in labels)
    print(f"{'command':<{width}}  {'median ms':>9}  {'min ms':>7}  {'max ms':>7}")
    print(f"{'-' * width}  {'-' * 9}  {'-' * 7}  {'-' * 7}")
    for label, row in figures.items():
        print(
            f"{label:<{width}}  {row['median_ms']:>9.1f}  "
            f"{row['min_ms']:>7.1f}  {row['max_ms']:>7.1f}"
        )
    print()
    print(f"check-jsonschema / {verify_label} (median): {ratio:.2f}x")
    print(
        f"{verify_label} / {YAML_LABEL} (median): {yaml_ratio:.2f}x "
        f"(issue 15 goal: at most {YAML_RATIO_GOAL}x: {'met' if within_yaml else 'NOT met'})"
    )
    if DEFAULT_FORMAT_LABEL in figures:
        default_ratio = (
            figures[DEFAULT_FORMAT_LABEL]["median_ms"] / figures[YAML_LABEL]["median_ms"]
        )
        print(f"{DEFAULT_FORMAT_LABEL} (rich, on a pipe) / {YAML_LABEL}: {default_ratio:.2f}x")
    print(
        f"floor / {YAML_LABEL}: {floor_ratio:.2f}x: the interpreter, PyYAML, json, argparse "
        f"and the {patterns} patterns the run compiles, with no factcheck module imported"
    )
    print(f"peak RSS of one `{verify_label}` (os.wait4 ru_maxrss): {peak_rss:.1f} MiB")
    print(
        f"budget: verify < {BUDGET_MS:.0f} ms: {'yes' if under_budget else 'NO'} "
        f"({verify_ms:.1f} ms); faster than check-jsonschema: {'yes' if faster else 'NO'}"
    )
    print(f"budget {'HOLDS' if under_budget and faster else 'DOES NOT HOLD'}")

    if args.json:
        print()
        print(
            json.dumps(
                {
                    "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
                    "python": platform.python_version(),
                    "executable": sys.executable,
                    "machine": platform.machine(),
                    "cpu_count": os.cpu_count(),
                    "cpu": _cpu_model(),
                    "runs": args.runs,
                    "load_average_before": load_before,
                    "load_average_after": load_after,
                    "claims_file": CLAIMS,
                    "commands": {label: commands[label] for label in labels},
                    "figures": figures,
                    "bytecode_compiled_in": [str(folder) for folder in bytecode],
                    "ratio_check_jsonschema_over_verify": round(ratio, 2),
                    "ratio_verify_over_import_yaml": round(yaml_ratio, 2),
                    "import_yaml_goal": YAML_RATIO_GOAL,
                    "ratio_floor_over_import_yaml": round(floor_ratio, 2),
                    "patterns_compiled_by_verify": patterns,
                    "within_import_yaml_goal": within_yaml,
                    "verify_peak_rss_mib": round(peak_rss, 1),
                    "peak_rss_method": "os.wait4 ru_maxrss of one process",
                    "budget_ms": BUDGET_MS,
                    "under_budget": under_budget,
                    "faster_than_check_jsonschema": faster,
                    "budget_holds": under_budget and faster,
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
