"""A city's name may hold a Romance particle ("Rio de Janeiro", "Ciudad del Este", "Vila do
Conde"), found whole in a place context (issue 13; tests/gold-dev-news); "of" and "and"
still make a body's or a venue's name, never a city's ("the Palace of Independence").
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]


# fmt: off
CASES = [
    pytest.param("The jet took off from Rio de Janeiro at night.", [("Rio de Janeiro", "BR")],
                 id="de"),
    pytest.param("Traders crossed into Ciudad del Este on foot.", [("Ciudad del Este", "PY")],
                 id="del"),
    pytest.param("They met at the Palace of Independence in Minsk.", [("Minsk", "BY")],
                 id="of-makes-a-venue"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_city_name_with_a_particle_is_one_place(text: str, expected: list) -> None:
    assert places(text) == expected
