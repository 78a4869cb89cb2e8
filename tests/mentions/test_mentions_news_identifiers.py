"""Figures that name something rather than count it, as news stories write them (found on
tests/gold-dev-news, checked here on sentences written for these tests): a coordinate in
decimal degrees with its hemisphere, an international telephone number with a one-digit area
code, a clock's offset from GMT or UTC, the number of a day or week of an event ("Day 16 of the
Games"), and a ratio written "out of every". Figures beside them are still found.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2024, 4, 2)


def _numbers(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "number"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # Decimal degrees with a hemisphere: a place, not two figures.
        ("The epicentre lay at 36.12°N, 140.05°E, some 80 km away.", ["some 80 km"]),
        ("Location: 24.7 °S, 65.4 °W (poorly constrained)", []),
        # A temperature has no hemisphere: still a figure.
        ("Highs reached 41° on Monday.", ["41"]),
        # An international number with a one-digit area code.
        ("Families may call +44 2 07 94 60 11 from abroad; 30 lines are open.", ["30"]),
        ("Call +33 1 57 02 10 55, for calls from outside France.", []),
        # A clock's offset from GMT or UTC.
        ("The tremor came at 01:15 (+6 GMT) and lasted a minute.", []),
        ("Trading opens at 9:30 (UTC+8) with 12 firms listed.", ["12"]),
        ("Offices in GMT -5 zones close early for 3 days.", []),
        # The number of a day or a week of an event names it.
        ("Day 16 of the games began under sunny skies before 80,000 fans.", ["80,000"]),
        ("Talks entered week 3 of the strike, which 4,000 workers joined.", ["4,000"]),
        # A ratio "out of every".
        (
            "While 7 out of every 10 Americans die of it, only 3 percent of funds go there.",
            ["3 percent"],
        ),
        ("One out of every five voters stayed home.", []),
        # Without "every", "32 out of 33" is still not two loose counts.
        ("Crews reopened 12 roads.", ["12"]),
    ],
)
def test_figures_that_name_are_no_counts(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


def test_a_day_counted_is_still_a_figure() -> None:
    # "days" is a length (a duration), and a figure before "day" is no label.
    found = [(m.kind, m.text) for m in find_mentions("The strike lasted 16 days.", ANCHOR)]
    assert ("duration", "16 days") in found
    assert _numbers("On the first day 300 people queued.") == ["300"]
