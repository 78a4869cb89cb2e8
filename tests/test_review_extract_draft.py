"""`extract`'s default draft, claims/NAME.yaml, where `claims` may be a link a pull request made."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import BUNDLED_ARTICLE


@pytest.fixture
def real_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")


def test_a_claims_folder_linked_outside_the_root_gets_no_draft(
    factcheck, real_config, tmp_path, tmp_path_factory, monkeypatch
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".git").mkdir()  # the repository's top level: the root
    shutil.copy(BUNDLED_ARTICLE, repo)
    os.symlink(elsewhere, repo / "claims")
    monkeypatch.chdir(repo)
    run = factcheck("extract", BUNDLED_ARTICLE.name)
    assert run.code == 2
    assert list(elsewhere.iterdir()) == []
    assert run.err.count("\n") == 1
    assert run.err.startswith(f"factcheck: error: claims/{BUNDLED_ARTICLE.stem}.yaml: claims ")
    assert "outside the repository root" in run.err and "--output" in run.err


def test_a_claims_folder_linked_inside_the_root_gets_the_draft(
    factcheck, real_config, tmp_path, monkeypatch
) -> None:
    shutil.copy(BUNDLED_ARTICLE, tmp_path)
    (tmp_path / "drafts").mkdir()
    os.symlink(tmp_path / "drafts", tmp_path / "claims")
    monkeypatch.chdir(tmp_path)
    run = factcheck("extract", BUNDLED_ARTICLE.name)
    assert run.code == 0, run.err
    assert (tmp_path / "drafts" / f"{BUNDLED_ARTICLE.stem}.yaml").is_file()
