"""An ordinal standing for its noun as the subject of a verb is an ordinal ("The first is that
this will be a long fight. The second is that...", found on tests/gold-dev-quotes; checked
here on sentences written for these tests), as "the third to hit Japan" was. "first" as an
adverb before a verb stays none, and so does the idiom "first impression".
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2014, 10, 7)


def _ordinals(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        (
            "Keep two things in mind. The first is that this is a long fight. The second is "
            "that the enemy is a virus.",
            ["first", "second"],
        ),
        ("Two quakes struck; the second was stronger.", ["second"]),
        ("The first came in May, when 10 cases had been found.", ["first"]),
        # An adverb before a verb: no ordinal.
        ("She first came to the city in 1990.", []),
        ("At first it was quiet.", []),
        # An idiom ranks nothing (found on tests/gold-dev-news: "My first impression was").
        ("My first impression was that a cat had got under the bed.", []),
    ],
)
def test_an_ordinal_as_a_verb_s_subject(text: str, ordinals: list[str]) -> None:
    assert _ordinals(text) == ordinals
