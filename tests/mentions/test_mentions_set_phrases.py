"""Set phrases of the present and the future ("in the near term", "these days", "at a later
date", "in future years"): references TimeML marks, found only when asked."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def references(sentence: str, asked: bool = True) -> list[tuple[str, str]]:
    return [
        (mention.text, str(mention.value))
        for mention in find_mentions(sentence, ANCHOR, references=asked)
        if mention.kind == "reference"
    ]


# fmt: off
FOUND = [
    ("Prices may fall in the near term.", [("the near term", "future")]),
    ("Over the long term, the plan pays off.", [("the long term", "future")]),
    ("Holders were placated for the short term.", [("the short term", "future")]),
    ("Traders are more cautious these days.", [("these days", "present")]),
    ("These days the port is quiet.", [("These days", "present")]),
    ("The rest will be paid at a later date.", [("a later date", "future")]),
    ("The loss will cut taxes in future years.", [("future years", "future")]),
]

NOT_FOUND = [
    "The fund holds long-term bonds.",          # an adjective
    "The long-term lot was full.",
    "They spoke of future plans.",               # a thing to come, no time named
    "He returned at a later age.",
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_set_phrases_are_references(sentence: str, expected: list) -> None:
    assert references(sentence) == expected
    assert references(sentence, asked=False) == []


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_adjectives_and_things_are_left(sentence: str) -> None:
    assert references(sentence) == []
