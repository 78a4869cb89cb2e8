""" "June last year", "2 June last year", "January this year", "March 3 next year": a month
or day with the year named after it around the dateline's, one date mention (as TimeML
marks it), read the same by the finder and `verify`."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

FEBRUARY = datetime.date(1998, 2, 19)

# fmt: off
FOUND = [
    ("In July last year in Phnom Penh, Hun Sen staged a coup.", [("July last year", "1997-07")]),
    ("It began in January this year.", [("January this year", "1998-01")]),
    ("He died on 2 June last year.", [("2 June last year", "1997-06-02")]),
    ("It opens March 3 next year.", [("March 3 next year", "1999-03-03")]),
    # A stated year is kept: "June 2025 last year" is no such phrase.
    ("Sales in June 1997 rose, and last year overall.", [("June 1997", "1997-06"),
                                                          ("last year", "1997")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_a_month_with_its_named_year_is_one_date(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, FEBRUARY) == expected


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_value_reader_agrees(sentence: str, expected: list[tuple[str, str]]) -> None:
    for span, value in expected:
        assert parse_date(span, FEBRUARY) == DateValue.from_edtf(value), span


def test_no_year_named_twice() -> None:
    assert parse_date("June 1997 last year", FEBRUARY) is None


ARTICLE = """---
title: Coup anniversary
published: 1998-02-19T09:00:00+00:00
---

Hun Sen staged a coup in July last year, and elections are due in May this year.
"""


def test_drafts_with_a_named_year_verify(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "coup")
    claims = drafted_claims(draft)
    dates = [(c["text"], c["value"]) for c in claims if c["type"] == "date"]
    assert dates == [("July last year", "1997-07"), ("May this year", "1998-05")]
    run = factcheck("verify", "--format", "json", draft)
    assert run.report["summary"]["errors"] == 0, run.out
    assert run.report["summary"]["covered"] == run.report["summary"]["mentions"]
