"""parse_number on news phrasing: figures, hedges, currencies, percentages, ranges, pairs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.values import NumberValue, PairValue, parse_number


def n(
    amount: str, qualifier: str | None = None, unit: str | None = None, maximum: str | None = None
) -> NumberValue:
    """Shorthand for the tables: n("1200", "up to")."""
    return NumberValue(
        Decimal(amount), qualifier, unit, None if maximum is None else Decimal(maximum)
    )


NUMBERS: list[tuple[str, NumberValue]] = [
    # The seed article's phrases.
    ("up to 1,200", n("1200", "up to")),
    ("up to 1,200 prisoners from each side", n("1200", "up to")),
    ("over 1 million", n("1000000", "over")),
    ("over 1 million casualties", n("1000000", "over")),
    # Digits.
    ("10,000", n("10000")),
    ("1,000,000", n("1000000")),
    ("1.2 million", n("1200000")),
    ("2.5", n("2.5")),
    ("12,345.6", n("12345.6")),
    ("1,000-strong", n("1000")),
    ("3 billion", n("3000000000")),
    # Money and percentages.
    ("$1.2 billion", n("1200000000", unit="USD")),
    ("$1.2bn", n("1200000000", unit="USD")),
    ("US$500 million", n("500000000", unit="USD")),
    ("€5 million", n("5000000", unit="EUR")),
    ("£300", n("300", unit="GBP")),
    ("₴10,000", n("10000", unit="UAH")),
    ("5 million euros", n("5000000", unit="EUR")),
    ("10,000 hryvnias", n("10000", unit="UAH")),
    ("45%", n("45", unit="%")),
    ("45 percent", n("45", unit="%")),
    ("45 per cent", n("45", unit="%")),
    ("nearly 60% of voters", n("60", "nearly", "%")),
    # Hedges.
    ("more than 300", n("300", "over")),
    ("fewer than 50", n("50", "under")),
    ("less than 5%", n("5", "under", "%")),
    ("at least 12", n("12", "at least")),
    ("about 200", n("200", "about")),
    ("around 3,000", n("3000", "about")),
    ("almost 40", n("40", "nearly")),
    ("some 500", n("500", "about")),
    ("an estimated 2,000 people", n("2000", "about")),
    ("as many as 400", n("400", "up to")),
    ("no more than 10", n("10", "up to")),
    ("just under 1,000", n("1000", "nearly")),
    ("in excess of $2 million", n("2000000", "over", "USD")),
    ("roughly 70", n("70", "about")),
    ("approximately 1.5 million", n("1500000", "about")),
    ("no fewer than 20", n("20", "at least")),
    ("close to 100", n("100", "nearly")),
    ("More than 300", n("300", "over")),
    # Ranges.
    ("between 1,000 and 1,200", n("1000", maximum="1200")),
    ("from 10 to 20", n("10", maximum="20")),
    ("10 to 20", n("10", maximum="20")),
    ("10\u201315%", n("10", unit="%", maximum="15")),
    ("1 to 2 million", n("1000000", maximum="2000000")),
    ("$1-2 billion", n("1000000000", unit="USD", maximum="2000000000")),
    ("500 to 1.2 million", n("500", maximum="1200000")),
    ("between two and three thousand", n("2000", maximum="3000")),
    # Words.
    ("two", n("2")),
    ("twelve", n("12")),
    ("twenty-five", n("25")),
    ("twenty five", n("25")),
    ("a hundred", n("100")),
    ("one hundred and twenty", n("120")),
    ("one million", n("1000000")),
    ("a dozen", n("12")),
    ("two dozen", n("24")),
    ("half a million", n("500000")),
    ("two and a half million", n("2500000")),
    ("a thousand", n("1000")),
    ("one", n("1")),
    ("Three soldiers", n("3")),
    ("a 1,000-strong force", n("1000")),
]

PAIRS: list[tuple[str, PairValue]] = [
    ("1,000-for-1,000", PairValue(Decimal(1000), Decimal(1000))),
    ("1,000 for 1,000", PairValue(Decimal(1000), Decimal(1000))),
    ("84-for-84", PairValue(Decimal(84), Decimal(84))),
    ("a 1,000-for-1,000 swap", PairValue(Decimal(1000), Decimal(1000))),
    ("1,000\u2013for\u20131,000 swap", PairValue(Decimal(1000), Decimal(1000))),
    ("the 390-for-390 exchange", PairValue(Decimal(390), Decimal(390))),
    ("one-for-one", PairValue(Decimal(1), Decimal(1))),
    ("up to 1,200-for-1,200", PairValue(Decimal(1200), Decimal(1200), "up to")),
]

NOT_NUMBERS: list[str] = [
    "we",
    "one of the few",  # "one" is a pronoun there
    "One of them",
    "+380 44 123 4567",
    "3.11.7",
    "v2.1",
    "a few",
    "several",
    "dozens",
    "dozens of prisoners",
    "countless",
    "Ukraine",
    "hundreds",
    "thousands of people",
    "some",
    "more than",
    "",
    "the talks",
    "1,00",
    "12 34",
    "between 1,200 and 1,000",
    "$5%",
    "June 2",
    "1,200 prisoners from 3 camps",
    "- 5",  # a spaced dash; "-5" glued is minus five (test_values_rates_and_changes.py)
    "two-thirds",
    "two thirds of voters",
    "a half",
]


@pytest.mark.parametrize(("phrase", "expected"), NUMBERS)
def test_parse_number(phrase: str, expected: NumberValue) -> None:
    assert parse_number(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), PAIRS)
def test_parse_pair(phrase: str, expected: PairValue) -> None:
    assert parse_number(phrase) == expected


@pytest.mark.parametrize("phrase", NOT_NUMBERS)
def test_not_a_number(phrase: str) -> None:
    assert parse_number(phrase) is None


def test_amounts_are_exact_decimals() -> None:
    value = parse_number("1.2 million")
    assert isinstance(value, NumberValue)
    assert value.amount == Decimal(1200000)
    assert str(value.amount) == "1200000"
