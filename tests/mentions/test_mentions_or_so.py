""" "or so" after a length or a time ago hedges it as "about" does: "an hour or so" is about
an hour, "a week or so ago" about a week back (one week either way, as "about a week ago").
The finder takes "or so" into the span and the value reader reads the hedge, so a draft
verifies. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions
from factcheck.values import parse_date, parse_duration

ANCHOR = datetime.date(2013, 3, 21)


def found(sentence: str) -> list[tuple[str, str, str]]:
    return [
        (m.kind, m.text, m.value.edtf() if m.kind == "date" else str(m.value.qualifier))  # type: ignore[attr-defined]
        for m in find_mentions(sentence, ANCHOR)
        if m.kind in ("date", "duration")
    ]


# fmt: off
FOUND = [
    ("They talked for an hour or so.", [("duration", "an hour or so", "about")]),
    ("Rates will stay low over the next two years or so.",
     [("duration", "the next two years or so", "about")]),
    ("The rally took place a week or so ago.",
     [("date", "a week or so ago", "2013-03-07/2013-03-21")]),
    ("He left two years or so ago.", [("date", "two years or so ago", "2010-01-01/2012-12-31")]),
    # "or so" that hedges nothing here
    ("They met for two hours, or so he said.", [("duration", "two hours", "None")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_or_so_hedges_the_length_or_the_time_ago(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


def test_the_value_reader_reads_the_hedge() -> None:
    value = parse_duration("an hour or so")
    assert value is not None and value.qualifier == "about" and value.minimum.iso() == "PT1H"
    assert parse_date("a week or so ago", ANCHOR) == parse_date("about a week ago", ANCHOR)
    assert parse_date("about a week or so ago", ANCHOR) is None  # two hedges


def test_a_draft_of_the_hedged_length_verifies(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Talks\npublished: 2013-03-21T12:00:00-04:00\n---\n\n"
        "The two leaders talked for an hour or so, aides said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    assert "text: an hour or so" in text and "qualifier: about" in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0
