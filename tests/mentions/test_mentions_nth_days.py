""" "the Nth day" of something ongoing, where the sentence says which day it is ("today is the
eighth day of the strike", "It's the second day of an offensive", "Wednesday was the third
straight day of protests"): the dateline's day, or the day the weekday subject names. Found
only when asked (``uncheckable=True``); `extract` drafts the ordinal, as before, and no date.
Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2013, 3, 21)  # a Thursday


def nth_days(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf())  # type: ignore[attr-defined]
        for m in find_mentions(text, ANCHOR, uncheckable=True)
        if m.kind == "story_period"
    ]


# fmt: off
FOUND = [
    ("In Cairo, today is the eighth day of the strike.", [("the eighth day", "2013-03-21")]),
    ("It's the second day of an offensive by the army.", [("the second day", "2013-03-21")]),
    ("It is the 10th day of the siege.", [("the 10th day", "2013-03-21")]),
    ("Wednesday was the third straight day of protests.",
     [("the third straight day", "2013-03-20")]),
    # which day is not said
    ("It was the third day of talks.", []),
    ("He would do so on his first day in office.", []),
    ("The third day of the trial was calm.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_the_nth_day_is_the_day_the_sentence_names(text: str, expected: list) -> None:
    assert nth_days(text) == expected


def test_it_is_found_only_when_asked() -> None:
    text = "Today is the eighth day of the strike."
    assert [m.kind for m in find_mentions(text, ANCHOR)] == ["date", "ordinal"]


def test_extract_drafts_the_ordinal_and_no_date_of_it(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Strike\npublished: 2013-03-21T12:00:00-04:00\n---\n\n"
        "It's the eighth day of the strike, the union said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    assert "type: ordinal" in text and "type: date" not in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
