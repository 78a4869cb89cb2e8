"""Hostile lock files: every one is an FC206 finding on the lock, never a traceback, and
`accept` never reads or replaces a lock that is not a regular file inside the root."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import bundled_copy

LOCK_NAME = "2025-06-27-putin-third-round.lock.json"


def _lock(tmp_path: Path) -> tuple[Path, Path]:
    claims = bundled_copy(tmp_path)
    return claims, claims.with_name(LOCK_NAME)


def _fc206(factcheck, claims: Path) -> dict:
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 1, run.err
    [finding] = run.findings("FC206")
    assert finding["file"].endswith(LOCK_NAME)
    return finding


def test_the_bundled_lock_copy_reads_cleanly(factcheck, tmp_path: Path) -> None:
    claims, _ = _lock(tmp_path)
    run = factcheck("verify", "--format", "json", claims)
    assert not run.findings("FC206")


def test_a_number_of_more_than_4300_digits_is_located(factcheck, tmp_path: Path) -> None:
    claims, lock = _lock(tmp_path)
    lock.write_text('{\n  "version": 1,\n  "n": ' + "9" * 5000 + "\n}\n", encoding="utf-8")
    finding = _fc206(factcheck, claims)
    assert finding["message"] == "the lock file holds a number of more than 4,300 digits"
    assert (finding["line"], finding["column"]) == (3, 8)


def test_a_lock_nested_100000_deep_is_a_finding(factcheck, tmp_path: Path) -> None:
    claims, lock = _lock(tmp_path)
    lock.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    finding = _fc206(factcheck, claims)
    assert "nests too deeply" in finding["message"]


@pytest.mark.parametrize(("value", "what"), [(5, "int"), (None, "null"), (["a"], "list")])
def test_a_sentence_that_is_not_a_string_is_a_finding(
    factcheck, tmp_path: Path, value, what: str
) -> None:
    claims, lock = _lock(tmp_path)
    document = json.loads(lock.read_text(encoding="utf-8"))
    first = sorted(document["claims"])[0]
    document["claims"][first]["sentence"] = value
    lock.write_text(json.dumps(document), encoding="utf-8")
    finding = _fc206(factcheck, claims)
    assert finding["message"] == (
        f"the lock entry for `{first}` has a {what} as `sentence`, not a string"
    )


def test_an_entry_that_is_not_a_mapping_is_a_finding(factcheck, tmp_path: Path) -> None:
    claims, lock = _lock(tmp_path)
    lock.write_text('{"version": 1, "claims": {"round-2-date": "June 2"}}', encoding="utf-8")
    finding = _fc206(factcheck, claims)
    assert finding["message"] == "the lock entry for `round-2-date` is incomplete"


def test_a_lock_that_is_a_folder_is_a_finding(factcheck, tmp_path: Path) -> None:
    claims, lock = _lock(tmp_path)
    lock.unlink()
    lock.mkdir()
    finding = _fc206(factcheck, claims)
    assert "is a folder, not a regular file" in finding["message"]


def test_a_lock_that_is_a_fifo_is_a_finding_without_hanging(factcheck, tmp_path: Path) -> None:
    claims, lock = _lock(tmp_path)
    lock.unlink()
    os.mkfifo(lock)
    finding = _fc206(factcheck, claims)
    assert "is a FIFO, not a regular file" in finding["message"]


def test_a_lock_linked_outside_the_root_is_a_finding(factcheck, tmp_path: Path) -> None:
    claims, lock = _lock(tmp_path)
    outside = tmp_path.parent / f"{tmp_path.name}-outside.json"
    outside.write_text(lock.read_text(encoding="utf-8"), encoding="utf-8")
    try:
        lock.unlink()
        lock.symlink_to(outside)
        finding = _fc206(factcheck, claims)
        assert "outside the repository root" in finding["message"]
    finally:
        outside.unlink()


def test_a_lock_over_the_size_limit_is_a_finding(factcheck, tmp_path: Path) -> None:
    claims, lock = _lock(tmp_path)
    article = tmp_path / "articles" / "2025-06-27-putin-third-round.md"
    limit = max(claims.stat().st_size, article.stat().st_size)
    lock.write_text(lock.read_text(encoding="utf-8") + " " * limit, encoding="utf-8")
    config = tmp_path / "factcheck.yaml"
    config.write_text(f"max-file-size: {limit}\n", encoding="utf-8")
    run = factcheck("verify", "--format", "json", "--config", config, claims)
    [finding] = run.findings("FC206")
    assert "larger than the limit" in finding["message"]


def test_accept_refuses_a_lock_that_is_a_symlink(factcheck, tmp_path: Path) -> None:
    claims, lock = _lock(tmp_path)
    target = tmp_path / "claims" / "elsewhere.json"
    target.write_text(lock.read_text(encoding="utf-8"), encoding="utf-8")
    before = target.read_bytes()
    lock.unlink()
    lock.symlink_to(target)
    run = factcheck("accept", "--file", claims)
    assert run.code == 2
    assert run.err.startswith("factcheck: error: cannot write the lock file: ")
    assert "symbolic link" in run.err and run.err.count("\n") == 1
    assert lock.is_symlink() and target.read_bytes() == before


def test_accept_refuses_a_lock_linked_outside_the_root(factcheck, tmp_path: Path) -> None:
    claims, lock = _lock(tmp_path)
    outside = tmp_path.parent / f"{tmp_path.name}-outside.json"
    outside.write_text("precious\n", encoding="utf-8")
    try:
        lock.unlink()
        lock.symlink_to(outside)
        run = factcheck("accept", "--file", claims)
        assert run.code == 2
        assert "outside the repository root" in run.err and "not replaced" in run.err
        assert outside.read_text(encoding="utf-8") == "precious\n"
    finally:
        outside.unlink()


def test_accept_refuses_a_lock_that_is_a_folder(factcheck, tmp_path: Path) -> None:
    claims, lock = _lock(tmp_path)
    lock.unlink()
    lock.mkdir()
    run = factcheck("accept", "--file", claims)
    assert run.code == 2
    assert "a folder, not a regular file" in run.err and "not replaced" in run.err
    assert lock.is_dir()
