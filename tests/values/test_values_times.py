"""Times of day: the claims file's notation and the article's words read into `TimeValue`."""

from __future__ import annotations

import datetime

import pytest

from factcheck.values import TimeValue, parse_time

JUNE_2 = datetime.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "start", "end", "offset", "day"),
    [
        ("14:44", 884, 884, None, None),
        ("14:44+03:00", 884, 884, 180, None),
        ("09:05-05:00", 545, 545, -300, None),
        ("11:30Z", 690, 690, 0, None),
        ("14:44/15:58", 884, 958, None, None),
        ("23:30/01:10", 1410, 1510, None, None),
        ("2025-06-02T14:44+03:00", 884, 884, 180, JUNE_2),
        ("2025-06-02T23:30Z/2025-06-03T01:10Z", 1410, 1510, 0, JUNE_2),
    ],
)
def test_notation_reads_and_writes_back(text, start, end, offset, day) -> None:
    value = TimeValue.from_iso(text)
    assert (value.start, value.end, value.offset, value.day) == (start, end, offset, day)
    assert TimeValue.from_iso(value.iso()) == value


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("24:00", "HH:MM"),
        ("14:4", "HH:MM"),
        ("2:44 p.m.", "HH:MM"),
        ("14:44+15:00", "HH:MM"),
        ("2025-02-30T10:00", "not a real date"),
        ("14:44+03:00/15:58+02:00", "same offset"),
        ("2025-06-03T10:00/2025-06-02T11:00", "ends before it starts"),
        ("10:00/11:00/12:00", "HH:MM"),
    ],
)
def test_bad_notation_says_what_to_write(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        TimeValue.from_iso(text)


@pytest.mark.parametrize(
    ("words", "iso"),
    [
        ("2:44 p.m.", "14:44"),
        ("noon", "12:00"),
        ("midnight", "00:00"),
        ("3:58 p.m. Istanbul time", "15:58+03:00"),
        ("10:00 GMT", "10:00+00:00"),
        ("from 2:44 p.m. to 3:58 p.m.", "14:44/15:58"),
        ("from 2:44 p.m. to 3:58 p.m. Istanbul time", "14:44+03:00/15:58+03:00"),
        ("between 11:30 p.m. and 1:10 a.m.", "23:30/01:10"),
    ],
)
def test_the_articles_words(words: str, iso: str) -> None:
    value = parse_time(words, JUNE_2)
    assert value is not None and value.iso() == iso


@pytest.mark.parametrize(
    "words",
    ["June 2", "about 1 hour and 15 minutes", "2:44 p.m. and later 3 p.m. and 4 p.m.",
     "2:44 p.m. GMT to 3:58 p.m. Istanbul time", "2:44 p.m., after a delay, 3 p.m.", None, 1444],
)  # fmt: skip
def test_words_that_state_no_single_time_or_interval(words: object) -> None:
    assert parse_time(words, JUNE_2) is None  # type: ignore[arg-type]
