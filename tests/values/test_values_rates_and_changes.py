"""The value reader on how releases write rates and changes (issue 13, items 3 and 6): the
words a claim's `text` holds are read as the mention finder reads them, so a draft on
"1/2 percentage point" or "-140,000" verifies."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.values import NumberValue, PairValue, parse_number


@pytest.mark.parametrize(
    ("words", "amount", "unit", "maximum"),
    [
        ("+49,000", "49000", None, None),
        ("-140,000", "-140000", None, None),
        ("-5", "-5", None, None),
        ("-0.3%", "-0.3", "%", None),
        ("0.4 percentage point", "0.4", "pp", None),
        ("2.5 percentage points higher", "2.5", "pp", None),
        ("25pp", "25", "pp", None),
        ("1/2 percentage point", "0.5", "pp", None),
        ("1/4 percent", "0.25", "%", None),
        ("4-3/4 to 5 percent", "4.75", "%", "5"),
        ("5-1/4 to 5-1/2 percent", "5.25", "%", "5.5"),
        ("three-percent", "3", "%", None),
        ("$1 Billion", "1000000000", "USD", None),
        ("from -5 to 5 percent", "-5", "%", "5"),
    ],
)
def test_rates_and_changes(words: str, amount: str, unit: str | None, maximum: str | None) -> None:
    high = None if maximum is None else Decimal(maximum)
    assert parse_number(words) == NumberValue(Decimal(amount), None, unit, high)


@pytest.mark.parametrize(
    "words",
    [
        "+ 49",  # a spaced sign is a dash, not a sign
        "-five",  # a sign before a word is no figure
        "1/3 percent",  # thirds are not how rates are written
        "5/4 percent",  # more than one is no fraction of a point
        "1,000/2 percent",
        "from +336,000 to +264,000",  # a change from one figure to another, not a range
    ],
)
def test_what_is_no_sign_or_fraction(words: str) -> None:
    assert parse_number(words) is None


def test_a_fraction_is_no_part_of_a_whole() -> None:
    assert parse_number("32 of 33") == PairValue(Decimal(32), Decimal(33), None, relation="of")
    assert parse_number("1/2 of 3") is None
