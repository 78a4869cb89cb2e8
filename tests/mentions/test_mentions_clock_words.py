"""Clock times written in words: "midday" where it stands for noon ("at midday", "by midday
Friday", "midday local time"), not where it describes a noun ("the midday meal", "a midday
rally"); an hour with the part of the day that says before or after noon ("4 in the
morning" 04:00, "eight in the evening" 20:00). The value reader reads the same words, and a
draft (a text claim, as every time is drafted) verifies. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions
from factcheck.values import parse_time

ANCHOR = datetime.date(2013, 3, 21)


def times(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.value)) for m in find_mentions(sentence, ANCHOR) if m.kind == "time"]


# fmt: off
FOUND = [
    ("The judge will hear the case at midday, a statement said.", [("midday", "12:00")]),
    ("Troops had reached the square by midday Friday.", [("midday", "12:00")]),
    ("Voting ends at midday local time.", [("midday local time", "12:00")]),
    ("Polls closed at midday GMT.", [("midday GMT", "12:00+00:00")]),
    ("He will leave at 4 in the morning, Castro said.", [("4 in the morning", "04:00")]),
    ("The ferry sails at eight in the evening.", [("eight in the evening", "20:00")]),
    ("The shops open at 9 o'clock in the morning.", [("9 o'clock in the morning", "09:00")]),
    ("She called at 2 in the afternoon.", [("2 in the afternoon", "14:00")]),
    ("Talks resumed at 12 in the afternoon.", [("12 in the afternoon", "12:00")]),
    # no clock time
    ("They stopped for the midday meal.", []),
    ("A midday rally drew thousands.", []),
    ("The midday heat was brutal.", []),
    ("Midday prayers were cancelled.", []),
    ("The score was 9 in the afternoon session.", []),   # no such hour of the afternoon
    ("Dealers placed buy orders in the morning.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_clock_time_in_words_is_found(sentence: str, expected: list) -> None:
    assert times(sentence) == expected


@pytest.mark.parametrize(
    ("words", "minutes"),
    [("midday", 720), ("4 in the morning", 240), ("eight in the evening", 1200)],
)
def test_the_value_reader_reads_the_same_clock(words: str, minutes: int) -> None:
    value = parse_time(words, ANCHOR)
    assert value is not None and value.start == minutes


def test_a_draft_of_the_clock_in_words_verifies(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Ferry\npublished: 2013-03-21T12:00:00-04:00\n---\n\n"
        "The ferry will sail at eight in the evening, the port said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    assert "text: eight in the evening" in text, text  # a time is drafted as a text claim
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0
