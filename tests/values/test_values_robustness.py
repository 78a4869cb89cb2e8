"""The seed article end to end through parse_value, and no parser raising on odd input."""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

import pytest

from factcheck.values import (
    DateValue,
    Duration,
    DurationValue,
    NumberValue,
    OrdinalValue,
    PairValue,
    parse_date,
    parse_duration,
    parse_number,
    parse_ordinal,
    parse_value,
    weekday_named,
)

SEED = datetime.date(2025, 6, 27)

# Every value phrase of the seed article (Kyiv Independent, 2025-06-27), as a claim would give it.
SEED_ARTICLE: list[tuple[str, str, object]] = [
    ("date", "June 27", DateValue.from_edtf("2025-06-27")),
    ("date", "June 2", DateValue.from_edtf("2025-06-02")),
    ("date", "May 16", DateValue.from_edtf("2025-05-16")),
    ("date", "late May", DateValue.from_edtf("2025-05-21/2025-05-31")),
    ("date", "June 26", DateValue.from_edtf("2025-06-26")),
    ("date", "June 25", DateValue.from_edtf("2025-06-25")),
    ("date", "May 27", DateValue.from_edtf("2025-05-27")),
    ("date", "March 2022", DateValue.from_edtf("2022-03")),
    ("date", "February 2022", DateValue.from_edtf("2022-02")),
    ("date", "June 27, 2025", DateValue.from_edtf("2025-06-27")),
    ("pair", "1,000-for-1,000", PairValue(Decimal(1000), Decimal(1000))),
    ("number", "up to 1,200", NumberValue(Decimal(1200), "up to")),
    ("number", "over 1 million", NumberValue(Decimal(1000000), "over")),
    ("duration", "30-day", DurationValue(Duration(days=Decimal(30)), Duration(days=Decimal(30)))),
    (
        "duration",
        "2\u20133-day",
        DurationValue(Duration(days=Decimal(2)), Duration(days=Decimal(3))),
    ),
    ("duration", "two-day", DurationValue(Duration(days=Decimal(2)), Duration(days=Decimal(2)))),
    (
        "duration",
        "nearly three-and-a-half years",
        DurationValue(Duration.from_iso("P3Y6M"), Duration.from_iso("P3Y6M"), "nearly"),
    ),
    ("ordinal", "third", OrdinalValue(3)),
    # Kinds do not leak into each other.
    ("number", "1,000-for-1,000", None),
    ("pair", "up to 1,200", None),
    ("date", "may", None),
    ("number", "one of the few", None),
    ("number", "countless", None),
]


@pytest.mark.parametrize(("kind", "phrase", "expected"), SEED_ARTICLE)
def test_seed_article(kind: str, phrase: str, expected: object) -> None:
    assert parse_value(kind, phrase, SEED) == expected


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown value kind 'money'"):
        parse_value("money", "$5", SEED)


_ALPHABET = (
    "0123456789 ,.-/+%$€£₴:;()'\"aAdeiJMnorsty"
    "\u2013\u2014\u2011\u2212\u00a0\u2019"
    + "".join(chr(code) for code in (0x0663, 0x00BD, 0x1F600, 0x200B))
)
_WORDS = [
    "May", "may", "June", "2", "27", "2025", "late", "mid", "-", "and", "a", "half", "to",
    "for", "up", "to", "1,000", "million", "day", "days", "year", "third", "21st", "Tuesday",
    "last", "week", "between", "one", "of", "the", "hundred", "$", "%", "nearly", "long",
    "ago", "and a half", "99999999999999999999", "0", "31", "February", "29", ",",
]  # fmt: skip


def _odd_strings() -> list[str]:
    rng = random.Random(0)
    strings = [
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24))) for _ in range(300)
    ]
    strings += [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 7))) for _ in range(300)]
    strings += ["9" * 5000, "1," * 2000, "-" * 3000, "a " * 2000, "June " + "9" * 400]
    return strings


_PARSERS = [
    (parse_date, (DateValue,)),
    (parse_number, (NumberValue, PairValue)),
    (parse_duration, (DurationValue,)),
    (parse_ordinal, (OrdinalValue,)),
]


def test_no_parser_raises_on_odd_strings() -> None:
    parsed = 0
    for text in _odd_strings():
        for parser, types in _PARSERS:
            result = parser(text, SEED) if parser is parse_date else parser(text)  # type: ignore[operator]
            assert result is None or isinstance(result, types), (parser.__name__, text)
            parsed += result is not None
        weekday = weekday_named(text)
        assert weekday is None or 0 <= weekday <= 6
    # The word soup must exercise the parsers, not only their early exits.
    assert parsed > 30


@pytest.mark.parametrize("anchor", [datetime.date(1, 1, 1), datetime.date(9999, 12, 31)])
def test_extreme_anchors_do_not_raise(anchor: datetime.date) -> None:
    for phrase in ("June 2", "last week", "yesterday", "tomorrow", "late December", "last year"):
        result = parse_date(phrase, anchor)
        assert result is None or isinstance(result, DateValue)


def test_non_strings_give_none() -> None:
    assert parse_number(None) is None  # type: ignore[arg-type]
    assert parse_date(12, SEED) is None  # type: ignore[arg-type]
    assert parse_duration(b"30 days") is None  # type: ignore[arg-type]
    assert parse_ordinal(3) is None  # type: ignore[arg-type]
