"""A hedge before "N units ago" ("nearly four years ago", "more than four decades ago"): the
value reader gives the stretch the hedge allows, at the unit's precision, from the earliest
reading to the latest. Sentences and datelines written for these tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.values import parse_date

ANCHOR = datetime.date(1998, 2, 27)

# fmt: off
CASES = [
    ("four years ago", "1994"),                               # no hedge: the year
    ("nearly four years ago", "1994-01-01/1995-12-31"),       # three to four years back
    ("almost four years ago", "1994-01-01/1995-12-31"),
    ("more than four decades ago", "1948-01-01/1958-12-31"),  # four to five decades back
    ("over a year ago", "1996-01-01/1997-12-31"),
    ("well over 20 years ago", "1977-01-01/1978-12-31"),
    ("about two years ago", "1995-01-01/1997-12-31"),         # one to three years back
    ("some 30 years ago", "1967-01-01/1969-12-31"),
    ("roughly six months ago", "1997-07-01/1997-09-30"),      # months: whole months
    ("nearly two weeks ago", "1998-02-13/1998-02-20"),        # days and weeks: days
    ("about a week ago", "1998-02-13/1998-02-27"),
]
NOT_READ = [
    "less than two years ago",   # bounds one side only: a date cannot say "after 1996"
    "at least two years ago",
    "up to two years ago",
    "nearly ago",
]
# fmt: on


@pytest.mark.parametrize(("words", "edtf"), CASES)
def test_a_hedged_ago_is_the_stretch_the_hedge_allows(words: str, edtf: str) -> None:
    value = parse_date(words, ANCHOR)
    assert value is not None and value.edtf() == edtf


@pytest.mark.parametrize("words", NOT_READ)
def test_a_one_sided_bound_before_ago_is_no_date(words: str) -> None:
    assert parse_date(words, ANCHOR) is None
