""" "next week", "next month", "next year", "next Tuesday" are dates counted forward from the
dateline; "the next year" is counted from an event the story told, or is a length, and is
no date of the dateline's."""

from __future__ import annotations

import datetime

import pytest
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

FRIDAY = datetime.date(2025, 6, 27)
NEW_YEARS_EVE = datetime.date(2025, 12, 31)  # a Wednesday


# fmt: off
FOUND = [
    ("Talks resume next week in Geneva.", FRIDAY, [("next week", "2025-06-30/2025-07-06")]),
    ("The law takes effect next month.", FRIDAY, [("next month", "2025-07")]),
    ("The law takes effect next month.", NEW_YEARS_EVE, [("next month", "2026-01")]),
    ("Elections are due next year.", FRIDAY, [("next year", "2026")]),
    ("Next year the tariff rises.", FRIDAY, [("Next year", "2026")]),
    ("The envoy arrives next Tuesday.", FRIDAY, [("next Tuesday", "2025-07-01")]),
    # "next Friday" on a Friday is a week ahead, not the day itself.
    ("The envoy arrives next Friday.", FRIDAY, [("next Friday", "2025-07-04")]),
    ("Talks open next week.", NEW_YEARS_EVE, [("next week", "2026-01-05/2026-01-11")]),
]

NOT_FOUND = [
    "He moved to Paris in 2019 and the next year to Rome.",
    "Prices may rise over the next year.",
    "The next week was quiet.",
    "The next Monday he resigned.",
]
# fmt: on


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_next_periods_are_found(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, anchor) == expected


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_the_value_reader_agrees(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    for span, value in expected:
        assert parse_date(span, anchor) == DateValue.from_edtf(value), span


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_the_next_is_not_the_dateline_s(sentence: str) -> None:
    assert [text for text, _ in found_dates(sentence, FRIDAY) if "next" in text.lower()] == []


@pytest.mark.parametrize("phrase", ["next", "next decade", "next Juneteenth", "next the week"])
def test_not_a_next_date(phrase: str) -> None:
    assert parse_date(phrase, FRIDAY) is None
