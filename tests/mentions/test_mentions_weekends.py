""" "this weekend", "last weekend", "over the weekend": the Saturday and Sunday the words
mean from the day the article is filed (the span takes in "the", as TimeML's does for a
period named by its own noun: "the weekend", "the third quarter")."""

from __future__ import annotations

import datetime

import pytest
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

MONDAY = datetime.date(2025, 2, 17)
FRIDAY = datetime.date(2025, 2, 21)
SUNDAY = datetime.date(2025, 2, 23)


# fmt: off
FOUND = [
    ("Snow fell over the weekend.", MONDAY, [("the weekend", "2025-02-15/2025-02-16")]),
    ("Crowds are expected at the weekend.", FRIDAY, [("the weekend", "2025-02-22/2025-02-23")]),
    ("The weekend brought floods.", SUNDAY, [("The weekend", "2025-02-22/2025-02-23")]),
    ("The fair opens this weekend.", MONDAY, [("this weekend", "2025-02-22/2025-02-23")]),
    ("Last weekend, he won.", MONDAY, [("Last weekend", "2025-02-15/2025-02-16")]),
    ("Last weekend, he won.", SUNDAY, [("Last weekend", "2025-02-15/2025-02-16")]),
]

NOT_FOUND = [
    "They met the weekend of June 7.",
    "He works weekends.",
    "It was a long weekend.",
    "A weekend pass costs $40.",
]
# fmt: on


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_weekends_are_found(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, anchor) == expected


@pytest.mark.parametrize(("sentence", "anchor", "expected"), FOUND)
def test_the_value_reader_agrees(
    sentence: str, anchor: datetime.date, expected: list[tuple[str, str]]
) -> None:
    for span, value in expected:
        assert parse_date(span, anchor) == DateValue.from_edtf(value), span


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_no_weekend_date(sentence: str) -> None:
    assert [text for text, _ in found_dates(sentence, MONDAY) if "weekend" in text] == []


def test_a_future_sentence_does_not_move_the_weekend_a_year() -> None:
    # The forward reading of a yearless date would put "the weekend" a year on.
    assert found_dates("Police will patrol the weekend.", FRIDAY) == [
        ("the weekend", "2025-02-22/2025-02-23")
    ]
