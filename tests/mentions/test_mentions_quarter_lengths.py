"""A count of quarters of a year is a length where the words around it say it is a time
("the past two quarters", "three straight quarters", "four quarters in a row"), as
three, six, nine months; a fraction ("three quarters of the vote") and a game's quarters
are not. A draft of the length verifies. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions
from factcheck.values import parse_duration

ANCHOR = datetime.date(2013, 4, 20)


def durations(sentence: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.minimum.iso())  # type: ignore[attr-defined]
        for m in find_mentions(sentence, ANCHOR)
        if m.kind == "duration"
    ]


# fmt: off
FOUND = [
    ("The chain has lost money in the past two quarters.", [("the past two quarters", "P6M")]),
    ("The charge will be spread over the next three quarters.",
     [("the next three quarters", "P9M")]),
    ("Sales fell for the last four quarters, the company said.",
     [("the last four quarters", "P12M")]),
    ("Revenue has shrunk for three straight quarters.", [("three straight quarters", "P9M")]),
    ("Growth slowed for two consecutive quarters.", [("two consecutive quarters", "P6M")]),
    ("The bank beat forecasts five quarters in a row.", [("five quarters", "P15M")]),
    ("The plant was idle for two quarters.", [("two quarters", "P6M")]),
    # fractions, and a game's quarters: no length
    ("Three quarters of the voters said no.", []),
    ("Nearly three-quarters of the homes lost power.", []),
    ("About three quarters said they would vote.", []),
    ("He scored 20 points in the last two quarters of the game.", []),
    ("The Bulls scored 40 points in the last two quarters.", []),
    ("Profit rose in three quarters.", []),               # which three? no length stated
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_a_count_of_quarters_is_a_length_only_as_a_time(sentence: str, expected: list) -> None:
    assert durations(sentence) == expected


def test_the_value_reader_reads_quarters_as_three_months_each() -> None:
    value = parse_duration("the past two quarters")
    assert value is not None and value.minimum.iso() == "P6M"
    value = parse_duration("three straight quarters")
    assert value is not None and value.minimum.iso() == "P9M"


def test_a_draft_of_the_quarters_verifies(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Results\npublished: 2013-04-20T12:00:00-04:00\n---\n\n"
        "The retailer has lost money in the past two quarters, its chief said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    assert "text: the past two quarters" in text and "value: P6M" in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0
    wrong = text.replace("value: P6M", "value: P9M")
    draft.write_text(wrong, encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    assert run.findings("FC301")
