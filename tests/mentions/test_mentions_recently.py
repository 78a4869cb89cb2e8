""" "recently" as TimeML's PAST_REF: a reference to the past, found only when asked, and not
where it hedges the date that follows it."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def found(sentence: str) -> list[tuple[str, str, str]]:
    return [
        (mention.kind, mention.text, str(mention.value))
        for mention in find_mentions(sentence, ANCHOR, references=True)
        if mention.kind in ("reference", "date")
    ]


# fmt: off
CASES = [
    ("The company recently cut its dividend.", [("reference", "recently", "past")]),
    ("Its shares have slumped recently.", [("reference", "recently", "past")]),
    ("Recently, analysts have turned cautious.", [("reference", "Recently", "past")]),
    ("More recently it has tracked militias.", [("reference", "More recently", "past")]),
    ("Until recently, the plant ran two shifts.", [("reference", "recently", "past")]),
    ("A recently announced venture will open.", [("reference", "recently", "past")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_recently_is_a_reference_to_the_past(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


def test_recently_before_a_date_hedges_the_date() -> None:
    """The date is the time the words give; "most recently" only says it was the latest."""
    mentions = found("Doctors were attacked, most recently last October in Amherst.")
    assert [(kind, words) for kind, words, _ in mentions] == [("date", "last October")]


def test_recently_is_found_only_when_asked() -> None:
    sentence = "The company recently cut its dividend."
    assert [m for m in find_mentions(sentence, ANCHOR) if m.kind == "reference"] == []


def test_a_word_that_holds_recently_is_no_reference() -> None:
    assert found("The recently-built bridge opened.") == []


ARTICLE = """---
title: Dividend
published: 2025-06-27T22:57:00+03:00
---

The company, which recently cut its dividend, met investors in Istanbul on June 2.
"""


def test_extract_drafts_no_claim_for_recently_and_verify_asks_for_none(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "dividend")
    claims = drafted_claims(draft)
    assert [(c["type"], c["text"]) for c in claims] == [("place", "Istanbul"), ("date", "June 2")]
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0
    assert [f for f in report["findings"] if f["code"] == "FC501"] == []
