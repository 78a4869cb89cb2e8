"""A day range in a month with its year after a comma, as US copy writes it ("September 7-9,
2014", "June 2-3, 2025"), is one date (found on tests/gold-dev-real, where it was the number
"7-9" and the year), checked here on sentences written for these tests. verify's reader
(``values.parse_date``) reads the same words to the same interval.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions
from factcheck.values import parse_date

ANCHOR = datetime.date(2024, 11, 5)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.kind, m.text, m.value.edtf() if m.kind == "date" else str(m.value))
        for m in find_mentions(text, ANCHOR)
        if m.kind in ("date", "number")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Storms hit the area during the period of March 12-14, 2023.",
            [("date", "March 12-14, 2023", "2023-03-12/2023-03-14")],
        ),
        (
            "The summit runs October 30-November 2, 2025 in Lima.",
            [("date", "October 30-November 2, 2025", "2025-10-30/2025-11-02")],
        ),
        ("Talks were held on June 2-3 in Geneva.", [("date", "June 2-3", "2024-06-02/2024-06-03")]),
    ],
)
def test_a_day_range_with_its_year(text: str, found: list) -> None:
    assert _found(text) == found


def test_verify_reads_the_range_as_the_finder_does() -> None:
    assert parse_date("March 12-14, 2023", ANCHOR).edtf() == "2023-03-12/2023-03-14"
    assert parse_date("12, 2023", ANCHOR) is None  # no month: no date
