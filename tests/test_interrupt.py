"""Ctrl-C exits 130 with one line and leaves no temporary file; a check that crashes, or a
worker process that dies under --jobs, is an FC120 finding for its file, never a lost
result or a traceback."""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

import factcheck.engine
from conftest import ROOT

ARTICLE = """\
---
title: Swap
published: 2025-06-27T22:57:00+03:00
---

A 1,000-for-1,000 swap took place in late May.
"""
CLAIMS = """\
article:
  path: a.md
subjects:
  swap: {kind: event}
claims:
  - id: swap-date
    subject: swap
    property: date
    type: date
    value: 2025-05-21/2025-05-31
    text: late May
    status: unverified
"""


def _files(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    paths = []
    for name in names:
        (folder / name).write_text(CLAIMS, encoding="utf-8")
        paths.append(folder / name)
    return paths


def _failing_for(marker: str, failure):  # type: ignore[no-untyped-def]
    """check_file, failing with `failure()` for files whose name holds `marker`."""
    original = factcheck.engine.check_file

    def check_file(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if marker in path.name:
            failure()
        return original(path, *args, **kwargs)

    return check_file


def test_ctrl_c_while_checking_exits_130_and_leaves_the_report_untouched(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = tmp_path / "claims"
    _files(claims, "a.yaml", "b-interrupt.yaml", "c.yaml")
    out = tmp_path / "out"
    out.mkdir()
    report = out / "report.json"
    report.write_text("the previous report\n", encoding="utf-8")

    def interrupt() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(factcheck_engine(), "check_file", _failing_for("interrupt", interrupt))
    run = factcheck("verify", "--format", "json", "--output", report, claims)
    assert run.code == 130
    assert run.err == "factcheck: interrupted\n"
    assert run.out == ""
    assert sorted(p.name for p in out.iterdir()) == ["report.json"]  # no temporary file
    assert report.read_text(encoding="utf-8") == "the previous report\n"


def test_ctrl_c_while_writing_the_html_report_leaves_no_temporary_file(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [claims] = _files(tmp_path / "claims", "a.yaml")
    out = tmp_path / "out"
    out.mkdir()
    import factcheck.report as reports

    def render(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(reports, "render", render)
    run = factcheck("verify", "--format", "html", "--output", out / "report.html", claims)
    assert (run.code, run.err) == (130, "factcheck: interrupted\n")
    assert list(out.iterdir()) == []


# How long the child may take to reach the slow file: generous, since the machine may be
# loaded (a full test run beside it), but bounded, so a child that never gets there fails
# the test with its standard error rather than hanging it.
READY_WITHIN = 120


def _ready_lines(process: subprocess.Popen, expected: list[str]) -> None:  # type: ignore[type-arg]
    """Wait (at most READY_WITHIN seconds) until the child has printed every line of
    `expected`, in any order: it is then where the test means to press Ctrl-C."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout], daemon=True
    ).start()
    waiting = sorted(expected)
    deadline = time.monotonic() + READY_WITHIN
    while waiting:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            process.kill()
            pytest.fail(
                f"the child did not get ready ({waiting} not seen): {process.stderr.read()}"
            )
        assert line in waiting, f"unexpected output {line!r}"
        waiting.remove(line)


def _ctrl_c_while_checking(tmp_path: Path, jobs: str, starting_worker: bool = False):  # type: ignore[no-untyped-def]
    """Run `verify --jobs JOBS` in a child whose check of b-slow.yaml sleeps, and press
    Ctrl-C (SIGINT to the whole process group, as a terminal sends it, workers included)
    once it is there: its exit code, its standard error, and what is left in the output
    folder.

    With `starting_worker`, the second worker is held where a loaded machine may keep one:
    born, but not yet through the initializer that makes it ignore Ctrl-C (it says
    "starting" there), and the main process is slow to stop the workers, so a worker that
    took Ctrl-C would have time to print its traceback.
    """
    claims = tmp_path / "claims"
    _files(claims, "a.yaml", "b-slow.yaml", "c.yaml")
    out = tmp_path / "out"
    out.mkdir()
    script = textwrap.dedent(
        f"""
        import multiprocessing, signal, sys, time
        import factcheck.engine as engine
        import factcheck.parallel as parallel
        from factcheck.cli import main

        # Ctrl-C as a terminal delivers it, whatever the test's parent passed down: a shell
        # starts a background job (`pytest &` in a script) with SIGINT ignored, and a child
        # keeps that, so the run went on to exit 0 as if Ctrl-C had never been pressed.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {{signal.SIGINT}})

        original = engine.check_file

        def slow(path, *args, **kwargs):
            if "slow" in path.name:
                print("checking", flush=True)
                time.sleep(60)
            return original(path, *args, **kwargs)

        engine.check_file = slow
        if {starting_worker!r}:
            start, stop = parallel._start_worker, parallel._stop_workers

            def late_start(settings):
                if multiprocessing.current_process().name.endswith("-2"):
                    print("starting", flush=True)
                    time.sleep(60)
                start(settings)

            def slow_stop(pool):
                time.sleep(2)
                stop(pool)

            parallel._start_worker, parallel._stop_workers = late_start, slow_stop
        sys.exit(main(["verify", "--jobs", {jobs!r}, "--root", {str(tmp_path)!r},
                       "--format", "json", "--output", {str(out / "report.json")!r},
                       {str(claims)!r}]))
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "FACTCHECK_CONFIG": str(ROOT / "tests" / "fixtures" / "factcheck.yaml")},
    )
    try:
        _ready_lines(process, ["checking\n"] + (["starting\n"] if starting_worker else []))
        os.killpg(process.pid, signal.SIGINT)
        stderr = process.stderr.read()
        process.wait(timeout=30)
    finally:
        # Nothing of the group may outlive the test (a worker sleeping, say).
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    return process.returncode, stderr, list(out.iterdir())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_real_ctrl_c_exits_130_without_a_traceback_or_temporary_file(
    tmp_path: Path, jobs: str
) -> None:
    assert _ctrl_c_while_checking(tmp_path, jobs) == (130, "factcheck: interrupted\n", [])


def test_a_real_ctrl_c_while_a_worker_is_still_starting_prints_no_traceback(
    tmp_path: Path,
) -> None:
    """Ctrl-C between a worker's birth and its ignoring Ctrl-C: the worker must not take it
    (it printed "Exception in initializer" and a KeyboardInterrupt traceback)."""
    code, stderr, left = _ctrl_c_while_checking(tmp_path, "2", starting_worker=True)
    assert (code, stderr, left) == (130, "factcheck: interrupted\n", [])


def test_a_check_that_raises_is_fc120_for_its_file_and_the_others_are_checked(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = tmp_path / "claims"
    _files(claims, "a.yaml", "b-bug.yaml", "c.yaml")

    def bug() -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(factcheck_engine(), "check_file", _failing_for("bug", bug))
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 1
    [finding] = run.findings("FC120")
    assert finding["file"].endswith("b-bug.yaml")
    assert (finding["line"], finding["column"]) == (1, 1)
    assert finding["message"] == (
        "factcheck could not finish checking this file: ZeroDivisionError "
        "(a factcheck bug; please report it)"
    )
    assert [c["id"] for c in run.report["claims"]] == ["swap-date", "swap-date"]
    assert "Traceback" not in run.err


@pytest.mark.parametrize("death", ["exit", "sigkill"])
def test_a_worker_that_dies_under_jobs_is_fc120_for_its_file_only(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, death: str
) -> None:
    claims = tmp_path / "claims"
    names = ["a.yaml", "b.yaml", "c-dies.yaml", "d.yaml", "e.yaml", "f.yaml"]
    _files(claims, *names)

    def die() -> None:  # runs in a forked worker, never in the test's process
        if death == "exit":
            os._exit(3)
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(factcheck_engine(), "check_file", _failing_for("dies", die))
    run = factcheck("verify", "--format", "json", "--jobs", "2", claims)
    assert run.code == 1, run.err
    [finding] = run.findings("FC120")
    assert finding["file"].endswith("c-dies.yaml")
    assert finding["message"] == (
        "factcheck could not finish checking this file: the worker process checking it died"
    )
    # Every other file was checked, in order: one claim each.
    assert len(run.report["claims"]) == len(names) - 1
    assert "Traceback" not in run.err


def factcheck_engine():  # type: ignore[no-untyped-def]
    """The engine module, whose check_file the runner calls by attribute."""
    return factcheck.engine
