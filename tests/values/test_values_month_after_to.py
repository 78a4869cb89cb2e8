"""A bare month after "to", "through", "throughout", "before", "after" is that month to the
value reader, as it is to the finder, so a drafted "in the year to August" verifies."""

from __future__ import annotations

import datetime

import pytest

from factcheck.values.dates import parse_date

OCTOBER = datetime.date(2025, 10, 8)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("to August", "2025-08"),
        ("through August", "2025-08"),
        ("throughout August", "2025-08"),
        ("before August", "2025-08"),
        ("after August", "2025-08"),
    ],
)
def test_a_month_after_to_is_the_month(words: str, expected: str) -> None:
    value = parse_date(words, OCTOBER)
    assert value is not None and value.edtf() == expected


def test_a_word_that_is_no_month_stays_unread() -> None:
    assert parse_date("to Augusta", OCTOBER) is None
