"""One capitalized word after a lower-case "the", standing as the head of its phrase, is a
body's or a thing's short name, not a city (issue 13; tests/gold-dev-newspeople,
gold-dev-roles, gold-dev-quotes): "the people of the Commonwealth", "the Union's citizens",
"Met Office in the Media". A city's name before a noun takes that noun's "the" ("the Rafah
crossing", "the Miami-based centre") and stays the city. Sentences written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "place"]


# fmt: off
CASES = [
    pytest.param("Flags flew at half mast across the Commonwealth on Friday.", [],
                 id="the-commonwealth"),
    pytest.param("Rules for the Union's farmers changed in Lima.", ["Lima"],
                 id="the-union-possessive"),
    pytest.param("Our forecasts in the Media this week were praised.", [], id="the-media"),
    pytest.param("Trucks wait near the Rafah crossing.", ["Rafah"], id="a-city-before-a-noun"),
    pytest.param("Trucks wait near the Rafah.", [], id="the-same-word-as-a-head"),
    pytest.param("Workers at the Miami-based centre met.", ["Miami"], id="a-based-compound"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_short_name_after_the_is_no_city(text: str, expected: list[str]) -> None:
    assert places(text) == expected
