"""parse_date on news phrasing: expected values are EDTF strings so the table reads as dates."""

from __future__ import annotations

import datetime

import pytest

from factcheck.values import DateValue, parse_date, weekday_named

# The seed article's dateline: a Friday.
SEED = datetime.date(2025, 6, 27)
NEW_YEAR = datetime.date(2025, 1, 3)  # a Friday early in January
LEAP = datetime.date(2024, 3, 10)

DATES: list[tuple[str, datetime.date, str]] = [
    # The seed article's phrases.
    ("June 27", SEED, "2025-06-27"),
    ("June 2", SEED, "2025-06-02"),
    ("May 16", SEED, "2025-05-16"),
    ("late May", SEED, "2025-05-21/2025-05-31"),
    ("June 26", SEED, "2025-06-26"),
    ("June 25", SEED, "2025-06-25"),
    ("May 27", SEED, "2025-05-27"),
    ("March 2022", SEED, "2022-03"),
    ("February 2022", SEED, "2022-02"),
    ("June 27, 2025", SEED, "2025-06-27"),
    # Leading words and quoting punctuation.
    ("on June 2", SEED, "2025-06-02"),
    ("in March 2022", SEED, "2022-03"),
    ("since February 2022", SEED, "2022-02"),
    ("June 2,", SEED, "2025-06-02"),
    ("(June 2)", SEED, "2025-06-02"),
    ("in late May", SEED, "2025-05-21/2025-05-31"),
    ("On June 26", SEED, "2025-06-26"),
    # Day-month orders, ordinals, abbreviations, capitals.
    ("2 June 2025", SEED, "2025-06-02"),
    ("2 June", SEED, "2025-06-02"),
    ("June 2nd", SEED, "2025-06-02"),
    ("the 2nd of June", SEED, "2025-06-02"),
    ("27 June, 2025", SEED, "2025-06-27"),
    ("Sept. 11, 2001", SEED, "2001-09-11"),
    ("Jan. 1", SEED, "2025-01-01"),
    ("MAY 16", SEED, "2025-05-16"),
    ("June 2 2025", SEED, "2025-06-02"),
    ("May 2025", SEED, "2025-05"),
    ("2025-06-02", SEED, "2025-06-02"),
    # Weekday with a date: the date wins; agreement is checked elsewhere.
    ("Tuesday, June 3", SEED, "2025-06-03"),
    ("on Monday, June 2", SEED, "2025-06-02"),
    ("Wednesday, June 4, 2025", SEED, "2025-06-04"),
    # Parts of a month or year.
    ("early June", SEED, "2025-06-01/2025-06-10"),
    ("mid-May", SEED, "2025-05-11/2025-05-20"),
    ("mid\u2011May", SEED, "2025-05-11/2025-05-20"),
    ("mid May", SEED, "2025-05-11/2025-05-20"),
    ("the end of May", SEED, "2025-05-21/2025-05-31"),
    ("by the end of May", SEED, "2025-05-21/2025-05-31"),
    ("the beginning of June", SEED, "2025-06-01/2025-06-10"),
    ("late February 2024", SEED, "2024-02-21/2024-02-29"),
    ("early 2024", SEED, "2024-01-01/2024-04-30"),
    ("mid-2024", SEED, "2024-05-01/2024-08-31"),
    ("late 2024", SEED, "2024-09-01/2024-12-31"),
    # A preposition makes a bare month name a month (alone, "May" may be the verb).
    ("in May", SEED, "2025-05"),
    ("since March", SEED, "2025-03"),
    ("in December", SEED, "2024-12"),
    ("in July", SEED, "2025-07"),
    # Years.
    ("2024", SEED, "2024"),
    ("in 2022", SEED, "2022"),
    # Relative to the dateline (Friday 2025-06-27).
    ("yesterday", SEED, "2025-06-26"),
    ("today", SEED, "2025-06-27"),
    ("tomorrow", SEED, "2025-06-28"),
    ("last week", SEED, "2025-06-16/2025-06-22"),
    ("this week", SEED, "2025-06-23/2025-06-29"),
    ("earlier this week", SEED, "2025-06-23/2025-06-27"),
    ("on Tuesday", SEED, "2025-06-24"),
    ("Tuesday", SEED, "2025-06-24"),
    ("on Friday", SEED, "2025-06-27"),
    ("last Friday", SEED, "2025-06-20"),
    ("last Tuesday", SEED, "2025-06-24"),
    ("Tuesday night", SEED, "2025-06-24"),
    ("yesterday morning", SEED, "2025-06-26"),
    ("last month", SEED, "2025-05"),
    ("earlier this month", SEED, "2025-06-01/2025-06-27"),
    ("last year", SEED, "2024"),
    ("this year", SEED, "2025"),
    ("two days ago", SEED, "2025-06-25"),
    ("a week ago", SEED, "2025-06-20"),
    ("last month", NEW_YEAR, "2024-12"),
    ("last week", NEW_YEAR, "2024-12-23/2024-12-29"),
    # Year inference: news prefers the past, with two weeks' grace ahead of the dateline.
    ("December 30", NEW_YEAR, "2024-12-30"),
    ("January 10", NEW_YEAR, "2025-01-10"),
    ("January 17", NEW_YEAR, "2025-01-17"),
    ("January 18", NEW_YEAR, "2024-01-18"),
    ("July 10", SEED, "2025-07-10"),
    ("July 20", SEED, "2024-07-20"),
    ("late December", NEW_YEAR, "2024-12-21/2024-12-31"),
    ("February 29", LEAP, "2024-02-29"),
    ("February 29", SEED, "2024-02-29"),
    # Ranges.
    ("June 2-3", SEED, "2025-06-02/2025-06-03"),
    ("June 2\u20133", SEED, "2025-06-02/2025-06-03"),
    ("2\u20133 June 2025", SEED, "2025-06-02/2025-06-03"),
    ("May 30 to June 2", SEED, "2025-05-30/2025-06-02"),
    ("between June 2 and June 5", SEED, "2025-06-02/2025-06-05"),
    ("from 2022 to 2024", SEED, "2022-01-01/2024-12-31"),
    ("March-May 2022", SEED, "2022-03-01/2022-05-31"),
    ("late May to early June", SEED, "2025-05-21/2025-06-10"),
    ("December 30-January 2", NEW_YEAR, "2024-12-30/2025-01-02"),
]

NOT_DATES: list[str] = [
    "may",  # the verb: "another round of talks may bring peace closer"
    "May",  # a bare month name: as likely the verb at a sentence start
    "march",
    "june 2",  # month names must be capitalized, as articles print them
    "we",
    "one of the few",
    "+380 44 123 4567",
    "3.11.7",
    "v2.1",
    "2nd",
    "the talks",
    "June 31",
    "February 30, 2025",
    "June 2th",
    "1,000",
    "6/2/2025",  # month/day order is ambiguous
    "last",
    "",
    "   ",
    "on",
    "in the",
    "June 2 in Istanbul",
    "mid-may",
    "late",
    "next",
    "June 3-2",
    "on May",  # "on" takes a day, not a month
    "in may",
]


@pytest.mark.parametrize(("phrase", "anchor", "expected"), DATES)
def test_parse_date(phrase: str, anchor: datetime.date, expected: str) -> None:
    assert parse_date(phrase, anchor) == DateValue.from_edtf(expected)


@pytest.mark.parametrize("phrase", NOT_DATES)
def test_not_a_date(phrase: str) -> None:
    assert parse_date(phrase, SEED) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Tuesday, June 3", 1),
        ("on Tuesday", 1),
        ("last Friday", 4),
        ("SUNDAY", 6),
        ("Monday, June 2", 0),
        ("June 3", None),
        ("yesterday", None),
        ("Tue", None),
        ("", None),
    ],
)
def test_weekday_named(phrase: str, expected: int | None) -> None:
    assert weekday_named(phrase) == expected


def test_weekday_named_disagreeing_date_still_parses() -> None:
    # June 3, 2025 was a Tuesday; "Friday, June 3" is wrong, but the date is still June 3 and
    # the weekday can be checked against it.
    value = parse_date("Friday, June 3", SEED)
    assert value == DateValue.from_edtf("2025-06-03")
    assert value is not None and value.start.weekday() != weekday_named("Friday, June 3")


def test_datetime_anchor_is_taken_as_its_date() -> None:
    anchor = datetime.datetime(2025, 6, 27, 22, 57)
    assert parse_date("yesterday", anchor) == DateValue.from_edtf("2025-06-26")
