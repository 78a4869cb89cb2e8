"""The words quoted in a sentence of praise are the praiser's (issue 13;
tests/gold-dev-newspeople): "He praised the Soldiers for their work that "turned the tide""
is the speech of the "he" named before, as "Pope Benedict expressed "profound sadness"" is
the Pope's. With no one named before, the speaker stays unknown. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from people_mentions import speakers

# fmt: off
CASES = [
    pytest.param('Admiral Ruth Okafor visited the base.\n'
                 'She praised the crew for work that "turned the tide" at sea.',
                 [("turned the tide", "Ruth Okafor")], id="she-praised"),
    pytest.param('Coach Tom Reyes hailed the team as "the best in years."',
                 [("the best in years", "Tom Reyes")], id="a-titled-name-hailed"),
    pytest.param('He praised the crew for work that "turned the tide" at sea.',
                 [("turned the tide", None)], id="nobody-named-before"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quoted_words_of_praise_are_the_praisers(text: str, expected: list) -> None:
    assert speakers(text) == expected
