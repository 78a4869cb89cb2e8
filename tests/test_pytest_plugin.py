"""The pytest plugin, run as a newsroom runs it: `pytest claims/` in a repository of its own."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS

LOCK = BUNDLED_CLAIMS.with_name(BUNDLED_CLAIMS.stem + ".lock.json")


def _newsroom(tmp_path: Path, edit: tuple[str, str] | None = None) -> Path:
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles").mkdir()
    shutil.copy(BUNDLED_CLAIMS, tmp_path / "claims")
    shutil.copy(LOCK, tmp_path / "claims")
    text = BUNDLED_ARTICLE.read_text(encoding="utf-8")
    if edit:
        assert text.count(edit[0]) == 1
        text = text.replace(*edit)
    (tmp_path / "articles" / BUNDLED_ARTICLE.name).write_text(text, encoding="utf-8")
    return tmp_path


def _pytest(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "claims", "-p", "no:cacheprovider", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


def test_collects_one_item_per_claim_and_per_check(tmp_path: Path) -> None:
    done = _pytest(_newsroom(tmp_path), "-q")
    assert done.returncode == 0, done.stdout
    assert (
        done.stdout.strip().splitlines()[-1].startswith("77 passed, 5 warned")
    )  # 63 claims, 19 checks


def test_dash_k_selects_by_id(tmp_path: Path) -> None:
    done = _pytest(_newsroom(tmp_path), "-q", "-k", "round-2-date or rounds-in-order")
    assert done.returncode == 0
    assert done.stdout.strip().splitlines()[-1].startswith("2 passed, 80 deselected")


def test_a_failure_shows_yaml_lines_and_article_words_not_a_traceback(tmp_path: Path) -> None:
    repo = _newsroom(tmp_path, ("meeting on May 16.", "meeting on May 17."))
    done = _pytest(repo, "-q")
    assert done.returncode == 1
    out = done.stdout
    assert "Traceback" not in out and "def runtest" not in out
    assert "FAILED claims/2025-06-27-putin-third-round.yaml::round-1-date" in out
    assert "    text: May 16" in out  # the claim's own YAML lines, numbered
    assert "context: following an earlier meeting on May 16" in out
    assert "FC203 error: the context is not in the article" in out
    assert "nearest passage: “following an earlier meeting on May 17.”" in out


def test_junit_xml_has_a_testcase_per_item(tmp_path: Path) -> None:
    repo = _newsroom(tmp_path, ("meeting on May 16.", "meeting on May 17."))
    _pytest(repo, "-q", "--junit-xml", str(tmp_path / "junit.xml"))
    suite = ET.parse(tmp_path / "junit.xml").getroot().find("testsuite")
    assert suite is not None
    # 63 claims, 19 checks, and the file's own item: "May 17" is a date no claim covers.
    assert suite.get("tests") == "83"
    failed = {
        case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None
    }
    assert "round-1-date" in failed
    assert "rounds-in-order" not in failed


def test_runs_under_xdist_with_the_same_items(tmp_path: Path) -> None:
    done = _pytest(_newsroom(tmp_path), "-q", "-n", "2")
    assert done.returncode == 0, done.stdout
    assert done.stdout.strip().splitlines()[-1].startswith("77 passed, 5 warned")


def test_collection_reads_only_the_head_of_a_huge_file_in_a_claims_folder(tmp_path: Path) -> None:
    """A 4 GB file named like a claims file (a pull request can add one; sparse here) is
    looked at, not read whole: under a 2 GiB address-space limit, reading it whole fails.
    The other files are collected as before."""
    repo = _newsroom(tmp_path)
    with open(repo / "claims" / "huge.yaml", "wb") as stream:
        stream.truncate(4 * 1024**3)
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3,) * 2); "
    run_pytest = "import pytest, sys; sys.exit(pytest.main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", limit + run_pytest, "claims", "-p", "no:cacheprovider", "-q"],
        cwd=repo, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.stdout.strip().splitlines()[-1].startswith("77 passed, 5 warned"), done.stdout
