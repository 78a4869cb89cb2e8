"""A `subjects/` folder as the register: files of subjects only (no article, no claims),
shared by the archive's claims files, validated with located errors, never taken for a
claims file that lacks its article."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from archive_helpers import article, claim, commit_archive, configure

from factcheck.load.positioned_yaml import load_positioned
from factcheck.schemas import schema_text

TALKS = """# yaml-language-server: $schema=../schemas/register.schema.json
subjects:
  round-2: {kind: event, name: second round, ordinal: 2}
  ceasefire-proposal: {kind: event, name: ceasefire proposal}
  swap: {kind: event, name: prisoner exchange}
"""
PEOPLE = """sources:
  mod: {publisher: Ministry of Defence of Ukraine, date: "2023-09-06"}
subjects:
  umerov:
    kind: person
    name: Rustem Umerov
    titles:
      - title: Defense Minister
        aliases: [Defence Minister]
        since: 2023-09-06
        until: 2025-07-17
        sources: [mod]
"""
UMEROV = "  umerov: {kind: person, name: Rustem Umerov}\n"


@pytest.fixture(autouse=True)
def _in_the_archive(factcheck, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _subjects(root: Path) -> None:
    (root / "subjects").mkdir()
    (root / "subjects" / "talks.yaml").write_text(TALKS, encoding="utf-8")
    (root / "subjects" / "people.yaml").write_text(PEOPLE, encoding="utf-8")


def _two_articles(root: Path, later: str = "90-day", title: str = "Defense Minister") -> None:
    _subjects(root)
    article(
        root,
        "june-02",
        "2025-06-02",
        "The second round was held on June 2 in Istanbul. Kyiv wants a 30-day ceasefire.",
        claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"),
        claim("proposal", "ceasefire-proposal", "duration", "duration", "P30D", "30-day"),
    )
    words = f"{title} Rustem Umerov"
    article(
        root,
        "june-27",
        "2025-06-27",
        f"Talks on June 2 ended with Kyiv still seeking a {later} ceasefire. {words} spoke.",
        claim("talks-date", "round-2", "date", "date", "2025-06-02", "June 2"),
        claim("proposal-length", "ceasefire-proposal", "duration", "duration",
              f"P{later.split('-')[0]}D", later),
        claim("umerov-title", "umerov", "title", "role", title, words),
        subjects=UMEROV,
    )  # fmt: skip


def _verify(factcheck, config: Path, *paths: str):
    return factcheck("verify", "--config", config, "--format", "json", *(paths or ("claims",)))


def test_a_subjects_folder_ties_two_claims_files_fc601(factcheck, tmp_path):
    _two_articles(tmp_path)
    config = configure(tmp_path, "subjects")
    run = _verify(factcheck, config)
    assert run.code == 1, run.err
    [finding] = run.findings("FC601")
    assert (finding["file"], finding["line"], finding["claim"]) == (
        "claims/june-27.yaml",
        24,  # the `value:` of its second claim (the file declares one more subject)
        "proposal-length",
    )
    assert "but P30D in claims/june-02.yaml:23 (articles/june-02.md:6)" in finding["message"]
    report = json.loads(run.out)
    assert report["summary"]["articles"] == 2  # the subjects files are no articles


def test_agreeing_articles_with_a_subjects_folder_pass(factcheck, tmp_path):
    _two_articles(tmp_path, later="30-day")
    run = _verify(factcheck, configure(tmp_path, "subjects"))
    assert run.code == 0, run.out
    assert run.findings("FC601") == [] and run.findings("FC605") == []


def test_without_the_subjects_folder_the_files_stand_alone(factcheck, tmp_path):
    _two_articles(tmp_path)
    run = _verify(factcheck, configure(tmp_path, "subjects/people.yaml"))
    assert run.code == 0, run.out  # `ceasefire-proposal` is declared by talks.yaml only
    assert run.findings("FC601") == []


def test_titles_in_a_subjects_file_are_checked_in_every_article(factcheck, tmp_path):
    _two_articles(tmp_path, later="30-day", title="Defence Minister")
    run = _verify(factcheck, configure(tmp_path, "subjects"))
    assert run.code == 0, run.out  # the alias, within the tenure
    (tmp_path / "subjects" / "people.yaml").write_text(
        PEOPLE.replace("until: 2025-07-17", "until: 2025-06-20"), encoding="utf-8"
    )
    run = _verify(factcheck, configure(tmp_path, "subjects"))
    assert run.code == 1
    [finding] = run.findings("FC605")
    assert (finding["file"], finding["claim"]) == ("claims/june-27.yaml", "umerov-title")


def test_a_broken_subjects_file_stops_the_run_at_its_line(factcheck, tmp_path):
    _two_articles(tmp_path)
    (tmp_path / "subjects" / "talks.yaml").write_text(
        TALKS.replace("{kind: event, name: prisoner exchange}", "{kind: evnt, name: exchange}"),
        encoding="utf-8",
    )
    config = configure(tmp_path, "subjects")
    run = _verify(factcheck, config)
    assert run.code == 2
    assert run.out == ""
    assert "register file subjects/talks.yaml:5:16: FC104 `subjects.swap.kind` is 'evnt'" in (
        run.err
    )
    assert "did you mean `event`?" in run.err
    assert run.err.count("\n") == 1 and "Traceback" not in run.err


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("subjects:\n  round-2: {kind: event\n", "subjects/talks.yaml:3:1: FC101"),
        ("subjects: {}\n", "subjects/talks.yaml:1:11: FC104"),
        (
            "subjects:\n  round-2: {kind: event, part_of: talks}\n",
            "subjects/talks.yaml:2:35: FC108",
        ),
        ("version: 1\nsubject:\n  round-2: {kind: event}\n", "subjects/talks.yaml:1:1: FC105"),
    ],
    ids=["syntax", "empty", "unknown-part-of", "misspelt-key"],
)
def test_each_kind_of_mistake_in_a_subjects_file_is_located(factcheck, tmp_path, text, where):
    _two_articles(tmp_path)
    (tmp_path / "subjects" / "talks.yaml").write_text(text, encoding="utf-8")
    run = _verify(factcheck, configure(tmp_path, "subjects"))
    assert run.code == 2
    assert f"register file {where}" in run.err


def test_subjects_files_among_the_claims_files_are_the_register_not_claims(factcheck, tmp_path):
    """`claims: [claims, subjects]` finds the subjects files too: named by `register:`,
    they are validated as register files and left out of the claims run."""
    _two_articles(tmp_path)
    config = tmp_path / "factcheck.yaml"
    config.write_text(
        "claims: [claims, subjects]\nregister: [subjects]\nseverity: {FC501: 'off'}\n",
        encoding="utf-8",
    )
    run = factcheck("validate", "--config", config)
    assert run.code == 0, run.out + run.err
    assert "2 claims files validated, 0 error(s)" in run.out
    run = factcheck("verify", "--config", config, "--format", "json")
    assert run.code == 1
    assert json.loads(run.out)["summary"]["articles"] == 2
    assert [f["code"] for f in run.findings()] == ["FC601"]
    (tmp_path / "subjects" / "people.yaml").write_text("subjects:\n  - umerov\n")
    run = factcheck("validate", "--config", config)
    assert run.code == 2
    assert "register file subjects/people.yaml:2:3: FC104" in run.err


def test_a_subjects_file_the_register_does_not_name_is_told_how(factcheck, tmp_path):
    _two_articles(tmp_path)
    config = tmp_path / "factcheck.yaml"
    config.write_text("claims: [claims, subjects]\nseverity: {FC501: 'off'}\n", encoding="utf-8")
    run = factcheck("validate", "--config", config, "--format", "json")
    assert run.code == 1
    problems = [f for f in run.findings() if f["file"].startswith("subjects/")]
    assert {f["file"] for f in problems} == {"subjects/people.yaml", "subjects/talks.yaml"}
    for finding in problems:
        assert finding["message"].startswith("missing required key `")
        assert "name it (or its folder) under `register:`" in finding["hint"]


def test_the_register_schema_accepts_subjects_files_and_refuses_claims_files(factcheck, tmp_path):
    schema = json.loads(schema_text("register"))
    for text in (TALKS, PEOPLE):
        data, _ = load_positioned(text)
        jsonschema.validate(data, schema)
    claims_file = article(tmp_path, "june-02", "2025-06-02", "June 2", claim(
        "d", "round-2", "date", "date", "2025-06-02", "June 2"))  # fmt: skip
    data, _ = load_positioned(claims_file.read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    run = factcheck("schema", "register")
    assert run.code == 0 and json.loads(run.out)["title"] == "factcheck register file"


@pytest.mark.parametrize("command", ["verify", "validate"])
def test_naming_only_subjects_files_says_they_are_the_register(factcheck, tmp_path, command):
    _two_articles(tmp_path)
    config = configure(tmp_path, "subjects")
    run = factcheck(command, "--config", config, "subjects/people.yaml")
    assert run.code == 0, run.err
    assert run.err == (
        "factcheck: subjects/people.yaml: register file of subjects only, valid; "
        "no claims file to check\n"
    )


def test_a_changed_subjects_file_checks_every_article_again(factcheck, tmp_path, monkeypatch):
    """--changed-since with only the register changed (a tenure cut short): every claims
    file is checked against it, so the article it now contradicts is reported."""

    _two_articles(tmp_path, later="30-day")
    configure(tmp_path, "subjects")
    commit_archive(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    assert factcheck("verify", "--format", "json").code == 0  # writes the cache and index
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD")
    assert run.code == 0 and json.loads(run.out)["summary"]["articles"] == 0
    people = tmp_path / "subjects" / "people.yaml"
    people.write_text(PEOPLE.replace("until: 2025-07-17", "until: 2025-06-20"), "utf-8")
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD")
    assert run.code == 1
    assert json.loads(run.out)["summary"]["articles"] == 2
    [finding] = run.findings("FC605")
    assert finding["file"] == "claims/june-27.yaml"
