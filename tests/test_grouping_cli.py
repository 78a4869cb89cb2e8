"""One changed fact, one finding (issue 15, item 2): an edit of the article under a claim's
words is reported once, as FC207, with the findings it caused folded under it.

Every test edits a copy of the bundled example in tmp_path and runs the real command line
with the project's configuration (coverage on, so the new words' FC501 is there to fold).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, bundled_copy

ARTICLE = BUNDLED_ARTICLE.read_text(encoding="utf-8")
JUNE = ("took place on June 2 in Istanbul", "took place on June 3 in Istanbul")
CEASEFIRE = ("30-day ceasefire", "60-day ceasefire")
PRISONERS = ("up to 1,200 prisoners", "up to 1,300 prisoners")


@pytest.fixture(autouse=True)
def _project_configuration(factcheck, monkeypatch: pytest.MonkeyPatch) -> None:
    """The configuration a newsroom runs (the test suite's own turns FC501 off)."""
    monkeypatch.delenv("FACTCHECK_CONFIG")


def _edited(tmp_path: Path, *edits: tuple[str, str], lock: bool = True) -> Path:
    """A copy of the bundled example with `edits` made to its article; the claims path."""
    claims = bundled_copy(tmp_path)
    if not lock:
        claims.with_name(claims.stem + ".lock.json").unlink()
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    text = ARTICLE
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    article.write_text(text, encoding="utf-8")
    return claims


def _key_position(claims: Path, claim_id: str, key: str) -> tuple[int, int]:
    """Line and column of `key:` of claim `claim_id` in the claims file (1-based)."""
    lines = claims.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"  - id: {claim_id}")
    for number in range(start + 1, len(lines)):
        found = re.match(rf"^\s+{key}: ", lines[number])
        if found:
            return number + 1, found.end() + 1
    raise AssertionError(f"{claim_id} has no {key}")


def _article_position(words: str) -> tuple[int, int]:
    """Where `words` (after the edit) stand in the edited article: the bundled article's
    line and column of the words they replaced (same length before them)."""
    for number, line in enumerate(ARTICLE.split("\n"), 1):
        if words in line:
            return number, line.index(words) + 1
    raise AssertionError(words)


def _primaries(report: dict) -> list[dict]:
    return [f for f in report["findings"] if f["code"] == "FC207"]


def _shown(report: dict) -> list[dict]:
    """The findings a person sees at the top level: every one not folded under another."""
    return [f for f in report["findings"] if not f["folded_into"]]


def test_one_changed_date_is_one_finding_with_the_others_folded_under_it(
    factcheck, tmp_path
) -> None:
    claims = _edited(tmp_path, JUNE)
    run = factcheck("verify", claims, "--format", "json")
    assert run.code == 1
    report = run.report
    [primary] = _primaries(report)
    errors = [f for f in _shown(report) if f["severity"] == "error"]
    assert errors == [primary]
    assert primary["message"] == (
        "the article now says `June 3` where `round-2-date` says `June 2` "
        "(also affects `round-2-venue`, `round-1-date`)"
    )
    assert primary["claim"] == "round-2-date"
    # Both places: the claim's `text:` in the claims file, the new words in the article.
    assert (primary["line"], primary["column"]) == _key_position(claims, "round-2-date", "text")
    article_line, column = _article_position("June 2 in Istanbul")
    assert (primary["article_line"], primary["article_column"]) == (article_line, column)
    assert primary["article_file"].endswith(BUNDLED_ARTICLE.name)
    assert primary["changes"] == [
        {
            "kind": "replaced",
            "old": "June 2",
            "new": "June 3",
            "article_line": article_line,
            "article_column": column,
            "claims": ["round-2-date", "round-2-venue", "round-1-date"],
        }
    ]
    assert "factcheck accept round-2-date round-2-venue round-1-date" in primary["hint"]
    # What the edit caused is kept for machines, each pointing at its primary.
    folded = {(f["code"], f["claim"]) for f in report["findings"] if f["folded_into"]}
    assert folded == {
        ("FC203", "round-2-date"),
        ("FC203", "round-2-venue"),
        ("FC205", "round-1-date"),
        ("FC501", None),
    }
    assert all(f["folded_into"] == primary["cause"] for f in report["findings"] if f["folded_into"])
    uncovered = next(f for f in report["findings"] if f["code"] == "FC501" and f["folded_into"])
    assert uncovered["message"].startswith("“June 3”")
    # Counted once: one error; the folded warning is not counted either.
    summary = report["summary"]
    assert (summary["errors"], summary["folded"]) == (1, 4)
    assert summary["warnings"] == len([f for f in _shown(report) if f["severity"] == "warning"])
    # The claims whose words the edit broke still fail: the exit code does not change.
    results = {c["id"]: c["result"] for c in report["claims"]}
    assert {results[c] for c in ("round-2-date", "round-2-venue", "round-1-date")} == {"fail"}


@pytest.mark.parametrize(
    ("edit", "claim", "old", "new", "others"),
    [
        (CEASEFIRE, "ceasefire-proposal-duration", "30-day", "60-day",
         ["ceasefire-rejected", "truce-duration", "truce-purpose"]),
        (PRISONERS, "follow-up-count", "up to 1,200", "up to 1,300",
         ["no-ceasefire-agreement", "swap-count", "swap-date"]),
    ],
)  # fmt: skip
def test_a_changed_number_names_the_claims_words_whole(
    factcheck, tmp_path, edit, claim, old, new, others
) -> None:
    claims = _edited(tmp_path, edit)
    run = factcheck("verify", claims, "--format", "json")
    assert run.code == 1
    [primary] = _primaries(run.report)
    also = ", ".join(f"`{c}`" for c in others)
    assert primary["message"] == (
        f"the article now says `{new}` where `{claim}` says `{old}` (also affects {also})"
    )
    assert (primary["line"], primary["column"]) == _key_position(claims, claim, "text")
    assert (primary["article_line"], primary["article_column"]) == _article_position(old)
    assert [f for f in _shown(run.report) if f["severity"] == "error"] == [primary]
    assert run.report["summary"]["errors"] == 1


def test_three_edits_give_three_findings_and_the_summary_counts_three(factcheck, tmp_path) -> None:
    claims = _edited(tmp_path, JUNE, CEASEFIRE, PRISONERS)
    report = factcheck("verify", claims, "--format", "json").report
    primaries = _primaries(report)
    assert [p["changes"][0]["new"] for p in primaries] == ["June 3", "60-day", "up to 1,300"]
    assert [f for f in _shown(report) if f["severity"] == "error"] == primaries
    assert report["summary"]["errors"] == 3
    # Every other finding about the claims' words, the pins and the new words is folded.
    caused = [f for f in report["findings"] if f["code"] in ("FC203", "FC205", "FC501")]
    assert len(caused) == 14 and all(f["folded_into"] for f in caused)
    assert {f["folded_into"] for f in caused} == {p["cause"] for p in primaries}

    rich = factcheck("verify", claims)
    assert rich.code == 1
    last = rich.out.strip().split("\n")[-1]
    assert last.startswith("FAILED:") and ", 3 errors," in last
    assert rich.out.count("  FC207 error") == 3
    assert rich.out.count("↳ FC203 error") == 4 and rich.out.count("↳ FC205 error") == 7


def test_the_line_format_indents_the_folded_findings_under_their_edit(factcheck, tmp_path) -> None:
    claims = _edited(tmp_path, JUNE)
    run = factcheck("verify", claims, "--format", "line")
    assert run.code == 1
    lines = [line for line in run.out.split("\n") if line and "FC425" not in line]
    line, column = _key_position(claims, "round-2-date", "text")
    assert lines[0].endswith(
        f"{line}:{column}: FC207 error the article now says `June 3` where `round-2-date` "
        "says `June 2` (also affects `round-2-venue`, `round-1-date`) [round-2-date]"
    )
    # The folded ones: indented, location last, never read as a finding of their own.
    assert len(lines) == 5
    assert all(x.startswith("  ↳ FC") and re.search(r"\(\S+:\d+:\d+\)$", x) for x in lines[1:])
    assert not any(re.match(r"^\S+:\d+:\d+: ", x) for x in lines[1:])


def test_github_annotates_once_per_cause(factcheck, tmp_path) -> None:
    claims = _edited(tmp_path, JUNE)
    run = factcheck("verify", claims, "--format", "github")
    errors = [line for line in run.out.split("\n") if line.startswith("::error ")]
    # The claims file and the article: the two places of the one FC207.
    assert len(errors) == 2 and all("title=FC207 words-replaced" in e for e in errors)
    assert "%0A↳ FC203 error the context is not in the article [round-2-venue]" in errors[0]
    assert run.out.strip().split("\n")[-1].endswith("1 error, 5 warnings")


def test_markdown_counts_the_cause_once_and_marks_the_folded(factcheck, tmp_path) -> None:
    claims = _edited(tmp_path, JUNE)
    out = factcheck("verify", claims, "--format", "markdown").out
    assert "**1 error**" in out
    assert "the article now says \\`June 3\\` where \\`round-2-date\\` says \\`June 2\\`" in out
    assert out.count("(caused by the edit reported by FC207)") == 4


def test_without_a_lock_the_claims_context_finds_the_sentence(factcheck, tmp_path) -> None:
    claims = _edited(tmp_path, JUNE, lock=False)
    report = factcheck("verify", claims, "--format", "json").report
    [primary] = _primaries(report)
    # Two contexts held the edited words; they found one edit, not two.
    assert primary["message"] == (
        "the article now says `June 3` where `round-2-date` says `June 2` "
        "(also affects `round-2-venue`)"
    )
    assert "factcheck accept" not in primary["hint"]  # nothing is pinned to re-accept
    assert (primary["article_line"], primary["article_column"]) == _article_position(
        "June 2 in Istanbul"
    )
    folded = {(f["code"], f["claim"]) for f in report["findings"] if f["folded_into"]}
    assert folded == {("FC203", "round-2-date"), ("FC203", "round-2-venue"), ("FC501", None)}
    assert report["summary"]["errors"] == 1


def test_an_fc207_silenced_on_its_claim_folds_nothing(factcheck, tmp_path) -> None:
    claims = _edited(tmp_path, JUNE)
    text = claims.read_text(encoding="utf-8")
    reason = '    ignore: {FC207: "the date is being re-checked with the desk"}\n'
    claims.write_text(
        text.replace("  - id: round-2-date\n", "  - id: round-2-date\n" + reason, 1),
        encoding="utf-8",
    )
    report = factcheck("verify", claims, "--format", "json").report
    assert _primaries(report) == []
    assert report["summary"]["folded"] == 0
    assert all(f["folded_into"] is None and f["cause"] is None for f in report["findings"])
    errors = {(f["code"], f["claim"]) for f in report["findings"] if f["severity"] == "error"}
    assert errors == {
        ("FC203", "round-2-date"),
        ("FC203", "round-2-venue"),
        ("FC205", "round-1-date"),
    }
    assert report["summary"]["errors"] == 3


SMALL_ARTICLE = """\
---
title: Prisoners return
published: 2025-06-27T12:00:00+03:00
---

The exchange took place on June 3 at the border.

Ukraine said 32 soldiers returned home in the exchange.
"""

SMALL_CLAIMS = """\
article:
  path: ../articles/a.md
subjects:
  swap: {kind: event}
claims:
  - id: swap-date
    type: date
    subject: swap
    property: date
    value: "2025-06-03"
    text: June 3
    status: unverified
  - id: returned-count
    type: number
    subject: swap
    property: count
    value: 32
    text: "32"
    status: unverified
"""


def _small_case(tmp_path: Path, article: str) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles" / "a.md").write_text(article, encoding="utf-8")
    claims = tmp_path / "claims" / "a.yaml"
    claims.write_text(SMALL_CLAIMS, encoding="utf-8")
    return claims


def test_a_missing_number_is_not_matched_to_a_digit_of_another_line(factcheck, tmp_path) -> None:
    claims = _small_case(tmp_path, SMALL_ARTICLE.replace(" 32 ", " 31 "))
    run = factcheck("verify", claims, "--format", "json")
    assert run.code == 1
    [missing] = run.findings("FC201")
    assert missing["message"] == "`32` is not in the article"
    # "3" (of "June 3", line 6) is most like "32" letter by letter, and says nothing of
    # where the count was: no passage is offered rather than that one.
    assert missing["hint"] == "The article has no passage like it."
    assert missing["article_line"] is None and missing["changes"] == []


def test_a_passage_that_is_another_claims_words_is_not_offered(factcheck, tmp_path) -> None:
    claims = _small_case(tmp_path, SMALL_ARTICLE)
    gone = (
        "  - id: talks-date\n    type: date\n    subject: swap\n    property: talks\n"
        '    value: "2025-06-30"\n    text: June 30\n    status: unverified\n'
    )
    claims.write_text(SMALL_CLAIMS + gone, encoding="utf-8")
    run = factcheck("verify", claims, "--format", "json")
    [missing] = run.findings("FC201")
    # The nearest passage, "June 3", is `swap-date`'s words: not what replaced these.
    assert missing["claim"] == "talks-date"
    assert missing["hint"] == "The article has no passage like it."
    # No claim standing on "June 3", it is offered.
    start = SMALL_CLAIMS.index("  - id: swap-date")
    end = SMALL_CLAIMS.index("  - id: returned-count")
    claims.write_text(SMALL_CLAIMS[:start] + SMALL_CLAIMS[end:] + gone, encoding="utf-8")
    run = factcheck("verify", claims, "--format", "json")
    [missing] = run.findings("FC201")
    assert missing["hint"] == "nearest passage: “June 3”"


def test_explain_fc207_shows_a_failing_and_a_passing_example(factcheck) -> None:
    run = factcheck("explain", "FC207")
    assert run.code == 0
    assert run.out.startswith("FC207 words-replaced (default severity: error)")
    assert "Fails:\n    lock:    ...took place on June 2 in Istanbul..." in run.out
    assert "Passes:\n" in run.out and "folded_into" in run.out


def test_a_changed_word_of_a_context_folds_the_fact_it_left_unclaimed(factcheck, tmp_path) -> None:
    claims = _edited(tmp_path, ("in limited areas", "in some areas"))
    report = factcheck("verify", claims, "--format", "json").report
    [primary] = _primaries(report)
    assert primary["message"].startswith(
        "the article now says `some` where the context of `truce-duration` says `limited`"
    )
    assert (primary["line"], primary["column"]) == _key_position(
        claims, "truce-duration", "context"
    )
    # "2-3-day", truce-duration's own words, stand unclaimed now that its context is broken:
    # the same edit's doing.
    [uncovered] = [f for f in report["findings"] if f["code"] == "FC501"]
    assert uncovered["message"].startswith("“2-3-day”")
    assert uncovered["folded_into"] == primary["cause"]
    assert report["summary"]["errors"] == 1


def test_a_deleted_sentence_offers_no_passage_from_another_paragraph(factcheck, tmp_path) -> None:
    sentence = (
        "The latest peace talks between Russia and Ukraine took place on June 2 in Istanbul, "
        "following an earlier meeting on May 16. "
    )
    claims = _edited(tmp_path, (sentence, ""))
    report = factcheck("verify", claims, "--format", "json").report
    # No words replaced them, so nothing is aligned: the removal itself is the one finding
    # (tests/test_grouping_removed.py).
    [primary] = _primaries(report)
    assert primary["message"].startswith("the article no longer has the sentence `The latest")
    lost = [f for f in report["findings"] if f["code"] == "FC203"]
    assert {f["claim"] for f in lost} == {"round-2-date", "round-2-venue", "round-1-date"}
    assert {f["folded_into"] for f in lost} == {primary["cause"]}
    # The nearest passages ("took place in late May and a", "On May 27") are other facts.
    assert {f["hint"] for f in lost} == {"The article has no passage like it."}
