"""A length written as an adjective without its hyphens, "a 4.5 hour long spacewalk", "a two
hour long meeting", is one duration with its "long", as "hour-long" is (tests/gold/README.md);
a plural unit's " long" stays out ("the meeting was two hours long": "two hours"), and
`extract` drafts it so that `verify` reads it back. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions
from factcheck.values import parse_duration

ANCHOR = datetime.date(2005, 3, 28)


def durations(sentence: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.minimum.iso())  # type: ignore[attr-defined]
        for m in find_mentions(sentence, ANCHOR)
        if m.kind == "duration"
    ]


# fmt: off
CASES = [
    ("Two astronauts left the station on a 4.5 hour long spacewalk.",
     [("4.5 hour long", "PT4H30M")]),
    ("Both sides met for a two hour long session.", [("two hour long", "PT2H")]),
    ("It opened with a 30 minute long speech.", [("30 minute long", "PT30M")]),
    ("The meeting was two hours long.", [("two hours", "PT2H")]),
    ("The queue was hundreds of metres long.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_singular_unit_keeps_its_long(sentence: str, expected: list) -> None:
    assert durations(sentence) == expected


def test_the_value_reader_reads_the_words() -> None:
    value = parse_duration("4.5 hour long")
    assert value is not None and value.minimum.iso() == "PT4H30M"


ARTICLE = """\
---
title: Spacewalk
published: 2005-03-28T12:00:00+00:00
---

Two astronauts left the station on a 4.5 hour long spacewalk to install antennas.
"""


def test_the_length_is_drafted_and_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "spacewalk")
    text = draft.read_text(encoding="utf-8")
    assert "4.5 hour long" in text and "PT4H30M" in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
