"""Clock times with the zones of Hawaii, Alaska, New Zealand and others, and British and
European copy's "2.30 p.m." (found on tests/gold-dev-real, checked here on sentences written
for these tests). The finder and verify's reader (``values.parse_time``) read them alike.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions
from factcheck.values.times import parse_time

ANCHOR = datetime.date(2024, 1, 15)


def _times(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_mentions(text, ANCHOR) if m.kind == "time"]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("The quake struck at 4:05 AM HST on Monday.", [("4:05 AM HST", "04:05-10:00")]),
        ("Flights resumed at 7:40pm HST.", [("7:40pm HST", "19:40-10:00")]),
        ("At 09:10 HST, the vent reopened.", [("09:10 HST", "09:10-10:00")]),
        ("The ferry left Juneau at 6 a.m. AKST.", [("6 a.m. AKST", "06:00-09:00")]),
        ("Polls closed at 7 p.m. NZDT.", [("7 p.m. NZDT", "19:00+13:00")]),
        ("The briefing starts at 2.30 p.m. CET today.", [("2.30 p.m. CET", "14:30+01:00")]),
        (
            "Doors open at 9.15am and close at 11.45 pm.",
            [("9.15am", "09:15"), ("11.45 pm", "23:45")],
        ),
    ],
)
def test_times_with_these_zones_and_points(text: str, times: list) -> None:
    assert _times(text) == times


@pytest.mark.parametrize(
    "text",
    ["Shares rose 2.30 points on Monday.", "The index ended at 3.45 after trading."],
)
def test_a_figure_with_a_point_is_no_time(text: str) -> None:
    assert _times(text) == []


def test_verify_reads_the_words_as_the_finder_does() -> None:
    for phrase, value in [("2.30 p.m. CET", "14:30+01:00"), ("4:05 AM HST", "04:05-10:00")]:
        assert parse_time(phrase, ANCHOR).iso() == value
