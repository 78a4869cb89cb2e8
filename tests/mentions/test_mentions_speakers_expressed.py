"""A feeling a speaker expresses in quoted words (issue 13; tests/gold-dev-newspeople), on
sentences written for these tests: "expressed" and "voiced" give their subject's words like a
speech verb ("Pope Leo also expressed "profound sadness""), while a scare quote in the story's
own voice still has no speaker."""

from __future__ import annotations

import pytest
from people_mentions import speakers

# fmt: off
EXPRESSED = [
    pytest.param('Pope Leo also expressed "profound sadness" about the loss.',
                 [("profound sadness", "Leo")], id="expressed"),
    pytest.param('Minister Ana Ruiz voiced "deep concern" on Monday.',
                 [("deep concern", "Ana Ruiz")], id="voiced"),
    pytest.param('"We grieve," Ana Ruiz expressed.', [("We grieve", "Ana Ruiz")],
                 id="after-the-quote"),
    pytest.param('The "people power" revolt ended it.', [("people power", None)],
                 id="a-scare-quote-in-the-story's-voice-still-has-none"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), EXPRESSED)
def test_a_feeling_expressed_in_quotes_is_its_subject_s(text: str, expected: list) -> None:
    assert speakers(text) == expected
