"""Scale benchmark: an archive of N claims files, verified against the time to read it.

Checks the DESIGN.md budget: 10,000 claims files with their articles, linear in size, peak
memory flat (no whole corpus in memory), and within 3x of the time to merely read and parse
the same files.

Run from anywhere, in the venv to measure (stdlib only; the floor child uses PyYAML):

    python benchmarks/scale.py [--sizes 100,1000,10000] [--workdir DIR] [--seed 0]
                               [--commands validate,verify,jobs] [--json]

For each size it generates the corpus with benchmarks/corpus.py under WORKDIR/corpus-N (or
reuses one already there with the same size, seed and format), then runs, each as a separate
process with the corpus as its working directory:

    floor              a small Python child that reads every claims file and article and
                       parses the claims YAML and the articles' front matter with
                       yaml.CSafeLoader (what any tool must at least do)
    validate           factcheck validate claims
    verify             factcheck verify claims --format json --output WORKDIR/verify-N.json
    verify --jobs auto the same with --jobs auto (output verify-jobs-N.json)
    register           verify with the archive register on (`register:` naming the bundled
                       example, whose subject ids the generated files share: round-1,
                       round-2, ukraine, ...; the generated events differ from the bundled
                       one's, so FC601 findings are many, the archive pass's worst case),
                       output verify-register-N.json; its budget: within 1.2x of verify
    one file           verify of one generated claims file alone (no register): the baseline
    changed            verify --changed-since HEAD with the register on, after that one
                       file's article was edited (the corpus is made a git repository once,
                       untimed; the edit is undone after): the changed file against the whole
                       archive, the unchanged files' facts from the cache `register` wrote;
                       its budget: within 2x of `one file`
    claims             the same after a comment line was added to that claims file instead:
                       the unchanged claims files that may name it (FILE#claim-id) are then
                       found (`changes.select_referencing`, from what the archive index
                       recorded of each, else by reading them); the same budget

Wall time is time.perf_counter() around the child's start and os.wait4(). Peak memory is that
child's ru_maxrss from os.wait4(); for --jobs the kernel reports the largest of the parent and
its reaped workers, not their sum. CPU time (user + system) from the same rusage includes the
workers. Every command runs once (a 10,000-file run takes many minutes); the page cache is warm.
`--commands` picks what runs besides the floor (always run), for the long sizes. The table
goes to stdout, progress to stderr.
The two JSON reports must be byte-identical (output never depends on --jobs).
Before timing, the .pyc files `pip install` would have written are compiled
(benchmarks/bytecode.py): without them every child recompiles factcheck, about 0.14 s, which
would inflate the one-file baseline and hide start-up-sized ratios.
"""

from __future__ import annotations

import argparse
import datetime
import filecmp
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402  (benchmarks/corpus.py, next to this file)
from bytecode import compile_bytecode  # noqa: E402  (benchmarks/bytecode.py)

# The floor: read and parse what factcheck must read, keep nothing, report the claim count.
FLOOR = """
import json, sys
from pathlib import Path
import yaml
Loader = yaml.CSafeLoader
root = Path(sys.argv[1])
files = claims = size = 0
for path in sorted((root / "claims").rglob("*.yaml")):
    text = path.read_bytes().decode("utf-8")
    size += len(text)
    document = yaml.load(text, Loader=Loader)
    files += 1
    claims += len(document.get("claims") or [])
for path in sorted((root / "articles").rglob("*.md")):
    text = path.read_bytes().decode("utf-8")
    size += len(text)
    if text.startswith("---"):
        yaml.load(text.split("\\n---", 2)[0][3:], Loader=Loader)
print(json.dumps({"files": files, "claims": claims, "chars": size}))
"""
LABELS = {
    "floor": "floor (CSafeLoader)",
    "validate": "factcheck validate",
    "verify": "factcheck verify",
    "jobs": "verify --jobs auto",
    "register": "verify, register on",
    "one": "verify one file",
    "changed": "changed-since, 1 file",
    "claims": "changed-since, 1 claims file",
}


def _script(name: str) -> str | None:
    """The console script `name` next to sys.executable (the active venv), if present."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.is_file() and os.access(candidate, os.X_OK) else None


def _factcheck() -> list[str]:
    script = _script("factcheck")
    return [script] if script else [sys.executable, "-m", "factcheck"]


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text(encoding="ascii").split(" ", 1)[0]
    except OSError:
        return "n/a"


def _run(argv: list[str], cwd: Path, log: Path) -> dict:
    """Run one child; wall time, CPU time and peak RSS from os.wait4() on that child."""
    with log.open("wb") as stream:
        started = time.perf_counter()
        child = subprocess.Popen(argv, cwd=cwd, stdout=stream, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes / KiB
    return {
        "argv": argv,
        "exit": child.returncode,
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_mib": usage.ru_maxrss / scale,
    }


def _last_line(log: Path) -> str:
    lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return lines[-1] if lines else "(no output)"


def _corpus(size: int, seed: int, workdir: Path) -> tuple[Path, dict, str]:
    folder = workdir / f"corpus-{size}"
    marker = folder / "corpus.json"
    if marker.is_file():
        stats = json.loads(marker.read_text(encoding="utf-8"))
        if (stats.get("format"), stats.get("size"), stats.get("seed")) == (
            corpus.FORMAT_VERSION,
            size,
            seed,
        ):
            return folder, stats, "reused"
    # In a child process: Linux reports as a child's ru_maxrss the larger of its own peak and
    # the size of this process when it forked the child, so a corpus built in here would
    # show up as every command's peak memory.
    started = time.perf_counter()
    generator = [sys.executable, str(Path(corpus.__file__)), "--size", str(size)]
    subprocess.run([*generator, "--out", str(folder), "--seed", str(seed)], check=True)
    stats = json.loads(marker.read_text(encoding="utf-8"))
    return folder, stats, f"generated in {time.perf_counter() - started:.1f} s"


def _measure(size: int, seed: int, workdir: Path, chosen: list[str]) -> dict:
    """Generate (or reuse) the corpus of `size` and run the chosen commands on it."""
    folder, stats, how = _corpus(size, seed, workdir)
    _read_once(folder)
    _progress(
        f"corpus {size:,}: {stats['files']:,} claims files, {stats['claims']:,} claims, "
        f"{stats['bytes'] / 1e6:.1f} MB ({how}; {folder})"
    )
    factcheck = _factcheck()
    serial, jobs = workdir / f"verify-{size}.json", workdir / f"verify-jobs-{size}.json"
    report = ["--format", "json", "--output"]
    register = _register_config(folder, workdir, size)
    commands = {
        "floor": [sys.executable, "-c", FLOOR, str(folder)],
        "validate": [*factcheck, "validate", "claims"],
        "verify": [*factcheck, "verify", "claims", *report, str(serial)],
        "jobs": [*factcheck, "verify", "claims", "--jobs", "auto", *report, str(jobs)],
        "register": [
            *factcheck,
            "verify",
            "claims",
            "--config",
            str(register),
            *report,
            str(workdir / f"verify-register-{size}.json"),
        ],
        "one": [*factcheck, "verify", _one_file(folder), "--format", "json"],
        "changed": [
            *factcheck,
            "verify",
            "claims",
            "--config",
            str(register),
            "--changed-since",
            "HEAD",
            "--format",
            "json",
        ],
    }
    commands["claims"] = commands["changed"]
    rows: dict[str, dict] = {}
    for key in chosen:
        argv, label = commands[key], LABELS[key]
        log = workdir / f"log-{size}-{key}.txt"
        if key in ("changed", "claims"):
            _edit_one_article(folder, claims=key == "claims")
        load = _load()
        try:
            row = _run(argv, folder, log)
        finally:
            if key in ("changed", "claims"):
                subprocess.run(["git", "checkout", "-q", "--", "."], cwd=folder, check=True)
        row["load_before"] = load
        rows[key] = row
        if row["exit"] not in (0, 1) or (key in ("floor", "validate") and row["exit"] != 0):
            sys.exit(
                f"scale: `{label}` exited with {row['exit']} on {folder}; the benchmark stops.\n"
                f"  command: {' '.join(argv)}\n  output:  {_last_line(log)}"
            )
        if row["exit"] == 1:
            _progress(f"note: `{label}` exited 1: the corpus has error findings (see {log})")
        if key == "floor":
            floor = json.loads(log.read_text(encoding="utf-8"))
            if floor["files"] != stats["files"] or floor["claims"] != stats["claims"]:
                sys.exit(f"scale: the floor read {floor}, the corpus has {stats}")
        _progress(f"{size:,} {label}: {row['wall_s']:.1f} s (load average before: {load})")
        row["claims_per_s"] = stats["claims"] / row["wall_s"]
        row["ms_per_file"] = row["wall_s"] * 1000 / stats["files"]
        row["x_floor"] = row["wall_s"] / rows["floor"]["wall_s"]
    identical = None
    if "verify" in rows and "jobs" in rows:
        # Compared a block at a time: reading two reports whole (250 MB each at 10,000 files)
        # would grow this process, and a child's ru_maxrss counts its parent's size at fork.
        identical = filecmp.cmp(serial, jobs, shallow=False)
    return {"size": size, "corpus": stats, "commands": rows, "json_identical": identical}


def _one_file(folder: Path) -> str:
    """The claims file the one-file and changed-since runs check (the first generated)."""
    return "claims/" + min(p.name for p in (folder / "claims").glob("*-00000-*.yaml"))


def _edit_one_article(folder: Path, claims: bool = False) -> None:
    """Commit the corpus once (untimed), then add a paragraph to one file's article (or,
    with `claims`, a comment line to its claims file: then every unchanged claims file is
    looked at for a `FILE#claim-id` naming it, `changes.select_referencing`)."""
    git = ["git", "-c", "user.name=scale", "-c", "user.email=scale@example.org"]
    # The archive cache is ignored, as a newsroom's repository ignores it: a cache git
    # tracks is never used (cache.cache_is_local), and the run would parse every file.
    (folder / ".gitignore").write_text(".factcheck/\n", encoding="utf-8")
    if not (folder / ".git").is_dir():
        _progress(f"making {folder} a git repository (once, untimed)")
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "corpus"]):
            subprocess.run([*git, *args], cwd=folder, check=True)
    tracked = subprocess.run(
        ["git", "ls-files", "--", ".factcheck"], cwd=folder, capture_output=True, check=True
    )
    if tracked.stdout:  # a corpus committed by an older scale.py, cache and all
        _progress(f"untracking {folder}/.factcheck (once, untimed)")
        for args in (
            ["rm", "-r", "-q", "--cached", "--", ".factcheck"],
            ["add", ".gitignore"],
            ["commit", "-q", "-m", "ignore the archive cache"],
        ):
            subprocess.run([*git, *args], cwd=folder, check=True)
    if claims:
        with (folder / _one_file(folder)).open("a", encoding="utf-8") as stream:
            stream.write("# reviewed\n")
        return
    article = folder / "articles" / (Path(_one_file(folder)).stem + ".md")
    with article.open("a", encoding="utf-8") as stream:
        stream.write("\nThe talks were followed closely.\n")


def _register_config(folder: Path, workdir: Path, size: int) -> Path:
    """A configuration like the corpus's defaults, plus `register:` naming the bundled
    example (absolute paths: the configuration lives in the workdir, the corpus's parent)."""
    config = workdir / f"register-{size}.yaml"
    bundled = folder / "claims" / f"{corpus.BUNDLED}.yaml"
    config.write_text(
        f"claims: [{json.dumps(str(folder / 'claims'))}]\nregister: [{json.dumps(str(bundled))}]\n",
        encoding="utf-8",
    )
    return config


def _read_once(folder: Path) -> None:
    """Read every file of the corpus once, untimed, so that no command pays for the disk.

    The floor runs first: on a corpus just written, it waited for the disk (10,000 files:
    91 s of wall time for 75 s of CPU), which made every ratio to it look better than it was.
    Read a file at a time, so this process does not grow (see `_corpus`).
    """
    for path in folder.rglob("*"):
        if path.is_file():
            path.read_bytes()


def _progress(message: str) -> None:
    print(f"scale: {message}", file=sys.stderr, flush=True)


HEADER = (
    f"{'size':>6} {'files':>6} {'claims':>7}  {'command':<19} {'wall s':>7} {'cpu s':>7} "
    f"{'claims/s':>8} {'ms/file':>7} {'peak MiB':>8} {'x floor':>7} {'load':>5}"
)


def _print_size(result: dict) -> None:
    stats = result["corpus"]
    for number, (key, row) in enumerate(result["commands"].items()):
        lead = (
            f"{result['size']:>6,} {stats['files']:>6,} {stats['claims']:>7,}"
            if number == 0
            else " " * 22
        )
        print(
            f"{lead}  {LABELS[key]:<19} {row['wall_s']:7.1f} {row['cpu_s']:7.1f} "
            f"{row['claims_per_s']:8,.0f} {row['ms_per_file']:7.1f} {row['peak_mib']:8.1f} "
            f"{row['x_floor']:7.2f} {row['load_before']:>5}",
            flush=True,
        )


def _summary(results: list[dict]) -> None:
    same = [f"{r['size']:,} {'yes' if r['json_identical'] else 'NO'}" for r in results]
    same = [text for text, r in zip(same, results, strict=True) if r["json_identical"] is not None]
    if same:
        print("verify JSON identical with --jobs auto and without: " + ", ".join(same))
    for key in LABELS:
        done = [r for r in results if key in r["commands"]]
        if len(done) < 2:
            continue
        small, big = done[0], done[-1]
        a, b = small["commands"][key], big["commands"][key]
        files = big["corpus"]["files"] / small["corpus"]["files"]
        print(
            f"{LABELS[key]:<19} {small['size']:,}->{big['size']:,}: {files:.0f}x files, "
            f"{b['wall_s'] / a['wall_s']:.1f}x time (ms/file "
            + "/".join(f"{r['commands'][key]['ms_per_file']:.0f}" for r in done)
            + f"); peak {b['peak_mib'] / a['peak_mib']:.1f}x (MiB "
            + "/".join(f"{r['commands'][key]['peak_mib']:.0f}" for r in done)
            + ")"
        )
    for key in ("verify", "jobs"):
        done = [r for r in results if key in r["commands"]]
        for result in done:
            row, floor = result["commands"][key], result["commands"]["floor"]
            ratio = row["x_floor"]
            # CPU time too, for the serial run: it does not move with the disk or with other
            # work on the machine (a --jobs run's CPU is summed over its workers). The verdict
            # takes the larger ratio: on a loaded machine the short floor run is slowed more
            # than verify, and the wall ratio alone said "yes" at 3.4x in CPU time.
            cpu = f", {row['cpu_s'] / floor['cpu_s']:.2f}x in CPU time" if key == "verify" else ""
            judged = max(ratio, row["cpu_s"] / floor["cpu_s"]) if key == "verify" else ratio
            print(
                f"budget: {LABELS[key]} at {result['size']:,} within 3x of the floor: "
                f"{'yes' if judged <= 3 else 'NO'} ({ratio:.2f}x in wall time{cpu})"
            )
    for result in results:
        rows = result["commands"]
        for key, what in (("changed", "file"), ("claims", "claims file")):
            if key not in rows or "one" not in rows:
                continue
            ratio = rows[key]["wall_s"] / rows["one"]["wall_s"]
            # Judged as verify's budget is, by the larger of the wall and CPU ratios (the CPU
            # of the run's git children included: os.wait4 counts the children it reaped).
            cpu = rows[key]["cpu_s"] / rows["one"]["cpu_s"]
            print(
                f"budget: --changed-since with one changed {what} at {result['size']:,}, "
                f"register on, within 2x of verifying that file alone: "
                f"{'yes' if max(ratio, cpu) <= 2 else 'NO'} ({ratio:.2f}x in wall time: "
                f"{rows[key]['wall_s']:.2f} s against {rows['one']['wall_s']:.2f} s; "
                f"{cpu:.2f}x in CPU time)"
            )
        if "register" in rows and "verify" in rows:
            ratio = rows["register"]["wall_s"] / rows["verify"]["wall_s"]
            cpu = rows["register"]["cpu_s"] / rows["verify"]["cpu_s"]
            print(
                f"budget: verify with the register at {result['size']:,} within 1.2x of "
                f"verify: {'yes' if ratio <= 1.2 else 'NO'} ({ratio:.2f}x in wall time, "
                f"{cpu:.2f}x in CPU time)"
            )
    _memory_budget(results)


def _memory_budget(results: list[dict]) -> None:
    """Streaming's promise: a verify of 10,000 files peaks no higher than one of 1,000.

    The difference is printed per file too: what a run must keep for each file it is given
    (its name, to sort them) shows there, apart from what grows with the work done.
    """
    for key in ("verify", "jobs"):
        by_size = {r["size"]: r for r in results if key in r["commands"]}
        if 1000 not in by_size or 10000 not in by_size:
            continue
        small, big = (by_size[n]["commands"][key]["peak_mib"] for n in (1000, 10000))
        more_files = by_size[10000]["corpus"]["files"] - by_size[1000]["corpus"]["files"]
        per_file = (big - small) * 2**20 / more_files
        print(
            f"budget: {LABELS[key]} peak memory at 10,000 no more than at 1,000: "
            f"{'yes' if big <= small else 'NO'} ({big:.1f} MiB against {small:.1f} MiB: "
            f"{big - small:+.1f} MiB, {per_file:+,.0f} bytes for each of the {more_files:,} "
            "files more)"
        )


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    options.add_argument(
        "--workdir", type=Path, help="where corpora and outputs go (default: a temporary folder)"
    )
    options.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    options.add_argument(
        "--commands",
        default="floor,validate,verify,jobs",
        help="which to run besides the floor (always run): validate, verify, jobs, register, "
        "one, changed, claims (changed and claims, a changed article or claims file, need the "
        "cache register writes: run both)",
    )
    options.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = options.parse_args()
    try:
        sizes = sorted({int(s.replace("_", "").replace(",", "")) for s in args.sizes.split(",")})
    except ValueError:
        options.error(f"--sizes takes numbers such as 100,1000,10000, not {args.sizes!r}")
    if not sizes or min(sizes) < 1:
        options.error("--sizes must be positive")
    wanted = {c.strip() for c in args.commands.split(",") if c.strip()}
    if wanted - set(LABELS):
        options.error(f"--commands takes {', '.join(LABELS)}, not {args.commands!r}")
    chosen = [key for key in LABELS if key in wanted or key == "floor"]
    temporary = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="factcheck-scale-")) if temporary else args.workdir
    workdir = workdir.resolve()
    if workdir.is_relative_to(ROOT):
        options.error(f"put the workdir outside the repository, not under {ROOT}")
    workdir.mkdir(parents=True, exist_ok=True)

    import yaml  # the floor needs libyaml; fail here, not in the child

    if not hasattr(yaml, "CSafeLoader"):
        sys.exit("scale: PyYAML was built without libyaml (no yaml.CSafeLoader)")
    started = time.perf_counter()
    bytecode = compile_bytecode()
    now = datetime.datetime.now().astimezone().isoformat(timespec="minutes")
    print(
        f"scale benchmark {now}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.machine()} {os.cpu_count()} CPUs, seed "
        f"{args.seed}; load = 1-min load average before the command"
    )
    folders = ", ".join(map(str, bytecode))
    print(f"bytecode: compiled before timing, as pip install leaves it, in {folders}")
    _progress(f"factcheck: {' '.join(_factcheck())}; workdir {workdir}")
    print(HEADER)
    results = []
    try:
        for size in sizes:
            results.append(_measure(size, args.seed, workdir, chosen))
            _print_size(results[-1])
        _summary(results)
        print(f"whole run: {(time.perf_counter() - started) / 60:.1f} min")
        if args.json:
            print(json.dumps({"workdir": str(workdir), "results": results}, indent=2))
    finally:
        if temporary:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
