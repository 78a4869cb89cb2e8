"""A currency named in words after a figure is part of the figure's span, as a sign before it
is (tests/gold/README.md, "One rule for every corpus": "18 billion reais" as "$1.2 billion"),
checked on sentences written for these tests. The value reader gives the word's ISO 4217 code,
so a claim drafted from the mention says `unit: BRL` and verify reads it back. A word that
names several countries' money ("rupees", "pesos") is in the span too but gives no code: a
wrong code would let a claim pass against another country's money.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from article_helpers import draft_in_newsroom
from number_mentions import found_numbers

from factcheck.values import NumberValue, parse_number

ANCHOR = datetime.date(2025, 5, 5)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "Shares of the miner closed at 12.40 reais in Sao Paulo.",
            [("12.40 reais", NumberValue(Decimal("12.4"), None, "BRL"))],
        ),
        (
            "The utility's debt rose to about 7 billion reais last year.",
            [("about 7 billion reais", NumberValue(Decimal("7000000000"), "about", "BRL"))],
        ),
        (
            "Tokyo set aside between 2 and 3 trillion yen for the rebuilding.",
            [
                (
                    "between 2 and 3 trillion yen",
                    NumberValue(Decimal("2000000000000"), None, "JPY", Decimal("3000000000000")),
                )
            ],
        ),
        (
            "The fine was 900 million yuan, and the bail 40,000 roubles.",
            [
                ("900 million yuan", NumberValue(Decimal("900000000"), None, "CNY")),
                ("40,000 roubles", NumberValue(Decimal("40000"), None, "RUB")),
            ],
        ),
        (
            "Tickets cost 150 rand, or up to 2,000 naira in Lagos.",
            [
                ("150 rand", NumberValue(Decimal("150"), None, "ZAR")),
                ("up to 2,000 naira", NumberValue(Decimal("2000"), "up to", "NGN")),
            ],
        ),
        # Several countries pay in rupees: the word is in the span, but no code is given.
        (
            "The project cost 1.2 billion rupees, and the ticket 30 Swiss francs.",
            [
                ("1.2 billion rupees", NumberValue(Decimal("1200000000"))),
                ("30 Swiss francs", NumberValue(Decimal("30"))),
            ],
        ),
        # A country's adjective is part of the currency; the code is then not given, as
        # "Australian dollars" are no USD.
        (
            "The fare is 5 Australian dollars, or 40 Hong Kong dollars.",
            [
                ("5 Australian dollars", NumberValue(Decimal("5"))),
                ("40 Hong Kong dollars", NumberValue(Decimal("40"))),
            ],
        ),
        # A weekday is no country's adjective: the figure stays a figure.
        (
            "Lenders paid 300 Monday pounds of flour.",
            [("300", NumberValue(Decimal("300")))],
        ),
        # A currency word that is not after a figure is no part of one.
        ("The yen weakened against the dollar.", []),
    ],
)
def test_a_currency_word_after_a_figure_is_in_its_span(text: str, numbers: list) -> None:
    assert found_numbers(text, ANCHOR) == numbers


def test_verify_reads_the_currency_word_as_the_finder_does() -> None:
    assert parse_number("18 billion reais") == NumberValue(Decimal("18000000000"), None, "BRL")
    assert parse_number("500 million yen") == NumberValue(Decimal("500000000"), None, "JPY")


def test_a_drafted_claim_in_reais_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "miner",
        "---\ntitle: Miner's debt falls\npublished: 2025-05-05T09:00:00-03:00\n---\n\n"
        "The miner's net debt fell to 18 billion reais, the company said.\n",
    )
    assert "unit: BRL" in draft
    assert "18 billion reais" in draft
    run = factcheck("verify", "claims/miner.yaml")
    assert run.code == 0, run.out
