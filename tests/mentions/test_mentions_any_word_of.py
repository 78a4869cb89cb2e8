"""`_scan.any_word_of`: a search for whole words that starts from their first letters finds
what the plain ``\\b(?:...)\\b`` search finds, on every text (the street-word gate of the
address finder uses it)."""

from __future__ import annotations

import datetime
import itertools
import re

import pytest

from factcheck.mentions import find_mentions
from factcheck.mentions._scan import any_word_of

WORDS = "St Street Ave Avenue Rd Road Dr Drive Pl Place Sq Square"
PLAIN = re.compile(r"\b(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Pl|Place|Sq|Square)\b")


@pytest.mark.parametrize(
    "text",
    [
        "", "St", "Street", "1600 Pennsylvania Avenue", "Main St.", "the Strait", "Drummond",
        "xSt", "_St", "St_", "St1", "1St", "ÉSt", "Sté", "São Place", "Place-du-Marché",
        "Ave\nMaria", "(Road)", "BroadRoad", "St St", "Sq.", "a Square deal",
    ],
)  # fmt: skip
def test_finds_what_the_plain_search_finds(text: str) -> None:
    assert bool(any_word_of(WORDS).search(text)) == bool(PLAIN.search(text))


def test_every_short_text_of_its_pieces() -> None:
    pieces = ["St", "reet", "Ave", "Road", "R", "d", "x", "_", "1", " ", ".", "-", "é", "Ω"]
    pattern = any_word_of(WORDS)
    for size in range(1, 4):
        for parts in itertools.product(pieces, repeat=size):
            text = "".join(parts)
            assert bool(pattern.search(text)) == bool(PLAIN.search(text)), text


def test_an_address_is_still_no_figure_of_its_own() -> None:
    found = find_mentions(
        "The office at 1600 Pennsylvania Avenue had 40 staff.", datetime.date(2025, 6, 27)
    )
    assert [m.text for m in found if m.kind == "number"] == ["40"]
