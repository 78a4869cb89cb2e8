"""The schema editors fetch (issue 15, item 6): published at a versioned URL in the
repository, named by drafts, and written into an offline repository by `schema --write`."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, ROOT
from factcheck import __version__
from factcheck.schemas import REPOSITORY_RAW_URL, schema_text, schema_url


@pytest.mark.parametrize("name", ["claims", "register", "report"])
def test_the_schema_id_is_the_committed_file_at_the_release_tag(name: str) -> None:
    schema = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text())
    assert (
        schema["$id"]
        == schema_url(name)
        == (f"{REPOSITORY_RAW_URL}/v{__version__}/schemas/{name}.schema.json")
    )
    # A raw-file URL at a tag serves the repository's file at that path: the committed copy.
    path = schema["$id"].removeprefix(f"{REPOSITORY_RAW_URL}/v{__version__}/")
    assert (ROOT / path).read_text() == schema_text(name)
    assert ".invalid" not in schema["$id"] and schema["$id"].startswith("https://")


def test_the_repository_url_is_named_in_one_place_only() -> None:
    sources = [*(ROOT / "factcheck").rglob("*.py"), *(ROOT / "docs").rglob("*"), ROOT / "README.md"]
    naming = [
        path.relative_to(ROOT).as_posix()
        for path in sources
        if path.is_file() and REPOSITORY_RAW_URL in path.read_text(encoding="utf-8")
    ]
    assert naming == ["factcheck/schemas.py"]


@pytest.fixture
def draft_here(factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`factcheck extract` run in a fresh repository holding the bundled article."""
    monkeypatch.delenv("FACTCHECK_CONFIG")
    shutil.copy(BUNDLED_ARTICLE, tmp_path)
    monkeypatch.chdir(tmp_path)

    def run() -> str:
        done = factcheck("extract", BUNDLED_ARTICLE.name)
        assert done.code == 0, done.err
        return (tmp_path / "claims" / f"{BUNDLED_ARTICLE.stem}.yaml").read_text()

    return run


def test_a_draft_names_the_published_schema(draft_here) -> None:
    first = draft_here().splitlines()[0]
    assert first == f"# yaml-language-server: $schema={schema_url('claims')}"


def test_a_draft_beside_a_written_copy_names_the_copy(factcheck, draft_here, tmp_path) -> None:
    written = factcheck("schema", "--write")
    assert written.code == 0
    assert written.out == (
        "wrote schemas/claims.schema.json, schemas/register.schema.json, "
        "schemas/report.schema.json\n"
    )
    first = draft_here().splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/claims.schema.json"


def test_schema_write_writes_both_files_as_printed(factcheck, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    run = factcheck("schema", "--write", "editor/schemas")
    assert run.code == 0, run.err
    assert run.out == (
        "wrote editor/schemas/claims.schema.json, editor/schemas/register.schema.json, "
        "editor/schemas/report.schema.json\n"
    )
    for name in ("claims", "register", "report"):
        assert (tmp_path / "editor" / "schemas" / f"{name}.schema.json").read_text() == (
            factcheck("schema", name).out
        )
    assert sorted(os.listdir(tmp_path / "editor" / "schemas")) == [
        "claims.schema.json",
        "register.schema.json",
        "report.schema.json",
    ]  # no temporary file left


def test_schema_write_one_schema(factcheck, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert factcheck("schema", "report", "--write", "out").out == "wrote out/report.schema.json\n"
    assert os.listdir(tmp_path / "out") == ["report.schema.json"]


def test_schema_write_replaces_no_link(factcheck, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schemas").mkdir()
    target = tmp_path / "mine.json"
    target.write_text("my own file\n")
    (tmp_path / "schemas" / "claims.schema.json").symlink_to(target)
    run = factcheck("schema", "--write")
    assert run.code == 2
    assert run.err.startswith("factcheck: error: cannot write the schema: ")
    assert "is a symbolic link; factcheck writes only regular files" in run.err
    assert target.read_text() == "my own file\n"
    assert (tmp_path / "schemas" / "claims.schema.json").is_symlink()
