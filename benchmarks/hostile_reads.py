"""Hostile-input benchmark: what a refused article costs, next to an ordinary run.

The threat model says a pull request cannot make factcheck read more than the size limit:
`/dev/zero` as the article used to take 2.9 GB and die, a FIFO hung forever. This prints,
side by side in one run, the wall time and peak RSS of `factcheck verify` on a claims file
whose article is the bundled article (the reference), a sparse 20 GB file, a FIFO and (as
root) a `/dev/zero` device. Every file is made in a temporary folder, which is the run's
root; nothing outside it is touched.

    python benchmarks/hostile_reads.py [--runs N]

Each command is a new process, reaped with os.wait4() for that one child's peak RSS. A run
that takes over 60 s is killed and reported as such (the FIFO's old behaviour).
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims" / "2025-06-27-putin-third-round.yaml"
ARTICLE = ROOT / "articles" / "2025-06-27-putin-third-round.md"
TIMEOUT_S = 60.0


def _make_cases(folder: Path) -> dict[str, Path]:
    """One claims file per case, each naming its own article inside `folder`."""
    (folder / "claims").mkdir()
    (folder / "articles").mkdir()
    shutil.copyfile(ARTICLE, folder / "articles" / ARTICLE.name)
    sparse = folder / "articles" / "sparse.md"
    with open(sparse, "wb") as stream:
        stream.truncate(20 * 1000**3)  # 20 GB, no disk used
    os.mkfifo(folder / "articles" / "pipe.md")
    articles = {"reference": ARTICLE.name, "sparse 20 GB": "sparse.md", "FIFO": "pipe.md"}
    try:
        os.mknod(folder / "articles" / "zero.md", stat.S_IFCHR | 0o600, os.makedev(1, 5))
        articles["/dev/zero device"] = "zero.md"
    except PermissionError:
        pass  # making a device needs root
    text = CLAIMS.read_text(encoding="utf-8")
    cases = {}
    for index, (name, article) in enumerate(articles.items()):
        claims = folder / "claims" / f"case-{index}.yaml"
        claims.write_text(text.replace(ARTICLE.name, article), encoding="utf-8")
        cases[name] = claims
    return cases


def _run_once(claims: Path, root: Path) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MiB and the exit status of one verify process."""
    command = [sys.executable, "-m", "factcheck", "verify", "--root", str(root)]
    command += ["--format", "json", str(claims)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = start + TIMEOUT_S
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            _, status, usage = os.wait4(process.pid, 0)
            return TIMEOUT_S, usage.ru_maxrss / 1024, "killed after 60 s"
        time.sleep(0.005)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, f"exit {process.returncode}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-hostile-") as temporary:
        folder = Path(temporary)
        cases = _make_cases(folder)
        figures: dict[str, list[tuple[float, float, str]]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so a noisy moment hits every case
            for name, claims in cases.items():
                figures[name].append(_run_once(claims, folder))
    reference = statistics.median(wall for wall, _, _ in figures["reference"])
    print(f"{'article':<18} {'wall ms':>9} {'vs ref':>7} {'peak MiB':>9}  outcome")
    for name, runs in figures.items():
        wall = statistics.median(w for w, _, _ in runs)
        peak = max(p for _, p, _ in runs)
        print(f"{name:<18} {wall * 1000:9.0f} {wall / reference:7.2f} {peak:9.1f}  {runs[-1][2]}")


if __name__ == "__main__":
    main()
