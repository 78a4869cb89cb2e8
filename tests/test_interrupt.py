"""Ctrl-C exits 130 with one line and leaves no temporary file; a check that crashes, or a
worker process that dies under --jobs, is an FC120 finding for its file, never a lost
result or a traceback."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
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


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_real_ctrl_c_exits_130_without_a_traceback_or_temporary_file(
    tmp_path: Path, jobs: str
) -> None:
    """SIGINT to the whole process group, as a terminal sends it (workers included)."""
    claims = tmp_path / "claims"
    _files(claims, "a.yaml", "b-slow.yaml", "c.yaml")
    out = tmp_path / "out"
    out.mkdir()
    script = textwrap.dedent(
        f"""
        import sys, time
        import factcheck.engine as engine
        from factcheck.cli import main

        original = engine.check_file

        def slow(path, *args, **kwargs):
            if "slow" in path.name:
                print("checking", flush=True)
                time.sleep(60)
            return original(path, *args, **kwargs)

        engine.check_file = slow
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
        assert process.stdout is not None
        assert process.stdout.readline() == "checking\n"
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        # Nothing of the group may outlive the test (a worker sleeping, say).
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == 130
    assert stderr == "factcheck: interrupted\n"
    assert list(out.iterdir()) == []


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
