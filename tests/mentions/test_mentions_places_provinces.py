"""Provinces, islands and ports named after a city are not the city (issue 13;
tests/gold-dev-news; tests/gold/README.md keeps countries, cities, US states and continents
only): a lower-case noun after the name that says what it is ("Cebu province", "outside
Cebu port") and a noun of such places before "of" ("the islands of Leyte and Samar") keep
the name from being looked up as a city. The city itself, in a place context, still is one.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "place"]


# fmt: off
CASES = [
    pytest.param("Boats searched off the coast of Davao province.", [], id="province-after"),
    pytest.param("The ship waited outside Cebu port for days.", [], id="port-after"),
    pytest.param("Rain fell on the islands of Cebu and Bohol.", [], id="islands-of"),
    pytest.param("Rain fell on the provinces of Cebu and Iloilo.", [], id="provinces-of"),
    pytest.param("Rain fell in Cebu and Iloilo.", ["Cebu", "Iloilo"], id="the-cities-stay"),
    pytest.param("Voters in Ohio state went to the polls.", ["Ohio"], id="a-us-state-stays"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_province_island_or_port_is_no_city(text: str, expected: list[str]) -> None:
    assert places(text) == expected
