"""`--changed-since` when a register file that is a claims file changes only a person's
`titles:` (a tenure cut short): the unchanged articles whose role claims name that person
are checked again (FC605), so a pull request cannot slip a title change past CI."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_helpers import article, claim, commit_archive, configure, git

UMEROV_IN_REGISTER = """  umerov:
    kind: person
    name: Rustem Umerov
    titles:
      - title: Defense Minister
        since: 2023-09-06
        until: 2025-07-17
"""
UMEROV = "  umerov: {kind: person, name: Rustem Umerov}\n"


@pytest.fixture
def newsroom(factcheck, tmp_path, monkeypatch) -> Path:
    """Every claims file is a register file; june-02's records Umerov's tenure; july-01 and
    june-20 call him Defense Minister; round-2 only dates the round. Committed, with the
    cache and the index built."""
    article(tmp_path, "june-02", "2025-06-02", "Defense Minister Rustem Umerov led Ukraine.",
            claim("umerov-title", "umerov", "title", "role", "Defense Minister",
                  "Defense Minister Rustem Umerov"),
            subjects=UMEROV_IN_REGISTER)  # fmt: skip
    for name, published in (("july-01", "2025-07-01"), ("june-20", "2025-06-20")):
        article(tmp_path, name, published, "Defense Minister Rustem Umerov spoke.",
                claim("umerov-title", "umerov", "title", "role", "Defense Minister",
                      "Defense Minister Rustem Umerov"),
                subjects=UMEROV)  # fmt: skip
    article(tmp_path, "round-2", "2025-06-03", "The second round was held on June 2.",
            claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"))  # fmt: skip
    configure(tmp_path, "claims")  # every claims file is a register file
    commit_archive(tmp_path, "four articles")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    assert factcheck("verify", "--format", "json").code == 0  # the cache and the index
    return tmp_path


def _retitle(root: Path, old: str, new: str) -> None:
    path = root / "claims" / "june-02.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def _changed(factcheck):
    return factcheck("verify", "--format", "json", "--changed-since", "HEAD")


def test_a_tenure_cut_short_checks_the_articles_that_name_the_person(factcheck, newsroom):
    _retitle(newsroom, "until: 2025-07-17", "until: 2025-06-25")
    run = _changed(factcheck)
    checked = [f["claims_file"] for f in run.report["files"]]
    assert checked == ["claims/july-01.yaml", "claims/june-02.yaml", "claims/june-20.yaml"]
    [finding] = run.findings("FC605")
    assert (finding["file"], finding["line"], finding["claim"]) == (
        "claims/july-01.yaml",
        16,
        "umerov-title",
    )
    assert (
        "the article is dated 2025-07-01, but the register says `umerov` was Defense "
        in (finding["message"])
    )
    assert run.code == 1
    # The same finding as a full run gives.
    assert factcheck("verify", "--format", "json").findings("FC605") == [finding]


def test_a_renamed_title_is_checked_in_every_article_naming_the_person(factcheck, newsroom):
    _retitle(newsroom, "title: Defense Minister\n", "title: Minister of Defence\n")
    run = _changed(factcheck)
    assert [f["file"] for f in run.findings("FC605")] == [
        "claims/july-01.yaml",
        "claims/june-02.yaml",
        "claims/june-20.yaml",
    ]
    assert run.code == 1


def test_an_edit_that_leaves_the_titles_alone_checks_that_file_only(factcheck, newsroom):
    _retitle(newsroom, "led Ukraine", "led Ukraine's delegation")  # its claims, not its titles
    _retitle(newsroom, "kind: person\n", "kind: person  # the minister\n")
    run = _changed(factcheck)
    assert [f["claims_file"] for f in run.report["files"]] == ["claims/june-02.yaml"]
    assert run.code == 0


def test_a_new_article_repeating_the_tenure_is_checked_alone(factcheck, newsroom):
    """The register's titles are the same as at REF (the new file repeats a record another
    file holds): only the new file is checked, as for any new article."""
    article(newsroom, "june-30", "2025-06-30", "Defense Minister Rustem Umerov spoke.",
            claim("umerov-title", "umerov", "title", "role", "Defense Minister",
                  "Defense Minister Rustem Umerov"),
            subjects=UMEROV_IN_REGISTER)  # fmt: skip
    run = _changed(factcheck)
    assert [f["claims_file"] for f in run.report["files"]] == ["claims/june-30.yaml"]
    assert run.code == 0


def test_a_new_article_adding_a_title_checks_the_person_s_articles(factcheck, newsroom):
    """A new file's record (an alias) changes what the register says of Umerov: the
    articles with a role claim about him are checked with it; round-2 is not."""
    umerov = UMEROV_IN_REGISTER.replace("since:", "aliases: [Defence Minister]\n        since:")
    article(newsroom, "june-30", "2025-06-30", "Defence Minister Rustem Umerov spoke.",
            claim("umerov-title", "umerov", "title", "role", "Defence Minister",
                  "Defence Minister Rustem Umerov"),
            subjects=umerov)  # fmt: skip
    run = _changed(factcheck)
    assert [f["claims_file"] for f in run.report["files"]] == [
        "claims/july-01.yaml",
        "claims/june-02.yaml",
        "claims/june-20.yaml",
        "claims/june-30.yaml",
    ]
    assert run.findings("FC605") == [] and run.code == 0


def test_a_ref_whose_register_file_was_broken_checks_every_titled_person(factcheck, newsroom):
    """The ref's version cannot tell what the titles were (its YAML was broken there): the
    articles naming anyone with titles are checked; none is skipped on a guess."""
    path = newsroom / "claims" / "june-02.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("subjects:", "subjects: [", 1), encoding="utf-8")
    git(newsroom, "commit", "-qam", "broken")
    path.write_text(good, encoding="utf-8")
    run = _changed(factcheck)
    checked = [f["claims_file"] for f in run.report["files"]]
    assert checked == ["claims/july-01.yaml", "claims/june-02.yaml", "claims/june-20.yaml"]
    assert run.code == 0 and "Traceback" not in run.err


def test_each_unchanged_file_is_parsed_once_when_the_register_gains_a_subject(
    factcheck, tmp_path, monkeypatch
):
    """Choosing the files to check reads every unchanged file's facts; the archive pass
    compares against those same facts rather than parsing each file a second time (a CI
    checkout has no cache, and a new subject id changes the cache's key anyway)."""
    from factcheck.archive import run as archive_run

    article(tmp_path, "june-02", "2025-06-02", "The first round was held on May 16.",
            claim("round-1-date", "swap", "date", "date", "2025-05-16", "May 16"))  # fmt: skip
    for name, published in (("july-01", "2025-07-01"), ("june-20", "2025-06-20")):
        article(tmp_path, name, published, "Defense Minister Rustem Umerov spoke.",
                claim("umerov-title", "umerov", "title", "role", "Defense Minister",
                      "Defense Minister Rustem Umerov"),
                subjects=UMEROV)  # fmt: skip
    article(tmp_path, "round-2", "2025-06-03", "The second round was held on June 2.",
            claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"))  # fmt: skip
    configure(tmp_path, "claims/june-02.yaml")  # the only register file
    commit_archive(tmp_path, "four articles")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    _retitle(tmp_path, "subjects:\n", "subjects:\n" + UMEROV_IN_REGISTER)  # a new subject
    parsed: list[str] = []
    real_claims_facts = archive_run.claims_facts

    def counted(path, config):  # type: ignore[no-untyped-def]
        parsed.append(path.name)
        return real_claims_facts(path, config)

    monkeypatch.setattr(archive_run, "claims_facts", counted)
    run = _changed(factcheck)
    # july-01 and june-20 name the subject new to the register: checked with june-02.
    assert [f["claims_file"] for f in run.report["files"]] == [
        "claims/july-01.yaml",
        "claims/june-02.yaml",
        "claims/june-20.yaml",
    ]
    assert run.code == 0, run.err
    # Each unchanged file read once, to choose; round-2 is compared from that reading.
    assert sorted(parsed) == ["july-01.yaml", "june-20.yaml", "round-2.yaml"]
