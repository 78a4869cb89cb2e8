"""A compass word before a country's name makes a region GeoNames does not hold ("North
Wales", "West Africa"), which is no place, while the countries whose names start with one
("North Korea", "South Sudan", "Northern Ireland") stay places (issue 13;
tests/gold-dev-quotes). Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "place"]


# fmt: off
CASES = [
    pytest.param("It shows the skills in North Wales today.", [], id="north-wales"),
    pytest.param("In parts of West Africa we see progress.", [], id="west-africa"),
    pytest.param("Troops in North Korea and South Sudan and Northern Ireland.",
                 ["North Korea", "South Sudan", "Northern Ireland"], id="countries-with-compass"),
    pytest.param("Neighbouring Uganda agreed.", ["Uganda"], id="other-words-before-a-country"),
    pytest.param("Rain fell across Wales.", ["Wales"], id="the-country-alone"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_compass_region_of_a_country_is_no_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected


# fmt: off
OPENERS = [
    pytest.param("Two Utah women were rescued.", ["Utah"], id="a-count-before-a-state"),
    pytest.param("Three Texas towns flooded.", ["Texas"], id="three-texas-towns"),
    pytest.param("Denzel Washington smiled.", [], id="a-name-stays-a-name"),
    pytest.param("New Mexico voted.", ["New Mexico"], id="a-state-named-whole"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), OPENERS)
def test_a_count_opening_a_sentence_is_no_part_of_a_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected
