""" "Half a dozen", "a half-dozen", "a half dozen" are six, with the hedge before them ("more
than a half-dozen": 6 `over`, tests/gold-dev-newspeople/README.md). Checked on sentences
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
            "More than a half-dozen villages were flooded.",
            [("More than a half-dozen", NumberValue(Decimal("6"), "over"))],
        ),
        ("Half a dozen boats sank.", [("Half a dozen", NumberValue(Decimal("6")))]),
        ("The half dozen ministers met.", [("half dozen", NumberValue(Decimal("6")))]),
        (
            "Nearly a half dozen clinics closed.",
            [("Nearly a half dozen", NumberValue(Decimal("6"), "nearly"))],
        ),
        # Half of a larger scale is still that scale's half.
        ("Half a million people fled.", [("Half a million", NumberValue(Decimal("500000")))]),
    ],
)
def test_a_half_dozen_is_six(text: str, numbers: list) -> None:
    assert found_numbers(text, ANCHOR) == numbers


def test_verify_reads_a_half_dozen_as_the_finder_does() -> None:
    assert parse_number("more than a half-dozen") == NumberValue(Decimal("6"), "over")
    assert parse_number("half a dozen") == NumberValue(Decimal("6"))


def test_a_drafted_half_dozen_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "floods",
        "---\ntitle: Floods\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "More than a half-dozen villages were flooded, officials said.\n",
    )
    assert "More than a half-dozen" in draft
    assert "qualifier: over" in draft
    run = factcheck("verify", "claims/floods.yaml")
    assert run.code == 0, run.out
