""" "early next year", "late last year", "the end of the year": a third of a year named by
its place around the dateline, read as "early 2026" is (January-April, May-August,
September-December)."""

from __future__ import annotations

import datetime

import pytest
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

OCTOBER = datetime.date(2025, 10, 8)


def _dates(sentence: str) -> list[tuple[str, str]]:
    return found_dates(sentence, OCTOBER)


# fmt: off
FOUND = [
    ("Rates should fall early next year.", [("early next year", "2026-01-01/2026-04-30")]),
    ("The plant opened late last year.", [("late last year", "2024-09-01/2024-12-31")]),
    ("Growth slowed in mid-2024.", [("mid-2024", "2024-05-01/2024-08-31")]),
    # A deadline in a future sentence stays the dateline's year, not the next.
    ("The mine will close by the end of the year.",
     [("the end of the year", "2025-09-01/2025-12-31")]),
    ("Talks resume at the beginning of next year.",
     [("the beginning of next year", "2026-01-01/2026-04-30")]),
    ("Since the start of the year, prices rose 5%.",
     [("the start of the year", "2025-01-01/2025-04-30")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_thirds_of_named_years_are_found(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_value_reader_agrees(sentence: str, expected: list[tuple[str, str]]) -> None:
    for span, value in expected:
        assert parse_date(span, OCTOBER) == DateValue.from_edtf(value), span


@pytest.mark.parametrize("phrase", ["early the year", "late year", "end of the years", "the year"])
def test_not_a_third_of_a_year(phrase: str) -> None:
    assert parse_date(phrase, OCTOBER) is None
