"""Fiscal years named by their number ("fiscal 1989", "fiscal year 2009", "FY 2007"): the
whole expression is found when asked (``uncheckable=True``, as the TempEval-3 benchmark asks),
valued as the year it names (TBAQ's value), and never read as the calendar year or a figure,
since which months a fiscal year holds is its keeper's, not the words'."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tempeval3

ANCHOR = datetime.date(2007, 12, 28)


def found(text: str, *, uncheckable: bool = True) -> list[tuple[str, str, str]]:
    """(kind, words, value) of each date-like or number mention in ``text``."""
    return [
        (mention.kind, mention.text, str(mention.value.edtf()))
        if mention.kind != "number"
        else (mention.kind, mention.text, str(mention.value.amount))
        for mention in find_mentions(text, ANCHOR, uncheckable=uncheckable)
        if mention.kind in ("story_year", "date", "number")
    ]


# fmt: off
FOUND = [
    ("Net income rose in fiscal 1989, the company said.",
     [("story_year", "fiscal 1989", "1989")]),
    ("The agency recovered $220 million in FY 2007, up from FY 2000.",
     [("number", "$220 million", "220000000"), ("story_year", "FY 2007", "2007"),
      ("story_year", "FY 2000", "2000")]),
    ("Grants were awarded in Fiscal Year 2007 and in fiscal year 2009.",
     [("story_year", "Fiscal Year 2007", "2007"), ("story_year", "fiscal year 2009", "2009")]),
    ("The FY2010 budget request cuts staff.", [("story_year", "FY2010", "2010")]),
    ("Spending in fiscal-year 1991 will be capped.",
     [("story_year", "fiscal-year 1991", "1991")]),
    ("FISCAL YEAR 2008 RESULTS", [("story_year", "FISCAL YEAR 2008", "2008")]),
]

CALENDAR = [
    # No fiscal word before the year: the calendar year, as before.
    ("Sales rose in 1989, the company said.", [("date", "1989", "1989")]),
    ("The fiscal plan was set in 2007.", [("date", "2007", "2007")]),
    ("The fiscal cliff of 2012 loomed.", [("date", "2012", "2012")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_a_fiscal_year_is_found_whole(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), CALENDAR)
def test_a_year_after_no_fiscal_word_is_the_calendar_year(text: str, expected: list) -> None:
    assert found(text) == expected
    assert found(text, uncheckable=False) == expected


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_a_fiscal_year_is_no_calendar_date_nor_figure_for_claims(text: str, expected: list) -> None:
    # What coverage and extract see: neither the calendar year "2007" nor a figure 2007.
    kept = [item for item in expected if item[0] != "story_year"]
    assert found(text, uncheckable=False) == kept


def test_a_fiscal_year_of_two_years_is_left_as_it_was() -> None:
    # "fiscal 1989-90" spans two calendar years; which one TimeML would value is unclear.
    assert [m[0] for m in found("In fiscal 1989-90 it fell.")] != ["story_year"]


def test_the_benchmark_writes_the_year_tbaq_writes() -> None:
    [mention] = [m for m in find_mentions("Profit rose in fiscal 1989.", ANCHOR, uncheckable=True)]
    assert tempeval3.timeml_value(mention.kind, mention.value, ANCHOR, mention.text) == "1989"
    assert tempeval3.timeml_type(mention.kind, mention.text, mention.value) == "DATE"


# A dateline of 26 October 1989: the first quarter begun by then is 1989's.
QUARTER_ANCHOR = datetime.date(1989, 10, 26)

# fmt: off
QUARTERS = [
    ("Net rose 33% in the fiscal first quarter, the airline said.",
     [("story_period", "the fiscal first quarter", "1989-Q1")]),
    ("It posted net income for the fiscal second-quarter of $8.6 million.",
     [("story_period", "the fiscal second-quarter", "1989-Q2")]),
    ("Profit was flat for the fiscal-first quarter ended Sept. 30.",
     [("story_period", "the fiscal-first quarter", "1989-Q1"), ("date", "Sept. 30", "1989-09-30")]),
    ("Its fiscal third quarter closes in December.",
     [("story_period", "fiscal third quarter", "1989-Q3"), ("date", "December", "1989-12")]),
]
# fmt: on


def quarters(text: str, *, uncheckable: bool = True) -> list[tuple[str, str, str]]:
    """(kind, words, TimeML value) of each date-like mention, ordinals among them."""
    return [
        (m.kind, m.text, tempeval3.timeml_value(m.kind, m.value, QUARTER_ANCHOR, m.text))
        for m in find_mentions(text, QUARTER_ANCHOR, uncheckable=uncheckable)
        if m.kind in ("story_period", "date", "ordinal")
    ]


@pytest.mark.parametrize(("text", "expected"), QUARTERS)
def test_a_fiscal_quarter_is_found_whole(text: str, expected: list) -> None:
    assert quarters(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUARTERS)
def test_a_fiscal_quarter_is_no_calendar_quarter_nor_ordinal_for_claims(
    text: str, expected: list
) -> None:
    kept = [item for item in expected if item[0] != "story_period"]
    assert quarters(text, uncheckable=False) == kept


def test_a_calendar_quarter_is_still_a_date() -> None:
    assert quarters("Sales rose in the first quarter.", uncheckable=False) == [
        ("date", "the first quarter", "1989-Q1")
    ]
