"""A country's name inside a proper name is no place (issue 13; tests/gold-dev-news): a word
capitalized in the middle of a sentence before a country makes a name with it ("said Air
France", "Team GB"), and the article's own mid-sentence use of such a name tells that the
same words opening a sentence or the title are that name too. A word capitalized by its
position ("Neighbouring Uganda"), a dateline's first word ("RIYADH - Senior U.S. officials")
and a headline's capitals still leave the country a place. Sentences written for these
tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "place"]


# fmt: off
CASES = [
    pytest.param("The flight was run by Air France last year.", [], id="airline-mid-sentence"),
    pytest.param("Riders from Team GB flew to France.", ["France"], id="team-name"),
    pytest.param("Air France cancels flights\n"
                 "The strike by its pilots hit the flights of Air France.", [],
                 id="title-opening-with-the-name"),
    pytest.param("Air France cancels flights\n"
                 "The strike by its pilots hit the flights of Air France in Lyon.", ["Lyon"],
                 id="a-city-stays"),
    pytest.param("Neighbouring Uganda agreed.", ["Uganda"], id="capital-by-position"),
    pytest.param("MADRID, May 2 - Senior Spain officials met.", ["MADRID", "Spain"],
                 id="after-a-dateline"),
    pytest.param("Rebels Attack Northern Towns In Mali", ["Mali"], id="headline-capitals"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_country_inside_a_proper_name_is_no_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected
