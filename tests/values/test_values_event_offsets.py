"""Dates counted from another event: the offset notation and the article's words."""

from __future__ import annotations

import datetime

import pytest

from factcheck.values import DateOffset, DateValue, parse_event_offset


@pytest.mark.parametrize(
    ("text", "days"), [("-P1D", -1), ("P2D", 2), ("P1W", 7), ("-P1W3D", -10), ("+P0D", 0)]
)
def test_offset_notation(text: str, days: int) -> None:
    offset = DateOffset.from_iso("talks-date", text)
    assert offset.days == days
    assert DateOffset.from_iso("talks-date", offset.iso()) == offset


@pytest.mark.parametrize("text", ["P", "-1D", "P1M", "PT1H", "P1.5D", "", "P1D2W"])
def test_offsets_other_than_days_and_weeks_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="days or weeks"):
        DateOffset.from_iso("talks-date", text)


def test_applying_an_offset_keeps_a_day_and_widens_a_month() -> None:
    talks = DateValue.for_day(datetime.date(2025, 6, 2))
    assert DateOffset("talks-date", -1).apply(talks) == DateValue.for_day(datetime.date(2025, 6, 1))
    may = DateValue.for_month(2025, 5)
    after = DateOffset("x", 1).apply(may)
    assert (after.start, after.end, after.precision) == (
        datetime.date(2025, 5, 2), datetime.date(2025, 6, 1), "interval",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("A day earlier", -1),
        ("a day earlier, on Sunday", -1),
        ("on the eve of the meeting", -1),
        ("the day before the talks", -1),
        ("two days after the talks", 2),
        ("3 days later", 3),
        ("a week later", 7),
        ("two weeks before", -14),
        ("the next day", 1),
        ("the following day", 1),
        ("the same day", 0),
    ],
)
def test_the_articles_words(words: str, days: int) -> None:
    assert parse_event_offset(words) == days


@pytest.mark.parametrize(
    "words", ["June 2", "days earlier", "a day earlier and a week later", "", None, 5]
)
def test_words_that_state_no_single_offset(words: object) -> None:
    assert parse_event_offset(words) is None  # type: ignore[arg-type]
