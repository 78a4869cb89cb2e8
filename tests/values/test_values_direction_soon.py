"""Rule 5 of the direction rule ("soon") is asked only when its answer can move the date.

Its verb search is the rule's dearest look-up; for a date weeks behind the dateline, whose
next-year reading lies more than four months ahead, "soon" reads as no direction does, so
`read_date_at` skips it. These tests count the searches and check the values stay those of
the full rule (tests/values/test_values_direction.py has the rule's cases).
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.values import direction
from factcheck.values.direction import read_date_at

NOVEMBER = datetime.date(2024, 11, 27)
MARCH = datetime.date(2023, 3, 3)


@pytest.fixture
def verb_searches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Every rule-5 verb search made, as (date start, date end)."""
    calls: list[tuple[int, int]] = []
    original = direction._Sentences.leans_past

    def counted(self, first: int, start: int, end: int, last: int) -> bool:  # type: ignore[no-untyped-def]
        calls.append((start, end))
        return original(self, first, start, end, last)

    monkeypatch.setattr(direction._Sentences, "leans_past", counted)
    return calls


def _read(sentence: str, words: str, anchor: datetime.date) -> str | None:
    start = sentence.index(words)
    value = read_date_at(words, anchor, sentence, start, start + len(words))
    return value.edtf() if value else None


def test_a_date_weeks_behind_the_dateline_skips_the_verb_search(
    verb_searches: list[tuple[int, int]],
) -> None:
    # "November 2" next year is eleven months ahead: "soon" could not move it.
    sentence = "The ministers have approved the plan on November 2 in Brussels."
    assert _read(sentence, "November 2", NOVEMBER) == "2024-11-02"
    assert verb_searches == []


def test_a_date_whose_next_year_is_near_still_asks_rule_5(
    verb_searches: list[tuple[int, int]],
) -> None:
    # "January 9" read last January; next January is six weeks ahead: rule 5 decides.
    ahead = "The bank has invited the ministers to a ceremony on January 9 in Paris."
    assert _read(ahead, "January 9", NOVEMBER) == "2025-01-09"
    behind = "The bank changed to a calendar year on January 9 in Paris."
    assert _read(behind, "January 9", NOVEMBER) == "2024-01-09"
    assert len(verb_searches) == 2  # each decided by its nearest verb: "has invited", "changed"


def test_february_28_next_to_a_leap_year_is_read_without_a_crash() -> None:
    # A year on or back from February 28, 2023 or 2025 is February 28, 2024: a day, not a
    # stretch to the 29th (which stopped the check of the whole file with FC120 before).
    assert _read("The talks will resume on February 28 in Vienna.", "February 28", MARCH) == (
        "2024-02-28"
    )
    assert _read("The talks took place on February 28 in Vienna.", "February 28", MARCH) == (
        "2023-02-28"
    )
    before = datetime.date(2025, 2, 10)
    assert _read("The talks were held on February 28.", "February 28", before) == "2024-02-28"


def test_late_february_still_keeps_its_end_in_a_leap_year() -> None:
    assert _read("Prices will fall in late February.", "late February", MARCH) == (
        "2024-02-21/2024-02-29"
    )
