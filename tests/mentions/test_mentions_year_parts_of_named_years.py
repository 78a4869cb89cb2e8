"""A quarter or half of a year named around the dateline ("the first quarter of next year",
"the fourth quarter last year") is one date: the finder marks the whole phrase and the value
reader reads the same interval, so a draft verifies. "the second half of the year" is a part
of the story's year, which the words do not name (in a January story it may be the year
before): found only when asked (``uncheckable=True``), as "the year" is, and never drafted.
Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from date_mentions import found_dates

from factcheck.mentions import find_mentions
from factcheck.values import parse_date

MARCH = datetime.date(2013, 3, 21)

# fmt: off
FOUND = [
    ("Growth slowed in the first quarter of this year.",
     [("the first quarter of this year", "2013-01-01/2013-03-31")]),
    ("The economy shrank in the fourth quarter of last year.",
     [("the fourth quarter of last year", "2012-10-01/2012-12-31")]),
    ("Sales should recover in the first half of next year.",
     [("the first half of next year", "2014-01-01/2014-06-30")]),
    ("Profit fell 8% in the fourth quarter last year.",
     [("the fourth quarter last year", "2012-10-01/2012-12-31")]),
    ("Output rose in the third quarter this year, the ministry said.",
     [("the third quarter this year", "2013-07-01/2013-09-30")]),
    ("Exports fell in Q1 this year.", [("Q1 this year", "2013-01-01/2013-03-31")]),
    # the story's year: no date (below); and no part of a year at all
    ("The deal is expected to close in the second half of the year.", []),
    ("The second half of the year's budget was cut.", []),
    ("The first half of the year-long festival ended.", []),
    ("He scored in the first half of the match.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_part_of_the_named_year_is_one_date(sentence: str, expected: list) -> None:
    assert found_dates(sentence, MARCH) == expected


def test_the_value_reader_reads_the_named_year() -> None:
    value = parse_date("the first quarter of next year", MARCH)
    assert value is not None and value.edtf() == "2014-01-01/2014-03-31"
    value = parse_date("the fourth quarter last year", MARCH)
    assert value is not None and value.edtf() == "2012-10-01/2012-12-31"
    assert parse_date("the second half of the year", MARCH) is None


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The deal should close in the second half of the year.",
         "the second half of the year", "2013-07-01/2013-12-31"),
        ("Sales fell in the first quarter of the year.",
         "the first quarter of the year", "2013-01-01/2013-03-31"),
    ],
)  # fmt: skip
def test_a_part_of_the_story_year_is_found_only_when_asked(sentence, words, value) -> None:
    found = [
        (m.kind, m.text, m.value.edtf()) for m in find_mentions(sentence, MARCH, uncheckable=True)
    ]
    assert found == [("story_period", words, value)]
    assert find_mentions(sentence, MARCH) == []


def _draft(factcheck, tmp_path: Path, body: str) -> str:
    article = tmp_path / "story.md"
    article.write_text(
        f"---\ntitle: Merger\npublished: 2013-03-21T12:00:00-04:00\n---\n\n{body}\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    return draft.read_text(encoding="utf-8")


def test_a_draft_of_the_half_verifies(factcheck, tmp_path: Path) -> None:
    text = _draft(
        factcheck, tmp_path, "The merger should close in the first half of next year, banks said."
    )
    assert "text: the first half of next year" in text, text
    assert 'value: "2014-01-01/2014-06-30"' in text, text
    draft = tmp_path / "story.yaml"
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0
    wrong = text.replace('"2014-01-01/2014-06-30"', '"2013-01-01/2013-06-30"')
    draft.write_text(wrong, encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    assert run.findings("FC301")


def test_the_story_year_half_is_not_drafted(factcheck, tmp_path: Path) -> None:
    body = "The $2 billion merger should close in the second half of the year, banks said."
    text = _draft(factcheck, tmp_path, body)
    assert "value: 2000000000" in text, text  # the figure is drafted,
    assert "second" not in text and "2013-07-01" not in text, text  # the half is not
