"""A share of a unit is one length: "a quarter of a century" and "a quarter century" are 25
years, "three quarters of an hour" 45 minutes, "a quarter hour" 15 minutes (the finder had
"a century"; the value reader read "a quarter" as three months). "a quarter" and "three
quarters" alone stay quarters of a year, and shares of other things stay out. The draft
verifies. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions
from factcheck.values import parse_duration

ANCHOR = datetime.date(2000, 1, 7)


def durations(sentence: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.text, m.value.minimum.iso(), m.value.qualifier)  # type: ignore[attr-defined]
        for m in find_mentions(sentence, ANCHOR)
        if m.kind == "duration"
    ]


# fmt: off
CASES = [
    ("He ruled the party for a quarter of a century.",
     [("a quarter of a century", "P25Y", None)]),
    ("He ruled for nearly a quarter century.", [("nearly a quarter century", "P25Y", "nearly")]),
    ("The flight took three quarters of an hour.", [("three quarters of an hour", "PT45M", None)]),
    ("They waited a quarter of an hour.", [("a quarter of an hour", "PT15M", None)]),
    # quarters of a year, as before
    ("Profits rose over the past three quarters.", [("the past three quarters", "P9M", None)]),
    # shares of other things
    ("Three quarters of the vote went to him.", []),
    ("He won a quarter of the seats.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_share_of_a_unit_is_one_length(sentence: str, expected: list) -> None:
    assert durations(sentence) == expected


@pytest.mark.parametrize(
    ("words", "iso"),
    [
        ("a quarter of a century", "P25Y"),
        ("a quarter century", "P25Y"),
        ("three quarters of an hour", "PT45M"),
        ("a quarter", "P3M"),
        ("three quarters", "P9M"),
        ("half a century", "P50Y"),
    ],
)
def test_the_value_reader_reads_the_share(words: str, iso: str) -> None:
    value = parse_duration(words)
    assert value is not None and value.minimum.iso() == iso


ARTICLE = """\
---
title: Leader
published: 2000-01-07T12:00:00+00:00
---

He led the party for a quarter of a century before he stepped down on Friday.
"""


def test_the_share_is_drafted_and_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "leader")
    text = draft.read_text(encoding="utf-8")
    assert "a quarter of a century" in text and "P25Y" in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
