"""Parts of the dateline's month and its neighbours: "early this month", "late last month",
"the end of the month". Found by the finder, read by the value reader as the early (1-10),
mid (11-20) or late (21-end) part, and a draft verifies. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions
from factcheck.values import parse_date

ANCHOR = datetime.date(1989, 10, 5)  # early in October: no part is moved a year by a verb


def dates(sentence: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf())  # type: ignore[attr-defined]
        for m in find_mentions(sentence, ANCHOR)
        if m.kind == "date"
    ]


# fmt: off
FOUND = [
    ("Shares fell early this month.", [("early this month", "1989-10-01/1989-10-10")]),
    ("Sales rose late last month.", [("late last month", "1989-09-21/1989-09-30")]),
    ("The vote is set for mid-next month.", [("mid-next month", "1989-11-11/1989-11-20")]),
    ("Troops will arrive by the end of the month.",
     [("the end of the month", "1989-10-21/1989-10-31")]),
    # a past-tense verb does not move "the end of the month" a year back
    ("He said the sale was closed at the end of the month.",
     [("the end of the month", "1989-10-21/1989-10-31")]),
    ("Talks resume at the beginning of next month.",
     [("the beginning of next month", "1989-11-01/1989-11-10")]),
    ("The month ended badly.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_a_part_of_a_named_month_is_found(sentence: str, expected: list) -> None:
    assert dates(sentence) == expected


def test_the_month_alone_is_no_date() -> None:
    """ "the month" names no month without a part of it ("the end of the month")."""
    assert parse_date("the month", ANCHOR) is None
    assert parse_date("early the month", ANCHOR) is None


def test_a_draft_of_a_part_of_the_month_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(
        factcheck,
        tmp_path,
        "---\ntitle: Troops\npublished: 1989-10-05T12:00:00-04:00\n---\n\n"
        "Troops will arrive by the end of the month, and shares fell early this month.\n",
    )
    text = draft.read_text(encoding="utf-8")
    assert "text: the end of the month" in text, text
    assert "text: early this month" in text, text
    assert '"1989-10-21/1989-10-31"' in text and '"1989-10-01/1989-10-10"' in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0
