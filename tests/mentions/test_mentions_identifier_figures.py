"""Figures inside identifiers are no counts (found on tests/gold-dev-real, checked here on
sentences written for these tests): a coordinate in degrees, minutes and seconds, a legal
citation ("18 U.S.C. § 1001", "§ 230(c)", "40 C.F.R. 60.5") and a street address ("490 S.
Paw Paw St.", "1600 Pennsylvania Avenue"). Figures beside them are still found.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2024, 4, 2)


def _numbers(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "number"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The vent lies at 61°18'05\" N 152°15'23\" W, 12 km from town.", ["12 km"]),
        ("The buoy drifted to 44°30.5' N overnight.", []),
        ("He admitted a violation of 18 U.S.C. § 1001 and paid $5,000.", ["$5,000"]),
        ("The rule, 40 C.F.R. 60.5, covers 300 plants.", ["300"]),
        ("Platforms are shielded by § 230(c) of the act.", []),
        ("Meet at 210 N. Oak St.\nDoors open to 200 guests.", ["200"]),
        ("Protesters gathered at 1600 Pennsylvania Avenue.", []),
        # A temperature in degrees is a figure.
        ("It reached 41° on Monday.", ["41"]),
    ],
)
def test_figures_of_identifiers_are_no_counts(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # The article names "Vent 3" mid-sentence: the same noun before digits at a
        # sentence's start, or in lower case, names the vent too.
        (
            "Vent 3 fountains rose 40 m. Gas rose from vent 3 overnight. "
            "Crews watched the Vent 3 cone and Vent 5.",
            ["40 m"],
        ),
        # Without such a use mid-sentence, a capital at a sentence's start says nothing.
        ("Vent 3 erupted again. It threw ash 12 m high.", ["3", "12 m"]),
    ],
)
def test_an_article_s_identifier_noun_names_identifiers_everywhere(
    text: str, numbers: list[str]
) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # A quake's size glued to "magnitude" by a hyphen is a figure; a code's is not.
        ("A magnitude-6.2 earthquake shook the coast.", ["6.2"]),
        ("Officials tracked COVID-19 cases and F-16 flights.", []),
    ],
)
def test_a_magnitude_after_its_hyphen_is_a_figure(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers
