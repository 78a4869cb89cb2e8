"""Measures in feet (found on tests/gold-dev-real: US agencies write "50 m (164 ft)", "Summit
Elevation 4091 ft"), checked here on sentences written for these tests. The finder and the
value reader read "ft", "feet" and "foot" as the unit `ft`, so a claim drafted with
`unit: ft` is read back by verify.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from article_helpers import draft_in_newsroom
from number_mentions import found_numbers

from factcheck.model.units import without_unit
from factcheck.values import NumberValue, parse_number

ANCHOR = datetime.date(2024, 7, 9)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "Fountains reached about 40 m (131 ft) overnight.",
            [
                ("about 40 m", NumberValue(Decimal("40"), "about", "m")),
                ("131 ft", NumberValue(Decimal("131"), None, "ft")),
            ],
        ),
        (
            "The summit stands 4,190 feet high.",
            [("4,190 feet", NumberValue(Decimal("4190"), None, "ft"))],
        ),
        ("A 30-foot wave hit the pier.", [("30-foot", NumberValue(Decimal("30"), None, "ft"))]),
        # A rate is read bare, as for the other units.
        ("The ash rose at 500 feet per minute.", [("500", NumberValue(Decimal("500")))]),
    ],
)
def test_feet_are_a_measure(text: str, numbers: list) -> None:
    assert found_numbers(text, ANCHOR) == numbers


def test_verify_reads_feet_as_the_finder_does() -> None:
    assert parse_number("about 131 ft") == NumberValue(Decimal("131"), "about", "ft")
    assert without_unit("4,190 feet", "ft") == "4,190"


def test_a_drafted_claim_in_feet_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "vent",
        "---\ntitle: Vent reopens\npublished: 2024-07-09T08:00:00-10:00\n---\n\n"
        "Lava fountains at the vent reached about 40 m (131 ft) overnight, officials said.\n",
    )
    assert "unit: ft" in draft
    run = factcheck("verify", "claims/vent.yaml")
    assert run.code == 0, run.out
