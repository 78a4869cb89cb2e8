"""A city's name before a year and an event's noun is part of the event's name, no place
(issue 13; tests/gold-dev-news): "the London 2012 Olympics", "the Glasgow 2014 Commonwealth
Games". The same city with a year in a sentence ("in London in 2012") stays a place, and so
does a country before a year and another noun. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "place"]


# fmt: off
CASES = [
    pytest.param("The Paris 2024 Olympics closed on Sunday.", [], id="olympics"),
    pytest.param("Athletes at the Glasgow 2014 Commonwealth Games won.", [],
                 id="commonwealth-games"),
    pytest.param("Leaders met at the Lima 2008 Summit for two days.", [], id="summit"),
    pytest.param("He ran in London in 2012 and won.", ["London"], id="a-year-in-a-sentence"),
    pytest.param("Trade with France 2024 figures showed a fall.", ["France"],
                 id="a-year-and-another-noun"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_city_in_an_event_name_is_no_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected
