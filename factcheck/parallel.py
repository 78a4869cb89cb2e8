"""Running many claims files: in worker processes (`--jobs`), or a CI job's share (`--shard`).

Output never depends on either: results come back in the order of the (sorted) input, and a
file's shard depends only on its own path, so merging the shards of a CI matrix gives the
serial run's findings.
"""

from __future__ import annotations

import os
import zlib
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.collector import file_checked, tune_for_many_files
from factcheck.config import Config
from factcheck.result import FileResult

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

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
    """Check the claims file at `path` (a string: an archive's list of them stays small).

    An unexpected exception is a factcheck bug: it becomes an FC120 finding for this file,
    and the run goes on with the others. OSError is the run's (a file vanished, say: exit 2),
    and so is MemoryError, noted with the file's name.
    """
    from factcheck import engine
    from factcheck.paths import display_path

    file = Path(path)
    display = display_path(file)
    try:
        result = engine.check_file(
            file,
            display,
            settings.config,
            article_override=settings.article_override,
            ground=settings.ground,
        )
    except (OSError, KeyboardInterrupt):
        raise
    except MemoryError as error:  # not a bug but the machine's limit: cli.main() says so
        error.add_note(display)
        raise
    except Exception as error:  # reported as a finding, never a traceback
        return crashed(path, f"{type(error).__name__} (a factcheck bug; please report it)")
    file_checked()
    return result


def crashed(path: str, reason: str) -> FileResult:
    """The result of a file whose check did not finish: one FC120 finding, no claims."""
    from factcheck.findings import Finding
    from factcheck.paths import display_path

    display = display_path(Path(path))
    message = f"factcheck could not finish checking this file: {reason}"
    hint = "Run factcheck on this file alone to see whether it happens again."
    return FileResult(
        claims_file=display,
        findings=[Finding("FC120", "error", message, display, 1, 1, hint)],
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


def check_all(files: Sequence[str], settings: RunSettings, jobs: int) -> Iterator[FileResult]:
    """Results for `files`, in their order, from `jobs` processes."""
    # Imported before the freeze, so the collector never scans the engine's modules, which
    # live to the end: imported after it, they filled the young generation and made a cold
    # verify collect it once (4 ms) in the middle of importing markdown-it.
    from factcheck import engine  # noqa: F401
    from factcheck.model.reading import expect_files

    expect_files(len(files) // max(jobs, 1))  # forked workers inherit it
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

    A worker that dies (killed, out of memory, a crash in C) breaks the whole pool and every
    chunk in it. The chunk being read is then re-run a file at a time, each in a worker of
    its own, so only a file that kills its worker again is lost, as an FC120 finding; the
    chunks after it go to a fresh pool. Results keep the files' order throughout.
    """
    size = max(1, min(32, len(files) // (jobs * CHUNKS_AHEAD_PER_WORKER)))
    chunks: Iterator[_Chunk] = (
        _Chunk(list(files[start : start + size])) for start in range(0, len(files), size)
    )
    retry: deque[_Chunk] = deque()  # chunks lost with a broken pool, to run first
    while True:
        while retry and retry[0].suspect:
            yield _alone(retry.popleft().paths[0], settings)
        queue = _ChunkQueue(retry, chunks)
        if not queue:
            return
        retry = yield from _in_one_pool(queue, settings, jobs)


def _alone(path: str, settings: RunSettings) -> FileResult:
    """Check one file of a broken pool's chunk in a worker of its own: if that worker dies
    too, this file killed it (FC120); no other file is in the way."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(1, initializer=_start_worker, initargs=(settings,))
    try:
        return _submit(pool, [path]).result()[0]
    except BrokenProcessPool:
        return crashed(path, "the worker process checking it died")
    except OSError:
        raise
    except Exception as error:  # a worker's failure is a finding
        return crashed(path, f"{type(error).__name__} in a worker process (a factcheck bug)")
    except BaseException:  # Ctrl-C: do not wait for the worker
        _stop_workers(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@dataclass(slots=True)
class _Chunk:
    """Files checked together by one worker; `suspect` once they were in a broken pool."""

    paths: list[str]
    suspect: bool = False


class _ChunkQueue:
    """The chunks still to run: the ones a broken pool lost first, then the rest in order."""

    def __init__(self, retry: deque[_Chunk], rest: Iterator[_Chunk]) -> None:
        self.retry = retry
        self.rest = rest
        self.peeked: _Chunk | None = None

    def __bool__(self) -> bool:
        if self.retry or self.peeked is not None:
            return True
        self.peeked = next(self.rest, None)
        return self.peeked is not None

    def next(self) -> _Chunk | None:
        if self.retry:
            return self.retry.popleft()
        if self.peeked is not None:
            chunk, self.peeked = self.peeked, None
            return chunk
        return next(self.rest, None)


def _in_one_pool(
    queue: _ChunkQueue, settings: RunSettings, jobs: int
) -> Generator[FileResult, None, deque[_Chunk]]:
    """Run chunks from `queue` in one pool until it is done (returns no chunks to retry) or
    breaks (returns the chunks it lost, in order, the broken one split into single files)."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # Forked workers inherit the collector's tuning; spawned ones (macOS, Windows) run it in
    # _start_worker, which also hands them the settings once rather than with every chunk.
    pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(settings,))
    ahead: deque[tuple[_Chunk, Future[list[FileResult]]]] = deque()
    try:

        def submit_next() -> None:
            chunk = queue.next()
            if chunk is not None:
                ahead.append((chunk, _submit(pool, chunk.paths)))

        for _ in range(jobs * CHUNKS_AHEAD_PER_WORKER):
            submit_next()
        while ahead:
            chunk, future = ahead.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                lost = deque(c for c, _ in ahead)
                lost.extendleft(reversed([_Chunk([path], suspect=True) for path in chunk.paths]))
                return lost
            except (OSError, KeyboardInterrupt):
                raise
            except Exception as error:  # a worker's failure is a finding
                reason = f"{type(error).__name__} in a worker process (a factcheck bug)"
                results = [crashed(path, reason) for path in chunk.paths]
            submit_next()
            yield from results
        return deque()
    except BaseException:  # Ctrl-C, or the reader stopped: do not wait for running chunks
        _stop_workers(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's worker processes now (they ignore Ctrl-C, and would finish their
    chunks first). The executor keeps them in a private mapping; without it, we wait."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def _submit(pool: ProcessPoolExecutor, paths: list[str]) -> Future[list[FileResult]]:
    """Queue a chunk, with Ctrl-C held back while `submit` starts worker processes.

    Ctrl-C reaches the whole process group, and a worker must never answer it: the main
    process alone says "interrupted" and stops the pool. A worker ignores it from its
    initializer on, but it is born earlier (forked or spawned inside `submit`); Ctrl-C in
    between, on a loaded machine, made it print "Exception in initializer" and a traceback.
    With SIGINT blocked here, a worker is born with it blocked and `_start_worker` unblocks
    it once it is ignored (a pending one is then dropped); the main process gets its own
    Ctrl-C as soon as `submit` returns.
    """
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks, nothing to hold
        return pool.submit(_check_chunk, paths)
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return pool.submit(_check_chunk, paths)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


_worker_settings: RunSettings | None = None


def _start_worker(settings: RunSettings) -> None:
    global _worker_settings
    _worker_settings = settings
    tune_for_many_files()
    # Ctrl-C reaches the whole process group: the main process alone says "interrupted"
    # and stops the pool; a worker printing its own KeyboardInterrupt traceback would not.
    # The worker was born with SIGINT blocked (`_submit`): ignore it, then let it through.
    import signal  # here: only a worker needs it, not a run with one job

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


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
