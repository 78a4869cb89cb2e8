"""The finders' multi-line "^" patterns are tried only at line starts (`Doc.line_starts`), and
find there what their finditer over the whole text finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.mentions import people
from factcheck.mentions._scan import anchored
from factcheck.mentions._text import Doc
from factcheck.mentions.people import captions

GOLD = sorted(Path(__file__).parent.parent.glob("gold*/articles/*"))
WRITTEN = (
    "COLIN POWELL, U.S. SECRETARY OF STATE\nWe will go on.\n"
    "ANTHONY ALBANESE, PRIME MINISTER: Good morning.\nPRIME MINISTER ANTHONY ALBANESE: Thanks.\n"
    "The Hon Anthony Albanese MP\nPrime Minister of Australia\n"
    "REMARKS BY PRESIDENT TRUMP\nREMARKS BY PRESIDENT TRUMP\n\nlower case: NOT A LABEL:\n"
)
PATTERNS = ["_CAPS_CAPTION", "_CAPS_LABEL", "_CAPS_PARAGRAPH", "_BYLINE"]


def test_line_starts() -> None:
    assert Doc("ab\ncd\n\nef").line_starts == [0, 3, 6, 7]
    assert Doc("").line_starts == [0]


@pytest.mark.parametrize("name", PATTERNS)
def test_found_at_line_starts_as_over_the_whole_text(name: str) -> None:
    pattern = getattr(captions, name)()
    texts = [WRITTEN, *(path.read_text(encoding="utf-8") for path in GOLD)]
    matched = 0
    for text in texts:
        whole = [match.span() for match in pattern.finditer(text)]
        assert [m.span() for m in anchored(pattern, text, Doc(text).line_starts)] == whole
        matched += len(whole)
    assert matched > 0  # each pattern finds something to compare


def test_the_written_layouts_are_still_found() -> None:
    found = {(m.kind, m.text) for m in people.find_people(Doc(WRITTEN))}
    assert ("person", "COLIN POWELL") in found
    assert ("role", "PRIME MINISTER") in found
    assert ("person", "Anthony Albanese") in found
