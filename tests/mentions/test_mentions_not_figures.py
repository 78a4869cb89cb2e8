"""Digits and number words that name a thing rather than count it (issue 13;
tests/gold-dev-quotes), on sentences written for these tests: the step of a programme ("BNCOC
phase 1", "stage 2"), beside the counts that stay figures."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def numbers(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "number"]


# fmt: off
STEPS = [
    pytest.param("Sergeants attending BNCOC phase 1 now study online.", [], id="phase-1"),
    pytest.param("The plan has three phases; phase 2 starts soon.", ["three"], id="phases-counted"),
    pytest.param("Stage 3 of the race covers 180 km.", ["180 km"], id="stage-3"),
    pytest.param("Areas in tier 2 reopen.", [], id="tier-2"),
    pytest.param("Shares rose 2 points in phase trading.", ["2"], id="a-count-stays"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), STEPS)
def test_the_step_of_a_programme_is_no_figure(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


# fmt: off
NAMES = [
    pytest.param("It will reach net zero by 2050 and deliver Net Zero commitments.", [],
                 id="net-zero"),
    pytest.param("The net-zero plan passed.", [], id="net-zero-hyphened"),
    pytest.param("Emissions fell to zero.", ["zero"], id="zero-as-an-amount"),
    pytest.param("Late that evening the women called 911 for help.", [], id="called-911"),
    pytest.param("Dial 999 at once.", [], id="dial-999"),
    pytest.param("Some 911 people came.", ["Some 911"], id="911-as-a-count"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_a_target_or_an_emergency_line_is_no_amount(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected
