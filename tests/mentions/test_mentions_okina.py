"""A single mark between two letters is an apostrophe or a Hawaiian okina, never the end of a
quote (found on tests/gold-dev-real: "the Pu'u 'Ō'ō crater" gave the quote "Ō"); checked here
on sentences written for these tests. Double marks glued to the next word still close a
quote that nothing else closes ('"Little green men"in Crimea').
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2024, 2, 5)


def _quotes(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "quote"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Ash rose from the Pu'u 'Ō'ō vent near Hawai'i 'Ohana Park.", []),
        ("Crews watched the 'Ailā'au flow and the Pu'u 'Ō'ō cone.", []),
        ('Officials saw "little green men"in Crimea.', ["little green men"]),
        ("UK 'ready to act' on Gaza, says minister", ["ready to act"]),
    ],
)
def test_an_okina_is_no_closing_mark(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes
