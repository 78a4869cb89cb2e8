"""Running out of memory is a run error: exit 2 and one line, never a traceback (issue 12).

A stage is made to raise MemoryError, as a huge input on a small machine would; the user
sees which file was being checked and what to do, and no report or draft is half written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, bundled_copy

MESSAGE = "raise the machine's memory or lower max-file-size"


def _out_of_memory(*args: object, **kwargs: object) -> None:
    raise MemoryError


def test_verify_out_of_memory_exits_2_with_one_line_naming_the_file(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = bundled_copy(tmp_path)
    report = tmp_path / "report.json"
    report.write_text("the last report\n", encoding="utf-8")
    monkeypatch.setattr("factcheck.engine._verify_article", _out_of_memory)

    run = factcheck("verify", claims, "--format", "json", "--output", report)

    assert run.code == 2
    assert run.err == f"factcheck: error: out of memory while checking {claims}; {MESSAGE}\n"
    assert run.out == ""
    assert report.read_text(encoding="utf-8") == "the last report\n"  # not replaced


def test_verify_of_a_folder_names_the_file_it_was_checking(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = bundled_copy(tmp_path)
    monkeypatch.setattr("factcheck.engine._verify_article", _out_of_memory)

    run = factcheck("verify", claims.parent, "--format", "line")

    assert run.code == 2
    assert run.err.splitlines() == [
        f"factcheck: error: out of memory while checking {claims}; {MESSAGE}"
    ]


def test_extract_out_of_memory_names_the_article_and_writes_no_draft(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    article.parent.mkdir()
    article.write_bytes(BUNDLED_ARTICLE.read_bytes())
    draft = tmp_path / "draft.yaml"
    monkeypatch.setattr("factcheck.extract.command.extract", _out_of_memory)

    run = factcheck("extract", article, "--output", draft)

    assert run.code == 2
    assert run.err == f"factcheck: error: out of memory while checking {article}; {MESSAGE}\n"
    assert not draft.exists()
