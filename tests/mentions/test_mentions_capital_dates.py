"""A date written in capitals, as a dateline writes it ("LENEXA, KAN. (MAY 14, 2024)"), is one
date, not the number 14 and the year 2024, and `verify` reads back the date `extract` drafts.
A capitalised month with no day ("MAY" in a headline) stays no date."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 4)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.kind, m.text, str(m.value.start) if m.kind == "date" else "")
        for m in find_mentions(text, ANCHOR)
        if m.kind in ("date", "number")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("LENEXA, KAN. (MAY 14, 2024) - The firm said.", [("date", "MAY 14, 2024", "2024-05-14")]),
        ("WASHINGTON (JUNE 3, 2025) - Officials met.", [("date", "JUNE 3, 2025", "2025-06-03")]),
        ("LONDON (14 MAY 2024) - The bank said.", [("date", "14 MAY 2024", "2024-05-14")]),
        ("PARIS, SEPT. 3, 2024 - Talks ended.", [("date", "SEPT. 3, 2024", "2024-09-03")]),
        ("WHY VOTERS MAY CHANGE THEIR MINDS", []),
    ],
)
def test_a_date_in_capitals_is_one_date(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _found(text) == found


ARTICLE = """\
---
title: Plant
published: 2024-05-14T09:00:00-05:00
---

LENEXA, KAN. (MAY 14, 2024) - The company said it would build a new plant, its chief said.
"""


def test_the_dateline_date_is_drafted_and_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "plant")
    text = draft.read_text(encoding="utf-8")
    assert "text: MAY 14, 2024" in text and 'value: "2024-05-14"' in text
    assert "value: 14\n" not in text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
