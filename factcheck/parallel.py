"""Running many claims files: in worker processes (`--jobs`), or a CI job's share (`--shard`).

Output never depends on either: results come back in the order of the (sorted) input, and a
file's shard depends only on its own path, so merging the shards of a CI matrix gives the
serial run's findings.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.collector import tune_for_many_files
from factcheck.config import Config
from factcheck.result import FileResult


@dataclass(frozen=True, slots=True)
class Task:
    """One claims file to check, with everything a worker process needs."""

    path: Path
    display: str
    config: Config
    article_override: Path | None
    ground: bool


def _check(task: Task) -> FileResult:
    from factcheck.engine import check_file

    return check_file(
        task.path,
        task.display,
        task.config,
        article_override=task.article_override,
        ground=task.ground,
    )


def job_count(value: str) -> int:
    """`--jobs` as a number of processes: a positive number, or `auto` (the usable CPUs)."""
    if value == "auto":
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"--jobs takes a positive number or auto, not {value!r}")
    return int(value)


def check_all(tasks: list[Task], jobs: int) -> Iterator[FileResult]:
    """Results of `tasks`, in their order, from `jobs` processes."""
    tune_for_many_files()
    if jobs <= 1 or len(tasks) < 2:
        for task in tasks:
            yield _check(task)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(32, len(tasks) // (jobs * 4)))
    # Forked workers inherit the tuning; spawned ones (macOS, Windows) run it themselves.
    with ProcessPoolExecutor(max_workers=jobs, initializer=tune_for_many_files) as pool:
        yield from pool.map(_check, tasks, chunksize=chunk)


def parse_shard(value: str) -> tuple[int, int]:
    """`K/N` → (K, N), 1 ≤ K ≤ N."""
    k_text, _, n_text = value.partition("/")
    if not (k_text.isdigit() and n_text.isdigit()) or not 1 <= int(k_text) <= int(n_text):
        raise ValueError(f"--shard takes K/N with 1 ≤ K ≤ N (such as 2/4), not {value!r}")
    return int(k_text), int(n_text)


def in_shard(display: str, k: int, n: int) -> bool:
    """Whether the file shown as `display` belongs to shard k of n (by a hash of its path)."""
    return zlib.crc32(display.replace(os.sep, "/").encode("utf-8")) % n == k - 1
