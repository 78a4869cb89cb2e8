""" "twice" is the number 2 (tests/gold/README.md, "One rule for every corpus"): a count of
occasions ("denied it twice") or a factor ("twice as many"), as "three separate occasions"
and "15 times" are figures. "twice a week" and "twice-weekly" are frequencies the claims
model cannot hold (its `R/P1W` says once a week) and are left on purpose. Checked on
sentences written for these tests, and through extract and verify.
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
TWO = NumberValue(Decimal("2"))


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The mayor denied it twice to reporters.", [("twice", TWO)]),
        ("The probe circled the moon twice before landing.", [("twice", TWO)]),
        ("Twice, the council refused the permit.", [("Twice", TWO)]),
        ("Clinics saw twice as many patients as in March.", [("twice", TWO)]),
        # Frequencies: no count of their own.
        ("The ferry sails twice a week in winter.", []),
        ("Inspectors call twice each month.", []),
        ("The twice-weekly market reopened.", []),
        # Not the word inside another.
        ("The Twicer brand closed.", []),
    ],
)
def test_twice_is_two(text: str, numbers: list) -> None:
    assert found_numbers(text, ANCHOR) == numbers


def test_verify_reads_twice_as_the_finder_does() -> None:
    assert parse_number("twice") == TWO
    assert parse_number("twice as many") == TWO


def test_a_drafted_twice_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "denial",
        "---\ntitle: Mayor denies meeting\npublished: 2025-06-12T09:00:00-04:00\n---\n\n"
        "The mayor denied the meeting twice to investigators, the report said.\n",
    )
    assert "text: twice" in draft
    run = factcheck("verify", "claims/denial.yaml")
    assert run.code == 0, run.out
