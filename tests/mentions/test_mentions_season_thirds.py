"""A third of a season ("in early summer", "of the late spring", "by late last fall") is its
month, as "late May" is the last third of May: the first, middle or last month of the season
the other words name. The finder marks it after a preposition, the value reader reads the
same month (a draft verifies), and the TempEval-3 benchmark writes the season, as TimeML
does (its `mod` holds "early"). Sentences written for these tests."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tempeval3

ANCHOR = datetime.date(2013, 3, 21)

# fmt: off
FOUND = [
    ("Orders rose from the low levels of the early summer.",
     [("the early summer", "2013-06")]),
    ("The bridge should open in early summer.", [("early summer", "2013-06")]),
    ("The vote is expected by late spring.", [("late spring", "2013-05")]),
    ("The drought began in late last summer.", [("late last summer", "2012-08")]),
    ("Sales slowed in the late fall.", [("the late fall", "2013-11")]),
    ("He was arrested in late winter.", [("late winter", "2013-02")]),  # the one under way
    # no season
    ("The early summer heat was brutal.", []),
    ("Prices fall in late trading.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_a_third_of_a_season_is_its_month(sentence: str, expected: list) -> None:
    assert found_dates(sentence, ANCHOR) == expected


def test_the_value_reader_reads_the_same_month() -> None:
    assert parse_date("early summer", ANCHOR) == DateValue.for_month(2013, 6)
    assert parse_date("late last spring", ANCHOR) == DateValue.for_month(2012, 5)
    assert parse_date("early summer 2012", ANCHOR) is None


@pytest.mark.parametrize(
    ("month", "words", "expected"),
    [((2013, 6), "early summer", "2013-SU"), ((2013, 2), "late winter", "2012-WI"),
     ((2012, 12), "early winter", "2012-WI"), ((2013, 11), "the late fall", "2013-FA"),
     ((2013, 5), "late May", "2013-05")],
)  # fmt: skip
def test_the_benchmark_writes_the_season(month, words: str, expected: str) -> None:
    value = DateValue.for_month(*month)
    assert tempeval3.timeml_value("date", value, ANCHOR, words) == expected


def test_a_draft_of_the_third_verifies(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Bridge\npublished: 2013-03-21T12:00:00-04:00\n---\n\n"
        "The new bridge should open in early summer, the city said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    assert "text: early summer" in text and 'value: "2013-06"' in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0
    draft.write_text(text.replace('"2013-06"', '"2013-08"'), encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    assert run.findings("FC301")
