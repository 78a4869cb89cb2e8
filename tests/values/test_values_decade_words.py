"""A decade in words ("the nineties", "the late eighties", "the mid-'70s") read as the
latest such decade begun by the dateline: the value `extract` drafts and `verify` reads."""

from __future__ import annotations

import datetime

import pytest

from factcheck.values import parse_date

# fmt: off
READ = [
    ("the nineties", datetime.date(1998, 3, 3), "1990-01-01/1999-12-31"),
    ("the nineties", datetime.date(2026, 12, 4), "1990-01-01/1999-12-31"),
    ("the twenties", datetime.date(2026, 12, 4), "2020-01-01/2029-12-31"),  # begun: this one
    ("the twenties", datetime.date(1998, 3, 3), "1920-01-01/1929-12-31"),
    ("the late eighties", datetime.date(1998, 3, 3), "1987-01-01/1989-12-31"),
    ("the mid-seventies", datetime.date(1998, 3, 3), "1974-01-01/1976-12-31"),
    ("the early sixties", datetime.date(2010, 1, 1), "1960-01-01/1963-12-31"),
    ("The Nineties", datetime.date(2001, 5, 1), "1990-01-01/1999-12-31"),
    ("the '80s", datetime.date(1998, 3, 3), "1980-01-01/1989-12-31"),
    ("the \u201980s", datetime.date(2026, 12, 4), "1980-01-01/1989-12-31"),
    ("the mid-'90s", datetime.date(1998, 3, 3), "1994-01-01/1996-12-31"),
    ("the '20s", datetime.date(2026, 12, 4), "2020-01-01/2029-12-31"),
]
# fmt: on


@pytest.mark.parametrize(("phrase", "anchor", "expected"), READ)
def test_a_decade_in_words_is_the_latest_begun(
    phrase: str, anchor: datetime.date, expected: str
) -> None:
    value = parse_date(phrase, anchor)
    assert value is not None and value.edtf() == expected


@pytest.mark.parametrize(
    "phrase", ["the nineties and", "the tens", "the teens", "ninety", "the '85s", "the ' 80s"]
)
def test_other_words_are_no_decade(phrase: str) -> None:
    assert parse_date(phrase, datetime.date(1998, 3, 3)) is None
