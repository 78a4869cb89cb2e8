""" "last November", "this September": a month named by its place around the dateline.

"last November" is the latest November before the dateline's month, but never the month
just before it (that is "last month"); "this September" is the dateline year's."""

from __future__ import annotations

import datetime

import pytest
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

JUNE = datetime.date(2025, 6, 27)
MARCH = datetime.date(2025, 3, 1)
JANUARY = datetime.date(2025, 1, 13)


# fmt: off
FOUND = [
    ("The ceasefire collapsed last November.", JUNE, [("last November", "2024-11")]),
    ("Talks began last April.", JUNE, [("last April", "2025-04")]),
    ("Last June the plant closed.", JUNE, [("Last June", "2024-06")]),
    # The month just before the dateline's is "last month"; "last February" is a year back.
    ("Prices peaked last February.", MARCH, [("last February", "2024-02")]),
    ("The vote was held last December.", JANUARY, [("last December", "2023-12")]),
    ("The plant opens this September.", JUNE, [("this September", "2025-09")]),
    ("He visited last Sept. with aides.", JUNE, [("last Sept.", "2024-09")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_named_months_are_found(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, anchor) == expected


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_the_value_reader_agrees(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    for span, value in expected:
        assert parse_date(span, anchor) == DateValue.from_edtf(value), span


def test_a_day_after_last_keeps_its_own_reading() -> None:
    # "last Oct. 23" is no "last October": the day is read as the date it is.
    assert found_dates("It began last Oct. 23 in Paris.", JUNE) == [("Oct. 23", "2024-10-23")]


@pytest.mark.parametrize("phrase", ["last may", "this march", "last", "last Junes", "this"])
def test_not_a_named_month(phrase: str) -> None:
    # Lower-case "may" and "march" are the verbs ("this may take time").
    assert parse_date(phrase, JUNE) is None
