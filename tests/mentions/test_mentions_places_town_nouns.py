"""A town's noun next to a name is a place context, as "in" is (issue 13;
tests/gold-dev-news): "X city" after the name ("near a beach on Leyte Island's Tacloban
city") and "city, X" or "capital, X" before it ("the provincial capital, Tacloban"). The
name is still looked up as a city: a name that is none stays no place. Sentences written for
these tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]


# fmt: off
CASES = [
    pytest.param("Relief reached Davao city by noon.", [("Davao", "PH")], id="name-city"),
    pytest.param("The storm hit Samar Island's Catbalogan city first.",
                 [("Catbalogan", "PH")], id="after-an-island-possessive"),
    pytest.param("Crews worked hard in the provincial capital, Tacloban.",
                 [("Tacloban", "PH")], id="capital-comma-name"),
    pytest.param("The whole city, Iloilo, lost power.", [("Iloilo", "PH")],
                 id="city-comma-name"),
    pytest.param("The Zorblatt city council met.", [], id="no-city-by-that-name"),
    pytest.param("Officials said Tacloban was quiet.", [], id="no-context-no-look-up"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_town_noun_makes_a_place_context(text: str, expected: list) -> None:
    assert places(text) == expected
