"""A scale word hyphenated to the figure ("up to $4-billion", "a 3-million-strong army") is
the figure's scale all the same: the span holds it and the value is multiplied by it
(tests/gold/README.md: a number's span holds its "currency, scale and percent sign").
Checked on sentences written for these tests, and through extract and verify.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from article_helpers import draft_in_newsroom
from number_mentions import found_numbers

from factcheck.values import NumberValue, parse_number

ANCHOR = datetime.date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "The government wants loans of up to $4-billion from its neighbour.",
            [("up to $4-billion", NumberValue(Decimal("4000000000"), "up to", "USD"))],
        ),
        (
            "A 3-million-strong diaspora voted abroad.",
            [("3-million", NumberValue(Decimal("3000000")))],
        ),
        (
            "The fund holds about 1.5-trillion yen.",
            [("about 1.5-trillion yen", NumberValue(Decimal("1.5E12"), "about", "JPY"))],
        ),
        # A range keeps its hyphen as the range's: "2-3 million" is from two to three million.
        (
            "The repairs cost 2-3 million dollars.",
            [
                (
                    "2-3 million dollars",
                    NumberValue(Decimal("2000000"), None, "USD", Decimal("3000000")),
                )
            ],
        ),
        # "hundred" is no scale a paper hyphenates so: "a 5-hundred" is not written.
        (
            "The 40-member board met.",
            [("40", NumberValue(Decimal("40")))],
        ),
    ],
)
def test_a_hyphenated_scale_is_in_the_span(text: str, numbers: list) -> None:
    assert found_numbers(text, ANCHOR) == numbers


def test_verify_reads_a_hyphenated_scale_as_the_finder_does() -> None:
    assert parse_number("up to $4-billion") == NumberValue(Decimal("4000000000"), "up to", "USD")
    assert parse_number("3-million") == NumberValue(Decimal("3000000"))


def test_a_drafted_hyphenated_scale_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "loans",
        "---\ntitle: Loans sought\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "The government wants loans of up to $4-billion from its neighbour, officials said.\n",
    )
    assert "up to $4-billion" in draft
    assert "4000000000" in draft
    run = factcheck("verify", "claims/loans.yaml")
    assert run.code == 0, run.out
