""" "At first" is an adverb ("at first I thought", "at first, nobody came"), and "first" before
a pronoun ("first you fill in the form") ranks nothing: neither is an ordinal
(tests/gold/README.md: "at first" is no ordinal), while "at the first meeting" is.
Checked on sentences written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 12)


def _ordinals(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("At first I thought the alarm was a drill.", []),
        ("At first we laughed, but the second round was tense.", ["second round"]),
        ("The crews set out at first light.", []),
        ("First you fill in the form, then you wait.", []),
        ("The ministers met at the first meeting of the council.", ["first meeting"]),
        ("It was a flat first round for the champion.", ["first round"]),
    ],
)
def test_at_first_is_no_ordinal(text: str, ordinals: list[str]) -> None:
    assert _ordinals(text) == ordinals


def test_us_is_the_country_not_a_pronoun() -> None:
    # "us" lower-cased is "US": the ordinal still ranks what follows it.
    assert _ordinals("She became the first US astronaut to do so.")[0].startswith("first US")
