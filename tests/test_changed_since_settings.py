"""`--changed-since` when a pull request changes what every file is checked against: the
configuration (tolerances, severities, the register, the claims folders) makes the run check
every claims file, and says why on one line; a register claims file that makes a subject id
shared makes the unchanged files that give it values be compared, as a full run does."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_helpers import article, claim, commit_archive, configure, git

SWAP = "  swap-2: {kind: event, name: second exchange}\n"
TALKS = "subjects:\n  round-2: {kind: event, name: second round}\n" + SWAP


def _count(root: Path, name: str, published: str, freed: str) -> None:
    article(root, name, published, f"The second exchange freed {freed} people.",
            claim("freed", "swap-2", "count", "number", freed, f"'{freed}'"),
            subjects=SWAP)  # fmt: skip


@pytest.fixture
def newsroom(factcheck, tmp_path, monkeypatch) -> Path:
    """Two articles giving the second exchange 300 and 500 freed (a conflict the
    configuration turns off), and one dating the second round; the register is a subjects
    folder (the second round and the second exchange) plus that third file. Committed,
    with the cache and the index built."""
    (tmp_path / "subjects").mkdir()
    (tmp_path / "subjects" / "talks.yaml").write_text(TALKS, encoding="utf-8")
    _count(tmp_path, "a", "2025-06-02", "300")
    _count(tmp_path, "b", "2025-06-05", "500")
    article(tmp_path, "c", "2025-06-06", "The second round was held on June 2.",
            claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"))  # fmt: skip
    configure(tmp_path, "subjects", "claims/c.yaml", extra="  FC601: 'off'\n")
    commit_archive(tmp_path, "three articles")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    assert factcheck("verify", "--format", "json").code == 0  # the cache and the index
    return tmp_path


def _changed(factcheck, *args: str):
    return factcheck("verify", "--format", "json", "--changed-since", "HEAD", *args)


def _checked(run) -> list[str]:
    return [f["claims_file"] for f in run.report["files"]]


EVERY_FILE = ["claims/a.yaml", "claims/b.yaml", "claims/c.yaml"]


def test_a_rule_turned_back_on_is_checked_in_every_file(factcheck, newsroom):
    config = newsroom / "factcheck.yaml"
    config.write_text(config.read_text().replace("  FC601: 'off'\n", ""), encoding="utf-8")
    run = _changed(factcheck)
    assert _checked(run) == EVERY_FILE
    [finding] = run.findings("FC601")
    assert (finding["file"], finding["line"], finding["claim"]) == ("claims/b.yaml", 16, "freed")
    assert run.code == 1
    assert (
        "factcheck: the configuration factcheck.yaml changed since HEAD: "
        "checking every claims file\n"
    ) in run.err
    assert factcheck("verify", "--format", "json").findings("FC601") == [finding]


def test_a_loosened_setting_beside_an_edit_still_checks_every_file(factcheck, newsroom):
    """A pull request that edits one article and loosens a tolerance: every file is checked
    against the new settings, not the edited one alone."""
    config = newsroom / "factcheck.yaml"
    config.write_text(config.read_text() + "tolerances: {about: 0.5}\n", encoding="utf-8")
    body = newsroom / "articles" / "c.md"
    body.write_text(body.read_text().replace("was held", "took place"), encoding="utf-8")
    run = _changed(factcheck, "--format", "line")
    assert run.code == 0
    assert "the configuration factcheck.yaml changed since HEAD" in run.err
    run = _changed(factcheck)
    assert _checked(run) == EVERY_FILE


def test_a_line_report_keeps_its_lines_and_the_reason_goes_to_stderr(factcheck, newsroom):
    config = newsroom / "factcheck.yaml"
    config.write_text(config.read_text().replace("  FC601: 'off'\n", ""), encoding="utf-8")
    run = factcheck("verify", "--format", "line", "--changed-since", "HEAD")
    assert run.out.splitlines()[0].startswith("claims/b.yaml:16:12: FC601 error ")
    assert "changed since HEAD: checking every claims file" in run.err
    assert run.code == 1


def test_a_deleted_configuration_checks_every_file(factcheck, newsroom):
    """Without factcheck.yaml the defaults apply (no register, FC601 never raised): every
    file is checked under them, so FC501's coverage warnings appear in each."""
    (newsroom / "factcheck.yaml").unlink()
    run = _changed(factcheck)
    assert _checked(run) == EVERY_FILE
    assert {f["file"] for f in run.findings("FC501")} == {
        "articles/a.md",
        "articles/b.md",
        "articles/c.md",
    }
    assert "the configuration factcheck.yaml changed since HEAD" in run.err


def test_an_unchanged_configuration_checks_the_changed_file_alone(factcheck, newsroom):
    """The rare case stays rare: an edited article, nothing else, is checked alone and no
    reason is printed; a configuration committed since REF but unchanged since is not a
    change either."""
    config = newsroom / "factcheck.yaml"
    config.write_text(config.read_text().replace("  FC601: 'off'\n", ""), encoding="utf-8")
    git(newsroom, "commit", "-qam", "FC601 on")
    body = newsroom / "articles" / "c.md"
    body.write_text(body.read_text().replace("was held", "took place"), encoding="utf-8")
    run = _changed(factcheck)
    assert _checked(run) == ["claims/c.yaml"]
    assert "checking every claims file" not in run.err
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD~1")
    assert _checked(run) == EVERY_FILE and run.code == 1


def test_pyproject_counts_when_its_factcheck_table_changes(factcheck, newsroom):
    """In pyproject.toml only `[tool.factcheck]` configures factcheck: a dependency bump
    checks the changed files (none here), a changed table checks every file."""
    (newsroom / "factcheck.yaml").unlink()
    (newsroom / "pyproject.toml").write_text(
        '[project]\nname = "newsroom"\ndependencies = ["factcheck>=1"]\n\n'
        '[tool.factcheck]\nclaims = ["claims"]\nregister = ["subjects", "claims/c.yaml"]\n'
        'severity = {FC501 = "off", FC601 = "off"}\n',
        encoding="utf-8",
    )
    git(newsroom, "add", "-A")
    git(newsroom, "commit", "-qm", "configured in pyproject.toml")
    pyproject = newsroom / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace(">=1", ">=2"), encoding="utf-8")
    run = _changed(factcheck)
    assert _checked(run) == [] and run.code == 0
    assert "checking every claims file" not in run.err
    pyproject.write_text(pyproject.read_text().replace(', FC601 = "off"', ""), encoding="utf-8")
    run = _changed(factcheck)
    assert _checked(run) == EVERY_FILE
    assert [f["file"] for f in run.findings("FC601")] == ["claims/b.yaml"] and run.code == 1
    assert "the configuration pyproject.toml changed since HEAD" in run.err


def test_a_configuration_named_with_config_counts(factcheck, newsroom):
    """`--config FILE` reads that file only: its change checks every file."""
    config = newsroom / "factcheck.yaml"
    named = newsroom / "ci" / "factcheck-ci.yaml"
    named.parent.mkdir()
    named.write_text(
        config.read_text().replace("[claims]", "[../claims]").replace("[subjects, claims/",
                                                                     "[../subjects, ../claims/"),
        encoding="utf-8",
    )  # fmt: skip
    git(newsroom, "add", "-A")
    git(newsroom, "commit", "-qm", "a CI configuration")
    named.write_text(named.read_text().replace("  FC601: 'off'\n", ""), encoding="utf-8")
    run = _changed(factcheck, "--config", str(named))
    assert _checked(run) == EVERY_FILE
    assert [f["file"] for f in run.findings("FC601")] == ["claims/b.yaml"] and run.code == 1
    assert "the configuration ci/factcheck-ci.yaml changed since HEAD" in run.err


def test_a_changed_register_folder_says_why_every_file_is_checked(factcheck, newsroom):
    talks = newsroom / "subjects" / "talks.yaml"
    talks.write_text(talks.read_text() + "  swap-3: {kind: event, name: third exchange}\n")
    run = _changed(factcheck)
    assert _checked(run) == EVERY_FILE
    assert (
        "factcheck: the register file subjects/talks.yaml changed since HEAD: "
        "checking every claims file\n"
    ) in run.err


@pytest.fixture
def conflicts_on(newsroom) -> Path:
    """The newsroom with FC601 on and `swap-2` out of the register, committed: a and b's
    counts conflict only once the register declares it again."""
    config = newsroom / "factcheck.yaml"
    config.write_text(config.read_text().replace("  FC601: 'off'\n", ""), encoding="utf-8")
    talks = newsroom / "subjects" / "talks.yaml"
    talks.write_text(talks.read_text().replace(SWAP, ""), encoding="utf-8")
    git(newsroom, "commit", "-qam", "FC601 on, swap-2 not shared")
    return newsroom


def test_a_register_claims_file_sharing_a_new_subject_compares_its_claims(factcheck, conflicts_on):
    """c.yaml (a register file that is a claims file) now declares `swap-2`: a and b's
    counts, unchanged, are claims about a shared subject, and b's 500 conflicts with a's
    300 as in a full run."""
    path = conflicts_on / "claims" / "c.yaml"
    path.write_text(path.read_text().replace("subjects:\n", "subjects:\n" + SWAP, 1))
    full = factcheck("verify", "--format", "json")
    run = _changed(factcheck)
    assert _checked(run) == EVERY_FILE
    [finding] = run.findings("FC601")
    assert (finding["file"], finding["line"], finding["claim"]) == ("claims/b.yaml", 16, "freed")
    assert "but 300 in claims/a.yaml:16" in finding["message"]
    assert run.code == 1
    assert full.findings("FC601") == [finding]
    assert "checking every claims file" not in run.err  # not a full run: c and the two


def test_a_new_file_in_a_register_folder_sharing_a_subject_checks_the_files_giving_it(
    factcheck, conflicts_on
):
    """The register names a folder of claims files (`claims/desk`); a new article there
    declares `swap-2`: a and b, unchanged, are checked with it and get the FC601s a full
    run gives; c, with no claim about it, is not checked."""
    config = conflicts_on / "factcheck.yaml"
    config.write_text(config.read_text().replace("claims/c.yaml]", "claims/c.yaml, claims/desk]"))
    (conflicts_on / "claims" / "desk").mkdir()
    (conflicts_on / "articles" / "desk").mkdir()
    article(conflicts_on, "desk/keep", "2025-06-06", "The second round was held on June 2.",
            claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"))  # fmt: skip
    _fix_article_path(conflicts_on / "claims" / "desk" / "keep.yaml")
    git(conflicts_on, "add", "-A")
    git(conflicts_on, "commit", "-qm", "a register folder")
    assert factcheck("verify", "--format", "json").code == 0
    _count(conflicts_on, "desk/d", "2025-06-07", "300")
    _fix_article_path(conflicts_on / "claims" / "desk" / "d.yaml")
    run = _changed(factcheck)
    assert _checked(run) == ["claims/a.yaml", "claims/b.yaml", "claims/desk/d.yaml"]
    assert [(f["file"], f["line"]) for f in run.findings("FC601")] == [
        ("claims/b.yaml", 16),
        ("claims/desk/d.yaml", 16),
    ]
    assert run.code == 1
    assert factcheck("verify", "--format", "json").findings("FC601") == run.findings("FC601")


def _fix_article_path(claims_file: Path) -> None:
    """A claims file one folder deeper names its article one `..` further up."""
    text = claims_file.read_text(encoding="utf-8")
    claims_file.write_text(text.replace("path: ../articles/", "path: ../../articles/"))
