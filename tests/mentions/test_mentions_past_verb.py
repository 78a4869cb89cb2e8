"""A weekday or yearless date just after a verb in the past tense dates that verb, even when
the sentence speaks of the future before it; future words alone still move it ahead."""

from __future__ import annotations

import datetime

import pytest
from date_mentions import found_dates

FRIDAY = datetime.date(2000, 1, 7)


def _dates(sentence: str) -> list[tuple[str, str]]:
    return found_dates(sentence, FRIDAY)


# fmt: off
CASES = [
    # Past: the date follows a verb in the past tense.
    ("Exiles will fight the ruling, Cuba predicted Wednesday.", [("Wednesday", "2000-01-05")]),
    ("He will travel to Paris, where talks opened on Tuesday.", [("Tuesday", "2000-01-04")]),
    ("The envoy who would mediate arrived Monday.", [("Monday", "2000-01-03")]),
    ("They will appeal the decision, which was announced Wednesday.",
     [("Wednesday", "2000-01-05")]),
    # Ahead: future words, and no past verb just before the date.
    ("Ministers will meet on Wednesday.", [("Wednesday", "2000-01-12")]),
    ("The vote is scheduled Wednesday.", [("Wednesday", "2000-01-12")]),
    ("Shares will trade again from Jan. 2.", [("Jan. 2", "2001-01-02")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_past_verb_keeps_the_date_past(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(sentence) == expected
