"""How files are named in findings (factcheck.paths.display_path): relative to the current
folder when inside it, whichever folder is current when asked (its real path is kept between
questions, and found again when the folder changes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.paths import display_path


def test_named_relative_to_the_current_folder_as_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "news" / "claims").mkdir(parents=True)
    claims = tmp_path / "news" / "claims" / "a.yaml"
    claims.write_text("claims: []\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert display_path(Path("news/claims/a.yaml")) == "news/claims/a.yaml"
    monkeypatch.chdir(tmp_path / "news")
    assert display_path(Path("claims/a.yaml")) == "claims/a.yaml"
    assert display_path(claims) == "claims/a.yaml"
    monkeypatch.chdir(tmp_path / "news" / "claims")
    assert display_path(claims) == "a.yaml"


def test_a_file_outside_the_current_folder_is_named_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "here").mkdir()
    (tmp_path / "there").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    outside = tmp_path / "there" / "b.yaml"
    assert display_path(outside) == str(outside)


def test_a_current_folder_reached_through_a_link_names_files_by_their_real_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "real"
    (real / "claims").mkdir(parents=True)
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    monkeypatch.chdir(link)
    assert display_path(Path("claims/c.yaml")) == "claims/c.yaml"
    assert display_path(real / "claims" / "c.yaml") == "claims/c.yaml"
