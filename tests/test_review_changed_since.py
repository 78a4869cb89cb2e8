"""`--changed-since` on file names and history a pull request chose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from archive_helpers import git

from conftest import FIXTURES


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose claims file has a name git quotes (`é`), committed."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles").mkdir()
    shutil.copy(FIXTURES / "articles" / "talks.md", tmp_path / "articles")
    talks = (FIXTURES / "valid.yaml").read_text().replace("path: articles/", "path: ../articles/")
    (tmp_path / "claims" / "café talks.yaml").write_text(talks)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "articles and claims")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_changed_claims_file_with_a_non_ascii_name_is_checked(factcheck, newsroom) -> None:
    claims = newsroom / "claims" / "café talks.yaml"
    claims.write_text(claims.read_text() + "\n")
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD", "claims")
    assert run.code in (0, 1), run.err
    assert [f["claims_file"] for f in run.report["files"]] == ["claims/café talks.yaml"]


def test_an_old_article_version_that_is_not_utf8_is_no_traceback(factcheck, newsroom) -> None:
    article = newsroom / "articles" / "talks.md"
    text = article.read_bytes()
    article.write_bytes(text + b"\n\xff\xfe old bytes\n")
    git(newsroom, "commit", "-q", "-am", "bytes that are not UTF-8")
    article.write_bytes(text)
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD", "claims")
    assert run.code in (0, 1), run.err
    assert [f["claims_file"] for f in run.report["files"]] == ["claims/café talks.yaml"]


@pytest.mark.parametrize(
    "path", ['"a\\0b.md"', '"../articles/\\0"', "[1, 2]", '"' + "a/" * 3000 + '"']
)
def test_a_hostile_article_path_does_not_crash_the_selection(factcheck, newsroom, path) -> None:
    claims = newsroom / "claims" / "café talks.yaml"
    text = claims.read_text().replace("path: ../articles/talks.md", f"path: {path}")
    assert text != claims.read_text()
    claims.write_text(text)
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD", "claims")
    assert run.code in (1, 2), run.err
    assert "Traceback" not in run.err
    if run.code == 1:
        assert [f["claims_file"] for f in run.report["files"]] == ["claims/café talks.yaml"]
