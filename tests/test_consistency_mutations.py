"""The consistency class of the mutation benchmark (issue 14), as tests.

Edits to tests/mutations/istanbul-talks.md that keep every claimed word and change a
weekday, a clock time, a length beside clock times or a date counted from an event must be
caught by a consistency check, not by missing words; edits that change no fact must give the
unedited findings. The runner is benchmarks/mutations.py (`python benchmarks/mutations.py`
prints the rates).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck.rules.catalog import rule

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import mutations

EDITS = mutations.load_corpus(mutations.CONSISTENCY_EDITS)
BENIGN = mutations.load_corpus(mutations.CONSISTENCY_BENIGN_EDITS)


def test_the_corpus_covers_each_class_the_issue_names() -> None:
    kinds = {"weekday", "clock-time", "length-beside-times", "relative-date"}
    assert {edit.kind for edit in EDITS} == kinds
    assert {edit.kind for edit in BENIGN} >= kinds
    assert len(EDITS) >= 12 and len(BENIGN) >= 12


def test_the_unedited_article_passes_with_only_warnings() -> None:
    base = mutations.baseline(mutations.PAIRS[mutations.CONSISTENCY_EDITS])
    assert base.exit_code == 0
    assert {f["code"] for f in base.findings} == {"FC426", "FC501"}


def test_every_edit_keeps_the_claimed_words() -> None:
    import yaml

    claims = yaml.safe_load(mutations.ISTANBUL_CLAIMS.read_text(encoding="utf-8"))["claims"]
    original = mutations.read_text(mutations.ISTANBUL_ARTICLE)
    for edit in EDITS:
        edited = mutations.apply_edit(edit, original)
        for claim in claims:
            assert edited.count(claim["text"]) == original.count(claim["text"]), edit.id


@pytest.mark.parametrize("edit", EDITS, ids=[edit.id for edit in EDITS])
def test_edit_is_caught_by_a_consistency_check(edit: mutations.Edit, tmp_path: Path) -> None:
    report = mutations.run_edit(edit, tmp_path)
    outcome = mutations.Outcome(edit, report)
    assert outcome.caught, f"{edit.description} expected {edit.expected}; got {outcome.instead()}"
    assert outcome.by_consistency, f"{edit.id}: caught, but claimed words went missing"
    assert rule(edit.expect).severity == "error" and report.exit_code == 1  # type: ignore[arg-type]


@pytest.mark.parametrize("edit", BENIGN, ids=[edit.id for edit in BENIGN])
def test_benign_edit_gives_the_baseline(edit: mutations.Edit, tmp_path: Path) -> None:
    report = mutations.run_edit(edit, tmp_path)
    outcome = mutations.Outcome(edit, report)
    assert outcome.caught, f"{edit.description} flagged: {outcome.instead()}"


def test_summary_reports_the_consistency_rates(tmp_path: Path) -> None:
    caught = mutations.Outcome(EDITS[0], mutations.run_edit(EDITS[0], tmp_path))
    base = mutations.baseline(mutations.PAIRS[mutations.CONSISTENCY_EDITS])
    quiet = mutations.Outcome(BENIGN[0], base)
    missed = mutations.Outcome(EDITS[1], base)
    text = mutations.summary(
        {mutations.CONSISTENCY_EDITS: [caught, missed], mutations.CONSISTENCY_BENIGN_EDITS: [quiet]}
    )
    assert "consistency edits caught by a consistency check (every claimed word kept): 1/2" in text
    assert "consistency false-alarm rate: 0/1 = 0.0%" in text
    assert f"{EDITS[1].id}: expected FC423 on round-2-date" in text
