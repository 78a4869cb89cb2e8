"""Shared helpers: run the real command line in-process and read what a user would see."""

from __future__ import annotations

import json
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


@pytest.fixture
def factcheck(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Call `factcheck ARGS...` from the repository root; returns a `Run`."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("FACTCHECK_CONFIG", str(TEST_CONFIG))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

    def run(*args: str | Path) -> Run:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
