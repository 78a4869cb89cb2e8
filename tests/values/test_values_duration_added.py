"""Lengths of time with a fraction in figures ("5 1/2 hours") or an added-time word between
count and unit ("two more weeks", "an additional year"): the value reader reads the length.
Words written for these tests."""

from __future__ import annotations

import pytest

from factcheck.values import parse_duration

# fmt: off
CASES = [
    ("5 1/2 hours", "PT5H30M", None),
    ("2 1/2 years", "P2Y6M", None),
    ("2 3/4 hours", "PT2H45M", None),
    ("1 1/4 years", "P1Y3M", None),
    ("two more weeks", "P2W", None),
    ("at least 20 more years", "P20Y", "at least"),
    ("an additional year", "P1Y", None),
    ("for an additional year", "P1Y", None),
    ("three extra days", "P3D", None),
    ("nearly two further months", "P2M", "nearly"),
]
NOT_READ = [
    "2/3 hours",      # no whole number before the fraction
    "5 2/3 hours",    # only halves and quarters
    "5 1/2",          # no unit
    "more weeks",     # no count
    "one more-day",
]
# fmt: on


@pytest.mark.parametrize(("words", "iso", "qualifier"), CASES)
def test_the_length_is_read(words: str, iso: str, qualifier: str | None) -> None:
    value = parse_duration(words)
    assert value is not None
    assert (value.minimum.iso(), value.maximum.iso(), value.qualifier) == (iso, iso, qualifier)


@pytest.mark.parametrize("words", NOT_READ)
def test_no_length_is_read(words: str) -> None:
    assert parse_duration(words) is None
