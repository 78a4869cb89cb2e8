"""One rule for a paragraph's bounds in normalized text: the claims' and pins' side
(`normalize.paragraph_bounds`) and the mention finder's (`Doc.paragraph_at`) give the same
answer as the plain search for the breaks around an index, at every index."""

from __future__ import annotations

import random

from factcheck.article.normalize import PARAGRAPH_BREAK, paragraph_bounds
from factcheck.mentions._text import Doc


def _searched(text: str, index: int) -> tuple[int, int]:
    start = text.rfind(PARAGRAPH_BREAK, 0, max(index, 0)) + 1
    end = text.find(PARAGRAPH_BREAK, max(index, 0))
    return start, len(text) if end == -1 else end


def test_both_give_the_searched_bounds_at_every_index() -> None:
    chance = random.Random(4)
    for _ in range(300):
        pieces = chance.choices(["\n", "a", "b c", "He said. ", "\n\n"], k=chance.randint(0, 15))
        text = "".join(pieces)
        doc = Doc(text)
        for index in range(-1, len(text) + 1):
            expected = _searched(text, index)
            assert paragraph_bounds(text, index) == expected, (text, index)
            assert doc.paragraph_at(index) == expected, (text, index)
