"""The mutation benchmark as tests: every edit caught by its code, no benign edit flagged.

The corpora are in tests/mutations/ and the runner in benchmarks/mutations.py (which also
prints detection and false-alarm rates: `python benchmarks/mutations.py`). Each edit is
applied to a copy of the article or the claims file in a temporary folder and checked by the
real command line, in-process: `factcheck verify ... --format json`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck.rules.catalog import rule

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import mutations

ARTICLE_EDITS = mutations.load_corpus(mutations.ARTICLE_EDITS)
CLAIMS_EDITS = mutations.load_corpus(mutations.CLAIMS_EDITS)
BENIGN_EDITS = mutations.load_corpus(mutations.BENIGN_EDITS)

ARTICLE_KINDS = {
    "shifted-date",
    "changed-count",
    "swapped-venue",
    "wrong-ordinal",
    "wrong-title",
    "reworded-quote",
    "changed-dateline",
    "contradicting-sentence",
}
CLAIMS_KINDS = {"wrong-year", "wrong-value", "swapped-order", "wrong-ordinal", "missing-source"}
BENIGN_KINDS = {"rewrap", "quotes", "dashes", "emphasis", "added-sentence", "line-endings"}


def _ids(edits: list[mutations.Edit]) -> list[str]:
    return [edit.id for edit in edits]


def _assert_caught(edit: mutations.Edit, report: mutations.Report) -> None:
    assert report.exit_code != 2, f"the run could not happen: {report.stderr.strip()}"
    outcome = mutations.Outcome(edit, report)
    assert outcome.caught, f"{edit.description} expected {edit.expected}; got {outcome.instead()}"
    if rule(edit.expect).severity == "error":
        assert report.exit_code == 1, f"{edit.expect} is an error, but the run exited 0"


# --- the corpora themselves ---------------------------------------------------------------------


def test_corpus_sizes():
    assert len(ARTICLE_EDITS) >= 40
    assert len(CLAIMS_EDITS) >= 20
    assert len(BENIGN_EDITS) >= 15


def test_corpora_cover_the_kinds_the_issue_names():
    assert {edit.kind for edit in ARTICLE_EDITS} >= ARTICLE_KINDS
    assert {edit.kind for edit in CLAIMS_EDITS} >= CLAIMS_KINDS
    assert {edit.kind for edit in BENIGN_EDITS} >= BENIGN_KINDS


def test_expected_codes_exist():
    for edit in ARTICLE_EDITS + CLAIMS_EDITS:
        assert rule(edit.expect).code == edit.expect


def test_every_find_occurs_once():
    for edit in ARTICLE_EDITS + BENIGN_EDITS + CLAIMS_EDITS:
        original = mutations.CLAIMS if edit.target == "claims" else mutations.ARTICLE
        assert mutations.apply_edit(edit, mutations.read_text(original)) != mutations.read_text(
            original
        )


def test_find_must_occur_exactly_once():
    twice = mutations.Edit(
        corpus=mutations.ARTICLE_EDITS,
        id="twice",
        kind="shifted-date",
        description="June 26 is in the article twice",
        find="June 26",
        replace="June 25",
        expect="FC203",
    )
    with pytest.raises(ValueError, match="occurs 2 times"):
        mutations.apply_edit(twice, mutations.read_text(mutations.ARTICLE))


def test_baseline_is_the_five_unverified_claims():
    baseline = mutations.baseline()
    assert baseline.exit_code == 0
    assert {finding["code"] for finding in baseline.findings} == {"FC425"}
    assert len(baseline.findings) == 5


# --- each edit ------------------------------------------------------------------------------------


@pytest.mark.parametrize("edit", ARTICLE_EDITS, ids=_ids(ARTICLE_EDITS))
def test_article_edit_is_caught(edit: mutations.Edit, tmp_path: Path):
    _assert_caught(edit, mutations.run_edit(edit, tmp_path))


@pytest.mark.parametrize("edit", CLAIMS_EDITS, ids=_ids(CLAIMS_EDITS))
def test_claims_edit_is_caught(edit: mutations.Edit, tmp_path: Path):
    _assert_caught(edit, mutations.run_edit(edit, tmp_path))


@pytest.mark.parametrize("edit", BENIGN_EDITS, ids=_ids(BENIGN_EDITS))
def test_benign_edit_gives_the_baseline(edit: mutations.Edit, tmp_path: Path):
    report = mutations.run_edit(edit, tmp_path)
    assert report.exit_code != 2, f"the run could not happen: {report.stderr.strip()}"
    outcome = mutations.Outcome(edit, report)
    assert outcome.caught, (
        f"{edit.description} flagged (exit {report.exit_code}): {outcome.instead()}"
    )


# --- the printed summary -----------------------------------------------------------------------


def test_summary_reports_rates_and_misses(tmp_path: Path):
    caught = mutations.Outcome(ARTICLE_EDITS[0], mutations.run_edit(ARTICLE_EDITS[0], tmp_path))
    missed = mutations.Outcome(
        ARTICLE_EDITS[0], mutations.Report(0, list(mutations.baseline().findings))
    )
    benign = mutations.Outcome(BENIGN_EDITS[0], mutations.baseline())
    text = mutations.summary(
        {mutations.ARTICLE_EDITS: [caught, missed], mutations.BENIGN_EDITS: [benign]}
    )
    assert "detection rate: 1/2 = 50.0% (caught and exit 1: 1)" in text
    assert "false-alarm rate: 0/1 = 0.0%" in text
    assert f"{ARTICLE_EDITS[0].id}: expected" in text
    assert "no finding beyond the baseline" in text
