"""A pull request can nest folders deeper than Python's recursion limit."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

DEPTH = 1_100


def _deep(tmp_path: Path) -> Path:
    """claims/a/a/…/a (DEPTH folders) holding one claims file; its path, relative."""
    folder = tmp_path / "claims"
    folder.mkdir()
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        for _ in range(DEPTH):  # one level at a time, relative to the last (no long paths)
            os.mkdir("a", dir_fd=descriptor)
            inner = os.open("a", os.O_RDONLY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
        with os.fdopen(os.open("deep.yaml", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor),
                       "w") as stream:  # fmt: skip
            stream.write("article:\n  path: nowhere.md\nclaims: []\n")
    finally:
        os.close(descriptor)
    return Path("claims", *["a"] * DEPTH, "deep.yaml")


def _remove_deep(folder: Path) -> None:
    """Remove claims/a/a/…/a bottom-up, one descriptor at a time: pytest's own clean-up of
    old temporary folders (shutil.rmtree) recurses, and would fail on it in a later run."""
    descriptor = os.open(folder, os.O_RDONLY)
    depth = 0
    while "a" in os.listdir(descriptor):
        inner = os.open("a", os.O_RDONLY, dir_fd=descriptor)
        os.close(descriptor)
        descriptor, depth = inner, depth + 1
    for name in os.listdir(descriptor):
        os.unlink(name, dir_fd=descriptor)
    while depth:
        parent = os.open("..", os.O_RDONLY, dir_fd=descriptor)
        os.close(descriptor)
        descriptor, depth = parent, depth - 1
        os.rmdir("a", dir_fd=descriptor)
    os.close(descriptor)


@pytest.fixture
def deep(tmp_path: Path) -> Iterator[Path]:
    path = _deep(tmp_path)
    yield path
    _remove_deep(tmp_path / "claims")


def test_a_claims_file_under_deep_folders_is_checked_without_a_traceback(
    factcheck, tmp_path, monkeypatch, deep
) -> None:
    (tmp_path / "claims" / "b.yaml").write_text("claims: []\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = factcheck("verify", "--format", "json", "--root", tmp_path, "claims")
    assert run.code == 1, run.err
    shown = [f["claims_file"] for f in run.report["files"]]
    assert len(shown) == 2 and shown[1] == "claims/b.yaml"
    # Shown capped at 2,000 characters (the report's cap on any text), with its length.
    assert shown[0].startswith("claims/a/a/a/") and f"{len(str(deep)):,} characters" in shown[0]
