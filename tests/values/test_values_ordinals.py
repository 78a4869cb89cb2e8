"""parse_ordinal on news phrasing: positions in a sequence, not counts or compounds."""

from __future__ import annotations

import pytest

from factcheck.values import OrdinalValue, parse_ordinal

ORDINALS: list[tuple[str, int]] = [
    ("third", 3),  # the seed article: "a third round of peace talks"
    ("a third round of peace talks", 3),
    ("the third round", 3),
    ("3rd", 3),
    ("first", 1),
    ("1st", 1),
    ("2nd", 2),
    ("second", 2),
    ("a second", 2),  # by the word alone, even when it is the unit of time
    ("fifth", 5),
    ("twelfth", 12),
    ("11th", 11),
    ("12th", 12),
    ("13th", 13),
    ("21st", 21),
    ("22nd round", 22),
    ("101st", 101),
    ("111th", 111),
    ("twentieth", 20),
    ("twenty-first", 21),
    ("twenty first", 21),
    ("Twenty\u2011First", 21),
    ("ninety-ninth", 99),
    ("hundredth", 100),
    ("the one hundredth", 100),
    ("The Fourth", 4),
]

NOT_ORDINALS: list[str] = [
    "3",
    "three",
    "first-person view",  # a compound adjective, not a position
    "second-hand",  # decision: hyphenated compounds are never ordinals
    "third-party",
    "the talks",
    "21th",
    "2st",
    "0th",
    "thirdly",
    "firstly",
    "",
    "the",
    "third 3",
    "twenty",
    "v2.1",
]


@pytest.mark.parametrize(("phrase", "expected"), ORDINALS)
def test_parse_ordinal(phrase: str, expected: int) -> None:
    assert parse_ordinal(phrase) == OrdinalValue(expected)


@pytest.mark.parametrize("phrase", NOT_ORDINALS)
def test_not_an_ordinal(phrase: str) -> None:
    assert parse_ordinal(phrase) is None
