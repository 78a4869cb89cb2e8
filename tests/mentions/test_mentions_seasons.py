"""Seasons: "last fall", "this summer", "this past spring", "next winter", "the fall of
2022" (issue 13, item 3). Read as the Northern Hemisphere's meteorological seasons
(values._seasons), by the finder and `verify` alike; "sales fall 2025" is a verb and a
year, and "the winter of 1994" (which winter?) is not read."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

APRIL = datetime.date(1999, 4, 10)
OCTOBER = datetime.date(1989, 10, 26)
JULY = datetime.date(2025, 7, 15)

FALL_1998 = "1998-09-01/1998-11-30"

# fmt: off
FOUND = [
    ("He left the party last fall.", APRIL, [("last fall", FALL_1998)]),
    ("The plant opens this summer.", APRIL, [("this summer", "1999-06-01/1999-08-31")]),
    ("Sales fell this past spring.", OCTOBER, [("this past spring", "1989-03-01/1989-05-31")]),
    ("A strike began last spring.", OCTOBER, [("last spring", "1989-03-01/1989-05-31")]),
    ("Next winter will be cold.", APRIL, [("Next winter", "1999-12-01/2000-02-29")]),
    ("It will reopen this coming spring.", APRIL,
     [("this coming spring", "2000-03-01/2000-05-31")]),
    ("Last summer was dry.", JULY, [("Last summer", "2024-06-01/2024-08-31")]),
    ("Output rose in the fall of 2022.", APRIL, [("the fall of 2022", "2022-09-01/2022-11-30")]),
    ("Summer 2022 was hot.", APRIL, [("Summer 2022", "2022-06-01/2022-08-31")]),
    ("It rained in summer 2022.", APRIL, [("summer 2022", "2022-06-01/2022-08-31")]),
    ("This winter was mild.", APRIL, [("This winter", "1998-12-01/1999-02-28")]),
]

NOT_SEASONS = [
    ("Prices fall 2025 forecasts say.", APRIL, [("2025", "2025")]),
    ("The leaves fall in autumn.", APRIL, []),
    ("They met in the winter of 1994.", APRIL, [("1994", "1994")]),
    ("This winter will be cold.", JULY, []),  # in July: the last or the coming one?
    ("Shares fall 10%.", APRIL, []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_seasons_are_found(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, anchor) == expected


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_the_value_reader_agrees(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    for span, value in expected:
        assert parse_date(span, anchor) == DateValue.from_edtf(value), span


@pytest.mark.parametrize(("sentence", "anchor", "expected"), NOT_SEASONS)
def test_no_season_where_the_words_name_none(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, anchor) == expected


ARTICLE = """---
title: Harvest
published: 1999-04-10T09:00:00+00:00
---

The harvest failed last fall, and the cooperative will replant this summer. Output fell in
the fall of 1997 too.
"""


def test_drafts_of_seasons_verify(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "harvest")
    claims = drafted_claims(draft)
    dates = [(c["text"], c["value"]) for c in claims if c["type"] == "date"]
    assert dates == [
        ("last fall", FALL_1998),
        ("this summer", "1999-06-01/1999-08-31"),
        ("the fall of 1997", "1997-09-01/1997-11-30"),
    ]
    run = factcheck("verify", "--format", "json", draft)
    assert run.report["summary"]["errors"] == 0, run.out
    assert run.report["summary"]["covered"] == run.report["summary"]["mentions"]
