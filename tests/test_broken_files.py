"""Every kind of mistake in a claims file: exit code, finding code and line, as a user sees them.

Each file in fixtures/broken/ marks the line the finding must point at with a trailing
`# expect: FCnnn` comment (and `exit N` where the exit code is not 1).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import FIXTURES

BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))
_MARK = re.compile(rb"# expect: (FC\d{3})(?: exit (\d))?")


def expectation(path: Path) -> tuple[str, int, int]:
    """The code, line and exit code a broken file declares."""
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        match = _MARK.search(line)
        if match:
            return match.group(1).decode(), number, int(match.group(2) or 1)
    raise AssertionError(f"{path.name} declares no expectation")


def test_there_are_enough_broken_files() -> None:
    assert len(BROKEN) >= 20
    assert len({expectation(p)[0] for p in BROKEN}) >= 20


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_file_is_reported_on_its_line(factcheck, path: Path) -> None:
    code, line, exit_code = expectation(path)
    run = factcheck("verify", "--format", "json", path)
    assert run.code == exit_code, run.out + run.err
    assert run.err == ""
    found = run.findings(code)
    assert found, f"no {code} in {[f['code'] for f in run.findings()]}"
    assert any(f["line"] == line for f in found), [(f["line"], f["message"]) for f in found]
    assert all(f["message"] and f["column"] >= 1 for f in found)


def _caught_by_validate(path: Path) -> bool:
    """Loading mistakes (FC1xx but the dateline, which needs the article) and check misuse."""
    code = expectation(path)[0]
    return (code.startswith("FC1") and code != "FC114") or code == "FC411"


LOADING_MISTAKES = [p for p in BROKEN if _caught_by_validate(p)]


@pytest.mark.parametrize("path", LOADING_MISTAKES, ids=[p.stem for p in LOADING_MISTAKES])
def test_validate_reports_loading_mistakes_in_line_format(factcheck, path: Path) -> None:
    code, line, _ = expectation(path)
    run = factcheck("validate", path)
    assert run.code == 1
    relative = path.relative_to(FIXTURES.parent.parent).as_posix()
    assert re.search(rf"^{re.escape(relative)}:{line}:\d+: {code} error ", run.out, re.M), run.out
