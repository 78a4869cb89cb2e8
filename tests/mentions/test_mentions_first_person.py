""" "The first person to ..." is a rank; "in the first person" is grammar (found on
tests/gold-dev-real: "The first person named to the list" was no ordinal), checked here on
sentences written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2024, 8, 1)


def _ordinals(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("She was the first person to cross the strait alone.", ["first person"]),
        ("He became the third person charged in the case.", ["third person"]),
        ("The memoir is written in the first person.", []),
        ("Medics gave first aid at the scene.", []),
    ],
)
def test_a_person_s_rank_and_grammar_s_person(text: str, ordinals: list[str]) -> None:
    assert _ordinals(text) == ordinals
