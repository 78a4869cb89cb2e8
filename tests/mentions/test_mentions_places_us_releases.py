"""Places as US government releases write them (found on tests/gold-dev-real, checked here on
sentences written for these tests): a state named as a party ("the State of Ohio", "the
Commonwealth of Virginia") is the state; a headline's verb in capitals ends the name before
it and starts none, so the state after it is found ("Governor Signs Texas Flood Bill");
"America" alone is the United States ("put America at risk"), not in a region ("Latin
America"); countries joined by hyphens in one word are places ("US-China talks").
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2024, 6, 3)


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The settlement resolves claims of the State of Ohio.", [("Ohio", "US")]),
        ("The Commonwealth of Virginia joined the suit.", [("Virginia", "US")]),
        # A country's formal name stays the country.
        ("He met officials of the State of Israel.", [("State of Israel", "IL")]),
        ("Governor Signs Texas Flood Relief Bill", [("Texas", "US")]),
        ("Senate Passes Ohio Rail Safety Act", [("Ohio", "US")]),
    ],
)
def test_states_as_releases_name_them(text: str, places: list) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "America" alone is the United States; a region ending in it is no place.
        ("The leak put America at risk, the agency said.", [("America", "US")]),
        ("Exports to Latin America and Central America rose.", []),
        ("He spoke to the Voice of America on Monday.", []),
        # Countries joined by hyphens in one word are each a place; a nationality is none.
        ("US-China trade talks resumed.", [("US", "US"), ("China", "CN")]),
        ("Russian-US relations were discussed.", [("US", "US")]),
        ("The Secretary-General spoke of Asia-Pacific security.", []),
    ],
)
def test_america_and_countries_joined_by_hyphens(text: str, places: list) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # A name before ", <US state>" is a US city, whatever country it also names.
        ("She grew up in Paris, Texas.", [("Paris", "US"), ("Texas", "US")]),
        # A town too small for the cities table is none, and no country either.
        ("The train derailed near New Egypt, New Jersey.", [("New Jersey", "US")]),
        # "Georgia" after a US city is the state; after Tbilisi, the country.
        (
            "Offices in Atlanta, Georgia and Boise, Idaho closed.",
            [("Atlanta", "US"), ("Georgia", "US"), ("Boise", "US"), ("Idaho", "US")],
        ),
        ("The envoy flew to Tbilisi, Georgia.", [("Tbilisi", "GE"), ("Georgia", "GE")]),
        # A state's postal code in an address, before its ZIP code or at the line's end.
        ("WHERE: City Hall\n12 Main St.\nDayton, OH 45402", [("OH", "US")]),
        ("Ann Smith, ME and Bo Lee, OR wrote in.", []),
    ],
)
def test_places_in_a_us_state(text: str, places: list) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Counties listed by name share their names with cities elsewhere: none is a city.
        ("Aid covers the counties of Santa Cruz and Yuma.", []),
        ("Funds go to the parishes of Lafayette and Acadia.", []),
        # A list of cities after "of" still is one.
        (
            "Aid also reaches the cities of Phoenix and Tucson.",
            [("Phoenix", "US"), ("Tucson", "US")],
        ),
    ],
)
def test_counties_named_in_a_list_are_no_cities(text: str, places: list) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Among US places, with none in the country of that name, "Georgia" is the state.
        (
            "The storm moved through Alabama, Georgia and South Carolina.",
            [("Alabama", "US"), ("Georgia", "US"), ("South Carolina", "US")],
        ),
        (
            "Georgia and Armenia signed a deal in Yerevan.",
            [("Georgia", "GE"), ("Armenia", "AM"), ("Yerevan", "AM")],
        ),
        # A headline's verb of a storm's path ends the name before it.
        ("Hurricane Lee Approaches Maine", [("Maine", "US")]),
    ],
)
def test_georgia_among_us_states_and_a_storm_s_headline(text: str, places: list) -> None:
    assert _places(text) == places
