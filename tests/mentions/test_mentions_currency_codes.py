"""An ISO 4217 code in capitals after a figure ("100,000 EGP", "5 million USD") is part of the
figure's span and its unit, as a currency word after it is ("18 billion reais"), and a draft
made from it verifies. A code that is an English word ("ALL", "TOP") or written in lower
case stays out: a wrong currency would let a claim pass against another country's money."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from article_helpers import extract_draft
from number_mentions import found_numbers

from factcheck.values import NumberValue, parse_number

ANCHOR = datetime.date(2025, 5, 5)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "The fine was raised to 100,000 EGP last month.",
            [("100,000 EGP", NumberValue(Decimal("100000"), None, "EGP"))],
        ),
        (
            "The fund lent about 5 million USD to farmers.",
            [("about 5 million USD", NumberValue(Decimal("5000000"), "about", "USD"))],
        ),
        (
            "Each family receives 2,000 ZAR a month.",
            [("2,000 ZAR", NumberValue(Decimal("2000"), None, "ZAR"))],
        ),
        ("TOP 100 ALL TIME HITS", [("100", NumberValue(Decimal("100"), None, None))]),
        ("It cost 40 egp at the kiosk.", [("40", NumberValue(Decimal("40"), None, None))]),
        ("He won 5 NBA titles.", [("5", NumberValue(Decimal("5"), None, None))]),
    ],
)
def test_a_currency_code_after_the_figure(text: str, numbers: list[tuple[str, object]]) -> None:
    assert found_numbers(text, ANCHOR) == numbers


def test_the_value_reader_reads_the_code() -> None:
    assert parse_number("1.5 billion KES") == NumberValue(Decimal("1500000000"), None, "KES")


ARTICLE = """\
---
title: Fines
published: 2025-05-05T09:00:00+03:00
---

CAIRO - The ministry raised the fine for unlicensed building to 100,000 EGP, it said.
"""


def test_the_code_is_drafted_and_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "fines")
    text = draft.read_text(encoding="utf-8")
    assert 'text: "100,000 EGP"' in text and "unit: EGP" in text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    draft.write_text(text.replace("unit: EGP", "unit: USD"), encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
