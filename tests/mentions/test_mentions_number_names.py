"""A number word in capitals inside a name is no count (found on tests/gold-dev-real, checked
here on sentences written for these tests): "the Ten Most Wanted Fugitives list", "the Five
Eyes alliance". In prose, a capitalized number word before another capitalized word, past the
start of its sentence, opens a name; a headline capitalizes every word, so there the same two
words are a name only where the article's prose writes them as one.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2024, 5, 2)


def _numbers(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "number"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The bureau added a fugitive to its Ten Most Wanted Fugitives list.", []),
        ("Canada joined the Five Eyes alliance in 1946, officials said.", []),
        # The headline's capitals are the prose's name: no count there either.
        ("Bureau Raises Ten Most Wanted Reward\nIt updated the Ten Most Wanted list.", []),
        # A headline's count stays a count where the prose has no such name.
        ("Storm Kills Ten People\nTen people died when the storm hit.", ["Ten", "Ten"]),
        # At the start of a sentence a capital says nothing: a count.
        ("The storm hit at dawn. Ten Marines were hurt.", ["Ten"]),
        # A count in lower case before a name, and a count after a capital, are counts.
        ("He met ten Senate aides and Ten of them spoke.", ["ten", "Ten"]),
    ],
)
def test_a_number_word_in_a_name_is_no_count(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers
