"""A country named with the part of it a story is about is still the place (issue 13;
tests/gold-dev-news): "Central" before a country describes its middle ("struck Central
Italy", a headline's "Pounds Central Philippines"), as the lower-case "central Italy" does,
and a direction before "of" points at the country ("Northeast of Italy's capital"). The
compass words that make a region's own name ("North Wales", "West Africa") still do, and a
body named after a place ("Bank of England") is still none. Sentences written for these
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
    pytest.param("Floods have reached Central Mexico this week.", ["Mexico"],
                 id="central-capitalized"),
    pytest.param("Floods have reached central Mexico this week.", ["Mexico"],
                 id="central-lower-case"),
    pytest.param("Storm Batters Central Vietnam\nThe rain went on.", ["Vietnam"],
                 id="headline-capitals"),
    pytest.param("The town lies 40 miles Southwest of Spain's capital.", ["Spain"],
                 id="direction-of-a-possessive"),
    pytest.param("It lies North of Chile, the report said.", ["Chile"], id="direction-of"),
    pytest.param("It shows the skills in North Wales today.", [], id="a-region-stays-none"),
    pytest.param("The Bank of England raised rates.", [], id="a-body-stays-none"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_country_with_its_part_is_the_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected
