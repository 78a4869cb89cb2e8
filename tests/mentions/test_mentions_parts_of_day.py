"""A day named with a part of it keeps that part in its span, as TimeML's spans do:
"Wednesday night", "yesterday afternoon", "last Friday evening". The value is still the day
(the claims format has no part of a day), the direction rule moves "Tuesday morning" a week
as it moves "Tuesday", and a claim drafted from the longer words verifies."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

FRIDAY = datetime.date(2000, 1, 7)

# fmt: off
FOUND = [
    ("Castro spoke Wednesday night to the crowd.", [("Wednesday night", "2000-01-05")]),
    ("The talks ended early Friday morning.", [("Friday morning", "2000-01-07")]),
    ("Protesters marched on Thursday evening.", [("Thursday evening", "2000-01-06")]),
    ("The ship left yesterday afternoon.", [("yesterday afternoon", "2000-01-06")]),
    ("The court will rule tomorrow morning.", [("tomorrow morning", "2000-01-08")]),
    ("Last Friday evening, he won.", [("Last Friday evening", "1999-12-31")]),
    # The direction rule moves a weekday with its part a week, never a year.
    ("The vote will be held Tuesday morning.", [("Tuesday morning", "2000-01-11")]),
    ("The offer is due to expire Sunday night.", [("Sunday night", "2000-01-09")]),
]

UNCHANGED = [
    # Every Tuesday night, not one: a frequency (R/P1W/Tuesday, tests/mentions of
    # frequencies), no date.
    ("Flights leave on Tuesday nights.", []),
    # The part of the day names a thing here, not the time.
    ("Friday night's game was close.", [("Friday", "2000-01-07")]),
    ("He hosts a Sunday nightly show.", [("Sunday", "2000-01-02")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_part_of_the_day_is_in_the_span(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found_dates(sentence, FRIDAY) == expected


@pytest.mark.parametrize(("sentence", "expected"), UNCHANGED)
def test_no_part_of_the_day_where_it_names_no_time(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, FRIDAY) == expected


@pytest.mark.parametrize(
    ("span", "value"),
    [
        ("Wednesday night", "2000-01-05"),
        ("yesterday afternoon", "2000-01-06"),
        ("Last Friday evening", "1999-12-31"),
    ],
)
def test_the_value_reader_reads_the_longer_words_as_the_day(span: str, value: str) -> None:
    assert parse_date(span, FRIDAY) == DateValue.from_edtf(value)


ARTICLE = """---
title: Rally in Havana
published: 2000-01-07T18:00:00+00:00
---

Castro spoke to the crowd on Wednesday night. Earlier, students marched yesterday afternoon.
The court will rule on the case Tuesday morning.
"""


def test_drafts_with_a_part_of_the_day_verify(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "rally")
    claims = drafted_claims(draft)
    dates = [(c["text"], c["value"]) for c in claims if c["type"] == "date"]
    assert dates == [
        ("Wednesday night", "2000-01-05"),
        ("yesterday afternoon", "2000-01-06"),
        ("Tuesday morning", "2000-01-11"),
    ]
    run = factcheck("verify", "--format", "json", draft)
    assert run.report["summary"]["errors"] == 0, run.out
    assert run.report["summary"]["covered"] == run.report["summary"]["mentions"]
