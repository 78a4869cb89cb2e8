""" "by the summer", "over the summer", "well into the summer": the season of the dateline's year
(for winter, the one under way, as "this winter" is read), found by default after a
preposition and drafted as a claim `verify` accepts. Not "after the fall of the regime",
"the fall in prices", "the spring-like weather"."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

MARCH = datetime.date(2013, 3, 15)
OCTOBER = datetime.date(1989, 10, 27)

# fmt: off
FOUND = [
    ("The airline plans to resume flights by the summer.", MARCH,
     [("the summer", "2013-06-01/2013-08-31")]),
    ("Over the summer, rivals cut prices.", OCTOBER, [("the summer", "1989-06-01/1989-08-31")]),
    ("Delays lasted well into the summer.", OCTOBER, [("the summer", "1989-06-01/1989-08-31")]),
    ("Sales dip in the fall.", MARCH, [("the fall", "2013-09-01/2013-11-30")]),
    ("It snowed hard during the winter.", MARCH, [("the winter", "2012-12-01/2013-02-28")]),
]

NOT_FOUND = [
    "Looting spread after the fall of the regime.",
    "Prices rose in the fall in Europe.",
    "In the fall of Rome, the city burned.",
    "The spring-like weather came early.",
    "The summer's heat was brutal.",
]
# fmt: on


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_the_season_after_a_preposition_is_the_datelines(sentence, anchor, expected) -> None:
    assert found_dates(sentence, anchor) == expected
    words, value = expected[0]
    assert parse_date(words, anchor) == DateValue.from_edtf(value)


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_a_fall_that_is_no_season_is_left(sentence: str) -> None:
    assert found_dates(sentence, MARCH) == []


ARTICLE = """---
title: Flights
published: 2025-03-15T10:00:00+00:00
---

The airline said in Istanbul that it would resume flights by the summer.
"""


def test_the_drafted_season_verifies(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "flights")
    claims = drafted_claims(draft)
    assert [(c["text"], c["value"]) for c in claims if c["type"] == "date"] == [
        ("the summer", "2025-06-01/2025-08-31")
    ]
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0, report["findings"]
