"""Places in news reporting (issue 13; tests/gold-dev-newspeople), on sentences written for
these tests: a country whose name holds a hyphen is one place, not a country inside it too."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]


# fmt: off
HYPHENS = [
    pytest.param("The blogger fled Guinea-Bissau for Portugal.",
                 [("Guinea-Bissau", "GW"), ("Portugal", "PT")], id="guinea-bissau"),
    pytest.param("Guinea-Bissau's president spoke.", [("Guinea-Bissau", "GW")],
                 id="with-its-possessive"),
    pytest.param("The US-China talks resumed.", [("US", "US"), ("China", "CN")],
                 id="two-countries-joined-stay-two"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HYPHENS)
def test_a_country_named_with_a_hyphen_is_one_place(text: str, expected: list) -> None:
    assert places(text) == expected
