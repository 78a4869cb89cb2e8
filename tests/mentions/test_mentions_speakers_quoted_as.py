"""A report's words passed on name their speaker: ""…," Mr Beattie was quoted as saying"
(issue 13; tests/gold-dev-news), before or after the quote and after "has been". A passive
"was told" names the listener, not the speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest
from people_mentions import speakers

# fmt: off
CASES = [
    pytest.param('Mayor Jon Bell met the crews. "We will rebuild," Mr Bell was quoted as saying.',
                 [("We will rebuild", "Bell")], id="after-the-quote"),
    pytest.param('Jon Bell was quoted as saying "we will rebuild" last year.',
                 [("we will rebuild", "Jon Bell")], id="before-the-quote"),
    pytest.param('"We will rebuild," Jon Bell has been quoted as saying.',
                 [("We will rebuild", "Jon Bell")], id="has-been"),
    pytest.param('"Leave now," Jon Bell was told.', [("Leave now", None)],
                 id="a-passive-names-the-listener"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_was_quoted_as_saying_names_the_speaker(text: str, expected: list) -> None:
    assert speakers(text) == expected
