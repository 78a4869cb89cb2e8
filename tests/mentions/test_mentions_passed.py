""" "passed" before a figure is the hedge `over` and part of the span, as "topped" and
"exceeded" are (tests/gold/README.md, "One rule for every corpus": "the toll passed 20,000"
says more than 20,000), but only where the figure counts nothing after it: "the House passed
two bills" passed exactly two. A vote and a negation state no bound. Checked on sentences
written for these tests, and through extract and verify.
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
            "The death toll passed 20,000 on Friday.",
            [("passed 20,000", NumberValue(Decimal("20000"), "over"))],
        ),
        (
            "Inflation passed 5% in May, and sales have passed $2 billion.",
            [
                ("passed 5%", NumberValue(Decimal("5"), "over", "%")),
                ("passed $2 billion", NumberValue(Decimal("2000000000"), "over", "USD")),
            ],
        ),
        (
            "Temperatures passed 40 degrees Celsius.",
            [("passed 40 degrees Celsius", NumberValue(Decimal("40"), "over", "°C"))],
        ),
        (
            "Passing 10,000, the count slowed.",
            [("Passing 10,000", NumberValue(Decimal("10000"), "over"))],
        ),
        # A count of what was passed, a vote, a negation: the figure alone.
        ("The House passed two bills.", [("two", NumberValue(Decimal("2")))]),
        (
            "The Senate passed it 52-47.",
            [("52", NumberValue(Decimal("52"))), ("47", NumberValue(Decimal("47")))],
        ),
        ("The toll has not passed 1,000.", [("1,000", NumberValue(Decimal("1000")))]),
        ("The convoy passed 300 homes.", [("300", NumberValue(Decimal("300")))]),
    ],
)
def test_passed_bounds_the_figure(text: str, numbers: list) -> None:
    assert found_numbers(text, ANCHOR) == numbers


def test_verify_reads_passed_as_the_finder_does() -> None:
    assert parse_number("passed 20,000") == NumberValue(Decimal("20000"), "over")


def test_a_drafted_passed_figure_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "toll",
        "---\ntitle: Toll rises\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "The death toll passed 20,000, officials said.\n",
    )
    assert "passed 20,000" in draft
    assert "qualifier: over" in draft
    run = factcheck("verify", "claims/toll.yaml")
    assert run.code == 0, run.out
