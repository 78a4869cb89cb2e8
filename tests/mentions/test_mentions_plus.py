""" "N-plus" is the hedge `at least` written after the figure, and part of its span ("35-plus
degrees", "20 million-plus users": tests/gold-dev-news/README.md's decision, which
tests/gold/README.md's "One rule for every corpus" adopts). Checked on sentences written for
these tests, and through extract and verify.
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
            "Forecasters expect 35-plus degrees on the coast.",
            [("35-plus", NumberValue(Decimal("35"), "at least"))],
        ),
        (
            "The app has 20 million-plus users.",
            [("20 million-plus", NumberValue(Decimal("20000000"), "at least"))],
        ),
        # "plus" as a sum is no hedge.
        (
            "It costs 5 plus tax.",
            [("5", NumberValue(Decimal("5")))],
        ),
    ],
)
def test_n_plus_is_at_least(text: str, numbers: list) -> None:
    assert found_numbers(text, ANCHOR) == numbers


def test_verify_reads_n_plus_as_the_finder_does() -> None:
    assert parse_number("35-plus") == NumberValue(Decimal("35"), "at least")
    assert parse_number("20 million-plus") == NumberValue(Decimal("20000000"), "at least")


def test_a_drafted_n_plus_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "app",
        "---\ntitle: App grows\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "The messaging app now has 20 million-plus users, the company said.\n",
    )
    assert "20 million-plus" in draft
    assert "qualifier: at least" in draft
    run = factcheck("verify", "claims/app.yaml")
    assert run.code == 0, run.out
