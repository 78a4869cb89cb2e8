"""A ceiling stated by its height or by a negated "exceed" ("returns as high as 800 percent",
"not exceeding 750", "a fine not to exceed $5,000", "not more than 20") is the hedge `up to`,
in the span the finder gives and in the value verify reads from it (issue 13;
tests/gold-dev-roles), on sentences written for these tests. "did not exceed $5 million"
still keeps no hedge, and "more than 20" stays `over`."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from factcheck.mentions import find_mentions
from factcheck.values import parse_number

ANCHOR = datetime.date(2025, 6, 27)


def numbers(text: str) -> list[tuple[str, object, object]]:
    return [
        (m.text, m.value.amount, m.value.qualifier)
        for m in find_mentions(text, ANCHOR)
        if m.kind == "number"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The scheme promised returns as high as 800 percent to its members.",
            [("as high as 800 percent", Decimal("800"), "up to")],
        ),
        (
            "Seats will number not exceeding 750, plus the President.",
            [("not exceeding 750", Decimal("750"), "up to")],
        ),
        (
            "The court set a fine not to exceed $5,000 for each breach.",
            [("not to exceed $5,000", Decimal("5000"), "up to")],
        ),
        (
            "The hall holds not more than 20 guests.",
            [("not more than 20", Decimal("20"), "up to")],
        ),
        ("Sales did not exceed $5 million last year.", [("$5 million", Decimal("5000000"), None)]),
        ("The hall holds more than 20 guests.", [("more than 20", Decimal("20"), "over")]),
    ],
)
def test_a_ceiling_is_up_to(text: str, expected: list) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("as high as 800 percent", "up to"),
        ("not exceeding 750", "up to"),
        ("not to exceed $5,000", "up to"),
        ("not more than 20", "up to"),
    ],
)
def test_verify_reads_the_same_hedge(words: str, qualifier: str) -> None:
    assert parse_number(words).qualifier == qualifier
