"""FC605: titles held over time are declared once in the register (Umerov, Defense Minister
from 2023-09-06 to 2025-07-17) and checked in every article on its dateline."""

from __future__ import annotations

import pytest
from archive_helpers import article, claim, configure

UMEROV_IN_REGISTER = """  umerov:
    kind: person
    name: Rustem Umerov
    titles:
      - title: Defense Minister
        aliases: [Defence Minister, Minister of Defense]
        since: 2023-09-06
        until: 2025-07-17
      - title: Secretary of the National Security and Defense Council
        since: 2025-07-17
"""
UMEROV = "  umerov: {kind: person, name: Rustem Umerov}\n"


@pytest.fixture(autouse=True)
def _in_the_archive(factcheck, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _archive(tmp_path, published: str, title: str):
    article(
        tmp_path,
        "june-02",
        "2025-06-02",
        "Defense Minister Rustem Umerov led Ukraine.",
        claim(
            "umerov-title",
            "umerov",
            "title",
            "role",
            "Defense Minister",
            "Defense Minister Rustem Umerov",
        ),
        subjects=UMEROV_IN_REGISTER,
    )
    words = f"{title} Rustem Umerov"
    article(tmp_path, "later", published, f"{words} spoke to reporters.",
            claim("umerov-title", "umerov", "title", "role", title, words),
            subjects=UMEROV)  # fmt: skip
    return configure(tmp_path, "claims/june-02.yaml")


def _verify(factcheck, config):
    return factcheck("verify", "--config", config, "--format", "json", "claims")


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2025-07-01", "Defense Minister"),
        ("2025-07-17", "Defence Minister"),  # an alias, on the last day of the tenure
        ("2025-08-01", "Secretary of the National Security and Defense Council"),
    ],
)
def test_a_title_held_on_the_dateline_passes(factcheck, tmp_path, published, title):
    run = _verify(factcheck, _archive(tmp_path, published, title))
    assert run.findings("FC605") == [] and run.findings("FC601") == []
    assert run.code == 0, run.findings()


def test_a_title_used_after_the_tenure_ended_is_fc605(factcheck, tmp_path):
    run = _verify(factcheck, _archive(tmp_path, "2025-08-01", "Defense Minister"))
    [finding] = run.findings("FC605")
    assert (finding["file"], finding["line"], finding["claim"]) == (
        "claims/later.yaml",
        16,
        "umerov-title",
    )
    assert finding["message"] == (
        "`umerov-title` calls `umerov` Defense Minister (“Defense Minister Rustem Umerov”): the "
        "article is dated 2025-08-01, but the register says `umerov` was Defense Minister "
        "2023-09-06 to 2025-07-17"
    )
    assert finding["article_file"] == "articles/later.md" and finding["article_line"] == 6
    assert run.code == 1


def test_a_title_the_register_does_not_record_is_fc605(factcheck, tmp_path):
    run = _verify(factcheck, _archive(tmp_path, "2025-06-03", "Prime Minister"))
    [finding] = run.findings("FC605")
    assert "do not include 'Prime Minister'" in finding["message"]


def test_titles_changing_over_time_are_not_conflicting_values(factcheck, tmp_path):
    # June 2 says Defense Minister, August 1 says Secretary: both right on their datelines.
    run = _verify(
        factcheck,
        _archive(tmp_path, "2025-08-01", "Secretary of the National Security and Defense Council"),
    )
    assert run.findings("FC601") == []
