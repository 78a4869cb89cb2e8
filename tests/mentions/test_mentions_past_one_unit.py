""" "the past year", "the last month", "the past day" are lengths of one unit that end at the
dateline (tests/gold/README.md, "One rule for every corpus": one rule for "the past N units"
whatever N is, as TimeML types "the past two months"; TBAQ types the singular a DATE and is
scored as it stands). Span with "the" and the placing word. "the last month of the war" is the
final one, and "last year" the calendar year before: neither is a length. Checked on
sentences written for these tests, and through extract and verify.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import draft_in_newsroom

from factcheck.mentions import find_mentions
from factcheck.values import parse_duration

ANCHOR = datetime.date(2025, 6, 12)


def _temporal(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.kind, m.text, m.value.minimum.iso() if m.kind == "duration" else str(m.value.start))
        for m in find_mentions(text, ANCHOR)
        if m.kind in ("date", "duration")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rents rose 5% over the past year.", [("duration", "the past year", "P1Y")]),
        ("In the past year alone, 40 clinics closed.", [("duration", "the past year", "P1Y")]),
        ("Shelling grew over the last month.", [("duration", "the last month", "P1M")]),
        ("The vent fountained during the past day.", [("duration", "the past day", "P1D")]),
        ("Within the past week, two ferries sank.", [("duration", "the past week", "P1W")]),
        ("Over the last year, a million people went home.", [("duration", "the last year", "P1Y")]),
        # The final one, and the calendar one: no length.
        ("Talks stalled in the last month of the war.", []),
        (
            "Exports fell last year and last month.",
            [
                ("date", "last year", "2024-01-01"),
                ("date", "last month", "2025-05-01"),
            ],
        ),
        # "the next year" is as often the year after the dateline: left.
        ("Prices may rise over the next year.", []),
    ],
)
def test_the_past_unit_is_a_length_of_one(text: str, found: list) -> None:
    assert _temporal(text) == found


def test_verify_reads_the_length_as_the_finder_does() -> None:
    assert parse_duration("the past year").minimum.iso() == "P1Y"
    assert parse_duration("the last month").minimum.iso() == "P1M"
    assert parse_duration("the last week") is None
    assert parse_duration("the next year") is None


def test_a_drafted_past_year_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "rents",
        "---\ntitle: Rents climb\npublished: 2025-06-12T09:00:00+01:00\n---\n\n"
        "Rents in the city rose over the past year, the agency said.\n",
    )
    assert "the past year" in draft
    assert "P1Y" in draft
    run = factcheck("verify", "claims/rents.yaml")
    assert run.code == 0, run.out
