"""Parts of the dateline's week and its neighbours: "early this week", "late last week", "the
end of the week", "later this week". Found by the finder, read as Monday-Wednesday (early),
Tuesday-Thursday (mid) or Thursday-Sunday (late, end, later), written by the TempEval-3
benchmark as the ISO week, and a draft verifies. Sentences written for these tests."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions
from factcheck.values import parse_date

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tempeval3
from article_helpers import extract_draft

ANCHOR = datetime.date(1989, 11, 1)  # a Wednesday


def dates(sentence: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf())  # type: ignore[attr-defined]
        for m in find_mentions(sentence, ANCHOR)
        if m.kind == "date"
    ]


# fmt: off
FOUND = [
    ("Shares fell early this week.", [("early this week", "1989-10-30/1989-11-01")]),
    ("Late last week, prices rose.", [("Late last week", "1989-10-26/1989-10-29")]),
    ("Talks resume early next week.", [("early next week", "1989-11-06/1989-11-08")]),
    ("A vote is due mid-next week.", [("mid-next week", "1989-11-07/1989-11-09")]),
    ("Troops will arrive by the end of the week.",
     [("the end of the week", "1989-11-02/1989-11-05")]),
    ("It closes at the end of this week.", [("the end of this week", "1989-11-02/1989-11-05")]),
    # "later this week" (tests/gold-dev-roles): the rest of the week, read as its late part
    ("More aid will be announced later this week.",
     [("later this week", "1989-11-02/1989-11-05")]),
    ("Later next week, the board meets.", [("Later next week", "1989-11-09/1989-11-12")]),
    ("The week ended badly.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_a_part_of_a_named_week_is_found(sentence: str, expected: list) -> None:
    assert dates(sentence) == expected


def test_the_week_alone_is_no_date() -> None:
    assert parse_date("the week", ANCHOR) is None
    assert parse_date("early the week", ANCHOR) is None


def test_the_benchmark_writes_a_part_of_a_week_as_the_week() -> None:
    value = parse_date("early this week", ANCHOR)
    assert tempeval3.timeml_value("date", value, ANCHOR, "early this week") == "1989-W44"
    # a range of days that happens to lie in one week stays its first day
    days = parse_date("Oct. 31-Nov. 2", ANCHOR)
    assert tempeval3.timeml_value("date", days, ANCHOR, "Oct. 31-Nov. 2") == "1989-10-31"


def test_a_draft_of_a_part_of_a_week_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(
        factcheck,
        tmp_path,
        "---\ntitle: Troops\npublished: 1989-11-01T12:00:00-05:00\n---\n\n"
        "Troops will arrive by the end of the week. Late last week, prices rose. More aid "
        "will be announced later this week.\n",
    )
    text = draft.read_text(encoding="utf-8")
    assert "text: the end of the week" in text, text
    assert "text: Late last week" in text, text
    assert "text: later this week" in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0
