"""A bare month after "for" ("figures for January") or between "the" and the noun it dates
("the October slaying"): a month, found by default, drafted by `extract` as a claim that
`verify` accepts ("for January", "the October"). Not "May" there ("a blow for May", "the May
government" name a person as often), nor "the March on Washington"."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft
from date_mentions import found_dates

APRIL = datetime.date(1999, 4, 19)

# fmt: off
FOUND = [
    ("They found evidence in the October slaying of a doctor.", [("October", "1998-10")]),
    ("The job figures for January extended a surge.", [("January", "1999-01")]),
    ("The turnover for October is almost 148 million shares.", [("October", "1998-10")]),
    ("The March accession made them members.", [("March", "1999-03")]),
    ("Dealers bought for November transactions.", [("November", "1998-11")]),
]

NOT_FOUND = [
    "It was a blow for May, the prime minister.",
    "The May government fell.",
    "The March on Washington drew thousands.",
    "It sells itself under a June agreement.",        # only "the": "a June" is not read
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_a_month_before_its_noun_is_a_date(sentence: str, expected: list) -> None:
    assert found_dates(sentence, APRIL) == expected


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_names_and_events_are_no_month(sentence: str) -> None:
    assert found_dates(sentence, APRIL) == []


ARTICLE = """---
title: Talks
published: 2025-06-27T22:57:00+03:00
---

The delegations met in Istanbul and reviewed the October agreement. The figures for January
showed a rise, and the talks are scheduled for September.
"""


def test_the_drafted_months_verify(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "talks")
    claims = drafted_claims(draft)
    dates = [(c["text"], c["value"]) for c in claims if c["type"] == "date"]
    assert dates == [
        ("the October", "2024-10"),
        ("for January", "2025-01"),
        ("for September", "2025-09"),
    ]
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0, report["findings"]
