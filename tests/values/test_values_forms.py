"""The value reader on forms real reporting uses (issue 13, item 3), read out of the words
alone, as `verify` reads a claim's `text`."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.values import (
    Duration,
    NumberValue,
    OrdinalValue,
    PairValue,
    parse_duration,
    parse_number,
    parse_ordinal,
)
from factcheck.values.qualifiers import normalize_qualifier


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("a little over", "over"),
        ("a little more than", "over"),
        ("slightly more than", "over"),
        ("slightly over", "over"),
        ("a little under", "nearly"),
        ("a little less than", "nearly"),
        ("slightly less than", "nearly"),
        ("slightly under", "nearly"),
    ],
)
def test_small_margins_hedge_like_just_over_and_just_under(words: str, qualifier: str) -> None:
    assert normalize_qualifier(words) == qualifier
    assert parse_number(f"{words} 300 marchers") == NumberValue(Decimal(300), qualifier)
    hour = Duration(hours=Decimal(1))
    assert parse_duration(f"{words} an hour").qualifier == qualifier  # type: ignore[union-attr]
    assert parse_duration(f"{words} an hour").minimum == hour  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("words", "low", "high"),
    [
        ("a two-to-three-day truce", "P2D", "P3D"),
        ("two- to three-day pause", "P2D", "P3D"),
        ("2-to-3-week", "P2W", "P3W"),
        ("a two- to three-hour wait", "PT2H", "PT3H"),
    ],
)
def test_hyphenated_ranges_share_the_second_counts_unit(words: str, low: str, high: str) -> None:
    value = parse_duration(words)
    assert value is not None
    assert (value.minimum.iso(), value.maximum.iso()) == (low, high)


@pytest.mark.parametrize("words", ["two-to-", "two- to day", "two-to-three", "to-three-day"])
def test_a_broken_range_is_no_duration(words: str) -> None:
    assert parse_duration(words) is None


@pytest.mark.parametrize(
    ("words", "position"),
    [
        ("second-largest city", 2),
        ("the third-biggest bank", 3),
        ("the 10th-ranked player", 10),
        ("the second-most senior official", 2),
        ("twenty-first-largest", 21),
    ],
)
def test_an_ordinal_keeps_its_position_before_what_it_ranks(words: str, position: int) -> None:
    assert parse_ordinal(words) == OrdinalValue(position)


@pytest.mark.parametrize("words", ["first-person", "second-hand car", "third-party", "second-"])
def test_other_compounds_are_no_position(words: str) -> None:
    assert parse_ordinal(words) is None


@pytest.mark.parametrize("verb", ["surpass", "surpassed", "exceeds", "exceeding", "topped"])
def test_a_verb_that_passes_a_figure_is_a_lower_bound(verb: str) -> None:
    assert parse_number(f"{verb} 1,000") == NumberValue(Decimal(1000), "over")
    assert parse_number(f"{verb} $5 million") == NumberValue(Decimal(5000000), "over", "USD")


def test_top_is_no_bound() -> None:
    assert parse_number("top 10") is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("approximately 10 km deep", NumberValue(Decimal(10), "about", "km")),
        ("25 basis points", NumberValue(Decimal(25), None, "bp")),
        ("50bp", NumberValue(Decimal(50), None, "bp")),
        ("a 120-kilometre border", NumberValue(Decimal(120), None, "km")),
        ("between 5 and 7 km", NumberValue(Decimal(5), None, "km", Decimal(7))),
        ("5 km to 7 km", NumberValue(Decimal(5), None, "km", Decimal(7))),
        ("2-3 tonnes", NumberValue(Decimal(2), None, "t", Decimal(3))),
        ("ten kilometres", NumberValue(Decimal(10), None, "km")),
        ("3 metric tons of grain", NumberValue(Decimal(3), None, "t")),
        ("5 km²", NumberValue(Decimal(5), None, "km2")),
        ("1,000 to 1,200 prisoners", NumberValue(Decimal(1000), None, None, Decimal(1200))),
        # A rate, a count's noun, and one glued letter keep the bare figure.
        ("180 kilometres per hour", NumberValue(Decimal(180))),
        ("90 km/h", NumberValue(Decimal(90))),
        ("5 kg a day", NumberValue(Decimal(5))),
        ("870 people", NumberValue(Decimal(870))),
    ],
)
def test_a_measure_unit_is_read_with_its_figure(words: str, value: NumberValue) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize("words", ["10m", "5 km 7", "5 t-shirts"])
def test_what_is_no_measure_is_not_read_as_one(words: str) -> None:
    read = parse_number(words)
    assert read is None or read.unit is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("32 of 33", PairValue(Decimal(32), Decimal(33), relation="of")),
        ("backed 32 of 33 votes", None),  # the figure must open the words
        ("two of three judges", PairValue(Decimal(2), Decimal(3), relation="of")),
        ("nearly 40 of 50 seats", PairValue(Decimal(40), Decimal(50), "nearly", "of")),
        ("10 of 10", PairValue(Decimal(10), Decimal(10), relation="of")),
        ("1,000-for-1,000", PairValue(Decimal(1000), Decimal(1000))),
        ("one of 33", None),  # a pronoun
        ("33 of 32", None),  # no part is larger than its whole
        ("45% of 200", None),  # a share, stated by its percent
        ("5 km of 10", None),
    ],
)
def test_a_part_of_a_whole_is_a_pair_of(words: str, value: PairValue | None) -> None:
    assert parse_number(words) == value


def test_a_pair_of_is_not_an_exchange() -> None:
    assert PairValue(Decimal(32), Decimal(33), relation="of") != PairValue(Decimal(32), Decimal(33))
    with pytest.raises(ValueError, match="unknown relation"):
        PairValue(Decimal(1), Decimal(2), relation="to")  # type: ignore[arg-type]


def test_the_archive_cache_keeps_a_pairs_relation() -> None:
    from factcheck.archive.cache import decode_value, encode_value

    part = PairValue(Decimal(32), Decimal(33), relation="of")
    assert decode_value(encode_value(part)) == part
    exchange = PairValue(Decimal(1000), Decimal(1000))
    assert encode_value(exchange) == ["pair", "1000", "1000", None]  # as before: old caches read
    assert decode_value(encode_value(exchange)) == exchange
    with pytest.raises(ValueError):
        decode_value(["pair", "1", "2", None, "to"])
