"""A date the article puts ahead of its dateline: `extract` drafts it ahead, on a subject
marked `planned`, and `verify` reads the same date from the same sentence (issue 13, item 2)."""

from __future__ import annotations

from pathlib import Path

from article_helpers import extract_draft

ARTICLE = """\
---
title: Rates held
published: 2024-11-27T14:00:00+13:00
---

The Reserve Bank held its cash rate at 4.25 percent on Wednesday.
The central bank will next review rates on April 9.
It last cut rates on April 9, when inflation eased.
"""


def _draft(factcheck, tmp_path: Path) -> Path:
    return extract_draft(factcheck, tmp_path, ARTICLE, "rates")


def test_a_draft_with_a_date_ahead_verifies(factcheck, tmp_path: Path) -> None:
    draft = _draft(factcheck, tmp_path)
    text = draft.read_text(encoding="utf-8")
    # The review is the coming April 9, on a subject still to come; the cut the last one.
    assert 'value: "2025-04-09"' in text
    assert 'value: "2024-04-09"' in text
    assert "planned: true" in text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert {f["code"] for f in run.report["findings"]} == {"FC425"}  # unverified, no error


def test_verify_reads_the_date_from_its_sentence(factcheck, tmp_path: Path) -> None:
    draft = _draft(factcheck, tmp_path)
    text = draft.read_text(encoding="utf-8")
    # A fact-checker who writes the year before the dateline for the review is told the
    # sentence says the coming April 9.
    wrong = text.replace('value: "2025-04-09"', 'value: "2024-04-09"', 1)
    draft.write_text(wrong, encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    [finding] = run.findings("FC301")
    assert "is 2025-04-09 (dateline 2024-11-27), not 2024-04-09" in finding["message"]


SOON = """\
---
title: Notes redeemed
published: 1989-10-26T09:00:00-05:00
---

Conseco said it is calling for the redemption on Dec. 7 of all its remaining notes.
The company changed to a calendar year in December.
"""


def test_a_date_weeks_ahead_with_no_past_verb_is_drafted_ahead_and_verifies(
    factcheck, tmp_path: Path
) -> None:
    # Rule 5 of values/direction.py: "is calling ... on Dec. 7" in an October story is the
    # coming Dec. 7; "changed ... in December" (a past verb) is the last one.
    draft = extract_draft(factcheck, tmp_path, SOON, "notes")
    text = draft.read_text(encoding="utf-8")
    assert 'value: "1989-12-07"' in text
    assert 'value: "1988-12"' in text
    assert "planned: true" in text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert not [f for f in run.report["findings"] if f["severity"] == "error"]


LEAP = """\
---
title: Talks to resume
published: 2023-03-03T12:00:00+01:00
---

The talks will resume on February 28 in Vienna, the mediators said.
"""


def test_february_28_ahead_of_a_leap_february_drafts_and_verifies(
    factcheck, tmp_path: Path
) -> None:
    # A year on from February 28, 2023 is February 28, 2024 (this stopped the whole file
    # with FC120 once: the finder made it a "day" that ended on the 29th).
    article = tmp_path / "talks.md"
    article.write_text(LEAP, encoding="utf-8")
    draft = tmp_path / "talks.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    assert 'value: "2024-02-28"' in draft.read_text(encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert "FC120" not in {f["code"] for f in run.report["findings"]}
