"""Running many claims files: in worker processes (`--jobs`), or a CI job's share (`--shard`).

Output never depends on either: results come back in the order of the (sorted) input, and a
file's shard depends only on its own path, so merging the shards of a CI matrix gives the
serial run's findings.
"""

from __future__ import annotations

import os
import zlib
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.collector import file_checked, tune_for_many_files
from factcheck.config import Config
from factcheck.result import FileResult

# Chunks of files queued for the workers at a time, per worker: enough that none waits for
# the next, few enough that an archive's files and results are not all held at once.
CHUNKS_AHEAD_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class RunSettings:
    """What every file of a run is checked with; a worker process receives it once."""

    config: Config
    article_override: Path | None
    ground: bool


def check_one(path: str, settings: RunSettings) -> FileResult:
    """Check the claims file at `path` (a string: an archive's list of them stays small)."""
    from factcheck.engine import check_file
    from factcheck.paths import display_path

    file = Path(path)
    result = check_file(
        file,
        display_path(file),
        settings.config,
        article_override=settings.article_override,
        ground=settings.ground,
    )
    file_checked()
    return result


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


def check_all(files: Sequence[str], settings: RunSettings, jobs: int) -> Iterator[FileResult]:
    """Results for `files`, in their order, from `jobs` processes."""
    tune_for_many_files()
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield check_one(path, settings)
        return
    yield from _in_workers(files, settings, jobs)


def _in_workers(files: Sequence[str], settings: RunSettings, jobs: int) -> Iterator[FileResult]:
    """Chunks of files checked by worker processes, a few chunks ahead of the reader.

    `Executor.map` would submit every chunk at once and keep each one's files and results
    until read; here at most `CHUNKS_AHEAD_PER_WORKER` chunks a worker wait or are worked on.
    """
    from concurrent.futures import Future, ProcessPoolExecutor

    size = max(1, min(32, len(files) // (jobs * CHUNKS_AHEAD_PER_WORKER)))
    starts = iter(range(0, len(files), size))
    # Forked workers inherit the collector's tuning; spawned ones (macOS, Windows) run it in
    # _start_worker, which also hands them the settings once rather than with every chunk.
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(settings,)) as pool:
        ahead: deque[Future[list[FileResult]]] = deque()

        def submit_next() -> None:
            start = next(starts, None)
            if start is not None:
                ahead.append(pool.submit(_check_chunk, files[start : start + size]))

        for _ in range(jobs * CHUNKS_AHEAD_PER_WORKER):
            submit_next()
        while ahead:
            results = ahead.popleft().result()
            submit_next()
            yield from results


_worker_settings: RunSettings | None = None


def _start_worker(settings: RunSettings) -> None:
    global _worker_settings
    _worker_settings = settings
    tune_for_many_files()


def _check_chunk(paths: list[str]) -> list[FileResult]:
    assert _worker_settings is not None, "worker started without _start_worker"
    return [check_one(path, _worker_settings) for path in paths]


def parse_shard(value: str) -> tuple[int, int]:
    """`K/N` → (K, N), 1 ≤ K ≤ N."""
    k_text, _, n_text = value.partition("/")
    if not (k_text.isdigit() and n_text.isdigit()) or not 1 <= int(k_text) <= int(n_text):
        raise ValueError(f"--shard takes K/N with 1 ≤ K ≤ N (such as 2/4), not {value!r}")
    return int(k_text), int(n_text)


def in_shard(display: str, k: int, n: int) -> bool:
    """Whether the file shown as `display` belongs to shard k of n (by a hash of its path)."""
    return zlib.crc32(display.replace(os.sep, "/").encode("utf-8")) % n == k - 1
