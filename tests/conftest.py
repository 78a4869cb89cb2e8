"""Shared helpers: run the real command line in-process and read what a user would see."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
BUNDLED_CLAIMS = ROOT / "claims" / "2025-06-27-putin-third-round.yaml"
BUNDLED_ARTICLE = ROOT / "articles" / "2025-06-27-putin-third-round.md"
# Coverage off for the small fixtures; tests of coverage delete FACTCHECK_CONFIG themselves.
TEST_CONFIG = FIXTURES / "factcheck.yaml"


@dataclass
class Run:
    """What a user sees of one `factcheck` invocation."""

    code: int
    out: str
    err: str

    @property
    def report(self) -> dict:
        return json.loads(self.out)

    def findings(self, code: str | None = None) -> list[dict]:
        return [f for f in self.report["findings"] if code is None or f["code"] == code]


# Commands that read inside a repository root and take `--root`.
ROOTED_COMMANDS = ("verify", "validate", "accept", "extract", "config", "export")


def with_root(args: list[str], tmp_path: Path) -> list[str]:
    """`args`, with `--root tmp_path` when a path given lies in tmp_path and none is set.

    A test's files live in tmp_path, outside this repository, as a newsroom's files live in
    its own repository: the run's root is then tmp_path, as a user would pass `--root`.
    """
    if not args or args[0] not in ROOTED_COMMANDS or "--root" in args:
        return args
    inside = str(tmp_path.resolve())
    read = [a for i, a in enumerate(args) if i == 0 or args[i - 1] not in NOT_READ_IN_ROOT]
    if any(a == inside or a.startswith(inside + os.sep) for a in read[1:]):
        return [args[0], "--root", inside, *args[1:]]
    return args


# Options whose file does not move the root: reports written, and an explicit configuration
# (chosen by whoever runs factcheck, it may live anywhere, as a CI workflow's may).
NOT_READ_IN_ROOT = ("--output", "--report-dir", "--config")


def bundled_copy(tmp_path: Path) -> Path:
    """A copy of the bundled claims file and its article in tmp_path (claims/, articles/),
    for tests that check it against an edited article: the edit must lie inside the root
    with the claims file, as in a newsroom's repository. Returns the claims file's path."""
    claims = tmp_path / "claims" / BUNDLED_CLAIMS.name
    claims.parent.mkdir(exist_ok=True)
    claims.write_bytes(BUNDLED_CLAIMS.read_bytes())
    lock = BUNDLED_CLAIMS.with_name(BUNDLED_CLAIMS.stem + ".lock.json")
    if lock.is_file():
        claims.with_name(lock.name).write_bytes(lock.read_bytes())
    (tmp_path / "articles").mkdir(exist_ok=True)
    (tmp_path / "articles" / BUNDLED_ARTICLE.name).write_bytes(BUNDLED_ARTICLE.read_bytes())
    return claims


@pytest.fixture
def factcheck(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Call `factcheck ARGS...` from the repository root; returns a `Run`."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("FACTCHECK_CONFIG", str(TEST_CONFIG))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

    def run(*args: str | Path) -> Run:
        code = main(with_root([str(a) for a in args], tmp_path))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
