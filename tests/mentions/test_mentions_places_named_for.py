"""A place after "for" that ends a proper name is part of it, no place (issue 13;
tests/gold-dev-quotes): "the Climate Change Strategy for Wales", "the Commission for Africa"
go on through the place as "Bank of England" does. A sentence's first word, a weekday or a
month before "for" leave the place one ("left on Monday for France"). Sentences written for
these tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "place"]


# fmt: off
CASES = [
    pytest.param("It followed the Climate Change Strategy for Wales, which experts wrote.", [],
                 id="a-strategy"),
    pytest.param("The report went to the Commission for Africa in the spring.", [],
                 id="a-commission"),
    pytest.param("He left on Monday for France with the team.", ["France"], id="a-weekday"),
    pytest.param("The ship sailed in May for Spain and stayed.", ["Spain"], id="a-month"),
    pytest.param("The team flew from Paris for Berlin on a late flight.", ["Paris", "Berlin"],
                 id="a-place-before-for"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_place_ending_a_name_with_for_is_no_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected
