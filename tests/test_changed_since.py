"""`--changed-since REF` picks the changed claims files before running, on a real git history."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from archive_helpers import git

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS, FIXTURES

LOCK = BUNDLED_CLAIMS.with_name(BUNDLED_CLAIMS.stem + ".lock.json")


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom repository: two articles with their claims, committed, the bundled one
    accepted (its lock file committed beside it)."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles").mkdir()
    shutil.copy(BUNDLED_CLAIMS, tmp_path / "claims")
    shutil.copy(LOCK, tmp_path / "claims")
    shutil.copy(BUNDLED_ARTICLE, tmp_path / "articles")
    shutil.copy(FIXTURES / "articles" / "talks.md", tmp_path / "articles")
    talks = (FIXTURES / "valid.yaml").read_text().replace("path: articles/", "path: ../articles/")
    (tmp_path / "claims" / "talks.yaml").write_text(talks)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "articles and claims")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_an_edited_sentence_after_accept_is_selected_and_reported_with_its_diff(
    factcheck, newsroom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = newsroom / "articles" / BUNDLED_ARTICLE.name
    text = article.read_text()
    article.write_text(text.replace("meeting on May 16.", "meeting on May 16 in Istanbul."))
    monkeypatch.chdir(newsroom)
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD", "claims")
    assert run.code == 1
    report = run.report
    assert [f["claims_file"] for f in report["files"]] == [
        "claims/2025-06-27-putin-third-round.yaml"
    ]
    assert report["files"][0]["changed_since"] == "HEAD"
    assert report["files"][0]["changed_lines"] == [22]
    pinned = {f["claim"]: f["message"] for f in run.findings("FC205")}
    assert set(pinned) == {"round-1-date", "round-2-date", "round-2-venue"}
    assert pinned["round-1-date"].endswith("meeting on May [-16.-] {+16 in Istanbul.+}")


def test_only_the_claims_file_that_changed_is_run(factcheck, newsroom, monkeypatch) -> None:
    claims = newsroom / "claims" / "talks.yaml"
    claims.write_text(claims.read_text().replace("value: 2025-06-02", "value: 2025-06-03"))
    monkeypatch.chdir(newsroom)
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD", "claims")
    assert [f["claims_file"] for f in run.report["files"]] == ["claims/talks.yaml"]
    assert run.report["files"][0]["changed_lines"] == []
    assert {f["code"] for f in run.findings()} == {"FC301"}


def test_a_change_to_the_lock_file_selects_its_claims_file(factcheck, newsroom, monkeypatch):
    lock = newsroom / "claims" / LOCK.name
    lock.write_text(lock.read_text().replace('"accepted": "', '"accepted": "1', 1))
    monkeypatch.chdir(newsroom)
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD", "claims")
    assert [f["claims_file"] for f in run.report["files"]] == [
        "claims/2025-06-27-putin-third-round.yaml"
    ]


def test_nothing_changed_says_so_and_passes(factcheck, newsroom, monkeypatch) -> None:
    monkeypatch.chdir(newsroom)
    run = factcheck("verify", "--changed-since", "HEAD", "claims")
    assert run.code == 0
    assert run.out == "no claims file, article or lock changed since HEAD\n"


def test_outside_a_repository_is_a_run_error_saying_so(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "claims").mkdir()
    shutil.copy(BUNDLED_CLAIMS, tmp_path / "claims")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.chdir(tmp_path)
    run = factcheck("verify", "--changed-since", "HEAD", "claims")
    assert run.code == 2
    assert run.err.startswith("factcheck: error: --changed-since HEAD: git rev-parse: fatal: ")
    assert "not a git repository" in run.err


def test_the_old_article_is_read_from_its_own_folder(newsroom: Path) -> None:
    """`content_at` asks git for `REF:./NAME` from the file's folder: the committed bytes,
    None for a file the ref does not have or one outside the repository."""
    from factcheck.changes import content_at

    article = newsroom / "articles" / BUNDLED_ARTICLE.name
    committed = article.read_bytes()
    article.write_text("rewritten\n")
    assert content_at("HEAD", article) == committed
    assert content_at("HEAD", newsroom / "articles" / "new.md") is None
    outside = newsroom.parent / f"{newsroom.name}-outside.md"
    assert content_at("HEAD", outside) is None


def test_an_unknown_ref_is_a_run_error(factcheck, newsroom, monkeypatch) -> None:
    monkeypatch.chdir(newsroom)
    run = factcheck("verify", "--changed-since", "no-such-branch", "claims")
    assert run.code == 2
    assert run.err == (
        "factcheck: error: --changed-since no-such-branch: `no-such-branch` is not a commit, "
        "branch or tag of this repository\n"
    )


def test_git_commands_run_together_give_each_output_or_the_first_failure(newsroom) -> None:
    """`changed_since` runs git's diff and its listing of new files side by side: each
    output is as if run alone, and a failing one stops the run with git's reason."""
    from factcheck.changes import ChangesError, _git_bytes, _git_together

    listing = ("ls-files", "-z")
    status = ("rev-parse", "HEAD")
    assert _git_together(newsroom, listing, status) == [
        _git_bytes(newsroom, *listing),
        _git_bytes(newsroom, *status),
    ]
    with pytest.raises(ChangesError, match=r"^git cat-file: fatal: "):
        _git_together(newsroom, listing, ("cat-file", "-e", "no-such-ref:x"), ("nope",))
