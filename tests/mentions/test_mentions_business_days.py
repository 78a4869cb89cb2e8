"""A count of trading, business or working days ("eight trading days", "within 10 business
days") is a length the claims model cannot hold: a business day is no calendar day. It is
found only when asked (``uncheckable=True``, as TimeML counts it: P8D), and `extract` drafts
no duration from it, nor coverage asks for one. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2013, 3, 21)


def business_days(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.minimum.iso())  # type: ignore[attr-defined]
        for m in find_mentions(text, ANCHOR, uncheckable=True)
        if m.kind == "business_days"
    ]


# fmt: off
FOUND = [
    ("Eight trading days after the crash, the index had fallen 4.3%.",
     [("Eight trading days", "P8D")]),
    ("Banks must repay the loans within 10 business days.", [("10 business days", "P10D")]),
    ("A transfer takes three working days.", [("three working days", "P3D")]),
    ("The index rose for five straight trading days.",
     [("five straight trading days", "P5D")]),
    ("Shares fell for a third straight trading day.", []),   # an ordinal, no length
    ("The first trading day of the year was calm.", []),
    ("The exchange has 252 trading days-worth of data.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_a_count_of_business_days_is_found_when_asked(text: str, expected: list) -> None:
    assert business_days(text) == expected


def test_it_is_no_calendar_duration() -> None:
    text = "Banks must repay the loans within 10 business days."
    assert [m for m in find_mentions(text, ANCHOR) if m.kind in ("duration", "business_days")] == []


def test_extract_drafts_no_length_of_business_days(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Markets\npublished: 2013-03-21T12:00:00-04:00\n---\n\n"
        "The index fell 4.3% in eight trading days, traders said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    assert "type: duration" not in text and "P8D" not in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
