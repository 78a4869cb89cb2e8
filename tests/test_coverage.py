"""Coverage (FC501) and contradicting mentions (FC428), on the bundled article, with the
project's own configuration (coverage on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, bundled_copy

TEXT = BUNDLED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def real_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    assert TEXT.count(old) == 1
    article = tmp_path / BUNDLED_ARTICLE.name
    article.write_text(TEXT.replace(old, new), encoding="utf-8")
    return article


def _line_of(article: Path, words: str) -> int:
    return next(n for n, line in enumerate(article.read_text().splitlines(), 1) if words in line)


def test_the_bundled_claims_cover_every_mention(factcheck, real_config) -> None:
    report = factcheck("verify", "--format", "json").report
    assert report["findings"] and {f["code"] for f in report["findings"]} == {"FC425"}
    coverage = {file["claims_file"]: file["coverage"] for file in report["files"]}
    assert coverage["claims/2025-06-27-putin-third-round.yaml"]["date"] == {
        "covered": 12,
        "total": 12,
    }
    assert coverage["claims/2025-06-02-istanbul-second-round.yaml"]["date"] == {
        "covered": 2,
        "total": 2,
    }
    for kinds in coverage.values():
        assert all(kind["covered"] == kind["total"] for kind in kinds.values())
    # 71 mentions in the June 27 article ("nightly"), 28 in the June 2 one ("a little over an
    # hour").
    assert report["summary"]["mentions"] == report["summary"]["covered"] == 99


def test_a_new_factual_sentence_fails_strict_on_its_line(factcheck, real_config, tmp_path) -> None:
    article = _edited(
        tmp_path,
        "following an earlier meeting on May 16.",
        "following an earlier meeting on May 16.\n"
        "The third round took place on July 23 in Istanbul.",
    )
    run = factcheck(
        "verify", "--format", "json", "--strict", bundled_copy(tmp_path), "--article", article
    )
    assert run.code == 1
    uncovered = run.findings("FC501")
    line = _line_of(article, "July 23")
    assert [(f["line"], f["severity"]) for f in uncovered] == [(line, "warning"), (line, "warning")]
    assert {f["message"] for f in uncovered} == {
        "“third round” (an ordinal, 3) is not covered by any claim",
        "“July 23” (a date, 2024-07-23) is not covered by any claim",
    }
    assert all(f["file"] == str(article) for f in uncovered)
    assert run.report["files"][0]["coverage"]["date"] == {"covered": 12, "total": 13}


def test_a_sentence_with_no_facts_adds_no_finding(factcheck, real_config, tmp_path) -> None:
    article = _edited(
        tmp_path,
        "following an earlier meeting on May 16.",
        "following an earlier meeting on May 16. Both sides described the talks as difficult.",
    )
    config = tmp_path / "factcheck.yaml"
    config.write_text("severity:\n  FC425: info\n")  # the four honest unverified claims
    run = factcheck("verify", "--format", "json", "--strict", "--config", config,
                    bundled_copy(tmp_path), "--article", article)  # fmt: skip
    assert run.code == 0, run.out
    assert run.findings("FC501") == []


def test_a_contradicting_sentence_is_an_error_naming_the_claim(
    factcheck, real_config, tmp_path
) -> None:
    article = _edited(
        tmp_path,
        "to retrieve the bodies of fallen soldiers.",
        "to retrieve the bodies of fallen soldiers. The first round took place on June 10.",
    )
    run = factcheck("verify", "--format", "json", bundled_copy(tmp_path), "--article", article)
    assert run.code == 1
    (finding,) = run.findings("FC428")
    assert finding["claim"] == "round-1-date"
    assert finding["line"] == _line_of(article, "June 10")
    assert finding["message"].startswith(
        "“June 10” (a date, 2025-06-10) speaks of `round-1`, but `round-1-date` 2025-05-16"
    )


def test_a_date_of_something_else_in_the_paragraph_is_no_contradiction(
    factcheck, real_config, tmp_path
) -> None:
    """ "The summit opened on June 24": another event than the June 25 meeting."""
    article = _edited(
        tmp_path,
        "and the potential for co-production of drones.",
        "and the potential for co-production of drones. The summit opened on June 24.",
    )
    run = factcheck("verify", "--format", "json", bundled_copy(tmp_path), "--article", article)
    assert run.findings("FC428") == []
    assert [f["message"][:9] for f in run.findings("FC501")] == ["“June 24”"]


def test_the_two_leaders_refers_back_to_the_meeting(factcheck, real_config, tmp_path) -> None:
    article = _edited(
        tmp_path,
        "and the potential for co-production of drones.",
        "and the potential for co-production of drones. The two leaders met again on June 24.",
    )
    run = factcheck("verify", "--format", "json", bundled_copy(tmp_path), "--article", article)
    (finding,) = run.findings("FC428")
    assert "speaks of `zelensky-trump-meeting`, but `meeting-date` 2025-06-25" in finding["message"]


def test_a_date_the_sentence_measures_from_is_no_contradiction(factcheck, tmp_path) -> None:
    """ "… came three years after the March 2022 negotiations": not the talks' own date."""
    (tmp_path / "art.md").write_text(
        "---\ntitle: T\npublished: 2025-06-27T10:00:00+03:00\n---\n\n"
        "The Istanbul talks took place on June 2.\n\n"
        "The Istanbul talks came three years after the March 2022 negotiations in Turkey.\n"
    )
    claims = tmp_path / "c.yaml"
    claims.write_text(
        "article: {path: art.md}\nsubjects:\n  r2: {kind: event, name: Istanbul talks}\n"
        "claims:\n  - {id: d, subject: r2, property: date, type: date, value: 2025-06-02,\n"
        "     text: June 2, status: verified, sources: [{publisher: X}]}\n"
    )
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 0
    assert run.findings("FC428") == []


def test_claimed_spans_answer_as_a_pass_over_every_span_would() -> None:
    import random

    from factcheck.coverage import ClaimedSpans

    chance = random.Random(7)
    for _ in range(300):
        spans = [(a, a + chance.randint(1, 12)) for a in chance.sample(range(80), 6)]
        claimed = ClaimedSpans(spans)
        for start in range(90):
            for end in range(start + 1, min(start + 15, 95)):
                expected = any(start < e and s < end for s, e in spans)
                assert claimed.overlaps(start, end) == expected, (spans, start, end)
