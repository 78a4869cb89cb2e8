"""Holidays named instead of their date: "Thanksgiving Day", "last Thanksgiving", "New Year's
Eve", "Halloween 2024" (values._holidays). Only where the words name the day: not "Merry
Christmas" or "Christmas shopping". Thanksgiving is the fourth Thursday of November, so a
yearless one moved by its sentence lands on that year's Thursday."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date
from factcheck.values.direction import read_date_at

JANUARY = datetime.date(2000, 1, 7)
OCTOBER = datetime.date(1989, 10, 26)

# fmt: off
FOUND = [
    ("Elian was rescued on Thanksgiving Day.", JANUARY, [("Thanksgiving Day", "1999-11-25")]),
    ("Last Thanksgiving, he fled.", JANUARY, [("Last Thanksgiving", "1999-11-25")]),
    ("On New Year's Eve, crowds gathered.", JANUARY, [("New Year's Eve", "1999-12-31")]),
    ("Halloween 2024 was cold.", JANUARY, [("Halloween 2024", "2024-10-31")]),
    ("He left after Christmas and returned.", JANUARY, [("Christmas", "1999-12-25")]),
    ("Next Christmas Eve will be quiet.", JANUARY, [("Next Christmas Eve", "2000-12-24")]),
    ("This Thanksgiving falls late.", JANUARY, [("This Thanksgiving", "2000-11-23")]),
    # A sentence about the future moves a yearless Thanksgiving to that year's Thursday.
    ("The store will reopen on Thanksgiving Day.", OCTOBER, [("Thanksgiving Day", "1989-11-23")]),
]

NOT_FOUND = [
    "Merry Christmas to all.",
    "The mall is busy before Christmas shopping ends.",
    "The Christmas tree fell.",
    "Thanksgiving's menu was long.",
]
# fmt: on


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_holidays_are_found(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, anchor) == expected


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_verify_reads_them_the_same(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    for span, value in expected:
        start = sentence.index(span)
        read = read_date_at(span, anchor, sentence, start, start + len(span))
        assert read == DateValue.from_edtf(value), span


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_no_holiday_where_the_words_name_no_day(sentence: str) -> None:
    assert found_dates(sentence, JANUARY) == []


def test_thanksgiving_is_the_fourth_thursday() -> None:
    assert parse_date("Thanksgiving 2025", JANUARY) == DateValue.from_edtf("2025-11-27")
    assert parse_date("Thanksgiving 2024", JANUARY) == DateValue.from_edtf("2024-11-28")


ARTICLE = """---
title: Elian
published: 2000-01-07T09:00:00+00:00
---

The boy was found off Florida on Thanksgiving Day and spent New Year's Eve in Miami.
"""


def test_drafts_of_holidays_verify(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "elian")
    claims = drafted_claims(draft)
    dates = [(c["text"], c["value"]) for c in claims if c["type"] == "date"]
    assert dates == [("Thanksgiving Day", "1999-11-25"), ("New Year's Eve", "1999-12-31")]
    run = factcheck("verify", "--format", "json", draft)
    assert run.report["summary"]["errors"] == 0, run.out
    assert run.report["summary"]["covered"] == run.report["summary"]["mentions"]
