""" "the 1990s", "the early 1980s", "the mid-1990s" are dates: a decade, or its early (years
0-3), mid (4-6) or late (7-9) part, as an interval of whole years."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tempeval3  # the benchmark script, beside the package, not in it

ANCHOR = datetime.date(2025, 6, 27)


def _dates(sentence: str) -> list[tuple[str, str]]:
    return found_dates(sentence, ANCHOR)


# fmt: off
FOUND = [
    ("Prices doubled in the 1990s.", [("the 1990s", "1990-01-01/1999-12-31")]),
    ("It was built in the early 1980s.", [("the early 1980s", "1980-01-01/1983-12-31")]),
    ("Sales peaked in the mid-1990s.", [("the mid-1990s", "1994-01-01/1996-12-31")]),
    ("The late 1970s were lean.", [("The late 1970s", "1977-01-01/1979-12-31")]),
    ("Growth since the 2000s stalled.", [("the 2000s", "2000-01-01/2009-12-31")]),
]

NOT_FOUND = [
    "The 1995s were a batch of engines.",
    "Staff in their 1990sx forms.",
    "He wore 1990's fashion.",
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_decades_are_found(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_value_reader_agrees(sentence: str, expected: list[tuple[str, str]]) -> None:
    for span, value in expected:
        assert parse_date(span, ANCHOR) == DateValue.from_edtf(value), span


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_no_decade(sentence: str) -> None:
    assert [text for text, _ in _dates(sentence) if "s" in text] == []


@pytest.mark.parametrize("phrase", ["1995s", "early 1995s", "s", "1990 s", "very early 1990s"])
def test_not_a_decade(phrase: str) -> None:
    assert parse_date(phrase, ANCHOR) is None


@pytest.mark.parametrize(
    ("start", "end", "timeml"),
    [
        ("1980-01-01", "1983-12-31", "198"),  # TimeML writes "early" in `mod`, not the value
        ("1994-01-01", "1996-12-31", "199"),
        ("1977-01-01", "1979-12-31", "197"),
        ("1990-01-01", "1999-12-31", "199"),
        ("1981-01-01", "1983-12-31", "1981"),  # no part of a decade: a range of years, its first
    ],
)
def test_parts_of_a_decade_are_the_decade_in_timeml(start: str, end: str, timeml: str) -> None:
    first, last = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    assert tempeval3.interval_value(first, last) == timeml
