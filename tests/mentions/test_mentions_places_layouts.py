"""Places in real layouts (issue 13, item 4): headline case, a list announced by a noun and a
dash, formal country names, and no city from a GeoNames alias that names a building."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The statement came from the White House on Monday.", [], id="white-house-no-city"
        ),
        pytest.param(
            "Officials at the White House and in Kyiv agreed.",
            [("Kyiv", "UA")],
            id="white-house-in-a-list",
        ),
        pytest.param(
            "The quake hit three cities-Sagaing, Kyaukse, and Naypyidaw.",
            [("Sagaing", "MM"), ("Kyaukse", "MM"), ("Naypyidaw", "MM")],
            id="list-glued-to-its-noun-by-a-dash",
        ),
        pytest.param(
            "The quake hit three cities - Sagaing, Kyaukse, and Naypyidaw.",
            [("Sagaing", "MM"), ("Kyaukse", "MM"), ("Naypyidaw", "MM")],
            id="list-after-a-spaced-dash",
        ),
        pytest.param(
            "Talks with the Russian Federation resumed in Istanbul.",
            [("Russian Federation", "RU"), ("Istanbul", "TR")],
            id="formal-country-name",
        ),
        pytest.param(
            "The Republic of Korea and the Syrian Arab Republic voted.",
            [("Republic of Korea", "KR"), ("Syrian Arab Republic", "SY")],
            id="formal-names-with-of",
        ),
        pytest.param(
            "Ukraine And Russia Agree Ceasefire In Turkey\nThe talks went on.",
            [("Ukraine", "UA"), ("Russia", "RU"), ("Turkey", "TR")],
            id="headline-case",
        ),
        pytest.param(
            "Russia Ready To Hold Third Round Of Peace Talks With Ukraine, Putin Says",
            [("Russia", "RU"), ("Ukraine", "UA")],
            id="headline-case-verb-after-the-country",
        ),
        pytest.param("Bank Of England Holds Rates", [], id="headline-organisation-with-of"),
        pytest.param(
            "Fighting went on in the Donetsk region.", [("Donetsk", "UA")], id="in-the-city-region"
        ),
    ],
)
def test_places(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert places(text) == expected
