"""A city named before its own institutions or people is a place: "an Alexandria court", "a
Toronto hospital", "Lyon prosecutors" (issue 13; tests/gold-dev-newsmix), which no
preposition before it announces. Its offices are titles and stay out ("the Toronto mayor"),
and a word that names no city stays out ("A Supreme court"). Sentences written for these
tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2031, 3, 6)


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said an Alexandria court found him guilty.", [("Alexandria", "EG")]),
        ("A Lyon court found him guilty.", [("Lyon", "FR")]),
        ("A Toronto hospital treated him.", [("Toronto", "CA")]),
        ("Lyon prosecutors opened an inquiry.", [("Lyon", "FR")]),
        ("The Toronto mayor spoke.", []),
        ("A Supreme court ruled.", []),
    ],
    ids=["court", "court-after-a", "hospital", "prosecutors", "an-office", "no-city"],
)
def test_a_city_before_its_institution_is_a_place(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert places(text) == expected
