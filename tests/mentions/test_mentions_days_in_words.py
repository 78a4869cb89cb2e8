"""A date whose day is written in words ("January twenty-sixth", "November seventeenth", "the
twenty-first of March") is one date, and the value reader reads back what the finder finds, so
a draft made from it verifies. An ordinal that describes another noun ("May first-time
buyers", "March second quarter") is no day. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions
from factcheck.values import parse_date

ANCHOR = datetime.date(2025, 6, 1)


def _dates(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, f"{m.value.start}/{m.value.end}")  # type: ignore[union-attr]
        for m in find_mentions(text, ANCHOR)
        if m.kind == "date"
    ]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The hearing is set for January twenty-sixth, the clerk said.",
            [("January twenty-sixth", "2025-01-26/2025-01-26")],
        ),
        (
            "Voters go to the polls on November seventeenth, 2024.",
            [("November seventeenth, 2024", "2024-11-17/2024-11-17")],
        ),
        (
            "The ceasefire began on the twenty-first of March.",
            [("twenty-first of March", "2025-03-21/2025-03-21")],
        ),
        ("In May first-time buyers left the market.", [("May", "2025-05-01/2025-05-31")]),
    ],
)
def test_a_day_in_words_is_one_date(text: str, dates: list[tuple[str, str]]) -> None:
    assert _dates(text) == dates


def test_the_value_reader_reads_the_day_in_words() -> None:
    value = parse_date("the thirtieth of April", ANCHOR)
    assert value is not None and value.start == datetime.date(2025, 4, 30)
    assert parse_date("March thirty-second", ANCHOR) is None


ARTICLE = """\
---
title: Hearing
published: 2025-01-10T09:00:00-05:00
---

The court will hear the appeal on January twenty-sixth, its clerk said.
"""


def test_the_day_in_words_is_drafted_and_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "hearing")
    text = draft.read_text(encoding="utf-8")
    assert "text: January twenty-sixth" in text and 'value: "2025-01-26"' in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    draft.write_text(text.replace('value: "2025-01-26"', 'value: "2025-01-27"'), encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
