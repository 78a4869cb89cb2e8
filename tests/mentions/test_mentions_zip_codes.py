"""A ZIP code that ends an address after a state's name or postal code ("Ocean City,
Maryland, 21842", "Dover, DE 19901-1234,") is no figure (issue 13; tests/gold-dev-roles), on
sentences written for these tests; five digits after a state that words go on from ("In
Texas, 21842 people voted") are still a count."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def numbers(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "number"]


@pytest.mark.parametrize(
    "text",
    [
        "WHERE: Harbor Station, 12 Bay Ave, Ocean City, Maryland, 21842",
        "WHERE: Harbor Station, Ocean City, Maryland, 21842\n\nWHEN: Tuesday at noon",
        "Write to the office in Dover, DE 19901-1234, before May.",
        "The depot is in Salem, Oregon 97301.",
    ],
)
def test_a_zip_code_ending_an_address_is_no_figure(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Texas, 21842 people voted for the plan.", ["21842"]),
        ("Texas had 21842 cases last year.", ["21842"]),
        ("In Texas, 21842.5 tons were sold.", ["21842.5 tons"]),
    ],
)
def test_five_digits_that_words_go_on_from_are_a_count(text: str, expected: list) -> None:
    assert numbers(text) == expected
