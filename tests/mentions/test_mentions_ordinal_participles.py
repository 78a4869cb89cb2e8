"""A participle standing as an adjective between an ordinal and its noun ("a third missing
boater", "the second leading cause") is part of the ordinal's span, to the head noun, as
"fourth serious accident" is (issue 13; tests/gold-dev-roles), on sentences written for these
tests. With no noun after it ("the first remaining of them"), the span stops at it."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def ordinals(text: str) -> list[tuple[str, object]]:
    return [(m.text, m.value.n) for m in find_mentions(text, ANCHOR) if m.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crews are searching for a third missing boater.", [("third missing boater", 3)]),
        ("Falls are the second leading cause of injury.", [("second leading cause", 2)]),
        ("She is the fourth sitting judge to retire.", [("fourth sitting judge", 4)]),
        ("He was the first remaining of them.", [("first remaining", 1)]),
    ],
)
def test_a_participle_adjective_runs_to_the_noun(text: str, expected: list) -> None:
    assert ordinals(text) == expected
