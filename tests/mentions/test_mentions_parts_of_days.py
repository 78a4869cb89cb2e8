"""A part of a day the words do not date ("placed buy orders in the morning", "by
mid-afternoon", "during the night") is the story's: the day of the last date named to the
day before it, or the dateline's day. Found only when asked (``uncheckable=True``), never
drafted and never counted by coverage. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2013, 3, 21)  # a Thursday


def parts(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf())  # type: ignore[attr-defined]
        for m in find_mentions(text, ANCHOR, uncheckable=True)
        if m.kind == "story_period"
    ]


# fmt: off
FOUND = [
    ("Shares fell on Tuesday. Dealers placed heavy buy orders in the morning.",
     [("the morning", "2013-03-19")]),
    ("By mid-afternoon, officials said the operation was over.",
     [("mid-afternoon", "2013-03-21")]),
    ("By mid afternoon, officials said the operation was over.",
     [("mid afternoon", "2013-03-21")]),
    ("Rebels shelled the town during the night, residents said.",
     [("the night", "2013-03-21")]),
    ("The two leaders met on March 12 and talked into the evening.",
     [("the evening", "2013-03-12")]),
    # a day or another time dates it, or no part of a day
    ("He was killed in the night of March 5.", []),
    ("Shares rose at mid-afternoon yesterday.", []),
    ("The storm hit during the night before the vote.", []),
    ("It ran in the morning paper.", []),
    ("Stocks slipped in the afternoon session.", []),
    ("The morning session was calm.", []),
    ("The night-time curfew holds.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_a_part_of_a_day_is_the_story_days(text: str, expected: list) -> None:
    assert parts(text) == expected


def test_it_is_found_only_when_asked() -> None:
    text = "Dealers placed heavy buy orders in the morning."
    assert parts(text) == [("the morning", "2013-03-21")]
    assert find_mentions(text, ANCHOR) == []


def test_extract_drafts_no_part_of_a_day(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Markets\npublished: 2013-03-21T12:00:00-04:00\n---\n\n"
        "Dealers placed $2 million in buy orders in the morning, traders said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    assert "value: 2000000" in text and "morning" not in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert not run.findings("FC501")  # coverage asks for no claim of "the morning"
