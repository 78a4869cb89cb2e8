"""A claim's unit after a number written in words ("ten kilometres", "three hundred pounds")
is read off as after a figure, so the claim is checked in its unit; "someone pounds" has no
number before its unit."""

from __future__ import annotations

import pytest
from article_helpers import extract_draft

from factcheck.model.units import without_unit


@pytest.mark.parametrize(
    ("words", "unit", "bare"),
    [
        ("300 pounds", "lb", "300"),
        ("over three hundred pounds", "lb", "over three hundred"),
        ("ten km", "km", "ten"),
        ("Ten Kilometres", "km", "Ten"),
        ("a dozen miles", "mi", "a dozen"),
        ("35-plus degrees", "°C", "35-plus"),
        ("someone pounds", "lb", None),
        ("tons", "lb", None),
    ],
)
def test_the_unit_after_a_figure_or_a_number_in_words(words: str, unit: str, bare) -> None:
    assert without_unit(words, unit) == bare


def test_a_claim_of_ten_kilometres_is_checked_in_kilometres(factcheck, tmp_path) -> None:
    article = (
        "---\ntitle: Run\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "The runners covered ten kilometres before noon, organisers said.\n"
    )
    draft = extract_draft(factcheck, tmp_path, article)
    text = draft.read_text(encoding="utf-8")
    assert "unit: km" in text and "text: ten kilometres" in text
    assert factcheck("verify", draft).code == 0
    draft.write_text(text.replace("value: 10\n", "value: 12\n"), encoding="utf-8")
    wrong = factcheck("verify", draft, "--format", "line")
    assert wrong.code == 1 and "FC301" in wrong.out and "10 km" in wrong.out
