""" "Twice yearly", "twice-yearly", "three times weekly" say how many times per period, which a
frequency's value (the period between occurrences, `R/P1Y`) cannot hold: neither "yearly"
nor "twice" is found there, as "twice a year" is not (tests/gold/README.md: "twice" is no
number inside a frequency). Checked on sentences written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 12)


def _found(text: str) -> list[tuple[str, str]]:
    return [
        (m.kind, m.text)
        for m in find_mentions(text, ANCHOR)
        if m.kind in ("frequency", "number", "duration")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The council meets twice yearly.", []),
        ("The council meets twice-yearly.", []),
        ("Its twice-yearly report came out.", []),
        ("The newsletter goes out thrice-weekly.", []),
        ("Leaders meet twice a year.", []),
        # One a period is the period itself, and a plain adverb still is a frequency.
        ("Take the pill once daily.", [("frequency", "daily")]),
        ("The summit is held yearly.", [("frequency", "yearly")]),
        # "twice" as a count of occasions stays a number.
        ("The minister denied it twice.", [("number", "twice")]),
    ],
)
def test_a_count_per_period_is_no_frequency(text: str, found: list) -> None:
    assert _found(text) == found
