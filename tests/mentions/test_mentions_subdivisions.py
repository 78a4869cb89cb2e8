"""A bracketed number glued to the identifier before it numbers a law's paragraph ("Article
14(2)", "Section 5(a)(3)") and is no figure (issue 13; tests/gold-dev-roles), on sentences
written for these tests; a figure in brackets after a space ("The total (12)", "(from 751)")
is still one."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def numbers(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, ANCHOR) if m.kind == "number"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The criteria of the first subparagraph of Article 14(2) TEU apply.", []),
        ("The duty comes from Section 5(a)(3) of the act.", []),
        ("The total (12) was lower than in May.", ["12"]),
        ("Seats fell to 705 (from 751).", ["705", "751"]),
    ],
)
def test_a_paragraph_number_is_no_figure(text: str, expected: list) -> None:
    assert numbers(text) == expected
