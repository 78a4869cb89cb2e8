""" "two years ago", "three months ago" are dates counted back from the dateline, as precise as
their unit: the year, the month ("two days ago" stays a day)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft

from factcheck.mentions import find_mentions
from factcheck.values import DateValue, parse_date

MARCH = datetime.date(2025, 3, 31)
JANUARY = datetime.date(2025, 1, 15)


def _found(sentence: str, anchor: datetime.date) -> list[tuple[str, str, str]]:
    """The date mentions: kind, span and value."""
    return [
        (mention.kind, mention.text, mention.value.edtf())  # type: ignore[attr-defined]
        for mention in find_mentions(sentence, anchor)
        if mention.kind == "date"
    ]


# fmt: off
FOUND = [
    ("He left the party two years ago.", MARCH, [("date", "two years ago", "2023")]),
    ("Prices were lower a year ago.", MARCH, [("date", "a year ago", "2024")]),
    ("A year ago the plant was shut.", MARCH, [("date", "A year ago", "2024")]),
    ("She arrived three months ago.", MARCH, [("date", "three months ago", "2024-12")]),
    ("She arrived a month ago.", JANUARY, [("date", "a month ago", "2024-12")]),
    ("The couple married 12 years ago.", MARCH, [("date", "12 years ago", "2013")]),
    ("The fire started two days ago.", MARCH, [("date", "two days ago", "2025-03-29")]),
    # Decades: the year so many tens of years back, as "ten years ago" is.
    ("A decade ago, the plant closed.", MARCH, [("date", "A decade ago", "2015")]),
    ("Two decades ago it was a farm.", MARCH, [("date", "Two decades ago", "2005")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_ago_dates_are_found(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(sentence, anchor) == expected


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_the_value_reader_agrees(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str, str]]
) -> None:
    for _, span, value in expected:
        assert parse_date(span, anchor) == DateValue.from_edtf(value), span


def test_a_length_of_years_stays_a_duration() -> None:
    [mention] = [m for m in find_mentions("The talks lasted two years.", MARCH) if m.kind != "date"]
    assert (mention.kind, mention.text, mention.value.minimum.iso()) == (  # type: ignore[attr-defined]
        "duration",
        "two years",
        "P2Y",
    )


@pytest.mark.parametrize("phrase", ["years ago", "decades ago", "zero years ago", "a years"])
def test_not_an_ago_date(phrase: str) -> None:
    assert parse_date(phrase, MARCH) is None


DECADE_ARTICLE = """---
title: Plant reopens
published: 2025-03-31T09:00:00+00:00
---

The plant closed a decade ago and reopened this week.
"""


def test_a_draft_of_a_decade_ago_verifies(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, DECADE_ARTICLE, "plant")
    claims = drafted_claims(draft)
    assert ("a decade ago", "2015") in [(c["text"], c["value"]) for c in claims]
    run = factcheck("verify", "--format", "json", draft)
    assert run.report["summary"]["errors"] == 0, run.out
