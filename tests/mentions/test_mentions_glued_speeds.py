"""A speed's unit glued to the figure ("80mph storm", "120kph") is in the span, as it cannot
be cut out of its word, and the value is the bare figure, as a rate's is ("80 mph" is `80`:
tests/gold/README.md, a rate's unit outside the span; tests/gold-dev-quotes/README.md, the
glued "80mph" is `80`). Checked on sentences written for these tests, and through extract and
verify.
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
        ("Warning as 80mph storm roars in.", [("80mph", NumberValue(Decimal(80)))]),
        (
            "Gusts of up to 90mph hit the coast.",
            [("up to 90mph", NumberValue(Decimal(90), "up to"))],
        ),
        ("Winds reached 120kph overnight.", [("120kph", NumberValue(Decimal(120)))]),
        # Written apart, the rate's unit stays outside the span.
        ("Winds of 80 mph battered the town.", [("80", NumberValue(Decimal(80)))]),
        # Glued to anything else, the figure is no count.
        ("The model is the 80mphx.", []),
    ],
)
def test_a_glued_speed_unit_is_in_the_span(text: str, numbers: list) -> None:
    assert found_numbers(text, ANCHOR) == numbers


def test_verify_reads_a_glued_speed_as_the_finder_does() -> None:
    assert parse_number("80mph") == NumberValue(Decimal(80))
    assert parse_number("50-80mph") == NumberValue(Decimal(50), None, None, Decimal(80))


def test_a_drafted_glued_speed_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "storm",
        "---\ntitle: Storm\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "Forecasters warned of an 80mph storm, the agency said.\n",
    )
    assert '"80mph"' in draft
    run = factcheck("verify", "claims/storm.yaml")
    assert run.code == 0, run.out
