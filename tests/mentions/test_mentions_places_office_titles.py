"""A state or city named by an office's title with no holder named is inside the title, no
place ("the governor of Oregon", "The governors of Oregon, Idaho and Nevada", "the mayors of
Denver and Boulder"; tests/gold/README.md, tests/gold-dev-newsdates), and so is each item of
its list; the same names elsewhere in the sentence stay places. Sentences written for these
tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2031, 3, 6)


def places(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "place"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor of Oregon declared an emergency.", []),
        ("The governors of Oregon, Idaho and Nevada declared emergencies.", []),
        ("The mayors of Denver and Boulder met on Monday in Denver.", ["Denver"]),
        ("The governor of Oregon flew to Idaho and Nevada.", ["Idaho", "Nevada"]),
        ("Farmers in Oregon, Idaho and Nevada lost crops.", ["Oregon", "Idaho", "Nevada"]),
    ],
    ids=["one", "a-list", "the-same-name-later", "a-list-after-a-verb", "no-title"],
)
def test_an_office_s_title_names_no_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected
