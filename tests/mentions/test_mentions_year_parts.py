"""Quarters and halves of a year ("the third quarter", "third-quarter", "Q3 2024", "the first
half of 2024") are dates: the finder marks them and the value reader reads the same interval.

Without a year, a quarter or half is the latest one that has begun by the dateline: earnings
copy of March 12 reports "the fourth quarter" just ended and forecasts "the first quarter"
under way. A quarter of a game is no date.
"""

from __future__ import annotations

import datetime

import pytest
from date_mentions import found_dates

from factcheck.mentions import find_mentions
from factcheck.values import DateValue, parse_date

MARCH = datetime.date(2025, 3, 12)  # a Wednesday, early in the year's first quarter
OCTOBER = datetime.date(2025, 10, 27)


# (sentence, dateline, the date spans found with their values)
# fmt: off
FOUND = [
    ("Revenue rose 45% in the fourth quarter.", MARCH,
     [("the fourth quarter", "2024-10-01/2024-12-31")]),
    ("It forecast revenue for the first quarter.", MARCH,
     [("the first quarter", "2025-01-01/2025-03-31")]),
    ("Third-quarter profit fell 12%.", OCTOBER,
     [("Third-quarter", "2025-07-01/2025-09-30")]),
    ("Its fourth-quarter sales beat forecasts.", OCTOBER,
     [("fourth-quarter", "2025-10-01/2025-12-31")]),
    ("Sales fell in Q3 2024 and rose in Q1.", OCTOBER,
     [("Q3 2024", "2024-07-01/2024-09-30"), ("Q1", "2025-01-01/2025-03-31")]),
    ("Output should start in the second half of 2028.", MARCH,
     [("the second half of 2028", "2028-07-01/2028-12-31")]),
    ("Growth slowed in the first half.", OCTOBER,
     [("the first half", "2025-01-01/2025-06-30")]),
    ("The third quarter, 2023 was the weakest.", OCTOBER,
     [("The third quarter, 2023", "2023-07-01/2023-09-30")]),
    # Named by their place: the one under way, the last one ended (reported), the next one.
    ("Sales in the current quarter will rise.", OCTOBER,
     [("the current quarter", "2025-10-01/2025-12-31")]),
    ("Profit fell in the latest quarter.", OCTOBER,
     [("the latest quarter", "2025-07-01/2025-09-30")]),
    ("Last quarter, margins widened.", MARCH, [("Last quarter", "2024-10-01/2024-12-31")]),
    ("The next quarter looks weak.", OCTOBER, [("The next quarter", "2026-01-01/2026-03-31")]),
    # Future words do not move a quarter a year on: the results are of the quarter just ended.
    ("The company will report third-quarter results on Oct. 30.", OCTOBER,
     [("third-quarter", "2025-07-01/2025-09-30"), ("Oct. 30", "2025-10-30")]),
]

NOT_FOUND = [
    ("He scored twice in the third quarter.", OCTOBER),
    ("The Lakers led by ten at the end of the first half of the game.", OCTOBER),
    ("Nothing happened in the first half of the match.", OCTOBER),
    ("The first half-hour was quiet.", OCTOBER),
    ("It lasted the first quarter-century of the republic.", OCTOBER),
    ("A quarter of the staff left.", OCTOBER),
    ("He scored in the last quarter.", OCTOBER),
    ("Cities grew in the last quarter of the century.", OCTOBER),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_quarters_and_halves_are_found(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, anchor) == expected


@pytest.mark.parametrize(("sentence", "anchor"), NOT_FOUND)
def test_no_quarter_of_a_year(sentence: str, anchor: datetime.date) -> None:
    assert found_dates(sentence, anchor) == []


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_the_value_reader_reads_what_the_finder_found(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    # `factcheck verify` reads a claim's text with parse_date: a draft of the finder's value
    # must verify, so the two give one reading.
    for span, value in expected:
        assert parse_date(span, anchor) == DateValue.from_edtf(value), span


@pytest.mark.parametrize(
    "phrase",
    ["fifth quarter", "third half", "Q5", "the quarter", "Q3 of", "latest half", "quarter"],
)
def test_not_a_quarter(phrase: str) -> None:
    assert parse_date(phrase, OCTOBER) is None


def test_a_quarter_ordinal_is_the_date_not_an_ordinal() -> None:
    kinds = {m.kind for m in find_mentions("Revenue rose in the fourth quarter.", MARCH)}
    assert "ordinal" not in kinds
