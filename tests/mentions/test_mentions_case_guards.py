"""A cheap test before a case-insensitive pattern's scan must let through every case the
pattern matches: the guard is for speed, never a second rule (review of the merged rounds)."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2020, 1, 1)


def _found(text: str, kind: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR, uncheckable=True) if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AT 4 IN THE MORNING the raid began.", ["4 IN THE MORNING"]),
        ("He left at 4 In The Afternoon.", ["4 In The Afternoon"]),
        ("He left at 4 in the afternoon.", ["4 in the afternoon"]),
    ],
)
def test_an_hour_in_the_part_of_a_day_in_any_case(text: str, expected: list[str]) -> None:
    assert _found(text, "time") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell in 1 business day, officials said.", ["1 business day"]),
        ("It took two Working Days.", ["two Working Days"]),
        ("It took eight trading days.", ["eight trading days"]),
    ],
)
def test_a_count_of_business_days_in_any_case(text: str, expected: list[str]) -> None:
    assert _found(text, "business_days") == expected
