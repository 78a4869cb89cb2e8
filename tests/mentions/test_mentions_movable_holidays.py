"""Holidays whose date a rule fixes: Easter Sunday by the Gregorian computus and the days
dated from it ("Good Friday", "Palm Sunday", "Easter Monday", "Holy Week", the week that ends
on Easter Sunday), and the US Election Day (the Tuesday after the first Monday of November).
The finder marks them, the value reader reads the same day, and a draft verifies. Sentences
written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from date_mentions import found_dates

from factcheck.values._holidays import easter, holiday_in

ANCHOR = datetime.date(2013, 3, 21)  # Easter 2013 was March 31


@pytest.mark.parametrize(
    ("year", "day"),
    [(1989, "1989-03-26"), (1998, "1998-04-12"), (2000, "2000-04-23"), (2013, "2013-03-31"),
     (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2038, "2038-04-25")],
)  # fmt: skip
def test_easter_by_the_computus(year: int, day: str) -> None:
    assert easter(year).isoformat() == day


@pytest.mark.parametrize(
    ("year", "day"), [(1998, "1998-11-03"), (2000, "2000-11-07"), (2012, "2012-11-06")]
)
def test_election_day(year: int, day: str) -> None:
    assert holiday_in("election day", year).isoformat() == day


# fmt: off
FOUND = [
    ("The pope will celebrate Mass on Palm Sunday.", [("Palm Sunday", "2013-03-24")]),
    ("Protesters prayed as Easter week began.",
     [("Easter week", "2013-03-25/2013-03-31")]),
    ("Pilgrims flocked to Rome for Holy Week.", [("Holy Week", "2013-03-25/2013-03-31")]),
    ("The shops will close over Easter.", [("Easter", "2013-03-31")]),
    ("Churches will fill on Good Friday.", [("Good Friday", "2013-03-29")]),
    ("Churches filled on Good Friday.", [("Good Friday", "2012-04-06")]),  # a past tense
    ("The festival falls on Easter Monday.", [("Easter Monday", "2013-04-01")]),
    ("Last Easter, the church was full.", [("Last Easter", "2012-04-08")]),
    ("The campaign runs from now to Election Day.", [("Election Day", "2012-11-06")]),
    ("Voters go to the polls on Election Day 2014.", [("Election Day 2014", "2014-11-04")]),
    # no holiday
    ("Tourists flew to Easter Island.", []),
    ("Children hunted for Easter eggs.", []),
    ("The Easter Rising began in Dublin.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_holiday_is_its_day(sentence: str, expected: list) -> None:
    assert found_dates(sentence, ANCHOR) == expected


def test_a_draft_of_good_friday_verifies(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Pope\npublished: 2013-03-21T12:00:00-04:00\n---\n\n"
        "The pope will lead the Way of the Cross on Good Friday, the Vatican said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    assert "text: Good Friday" in text and 'value: "2013-03-29"' in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0
    draft.write_text(text.replace('"2013-03-29"', '"2013-03-28"'), encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    assert run.findings("FC301")
