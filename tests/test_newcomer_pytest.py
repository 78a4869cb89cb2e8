"""Under `pytest claims/`, a claim nobody verified is WARNED, not PASSED (issue 15, item 5)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS

CLAIMS = f"claims/{BUNDLED_CLAIMS.name}"


def _pytest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles").mkdir()
    shutil.copy(BUNDLED_CLAIMS, tmp_path / "claims")
    shutil.copy(BUNDLED_CLAIMS.with_name(BUNDLED_CLAIMS.stem + ".lock.json"), tmp_path / "claims")
    shutil.copy(BUNDLED_ARTICLE, tmp_path / "articles")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "claims", "-p", "no:cacheprovider", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )


def test_an_unverified_claim_is_warned_and_its_finding_listed(tmp_path: Path) -> None:
    done = _pytest(tmp_path, "-v", "-k", "briefing-date or round-2-date")
    assert done.returncode == 0, done.stdout  # warnings do not fail the run
    lines = done.stdout.splitlines()
    assert any(line.startswith(f"{CLAIMS}::briefing-date WARNED") for line in lines)
    assert any(line.startswith(f"{CLAIMS}::round-2-date PASSED") for line in lines)
    section = lines.index(next(line for line in lines if " factcheck warnings " in line))
    assert lines[section + 1] == (f"{CLAIMS}:748:13: FC425 warning: `briefing-date` is unverified")
    assert " 1 passed, 80 deselected, 1 warned in " in lines[-1]


def test_the_quiet_run_counts_warned_apart(tmp_path: Path) -> None:
    done = _pytest(tmp_path, "-q")
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1].startswith("77 passed, 5 warned in ")
    assert done.stdout.count(": FC425 warning: ") == 5
