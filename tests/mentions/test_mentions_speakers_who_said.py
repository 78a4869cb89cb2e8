"""A name with a relative clause names the quote's speaker: "the retired striker Tomas Berg,
who said "..."" (issue 13; tests/gold-dev-newsmix). Only "who" right after the name and its
comma: a subject further back ("Fans also heard from ...") is not the speaker, and an earlier
"who said" of the same name does not hide the verb that brings the quote. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from people_mentions import speakers

# fmt: off
CASES = [
    pytest.param('Fans also heard from the retired striker Tomas Berg, who said "Every child '
                 'should learn to swim."',
                 [("Every child should learn to swim", "Tomas Berg")], id="who-said"),
    pytest.param('The club thanked Tomas Berg, who later told reporters: "We stay."',
                 [("We stay", "Tomas Berg")], id="who-with-an-adverb-and-a-colon"),
    pytest.param('Tomas Berg, who said last year he would retire, now says "I am staying."',
                 [("I am staying", "Tomas Berg")], id="the-quote-s-own-verb"),
    pytest.param('Putin said on June 27 that it was "a good start."',
                 [("a good start", "Putin")], id="no-relative-clause-unchanged"),
    pytest.param('The club, who said nothing, wrote "We are staying."',
                 [("We are staying", None)], id="no-name-no-speaker"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_name_s_who_said_names_the_speaker(text: str, expected: list) -> None:
    assert speakers(text) == expected
