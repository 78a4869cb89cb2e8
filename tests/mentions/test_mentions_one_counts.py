""" "one" before a person counted in a passenger list is a count (found on tests/gold-dev-news,
"7 children and one infant"; checked here on sentences written for these tests), as "one
person" and "one child" were; "one" as a pronoun stays no figure.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2009, 6, 1)


def _numbers(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "number"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The plane carried 126 men, 7 children and one infant.", ["126", "7", "one"]),
        ("Rescuers pulled one baby from the rubble.", ["one"]),
        ("Only one passenger survived.", ["one"]),
        ("One of the babies was taken to hospital.", []),
    ],
)
def test_one_person_counted_is_a_figure(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers
