"""An army's rank in lower case after a modifier is a title (issue 13;
tests/gold-dev-newspeople): "his former top general, Sarath Fonseka" is a role of Sarath
Fonseka. "general" with no name after it ("In general", "the general public") gives none.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def people(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.kind, m.text, m.person)
        for m in find_mentions(text, ANCHOR)
        if m.kind in ("role", "person")
    ]


# fmt: off
CASES = [
    pytest.param("The vote pitted the leader against his former top general, Dilan Perera, "
                 "in May.",
                 [("role", "former top general", "Dilan Perera"),
                  ("person", "Dilan Perera", None)], id="apposition"),
    pytest.param("In general, Dilan Perera agreed.", [], id="in-general"),
    pytest.param("The general public, Dilan Perera said, agreed.", [], id="general-public"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_lower_case_general_is_a_title(text: str, expected: list) -> None:
    assert people(text) == expected
