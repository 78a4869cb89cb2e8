"""The JSON and SARIF reports of a `--changed-since` run say what it chose to check: the
claims files, out of how many, and, when a changed configuration made it a full run, that
it was one and why. Before, only standard error said so, and a CI step reading the report
could not tell a full run from a change that touched every file."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from archive_helpers import article, claim, commit_archive

from conftest import ROOT

CONFIG = "claims: [claims]\nseverity:\n  FC501: 'off'\n"


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two articles with a claim each, and their configuration, committed."""
    article(tmp_path, "a", "2025-06-02", "The second round was held on June 2.",
            claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"))  # fmt: skip
    article(tmp_path, "b", "2025-06-05", "The swap took place on June 4.",
            claim("swap-date", "swap", "date", "date", "2025-06-04", "June 4"))  # fmt: skip
    (tmp_path / "factcheck.yaml").write_text(CONFIG, encoding="utf-8")
    commit_archive(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    return tmp_path


def _json(factcheck, *args: str) -> dict:  # type: ignore[no-untyped-def]
    run = factcheck("verify", "--format", "json", *args)
    assert run.code == 0, run.err
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(run.report)
    return run.report


def _sarif_properties(factcheck, *args: str) -> dict | None:  # type: ignore[no-untyped-def]
    run = factcheck("verify", "--format", "sarif", *args)
    assert run.code == 0, run.err
    return json.loads(run.out)["runs"][0].get("properties")


def test_a_changed_article_is_the_selection(factcheck, newsroom: Path) -> None:
    body = newsroom / "articles" / "b.md"
    body.write_text(body.read_text().replace("took place", "happened"), encoding="utf-8")
    report = _json(factcheck, "--changed-since", "HEAD")
    assert report["selection"] == {
        "changed_since": "HEAD",
        "full_run": False,
        "reason": None,
        "candidates": 2,
        "claims_files": ["claims/b.yaml"],
    }
    assert [f["claims_file"] for f in report["files"]] == ["claims/b.yaml"]
    assert _sarif_properties(factcheck, "--changed-since", "HEAD") == {
        "changedSince": "HEAD",
        "fullRun": False,
        "reason": None,
        "candidates": 2,
        "claimsFiles": ["claims/b.yaml"],
    }


def test_a_changed_configuration_is_a_full_run_and_the_reports_say_why(
    factcheck, newsroom: Path
) -> None:
    config = newsroom / "factcheck.yaml"
    config.write_text(CONFIG + "tolerances: {about: 0.5}\n", encoding="utf-8")
    why = "the configuration factcheck.yaml changed since HEAD"
    report = _json(factcheck, "--changed-since", "HEAD")
    assert report["selection"] == {
        "changed_since": "HEAD",
        "full_run": True,
        "reason": why,
        "candidates": 2,
        "claims_files": ["claims/a.yaml", "claims/b.yaml"],
    }
    assert _sarif_properties(factcheck, "--changed-since", "HEAD") == {
        "changedSince": "HEAD",
        "fullRun": True,
        "reason": why,
        "candidates": 2,
        "claimsFiles": ["claims/a.yaml", "claims/b.yaml"],
    }


def test_nothing_changed_is_an_empty_selection(factcheck, newsroom: Path) -> None:
    report = _json(factcheck, "--changed-since", "HEAD")
    assert report["selection"]["claims_files"] == []
    assert report["selection"]["full_run"] is False
    assert report["files"] == []


def test_a_run_without_changed_since_has_no_selection(factcheck, newsroom: Path) -> None:
    assert "selection" not in _json(factcheck)
    assert _sarif_properties(factcheck) is None


def test_the_shards_of_a_changed_since_run_split_the_files_it_chose(
    factcheck, newsroom: Path
) -> None:
    """--shard after --changed-since splits what the change chose, by the names it shows."""
    for name in ("a", "b"):
        body = newsroom / "articles" / f"{name}.md"
        body.write_text(body.read_text() + "\nMore words.\n", encoding="utf-8")
    shards = [
        [
            f["claims_file"]
            for f in _json(factcheck, "--changed-since", "HEAD", "--shard", s)["files"]
        ]
        for s in ("1/2", "2/2")
    ]
    assert sorted(shards[0] + shards[1]) == ["claims/a.yaml", "claims/b.yaml"]
    assert not set(shards[0]) & set(shards[1])


def test_the_walked_claims_folder_is_not_listed_again_and_its_links_still_count(
    factcheck, newsroom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choosing the changed files takes the claims walk's listing of the claims folder (a
    second `scandir` of 10,000 entries cost 4 ms): a link there to a changed claims file is
    still seen as changed (its article is not), and the claims folder is not listed a
    second time."""
    from factcheck import changes

    (newsroom / "claims" / "also-b.yaml").symlink_to("b.yaml")
    with (newsroom / "claims" / "b.yaml").open("a", encoding="utf-8") as claims:
        claims.write("# reviewed\n")
    listed: list[str] = []
    real_links = changes._links
    monkeypatch.setattr(changes, "_links", lambda real: listed.append(real) or real_links(real))
    report = _json(factcheck, "--changed-since", "HEAD")
    assert report["selection"]["candidates"] == 3
    # both checked; a link's name is shown resolved, as in any run
    assert report["selection"]["claims_files"] == ["claims/b.yaml", "claims/b.yaml"]
    assert str((newsroom / "claims").resolve()) not in listed
