"""A checkout moved to another folder with its `.factcheck/` cache: the entries and the
archive index keep a correction's target relative to the root, so `--changed-since` in the
new folder reports what it reports in the old one (no false FC601 for a corrected claim)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from archive_helpers import article, claim, commit_archive, configure, git

INDEX = Path(".factcheck") / "archive" / "index.json"
SUBJECTS = """subjects:
  round-2: {kind: event, name: second round}
  ceasefire-proposal: {kind: event, name: ceasefire proposal}
  swap: {kind: event, name: prisoner exchange}
"""


def _newsroom(root: Path) -> None:
    """June 2 said a 90-day proposal; June 27 corrects it to 30 days, with a note. Committed,
    and checked once in full (which writes the entries and the index)."""
    root.mkdir()
    article(
        root,
        "june-02",
        "2025-06-02",
        "Kyiv wants a 90-day ceasefire.",
        claim("proposal", "ceasefire-proposal", "duration", "duration", "P90D", "90-day"),
    )
    article(
        root,
        "june-27",
        "2025-06-27",
        "Kyiv proposed a 30-day ceasefire.",
        claim("proposal-length", "ceasefire-proposal", "duration", "duration", "P30D",
              "30-day", "corrects: june-02.yaml#proposal",
              "correction: An earlier report said 90 days; Kyiv proposed 30."),
    )  # fmt: skip
    (root / "subjects").mkdir()
    (root / "subjects" / "talks.yaml").write_text(SUBJECTS, encoding="utf-8")
    configure(root, "subjects")
    commit_archive(root)


def _edit_the_corrected_file(root: Path) -> None:
    path = root / "claims" / "june-02.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8")


def _findings(factcheck, monkeypatch, root: Path, *args: str) -> list[tuple]:
    monkeypatch.chdir(root)
    run = factcheck("verify", "--format", "json", *args)
    assert run.code in (0, 1), run.err
    return [(f["code"], f["file"], f["line"], f["message"]) for f in run.findings()]


@pytest.fixture
def moved(factcheck, tmp_path, monkeypatch) -> tuple[Path, Path]:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    old = tmp_path / "newsroom"
    _newsroom(old)
    assert _findings(factcheck, monkeypatch, old) == []  # the full run: cache and index
    assert (old / INDEX).is_file()
    new = tmp_path / "elsewhere" / "newsroom"
    shutil.copytree(old, new, symlinks=True)
    for root in (old, new):
        _edit_the_corrected_file(root)
    return old, new


def test_the_cache_stores_correction_targets_inside_the_root(moved):
    old, _ = moved
    index = (old / INDEX).read_text(encoding="utf-8")
    assert str(old) not in index
    assert '"claims/june-02.yaml","proposal"' in index
    entries = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in (old / ".factcheck" / "archive").iterdir()
        if path.name != "index.json"
    ]
    targets = [row[10] for entry in entries for row in entry["facts"] if row[10]]
    assert targets == [["claims/june-02.yaml", "proposal"]]


def test_a_moved_checkout_with_its_cache_reports_the_same(factcheck, monkeypatch, moved):
    old, new = moved
    through_index = _findings(factcheck, monkeypatch, new, "--changed-since", "HEAD")
    assert through_index == _findings(factcheck, monkeypatch, old, "--changed-since", "HEAD")
    assert through_index == []  # the correction still excuses the 90 days
    (new / INDEX).unlink()  # through the entries alone
    assert _findings(factcheck, monkeypatch, new, "--changed-since", "HEAD") == []
    assert _findings(factcheck, monkeypatch, new) == []


def test_a_conflict_is_still_found_in_the_moved_checkout(factcheck, monkeypatch, moved):
    _, new = moved
    path = new / "claims" / "june-27.yaml"
    text = path.read_text(encoding="utf-8").replace("    corrects: june-02.yaml#proposal\n", "")
    path.write_text(text.replace("    correction: An earlier", "    note: An earlier"), "utf-8")
    git(new, "commit", "-q", "-am", "no longer a correction")
    _edit_the_corrected_file(new)
    [finding] = _findings(factcheck, monkeypatch, new, "--changed-since", "HEAD")
    assert finding[:2] == ("FC601", "claims/june-02.yaml")
